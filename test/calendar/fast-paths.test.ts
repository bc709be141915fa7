/** The checker's cheap calendar paths agree with the explained ones, day for day. */
import { describe, expect, it } from 'vitest';
import { addCalendarDays, addMonths, addMonthsDay, createCalendar, deadline, termEnd, toDayNumber, workingDaysIn, type Calendar } from '../../src/law/calendar/index.js';

const cal = createCalendar();
// a fixed pseudo-random walk over 2017–2028 (inside and outside the data years)
let seed = 42;
const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
const day = () => addCalendarDays('2017-06-01', rnd(11 * 366));

describe('fast paths', () => {
  it('countWorkingDays equals workingDaysBetween(...).days', () => {
    for (let i = 0; i < 400; i++) {
      const a = day();
      const b = i % 5 === 0 ? a : addCalendarDays(a, rnd(200) - 100);
      expect(cal.countWorkingDays(a, b), `${a} → ${b}`).toBe(cal.workingDaysBetween(a, b).days);
    }
  });

  it('shiftWorkingDays and termEnd equal the explained deadline', () => {
    for (let i = 0; i < 300; i++) {
      const from = day();
      const count = rnd(25);
      for (const unit of ['working-days', 'calendar-days', 'months'] as const)
        for (const direction of ['after', 'before'] as const)
          expect(termEnd(cal, from, count, unit, direction), `${from} ${count} ${unit} ${direction}`).toBe(deadline(cal, { from, count, unit, direction }).deadline);
    }
  });

  it('shiftWorkingDays read off the day tables equals the explained count, also for terms that leave the data years', () => {
    for (let i = 0; i < 200; i++) {
      const from = day();
      const n = rnd(1601) - 800;
      expect(cal.shiftWorkingDays(from, n), `${from} ${n}`).toBe(cal.addWorkingDays(from, n).date);
    }
    // from a day off (the n-th working day before a holiday), and from the data's first and last days
    for (const [from, n] of [['2025-03-22', -1], ['2025-03-22', 1], ['2025-03-21', 0], ['2018-01-01', -1], ['2018-01-02', -1], ['2027-12-31', 1], ['2027-12-30', 1]] as const)
      expect(cal.shiftWorkingDays(from, n), `${from} ${n}`).toBe(cal.addWorkingDays(from, n).date);
  });

  it('workingDaysIn (day numbers, both ends counted) equals countWorkingDays from the day before, for the bundled calendar and any other', () => {
    // Another Calendar (a caller's own object) is asked through its public methods.
    let asked = 0;
    const other = { countWorkingDays: (a: string, b: string) => (asked++, cal.countWorkingDays(a, b)) } as unknown as Calendar;
    for (let i = 0; i < 300; i++) {
      const a = day();
      const b = addCalendarDays(a, rnd(400) - 20);
      const want = b < a ? 0 : cal.countWorkingDays(addCalendarDays(a, -1), b);
      expect(workingDaysIn(cal, toDayNumber(a), toDayNumber(b)), `${a} … ${b}`).toBe(want);
      expect(workingDaysIn(other, toDayNumber(a), toDayNumber(b)), `${a} … ${b}`).toBe(want);
    }
    expect(asked).toBeGreaterThan(200);
    // the Nauryz substitutes of 2025 are not worked: 19–31 March holds 6 working days, both ends counted
    expect(workingDaysIn(cal, toDayNumber('2025-03-19'), toDayNumber('2025-03-31'))).toBe(6);
  });

  it('addMonthsDay is the day number of addMonths, clamping and refusing alike', () => {
    for (let i = 0; i < 400; i++) {
      const from = i % 7 === 0 ? addCalendarDays('2024-01-31', 31 * rnd(40)) : day();
      const n = rnd(61) - 30;
      expect(addMonthsDay(from, n), `${from} ${n}`).toBe(toDayNumber(addMonths(from, n)));
    }
    expect(addMonthsDay('2024-01-31', 1)).toBe(toDayNumber('2024-02-29'));
    for (const bad of ['2025-02-30', '25-01-01', '2025-13-01']) {
      expect(() => addMonthsDay(bad, 1)).toThrow(/date/);
      expect(() => addMonthsDay(bad, 1)).toThrow((() => { try { addMonths(bad, 1); } catch (e) { return (e as Error).message; } return 'no error'; })());
    }
    expect(() => addMonthsDay('2025-01-01', 1.5)).toThrow(/whole number/);
  });

  it('a count across the Nauryz substitutes of 2025 skips them', () => {
    expect(cal.countWorkingDays('2025-03-19', '2025-03-31')).toBe(5);
  });
});

describe('day numbers', () => {
  it('agree with Date.UTC for every day of 1900–2100', async () => {
    const { toDayNumber, fromDayNumber, yearOf, daysInMonth } = await import('../../src/law/calendar/iso-date.js');
    for (let n = Date.UTC(1900, 0, 1) / 864e5; n <= Date.UTC(2100, 11, 31) / 864e5; n++) {
      const iso = new Date(n * 864e5).toISOString().slice(0, 10);
      if (fromDayNumber(n) !== iso || toDayNumber(iso) !== n || yearOf(n) !== Number(iso.slice(0, 4))) throw new Error(`day ${n} (${iso})`);
    }
    expect([daysInMonth(2024, 2), daysInMonth(2100, 2), daysInMonth(2000, 2), daysInMonth(2025, 4)]).toEqual([29, 28, 29, 30]);
  });
});

describe('compareIso', () => {
  it('orders dates as localeCompare does, also across a year of five digits, and tells them apart', async () => {
    const { compareIso, fromDayNumber } = await import('../../src/law/calendar/iso-date.js');
    const dates = ['2025-01-01', '2025-01-01', '9999-12-31', '10000-01-01', '0999-01-01', ...Array.from({ length: 300 }, () => fromDayNumber(rnd(3_000_000) - 400_000))];
    for (let i = 0; i < dates.length; i++)
      for (let j = i; j < dates.length; j += 7) expect(Math.sign(compareIso(dates[i]!, dates[j]!)), `${dates[i]} ${dates[j]}`).toBe(Math.sign(dates[i]!.localeCompare(dates[j]!)));
    // a comparison that called every pair equal would sort nothing
    expect(compareIso('2025-03-21', '2025-03-22')).toBeLessThan(0);
    expect(compareIso('2025-03-22', '2025-03-21')).toBeGreaterThan(0);
  });
});
