/**
 * The legal rules the calendar applies, each with a case that passes and one that breaks:
 * Law on holidays art. 5 (weekend holiday → next working day, in chains), Labour Code
 * art. 84 p. 5 (religious days off never move), art. 85 p. 3 (transfer acts).
 */
import { describe, expect, it } from 'vitest';
import { CalendarDataError, createCalendar, type CalendarData } from '../../src/law/calendar/index.js';

const cal = createCalendar();
const name = { kk: 'Мереке', ru: 'Праздник', en: 'Holiday' };

/** A made-up year far from the bundled ones, so each rule is seen on its own. */
function year2030(part: Partial<CalendarData>): CalendarData {
  return { year: 2030, week: 'five-day', status: 'confirmed', holidays: [], transfers: [], ...part };
}

describe('Law on holidays art. 5: a holiday on a weekend gives the next working day off', () => {
  it('Saturday holiday → Monday (8 March 2025)', () => {
    expect(cal.dayInfo('2025-03-10')).toMatchObject({ working: false, kind: 'substitute' });
    expect(cal.dayInfo('2025-03-10').source?.id).toBe('law-holidays-art5');
  });
  it('chain: Nauryz Sat 21 + Sun 22 with Monday 23 itself a holiday → Tuesday 24 and Wednesday 25 (2026)', () => {
    expect(['2026-03-23', '2026-03-24', '2026-03-25'].map((d) => cal.dayInfo(d).kind)).toEqual(['holiday', 'substitute', 'substitute']);
    expect(cal.isWorkingDay('2026-03-26')).toBe(true);
  });
  it('chain: Defender Day Sat 7 May 2022 skips Victory Day Monday 9 May → Tuesday 10 May', () => {
    expect(cal.dayInfo('2022-05-09').kind).toBe('holiday');
    expect(cal.dayInfo('2022-05-10').kind).toBe('substitute');
    expect(cal.dayInfo('2022-05-10').reason?.en).toContain('2022-05-07');
  });
  it('chain in 2020: Nauryz Sat–Sun–Mon → Tuesday 24 and Wednesday 25 March', () => {
    expect(cal.isWorkingDay('2020-03-24')).toBe(false);
    expect(cal.isWorkingDay('2020-03-25')).toBe(false);
    expect(cal.isWorkingDay('2020-03-26')).toBe(true);
  });
  it('on made-up data: a substitute skips a religious day off and an earlier substitute', () => {
    // 2030-03-09 Sat and 2030-03-10 Sun are holidays; Monday 11 is a religious day off.
    const c = createCalendar([
      year2030({
        holidays: [
          { date: '2030-03-09', name, kind: 'holiday', source: 'law-holidays-2026' },
          { date: '2030-03-10', name, kind: 'holiday', source: 'law-holidays-2026' },
          { date: '2030-03-11', name, kind: 'religious', source: 'labour-code-84-5' },
        ],
      }),
    ]);
    expect(['2030-03-11', '2030-03-12', '2030-03-13', '2030-03-14'].map((d) => c.isWorkingDay(d))).toEqual([false, false, false, true]);
    expect(c.dayInfo('2030-03-12').kind).toBe('substitute');
  });
  it('breaking case: the same holidays on weekdays give no substitute', () => {
    const c = createCalendar([year2030({ holidays: [{ date: '2030-03-12', name, kind: 'holiday', source: 'law-holidays-2026' }] })]);
    expect(c.isWorkingDay('2030-03-13')).toBe(true);
  });
});

describe('Labour Code art. 84 p. 5: Orthodox Christmas and Kurban Ait never move', () => {
  it('Christmas on Saturday 7 January 2023: Monday 9 January is a working day', () => {
    expect(cal.dayInfo('2023-01-07')).toMatchObject({ working: false, kind: 'religious' });
    expect(cal.isWorkingDay('2023-01-09')).toBe(true);
  });
  it('Kurban Ait on Sunday 16 June 2024: Monday 17 June is a working day', () => {
    expect(cal.dayInfo('2024-06-16').kind).toBe('religious');
    expect(cal.isWorkingDay('2024-06-17')).toBe(true);
  });
  it('breaking case: a law holiday on the same Sunday would have moved', () => {
    const c = createCalendar([year2030({ holidays: [{ date: '2030-06-16', name, kind: 'holiday', source: 'law-holidays-2026' }] })]);
    expect(c.isWorkingDay('2030-06-17')).toBe(false);
    const r = createCalendar([year2030({ holidays: [{ date: '2030-06-16', name, kind: 'religious', source: 'labour-code-84-5' }] })]);
    expect(r.isWorkingDay('2030-06-17')).toBe(true);
  });
});

describe('Labour Code art. 85 p. 3: transfer acts', () => {
  it('2024 order: Saturday 4 May works, Wednesday 8 May is off', () => {
    expect(cal.dayInfo('2024-05-04')).toMatchObject({ working: true, kind: 'transfer-working-day' });
    expect(cal.dayInfo('2024-05-08')).toMatchObject({ working: false, kind: 'transfer-day-off' });
    expect(cal.dayInfo('2024-05-08').source?.adilet).toBe('G24G0000109');
  });
  it('2020 decree moved the Victory Day substitute: Monday 11 May works, Friday 8 May is off', () => {
    expect(cal.isWorkingDay('2020-05-11')).toBe(true);
    expect(cal.isWorkingDay('2020-05-08')).toBe(false);
    const may = cal.year(2020).holidays.find((h) => h.date === '2020-05-09');
    expect(may?.substitute).toBeUndefined();
  });
  it('2022 mid-year amendment: Saturday 22 October works, Monday 24 October is off', () => {
    expect(cal.isWorkingDay('2022-10-22')).toBe(true);
    expect(cal.isWorkingDay('2022-10-24')).toBe(false);
    expect(cal.isWorkingDay('2022-10-25')).toBe(false);
  });
  it('breaking case: a transfer whose "from" is a working weekday is refused', () => {
    expect(() => createCalendar([year2030({ transfers: [{ from: '2030-01-09', to: '2030-01-10', source: 'labour-code-85-3' }] })])).toThrow(CalendarDataError);
  });
  it('breaking case: a transfer onto a holiday is refused, with the pointer to the field', () => {
    try {
      createCalendar([
        year2030({
          holidays: [{ date: '2030-01-10', name, kind: 'holiday', source: 'law-holidays-2026' }],
          transfers: [{ from: '2030-01-12', to: '2030-01-10', source: 'labour-code-85-3' }],
        }),
      ]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CalendarDataError);
      expect((e as CalendarDataError).problems).toEqual([expect.objectContaining({ input: 0, pointer: '/transfers/0/to' })]);
    }
  });
  it('breaking case: a holiday cannot be worked away by a transfer', () => {
    expect(() =>
      createCalendar([year2030({ holidays: [{ date: '2030-01-12', name, kind: 'holiday', source: 'law-holidays-2026' }], transfers: [{ from: '2030-01-12', to: '2030-01-11', source: 'labour-code-85-3' }] })]),
    ).toThrow(/cannot become a working day/);
  });
});

describe('data checks', () => {
  it('refuses an unknown source and a date outside the year', () => {
    try {
      createCalendar([year2030({ holidays: [{ date: '2031-01-01', name, kind: 'holiday', source: 'no-such-act' }] })]);
      expect.unreachable();
    } catch (e) {
      const pointers = (e as CalendarDataError).problems.map((p) => p.pointer).sort();
      expect(pointers).toEqual(['/holidays/0/date', '/holidays/0/source']);
    }
  });
  it('"replace" discards the bundled year; "extend" adds to it', () => {
    const replaced = createCalendar([{ year: 2025, mode: 'replace', week: 'five-day', status: 'confirmed', holidays: [], transfers: [] }]);
    expect(replaced.year(2025).workingDays).toBe(261);
    const extended = createCalendar([
      { year: 2025, week: 'five-day', status: 'confirmed', holidays: [{ date: '2025-11-05', name, kind: 'holiday', source: 'law-holidays-2022' }], transfers: [] },
    ]);
    expect(extended.year(2025).workingDays).toBe(245);
    expect(extended.isWorkingDay('2025-01-03')).toBe(false);
  });
});
