/**
 * ISO calendar dates (`YYYY-MM-DD`) as whole day numbers since 1970-01-01, in UTC.
 * No `Date` object ever holds a local time here, so no time zone or DST can shift a day.
 */

/** A date the calendar cannot read. */
/** The years a date may have: four digits, and none before 1000 (Date.UTC reads years 0–99 as 1900–1999). */
export const YEARS = { first: 1000, last: 9999 } as const;

export class CalendarDateError extends RangeError {
  override name = 'CalendarDateError';
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m - 1]!;
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date, and back (H. Hinnant's civil-date
 * algorithms): plain integer arithmetic, so the checker's hot path allocates no Date.
 */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(n: number): { y: number; m: number; d: number } {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** The number written by four (two) ASCII digits at `i`, or -1 when any is not a digit. */
function digits(s: string, i: number, n: number): number {
  let v = 0;
  for (let k = i; k < i + n; k++) {
    const c = s.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** Parse a real calendar date; throws CalendarDateError for `2025-02-30`, `2025-1-5`, etc. (no RegExp: the checker's hot path). */
export function parseIso(date: string): { y: number; m: number; d: number } {
  const y = date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45 ? digits(date, 0, 4) : -1;
  const m = y < 0 ? -1 : digits(date, 5, 2);
  const d = m < 0 ? -1 : digits(date, 8, 2);
  if (d < 0) throw new CalendarDateError(`not a date in the form YYYY-MM-DD: "${date}"`);
  // Date.UTC reads years 0–99 as 1900–1999; no act of ours is dated before 1000 anyway.
  if (y < YEARS.first) throw new CalendarDateError(`year out of range: "${date}"`);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) throw new CalendarDateError(`no such date: "${date}"`);
  return { y, m, d };
}

/** A character code minus '0' is a digit: 0–9 (as an unsigned number, so a code below '0' is not). */
const isDigitValue = (v: number): boolean => v >>> 0 <= 9;

/** `YYYY-MM-DD` → day number (days since 1970-01-01). Read in place, digit by digit, no `{y, m, d}` object made; a malformed date throws parseIso's error. */
export function toDayNumber(date: string): number {
  if (date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    const a = date.charCodeAt(0) - 48;
    const b = date.charCodeAt(1) - 48;
    const c = date.charCodeAt(2) - 48;
    const e = date.charCodeAt(3) - 48;
    const f = date.charCodeAt(5) - 48;
    const g = date.charCodeAt(6) - 48;
    const h = date.charCodeAt(8) - 48;
    const k = date.charCodeAt(9) - 48;
    if (isDigitValue(a) && isDigitValue(b) && isDigitValue(c) && isDigitValue(e) && isDigitValue(f) && isDigitValue(g) && isDigitValue(h) && isDigitValue(k)) {
      const y = a * 1000 + b * 100 + c * 10 + e;
      const m = f * 10 + g;
      const d = h * 10 + k;
      if (y >= YEARS.first && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)) return daysFromCivil(y, m, d);
    }
  }
  const p = parseIso(date); // throws the error that says what is wrong
  return daysFromCivil(p.y, p.m, p.d);
}

/**
 * The month a text starting `YYYY-MM` names, as y·12 + m − 1, or -1 when its first seven characters are not
 * a year from 1000 and a month 1–12 (what follows them is not read). Month arithmetic without a parse object.
 */
export function monthIndex(date: string): number {
  if (date.length < 7 || date.charCodeAt(4) !== 45) return -1;
  const y = digits(date, 0, 4);
  const m = y < YEARS.first ? -1 : digits(date, 5, 2);
  return m < 1 || m > 12 ? -1 : y * 12 + m - 1;
}

/** `YYYY-MM-DD` of a year from 1000, a month and a day (not checked: the caller's arithmetic gives them). */
export const isoDate = (y: number, m: number, d: number): string => `${y}-${two(m)}-${two(d)}`;

/** Day number → `YYYY-MM-DD`. */
export function fromDayNumber(n: number): string {
  const { y, m, d } = civilFromDays(n);
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${two(m)}-${two(d)}`;
}

/**
 * Orders ISO dates (text of digits and hyphens) as String.prototype.localeCompare did, by their characters: the
 * first localeCompare in a process sets up ICU's collator, ~11 ms of a one-file check's start-up.
 */
export const compareIso = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

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
  return civilFromDays(n).y;
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
  const t = monthsLater(date, n);
  const ty = Math.floor(t / 10_000);
  return `${ty < 1000 ? String(ty).padStart(4, '0') : ty}-${two(Math.floor(t / 100) % 100)}-${two(t % 100)}`;
}

/** The day number of {@link addMonths}: the rule kinds compare a term in months without writing its day out. Same throws. */
export function addMonthsDay(date: string, n: number): number {
  const t = monthsLater(date, n);
  return daysFromCivil(Math.floor(t / 10_000), Math.floor(t / 100) % 100, t % 100);
}

/** The day `n` months after `date`, clamped to its month's last day, as y·10000 + m·100 + d (no object made). */
function monthsLater(date: string, n: number): number {
  assertInteger(n, 'n');
  const v = ymdOf(date);
  const index = Math.floor(v / 10_000) * 12 + (Math.floor(v / 100) % 100) - 1 + n;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  return ty * 10_000 + tm * 100 + Math.min(v % 100, daysInMonth(ty, tm));
}

/** A real date's y·10000 + m·100 + d, read in place (no object made); a malformed one throws parseIso's error. */
function ymdOf(date: string): number {
  const y = date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45 ? digits(date, 0, 4) : -1;
  const m = y < YEARS.first ? -1 : digits(date, 5, 2);
  const d = m < 1 || m > 12 ? -1 : digits(date, 8, 2);
  if (d >= 1 && d <= daysInMonth(y, m)) return y * 10_000 + m * 100 + d;
  const p = parseIso(date); // throws the error that says what is wrong
  return p.y * 10_000 + p.m * 100 + p.d;
}

/** `date` plus `n` years (29 February clamps to 28 February). */
export function addYears(date: string, n: number): string {
  return addMonths(date, n * 12);
}

function assertInteger(n: number, name: string): void {
  if (!Number.isInteger(n)) throw new CalendarDateError(`${name} must be a whole number, got ${n}`);
}
