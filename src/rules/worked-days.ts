/**
 * Worked-days rule kind: the evaluated period must include at least N working days the servant
 * actually worked in the post (asa-b-model cl. 6, asa-a-corps cl. 3: «нақты жұмыс істеген кемінде
 * он бес жұмыс күнін»). Counted through the calendar from the later of the period start and the
 * appointment to the earlier of the period end and the dismissal, less the working days inside the
 * absences the pack names as not worked.
 */
import { addMonthsDay, toDayNumber, workingDaysIn } from '../law/calendar/index.js';
import { baseOf, fill, withTitle, type RuleBase, titleOf, reads, fromProvision, isNumber } from './base.js';
import type { Report, Rule, RuleContext } from './rule.js';
import { NO_REPORTS } from './no-reports.js';
import { evaluated } from './exclusion.js';

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

/** Working days from a to b, both counted (none when b is before a), in day numbers: no date text made. */
const wd = (ctx: RuleContext, a: string, b: string): number => (a > b ? 0 : workingDaysIn(ctx.calendar, toDayNumber(a), toDayNumber(b)));

export function workedDays(ctx: RuleContext, spec: Pick<WorkedDaysSpec, 'notWorking' | 'endEvent'>): WorkedDays {
  const { period, servant } = ctx.pkg;
  const from = servant.appointedOn > period.from ? servant.appointedOn : period.from;
  const to = lastDay(ctx, spec);
  const inPost = wd(ctx, from, to);
  const absent = absentDays(ctx, spec, from, to);
  return { from, to, inPost, absent, worked: Math.max(0, inPost - absent) };
}

/** `workedDays(…).worked` alone, no object made (a rule's `applies` asks it of every package). */
function workedCount(ctx: RuleContext, spec: Pick<WorkedDaysSpec, 'notWorking' | 'endEvent'>): number {
  const { period, servant } = ctx.pkg;
  const from = servant.appointedOn > period.from ? servant.appointedOn : period.from;
  const to = lastDay(ctx, spec);
  const inPost = wd(ctx, from, to);
  return Math.max(0, inPost - absentDays(ctx, spec, from, to));
}

/** The last day in the post within the period: the period's last day, or the dismissal's when earlier. */
function lastDay(ctx: RuleContext, spec: Pick<WorkedDaysSpec, 'endEvent'>): string {
  const period = ctx.pkg.period;
  const end = spec.endEvent ? ctx.events(spec.endEvent)[0]?.event.date : undefined;
  return end !== undefined && end < period.to ? end : period.to;
}

/** The working days inside the absences not worked, within from…to. */
function absentDays(ctx: RuleContext, spec: Pick<WorkedDaysSpec, 'notWorking'>, from: string, to: string): number {
  const absences = ctx.pkg.servant['absences'] as Array<{ kind: string; from: string; to: string }> | undefined;
  let absent = 0;
  if (absences)
    for (let i = 0; i < absences.length; i++) {
      const a = absences[i]!;
      if (!spec.notWorking.includes(a.kind)) continue;
      absent += wd(ctx, a.from > from ? a.from : from, a.to < to ? a.to : to);
    }
  return absent;
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
  // In day numbers: the day after the period against the day `months` after the appointment.
  return (ctx) =>
    toDayNumber(ctx.pkg.period.to) + 1 >= addMonthsDay(ctx.pkg.servant.appointedOn, spec.months) && workedCount(ctx, days) >= spec.minWorked;
}
