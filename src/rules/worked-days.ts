/**
 * Worked-days rule kind: the evaluated period must include at least N working days the servant
 * actually worked in the post (asa-b-model cl. 6, asa-a-corps cl. 3: «нақты жұмыс істеген кемінде
 * он бес жұмыс күнін»). Counted through the calendar from the later of the period start and the
 * appointment to the earlier of the period end and the dismissal, less the working days inside the
 * absences the pack names as not worked.
 */
import { addCalendarDays, addMonths } from '../law/calendar/index.js';
import { baseOf, fill, withTitle, type RuleBase, titleOf, reads, fromProvision, isNumber } from './base.js';
import type { Report, Rule, RuleContext } from './rule.js';
import { NO_REPORTS } from './no-reports.js';

export interface WorkedDaysSpec extends RuleBase {
  /** By default the provision's value. */
  min?: number;
  /** Absence kinds (exact Kazakh of the pack) that are not days worked. */
  notWorking: readonly string[];
  /** Event type that ends service (dismissal), if any. */
  endEvent?: string;
}

export interface WorkedDays {
  from: string;
  to: string;
  inPost: number;
  absent: number;
  worked: number;
}

const wd = (ctx: RuleContext, a: string, b: string): number => (a > b ? 0 : ctx.calendar.countWorkingDays(addCalendarDays(a, -1), b));

export function workedDays(ctx: RuleContext, spec: Pick<WorkedDaysSpec, 'notWorking' | 'endEvent'>): WorkedDays {
  const { period, servant } = ctx.pkg;
  const from = servant.appointedOn > period.from ? servant.appointedOn : period.from;
  const end = spec.endEvent ? ctx.events(spec.endEvent)[0]?.event.date : undefined;
  const to = end !== undefined && end < period.to ? end : period.to;
  const inPost = wd(ctx, from, to);
  const absences = (servant['absences'] as Array<{ kind: string; from: string; to: string }> | undefined) ?? [];
  let absent = 0;
  for (let i = 0; i < absences.length; i++) {
    const a = absences[i]!;
    if (!spec.notWorking.includes(a.kind)) continue;
    absent += wd(ctx, a.from > from ? a.from : from, a.to < to ? a.to : to);
  }
  return { from, to, inPost, absent, worked: Math.max(0, inPost - absent) };
}

/** Whether any form is filled in or the session decided on the servant (own keys walked in place, no list of values made). */
function evaluated(ctx: RuleContext): boolean {
  const forms = ctx.pkg.forms as Record<string, unknown> | undefined;
  if (forms) for (const k in forms) if (Object.hasOwn(forms, k) && forms[k] !== undefined) return true;
  return ctx.session?.decision !== undefined;
}

export function workedDaysRule(given: WorkedDaysSpec): Rule {
  const spec = { ...given, min: fromProvision(given, given.min, 'min', isNumber) };
  return {
    ...baseOf(spec),
    reads: reads('/servant/appointedOn', '/period/from', '/period/to', '/servant/absences', spec.endEvent ? '/events/*/date' : undefined),
    check(ctx): Report[] {
      if (!evaluated(ctx)) return NO_REPORTS;
      const w = workedDays(ctx, spec);
      if (w.worked >= spec.min) return NO_REPORTS;
      return [
        {
          path: '/servant',
          message: withTitle(
            titleOf(spec),
            fill({ kk: '{from} – {to} аралығында {worked} жұмыс күні жұмыс істеген (лауазымда {inPost}, болмаған {absent}), кемінде {min} қажет', ru: 'с {from} по {to} отработано {worked} раб. дн. (в должности {inPost}, отсутствие {absent}), нужно не менее {min}', en: '{worked} working day(s) worked from {from} to {to} ({inPost} in the post, {absent} absent), at least {min} required' }, { ...w, min: spec.min }),
          ),
          facts: { ...w, min: spec.min },
        },
      ];
    },
  };
}

/**
 * Is the servant evaluated at all: at least `months` in the post by the period's last day (that day
 * counting) and at least `minWorked` working days actually worked (asa-b-model cl. 6, asa-a-corps cl. 3)?
 * Rules whose clause presupposes an evaluation apply only then.
 */
export function evaluable(spec: { months: number; minWorked: number; notWorking: readonly string[]; endEvent?: string }): (ctx: RuleContext) => boolean {
  const days = { notWorking: spec.notWorking, ...(spec.endEvent ? { endEvent: spec.endEvent } : {}) };
  return (ctx) =>
    addCalendarDays(ctx.pkg.period.to, 1) >= addMonths(ctx.pkg.servant.appointedOn, spec.months) && workedDays(ctx, days).worked >= spec.minWorked;
}
