/**
 * almaty-maslikhat-2018 rules: the Model-methodology procedure of ../b-corps-2018/procedure.ts with
 * act 001's parameters and verbatim Kazakh (reading notes act-001-004.md §A.4, 001-Vxx), plus the
 * plan columns App. 1 has and act 000 lacks (KPI deadlines within the plan's year).
 */
import type { Rule } from '../../rules/rule.js';
import { dateWithinRule } from '../../rules/date-within.js';
import { procedureRules } from '../b-corps-2018/procedure.js';
import { CATALOGUE } from './catalogue.js';
import { params } from './params.js';

const ID = 'almaty-maslikhat-2018';

export const rules = (): Rule[] => [
  ...procedureRules({ id: ID, params, catalogue: CATALOGUE }),
  // 001-V11: App. 1 has «Қол жеткізу мерзімдері»; cl. 13(4) time-bound, cl. 18 the plan's year.
  dateWithinRule({
    id: `${ID}/kpi-deadline-in-period`, provision: params.kpiDeadlineInPeriod,
    pattern: '/forms/workPlan/kpis/*/deadline', from: '/period/from', to: '/period/to',
    title: { kk: 'НМИ қол жеткізу мерзімі бағалау кезеңінің ішінде', ru: 'Срок достижения ЦИ — внутри периода оценки', en: 'Each KPI deadline falls within the evaluation period' },
  }),
];
