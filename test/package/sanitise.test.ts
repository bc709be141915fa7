/**
 * JSON data that sanitising would not change is used as JSON.parse made it, without the copy (src/package/parse.ts
 * sanitise without `copy`: an object is copied only when something in it changes). The copying route is the reference: YAML data always takes it, and a JSON text read as YAML gives the
 * same data. So every sample and case written as JSON, and texts that do need sanitising, must read the same either way.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docFromBytes } from '../../src/package/from-bytes.js';
import { samplesWithCases } from '../../src/package/cases.js';
import { tempDir } from '../temp.js';
import { MAX_DEPTH, MAX_EXPANDED_SIZE, parseText, readText } from '../../src/package/parse.js';

const yamlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? yamlFiles(p) : /\.ya?ml$/.test(f) ? [p] : [];
  });

const nest = (n: number, inner: string) => '{"a":['.repeat(n) + inner + ']}'.repeat(n);

describe('JSON data sanitised without a copy', () => {
  it('reads as the copying route reads it, for every sample and case and for texts that need sanitising', () => {
    const texts = [...yamlFiles('samples'), ...yamlFiles(samplesWithCases(tempDir('bagalau-samples-')))]
      .map((file) => docFromBytes(file, readFileSync(file)).data)
      .filter((d) => d !== undefined)
      .map((d) => JSON.stringify(d, null, 1));
    expect(texts.length).toBeGreaterThan(100);
    const odd = [
      '{"methodology":"mic-2018","__proto__":{"polluted":true},"servant":{"constructor":{"x":1}, "prototype": 2}}',
      '{"grades":[4,-1e308, 1e15, -1e15, 1000000000000001, 0, -0]}',
      nest(MAX_DEPTH / 2, '1'),
      nest(MAX_DEPTH / 2 + 1, '1'),
      nest(MAX_DEPTH / 2, '[]'), // a container at exactly MAX_DEPTH: cut
      nest(MAX_DEPTH / 2 + 3, '{"b":[]}'),
      '[[[]], {}, "", null, true]',
    ];
    for (const text of [...texts, ...odd]) {
      const json = parseText(text, 'json');
      expect(json, text.slice(0, 80)).toEqual(parseText(text, 'yaml'));
      expect(Object.is((json.data as { grades?: number[] } | undefined)?.grades?.[6], -0)).toBe(text.includes('-0]'));
    }
    // the odd ones do need sanitising
    expect(odd.slice(0, 2).map((t) => parseText(t, 'json').findings.length)).toEqual([3, 2]);
    // containers to the depth MAX_DEPTH - 1 are kept, one deeper is cut
    expect(parseText(nest(MAX_DEPTH / 2 + 1, '1'), 'json').findings).toHaveLength(1);
    expect(parseText(nest(MAX_DEPTH / 2, '1'), 'json').findings).toHaveLength(0);
  });

  it('past the size budget is refused as before', () => {
    const text = JSON.stringify({ a: 'x'.repeat(MAX_EXPANDED_SIZE - 10), b: 'y'.repeat(20) });
    const r = readText(text, 'json').parsed;
    expect(r.data).toBeUndefined();
    expect(r.findings.map((f) => f.message.en)).toEqual([expect.stringMatching(/Data too large/)]);
    expect(readText(JSON.stringify({ a: 'x'.repeat(MAX_EXPANDED_SIZE - 100) }), 'json').parsed.findings).toEqual([]);
  });
});
