/**
 * Deadline rule kind: "step B within N working (calendar) days after (before) event A".
 * Recorded steps are compared with the deadline; a step not recorded yet is judged
 * against the check date — overdue (error) once the deadline has passed, otherwise
 * open (info, with the working days left) — so an auditor sees which files are stuck.
 */
import { deadline as computeDeadline, termEnd, type DeadlineUnit } from '../law/calendar/index.js';
import type { Text3 } from '../law/finding.js';
import { baseOf, fill, withTitle, type RuleBase, titleOf, reads, fromProvision, isNumber } from './base.js';
import { dateResolver, firstFrom, type DateRef, type DatedAt, refReads, refSessionReads } from './dates.js';
import type { Report, Rule, RuleContext } from './rule.js';
import { NO_REPORTS } from './no-reports.js';

export interface DeadlineSpec extends RuleBase {
  from: DateRef;
  to: DateRef;
  /** The package pointers the spec's own `applies` reads (the kind cannot see into it), declared with the kind's. */
  appliesReads?: readonly string[];
  /** The count of days, months…: by default the provision's value. */
  count?: number;
  unit: DeadlineUnit;
  /** 'after' (default): B no later than N after A. 'before': B no later than N before A (notices). */
  direction?: 'after' | 'before';
  /** Judge a missing step against the check date (default true). */
  stale?: boolean;
}

/**
 * A step not recorded, judged against the check date: overdue, with the working days since its deadline, or
 * open, with the working days left. The words of every kind that judges a missing step (limit-before too).
 */
export const STALE = {
  overdue: {
    kk: 'әлі жасалмаған; мерзімі {deadline} өтіп кетті ({since} жұмыс күні өтті, тексеру күні {today})',
    ru: 'ещё не выполнено; срок {deadline} истёк ({since} раб. дн. назад, дата проверки {today})',
    en: 'not recorded; the deadline {deadline} has passed ({since} working day(s) ago, as of {today})',
  },
  open: {
    kk: 'әлі жасалмаған; мерзімі {deadline}, {left} жұмыс күні қалды (тексеру күні {today})',
    ru: 'ещё не выполнено; срок {deadline}, осталось {left} раб. дн. (дата проверки {today})',
    en: 'not recorded yet; due {deadline}, {left} working day(s) left (as of {today})',
  },
} satisfies Record<string, Text3>;

/**
 * A step not recorded, judged on the check date: whether it is overdue; the check date, the working days since its
 * deadline or left to it, and the status written into the finding's facts and its message's values, as
 * `STALE` words them (the limit-before and return-deadline kinds; this kind writes the same facts in its branches).
 */
export function judgeMissing(ctx: RuleContext, deadline: string, facts: Record<string, unknown>, vars: Record<string, string | number>): boolean {
  const overdue = ctx.today > deadline;
  facts['today'] = ctx.today;
  if (overdue) facts['workingDaysSinceDeadline'] = vars['since'] = ctx.calendar.countWorkingDays(deadline, ctx.today);
  else facts['workingDaysLeft'] = vars['left'] = ctx.calendar.countWorkingDays(ctx.today, deadline);
  facts['status'] = overdue ? 'overdue' : 'open';
  return overdue;
}

const M = {
  late: {
    kk: 'мерзімі {deadline} ({count} {unitKk}, {from} күнінен), іс жүзінде {happened} — {late} жұмыс күніне кешіккен',
    ru: 'срок {deadline} ({count} {unitRu} от {from}), фактически {happened} — опоздание {late} раб. дн.',
    en: 'due {deadline} ({count} {unitEn} from {from}), happened {happened} — {late} working day(s) late',
  },
  lateBefore: {
    kk: '{from} күнінен {count} {unitKk} бұрын, яғни {deadline} кешіктірмей болуы тиіс еді, іс жүзінде {happened}',
    ru: 'должно было состояться не позднее {deadline} ({count} {unitRu} до {from}), фактически {happened}',
    en: 'should have happened by {deadline} ({count} {unitEn} before {from}), happened {happened}',
  },
  overdueBefore: {
    kk: 'оқиғадан ({from}) кейін жазылмаған (тек {happened}, одан бұрын); мерзімі {deadline} өтіп кетті ({since} жұмыс күні өтті, тексеру күні {today})',
    ru: 'после события ({from}) не записано (только {happened}, раньше него); срок {deadline} истёк ({since} раб. дн. назад, дата проверки {today})',
    en: 'not recorded after the event ({from}): only on {happened}, before it; the deadline {deadline} has passed ({since} working day(s) ago, as of {today})',
  },
} satisfies Record<string, Text3>;

const UNIT = {
  'working-days': { unitKk: 'жұмыс күні', unitRu: 'раб. дн.', unitEn: 'working days' },
  'calendar-days': { unitKk: 'күнтізбелік күн', unitRu: 'календ. дн.', unitEn: 'calendar days' },
  months: { unitKk: 'ай', unitRu: 'мес.', unitEn: 'months' },
  years: { unitKk: 'жыл', unitRu: 'лет', unitEn: 'years' },
} as const;

/** The step that answers an event on `date` ('before'): the last one on or before it, else the first. */
function answerBefore(tos: readonly DatedAt[], date: string): DatedAt | undefined {
  for (let i = tos.length - 1; i >= 0; i--) if (tos[i]!.date <= date) return tos[i];
  return tos[0];
}

/** The last step dated strictly before `date`. */
function lastBefore(tos: readonly DatedAt[], date: string): DatedAt | undefined {
  for (let i = tos.length - 1; i >= 0; i--) if (tos[i]!.date < date) return tos[i];
  return undefined;
}

export function deadlineRule(spec: DeadlineSpec): Rule {
  const direction = spec.direction ?? 'after';
  const count = fromProvision(spec, spec.count, 'count', isNumber);
  const fromDates = dateResolver(spec.from);
  const toDates = dateResolver(spec.to);
  // The spec's fields read once: specs are objects of many shapes, and reading them for every package
  // was a megamorphic load each time (the kind's one check function serves every rule of the kind).
  const unit = spec.unit;
  const stale = spec.stale !== false;
  const after = direction === 'after';
  return {
    ...baseOf(spec),
    reads: reads(refReads([spec.from, spec.to]), spec.appliesReads),
    sessionReads: refSessionReads([spec.from, spec.to]),
    check(ctx: RuleContext): Report[] {
      const froms = fromDates(ctx);
      if (froms.length === 0) return NO_REPORTS;
      let out: Report[] | undefined;
      const tos = toDates(ctx);
      for (let i = 0; i < froms.length; i++) {
        const from = froms[i]!;
        const to = after ? firstFrom(tos, from.date) : answerBefore(tos, from.date);
        // Most steps are in time: compare dates first (no input object), explain only what is reported.
        const due = termEnd(ctx.calendar, from.date, count, unit, direction);
        if (to ? to.date <= due : !stale) continue;
        const d = computeDeadline(ctx.calendar, { from: from.date, count, unit, direction });
        const facts: Record<string, unknown> = {
          from: from.date,
          count,
          unit,
          direction,
          deadline: d.deadline,
          skipped: d.skipped,
          explanation: d.explanation,
        };
        if (d.outsideData) facts['outsideData'] = d.outsideData;
        // The words of the message and the rest of the facts written out, not spread: a finding's facts
        // keep their order (from … explanation, then what this case adds), and the spreads were two
        // thirds of this rule's time.
        const u = UNIT[unit];
        if (to) {
          const late = ctx.calendar.countWorkingDays(d.deadline, to.date);
          const vars = { deadline: d.deadline, count, from: from.date, today: ctx.today, unitKk: u.unitKk, unitRu: u.unitRu, unitEn: u.unitEn, happened: to.date, late };
          facts['happened'] = to.date;
          facts['workingDaysLate'] = late;
          (out ??= []).push({
            path: to.path,
            inSession: to.inSession,
            message: withTitle(titleOf(spec), fill(direction === 'after' ? M.late : M.lateBefore, vars)),
            facts,
          });
          continue;
        }
        if (ctx.today > d.deadline) {
          const since = ctx.calendar.countWorkingDays(d.deadline, ctx.today);
          // A step dated before the event it should answer (a plan approved before the appointment) is named.
          const earlier = direction === 'after' ? lastBefore(tos, from.date) : undefined;
          const vars = { deadline: d.deadline, count, from: from.date, today: ctx.today, unitKk: u.unitKk, unitRu: u.unitRu, unitEn: u.unitEn, since, happened: earlier?.date ?? '' };
          facts['today'] = ctx.today;
          facts['workingDaysSinceDeadline'] = since;
          facts['status'] = 'overdue';
          if (earlier) facts['recordedBefore'] = earlier.date;
          (out ??= []).push({
            path: from.path,
            inSession: from.inSession,
            message: withTitle(titleOf(spec), fill(earlier ? M.overdueBefore : STALE.overdue, vars)),
            facts,
          });
        } else {
          const left = ctx.calendar.countWorkingDays(ctx.today, d.deadline);
          const vars = { deadline: d.deadline, count, from: from.date, today: ctx.today, unitKk: u.unitKk, unitRu: u.unitRu, unitEn: u.unitEn, left };
          facts['today'] = ctx.today;
          facts['workingDaysLeft'] = left;
          facts['status'] = 'open';
          (out ??= []).push({
            path: from.path,
            inSession: from.inSession,
            severity: 'info',
            message: withTitle(titleOf(spec), fill(STALE.open, vars)),
            facts,
          });
        }
      }
      return out ?? NO_REPORTS;
    },
  };
}
