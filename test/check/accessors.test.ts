/** Compiled accessors (src/check/accessors.ts) read what walking the pointer reads, and a pack's table holds its rules' declared pointers. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../src/acts/index.js';
import { accessorFor, accessorsFile, accessorSource, accessorsModule, compileAccessor, packPointers, walk, type Accessor } from '../../src/check/accessors.js';
import { parsePointer } from '../../src/law/json-pointer.js';
import { packPackages } from '../../src/package/cases.js';
import { accessorFiles } from '../../scripts/build-accessors.js';

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

describe("a pack's pointers", () => {
  for (const pack of PACKS) {
    it(`${pack.id}: hold each pointer its rules declare, patterns left to their kinds`, () => {
      const pointers = packPointers(pack);
      const declared = pack.rules.flatMap((r) => r.reads ?? []);
      expect(pointers.length).toBeGreaterThan(0);
      for (const p of declared) expect(pointers.includes(p), p).toBe(!p.split('/').includes('*'));
      expect(packPointers(pack)).toEqual(pointers);
    });
  }
});

/** A generated accessor made a function here (the tests run in Node; the tool itself never evaluates code at run time). */
const evaluate = (src: string): Accessor => new Function(`return (${src});`)() as Accessor;

describe("the build's accessors", () => {
  const odd: unknown[] = [null, undefined, 'text', 7, [], [[{ a: 1 }]], { servant: null }, { servant: 'x' }, { forms: [] }, { forms: { workPlan: null } }, JSON.parse('{"__proto__": {"date": "2020-01-01"}}')];
  for (const pack of PACKS) {
    it(`${pack.id}: each reads what walking its pointer reads, in every package of the pack and in odd values`, () => {
      const pointers = packPointers(pack);
      expect(pointers.length).toBeGreaterThan(0);
      const values = [...packPackages(pack.id).map((x) => x.doc().data), ...odd];
      let found = 0;
      for (const ptr of pointers) {
        const f = evaluate(accessorSource(ptr));
        for (const v of values) {
          const want = walk(v, parsePointer(ptr));
          if (want !== undefined) found++;
          expect(f(v), ptr).toBe(want);
        }
      }
      expect(found, 'the packages hold values at the pointers').toBeGreaterThan(pointers.length);
    });
  }

  it('reads keys that need escaping in the pointer or in a string literal by their own name', () => {
    const data = { 'a/b': { 'c~d': { 'q"\\\u2028': { 'й': [0, { '': 'here' }] } } } };
    const ptr = '/a~1b/c~0d/q"\\\u2028/й/1/';
    expect(evaluate(accessorSource(ptr))(data)).toBe('here');
    expect(evaluate(accessorSource(ptr))(data)).toBe(walk(data, parsePointer(ptr)));
    expect(evaluate(accessorSource(''))(data)).toBe(data);
    // a wrong key reads nothing: the test above can fail
    expect(evaluate(accessorSource('/a~1b/c~1d'))(data)).toBeUndefined();
  });

  it('are what the packs give today (the build wrote them, byte for byte), every runner pointer of every pack', () => {
    const files = accessorFiles();
    expect(files.length).toBe(PACKS.length);
    for (const [rel, text] of files) expect(readFileSync(join(resolve('dist/src/check'), rel), 'utf8'), rel).toBe(text);
    expect(accessorFiles()).toEqual(files);
    const requireDist = createRequire(join(resolve('dist/src/check'), 'x.js'));
    for (const pack of PACKS) expect(Object.keys(requireDist(`./${accessorsFile(pack.id)}`) as object), pack.id).toEqual(packPointers(pack));
    expect(accessorsModule('p', ['/x'])).toContain('"/x": function (x)');
  });

  it("a pack the build did not see reads through the runner's closures", () => {
    const pack = PACKS[0]!;
    const copy = { ...pack };
    expect(accessorFor(copy)('/period/from')({ period: { from: '2020-01-01' } })).toBe('2020-01-01');
  });
});
