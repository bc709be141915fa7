/**
 * The command users run (`bin`, `npm start`) is the esbuild bundle in dist/bundle/
 * (scripts/build-bundle.ts). It must say and write exactly what the modules say and write, and
 * keep each command's engine in chunks that other commands do not load.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import * as yaml from 'yaml';
import { moduleLog } from './module-log.js';
import { samplesWithCases } from '../../src/package/cases.js';
import { PACK_IDS } from '../../src/acts/registry.js';
import { tempDir } from '../temp.js';

const BUNDLE = 'dist/bundle/main.js';
const MODULES = 'dist/src/cli/main.js';
const dir = tempDir('bagalau-bundle-');
const run = (cli: string, ...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'Asia/Almaty' } });

describe('the bundled command says what the modules say', () => {
  it('package.json runs the bundle', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { bin: Record<string, string>; scripts: Record<string, string>; files: string[] };
    expect(pkg.bin['bagalau']).toBe(BUNDLE);
    // and the published package holds it
    expect(pkg.files).toContain('dist/bundle/');
    expect(pkg.scripts['start']).toContain(BUNDLE);
  });

  it.each([
    ['--help'],
    ['check', samplesWithCases(tempDir('bagalau-samples-')), '--format', 'json', '--today', '2026-11-22', '--no-progress'],
    ['check', 'samples/mic-2018/valid.yaml', '--lang', 'ru', '--today', '2026-11-22'],
    ['explain', 'schema', '--lang', 'en'],
    ['methodologies', '--format', 'json'],
    ['calendar', '--day', '2026-05-07'],
    ['draft', 'check', 'samples/drafts/numbering-duplicate.md', '--date', '2026-11-22', '--format', 'json'],
  ])('%s …', (...args) => {
    const a = run(BUNDLE, ...args);
    const b = run(MODULES, ...args);
    expect(a.stdout.length).toBeGreaterThan(0);
    expect({ status: a.status, stdout: a.stdout, stderr: a.stderr }).toEqual({ status: b.status, stdout: b.stdout, stderr: b.stderr });
  });

  it('says the same calendar for every year, from the compiled form the build made and with a user file merged into the data', () => {
    // the bundle reads the calendar the build compiled (scripts/build-calendar.ts); the modules compile the data
    const runs = [
      ...Array.from({ length: 11 }, (_, i) => ['calendar', String(2018 + i), '--format', 'json']),
      ['calendar', '--add', '2017-12-20', '2000', '--format', 'json'],
      ['calendar', '2028', '--calendar', 'test/calendar/fixtures/2028-transfer.json', '--format', 'json'],
      ['calendar', '--day', '2028-01-02', '--calendar', 'test/calendar/fixtures/2028-transfer.json', '--lang', 'en'],
      ['calendar', '2026', '--calendar', 'test/calendar/fixtures/bad-transfer.json', '--lang', 'ru'],
    ];
    for (const args of runs) {
      const a = run(BUNDLE, ...args);
      const b = run(MODULES, ...args);
      expect(a.stdout.length + a.stderr.length, args.join(' ')).toBeGreaterThan(0);
      expect({ status: a.status, stdout: a.stdout, stderr: a.stderr }, args.join(' ')).toEqual({ status: b.status, stdout: b.stdout, stderr: b.stderr });
    }
  });

  it('reads YAML with the library\'s ES build as its Node build reads it: values, errors, warnings, !!binary', async () => {
    const chunk = readdirSync('dist/bundle').find((f) => f.endsWith('.js') && readFileSync(join('dist/bundle', f), 'utf8').includes('// node_modules/yaml/browser/dist/compose/composer.js'));
    expect(chunk).toBeDefined();
    const bundled = (await import(pathToFileURL(resolve('dist/bundle', chunk!)).href)) as typeof import('yaml');
    const read = (lib: typeof import('yaml'), src: string) => {
      const warned = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
      try {
        const v = lib.parse(src) as unknown;
        return { value: JSON.stringify(v), buffers: Object.values((v ?? {}) as object).map((x) => Buffer.isBuffer(x)), warnings: warned.mock.calls.map((c) => String(c[0])) };
      } catch (e) {
        return { error: (e as Error).message };
      } finally {
        warned.mockRestore();
      }
    };
    for (const src of ['%YAML 1.1\n---\nb: !!binary aGVsbG8=\n', '%YAML 1.1\n---\nb: !!binary "aGVs bG8= @"\n', 'a: [1, 2]\n? [x]\n: 3\n', 'a: "open\n', 'x: 1\nx: 2\n', 'y: yes\nd: 2025-01-01\n'])
      expect(read(bundled, src), src).toEqual(read(yaml, src));
    // the cases above do reach a buffer and a warning
    expect(read(bundled, '%YAML 1.1\n---\nb: !!binary aGVsbG8=\n').buffers).toEqual([true]);
    expect(read(bundled, '? [x]\n: 3\n').warnings).toHaveLength(1);
  });

  it('renders the same bytes for blank forms and an order (what the build parsed ahead)', () => {
    for (const args of [['--blank', 'mic-2018', 'all'], ['--order', 'asa-b-model']]) {
      const outA = join(dir, `a-${args[1]}`);
      const outB = join(dir, `b-${args[1]}`);
      expect(run(BUNDLE, 'render', ...args, '--format', 'both', '--out', outA, '--no-progress').status).toBe(0);
      expect(run(MODULES, 'render', ...args, '--format', 'both', '--out', outB, '--no-progress').status).toBe(0);
      const files = readdirSync(outA).sort();
      expect(files.length).toBeGreaterThan(1);
      expect(readdirSync(outB).sort()).toEqual(files);
      for (const f of files) expect(readFileSync(join(outA, f)).equals(readFileSync(join(outB, f))), f).toBe(true);
    }
  });

  it('renders the same bytes (DOCX and PDF)', () => {
    const outA = join(dir, 'a');
    const outB = join(dir, 'b');
    expect(run(BUNDLE, 'render', 'samples/asa-b-model/valid.yaml', '--format', 'both', '--out', outA, '--no-progress').status).toBe(0);
    expect(run(MODULES, 'render', 'samples/asa-b-model/valid.yaml', '--format', 'both', '--out', outB, '--no-progress').status).toBe(0);
    const files = readdirSync(outA).sort();
    expect(files.some((f) => f.endsWith('.pdf')) && files.some((f) => f.endsWith('.docx'))).toBe(true);
    expect(readdirSync(outB).sort()).toEqual(files);
    for (const f of files) expect(readFileSync(join(outA, f)).equals(readFileSync(join(outB, f))), f).toBe(true);
  });
});

describe('the bundle keeps each engine in its own chunks', () => {
  const modules = moduleLog();
  afterAll(() => modules.dispose());
  /** The text of every bundle chunk a run loads (esbuild marks each source file with a `// path` line). */
  const chunksLoadedBy = (...args: string[]): string => {
    const { result: r, urls: loaded } = modules.run(BUNDLE, args);
    expect(r.status === 0 || r.status === 1).toBe(true);
    const urls = loaded.filter((u) => u.includes('/dist/bundle/') && u.endsWith('.js'));
    expect(urls.length).toBeGreaterThan(0);
    return urls.map((u) => readFileSync(new URL(u), 'utf8')).join('\n');
  };
  const RENDERER = ['// src/render/', '// node_modules/handlebars/', '// node_modules/docx/'];
  const DRAFT = ['// src/draft/', '// node_modules/micromark'];
  const CHECKER = ['// src/check/run.ts', '// node_modules/typebox/'];

  it('--help loads no engine', () => {
    const text = chunksLoadedBy('--help');
    for (const m of [...RENDERER, ...DRAFT, ...CHECKER]) expect(text.includes(m), m).toBe(false);
  });

  it('check of one file loads the checker, not the renderer nor the draft parser', () => {
    const text = chunksLoadedBy('check', 'samples/mic-2018/valid.yaml', '--today', '2026-11-22');
    expect(text.includes('// src/check/run.ts')).toBe(true);
    for (const m of [...RENDERER, ...DRAFT]) expect(text.includes(m), m).toBe(false);
  });

  /** The source files of the packs other than `id` in the text of the chunks, beyond their cards. */
  const otherPacksCode = (text: string, id: string): string[] =>
    [...text.matchAll(/^\/\/ src\/acts\/([a-z0-9-]+)\/(\S+)$/gm)]
      .filter((m) => m[1] !== id && PACK_IDS.includes(m[1]!) && !/^(?:act\.ts|act\.json|appendices\.json|pack\.json)$/.test(m[2]!))
      .map((m) => `src/acts/${m[1]}/${m[2]}`);

  it('check of one file loads its own methodology\'s pack and no other pack\'s code', () => {
    const text = chunksLoadedBy('check', 'samples/mic-2018/valid.yaml', '--today', '2026-11-22');
    expect(text.includes('// src/acts/mic-2018/params.ts')).toBe(true);
    expect(otherPacksCode(text, 'mic-2018')).toEqual([]);
  });

  it('check of two methodologies\' files loads both packs (what the test above would see)', () => {
    const text = chunksLoadedBy('check', 'samples/mic-2018/valid.yaml', 'samples/sjc-apparatus/valid.yaml', '--today', '2026-11-22');
    const other = otherPacksCode(text, 'mic-2018');
    expect(other).toContain('src/acts/sjc-apparatus/params.ts');
    expect(other.filter((f) => !f.startsWith('src/acts/sjc-apparatus/'))).toEqual([]);
  });

  it('render of one blank form loads no pack but its card, no parser, no validator', () => {
    const text = chunksLoadedBy('render', '--blank', 'mic-2018', '1', '--format', 'pdf', '--out', join(dir, 'blank-one'), '--no-progress');
    expect(text.includes('// src/render/pdf/')).toBe(true);
    expect(text.includes('// src/acts/mic-2018/act.ts')).toBe(true);
    const sources = [...text.matchAll(/^\/\/ ((?:src|node_modules)\/\S+)/gm)].map((m) => m[1] as string);
    const heavy = sources.filter((f) => (/^src\/acts\/[a-z0-9-]+\//.test(f) && !/\/act\.ts$|\/act\.json$|\/appendices\.json$|\/pack\.json$/.test(f)) || /^src\/(?:check|package|draft)\//.test(f) ||
      /^node_modules\/(?:typebox|ajv|yaml|micromark|mdast-util-from-markdown|remark-parse|unified)\//.test(f) || /^node_modules\/handlebars\/dist\/cjs\/handlebars\/compiler\//.test(f));
    expect(heavy).toEqual([]);
  });

  it('render loads the renderer (the markers are what the bundle holds)', () => {
    const text = chunksLoadedBy('render', '--blank', 'mic-2018', '1', '--format', 'pdf', '--out', join(dir, 'blank'), '--no-progress');
    expect(RENDERER.filter((m) => text.includes(m)).length).toBeGreaterThan(1);
  });
});
