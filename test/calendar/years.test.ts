/**
 * Every bundled year against two independent references:
 *  - the production calendar / balance published for the year (`published` in the data),
 *    where every difference must be one the data records and explains;
 *  - python-holidays (vacanza/holidays), day by day.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/law/calendar/index.js';
import { BUNDLED_YEARS } from '../../src/law/calendar/data/index.js';

const oracle = JSON.parse(readFileSync(new URL('./fixtures/oracle-python-holidays.json', import.meta.url), 'utf8')) as {
  years: Record<string, { weekdaysOff: string[]; workingWeekends: string[]; workingDays: number }>;
};
const cal = createCalendar();

describe('bundled years', () => {
  it('cover 2018–2027 without gaps', () => {
    expect(cal.years).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
  });

  for (const data of BUNDLED_YEARS) {
    const y = data.year;
    describe(String(y), () => {
      const summary = cal.year(y);

      it('matches python-holidays day by day (weekdays off, working weekends, total)', () => {
        const o = oracle.years[String(y)]!;
        expect(summary.daysOff.map((d) => d.date)).toEqual(o.weekdaysOff);
        expect(summary.workingWeekends.map((d) => d.date)).toEqual(o.workingWeekends);
        expect(summary.workingDays).toBe(o.workingDays);
      });

      it('every day off and working weekend day carries a source', () => {
        for (const d of [...summary.daysOff, ...summary.workingWeekends]) {
          expect(d.source.id, d.date).toMatch(/\S/);
          expect(d.source.title.kk.length + d.source.title.ru.length + d.source.title.en.length).toBeGreaterThan(0);
          expect(d.reason.kk && d.reason.ru && d.reason.en, d.date).toBeTruthy();
        }
      });

      it('months add up to the year', () => {
        expect(summary.months.reduce((s, m) => s + m.workingDays, 0)).toBe(summary.workingDays);
        expect(summary.months.reduce((s, m) => s + m.calendarDays, 0)).toBe(y % 4 === 0 ? 366 : 365);
        expect(summary.workingDays + summary.restDays).toBe(y % 4 === 0 ? 366 : 365);
      });

      const published = data.published;
      if (published) {
        it(`agrees with the published calendar (${published.workingDays}) once the recorded later decisions are applied`, () => {
          let expected = published.workingDays;
          for (const d of published.differences) {
            // The data must really say what the difference claims…
            expect(cal.isWorkingDay(d.date), `${d.date} should now be ${d.now}`).toBe(d.now === 'working');
            expect(d.published).not.toBe(d.now);
            expected += d.now === 'working' ? 1 : -1;
          }
          // …and those differences, with a stated counting discrepancy of the publication if any, must be all there is.
          if (published.discrepancy) {
            expect(published.discrepancy.days).not.toBe(0);
            expect(published.discrepancy.why.en.length).toBeGreaterThan(20);
            expected += published.discrepancy.days;
          }
          expect(summary.workingDays).toBe(expected);
          if (published.restDays !== undefined) expect(summary.restDays).toBe(published.restDays - (expected - published.workingDays));
        });
        if (published.months) {
          it('agrees with the published monthly figures, month by month', () => {
            published.months!.forEach((p, i) => {
              const delta = published.differences
                .filter((d) => Number(d.date.slice(5, 7)) === i + 1)
                .reduce((s, d) => s + (d.now === 'working' ? 1 : -1), 0);
              expect(summary.months[i]!.workingDays, `month ${i + 1}`).toBe(p + delta);
            });
          });
        }
      }
    });
  }

  it('says which years have no published figure, so the gap is visible', () => {
    const without = BUNDLED_YEARS.filter((d) => !d.published).map((d) => d.year);
    expect(without).toEqual([2027]);
  });

  it('2027 is provisional and its Kurban Ait is flagged as an estimate', () => {
    const y = cal.year(2027);
    expect(y.status).toBe('provisional');
    const kurban = y.holidays.find((h) => h.source.id === 'kurban-2027');
    expect(kurban?.estimated).toBe(true);
    expect(cal.dayInfo('2027-05-16').estimated).toBe(true);
  });
});

describe('published figures (as read from the sources)', () => {
  it('only 2021 and 2023 carry an unexplained-by-day discrepancy, of one day each', () => {
    expect(BUNDLED_YEARS.filter((d) => d.published?.discrepancy).map((d) => [d.year, d.published!.discrepancy!.days])).toEqual([
      [2021, 1],
      [2023, 1],
    ]);
  });
  it('2024: 248 published, 249 after ДУМК moved Kurban Ait to Sunday 16 June', () => {
    expect(cal.year(2024).workingDays).toBe(249);
    expect(cal.isWorkingDay('2024-06-17')).toBe(true);
    expect(cal.dayInfo('2024-06-17').publishedDiffers?.published).toBe('off');
  });
  it('2025: 246 working days, as published', () => {
    expect(cal.year(2025).workingDays).toBe(246);
  });
  it('2026: 246 published in December 2025, 247 once 30 August stopped being a holiday', () => {
    expect(cal.year(2026).workingDays).toBe(247);
    expect(cal.isWorkingDay('2026-08-31')).toBe(true);
    expect(cal.isWorkingDay('2026-08-28')).toBe(true);
  });
});
