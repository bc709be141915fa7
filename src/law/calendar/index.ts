/**
 * The working-day calendar of Kazakhstan (жұмыс күндерінің күнтізбесі), five-day week.
 *
 * Pure: ISO date strings in, plain JSON out; no clock, no files. Years without data are
 * never guessed silently: results that touch them carry `assumedNoHolidays` / `outsideData`
 * and say so in their explanation.
 */
import { t3, type Text3 } from '../finding.js';
import { dayText } from '../day-text.js';
import { bundledCompiled, bundledData } from './bundled.js';
import { compile, type Compiled, type DayKind, type DayRecord, type HolidayEntry, type SourceRef } from './compile.js';
import {
  addCalendarDays as addDays,
  addMonths as addM,
  addYears as addY,
  CalendarDateError,
  compareIso,
  daysInMonth,
  fromDayNumber,
  isWeekend,
  toDayNumber,
  weekdayOf,
  yearOf,
} from './iso-date.js';
import { countPhrase, msg } from './messages.js';
import type { CalendarData } from './schema.js';

export type { CalendarData } from './schema.js';
export type { DayKind, SourceRef, HolidayEntry, DataProblem } from './compile.js';
export { CalendarDataError } from './compile.js';
export { CalendarDateError, YEARS, addMonths, addMonthsDay, addYears, addCalendarDays, isValidIso, toDayNumber } from './iso-date.js';

export interface DayInfo {
  date: string;
  working: boolean;
  kind: DayKind;
  /** 1 = Monday … 7 = Sunday (ISO). */
  isoWeekday: number;
  reason?: Text3;
  source?: SourceRef;
  estimated?: true;
  note?: Text3;
  /** The year has no data: only the weekend rule was applied. */
  outsideData?: true;
  /** The ministry's published calendar showed this day otherwise; why the data departs from it. */
  publishedDiffers?: { published: 'working' | 'off'; why: Text3 };
}

/** A non-working weekday passed over while counting, with why it is not a working day. */
export interface SkippedDay {
  date: string;
  kind: DayKind;
  reason: Text3;
  source: SourceRef;
  estimated?: true;
}

export interface WorkingWeekendDay {
  date: string;
  reason: Text3;
  source: SourceRef;
}

/** How a count of working days was made: enough for a lawyer to redo it by hand. */
export interface CountExplanation {
  /** Non-working weekdays passed over (holidays, substitutes, transferred days off…). */
  skipped: SkippedDay[];
  /** Saturdays and Sundays passed over. */
  weekendsSkipped: number;
  /** Saturdays/Sundays that were working days by a transfer act and were counted. */
  workingWeekends: WorkingWeekendDay[];
  /** Part of the range lies in years without data: only weekends were treated as days off there. */
  assumedNoHolidays?: true;
  outsideData?: { years: number[] };
}

export interface AddWorkingDaysResult extends CountExplanation {
  from: string;
  date: string;
  counted: number;
}

export interface BetweenResult extends CountExplanation {
  from: string;
  to: string;
  /** Working days d with from < d ≤ to; negative when to < from. */
  days: number;
}

export interface MonthSummary {
  month: number;
  calendarDays: number;
  workingDays: number;
  /** Weekdays that are not working days. */
  daysOff: number;
  /** All non-working days: weekends plus daysOff, minus working weekend days. */
  restDays: number;
}

export interface YearSummary {
  year: number;
  status: CalendarData['status'] | 'no-data';
  workingDays: number;
  restDays: number;
  months: MonthSummary[];
  daysOff: { date: string; kind: DayKind; reason: Text3; source: SourceRef; estimated?: true }[];
  workingWeekends: WorkingWeekendDay[];
  holidays: HolidayEntry[];
  published?: NonNullable<CalendarData['published']> & { sourceRef?: SourceRef };
  notes: Text3[];
  outsideData?: { years: number[] };
}

export interface Calendar {
  /** Years the data covers, ascending. */
  readonly years: readonly number[];
  hasYear(year: number): boolean;
  isWorkingDay(date: string): boolean;
  dayInfo(date: string): DayInfo;
  /** The n-th working day after `date` (n < 0: before); n = 0 returns `date`. */
  addWorkingDays(date: string, n: number): AddWorkingDaysResult;
  /** Working days d with a < d ≤ b (negative if b < a). */
  workingDaysBetween(a: string, b: string): BetweenResult;
  /** The date of `addWorkingDays(date, n)` alone, without the explanation: the checker's hot path. */
  shiftWorkingDays(date: string, n: number): string;
  /** The count of `workingDaysBetween(a, b)` alone, without the explanation. */
  countWorkingDays(a: string, b: string): number;
  addCalendarDays(date: string, n: number): string;
  addMonths(date: string, n: number): string;
  addYears(date: string, n: number): string;
  year(y: number): YearSummary;
  /** Every source the data cites, by id. */
  source(id: string): SourceRef | undefined;
}

/** Longest count accepted (about 400 years of working days): guards against a typo looping for long. */
export const MAX_TERM_DAYS = 100_000;

/** Bundled data for 2018–2027 plus any user files (same format, validated by the caller). */
export function createCalendar(extra: readonly CalendarData[] = []): Calendar {
  if (extra.length === 0) return new KzCalendar(bundledCompiled());
  const bundled = bundledData();
  return new KzCalendar(compile(bundled.years, bundled.sources, extra));
}

/** See KzCalendar.days(). */
interface DayTable {
  first: number;
  counts: Int32Array;
  working: Int32Array;
  iso: Array<string | undefined>;
}

class KzCalendar implements Calendar {
  readonly years: readonly number[];
  private readonly yearSet: Set<number>;

  constructor(private readonly c: Compiled) {
    this.years = [...c.years.keys()].sort((a, b) => a - b);
    this.yearSet = new Set(this.years);
  }

  hasYear(year: number): boolean {
    return this.yearSet.has(year);
  }

  source(id: string): SourceRef | undefined {
    return this.c.sources.get(id);
  }

  isWorkingDay(date: string): boolean {
    return this.workingAt(toDayNumber(date));
  }

  private workingAt(n: number): boolean {
    const rec = this.c.days.get(n);
    return rec ? rec.working : !isWeekend(n);
  }

  dayInfo(date: string): DayInfo {
    const n = toDayNumber(date);
    const w = weekdayOf(n);
    const isoWeekday = w === 0 ? 7 : w;
    const rec = this.c.days.get(n);
    const year = yearOf(n);
    // Written out rather than spread (every deadline finding asks for its last day): the keys keep their order.
    let info: DayInfo;
    if (rec) {
      info = { date, working: rec.working, kind: rec.kind, isoWeekday, reason: rec.reason, source: rec.source };
      if (rec.estimated) info.estimated = true;
      if (rec.note) info.note = rec.note;
    } else if (isWeekend(n)) info = { date, working: false, kind: 'weekend', isoWeekday, reason: msg.weekend };
    else info = { date, working: true, kind: 'workday', isoWeekday };
    if (!this.yearSet.has(year)) info.outsideData = true;
    const differences = this.c.years.get(year)?.published?.differences;
    if (differences)
      for (let i = 0; i < differences.length; i++) {
        const diff = differences[i]!;
        if (diff.date !== date) continue;
        info.publishedDiffers = { published: diff.published, why: diff.why };
        break;
      }
    return info;
  }

  addWorkingDays(date: string, n: number): AddWorkingDaysResult {
    if (!Number.isInteger(n)) throw new CalendarDateError(`the number of working days must be a whole number, got ${n}`);
    if (Math.abs(n) > MAX_TERM_DAYS) throw new CalendarDateError(`a term of ${n} working days is beyond any act (limit ${MAX_TERM_DAYS})`);
    const start = toDayNumber(date);
    const step = n < 0 ? -1 : 1;
    const acc = new Explainer(this);
    let d = start;
    let left = Math.abs(n);
    while (left > 0) {
      d += step;
      if (acc.visit(d)) left--;
    }
    // Written out rather than spread (the checker explains every late step): the keys keep their order.
    const r = acc.result(start, d);
    const out: AddWorkingDaysResult = { from: date, date: fromDayNumber(d), counted: n, skipped: r.skipped, weekendsSkipped: r.weekendsSkipped, workingWeekends: r.workingWeekends };
    if (r.outsideData) {
      out.assumedNoHolidays = true;
      out.outsideData = r.outsideData;
    }
    return out;
  }

  /**
   * The data years as tables indexed by day number (made on first use, per calendar): working days up to
   * and including each day (`counts`), the day number of each working day in order (`working`), and each
   * day's ISO text once written (`iso`). A shift or a count inside the data years is then a few array reads:
   * no map, no Date, and no string built twice for one day.
   */
  private table: DayTable | undefined;

  private days(): DayTable {
    if (!this.table) {
      const y0 = this.years[0] ?? 2018;
      const y1 = this.years[this.years.length - 1] ?? y0;
      const first = toDayNumber(`${String(y0).padStart(4, '0')}-01-01`);
      const last = toDayNumber(`${String(y1).padStart(4, '0')}-12-31`);
      const n = last - first + 1;
      // Made at the start of every check: the few days that differ from their weekday are read off the map once
      // (1 working, 2 not), then each day is a weekday step, with no call and no map lookup per day.
      const differs = new Int8Array(n);
      for (const [d, rec] of this.c.days) {
        const i = d - first;
        if (i >= 0 && i < n) differs[i] = rec.working ? 1 : 2;
      }
      const counts = new Int32Array(n);
      const working = new Int32Array(n);
      let c = 0;
      for (let i = 0, w = weekdayOf(first); i < n; i++, w = w === 6 ? 0 : w + 1) {
        const x = differs[i];
        if (x === 1 || (x === 0 && w !== 0 && w !== 6)) working[c++] = first + i;
        counts[i] = c;
      }
      this.table = { first, counts, working: working.slice(0, c), iso: new Array<string | undefined>(n).fill(undefined) };
    }
    return this.table;
  }

  /** A day's ISO text, written once per day of the data years. */
  private isoOf(t: DayTable, n: number): string {
    const i = n - t.first;
    if (i < 0 || i >= t.iso.length) return fromDayNumber(n);
    return (t.iso[i] ??= fromDayNumber(n));
  }

  /**
   * Results of shiftWorkingDays: a folder of packages asks the same few terms from the same few dates, and
   * two map lookups (by the term, then by the date: no key string built per call) cost less than reading
   * the date's digits. Bounded.
   */
  private readonly shifted = new Map<number, Map<string, string>>();
  private shiftedCount = 0;

  shiftWorkingDays(date: string, n: number): string {
    let byDate = this.shifted.get(n);
    let out = byDate?.get(date);
    if (out === undefined) {
      out = this.shiftUncached(date, n);
      if (this.shiftedCount < 100_000) {
        if (!byDate) this.shifted.set(n, (byDate = new Map()));
        byDate.set(date, out);
        this.shiftedCount++;
      }
    }
    return out;
  }

  private shiftUncached(date: string, n: number): string {
    if (!Number.isInteger(n) || Math.abs(n) > MAX_TERM_DAYS) return this.addWorkingDays(date, n).date; // throws the same errors
    const start = toDayNumber(date);
    const t = this.days();
    const i = start - t.first;
    if (i >= 0 && i < t.counts.length) {
      // The working days up to `start` are working[0 … counts[i] − 1]; the n-th after it is the (counts[i] + n)-th,
      // the n-th before it the (k − n + 1)-th of the k working days strictly before it.
      const k = n >= 0 ? t.counts[i]! + n - 1 : t.counts[i]! - (this.workingAt(start) ? 1 : 0) + n;
      if (n === 0) return this.isoOf(t, start);
      if (k >= 0 && k < t.working.length) return this.isoOf(t, t.working[k]!);
    }
    const step = n < 0 ? -1 : 1;
    let d = start;
    for (let left = Math.abs(n); left > 0; ) {
      d += step;
      if (this.workingAt(d)) left--;
    }
    return this.isoOf(t, d);
  }

  countWorkingDays(a: string, b: string): number {
    return this.countDays(toDayNumber(a), toDayNumber(b));
  }

  /** countWorkingDays of day numbers. */
  countDays(na: number, nb: number): number {
    const { first, counts } = this.days();
    const ia = na - first;
    const ib = nb - first;
    if (ia >= 0 && ib >= 0 && ia < counts.length && ib < counts.length) return counts[ib]! - counts[ia]!;
    let lo = na;
    let hi = nb;
    let sign = 1;
    if (nb < na) {
      lo = nb;
      hi = na;
      sign = -1;
    }
    let count = 0;
    for (let d = lo + 1; d <= hi; d++) if (this.workingAt(d)) count++;
    return sign * count;
  }

  workingDaysBetween(a: string, b: string): BetweenResult {
    const na = toDayNumber(a);
    const nb = toDayNumber(b);
    const [lo, hi, sign] = na <= nb ? [na, nb, 1] : [nb, na, -1];
    const acc = new Explainer(this);
    let count = 0;
    for (let d = lo + 1; d <= hi; d++) if (acc.visit(d)) count++;
    return { from: a, to: b, days: sign * count, ...acc.result(lo, hi) };
  }

  addCalendarDays(date: string, n: number): string {
    return addDays(date, n);
  }

  addMonths(date: string, n: number): string {
    return addM(date, n);
  }

  addYears(date: string, n: number): string {
    return addY(date, n);
  }

  year(y: number): YearSummary {
    if (!Number.isInteger(y) || y < 1 || y > 9999) throw new CalendarDateError(`not a year: ${y}`);
    const compiled = this.c.years.get(y);
    const first = toDayNumber(`${String(y).padStart(4, '0')}-01-01`);
    const months: MonthSummary[] = [];
    const daysOff: YearSummary['daysOff'] = [];
    const workingWeekends: WorkingWeekendDay[] = [];
    let d = first;
    for (let m = 1; m <= 12; m++) {
      const len = daysInMonth(y, m);
      const summary: MonthSummary = { month: m, calendarDays: len, workingDays: 0, daysOff: 0, restDays: 0 };
      for (let i = 0; i < len; i++, d++) {
        const working = this.workingAt(d);
        const rec = this.c.days.get(d);
        if (working) summary.workingDays++;
        else summary.restDays++;
        if (!working && !isWeekend(d) && rec) {
          summary.daysOff++;
          daysOff.push({ date: fromDayNumber(d), kind: rec.kind, reason: rec.reason, source: rec.source, ...(rec.estimated ? { estimated: true as const } : {}) });
        }
        if (working && isWeekend(d) && rec) workingWeekends.push({ date: fromDayNumber(d), reason: rec.reason, source: rec.source });
      }
      months.push(summary);
    }
    const workingDays = months.reduce((s, m) => s + m.workingDays, 0);
    const restDays = months.reduce((s, m) => s + m.restDays, 0);
    const published = compiled?.published
      ? { ...compiled.published, ...(compiled.publishedSource ? { sourceRef: compiled.publishedSource } : {}) }
      : undefined;
    return {
      year: y,
      status: compiled ? compiled.status : 'no-data',
      workingDays,
      restDays,
      months,
      daysOff,
      workingWeekends,
      holidays: compiled ? compiled.holidays : [],
      ...(published ? { published } : {}),
      notes: compiled ? compiled.notes : [msg.outside([y])],
      ...(compiled ? {} : { outsideData: { years: [y] } }),
    };
  }

  /** @internal used by Explainer */
  record(n: number): DayRecord | undefined {
    return this.c.days.get(n);
  }
}

/** Collects the explanation while a range of days is walked. */
class Explainer {
  private readonly skipped: SkippedDay[] = [];
  private readonly workingWeekends: WorkingWeekendDay[] = [];
  private weekendsSkipped = 0;

  constructor(private readonly cal: KzCalendar) {}

  /** Returns whether day n is a working day, noting why not. */
  visit(n: number): boolean {
    const rec = this.cal.record(n);
    const weekend = isWeekend(n);
    if (rec) {
      if (rec.working) {
        if (weekend) this.workingWeekends.push({ date: fromDayNumber(n), reason: rec.reason, source: rec.source });
        return true;
      }
      if (weekend) this.weekendsSkipped++;
      else this.skipped.push({ date: fromDayNumber(n), kind: rec.kind, reason: rec.reason, source: rec.source, ...(rec.estimated ? { estimated: true as const } : {}) });
      return false;
    }
    if (weekend) {
      this.weekendsSkipped++;
      return false;
    }
    return true;
  }

  result(lo: number, hi: number): CountExplanation {
    const a = Math.min(lo, hi);
    const b = Math.max(lo, hi);
    const missing: number[] = [];
    for (let y = yearOf(a); y <= yearOf(b); y++) if (!this.cal.hasYear(y)) missing.push(y);
    // The lists are this walk's own (an Explainer explains one count): sorted in place, and only when there is anything to order.
    const skipped = this.skipped;
    if (skipped.length > 1) skipped.sort((x, y) => compareIso(x.date, y.date));
    const workingWeekends = this.workingWeekends;
    if (workingWeekends.length > 1) workingWeekends.sort((x, y) => compareIso(x.date, y.date));
    const out: CountExplanation = { skipped, weekendsSkipped: this.weekendsSkipped, workingWeekends };
    if (missing.length > 0) {
      out.assumedNoHolidays = true;
      out.outsideData = { years: missing };
    }
    return out;
  }
}

export type DeadlineUnit = 'working-days' | 'calendar-days' | 'months' | 'years';

export interface DeadlineInput {
  /** The event the term runs from, YYYY-MM-DD. */
  from: string;
  count: number;
  unit: DeadlineUnit;
  direction?: 'after' | 'before';
}

/** A term computed from an event: plain JSON for a finding's `facts`. */
export interface DeadlineResult {
  deadline: string;
  from: string;
  count: number;
  unit: DeadlineUnit;
  direction: 'after' | 'before';
  skipped: SkippedDay[];
  weekendsSkipped: number;
  workingWeekends: WorkingWeekendDay[];
  /** For calendar units: the last day of the term is not a working day (the act decides whether it moves). */
  deadlineDay: { working: boolean; kind: DayKind; reason?: Text3 };
  explanation: Text3;
  assumedNoHolidays?: true;
  outsideData?: { years: number[] };
}

/**
 * The working days from day `a` to day `b`, both counted (0 when b < a), of day numbers: the rule kinds'
 * count of days in the post, with no date text written or read. Equals countWorkingDays(a − 1, b).
 */
export function workingDaysIn(calendar: Calendar, a: number, b: number): number {
  if (b < a) return 0;
  return calendar instanceof KzCalendar ? calendar.countDays(a - 1, b) : calendar.countWorkingDays(fromDayNumber(a - 1), fromDayNumber(b));
}

/** The last day of a term, as {@link deadline} computes it, without the explanation (cheap); its input as arguments, so the checker's hot path makes no input object per event. */
export function termEnd(calendar: Calendar, from: string, count: number, unit: DeadlineUnit, direction: 'after' | 'before' = 'after'): string {
  const signed = direction === 'before' ? -count : count;
  switch (unit) {
    case 'working-days':
      return calendar.shiftWorkingDays(from, signed);
    case 'calendar-days':
      return addDays(from, signed);
    case 'months':
      return addM(from, signed);
    case 'years':
      return addY(from, signed);
  }
}

/**
 * The last day of a term of `count` units counted from `from` (the day of the event itself
 * is not counted). Working days follow the calendar; calendar days, months and years do not
 * move off a day off here — whether they do is for the governing act, so the result reports
 * `deadlineDay` instead of guessing.
 */
export function deadline(calendar: Calendar, input: DeadlineInput): DeadlineResult {
  const { from, count, unit } = input;
  const direction = input.direction ?? 'after';
  if (!Number.isInteger(count) || count < 0) throw new CalendarDateError(`the term must be a whole number of ${unit} ≥ 0, got ${count}`);
  const signed = direction === 'before' ? -count : count;
  let end: string;
  let expl: CountExplanation;
  if (unit === 'working-days') {
    const r = calendar.addWorkingDays(from, signed);
    end = r.date;
    expl = r;
  } else {
    end = unit === 'calendar-days' ? addDays(from, signed) : unit === 'months' ? addM(from, signed) : addY(from, signed);
    const between = calendar.workingDaysBetween(from, end);
    // For calendar units nothing is skipped; only the data coverage matters.
    expl = { skipped: [], weekendsSkipped: 0, workingWeekends: [], ...(between.outsideData ? { assumedNoHolidays: true as const, outsideData: between.outsideData } : {}) };
  }
  const info = calendar.dayInfo(end);
  const deadlineDay: DeadlineResult['deadlineDay'] = { working: info.working, kind: info.kind };
  if (info.reason) deadlineDay.reason = info.reason;
  // Written out rather than spread (every deadline finding asks for one): the keys keep their order.
  const out: DeadlineResult = {
    deadline: end,
    from,
    count,
    unit,
    direction,
    skipped: expl.skipped,
    weekendsSkipped: expl.weekendsSkipped,
    workingWeekends: expl.workingWeekends,
    deadlineDay,
    explanation: explain(from, end, count, unit, direction, expl, deadlineDay),
  };
  if (expl.outsideData) {
    out.assumedNoHolidays = true;
    out.outsideData = expl.outsideData;
  }
  return out;
}

function explain(
  from: string,
  end: string,
  count: number,
  unit: DeadlineUnit,
  direction: 'after' | 'before',
  e: CountExplanation,
  day: DeadlineResult['deadlineDay'],
): Text3 {
  // Each language's sentences joined by a space as they are written (every deadline finding explains
  // itself: no list of sentences and no join per language).
  const what = countPhrase(count, unit);
  // Kazakh and Russian write a day as «23.01.2026» (../day-text.ts); English keeps the ISO day.
  const fromL = dayText(from, 'kk');
  const endL = dayText(end, 'kk');
  let kk: string;
  let ru: string;
  let en: string;
  if (direction === 'after') {
    kk = `${fromL} күнінен кейін ${what.kk}: мерзім ${endL}.`;
    ru = `${what.ru} после ${fromL}: срок ${endL}.`;
    en = `${what.en} after ${from}: the term ends on ${end}.`;
  } else {
    kk = `${fromL} күнінен бұрын ${what.kk}: мерзім ${endL}.`;
    ru = `${what.ru} до ${fromL}: срок ${endL}.`;
    en = `${what.en} before ${from}: the term ends on ${end}.`;
  }
  if (unit === 'working-days') {
    kk += ` Сенбі мен жексенбі өткізілді: ${e.weekendsSkipped}.`;
    ru += ` Пропущено суббот и воскресений: ${e.weekendsSkipped}.`;
    en += ` Saturdays and Sundays skipped: ${e.weekendsSkipped}.`;
    const skipped = e.skipped;
    let estimated = false;
    if (skipped.length > 0) {
      let lk = '';
      let lr = '';
      let le = '';
      for (let i = 0; i < skipped.length; i++) {
        const s = skipped[i]!;
        const sep = i === 0 ? '' : '; ';
        const local = dayText(s.date, 'kk');
        lk += `${sep}${local} (${s.reason.kk})`;
        lr += `${sep}${local} (${s.reason.ru})`;
        le += `${sep}${s.date} (${s.reason.en})`;
        if (s.estimated) estimated = true;
      }
      kk += ` Жұмыс емес күндер өткізілді: ${lk}.`;
      ru += ` Пропущены нерабочие дни: ${lr}.`;
      en += ` Non-working days skipped: ${le}.`;
    }
    const ww = e.workingWeekends;
    if (ww.length > 0) {
      let list = '';
      let local = '';
      for (let i = 0; i < ww.length; i++) {
        list += (i === 0 ? '' : ', ') + ww[i]!.date;
        local += (i === 0 ? '' : ', ') + dayText(ww[i]!.date, 'kk');
      }
      kk += ` Ауыстыру бойынша жұмыс күні саналды: ${local}.`;
      ru += ` Засчитаны рабочие дни по переносу: ${local}.`;
      en += ` Counted as working days by a transfer act: ${list}.`;
    }
    if (estimated) {
      kk += ` Ескерту: ${msg.estimated.kk}.`;
      ru += ` Внимание: ${msg.estimated.ru}.`;
      en += ` Note: ${msg.estimated.en}.`;
    }
  } else if (!day.working) {
    const r = day.reason ?? msg.weekend;
    kk += ` Мерзімнің соңғы күні жұмыс күні емес (${r.kk}).`;
    ru += ` Последний день срока нерабочий (${r.ru}).`;
    en += ` The last day of the term is not a working day (${r.en}).`;
  }
  if (e.outsideData) {
    const o = msg.outside(e.outsideData.years);
    kk += ` ${cap(o.kk)}.`;
    ru += ` ${cap(o.ru)}.`;
    en += ` ${cap(o.en)}.`;
  }
  return t3(kk, ru, en);
}

const cap = (s: string): string => s.charAt(0).toLocaleUpperCase('ru') + s.slice(1);
