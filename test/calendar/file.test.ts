/** A user's calendar file: accepted when right, refused with file, line:column and pointer when not. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CalendarFileError,
  calendarFromFiles,
  formatCalendarProblem,
  loadCalendarFile,
  parseCalendarText,
} from '../../src/package/calendar-file.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

function problemsOf(fn: () => unknown): CalendarFileError['problems'] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(CalendarFileError);
    return (e as CalendarFileError).problems;
  }
  throw new Error('expected a CalendarFileError');
}

describe('loadCalendarFile', () => {
  it('loads next year’s act and extends the calendar with it', () => {
    const data = loadCalendarFile(fixture('2028-transfer.json'));
    expect(data.year).toBe(2028);
    const cal = calendarFromFiles([fixture('2028-transfer.json')]);
    expect(cal.hasYear(2028)).toBe(true);
    // 1–2 January on Sat–Sun → 3–4 January; 7 January Christmas; 8 January (Sat) works for 6 January.
    expect(['2028-01-03', '2028-01-04', '2028-01-05', '2028-01-06', '2028-01-07', '2028-01-08'].map((d) => cal.isWorkingDay(d))).toEqual([
      false, false, true, false, false, true,
    ]);
    expect(cal.dayInfo('2028-01-06').source?.id).toBe('test-order-2028');
    expect(cal.year(2027).workingDays).toBe(247);
  });

  it('syntax error: file and line:column', () => {
    const [p, ...rest] = problemsOf(() => loadCalendarFile(fixture('bad-syntax.json')));
    expect(rest.length).toBeGreaterThanOrEqual(0);
    expect(p?.file).toContain('bad-syntax.json');
    expect(p?.place?.line).toBe(5);
    expect(formatCalendarProblem(p!, 'en')).toMatch(/bad-syntax\.json:5:\d+: syntax error/);
  });

  it('schema errors: each with its pointer, place and a plain message, one per problem', () => {
    const problems = problemsOf(() => loadCalendarFile(fixture('bad-schema.json')));
    const byPointer = Object.fromEntries(problems.map((p) => [p.pointer, p]));
    expect(Object.keys(byPointer).sort()).toEqual(['/colour', '/holidays/0/date', '/holidays/0/kind']);
    expect(byPointer['/colour']?.place).toEqual({ line: 9, column: 3 });
    expect(byPointer['/colour']?.message.en).toBe('unknown field "colour"');
    expect(byPointer['/holidays/0/date']?.message.en).toContain('not a real date');
    expect(byPointer['/holidays/0/kind']?.message.en).toBe('value not allowed; expected one of: holiday, religious');
    expect(byPointer['/holidays/0/kind']?.message.ru).toContain('недопустимое значение');
  });

  it('consistency errors: a transfer that would work away a holiday, with its place', () => {
    const [p, ...rest] = problemsOf(() => loadCalendarFile(fixture('bad-transfer.json')));
    expect(rest).toEqual([]);
    expect(p?.pointer).toBe('/transfers/0/from');
    expect(p?.place?.line).toBe(7);
    expect(p?.message.en).toContain('2027-03-15 cannot become a working day');
  });

  it('a missing file or a non-UTF-8 file is a clear problem, not a crash', () => {
    expect(problemsOf(() => loadCalendarFile(fixture('no-such.json')))[0]?.message.en).toContain('cannot read the file: no such file or folder (ENOENT)');
  });

  it('YAML is read too, and a wrong source id names the field', () => {
    const yaml = 'year: 2029\nweek: five-day\nstatus: provisional\nholidays: []\ntransfers:\n  - { from: "2029-01-06", to: "2029-01-05", source: nowhere }\n';
    const [p] = problemsOf(() => parseCalendarText(yaml, 'next.yaml'));
    expect(p).toMatchObject({ file: 'next.yaml', pointer: '/transfers/0/source', place: { line: 6 } });
  });
});
