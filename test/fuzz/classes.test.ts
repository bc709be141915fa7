/**
 * Regression tests for the input classes of issue 15 on the check side: each class has a
 * breaking input (refused with a clear, placed finding; the batch goes on) and a passing twin
 * just inside the limit (read as before).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// the bundled packs, which checkDocument looks up once loaded (a command loads the one its package names)
import '../../src/acts/index.js';
import { checkDocument } from '../../src/check/run.js';
import { checkItem, type Item } from '../../src/cli/check-source.js';
import { tempDir } from '../temp.js';

/** The file's result (the samples are packages, never skipped). */
const resultOf = (i: Item) => {
  if (!('result' in i)) throw new Error(`${i.file} was skipped`);
  return i.result;
};
import { createCalendar } from '../../src/law/calendar/index.js';
import { decode } from '../../src/package/decode.js';
import { loadFile, sessionLoader, walk } from '../../src/package/load.js';
import { caseText, findCase } from '../../src/package/cases.js';
import { MAX_EXPANDED_SIZE, parseText } from '../../src/package/parse.js';
import { MAX_PARSE_DEPTH, MAX_YAML_TOKENS } from '../../src/package/bounded.js';

const CLI = 'dist/src/cli/main.js';
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
const dir = tempDir('bagalau-fuzz-classes-');
const write = (name: string, content: string | Uint8Array) => {
  const p = join(dir, name);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, content);
  return p;
};
const SAMPLE = 'samples/asa-a-corps/valid.yaml';
const calendar = createCalendar();
const opts = { today: '2026-11-22', calendar, loadSession: sessionLoader() };
const errors = (text: string, kind: 'json' | 'yaml') => parseText(text, kind).findings.filter((f) => f.severity === 'error');

describe('class 1: depth is limited before a recursive parser sees the text', () => {
  it('1,000 nested brackets (YAML and JSON) and an unclosed { before list rows are one placed finding each', () => {
    for (const [text, kind] of [
      ['['.repeat(1000) + ']'.repeat(1000), 'yaml'],
      ['['.repeat(20000) + ']'.repeat(20000), 'json'],
      ['{"a":'.repeat(5000) + '1' + '}'.repeat(5000), 'json'],
      ['a: {\n' + '  - no: 1\n    name: x\n'.repeat(1000), 'yaml'],
      ['- '.repeat(2000) + 'x\n', 'yaml'],
    ] as const) {
      const f = errors(text, kind);
      expect(f).toHaveLength(1);
      expect(f[0]!.ruleId).toBe('input');
      expect(f[0]!.message.en).toMatch(/deeper than 64 levels/);
      expect(f[0]!.place).toBeDefined();
    }
  });

  it('nesting just inside the limit parses (and is cut at the data depth with a finding)', () => {
    const n = MAX_PARSE_DEPTH - 2;
    expect(parseText('['.repeat(n) + ']'.repeat(n), 'yaml').data).toBeDefined();
    expect(parseText('['.repeat(n) + ']'.repeat(n), 'json').data).toBeDefined();
    // brackets inside strings are text, not nesting
    expect(errors(JSON.stringify({ a: '['.repeat(5000) }), 'json')).toEqual([]);
    expect(errors(`a: "${'['.repeat(5000)}"\n`, 'yaml')).toEqual([]);
  });

  it('a batch with files that used to abort the process: every file has its result, the good one is checked', () => {
    const a = write('deep/a.yaml', '['.repeat(1000) + ']'.repeat(1000));
    const b = write('deep/b.yaml', '['.repeat(1000) + ']'.repeat(1000));
    const j = write('deep/deep.json', '['.repeat(20000) + ']'.repeat(20000));
    const r = run('check', a, b, j, SAMPLE, '--format', 'json', '--today', '2026-11-22');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(2);
    const out = JSON.parse(r.stdout);
    expect(out.results.map((x: { findings: Array<{ ruleId: string }> }) => x.findings[0]?.ruleId ?? 'ok')).toEqual(['input', 'input', 'input', 'ok']);
  });
});

describe('class 1: any exception inside one file is that file\'s finding', () => {
  it('a loader that throws becomes an input finding naming the error; without it the same file checks', async () => {
    const throwing = { ...opts, loadSession: () => { throw new RangeError('boom'); } };
    const r = resultOf(await checkItem('samples/mic-2018/valid.yaml', throwing));
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ ruleId: 'input', severity: 'error' });
    expect(r.findings[0]!.message.en).toContain('RangeError: boom');
    expect(resultOf(await checkItem('samples/mic-2018/valid.yaml', opts)).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('class 2: work is bounded within the size limit', () => {
  it(`more than ${MAX_YAML_TOKENS} YAML tokens (800 KB of «- [» lines) is refused with its place`, () => {
    const f = errors('- [\n'.repeat(200000), 'yaml');
    expect(f).toHaveLength(1);
    expect(f[0]!.message.en).toMatch(/Too many YAML tokens/);
    expect(f[0]!.place!.line).toBeGreaterThan(1);
    // a thousand such lines are just syntax errors
    expect(errors('- [\n'.repeat(1000), 'yaml')[0]!.message.en).toMatch(/YAML syntax error/);
  });

  it('aliases may not expand the data past the limit; a few small aliases are fine', () => {
    const big = 'сөз '.repeat(60_000);
    const rows = Array.from({ length: 45 }, (_, i) => `  - { no: ${i}, text: *big }`).join('\n');
    const bomb = `a: &big "${big}"\nrows:\n${rows}\n`;
    expect(bomb.length).toBeLessThan(MAX_EXPANDED_SIZE);
    const f = errors(bomb, 'yaml');
    expect(f).toHaveLength(1);
    expect(f[0]!.message.en).toMatch(/aliases expanded/);
    const few = `a: &s "${'x'.repeat(1000)}"\nrows:\n  - *s\n  - *s\n`;
    expect(errors(few, 'yaml')).toEqual([]);
    expect((parseText(few, 'yaml').data as { rows: string[] }).rows[1]).toHaveLength(1000);
  });

  it('nested aliases (billion laughs) are refused', () => {
    const lol = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill('*' + 'abcdefghi'[i]).join(',')}]`)].join('\n');
    expect(errors(lol, 'yaml')).toHaveLength(1);
  });
});

describe('class 6: readable names and encodings', () => {
  it('a %YAML 1.1 directive reads dates as text (with a note); without it the same', () => {
    const d = parseText('%YAML 1.1\n---\nfrom: 2026-01-01\nok: yes\n', 'yaml');
    expect(d.data).toEqual({ from: '2026-01-01', ok: 'yes' });
    expect(d.findings.map((f) => f.message.en).join()).toMatch(/YAML 1\.1/);
    expect(parseText('from: 2026-01-01\n', 'yaml')).toEqual({ data: { from: '2026-01-01' }, findings: [] });
  });

  it('UTF-32 with and without a BOM, both byte orders; UTF-16 still UTF-16', () => {
    const text = 'methodology: mic-2018\nservant: Әлия 𝔸\n';
    const cps = [...text].map((c) => c.codePointAt(0)!);
    const le = (bom: boolean) => new Uint8Array(Buffer.concat([Buffer.from(bom ? [0xff, 0xfe, 0, 0] : []), ...cps.map((c) => { const b = Buffer.alloc(4); b.writeUInt32LE(c); return b; })]));
    const be = (bom: boolean) => new Uint8Array(Buffer.concat([Buffer.from(bom ? [0, 0, 0xfe, 0xff] : []), ...cps.map((c) => { const b = Buffer.alloc(4); b.writeUInt32BE(c); return b; })]));
    for (const [bytes, enc] of [[le(true), 'utf-32le'], [le(false), 'utf-32le'], [be(true), 'utf-32be'], [be(false), 'utf-32be']] as const) {
      const d = decode(bytes);
      expect(d.encoding).toBe(enc);
      expect(d.text).toBe(text);
    }
    expect(decode(new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).encoding).toBe('utf-16le');
  });

  it('a file name that is not UTF-8 is checked, shown as Windows-1251, with a warning', () => {
    const d = join(dir, 'names');
    mkdirSync(d);
    writeFileSync(Buffer.from(`${d}/\xcf\xf0\xe8\xec\xe5\xf0.yaml`, 'latin1'), readFileSync(SAMPLE));
    const files = [...walk([d])];
    expect(files).toEqual([join(d, 'Пример.yaml')]);
    const r = checkDocument(loadFile(files[0]!), opts);
    expect(r.methodology).toBe('asa-a-corps');
    expect(r.findings.map((f) => [f.ruleId, f.severity])).toEqual([['input-encoding', 'warning']]);
  });

  it('symbolic links: to a package in the folder it is checked, leading out of it it is reported, not read', () => {
    const d = join(dir, 'links');
    mkdirSync(d);
    cpSync(SAMPLE, join(d, 'real.yaml'));
    symlinkSync('real.yaml', join(d, 'link.yaml'));
    write('outside.yaml', readFileSync(SAMPLE));
    symlinkSync('../outside.yaml', join(d, 'out.yaml'));
    symlinkSync('nowhere.yaml', join(d, 'dangling.yaml'));
    const files = [...walk([d])];
    expect(files.map((f) => f.slice(d.length + 1))).toEqual(['dangling.yaml', 'link.yaml', 'out.yaml', 'real.yaml']);
    const results = files.map((f) => checkDocument(loadFile(f), opts));
    expect(results[1]!.methodology).toBe('asa-a-corps');
    for (const i of [0, 2]) {
      expect(results[i]!.findings).toHaveLength(1);
      expect(results[i]!.findings[0]).toMatchObject({ ruleId: 'input', severity: 'error' });
    }
    expect(results[2]!.findings[0]!.message.en).toMatch(/outside the folder/);
  });
});

describe('class 4: session references stay inside the package tree', () => {
  const tree = join(dir, 'tree');
  const pkgDir = join(tree, 'packages');
  mkdirSync(pkgDir, { recursive: true });
  cpSync('samples/mic-2018/sessions', join(tree, 'shared'), { recursive: true });
  cpSync('samples/mic-2018/sessions', join(pkgDir, 'sessions'), { recursive: true });
  const src = readFileSync('samples/mic-2018/valid.yaml', 'utf8');
  const m = /ref: (\S+)/.exec(src);
  const withRef = (ref: string) => src.replace(m![0], `ref: ${ref}`);
  const name = m![1]!.split('/').pop()!;

  it('an absolute or ../ ref is refused unread, under the name the package gave', () => {
    for (const ref of ['/etc/passwd', '../../../../../../../../etc/passwd', `../shared/${name}`]) {
      const p = join(pkgDir, 'p.yaml');
      writeFileSync(p, withRef(ref));
      const r = run('check', pkgDir, '--format', 'json', '--lang', 'en', '--today', '2026-11-22');
      const out = JSON.parse(r.stdout);
      const f = out.results[0].findings.find((x: { ruleId: string }) => x.ruleId === 'input-session');
      expect(f, ref).toBeDefined();
      expect(f.message.en).toMatch(/outside the package's folder/);
      expect(f.message.en).not.toMatch(/root:/);
      expect(r.status).toBe(2);
    }
  });

  it('the samples\' layout (a fixture naming ../sessions/) is read when the fixture alone is named', () => {
    // a case's package written as the old samples were: <pack>/fixtures/x.yaml naming ../sessions/x.yaml
    const root = tempDir('bagalau-layout-');
    mkdirSync(join(root, 'mic-2018', 'fixtures'), { recursive: true });
    cpSync('samples/mic-2018/sessions', join(root, 'mic-2018', 'sessions'), { recursive: true });
    const text = caseText(findCase('mic-2018', 'familiarisation')).replace('ref: sessions/', 'ref: ../sessions/');
    expect(text).toContain('ref: ../sessions/');
    writeFileSync(join(root, 'mic-2018', 'fixtures', 'familiarisation.yaml'), text);
    const r = run('check', join(root, 'mic-2018', 'fixtures', 'familiarisation.yaml'), '--format', 'json', '--today', '2026-11-22');
    expect(JSON.parse(r.stdout).results[0].findings.map((x: { ruleId: string }) => x.ruleId)).toContain('mic-2018/familiarisation');
    expect(JSON.parse(r.stdout).results[0].findings.filter((x: { ruleId: string }) => x.ruleId.startsWith('input'))).toEqual([]);
  });

  it('inside the tree, or inside a folder named with --sessions, the ref is read', () => {
    const p = join(pkgDir, 'p.yaml');
    writeFileSync(p, withRef(`sessions/${name}`));
    const inTree = JSON.parse(run('check', pkgDir, '--format', 'json', '--today', '2026-11-22').stdout);
    expect(inTree.results[0].findings.filter((x: { ruleId: string }) => x.ruleId.startsWith('input'))).toEqual([]);
    writeFileSync(p, withRef(`../shared/${name}`));
    const named = JSON.parse(run('check', pkgDir, '--sessions', join(tree, 'shared'), '--format', 'json', '--today', '2026-11-22').stdout);
    expect(named.results[0].findings.filter((x: { ruleId: string }) => x.ruleId.startsWith('input'))).toEqual([]);
  });
});

describe('class 6: dates the calendar cannot compute with are placed schema findings', () => {
  const src = readFileSync('samples/mic-2018/valid.yaml', 'utf8');
  const field = /appointedOn: (\S+)/.exec(src)!;
  it.each(['0999-12-31', '9999-12-31'])('%s is a schema finding at its field, no internal error', (date) => {
    const p = write(`dates/${date}.yaml`, src.replace(field[0], `appointedOn: ${date}`));
    const r = checkDocument(loadFile(p), { ...opts, loadSession: sessionLoader(['samples']) });
    expect(r.findings.some((f) => f.ruleId === 'internal')).toBe(false);
    const s = r.findings.find((f) => f.ruleId === 'schema' && f.path.endsWith('/appointedOn'));
    expect(s?.place).toBeDefined();
    expect(s!.message.en).toMatch(/1000–9998/);
  });
  it('1000-01-01 and 9998-12-31 pass the schema', () => {
    for (const date of ['1000-01-01', '9998-12-31']) {
      const p = write(`dates/ok-${date}.yaml`, src.replace(field[0], `appointedOn: ${date}`));
      const r = checkDocument(loadFile(p), opts);
      expect(r.findings.filter((f) => f.ruleId === 'schema')).toEqual([]);
    }
  });
});

describe('class 6: numbers stay finite in any sum', () => {
  it('1e308, .inf and .nan are input errors at their path; 10^15 is a number', () => {
    for (const [text, kind] of [['grades: [4, 1e308]\n', 'yaml'], ['{"grades": [4, -1e308]}', 'json'], ['grades: [4, .inf]\n', 'yaml'], ['grades: [4, .nan]\n', 'yaml']] as const) {
      const f = errors(text, kind);
      expect(f, text).toHaveLength(1);
      expect(f[0]!.path).toBe('/grades/1');
      expect(f[0]!.message.en).toMatch(/Number too large/);
    }
    expect(parseText('grades: [4, 1000000000000000]\n', 'yaml')).toEqual({ data: { grades: [4, 1e15] }, findings: [] });
  });
});

describe('class 6: explain does not read the object prototype', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('explain %s is an unknown rule (exit 2)', (id) => {
    const r = run('explain', id, '--lang', 'en');
    expect(r.status).toBe(2);
    expect(r.stdout).not.toMatch(/undefined/);
    expect(r.stderr).toMatch(/unknown rule/);
  });
  it('explain input still explains', () => {
    expect(run('explain', 'input').status).toBe(0);
  });
});

