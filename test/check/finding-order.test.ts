/**
 * A file's findings come most severe first, then by line, and in the order they were raised where both
 * are equal (./run.ts sortFindings: an insertion sort for a few findings, the built-in sort past 16).
 * The expected order is computed here from the full key (severity, line, order raised), not by sorting.
 */
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../src/acts/pack.js';
import { checkDocument } from '../../src/check/run.js';
import { createCalendar } from '../../src/law/calendar/index.js';
import { SEVERITY_RANK, type Severity } from '../../src/law/finding.js';
import type { Rule } from '../../src/rules/rule.js';
import { testPack, validPackage } from './test-pack.js';

const calendar = createCalendar();
const SEVERITIES: readonly Severity[] = ['info', 'warning', 'error'];

/** n findings of pseudo-random severity and line (some lines unknown), raised by one rule in this order. */
function findingsOf(n: number, seed: number): Array<{ severity: Severity; line: number | undefined; path: string }> {
  let x = seed;
  const next = (m: number) => ((x = (x * 1103515245 + 12345) % 2147483648), x % m);
  return Array.from({ length: n }, (_, i) => {
    const line = next(5);
    return { severity: SEVERITIES[next(3)]!, line: line === 0 ? undefined : line, path: `/x/${i}` };
  });
}

function check(raised: ReturnType<typeof findingsOf>) {
  const rule: Rule = {
    id: 'test-pack/many',
    severity: 'error',
    clause: 'cl. 1',
    quote: 'q',
    title: { kk: 't', ru: 't', en: 't' },
    check: () => raised.map((r) => ({ path: r.path, severity: r.severity, message: { kk: r.path, ru: r.path, en: r.path } })),
  };
  const pack: Pack = { ...testPack, rules: [rule] };
  const lines = new Map(raised.map((r) => [r.path, r.line]));
  const placeOf = (p: string) => {
    const line = lines.get(p);
    return line === undefined ? undefined : { line, column: 1 };
  };
  const opts = { today: '2026-11-22', calendar, packs: { byId: () => pack, ids: [pack.id] } };
  return checkDocument({ file: 'p.yaml', data: validPackage(), findings: [], placeOf }, opts).findings.map((f) => f.path);
}

/** Index i before j when more severe, or as severe and on an earlier line (no line: line 0), or both equal and raised first. */
function expected(raised: ReturnType<typeof findingsOf>): string[] {
  const before = (i: number, j: number) => {
    const a = raised[i]!;
    const b = raised[j]!;
    const ra = SEVERITY_RANK[a.severity];
    const rb = SEVERITY_RANK[b.severity];
    if (ra !== rb) return ra > rb;
    if ((a.line ?? 0) !== (b.line ?? 0)) return (a.line ?? 0) < (b.line ?? 0);
    return i < j;
  };
  // each finding's place is the number of findings that come before it
  const out: string[] = new Array(raised.length);
  for (let i = 0; i < raised.length; i++) {
    let place = 0;
    for (let j = 0; j < raised.length; j++) if (j !== i && before(j, i)) place++;
    out[place] = raised[i]!.path;
  }
  return out;
}

describe('the order of a file’s findings', () => {
  for (const n of [2, 3, 5, 16, 17, 40]) {
    it(`${n} findings: severity, then line, then as raised`, () => {
      for (let seed = 1; seed <= 20; seed++) {
        const raised = findingsOf(n, seed);
        expect(check(raised), `seed ${seed}`).toEqual(expected(raised));
      }
    });
  }
  it('a reversed list is turned round (the order is not just kept)', () => {
    const raised = SEVERITIES.map((severity, i) => ({ severity, line: 3 - i, path: `/x/${i}` }));
    expect(check(raised)).toEqual(['/x/2', '/x/1', '/x/0']);
  });
});
