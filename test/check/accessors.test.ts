/** Compiled accessors (src/check/accessors.ts) read what walking the pointer reads, and a pack's table holds its rules' declared pointers. */
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../src/acts/index.js';
import { accessorsOf, compileAccessor, walk } from '../../src/check/accessors.js';
import { parsePointer } from '../../src/law/json-pointer.js';

const data = {
  a: { b: [{ c: 1, 'x/y': { '~z': 'deep' } }, null, 'text'], n: null, s: 'str' },
  forms: { kpiSheet: { kpis: [{ achieved: true }] } },
};

describe('a compiled accessor', () => {
  const pointers = ['', '/a', '/a/b', '/a/b/0', '/a/b/0/c', '/a/b/0/x~1y', '/a/b/0/x~1y/~0z', '/a/b/1/c', '/a/b/2/length', '/a/n/x', '/a/s/0', '/missing/x/y/z/w', '/forms/kpiSheet/kpis/0/achieved'];
  it('reads what walking the pointer reads, at every depth', () => {
    for (const p of pointers) expect(compileAccessor(p)(data), p).toEqual(walk(data, parsePointer(p)));
    expect(compileAccessor('/a/b/0/x~1y/~0z')(data)).toBe('deep');
    expect(compileAccessor('/forms/kpiSheet/kpis/0/achieved')(data)).toBe(true);
  });
  it('reads nothing through a value that is not an object (a string has no fields here)', () => {
    expect(compileAccessor('/a/s/0')(data)).toBeUndefined();
    expect(compileAccessor('/a/b/1/c')(data)).toBeUndefined();
    expect(compileAccessor('/a/b/0/d')(data)).toBeUndefined();
  });
});

describe('a pack table', () => {
  for (const pack of PACKS) {
    it(`${pack.id}: holds each pointer its rules declare, patterns left to their kinds`, () => {
      const table = accessorsOf(pack);
      const declared = pack.rules.flatMap((r) => r.reads ?? []);
      expect(table.size).toBeGreaterThan(0);
      for (const p of declared) expect(table.has(p), p).toBe(!p.split('/').includes('*'));
      expect(accessorsOf(pack)).toBe(table);
    });
  }
});
