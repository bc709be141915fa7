/** period-shape: a period is one whole quarter (year) exactly when it ends on the day wholePeriodFrom gives. */
import { describe, expect, it } from 'vitest';
import { periodShapeRule, wholePeriodFrom } from '../../src/rules/period-shape.js';
import type { RuleContext } from '../../src/rules/rule.js';

const rule = (unit: 'quarter' | 'year') =>
  periodShapeRule({ id: 'test/period', clause: 'cl. 1', quote: 'тоқсан', title: { kk: 'к', ru: 'п', en: 'p' }, unit });
const ctxOf = (from: string, to: string) => ({ pkg: { period: { from, to } } }) as unknown as RuleContext;

describe('period-shape', () => {
  it('is silent exactly for the whole quarter or year, whatever the period is written as', () => {
    const froms = ['2025-01-01', '2025-04-01', '2025-05-01', '2024-10-01', '2024-02-01', '2025-01-02', '0999-01-01', '2025-13-01', '25-01-01', '2025-1-01'];
    let silent = 0;
    for (const unit of ['quarter', 'year'] as const) {
      const r = rule(unit);
      for (const from of froms) {
        let end: string | undefined;
        try {
          end = wholePeriodFrom(from, unit)?.to;
        } catch (e) {
          // a year the calendar refuses is refused alike
          expect(() => r.check(ctxOf(from, '2025-12-31')), from).toThrow((e as Error).message);
          continue;
        }
        const tos = ['2025-03-31', '2025-06-30', '2025-12-31', '2024-12-31', '2025-03-30', '2025-3-31', '2025-03-3a', '2025-03-31 ', ''];
        if (end) tos.push(end, `${end.slice(0, 8)}01`, `${end.slice(0, 5)}00${end.slice(7)}`);
        for (const to of tos) {
          const reports = r.check(ctxOf(from, to));
          expect(reports.length === 0, `${unit} ${from} … ${to}`).toBe(end !== undefined && end === to);
          if (reports.length === 0) silent++;
        }
      }
    }
    // the breaking cases above outnumber the silent ones; both are there
    expect(silent).toBeGreaterThan(4);
  });
});
