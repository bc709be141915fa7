/** Counting, calendar arithmetic, the deadline helper and out-of-range behaviour. */
import { describe, expect, it } from 'vitest';
import { addMonths, addYears, CalendarDateError, createCalendar, deadline } from '../../src/law/calendar/index.js';

const cal = createCalendar();

describe('addWorkingDays', () => {
  it('5 working days after 19 March 2025 skip Nauryz and its two substitutes', () => {
    const r = cal.addWorkingDays('2025-03-19', 5);
    expect(r.date).toBe('2025-03-31');
    expect(r.skipped.map((s) => s.date)).toEqual(['2025-03-21', '2025-03-24', '2025-03-25']);
    expect(r.skipped.map((s) => s.kind)).toEqual(['holiday', 'substitute', 'substitute']);
    expect(r.weekendsSkipped).toBe(4);
    expect(r.assumedNoHolidays).toBeUndefined();
  });
  it('counts a working Saturday of a transfer act and says so', () => {
    const r = cal.addWorkingDays('2024-05-03', 1);
    expect(r.date).toBe('2024-05-04');
    expect(r.workingWeekends.map((w) => w.date)).toEqual(['2024-05-04']);
  });
  it('n < 0 counts backwards; n = 0 is the date itself', () => {
    expect(cal.addWorkingDays('2025-03-31', -5).date).toBe('2025-03-19');
    expect(cal.addWorkingDays('2025-03-22', 0).date).toBe('2025-03-22');
  });
  it('refuses a fractional count and a non-date', () => {
    expect(() => cal.addWorkingDays('2025-03-19', 1.5)).toThrow(CalendarDateError);
    expect(() => cal.addWorkingDays('2025-02-29', 1)).toThrow(CalendarDateError);
    expect(() => cal.addWorkingDays('19.03.2025', 1)).toThrow(CalendarDateError);
    expect(() => cal.addWorkingDays('0025-03-19', 1)).toThrow(/year out of range/);
    expect(() => cal.addWorkingDays('2025-03-19', 1e9)).toThrow(/beyond any act/);
    expect(cal.addWorkingDays('2025-03-19', 100_000).date > '2400-01-01').toBe(true);
  });
});

describe('workingDaysBetween', () => {
  it('counts d with a < d ≤ b, negative when reversed, zero for the same day', () => {
    expect(cal.workingDaysBetween('2025-03-19', '2025-03-31').days).toBe(5);
    expect(cal.workingDaysBetween('2025-03-31', '2025-03-19').days).toBe(-5);
    expect(cal.workingDaysBetween('2025-03-19', '2025-03-19').days).toBe(0);
  });
  it('a whole year from 31 December to 31 December equals the year total', () => {
    expect(cal.workingDaysBetween('2023-12-31', '2024-12-31').days).toBe(cal.year(2024).workingDays);
  });
  it('is the inverse of addWorkingDays across years and holidays', () => {
    for (const from of ['2018-12-28', '2020-05-06', '2022-10-20', '2024-06-14', '2026-03-20']) {
      for (const n of [1, 2, 7, 10, 30, 250]) {
        const to = cal.addWorkingDays(from, n).date;
        expect(cal.workingDaysBetween(from, to).days, `${from} + ${n}`).toBe(n);
        expect(cal.isWorkingDay(to)).toBe(true);
      }
    }
  });
});

describe('calendar periods', () => {
  it('addMonths clamps to the end of a shorter month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
    expect(addMonths('2025-05-31', 1)).toBe('2025-06-30');
  });
  it('addYears clamps 29 February', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });
  it('addCalendarDays crosses months and years', () => {
    expect(cal.addCalendarDays('2025-12-25', 10)).toBe('2026-01-04');
    expect(cal.addCalendarDays('2025-03-01', -1)).toBe('2025-02-28');
  });
  it('does not depend on the machine time zone', () => {
    const before = process.env['TZ'];
    try {
      for (const tz of ['Asia/Almaty', 'America/Santiago', 'Pacific/Kiritimati', 'UTC']) {
        process.env['TZ'] = tz;
        expect(cal.addWorkingDays('2025-03-19', 5).date).toBe('2025-03-31');
        expect(addMonths('2025-10-31', 1)).toBe('2025-11-30');
        expect(cal.dayInfo('2025-03-30').isoWeekday).toBe(7);
      }
    } finally {
      if (before === undefined) delete process.env['TZ'];
      else process.env['TZ'] = before;
    }
  });
});

describe('deadline', () => {
  it('10 working days to set KPIs from 20 December 2024 run over New Year and the transfer', () => {
    const d = deadline(cal, { from: '2024-12-20', count: 10, unit: 'working-days' });
    // 23–27, 30, 31 Dec (7); 1–2 Jan holidays, 3 Jan transferred day off; Sunday 5 Jan works
    // by the same order (8); 6 Jan (9); 7 Jan Christmas; 8 Jan (10).
    expect(d.deadline).toBe('2025-01-08');
    expect(d.skipped.map((s) => s.date)).toEqual(['2025-01-01', '2025-01-02', '2025-01-03', '2025-01-07']);
    expect(d.workingWeekends.map((w) => w.date)).toEqual(['2025-01-05']);
    expect(d.explanation.en).toContain('10 working days after 2024-12-20');
    expect(d.explanation.ru).toContain('10 рабочих дней');
    expect(d.explanation.kk).toContain('10 жұмыс күні');
    expect(d.outsideData).toBeUndefined();
    // Plain JSON for a finding's facts.
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });
  it('7 working days of notice before an event count backwards', () => {
    const d = deadline(cal, { from: '2025-05-12', count: 7, unit: 'working-days', direction: 'before' });
    expect(d.deadline).toBe('2025-04-28');
    expect(d.skipped.map((s) => s.date)).toEqual(['2025-05-01', '2025-05-07', '2025-05-09']);
  });
  it('calendar units report a term ending on a day off instead of moving it', () => {
    const d = deadline(cal, { from: '2025-02-21', count: 1, unit: 'months' });
    expect(d.deadline).toBe('2025-03-21');
    expect(d.deadlineDay).toMatchObject({ working: false, kind: 'holiday' });
    expect(d.explanation.en).toContain('not a working day');
    expect(deadline(cal, { from: '2025-03-10', count: 10, unit: 'calendar-days' }).deadline).toBe('2025-03-20');
    expect(deadline(cal, { from: '2024-02-29', count: 1, unit: 'years' }).deadline).toBe('2025-02-28');
  });
  it('outside the data: weekends only, flagged and explained, never silent', () => {
    const d = deadline(cal, { from: '2027-12-24', count: 10, unit: 'working-days' });
    expect(d.outsideData).toEqual({ years: [2028] });
    expect(d.assumedNoHolidays).toBe(true);
    expect(d.explanation.en).toContain('No data for 2028');
    expect(d.deadline).toBe('2028-01-07');
    const inside = deadline(cal, { from: '2027-11-01', count: 10, unit: 'working-days' });
    expect(inside.outsideData).toBeUndefined();
  });
  it('dayInfo and year outside the data say so', () => {
    expect(cal.dayInfo('2030-01-01')).toMatchObject({ working: true, kind: 'workday', outsideData: true });
    const y = cal.year(2030);
    expect(y.status).toBe('no-data');
    expect(y.outsideData).toEqual({ years: [2030] });
    expect(y.workingDays).toBe(261);
  });
  it('refuses a negative or fractional term', () => {
    expect(() => deadline(cal, { from: '2025-01-01', count: -1, unit: 'working-days' })).toThrow(CalendarDateError);
    expect(() => deadline(cal, { from: '2025-01-01', count: 0.5, unit: 'months' })).toThrow(CalendarDateError);
  });
});
