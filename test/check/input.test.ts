/** Bad input gets a clear finding with its place, never an exception. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFile, MAX_BYTES, walk } from '../../src/package/load.js';
import { osErrorText } from '../../src/package/os-error.js';
import { MAX_DEPTH } from '../../src/package/parse.js';
import { tempDir } from '../temp.js';

const dir = tempDir('bagalau-input-');
const write = (name: string, content: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const kk = 'methodology: mic-2018\nservant:\n  fullName: Әлия Қасымқызы\n';

describe('loading package files', () => {
  it('reads UTF-8 with and without a BOM, keeping Kazakh letters', () => {
    const plain = loadFile(write('plain.yaml', kk));
    const bom = loadFile(write('bom.yaml', new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(kk)])));
    for (const d of [plain, bom]) {
      expect(d.findings).toEqual([]);
      expect((d.data as any).servant.fullName).toBe('Әлия Қасымқызы');
    }
  });

  it('reads UTF-16 (with a BOM) and says so', () => {
    const d = loadFile(write('u16.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(kk, 'utf16le')])));
    expect((d.data as any).servant.fullName).toBe('Әлия Қасымқызы');
    expect(d.findings.map((f) => [f.ruleId, f.severity])).toEqual([['input-encoding', 'info']]);
  });

  it('reads Windows-1251 with a warning', () => {
    // «Иванов» in Windows-1251
    const d = loadFile(write('cp1251.yaml', Buffer.from([...Buffer.from('methodology: mic-2018\nservant: {fullName: '), 0xc8, 0xe2, 0xe0, 0xed, 0xee, 0xe2, ...Buffer.from('}\n')])));
    expect((d.data as any).servant.fullName).toBe('Иванов');
    expect(d.findings.map((f) => [f.ruleId, f.severity])).toEqual([['input-encoding', 'warning']]);
  });

  it('malformed JSON and YAML are errors with line and column', () => {
    const j = loadFile(write('bad.json', '{\n  "methodology": "mic-2018",\n  "servant": {,}\n}'));
    expect(j.data).toBeUndefined();
    expect(j.findings[0]!.ruleId).toBe('input');
    expect(j.findings[0]!.place?.line).toBe(3);
    const y = loadFile(write('bad.yaml', 'methodology: mic-2018\nservant:\n  fullName: "unterminated\n'));
    expect(y.data).toBeUndefined();
    expect(y.findings[0]!.ruleId).toBe('input');
    expect(y.findings[0]!.place?.line).toBeGreaterThanOrEqual(3);
    const dup = loadFile(write('dup.yaml', 'methodology: a\nmethodology: b\n'));
    expect(dup.findings[0]!.ruleId).toBe('input');
  });

  it('a file over the size limit is refused before it is read', () => {
    const d = loadFile(write('big.json', ' '.repeat(MAX_BYTES + 1)));
    expect(d.findings[0]!.facts).toEqual({ size: MAX_BYTES + 1, limit: MAX_BYTES });
  });

  it('deep nesting is cut and reported', () => {
    const deep = '['.repeat(MAX_DEPTH + 5) + ']'.repeat(MAX_DEPTH + 5);
    const d = loadFile(write('deep.json', deep));
    expect(d.findings.some((f) => f.ruleId === 'input' && f.message.en.includes('Nesting'))).toBe(true);
  });

  it('__proto__ and constructor keys are dropped and reported, never reaching a prototype', () => {
    const d = loadFile(write('proto.json', '{"methodology":"mic-2018","__proto__":{"polluted":true},"servant":{"constructor":{"x":1}}}'));
    expect(d.findings.filter((f) => f.ruleId === 'input').map((f) => f.path).sort()).toEqual(['/__proto__', '/servant/constructor']);
    expect(({} as any).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(d.data)).toBe(Object.prototype);
    const y = loadFile(write('proto.yaml', 'methodology: mic-2018\n__proto__: {polluted: true}\n'));
    expect(y.findings.map((f) => f.path)).toEqual(['/__proto__']);
  });

  it('a missing file is a finding', () => {
    const d = loadFile(join(dir, 'none.yaml'));
    expect(d.findings[0]!.facts).toEqual({ code: 'ENOENT' });
    // the reader is told in words what the system's code means, the code kept for whoever looks further
    expect(d.findings[0]!.message).toEqual({
      kk: 'Файл оқылмады: мұндай файл немесе қалта жоқ (ENOENT)',
      ru: 'Файл не прочитан: нет такого файла или папки (ENOENT)',
      en: 'File could not be read: no such file or folder (ENOENT)',
    });
  });

  it('a system error without words of ours is shown as the system gave it', () => {
    expect(osErrorText(Object.assign(new Error('x'), { code: 'EWEIRD' }))).toEqual({ kk: 'EWEIRD', ru: 'EWEIRD', en: 'EWEIRD' });
    expect(osErrorText(new Error('disk fell off')).ru).toBe('disk fell off');
    expect(osErrorText(Object.assign(new Error('x'), { code: 'EACCES' })).ru).toBe('нет прав доступа (EACCES)');
  });

  it('folders are walked in a stable order, skipping expectation and session files', () => {
    const sub = tempDir('bagalau-walk-');
    for (const f of ['b.yaml', 'a.json', 'a.expect.yaml', 'notes.txt']) writeFileSync(join(sub, f), '{}');
    expect([...walk([sub])].map((p) => p.slice(sub.length + 1))).toEqual(['a.json', 'b.yaml']);
  });
});

describe('places in JSON packages', () => {
  it('the fast JSON scan gives the same line:column as the YAML syntax tree, for every value', async () => {
    const { jsonSourceMap, sourceMap } = await import('../../src/package/source-map.js');
    const { parse } = await import('yaml');
    const { readFileSync } = await import('node:fs');
    const data = parse(readFileSync('samples/mic-2018/valid.yaml', 'utf8'));
    const text = JSON.stringify({ ...data, 'a/b~c': [1, 'x\\"y', null, true] }, null, 2);
    const fast = jsonSourceMap(text);
    const slow = sourceMap(text);
    const pointers: string[] = [];
    const walk = (v: unknown, p: string) => {
      pointers.push(p);
      if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${p}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    };
    walk(JSON.parse(text), '');
    expect(pointers.length).toBeGreaterThan(100);
    for (const p of pointers) expect(fast(p), p).toEqual(slow(p));
    // a missing field points at the object that should hold it
    expect(fast('/servant/nope')).toEqual(slow('/servant'));
  });
});
