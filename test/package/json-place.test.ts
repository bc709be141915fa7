/**
 * A JSON file's places are found by a scan along the pointer asked for (src/package/json-place.ts). They must be
 * the places the former map of every value gave (./json-places-full.ts), for every pointer of every sample and
 * case package written as JSON in several layouts, for pointers to what is missing, and for pointers that name
 * nothing a key can be.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docFromBytes } from '../../src/package/from-bytes.js';
import { samplesWithCases } from '../../src/package/cases.js';
import { tempDir } from '../temp.js';
import { jsonValueOffset, lineColumnAt } from '../../src/package/json-place.js';
import { jsonSourceMap } from '../../src/package/source-map.js';
import { fullMapPlaces, jsonValueOffsets } from './json-places-full.js';

const yamlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? yamlFiles(p) : /\.ya?ml$/.test(f) ? [p] : [];
  });

const esc = (k: string) => k.replace(/~/g, '~0').replace(/\//g, '~1');

/** Every pointer of a value, one to a missing member of each object and array, and a few no key or index can match. */
function pointers(v: unknown, at = ''): string[] {
  if (v === null || typeof v !== 'object') return [at, `${at}/missing/deeper`];
  const keys = Array.isArray(v) ? v.map((_, i) => String(i)) : Object.keys(v);
  const odd = Array.isArray(v) ? [`${at}/-`, `${at}/01`, `${at}/${keys.length}`, `${at}/1e0`, `${at}/ 0`] : [`${at}/missing`, `${at}/a~2b`, `${at}/~`, `${at}/`];
  return [at, ...odd, ...keys.flatMap((k) => pointers((v as Record<string, unknown>)[k], `${at}/${esc(k)}`))];
}

/** JSON with every key escaped (`\uXXXX` for all but ASCII letters and digits, `\/` for a slash) and odd spacing. */
function escapedJson(v: unknown, nl = '\n'): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return v.length === 0 ? '[ ]' : `[${nl}\t${v.map((x) => escapedJson(x, nl)).join(` ,${nl}\t`)}${nl}]`;
  const key = (k: string) => `"${[...k].map((c) => (/[A-Za-z0-9]/.test(c) ? c : c === '/' ? '\\/' : [...c].map((u) => `\\u${u.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''))).join('')}"`;
  const entries = Object.entries(v as Record<string, unknown>);
  return entries.length === 0 ? '{\t}' : `{ ${entries.map(([k, x]) => `${key(k)} :${nl} ${escapedJson(x, nl)}`).join(`,${nl}`)} }`;
}

const layouts: Record<string, (v: unknown) => string> = {
  pretty: (v) => JSON.stringify(v, null, 2),
  minified: (v) => JSON.stringify(v),
  'tabs, CRLF': (v) => JSON.stringify(v, null, '\t').replace(/\n/g, '\r\n'),
  'escaped keys': (v) => escapedJson(v),
  'escaped keys, CRLF': (v) => escapedJson(v, '\r\n'),
  BOM: (v) => `\ufeff${JSON.stringify(v, null, 1)}`,
};

/** Keys a package rarely has: `/` and `~`, non-ASCII, empty ones, empty and nested containers. */
const odd = {
  'a/b': { '~': [[], [[1, [2, { '': 3 }]]], {}], 'c~1d': 'x', '~0': { '/': null } },
  'әлем': { 'ключ\n"кавычка"': [true, false, null, -1.5e3], '': { '': {} } },
  '0': [{}, [], '', '\\"', 'ends \\', { 'key\\': '\\\\', after: 1 }, 0],
  nested: [[[[]]], [[{ x: [{}] }]]],
};

/** The pointers whose places differ (one expect per pointer made the test take 40 s). */
const differing = (text: string, ptrs: readonly string[]): string[] => {
  const full = fullMapPlaces(text);
  const mine = jsonSourceMap(text);
  const out: string[] = [];
  for (const p of ptrs) {
    const a = mine(p);
    const b = full(p);
    if (a?.line !== b?.line || a?.column !== b?.column) out.push(`${JSON.stringify(p)}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)} in ${JSON.stringify(text.slice(0, 60))}`);
  }
  return out;
};

describe('places of a JSON file, by a scan along the pointer', () => {
  const read = (files: string[]) => files.map((file) => docFromBytes(file, readFileSync(file)).data).filter((d) => d !== undefined);
  const samples = read(yamlFiles('samples'));
  const cases = read(yamlFiles(samplesWithCases(tempDir('bagalau-samples-'))));
  // each pointer is a scan of the text: the cases in three layouts keep the test under ten seconds
  const forCases = new Set(['pretty', 'minified', 'escaped keys, CRLF']);

  it('are those of the map of every value, for every pointer of every sample and case in every layout', () => {
    expect(cases.length).toBeGreaterThan(100);
    let compared = 0;
    const differ: string[] = [];
    for (const [name, write] of Object.entries(layouts)) {
      for (const data of [...samples, odd, ...(forCases.has(name) ? cases : [])]) {
        const text = write(data);
        expect(JSON.parse(text.replace(/^\ufeff/, '')), name).toEqual(data);
        const ptrs = pointers(data);
        differ.push(...differing(text, ptrs).map((d) => `${name}: ${d}`));
        compared += ptrs.length;
      }
    }
    expect(differ.slice(0, 20)).toEqual([]);
    expect(compared).toBeGreaterThan(50_000);
  });

  it('are those of the map for pointers that do not begin with a slash, and for the root of a scalar text', () => {
    const text = JSON.stringify(odd, null, 2);
    expect(differing(text, ['', 'a', 'a/b', '#/0', '/a~1b/~0/1/0/1/1/'])).toEqual([]);
    for (const scalar of [' 1 ', '"s"', '\r\n null', '[]', '{}']) expect(differing(scalar, ['', '/0', '/x', 'x'])).toEqual([]);
  });

  it('of a key written twice are those of its last value, as JSON.parse keeps, and of the first where only it has the member', () => {
    const text = '{"a": {"x": 1, "x": [2, 3]}, "b": 0,\n "a": {"y": {"z": 4}}, "a": {"y": 5}}';
    const ptrs = ['/a', '/a/x', '/a/x/1', '/a/y', '/a/y/z', '/a/y/z/q', '/b'];
    expect(differing(text, ptrs)).toEqual([]);
    expect(jsonValueOffset(text, '/a/y/z')).toBe(text.indexOf('{"z"') + 6);
    expect(jsonValueOffset(text, '/a')).toBe(text.lastIndexOf('{'));
    // the map itself, to be sure the expectation says what this test claims
    expect(jsonValueOffsets(text).get('/a/x')).toBe(text.indexOf('[2'));
  });

  it('count lines by LF only, columns in UTF-16 units from 1', () => {
    const text = 'a\nbc\r\n\nә𝑥d';
    const got = [...text].map((_, o) => lineColumnAt(text, o));
    expect(got.map((p) => `${p.line}:${p.column}`).join(' ')).toBe('1:1 1:2 2:1 2:2 2:3 2:4 3:1 4:1 4:2 4:3');
    expect(lineColumnAt(text, text.length - 1)).toEqual({ line: 4, column: 4 });
  });
});
