/**
 * Limit-before rule kind: a step must happen no later than N working days before a date limit
 * that is itself fixed relative to the period (sjc-apparatus cl. 22: the Sector sends the
 * pre-calculated actual values «4-тармағына сәйкес бағалау мерзімінің соңғы күніне дейінгі бес жұмыс
 * күннен кешіктірмейтін мерзімде»). The limit comes from `dateLimit`; the working days from the
 * calendar. A step not recorded is judged against the check date (overdue or open).
 */
import { deadline as computeDeadline, termEnd } from '../law/calendar/index.js';
import { baseOf, fill, withTitle, type RuleBase, titleOf, reads, fromProvision, isNumber } from './base.js';
import { limitOf, type DateLimitSpec } from './date-limit.js';
import { dateResolver, type DateRef, refReads } from './dates.js';
import type { Report, Rule, RuleContext } from './rule.js';
import { NO_REPORTS } from './no-reports.js';
import { judgeMissing, STALE } from './deadline.js';

export interface LimitBeforeSpec extends RuleBase {
  /** The step. */
  at: DateRef;
  /** The date limit the count runs back from. */
  limit: Pick<DateLimitSpec, 'anchor' | 'months' | 'day'>;
  /** Working days before the limit. */
  /** By default the provision's value. */
  workingDays?: number;
  stale?: boolean;
}

export function limitBeforeRule(given: LimitBeforeSpec): Rule {
  const spec = { ...given, workingDays: fromProvision(given, given.workingDays, 'workingDays', isNumber) };
  const at = dateResolver(spec.at);
  const limitFor = limitOf(spec.limit);
  return {
    ...baseOf(spec),
    reads: reads(refReads([spec.at])),
    check(ctx: RuleContext): Report[] {
      const limit = limitFor(ctx.pkg.period);
      const step = at(ctx)[0];
      // Most steps are in time: compare dates first (no input object), explain only what is reported.
      if (step && step.date <= termEnd(ctx.calendar, limit, spec.workingDays, 'working-days', 'before')) return NO_REPORTS;
      if (!step && spec.stale === false) return NO_REPORTS;
      const input = { from: limit, count: spec.workingDays, unit: 'working-days' as const, direction: 'before' as const };
      const d = computeDeadline(ctx.calendar, input);
      const facts: Record<string, unknown> = { limit, workingDays: spec.workingDays, deadline: d.deadline, skipped: d.skipped, explanation: d.explanation };
      const vars: Record<string, string | number> = { limit, n: spec.workingDays, deadline: d.deadline, today: ctx.today };
      if (step) {
        vars['happened'] = step.date;
        facts['happened'] = step.date;
        return [
          {
            path: step.path,
            inSession: step.inSession,
            message: withTitle(titleOf(spec), fill({ kk: '{limit} күнінен {n} жұмыс күні бұрын, яғни {deadline} кешіктірмей; іс жүзінде {happened}', ru: 'не позднее {deadline} ({n} раб. дн. до {limit}), фактически {happened}', en: 'due by {deadline} ({n} working days before {limit}), happened {happened}' }, vars)),
            facts,
          },
        ];
      }
      const overdue = judgeMissing(ctx, d.deadline, facts, vars);
      return [
        {
          path: '/events',
          ...(overdue ? {} : { severity: 'info' as const }),
          message: withTitle(titleOf(spec), fill(overdue ? STALE.overdue : STALE.open, vars)),
          facts,
        },
      ];
    },
  };
}
