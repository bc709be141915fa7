/**
 * Issue 12 item 1: a rule kind takes the field that is its provision's value from the provision
 * (a deadline's count, a list's bounds, a range, a quorum's fraction), so a spec does not write it again;
 * a spec's own field wins, and a rule neither gives is refused when it is built.
 */
import { describe, expect, it } from 'vitest';
import { deadlineRule } from '../../src/rules/deadline.js';
import { countRule } from '../../src/rules/count.js';
import { valueRangeRule } from '../../src/rules/value-range.js';
import { quorumRule } from '../../src/rules/commission.js';
import { createCalendar } from '../../src/law/calendar/index.js';
import type { PackageData, RuleContext } from '../../src/rules/rule.js';

const calendar = createCalendar();
const place = { clause: 'cl. 1', quote: 'x' };
const title = { kk: '{value}', ru: '{value}', en: '{value}' };
const ctxOf = (pkg: Record<string, unknown>): RuleContext => ({
  pkg: pkg as unknown as PackageData,
  today: '2026-02-27',
  calendar,
  get: (ptr) => ptr.split('/').slice(1).reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), pkg),
  events: () => [],
});

describe('a kind\'s field from its provision', () => {
  it('a deadline counts the provision\'s days, or its own where the spec gives them', () => {
    const pkg = { a: '2026-02-02', b: '2026-02-06' }; // Mon → Fri: 4 working days later
    const spec = { id: 'x/d', title, from: { field: '/a' }, to: { field: '/b' }, unit: 'working-days' as const };
    expect(deadlineRule({ ...spec, provision: { ...place, value: 5 } }).check(ctxOf(pkg))).toEqual([]);
    const late = deadlineRule({ ...spec, provision: { ...place, value: 3 } }).check(ctxOf(pkg));
    expect(late).toHaveLength(1);
    expect(late[0]!.facts?.['count']).toBe(3);
    expect(deadlineRule({ ...spec, provision: { ...place, value: 3 }, count: 5 }).check(ctxOf(pkg))).toEqual([]);
    expect(() => deadlineRule({ ...spec, provision: place })).toThrow(/x\/d: no count/);
  });
  it('a count is exactly a number, or within a record\'s min and max', () => {
    const four = { list: [1, 2, 3, 4] };
    expect(countRule({ id: 'x/c', title, path: '/list', provision: { ...place, value: 4 } }).check(ctxOf(four))).toEqual([]);
    expect(countRule({ id: 'x/c', title, path: '/list', provision: { ...place, value: 5 } }).check(ctxOf(four))[0]?.facts).toEqual({ expected: '= 5', found: 4 });
    expect(countRule({ id: 'x/c', title, path: '/list', provision: { ...place, value: { min: 5, max: 9 } } }).check(ctxOf(four))[0]?.facts).toEqual({ expected: '≥ 5, ≤ 9', found: 4 });
    expect(() => countRule({ id: 'x/c', title, path: '/list', provision: { ...place, value: 'five' } })).toThrow(/no bound/);
  });
  it('a range and a fraction', () => {
    const items = { items: [{ g: 6 }] };
    expect(valueRangeRule({ id: 'x/r', title, items: '/items', field: 'g', provision: { ...place, value: { min: 0, max: 5 } } }).check(ctxOf(items))).toHaveLength(1);
    expect(valueRangeRule({ id: 'x/r', title, items: '/items', field: 'g', provision: { ...place, value: { min: 0, max: 6 } } }).check(ctxOf(items))).toEqual([]);
    expect(() => quorumRule({ id: 'x/q', title, provision: { ...place, value: [2] } })).toThrow(/no fraction/);
    expect(() => quorumRule({ id: 'x/q', title, provision: { ...place, value: [2, 3] } })).not.toThrow();
  });
});
