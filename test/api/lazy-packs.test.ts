/**
 * The library bundle (what `import … from 'bagalau'` loads) loads a methodology's pack when a package of it is
 * checked, the draft engine when a draft is, the SARIF report when one is written, and none of them on import
 * (src/library/load-bundle.ts; issue 14: pay only for what runs). Those are loaded with `require`, which module hooks
 * do not see (./lazy.test.ts), so what a program loads is read from Node's own log of the ES modules it stores
 * (NODE_DEBUG=esm). And whatever it loads, the bundle answers what the modules (dist/src/, every pack imported) answer.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp.js';

const BUNDLE = resolve('dist/bundle/index.js');
const MODULES = resolve('dist/src/index.js');
const PACKS = readdirSync('dist/bundle/packs').map((f) => f.replace(/\.js$/, '')).sort();
const dir = tempDir('bagalau-lazy-packs-');

/** Runs `body` (a module's text, with `lib` the library imported from `entry`); returns what it printed as JSON and the files of the ES modules it loaded. */
function run(entry: string, body: string): { out: unknown; files: string[] } {
  const program = join(dir, `p${readdirSync(dir).length}.mjs`);
  writeFileSync(program, `const lib = await import(${JSON.stringify(pathToFileURL(entry).href)});\n${body}\n`);
  // Node's module log runs to ~1 MB for the unbundled modules, more the longer the checkout's path: past spawnSync's
  // default 1 MB buffer the child is killed (status null), which a clone under /work/ci-check/… met and /work/main did not
  const r = spawnSync(process.execPath, [program], { encoding: 'utf8', env: { ...process.env, NODE_DEBUG: 'esm' }, maxBuffer: 64 << 20 });
  // Node's log lines begin with "ESM <pid>:" and may go on over lines of an object it prints; anything else is the program's
  const log = r.stderr;
  const own = log.split('\n').filter((l) => /^\S/.test(l) && !/^ESM \d+:/.test(l) && !/^[}\]]/.test(l));
  expect(own, log.slice(0, 2000)).toEqual([]);
  expect(r.status, log.slice(-2000)).toBe(0);
  const files = [...new Set([...log.matchAll(/Storing (file:\S+)/g)].map((m) => fileURLToPath(m[1]!)))];
  return { out: JSON.parse(r.stdout), files };
}

const packsIn = (files: string[]) => files.filter((f) => f.includes('/dist/bundle/packs/')).map((f) => f.replace(/^.*\/packs\/|\.js$/g, '')).sort();
/** The packs whose own code (src/acts/<id>/) the loaded bundle files hold, whichever file holds it. */
const packCode = (files: string[]) => PACKS.filter((id) => sources(files).some((s) => s.startsWith(`src/acts/${id}/`)));
const has = (files: string[], name: string) => files.some((f) => f.endsWith(`/dist/bundle/${name}`));
/** The source files whose code the loaded bundle files hold (esbuild marks each with a `// path` line). */
const sources = (files: string[]) => files.filter((f) => f.includes('/dist/bundle/')).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/^\/\/ (src\/\S+)$/gm)].map((m) => m[1]!));

const sample = (file: string) => JSON.stringify(readFileSync(file, 'utf8'));
const CHECK = (file: string) => `process.stdout.write(JSON.stringify(lib.check(${sample(file)}, { today: '2026-11-22', file: ${JSON.stringify(file)} })));`;

describe('the library bundle loads each engine when it is first needed', () => {
  it('the bundle holds one entry per pack', () => {
    expect(PACKS).toEqual(['almaty-maslikhat-2018', 'asa-a-corps', 'asa-b-model', 'kyzylorda-maslikhat-2018', 'mic-2018', 'sjc-apparatus']);
  });

  it('importing the library loads no pack, no draft engine, no SARIF report', () => {
    const { files } = run(BUNDLE, 'process.stdout.write("{}");');
    expect(has(files, 'index.js')).toBe(true);
    expect(packsIn(files)).toEqual([]);
    expect(packCode(files)).toEqual([]);
    expect(has(files, 'draft-engine.js') || has(files, 'sarif-report.js')).toBe(false);
    expect(sources(files).filter((s) => /^src\/(acts\/[a-z0-9-]+\/|draft\/|report\/sarif)/.test(s))).toEqual([]);
  });

  it('checking a package loads its own pack only, and answers as the modules do', () => {
    for (const [file, pack] of [
      ['samples/mic-2018/valid.yaml', 'mic-2018'],
      ['samples/sjc-apparatus/valid-360-head.yaml', 'sjc-apparatus'],
      ['samples/asa-b-model/valid.yaml', 'asa-b-model'],
    ] as const) {
      const bundle = run(BUNDLE, CHECK(file));
      expect(packsIn(bundle.files), file).toEqual([pack]);
      expect(packCode(bundle.files), file).toEqual([pack]);
      expect(has(bundle.files, 'draft-engine.js')).toBe(false);
      expect(bundle.out).toEqual(run(MODULES, CHECK(file)).out);
    }
  });

  it('a package of no methodology we hold, or of none, loads no pack', () => {
    const body = `process.stdout.write(JSON.stringify([lib.check({ methodology: 'no-such' }, { today: '2026-11-22' }), lib.check('a: 1', { today: '2026-11-22' })]));`;
    const bundle = run(BUNDLE, body);
    expect(packsIn(bundle.files)).toEqual([]);
    expect(packCode(bundle.files)).toEqual([]);
    expect(bundle.out).toEqual(run(MODULES, body).out);
  });

  it('methodologies() loads every pack; draftCheck the draft engine; formatSarif the report — each answering as the modules do', () => {
    const list = 'process.stdout.write(JSON.stringify(lib.methodologies()));';
    const all = run(BUNDLE, list);
    expect(packsIn(all.files)).toEqual(PACKS);
    expect(packCode(all.files)).toEqual(PACKS);
    expect(all.out).toEqual(run(MODULES, list).out);

    const draft = `process.stdout.write(JSON.stringify(lib.draftCheck(${JSON.stringify(readFileSync('samples/drafts/band-gap.md', 'utf8'))}, { date: '2026-11-22' })));`;
    const d = run(BUNDLE, draft);
    expect(has(d.files, 'draft-engine.js')).toBe(true);
    expect(packCode(d.files)).toEqual(['asa-b-model']); // what a draft is compared with: the model methodology's text and values
    expect((d.out as { findings: unknown[] }).findings.length).toBeGreaterThan(0);
    expect(d.out).toEqual(run(MODULES, draft).out);

    const sarif = `const r = lib.check(${sample('samples/mic-2018/valid.yaml')}, { today: '2026-11-22', file: 'valid.yaml' }); process.stdout.write(JSON.stringify(lib.formatSarif([r], 'ru')));`;
    const s = run(BUNDLE, sarif);
    expect(has(s.files, 'sarif-report.js')).toBe(true);
    expect(s.out).toEqual(run(MODULES, sarif).out);
    expect(String(s.out)).toContain('"rules"');
  });
});

