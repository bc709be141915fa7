/**
 * Tenure-in-period rule kind: a servant who held the position for less than N months within a
 * period is not evaluated (sjc-apparatus cl. 5: «бағаланатын кезеңде нақты лауазымда болу мерзімі
 * үш айдан кем болған жағдайда, оны бағалау жүргізілмейді»), or gets no plan for it (cl. 22: from
 * appointment to the end of the period less than three months ⇒ no target indicators).
 * Time in post counts from the later of the appointment and the period's first day to the day
 * after the period's last day; the rule speaks only when one of the named forms is filled in.
 */
import { addMonths, addMonthsDay, toDayNumber } from '../law/calendar/index.js';
import { baseOf, fill, formName, withTitle, type RuleBase, titleOf, reads, fromProvision, isNumber } from './base.js';
import { isoShaped } from './dates.js';
import type { Report, Rule, RuleContext } from './rule.js';
import { NO_REPORTS } from './no-reports.js';
import { holdsAny } from './form-missing.js';

export interface TenureInPeriodSpec extends RuleBase {
  /** By default the provision's value. */
  months?: number;
  /** JSON Pointers of the period's first and last day (default: the package period). */
  from?: string;
  to?: string;
  /** Form keys whose presence means "evaluated" (or "plan set"). */
  forms: readonly string[];
}


const dateAt = (ctx: RuleContext, ptr: string | undefined, fallback: string): string | undefined => {
  if (ptr === undefined) return fallback;
  const v = ctx.get(ptr);
  return isoShaped(v) ? v : undefined;
};

/**
 * Whether a servant appointed on `appointed` held the position for `months` within the period `from`–`to`,
 * counted from the later of the appointment and the period's first day (compared in day numbers).
 */
export function inPostLongEnough(appointed: string, from: string, to: string, months: number): boolean {
  const start = appointed > from ? appointed : from;
  return addMonthsDay(start, months) <= toDayNumber(to) + 1;
}

export function tenureInPeriodRule(given: TenureInPeriodSpec): Rule {
  const spec = { ...given, months: fromProvision(given, given.months, 'months', isNumber) };
  return {
    ...baseOf(spec),
    reads: reads(spec.from, spec.to, spec.forms.map((k) => `/forms/${k}`)),
    check(ctx): Report[] {
      const forms = ctx.pkg.forms;
      if (!forms || !holdsAny(ctx, spec.forms)) return NO_REPORTS;
      const from = dateAt(ctx, spec.from, ctx.pkg.period.from);
      const to = dateAt(ctx, spec.to, ctx.pkg.period.to);
      if (!from || !to) return NO_REPORTS;
      const appointed = ctx.pkg.servant.appointedOn;
      // The dates are written out only for a finding.
      if (inPostLongEnough(appointed, from, to, spec.months)) return NO_REPORTS;
      const start = appointed > from ? appointed : from;
      const needed = addMonths(start, spec.months);
      const filled = spec.forms.filter((k) => forms[k] !== undefined);
      // the forms filled in by their captions («1-қосымша. …»), not the file's keys; the facts keep the keys
      const names = filled.map((k) => formName(ctx, k));
      const list = (l: 'kk' | 'ru' | 'en') => names.map((n) => n[l]).join(', ');
      return [
        {
          path: '/servant/appointedOn',
          message: withTitle(
            titleOf(spec),
            fill(
              {
                kk: 'лауазымда {appointed} бастап; {from}–{to} кезеңінде {months} айдан кем ({start} бастап {needed} дейін жетпейді); толтырылған: {formsKk}',
                ru: 'в должности с {appointed}; в периоде {from}–{to} менее {months} мес. (от {start} до {needed} не хватает); заполнено: {formsRu}',
                en: 'in the position since {appointed}: less than {months} month(s) within {from}–{to} (from {start}, {needed} is after the period); filled in: {formsEn}',
              },
              { appointed, from, to, months: spec.months, start, needed, formsKk: list('kk'), formsRu: list('ru'), formsEn: list('en') },
            ),
          ),
          facts: { appointedOn: appointed, period: { from, to }, countedFrom: start, monthsNeeded: spec.months, monthsReachedOn: needed, forms: filled },
        },
      ];
    },
  };
}
