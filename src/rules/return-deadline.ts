/**
 * Return-deadline rule kind: a servant absent while the evaluation is held is evaluated within
 * N working days after returning to work (sjc-apparatus cl. 5: «жұмысқа шыққаннан кейін бес жұмыс
 * күні ішінде»). "While the evaluation is held" is the window from the day after the period to
 * the date limit of the evaluation; the return day is the day after the absence's last day, and
 * the N working days are counted from the day after it, like every term in the calendar.
 */
import { addCalendarDays, deadline as computeDeadline, termEnd } from '../law/calendar/index.js';
import { baseOf, fill, withTitle, type RuleBase, titleOf, reads, fromProvision, isNumber } from './base.js';
import { dateLimit, type DateLimitSpec } from './date-limit.js';
import { dateResolver, firstFrom, type DateRef, refReads } from './dates.js';
import type { Report, Rule, RuleContext } from './rule.js';
import { NO_REPORTS } from './no-reports.js';
import { judgeMissing } from './deadline.js';

export interface Absent {
  index: number;
  kind: string;
  from: string;
  to: string;
}

/** The last absence of the listed kinds that overlaps the evaluation window, if any. */
export function absentDuringEvaluation(ctx: RuleContext, kinds: readonly string[], limit: Pick<DateLimitSpec, 'anchor' | 'months' | 'day'>): Absent | undefined {
  const list = ctx.pkg.servant['absences'] as Array<{ kind: string; from: string; to: string }> | undefined;
  // Most servants were not absent: the window is worked out only for one who was.
  if (!list || list.length === 0) return undefined;
  const start = addCalendarDays(ctx.pkg.period.to, 1);
  const end = dateLimit(limit, ctx.pkg.period);
  let found: Absent | undefined;
  for (let index = 0; index < list.length; index++) {
    const a = list[index]!;
    if (!kinds.includes(a.kind) || a.to < start || a.from > end) continue;
    if (!found || a.to > found.to) found = { index, ...a };
  }
  return found;
}

export interface ReturnDeadlineSpec extends RuleBase {
  kinds: readonly string[];
  /** The evaluation's own date limit (its window ends there). */
  limit: Pick<DateLimitSpec, 'anchor' | 'months' | 'day'>;
  /** The step: the evaluation. */
  at: DateRef;
  /** By default the provision's value. */
  workingDays?: number;
  /** The rule speaks only when this form is filled in (the method the clause is about). */
  form?: string;
}

export function returnDeadlineRule(given: ReturnDeadlineSpec): Rule {
  const spec = { ...given, workingDays: fromProvision(given, given.workingDays, 'workingDays', isNumber) };
  const at = dateResolver(spec.at);
  return {
    ...baseOf(spec),
    reads: reads(refReads([spec.at]), '/servant/absences', spec.form ? `/forms/${spec.form}` : undefined),
    check(ctx: RuleContext): Report[] {
      if (spec.form && ctx.pkg.forms?.[spec.form] === undefined) return NO_REPORTS;
      const a = absentDuringEvaluation(ctx, spec.kinds, spec.limit);
      if (!a) return NO_REPORTS;
      const back = addCalendarDays(a.to, 1);
      // The first step on or after the absence's first day, else the first step.
      const steps = at(ctx);
      const step = firstFrom(steps, a.from) ?? steps[0];
      if (step && step.date >= back && step.date <= termEnd(ctx.calendar, back, spec.workingDays, 'working-days')) return NO_REPORTS;
      const d = computeDeadline(ctx.calendar, { from: back, count: spec.workingDays, unit: 'working-days' });
      const facts: Record<string, unknown> = { absence: { kind: a.kind, from: a.from, to: a.to }, returned: back, workingDays: spec.workingDays, deadline: d.deadline, skipped: d.skipped, explanation: d.explanation };
      const vars: Record<string, string | number> = { kind: a.kind, back, n: spec.workingDays, deadline: d.deadline, today: ctx.today };
      if (step) {
        vars['happened'] = step.date;
        facts['happened'] = step.date;
        const early = step.date < back;
        return [
          {
            path: step.path,
            inSession: step.inSession,
            message: withTitle(
              titleOf(spec),
              fill(
                early
                  ? { kk: 'қызметші болмаған кезде («{kind}») бағаланған: {happened}; жұмысқа {back} шықты', ru: 'оценено во время отсутствия («{kind}»): {happened}; вышел на работу {back}', en: 'evaluated {happened} while absent («{kind}»); returned to work {back}' }
                  : { kk: 'жұмысқа {back} шықты; мерзімі {deadline} ({n} жұмыс күні), іс жүзінде {happened}', ru: 'вышел на работу {back}; срок {deadline} ({n} раб. дн.), фактически {happened}', en: 'returned to work {back}; due {deadline} ({n} working days), happened {happened}' },
                vars,
              ),
            ),
            facts,
          },
        ];
      }
      const overdue = judgeMissing(ctx, d.deadline, facts, vars);
      return [
        {
          path: `/servant/absences/${a.index}`,
          ...(overdue ? {} : { severity: 'info' as const }),
          message: withTitle(
            titleOf(spec),
            fill(
              overdue
                ? { kk: 'жұмысқа {back} шықты; бағалау әлі жоқ, мерзімі {deadline} өтті ({since} жұмыс күні өтті, тексеру күні {today})', ru: 'вышел на работу {back}; оценки нет, срок {deadline} истёк ({since} раб. дн. назад, дата проверки {today})', en: 'returned to work {back}; no evaluation recorded and the deadline {deadline} has passed ({since} working day(s) ago, as of {today})' }
                : { kk: 'жұмысқа {back} шықты; бағалау мерзімі {deadline}, {left} жұмыс күні қалды (тексеру күні {today})', ru: 'вышел на работу {back}; срок оценки {deadline}, осталось {left} раб. дн. (дата проверки {today})', en: 'returned to work {back}; evaluation due {deadline}, {left} working day(s) left (as of {today})' },
              vars,
            ),
          ),
          facts,
        },
      ];
    },
  };
}
