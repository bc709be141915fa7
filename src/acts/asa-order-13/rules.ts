/**
 * What both annexes of Order No. 13 say alike about who is evaluated at all: not one with less than N
 * months in the post (Annex 1 cl. 3 pt. 1: three; Annex 2 cl. 6: one), and the period must hold at least
 * M working days actually worked (fifteen in both), leave, sick leave and training not counting. Each
 * annex gives its own provisions; the rules are built once here.
 */
import type { Provision } from '../../law/provision.js';
import type { Rule, RuleContext } from '../../rules/rule.js';
import { tenureRule } from '../../rules/exclusion.js';
import { evaluable, workedDaysRule } from '../../rules/worked-days.js';
import { NOT_WORKED } from './act.js';

export interface InPostParams {
  minTenureMonths: Provision<number>;
  minWorkedDays: Provision<number>;
}

/** Is the servant to be evaluated at all (months in the post, days worked; a dismissal ends the period)? */
export const eligible = (params: InPostParams): ((ctx: RuleContext) => boolean) =>
  evaluable({ months: params.minTenureMonths.value, minWorked: params.minWorkedDays.value, notWorking: NOT_WORKED, endEvent: 'dismissed' });

/** Has the servant been dismissed (the event recorded)? Both annexes then notify the dismissed person. */
export const dismissed = (ctx: RuleContext): boolean => ctx.events('dismissed').length > 0;

/** The two rules, with the rule name each annex gives the tenure rule (`tenure-three-months`, `tenure-one-month`). */
export const inPostRules = (id: string, tenureName: string, params: InPostParams): Rule[] => [
  tenureRule({
    id: `${id}/${tenureName}`,
    provision: params.minTenureMonths,
    at: [{ field: '/period/to' }],
    atDayCounts: true,
    title: { kk: 'Лауазымда {value} айдан кем болған қызметші бағаланбайды', ru: 'Не оценивается служащий, пробывший в должности менее {value} мес.', en: 'A servant less than {value} month(s) in the post in the evaluated period is not evaluated' },
  }),
  workedDaysRule({
    id: `${id}/worked-days`,
    provision: params.minWorkedDays,
    notWorking: NOT_WORKED,
    endEvent: 'dismissed',
    title: { kk: 'Кезең кемінде {value} нақты жұмыс істелген жұмыс күнін қамтиды', ru: 'Период включает не менее {value} фактически отработанных рабочих дней', en: 'The evaluated period includes at least {value} working day(s) actually worked' },
  }),
];
