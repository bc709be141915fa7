/** dateLimit's month arithmetic (numbers, one string) against Date.UTC, for every kind of anchor, offset and day. */
import { describe, expect, it } from 'vitest';
import { dateLimit, limitOf } from '../../src/rules/date-limit.js';
import { wholePeriodFrom } from '../../src/rules/period-shape.js';

/** The reference: the `day` (or the last day) of the month `months` after the anchor's, clamped to that month, by Date.UTC. */
function reference(anchor: string, months: number, day: number | 'last'): string {
  const y = Number(anchor.slice(0, 4));
  const m = Number(anchor.slice(5, 7)) - 1 + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const d = day === 'last' ? last : Math.min(day, last);
  return new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10);
}

describe('dateLimit', () => {
  it('equals the calendar month arithmetic for anchors 2016–2030, offsets −14…26 and every day', () => {
    let n = 0;
    for (let y = 2016; y <= 2030; y++)
      for (let mo = 1; mo <= 12; mo++)
        for (const months of [-14, -1, 0, 1, 2, 3, 11, 12, 13, 26])
          for (const day of [1, 9, 10, 20, 28, 29, 30, 31, 'last'] as const) {
            const anchor = `${y}-${String(mo).padStart(2, '0')}-${mo === 2 ? '28' : '30'}`;
            for (const which of ['period-start', 'period-end'] as const) {
              const period = which === 'period-start' ? { from: anchor, to: '2099-12-31' } : { from: '1999-01-01', to: anchor };
              expect(dateLimit({ anchor: which, months, day }, period), `${anchor} ${which} +${months} ${day}`).toBe(reference(anchor, months, day));
              n++;
            }
          }
    expect(n).toBe(15 * 12 * 10 * 9 * 2);
  });

  it('a leap February clamps to the 29th, a common one to the 28th', () => {
    expect(dateLimit({ anchor: 'period-end', months: 1, day: 30 }, { from: '2024-01-01', to: '2024-01-31' })).toBe('2024-02-29');
    expect(dateLimit({ anchor: 'period-end', months: 1, day: 30 }, { from: '2025-01-01', to: '2025-01-31' })).toBe('2025-02-28');
    expect(dateLimit({ anchor: 'period-end', months: 1, day: 'last' }, { from: '2100-01-01', to: '2100-01-31' })).toBe('2100-02-28');
  });

  it('an anchor that is not a date is refused as the calendar refuses it', () => {
    expect(() => dateLimit({ anchor: 'period-start', months: 1, day: 20 }, { from: '2025-13-01', to: '2025-12-31' })).toThrow(/no such date/);
    expect(() => dateLimit({ anchor: 'period-start', months: 1, day: 20 }, { from: '25-01-01', to: '2025-12-31' })).toThrow(/not a date/);
    expect(() => dateLimit({ anchor: 'period-start', months: 1, day: 20 }, { from: '0999-01-01', to: '2025-12-31' })).toThrow(/year out of range/);
  });
});

describe('wholePeriodFrom', () => {
  it('is the whole quarter or year from a first of its first month, by Date.UTC, and nothing from any other day', () => {
    for (let y = 2016; y <= 2030; y++)
      for (let m = 1; m <= 12; m++)
        for (const d of ['01', '02', '15']) {
          const from = `${y}-${String(m).padStart(2, '0')}-${d}`;
          const end = (months: number) => new Date(Date.UTC(y, m - 1 + months, 0)).toISOString().slice(0, 10);
          expect(wholePeriodFrom(from, 'quarter'), from).toEqual(d === '01' && (m - 1) % 3 === 0 ? { from, to: end(3) } : undefined);
          expect(wholePeriodFrom(from, 'year'), from).toEqual(d === '01' && m === 1 ? { from, to: end(12) } : undefined);
        }
  });

  it('a month 13 is refused as the calendar refuses it; text that is not a date starts nothing', () => {
    expect(() => wholePeriodFrom('2025-13-01', 'quarter')).toThrow(/no such date/);
    expect(wholePeriodFrom('2025-1-01', 'quarter')).toBeUndefined();
    expect(wholePeriodFrom('2025-01-01x', 'year')).toBeUndefined();
  });
});

describe('limitOf', () => {
  it('gives dateLimit for every period, the anchor repeated or changed, and remembers no refusal', () => {
    const spec = { anchor: 'period-end', months: 1, day: 20 } as const;
    const limit = limitOf(spec);
    const ends = ['2025-03-31', '2025-03-31', '2025-06-30', '2025-03-31', '2024-12-31', '2024-12-31'];
    for (const to of ends) expect(limit({ from: '2024-01-01', to }), to).toBe(dateLimit(spec, { from: '2024-01-01', to }));
    expect(ends.map((to) => limit({ from: '2024-01-01', to }))).toEqual(['2025-04-20', '2025-04-20', '2025-07-20', '2025-04-20', '2025-01-20', '2025-01-20']);
    expect(() => limit({ from: '2024-01-01', to: '2025-13-31' })).toThrow(/no such date/);
    expect(() => limit({ from: '2024-01-01', to: '2025-13-31' })).toThrow(/no such date/);
    expect(limit({ from: '2024-01-01', to: '2024-12-31' })).toBe('2025-01-20');
  });
});
