/**
 * ISO calendar dates (`YYYY-MM-DD`) as whole day numbers since 1970-01-01, in UTC.
 * No `Date` object ever holds a local time here, so no time zone or DST can shift a day.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** A date the calendar cannot read. */
export class CalendarDateError extends RangeError {
  override name = 'CalendarDateError';
}

/** Days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Parse a real calendar date; throws CalendarDateError for `2025-02-30`, `2025-1-5`, etc. */
export function parseIso(date: string): { y: number; m: number; d: number } {
  const match = ISO.exec(date);
  if (!match) throw new CalendarDateError(`not a date in the form YYYY-MM-DD: "${date}"`);
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  // Date.UTC reads years 0–99 as 1900–1999; no act of ours is dated before 1000 anyway.
  if (y < 1000) throw new CalendarDateError(`year out of range: "${date}"`);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) throw new CalendarDateError(`no such date: "${date}"`);
  return { y, m, d };
}

/** `YYYY-MM-DD` → day number (days since 1970-01-01). */
export function toDayNumber(date: string): number {
  const { y, m, d } = parseIso(date);
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** Day number → `YYYY-MM-DD`. */
export function fromDayNumber(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(n: number): number {
  // 1970-01-01 was a Thursday (4).
  return (((n + 4) % 7) + 7) % 7;
}

export function isWeekend(n: number): boolean {
  const w = weekdayOf(n);
  return w === 0 || w === 6;
}

export function yearOf(n: number): number {
  return new Date(n * MS_PER_DAY).getUTCFullYear();
}

export function isValidIso(date: string): boolean {
  try {
    parseIso(date);
    return true;
  } catch {
    return false;
  }
}

/** `date` plus `n` calendar days (n may be negative). */
export function addCalendarDays(date: string, n: number): string {
  assertInteger(n, 'n');
  return fromDayNumber(toDayNumber(date) + n);
}

/**
 * `date` plus `n` months; a day that does not exist in the target month is
 * clamped to its last day (31 January + 1 month = 28/29 February).
 */
export function addMonths(date: string, n: number): string {
  assertInteger(n, 'n');
  const { y, m, d } = parseIso(date);
  const index = y * 12 + (m - 1) + n;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  const td = Math.min(d, daysInMonth(ty, tm));
  return `${String(ty).padStart(4, '0')}-${String(tm).padStart(2, '0')}-${String(td).padStart(2, '0')}`;
}

/** `date` plus `n` years (29 February clamps to 28 February). */
export function addYears(date: string, n: number): string {
  return addMonths(date, n * 12);
}

function assertInteger(n: number, name: string): void {
  if (!Number.isInteger(n)) throw new CalendarDateError(`${name} must be a whole number, got ${n}`);
}
