/**
 * Date-limit rule kind: a step must happen by a calendar date fixed relative to the evaluated
 * period, not by a count of days — "no later than the 20th of the month after the reporting
 * quarter" (asa-b-model cl. 5), "before 1 February of the evaluated year" (asa-a-corps cl. 7),
 * "within the month after the reporting quarter" (day `last`). The act names a date, so the
 * limit does not move off a day off (the finding says whether it falls on one).
 * A step not recorded yet is judged against the check date, like `deadlineRule`.
 */
import { addCalendarDays, addMonths } from '../law/calendar/index.js';
import { daysInMonth, isoDate, monthIndex, YEARS } from '../law/calendar/iso-date.js';
import { baseOf, fill, withTitle, type RuleBase, titleOf, reads } from './base.js';
import { dateResolver, type DateRef, refReads, refSessionReads } from './dates.js';
import type { Report, Rule, RuleContext } from './rule.js';
import { NO_REPORTS } from './no-reports.js';

export interface DateLimitSpec extends RuleBase {
  /** Where the step's date is read from; the first reference that resolves wins. */
  at: DateRef[];
  /** The month counted from: the month of the period's first or last day. */
  anchor: 'period-start' | 'period-end';
  /** Months after the anchor's month (0 = the same month). */
  months: number;
  /** Day of that month, or its last day. */
  day: number | 'last';
  /** true (default): "no later than" the day; false: strictly "before" it. */
  inclusive?: boolean;
  /** Judge a missing step against the check date (default true). */
  stale?: boolean;
}

/** The limit date for a period. */
export function dateLimit(spec: Pick<DateLimitSpec, 'anchor' | 'months' | 'day'>, period: { from: string; to: string }): string {
  const anchor = spec.anchor === 'period-start' ? period.from : period.to;
  // Month arithmetic on numbers, one string made (every package asks): the month `months` after the anchor's,
  // its last day or the day asked, clamped to it. A year or day outside the plain case takes the path below.
  const month = monthIndex(anchor);
  const index = month + spec.months;
  if (month >= 0 && Number.isInteger(spec.months) && index >= YEARS.first * 12 && index < (YEARS.last - 1) * 12 + 12) {
    const y = Math.floor(index / 12);
    const m = (index % 12) + 1;
    const last = daysInMonth(y, m);
    if (spec.day === 'last') return isoDate(y, m, last);
    if (Number.isInteger(spec.day) && spec.day >= 1 && spec.day <= 99) return isoDate(y, m, spec.day > last ? last : spec.day);
  }
  const first = addMonths(`${anchor.slice(0, 7)}-01`, spec.months);
  const last = addCalendarDays(addMonths(first, 1), -1);
  if (spec.day === 'last') return last;
  const d = `${first.slice(0, 8)}${String(spec.day).padStart(2, '0')}`;
  return d > last ? last : d;
}

/**
 * `dateLimit` for one spec, remembering the last anchor day and its limit: a folder's packages mostly share
 * their period, and the limit is then one comparison instead of arithmetic and a new string.
 */
export function limitOf(spec: Pick<DateLimitSpec, 'anchor' | 'months' | 'day'>): (period: { from: string; to: string }) => string {
  let lastAnchor = '';
  let lastLimit = '';
  return (period) => {
    const anchor = spec.anchor === 'period-start' ? period.from : period.to;
    if (anchor !== lastAnchor || lastAnchor === '') {
      lastLimit = dateLimit(spec, period);
      lastAnchor = anchor;
    }
    return lastLimit;
  };
}

const M = {
  late: {
    kk: 'шекті күн {limit} ({relKk}), іс жүзінде {happened}',
    ru: 'предельная дата {limit} ({relRu}), фактически {happened}',
    en: 'limit {limit} ({relEn}), happened {happened}',
  },
  overdue: {
    kk: 'әлі жасалмаған; шекті күн {limit} өтіп кетті (тексеру күні {today})',
    ru: 'ещё не выполнено; предельная дата {limit} прошла (дата проверки {today})',
    en: 'not recorded; the limit {limit} has passed (as of {today})',
  },
  open: {
    kk: 'әлі жасалмаған; шекті күн {limit} (тексеру күні {today})',
    ru: 'ещё не выполнено; предельная дата {limit} (дата проверки {today})',
    en: 'not recorded yet; the limit is {limit} (as of {today})',
  },
};

export function dateLimitRule(spec: DateLimitSpec): Rule {
  const inclusive = spec.inclusive ?? true;
  const at = spec.at.map(dateResolver);
  const limitFor = limitOf(spec);
  const rel = inclusive ? { relKk: 'кешіктірмей', relRu: 'не позднее', relEn: 'no later than' } : { relKk: 'дейін', relRu: 'до', relEn: 'before' };
  return {
    ...baseOf(spec),
    reads: reads(refReads(spec.at)),
    sessionReads: refSessionReads(spec.at),
    check(ctx: RuleContext): Report[] {
      const limit = limitFor(ctx.pkg.period);
      let step;
      for (let i = 0; i < at.length; i++) {
        step = at[i]!(ctx)[0];
        if (step) break;
      }
      if (step && (inclusive ? step.date <= limit : step.date < limit)) return NO_REPORTS;
      if (!step && spec.stale === false) return NO_REPORTS;
      const facts: Record<string, unknown> = { limit, inclusive, anchor: spec.anchor, months: spec.months, day: spec.day, limitIsWorkingDay: ctx.calendar.isWorkingDay(limit) };
      // What each case adds to the facts, written on (not spread): the order stays limit … then the case's own.
      if (step) {
        facts['happened'] = step.date;
        return [{ path: step.path, inSession: step.inSession, message: withTitle(titleOf(spec), fill(M.late, { limit, relKk: rel.relKk, relRu: rel.relRu, relEn: rel.relEn, happened: step.date })), facts }];
      }
      const passed = inclusive ? ctx.today > limit : ctx.today >= limit;
      facts['today'] = ctx.today;
      facts['status'] = passed ? 'overdue' : 'open';
      if (passed) {
        return [{ path: '/period', message: withTitle(titleOf(spec), fill(M.overdue, { limit, today: ctx.today })), facts }];
      }
      return [{ path: '/period', severity: 'info', message: withTitle(titleOf(spec), fill(M.open, { limit, today: ctx.today })), facts }];
    },
  };
}
