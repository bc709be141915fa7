/**
 * A YAML file's places come from the syntax tree its data was read from: a file with findings is parsed once, not
 * a second time for its places, and the places are those a parse of their own gives, for every value of every
 * sample and case file (and for pointers to what is missing). Under a «%YAML 1.1» directive the places keep their
 * own parse (its schema reads keys such as `yes` otherwise than the data's).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../temp.js';

const parses = vi.hoisted(() => ({ n: 0 }));
vi.mock('../../src/package/bounded.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/package/bounded.js')>();
  return { ...original, parseYamlDocument: (...a: Parameters<typeof original.parseYamlDocument>) => (parses.n++, original.parseYamlDocument(...a)) };
});

const { docFromBytes } = await import('../../src/package/from-bytes.js');
const { readText } = await import('../../src/package/parse.js');
const { sourceMap } = await import('../../src/package/source-map.js');
const { samplesWithCases } = await import('../../src/package/cases.js');
const CASES = samplesWithCases(tempDir('bagalau-samples-'));

const yamlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? yamlFiles(p) : /\.ya?ml$/.test(f) ? [p] : [];
  });

/** Every pointer of a value, and one to a missing member of each object and array (a finding may name one). */
function pointers(v: unknown, at = ''): string[] {
  if (v === null || typeof v !== 'object') return [at];
  const keys = Array.isArray(v) ? v.map((_, i) => String(i)) : Object.keys(v);
  return [at, `${at}/missing`, ...keys.flatMap((k) => pointers((v as Record<string, unknown>)[k], `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`))];
}

describe('places of a YAML file', () => {
  const files = [...yamlFiles('samples'), ...yamlFiles(CASES)];

  it('are those of a parse of their own, for every value of the samples and cases', () => {
    let compared = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const doc = docFromBytes(file, Buffer.from(text));
      if (doc.data === undefined) continue;
      const own = sourceMap(text);
      for (const p of pointers(doc.data)) {
        expect(doc.placeOf!(p), `${file} ${p}`).toEqual(own(p));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(5000);
  });

  it('come from the one parse of the data: asking for places parses nothing again', () => {
    const text = readFileSync('samples/mic-2018/valid.yaml', 'utf8');
    parses.n = 0;
    const doc = docFromBytes('valid.yaml', Buffer.from(text));
    expect(parses.n).toBe(1);
    expect(doc.placeOf!('/forms/kpiSheet/kpis/3/actual')).toEqual({ line: 35, column: 110 });
    expect(parses.n).toBe(1);
    // a parse of their own is what the count would see otherwise
    sourceMap(text)('/forms');
    expect(parses.n).toBe(2);
  });

  it("of the library's check() of a text come from the one parse of its data too", async () => {
    const { check } = await import('../../src/index.js');
    const text = readFileSync(join(CASES, 'mic-2018', 'fixtures', 'plan-deadline-late.yaml'), 'utf8');
    parses.n = 0;
    const r = check(text, { today: '2026-11-22', file: 'plan-deadline-late.yaml' });
    const late = r.findings.find((f) => f.ruleId === 'mic-2018/plan-deadline');
    expect(late?.place).toEqual(sourceMap(text)(late!.path));
    expect(parses.n).toBe(2); // the check's one parse, and sourceMap's own just above
  });

  it('under a «%YAML 1.1» directive come from a parse of their own, as before', () => {
    const text = '%YAML 1.1\n---\nbagalau: 1\nyes: 2\nmethodology: mic-2018\n';
    const read = readText(text, 'yaml');
    expect(read.parsed.data).toEqual({ bagalau: 1, yes: 2, methodology: 'mic-2018' });
    expect(read.tree).toBeUndefined();
    // without the directive the tree is kept
    expect(readText(text.replace('%YAML 1.1\n---\n', ''), 'yaml').tree).toBeDefined();
    parses.n = 0;
    const doc = docFromBytes('old.yaml', Buffer.from(text));
    expect(doc.placeOf!('/methodology')).toEqual({ line: 5, column: 14 });
    expect(parses.n).toBe(2);
  });

  it('of a file that could not be parsed come from a parse of their own', () => {
    const doc = docFromBytes('broken.yaml', Buffer.from('a: 1\na: 2\n'));
    expect(doc.data).toBeUndefined();
    expect(doc.placeOf!('/a')).toEqual({ line: 1, column: 4 });
  });
});
