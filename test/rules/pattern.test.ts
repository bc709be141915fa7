/** A compiled Pattern tells each match with its own pointer, walk after walk, whatever broke off before it. */
import { describe, expect, it } from 'vitest';
import { expand, Pattern } from '../../src/rules/count-each.js';

describe('Pattern', () => {
  it('names each match, after siblings that stopped early at a fixed token or a missing key', () => {
    const data = { a: [{ b: 1 }, { b: { c: 5 } }, { x: 1 }, { b: { c: 6 } }], k: { 'p/q': { b: { c: 7 } }, 'r~s': { b: 2 } } };
    expect(expand(data, '/a/*/b/c')).toEqual([
      ['/a/1/b/c', 5],
      ['/a/3/b/c', 6],
    ]);
    expect(expand(data, '/k/*/b/c')).toEqual([['/k/p~1q/b/c', 7]]);
    expect(expand(data, '/a/*/b')).toEqual([
      ['/a/0/b', 1],
      ['/a/1/b', { c: 5 }],
      ['/a/3/b', { c: 6 }],
    ]);
  });

  it('one pattern walks package after package: no key of one is left in the next', () => {
    const p = new Pattern('/rows/*/cells/*');
    const seen: string[] = [];
    const visitor = { visit: (_v: unknown, at: Pattern) => seen.push(at.path()) };
    p.each({ rows: [{ cells: [1, 2] }, { cells: { x: 3 } }] }, visitor);
    p.each({ rows: [{ nope: 1 }, { cells: [4] }] }, visitor);
    p.each({ rows: { only: { cells: [5] } } }, visitor);
    expect(seen).toEqual(['/rows/0/cells/0', '/rows/0/cells/1', '/rows/1/cells/x', '/rows/1/cells/0', '/rows/only/cells/0']);
  });
});
