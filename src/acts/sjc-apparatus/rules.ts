/**
 * sjc-apparatus: the machine-checkable provisions, one rule each, built from the shared rule kinds
 * with this act's parameters. Reading notes: ../shared/notes/act-001-004.md §B.4 (004-V01…V48);
 * what is not here is in `unchecked.ts` with the reason.
 */
import type { Text3 } from '../../law/finding.js';
import { addCalendarDays } from '../../law/calendar/index.js';
import { holdsAny, workingDaysDue, type DueDate } from '../../rules/form-missing.js';
import { combineRules } from '../../rules/combine.js';
import { countRule } from '../../rules/count.js';
import { countEachRule } from '../../rules/count-each.js';
import { majorityRule } from '../../rules/commission.js';
import { dateLimitRule } from '../../rules/date-limit.js';
import { dateWithinRule } from '../../rules/date-within.js';
import { deadlineRule } from '../../rules/deadline.js';
import { formRequiredRule, formsByCategoryRule, type CategoryGroup } from '../../rules/forms-by-category.js';
import { gradeBandRule } from '../../rules/grade-band.js';
import { limitBeforeRule } from '../../rules/limit-before.js';
import { meanRule } from '../../rules/mean.js';
import { percentTableRule } from '../../rules/percent-table.js';
import { periodShapeRule } from '../../rules/period-shape.js';
import { requiredRule, sameValueRule } from '../../rules/presence.js';
import { sessionCorrectionRule } from '../../rules/session-correction.js';
import { absentDuringEvaluation, returnDeadlineRule } from '../../rules/return-deadline.js';
import { rowMeanRule } from '../../rules/row-mean.js';
import { rowSetRule } from '../../rules/row-set.js';
import type { Rule, RuleContext } from '../../rules/rule.js';
import { sessionMemberRule } from '../../rules/session-member.js';
import { surveyAverageRule } from '../../rules/survey-average.js';
import { inPostLongEnough, tenureInPeriodRule } from '../../rules/tenure-in-period.js';
import { wholePeriodFrom } from '../../rules/period-shape.js';
import { valueRangeRule } from '../../rules/value-range.js';
import {
  ABSENCE_KINDS,
  ANSWER_POINTS,
  APP3_TABLE,
  BAND_NOTE,
  COMPETENCIES_HEADS,
  COMPETENCIES_STAFF,
  DIRECT_HEAD,
  HEAD_CATEGORIES,
  POINTS_NOTE,
  RANKING_PARAMETERS,
  RESULT_BANDS,
  RESULT_ROWS_HEADS,
  RESULT_ROWS_STAFF,
  SELF,
} from './catalogue.js';
import { params } from './params.js';

const ID = 'sjc-apparatus';
const t = (kk: string, ru: string, en: string): Text3 => ({ kk, ru, en });

const has = (ctx: RuleContext, form: string): boolean => ctx.pkg.forms?.[form] !== undefined;
const QUARTERLY_FORMS = ['kpiSheet', 'rankingSheet'] as const;
const ANNUAL_FORMS = ['survey360Heads', 'survey360Staff', 'result360Heads', 'result360Staff'] as const;
const quarterly = (ctx: RuleContext): boolean => holdsAny(ctx, QUARTERLY_FORMS);
const annual = (ctx: RuleContext): boolean => holdsAny(ctx, ANNUAL_FORMS);

/** The quarter a quarterly package evaluates: the quarter of the period's last day («1 - тоқсан» … «4 - тоқсан»). */
export const quarterKey = (ctx: RuleContext): string => `q${Math.ceil(Number(ctx.pkg.period.to.slice(5, 7)) / 3)}`;

/** The cl. 4 limit: the given day of the month after the period (quarter or year) ends. */
const afterPeriod = (day: number) => ({ anchor: 'period-end' as const, months: 1, day });
const QUARTER_LIMIT = afterPeriod(params.quarterlyLimitDay.value);

const CATEGORY_NOTE = t(
  'Басшылар (Аппарат басшысының орынбасары, құрылымдық бөлімше басшысы) 2-тармақтың 4) тармақшасы бойынша В-1 санатымен анықталды; қалғандары — "Б" корпусының қызметшілері',
  'Руководители (заместитель руководителя аппарата, руководитель структурного подразделения) определены по категории В-1 (пп. 4) п. 2); остальные — служащие корпуса «Б»',
  'Heads (the deputy head of the Apparatus, heads of structural units) are identified by category В-1 (cl. 2(4)); everyone else is a corps "B" servant',
);
const IS_NOTE = t(
  'Ақпараттық жүйеде орналастыру техникалық мүмкіндік болғанда ғана міндетті: тек жазылған күн тексеріледі',
  'Размещение в ИС обязательно лишь при технической возможности: проверяется только записанная дата',
  'Posting in the information system is due only where technically possible: only a recorded date is checked',
);

const PLAN_NOTE = t(
  'Жоспардың «бағаланатын кезеңі» — 1-қосымшадағы «жыл (жеке жоспар құрылатын кезең)» (planPeriod); НМИ белгіленген күн — «БЕКІТЕМІН» блогындағы күн',
  '«Оцениваемый период» плана — «год (период, на который составляется план)» (planPeriod) приложения 1; день установления ЦИ — дата в блоке «УТВЕРЖДАЮ»',
  'The plan\'s "evaluated period" is App. 1\'s «жыл (жеке жоспар құрылатын кезең)» (planPeriod); the day the indicators are set is the date of the «БЕКІТЕМІН» block',
);

const HEAD_FORMS = ['workPlan', 'kpiSheet'] as const;
const STAFF_FORMS = ['rankingSheet'] as const;

const HEAD = t('басшы', 'руководитель', 'head');
const STAFF = t('"Б" корпусының қызметшісі', 'служащий корпуса «Б»', 'corps "B" servant');
/** Cl. 21, 27 (App. 2), 28–29 (App. 4): the quarterly evaluation's groups, what each may not fill in and what it is evaluated on. */
const QUARTER_GROUPS: CategoryGroup[] = [
  { categories: HEAD_CATEGORIES, label: HEAD, forbidden: STAFF_FORMS, required: ['kpiSheet'] },
  { label: STAFF, forbidden: HEAD_FORMS, required: STAFF_FORMS },
];
/** Cl. 33 (App. 5/6), 36 (App. 7/8): the 360 evaluation's. */
const SURVEY_GROUPS: CategoryGroup[] = [
  { categories: HEAD_CATEGORIES, label: HEAD, forbidden: ['survey360Staff', 'result360Staff'], required: ['survey360Heads', 'result360Heads'] },
  { label: STAFF, forbidden: ['survey360Heads', 'result360Heads'], required: ['survey360Staff', 'result360Staff'] },
];

const isHead = (ctx: RuleContext): boolean => HEAD_CATEGORIES.includes(ctx.pkg.servant.category);
/**
 * Cl. 4, 33: the 360 evaluation is yearly, the others quarterly. A package is the 360 one when it holds a 360
 * form, the quarterly one when it holds a quarterly sheet; one that holds neither is told by its period.
 */
const annualPackage = (ctx: RuleContext): boolean => annual(ctx) || (!quarterly(ctx) && wholePeriodFrom(ctx.pkg.period.from, 'year')?.to === ctx.pkg.period.to);
/** Cl. 5: a servant in the position less than the minimum within the period is not evaluated. */
const inPost = (ctx: RuleContext): boolean => inPostLongEnough(ctx.pkg.servant.appointedOn, ctx.pkg.period.from, ctx.pkg.period.to, params.tenureMonths.value);
/** Cl. 5: a head absent while the quarterly evaluation is held is evaluated on target indicators after returning. */
const headAbsent = (ctx: RuleContext): boolean => absentDuringEvaluation(ctx, ABSENCE_KINDS, QUARTER_LIMIT) !== undefined;
/**
 * Cl. 5: the day a head away at evaluation time returns — the day after the absence's recorded last day (the
 * schema's `to`: «жұмысқа шыққанның алдындағы күн»), as absent-kpi-evaluation reads it; undefined when the
 * package records no absence or no last day (nothing is guessed).
 */
const headReturn = (ctx: RuleContext): string | undefined => {
  const a = absentDuringEvaluation(ctx, ABSENCE_KINDS, QUARTER_LIMIT);
  return a && typeof a.to === 'string' ? addCalendarDays(a.to, 1) : undefined;
};
const RETURN_BASIS = t('жұмысқа {back} шықты, одан кейін {n} жұмыс күні', 'вышел на работу {back}, {n} раб. дн. после выхода', 'returned to work {back}, {n} working days after');
/** Cl. 5: App. 2 of a head who was away is due five working days after the return (the days counted as every term is). */
const returnDue = (ctx: RuleContext): DueDate => workingDaysDue(ctx, params.returnWorkingDays, { date: headReturn(ctx)!, var: 'back', fact: 'returned' }, RETURN_BASIS);

const FORM_REQUIRED_NOTE = t(
  'Тоқсандық парағы да, 360 нысаны да жоқ пакет кезеңі бойынша танылады: күнтізбелік жыл — 360 бағалау, қалғаны — тоқсандық бағалау. 5-тармақ бойынша бағаланбайтын қызметші (кезеңде лауазымда аз болған) үшін ереже үндемейді. Бағалау кезінде жұмыста болмаған басшының 2-қосымшасы 5-тармақ бойынша жұмысқа шыққаннан кейін бес жұмыс күні ішінде күтіледі: жұмысқа шыққан күн — болмаудың жазылған соңғы күнінің ертеңі; соңғы күні жазылмаса, ереже үндемейді (күн ойдан алынбайды). 4-тармақтың (болмаған басшы үшін — 5-тармақтың) шекті күні өтпегенше нысанның жоқтығы — ескертпе.',
  'Пакет без квартального листа и без форм 360 распознаётся по периоду: календарный год — оценка 360, иначе — квартальная оценка. Правило молчит для служащего, который по п. 5 не оценивается (мало пробыл в должности в периоде). Прил. 2 руководителя, отсутствовавшего во время оценки, по п. 5 ожидается в течение пяти рабочих дней после выхода на работу: день выхода — следующий за записанным последним днём отсутствия; если последний день не записан, правило молчит (дата не придумывается). До предельной даты п. 4 (для отсутствовавшего руководителя — п. 5) отсутствие формы — замечание.',
  'A package holding neither a quarterly sheet nor a 360 form is told by its period: a calendar year is the 360 evaluation, any other the quarterly one. The rule is silent for a servant cl. 5 excludes (too short a time in the post within the period). A head away at evaluation time is due App. 2 within five working days of returning (cl. 5): the return is the day after the absence’s recorded last day; where no last day is recorded the rule is silent (no date is guessed). Until the cl. 4 limit (for a head who was away, the cl. 5 one) has passed a missing form is a note.',
);

export const rules = (): Rule[] => [
  // ── Who is evaluated how ──────────────────────────────────────────────────────────────────
  formsByCategoryRule({
    id: `${ID}/method-by-category`,
    provision: params.methodByCategory,
    title: t('Басшылар НМИ бойынша, қалған қызметшілер саралау әдісімен бағаланады', 'Руководители оцениваются по ЦИ, остальные служащие — методом ранжирования', 'Heads are evaluated by target indicators, other servants by the ranking method'),
    note: CATEGORY_NOTE,
    groups: QUARTER_GROUPS,
  }),
  formsByCategoryRule({
    id: `${ID}/survey-form-by-category`,
    provision: params.surveyFormByCategory,
    title: t('360 бағалау: басшылар 5/7-қосымша, қалғандары 6/8-қосымша бойынша', 'Оценка 360: руководители по прил. 5/7, остальные по прил. 6/8', '360 evaluation: heads on App. 5/7, other servants on App. 6/8'),
    note: CATEGORY_NOTE,
    groups: SURVEY_GROUPS,
  }),
  // One finding naming the missing form and the cl. 4 limit; the date-limit rules below speak only of a package that holds a form.
  combineRules(
    (
      [
        [params.kpiMethodForHeads, QUARTER_GROUPS, QUARTER_LIMIT, (ctx: RuleContext) => !annualPackage(ctx) && isHead(ctx) && !headAbsent(ctx)],
        // Cl. 5: a head away at evaluation time, App. 2 due five working days after the recorded return; silent when no return is recorded.
        [params.returnWorkingDays, QUARTER_GROUPS, returnDue, (ctx: RuleContext) => !annualPackage(ctx) && isHead(ctx) && headReturn(ctx) !== undefined],
        [params.rankingByUnitHead, QUARTER_GROUPS, QUARTER_LIMIT, (ctx: RuleContext) => !annualPackage(ctx) && !isHead(ctx)],
        [params.surveyFormByCategory, SURVEY_GROUPS, afterPeriod(params.surveyLimitDay.value), annualPackage],
      ] as const
    ).map(([provision, groups, due, which]) =>
      formRequiredRule({
        id: `${ID}/form-required`,
        provision,
        title: t('Пакетте қызметшінің санаты бойынша бағалау нысаны бар', 'В пакете есть форма оценки, положенная служащему по категории', 'The package holds the evaluation form the servant’s category calls for'),
        note: FORM_REQUIRED_NOTE,
        groups,
        due,
        applies: (ctx) => inPost(ctx) && which(ctx),
      }),
    ),
  ),
  periodShapeRule({
    id: `${ID}/period-quarter`,
    provision: params.quarterlyLimitDay,
    note: null, // the provision's note is on the limit day, not on the period's length
    title: t('НМИ және саралау бойынша бағалау кезеңі — бір тоқсан', 'Период оценки по ЦИ и ранжированию — один квартал', 'Target-indicator and ranking evaluations cover one quarter'),
    unit: 'quarter',
    applies: quarterly,
  }),
  periodShapeRule({
    id: `${ID}/period-year`,
    provision: params.periodYear,
    title: t('360 бағалау кезеңі — күнтізбелік жыл', 'Период оценки 360 — календарный год', 'The 360 evaluation covers one calendar year'),
    unit: 'year',
    applies: annual,
  }),
  tenureInPeriodRule({
    id: `${ID}/tenure`,
    provision: params.tenureMonths,
    title: t('Кезеңде лауазымда {value} айдан кем болған қызметші бағаланбайды', 'Служащий, пробывший в должности в периоде менее {value} мес., не оценивается', 'A servant in the position for less than {value} month(s) of the period is not evaluated'),
    note: t(
      'Лауазымдағы мерзім пакеттің кезеңі ішінде саналады (тағайындалған күн мен кезең басының кешірегінен бастап): тоқсандық бағалау үшін бұл тоқсан басынан бастап лауазымда болуды білдіреді',
      'Срок в должности считается в пределах периода пакета (с более поздней из дат назначения и начала периода): для квартальной оценки это значит быть в должности с начала квартала',
      'Time in post is counted within the package period (from the later of the appointment and the period start): for a quarterly evaluation that means being in post from the quarter\'s first day',
    ),
    forms: ['kpiSheet', 'rankingSheet', 'survey360Heads', 'survey360Staff'],
  }),

  // ── Cl. 4–6: when the evaluations are held ────────────────────────────────────────────────
  dateLimitRule({
    id: `${ID}/quarterly-deadline`,
    provision: params.quarterlyLimitDay,
    title: t('Тоқсандық бағалау есепті тоқсаннан кейінгі айдың {value}-күнінен кешіктірілмей', 'Квартальная оценка — не позднее {value}-го числа месяца после квартала', 'Quarterly evaluation by day {value} of the month after the quarter'),
    at: [{ event: 'evaluated' }],
    ...QUARTER_LIMIT,
    // A head absent while the evaluation is held is evaluated after return (cl. 5, rule absent-kpi-evaluation).
    applies: (ctx) => quarterly(ctx) && !(has(ctx, 'kpiSheet') && headAbsent(ctx)),
  }),
  returnDeadlineRule({
    id: `${ID}/absent-kpi-evaluation`,
    provision: params.returnWorkingDays,
    title: t('Болмаған басшыны НМИ бойынша бағалау жұмысқа шыққаннан кейін {value} жұмыс күні ішінде', 'Оценка ЦИ отсутствовавшего руководителя — в течение {value} раб. дн. после выхода', 'A head absent at evaluation time is evaluated on target indicators within {value} working day(s) of returning'),
    kinds: ABSENCE_KINDS,
    limit: QUARTER_LIMIT,
    at: { event: 'evaluated' },
    form: 'kpiSheet',
  }),
  dateLimitRule({
    id: `${ID}/survey-deadline`,
    provision: params.surveyLimitDay,
    title: t('360 бағалау есепті жылдан кейінгі айдың {value}-күнінен кешіктірілмей', 'Оценка 360 — не позднее {value}-го числа месяца после отчётного года', '360 evaluation by day {value} of the month after the reporting year'),
    at: [{ event: 'evaluated-360' }],
    ...afterPeriod(params.surveyLimitDay.value),
    applies: annual,
  }),

  // ── Cl. 7, App. 2, App. 4: results ────────────────────────────────────────────────────────
  gradeBandRule({
    id: `${ID}/kpi-result-band`,
    provision: params.kpiResultBand,
    title: t('НМИ бойынша бағалау нәтижесі қорытынды бағаның диапазонына сәйкес', 'Результат оценки по ЦИ соответствует диапазону итоговой оценки', 'The result of the target-indicator sheet matches the band of its final grade'),
    note: BAND_NOTE,
    value: '/forms/kpiSheet/finalGrade',
    label: '/forms/kpiSheet/result',
    bands: RESULT_BANDS,
  }),
  gradeBandRule({
    id: `${ID}/ranking-result-band`,
    provision: params.rankingResultBand,
    title: t('Саралау нәтижесі орташа қорытынды бағаның диапазонына сәйкес', 'Результат ранжирования соответствует диапазону средней итоговой оценки', 'The ranking result matches the band of the average final grade'),
    note: BAND_NOTE,
    value: '/forms/rankingSheet/average',
    label: '/forms/rankingSheet/result',
    bands: RESULT_BANDS,
  }),

  // ── Ch. 2: target indicators of the heads ─────────────────────────────────────────────────
  requiredRule({
    id: `${ID}/plan-present`,
    provision: params.planPresent,
    title: t('НМИ бойынша бағалау жеке жұмыс жоспарына (1-қосымша) сүйенеді', 'Оценка по ЦИ опирается на индивидуальный план работы (прил. 1)', 'A target-indicator evaluation rests on the individual work plan (App. 1)'),
    when: { field: '/forms/kpiSheet' },
    require: { field: '/forms/workPlan' },
    path: '/forms',
  }),
  requiredRule({
    id: `${ID}/plan-agreed`,
    provision: params.planAgreed,
    title: t('НМИ Сектормен келісіліп белгіленеді', 'ЦИ устанавливаются по согласованию с Сектором', 'Target indicators are set in agreement with the Sector'),
    when: { field: '/forms/workPlan' },
    require: { event: 'plan-agreed' },
    path: '/events',
  }),
  deadlineRule({
    id: `${ID}/plan-deadline`,
    provision: params.planWorkingDays,
    title: t('Жеке жұмыс жоспары кезең басталғаннан кейін {value} жұмыс күні ішінде бекітіледі', 'Индивидуальный план утверждается в течение {value} раб. дн. после начала периода', 'The work plan is approved within {value} working day(s) after the period starts'),
    note: PLAN_NOTE,
    from: { field: '/forms/workPlan/planPeriod/from' },
    to: { field: '/forms/workPlan/approvedBy/date' },
    unit: 'working-days',
    applies: (ctx) => {
      const from = ctx.get('/forms/workPlan/planPeriod/from');
      return typeof from === 'string' && ctx.pkg.servant.appointedOn <= from;
    },
  }),
  deadlineRule({
    id: `${ID}/plan-deadline-appointed`,
    provision: params.planAppointedWorkingDays,
    note: PLAN_NOTE,
    title: t('Кезең басталғаннан кейін тағайындалғанға НМИ тағайындалған күннен бастап {value} жұмыс күні ішінде', 'Назначенному после начала периода ЦИ устанавливаются в течение {value} раб. дн. с назначения', 'For a servant appointed after the period starts, within {value} working day(s) of the appointment'),
    from: { field: '/servant/appointedOn' },
    to: { field: '/forms/workPlan/approvedBy/date' },
    unit: 'working-days',
    appliesReads: ['/forms/workPlan/planPeriod/from'],
    applies: (ctx) => {
      const from = ctx.get('/forms/workPlan/planPeriod/from');
      return typeof from === 'string' && ctx.pkg.servant.appointedOn > from;
    },
  }),
  deadlineRule({
    id: `${ID}/plan-posted`,
    provision: params.planPostWorkingDays,
    title: t('Жоспар бекітілгеннен кейін {value} жұмыс күні ішінде ақпараттық жүйеде орналастырылады', 'План размещается в ИС в течение {value} раб. дн. после утверждения', 'The plan is posted in the information system within {value} working day(s) of approval'),
    note: IS_NOTE,
    from: { field: '/forms/workPlan/approvedBy/date' },
    to: { event: 'plan-posted' },
    unit: 'working-days',
    stale: false,
  }),
  tenureInPeriodRule({
    id: `${ID}/plan-short-tenure`,
    provision: params.planTenureMonths,
    title: t('Кезең соңына дейін {value} айдан аз қалғанда тағайындалғанға НМИ белгіленбейді', 'Назначенному менее чем за {value} мес. до конца периода ЦИ не устанавливаются', 'No target indicators for a servant appointed less than {value} month(s) before the period ends'),
    from: '/forms/workPlan/planPeriod/from',
    to: '/forms/workPlan/planPeriod/to',
    forms: ['workPlan'],
  }),
  sameValueRule({
    id: `${ID}/plan-approved-by-superior`,
    provision: params.planApprovedBySuperior,
    title: t('Жеке жұмыс жоспарын жоғары тұрған басшы бекітеді', 'Индивидуальный план утверждает вышестоящий руководитель', 'The work plan is approved by the superior head'),
    path: '/forms/workPlan/approvedBy/name',
    equals: '/servant/superiorManager',
  }),
  countRule({
    id: `${ID}/kpi-count`,
    provision: params.kpiCount,
    title: t('Жоспарда {min}–{max} НМИ', 'В плане от {min} до {max} ЦИ', 'The plan sets {min} to {max} target indicators'),
    path: '/forms/workPlan/kpis',
  }),
  countRule({
    id: `${ID}/kpi-sheet-count`,
    provision: params.kpiCount,
    title: t('Бағалау парағында {min}–{max} НМИ', 'В оценочном листе от {min} до {max} ЦИ', 'The evaluation sheet grades {min} to {max} target indicators'),
    path: '/forms/kpiSheet/kpis',
  }),
  dateWithinRule({
    id: `${ID}/kpi-deadline-in-period`,
    provision: params.kpiDeadlineInPeriod,
    title: t('НМИ-ге қол жеткізу мерзімі бағаланатын кезең ішінде', 'Срок достижения ЦИ — в пределах оцениваемого периода', 'Each achievement deadline lies within the evaluated period'),
    pattern: '/forms/workPlan/kpis/*/deadlines/*',
    from: '/forms/workPlan/planPeriod/from',
    to: '/forms/workPlan/planPeriod/to',
  }),
  dateLimitRule({
    id: `${ID}/notice-heads`,
    provision: params.headsNoticeDay,
    title: t('Басшы бағалау туралы тоқсаннан кейінгі айдың {value}-күнінен кешіктірмей хабардар етіледі', 'Руководитель уведомляется об оценке не позднее {value}-го числа месяца после квартала', 'A head is notified of the evaluation by day {value} of the month after the quarter'),
    at: [{ event: 'notified' }],
    ...afterPeriod(params.headsNoticeDay.value),
    applies: (ctx) => has(ctx, 'kpiSheet'),
  }),
  limitBeforeRule({
    id: `${ID}/actuals-sent`,
    provision: params.actualsWorkingDaysBefore,
    title: t('Сектор НМИ нақты мәндерінің есебін бағалау мерзімінің соңғы күніне дейін {value} жұмыс күннен кешіктірмей жолдайды', 'Сектор направляет расчёт фактических значений ЦИ не позднее чем за {value} раб. дн. до последнего дня срока оценки', 'The Sector sends the pre-calculated actual values at least {value} working day(s) before the last day of the evaluation'),
    at: { event: 'actuals-sent' },
    limit: QUARTER_LIMIT,
    applies: (ctx) => has(ctx, 'kpiSheet'),
  }),
  percentTableRule({
    id: `${ID}/kpi-grade-band`,
    provision: params.kpiGradeBand,
    title: t('НМИ бағасы іске асыру пайызына 3-қосымша рұқсат еткен ауқымда', 'Оценка ЦИ в диапазоне, допустимом прил. 3 для процента исполнения', 'Each indicator grade lies in the range App. 3 allows for its percent achieved'),
    items: '/forms/kpiSheet/kpis',
    percent: (ctx) => `/percent/${quarterKey(ctx)}`,
    grade: (ctx) => `/grade/${quarterKey(ctx)}`,
    rows: APP3_TABLE,
    precision: 2,
    gradeRequired: true,
    boundWithoutPercent: true,
  }),
  rowMeanRule({
    id: `${ID}/kpi-final-mean`,
    provision: params.kpiFinalMean,
    title: t('Қорытынды бағалау — НМИ бойынша бағалар сомасы НМИ санына бөлінген', 'Итоговая оценка — сумма оценок по ЦИ, делённая на число ЦИ', 'The final grade is the sum of the indicator grades divided by the number of indicators'),
    rows: '/forms/kpiSheet/kpis',
    value: (ctx) => `/grade/${quarterKey(ctx)}`,
    stated: '/forms/kpiSheet/finalGrade',
  }),

  // ── Ch. 3: ranking of corps "B" servants ──────────────────────────────────────────────────
  sameValueRule({
    id: `${ID}/ranking-by-unit-head`,
    provision: params.rankingByUnitHead,
    title: t('Саралау бойынша бағалауды құрылымдық бөлімшенің басшысы жүргізеді', 'Оценку ранжированием проводит руководитель структурного подразделения', 'The ranking evaluation is done by the head of the structural unit'),
    path: '/forms/rankingSheet/evaluator',
    equals: '/servant/unitHead',
  }),
  dateLimitRule({
    id: `${ID}/notice-staff`,
    provision: params.staffNoticeDay,
    title: t('Қызметші бағалау туралы тоқсаннан кейінгі айдың {value}-күнінен кешіктірмей хабардар етіледі', 'Служащий уведомляется об оценке не позднее {value}-го числа месяца после квартала', 'A corps "B" servant is notified of the evaluation by day {value} of the month after the quarter'),
    at: [{ event: 'notified' }],
    ...afterPeriod(params.staffNoticeDay.value),
    applies: (ctx) => has(ctx, 'rankingSheet'),
  }),
  rowSetRule({
    id: `${ID}/ranking-parameters`,
    provision: params.rankingParameters,
    title: t('Саралау 4-қосымшаның параметрлері бойынша', 'Ранжирование по параметрам приложения 4', 'Ranking on the parameters of App. 4'),
    note: t(
      '2-тармақтың 8) тармақшасы бесінші параметрді («атқарылған жұмыстың көлемі мен күрделілігі») атайды; 32-тармақ пен 4-қосымша оны ескеріп, төрт параметр бойынша бағалайды — төртеуі тексеріледі, атаулары 4-қосымша бойынша',
      'пп. 8) п. 2 называет пятый параметр («объём и сложность выполненной работы»); п. 32 и прил. 4 учитывают его и оценивают по четырём параметрам — проверяются четыре, названия по прил. 4',
      'cl. 2(8) names a fifth parameter ("volume and complexity of the work"); cl. 32 and App. 4 take it into account and grade four parameters — four are checked, named as in App. 4',
    ),
    rows: '/forms/rankingSheet/parameters',
    keyField: 'parameter',
    always: RANKING_PARAMETERS,
  }),
  valueRangeRule({
    id: `${ID}/ranking-grade-range`,
    provision: params.rankingGradeRange,
    title: t('Саралау бағасы {min}–{max} аралығында', 'Оценка ранжирования от {min} до {max}', 'Ranking grades from {min} to {max}'),
    items: '/forms/rankingSheet/parameters',
    field: 'grade',
  }),
  valueRangeRule({
    id: `${ID}/ranking-grade-scale`,
    severity: 'warning',
    provision: params.rankingFormScale,
    title: t('4-қосымша бағаны {min}–{max} балл аралығында қояды', 'Приложение 4 ставит оценку от {min} до {max} баллов', 'App. 4 grades from {min} to {max} points'),
    note: params.rankingGradeRange.note,
    items: '/forms/rankingSheet/parameters',
    field: 'grade',
  }),
  meanRule({
    id: `${ID}/ranking-mean`,
    provision: params.rankingMean,
    title: t('Орташа қорытынды баға — бағалар сомасы параметрлер санына бөлінген', 'Средняя итоговая оценка — сумма оценок, делённая на число параметров', 'The average final grade is the sum of the grades divided by the number of parameters'),
    items: '/forms/rankingSheet/parameters',
    field: 'grade',
    stated: '/forms/rankingSheet/average',
  }),

  // ── Cl. 11–12: familiarisation and the application for calibration ───────────────────────
  deadlineRule({
    id: `${ID}/familiarisation`,
    provision: params.familiarisationWorkingDays,
    title: t('Қызметші нәтижелермен бағалау аяқталған соң {value} жұмыс күні ішінде таныстырылады', 'Служащий ознакомляется с результатами в течение {value} раб. дн. после оценки', 'The servant is acquainted with the results within {value} working day(s) after the evaluation'),
    from: { event: 'evaluated' },
    to: { event: 'familiarised' },
    unit: 'working-days',
  }),
  deadlineRule({
    id: `${ID}/familiarisation-360`,
    provision: params.familiarisationWorkingDays,
    title: t('360 бағалау нәтижелерімен {value} жұмыс күні ішінде таныстыру', 'Ознакомление с результатами оценки 360 в течение {value} раб. дн.', 'Acquaintance with the 360 results within {value} working day(s)'),
    from: { event: 'evaluated-360' },
    to: { event: 'familiarised-360' },
    unit: 'working-days',
  }),
  deadlineRule({
    id: `${ID}/calibration-application`,
    provision: params.applicationWorkingDays,
    title: t('Калибрлеу сессиясы туралы өтініш танысқаннан кейін {value} жұмыс күні ішінде', 'Заявление о калибровочной сессии — в течение {value} раб. дн. после ознакомления', 'The application for a calibration session comes within {value} working day(s) of acquaintance'),
    from: { event: 'familiarised' },
    to: { event: 'calibration-applied' },
    unit: 'working-days',
    // Applying is the servant's choice: only a recorded application is judged.
    stale: false,
  }),

  deadlineRule({
    id: `${ID}/calibration-application-360`,
    provision: params.applicationWorkingDays,
    title: t('360 нәтижелері бойынша калибрлеу туралы өтініш танысқаннан кейін {value} жұмыс күні ішінде', 'Заявление о калибровке результатов 360 — в течение {value} раб. дн. после ознакомления', 'An application against the 360 results comes within {value} working day(s) of acquaintance'),
    from: { event: 'familiarised-360' },
    to: { event: 'calibration-applied' },
    unit: 'working-days',
    stale: false,
  }),

  // ── Ch. 4: the 360 questionnaire ──────────────────────────────────────────────────────────
  countEachRule({
    id: `${ID}/survey-respondents`,
    provision: params.respondents,
    title: t('Сауалнамаға {min}–{max} адам қатысады', 'В опросе участвуют от {min} до {max} человек', '{min} to {max} people answer the questionnaire'),
    pattern: '/forms/*/responses',
    where: { field: 'group', value: SELF, not: true },
  }),
  countEachRule({
    id: `${ID}/survey-self`,
    severity: 'warning',
    provision: params.surveySelf,
    title: t('360 бағалауда қызметшінің бір өзін-өзі бағалауы болады', 'В оценке 360 предусмотрена одна самооценка служащего', 'The 360 evaluation includes one self-evaluation'),
    pattern: '/forms/*/responses',
    exactly: 1,
    where: { field: 'group', value: SELF },
  }),
  countEachRule({
    id: `${ID}/survey-direct-head`,
    severity: 'warning',
    provision: params.surveyDirectHead,
    title: t('Сауалнама алынатындардың қатарында тікелей басшы бар', 'Среди опрашиваемых есть непосредственный руководитель', 'The direct head is among the respondents'),
    note: t(
      '35-тармақ үш топты «қатарына қосылады» дейді; олардың бәрі міндетті ме — анық емес. Тікелей басшы әрқашан болатындықтан, тек оның болуы тексеріледі (ескерту)',
      'П. 35 говорит, что три группы «включаются»; обязательны ли все — неясно. Непосредственный руководитель есть всегда, поэтому проверяется только его участие (предупреждение)',
      'Cl. 35 says three groups "are included"; whether all are mandatory is unclear. A direct head always exists, so only that one is checked (warning)',
    ),
    pattern: '/forms/*/responses',
    min: 1,
    where: { field: 'group', value: DIRECT_HEAD },
  }),
  countEachRule({
    id: `${ID}/survey-competencies-heads`,
    provision: params.surveyCompetenciesHeads,
    title: t('Басшылар {value} құзырет бойынша бағаланады (5-қосымша)', 'Руководители оцениваются по {value} компетенциям (прил. 5)', 'Heads are assessed on the {value} competencies of App. 5'),
    pattern: '/forms/survey360Heads/responses/*/answers',
  }),
  countEachRule({
    id: `${ID}/survey-competencies-staff`,
    provision: params.surveyCompetenciesStaff,
    title: t('"Б" корпусының қызметшілері {value} құзырет бойынша бағаланады (6-қосымша)', 'Служащие корпуса «Б» оцениваются по {value} компетенциям (прил. 6)', 'Corps "B" servants are assessed on the {value} competencies of App. 6'),
    pattern: '/forms/survey360Staff/responses/*/answers',
  }),
  combineRules(
    ([['survey360Heads', params.surveyAnswersApp5, COMPETENCIES_HEADS], ['survey360Staff', params.surveyAnswersApp6, COMPETENCIES_STAFF]] as const).map(([form, place, competencies]) =>
      countEachRule({
        id: `${ID}/survey-questions`,
        provision: place,
        title: t('Құзыреттің әр сұрағына бір жауап', 'По одному ответу на каждый вопрос компетенции', 'One answer to each question of a competency'),
        pattern: `/forms/${form}/responses/*/answers/*`,
        // the questions a competency has, as App. 5/6 print them (catalogue.ts)
        exactly: competencies[0]!.questions.length,
      }),
    ),
  ),
  rowSetRule({
    id: `${ID}/result-rows-heads`,
    provision: params.resultRowsHeads,
    title: t('7-қосымша өз құзыреттерінің әрқайсысын бір рет көрсетеді', 'Приложение 7 показывает каждую из своих компетенций один раз', 'App. 7 shows each of its competencies once'),
    rows: '/forms/result360Heads/rows',
    keyField: 'competency',
    always: RESULT_ROWS_HEADS,
  }),
  rowSetRule({
    id: `${ID}/result-rows-staff`,
    provision: params.resultRowsStaff,
    title: t('8-қосымша өз құзыреттерінің әрқайсысын бір рет көрсетеді', 'Приложение 8 показывает каждую из своих компетенций один раз', 'App. 8 shows each of its competencies once'),
    note: t('8-қосымшаның «…әдістемесіне 8-қосымша» белгісі мәтінде жоқ; нысан 36-тармақ пен орны бойынша 8-қосымша деп танылды', 'Пометка «…приложение 8» в тексте отсутствует; форма признана приложением 8 по п. 36 и по месту', 'The «8-қосымша» label is missing from the text; the form is App. 8 by cl. 36 and by its place'),
    rows: '/forms/result360Staff/rows',
    keyField: 'competency',
    always: RESULT_ROWS_STAFF,
  }),
  surveyAverageRule({
    id: `${ID}/survey-average-heads`,
    severity: 'warning',
    provision: params.surveyAverageHeads,
    title: t('7-қосымшаның орташа бағалары сауалнамадан өзін-өзі бағалаусыз есептеледі', 'Средние оценки прил. 7 считаются по анкетам без самооценки', 'App. 7 averages follow from the questionnaires, self-evaluation left out'),
    note: POINTS_NOTE,
    responses: '/forms/survey360Heads/responses',
    groupField: 'group',
    selfGroup: SELF,
    answersField: 'answers',
    points: ANSWER_POINTS,
    rows: '/forms/result360Heads/rows',
    noField: 'no',
    averageField: 'average',
  }),
  surveyAverageRule({
    id: `${ID}/survey-average-staff`,
    severity: 'warning',
    provision: params.surveyAverageStaff,
    title: t('8-қосымшаның орташа бағалары сауалнамадан өзін-өзі бағалаусыз есептеледі', 'Средние оценки прил. 8 считаются по анкетам без самооценки', 'App. 8 averages follow from the questionnaires, self-evaluation left out'),
    note: POINTS_NOTE,
    responses: '/forms/survey360Staff/responses',
    groupField: 'group',
    selfGroup: SELF,
    answersField: 'answers',
    points: ANSWER_POINTS,
    rows: '/forms/result360Staff/rows',
    noField: 'no',
    averageField: 'average',
  }),
  requiredRule({
    id: `${ID}/survey-report-heads`,
    provision: params.surveyReportHeads,
    title: t('Сауалнама бойынша 7-қосымша нысанындағы жеке есеп жасалады', 'По анкетам составляется индивидуальный отчёт по форме прил. 7', 'An individual report on the App. 7 form follows the questionnaires'),
    when: { field: '/forms/survey360Heads' },
    require: { field: '/forms/result360Heads' },
    path: '/forms',
  }),
  requiredRule({
    id: `${ID}/survey-report-staff`,
    provision: params.surveyReportStaff,
    title: t('Сауалнама бойынша 8-қосымша нысанындағы жеке есеп жасалады', 'По анкетам составляется индивидуальный отчёт по форме прил. 8', 'An individual report on the App. 8 form follows the questionnaires'),
    when: { field: '/forms/survey360Staff' },
    require: { field: '/forms/result360Staff' },
    path: '/forms',
  }),

  // ── Ch. 5: calibration sessions ───────────────────────────────────────────────────────────
  requiredRule({
    id: `${ID}/calibration-on-application`,
    severity: 'warning',
    provision: params.calibrationOnApplication,
    title: t('Калибрлеу сессиясы қызметшінің өтініші бойынша өткізіледі', 'Калибровочная сессия проводится по заявлению служащего', 'A calibration session is held on the servant\'s application'),
    note: t(
      '2-тармақтың 10) тармақшасы сессияны бағалаушылардың кездесуі деп анықтайды, ал 37-тармақ оны 12-тармақтың тәртібіне (өтінішке) байлайды: өтініш жоқ болса — ескерту',
      'пп. 10) п. 2 определяет сессию как встречу оценивающих, а п. 37 связывает её с порядком п. 12 (заявлением): без заявления — предупреждение',
      'cl. 2(10) defines sessions as meetings of evaluators, cl. 37 ties them to the cl. 12 application: without an application, a warning',
    ),
    when: { session: true },
    require: { event: 'calibration-applied' },
    path: '/events',
  }),
  deadlineRule({
    id: `${ID}/calibration-order`,
    provision: params.orderWorkingDays,
    title: t('Аппарат басшысы өтініштен кейін {value} жұмыс күні ішінде сессия туралы шешім қабылдап, құрамын бекітеді', 'Руководитель аппарата в течение {value} раб. дн. решает о сессии и утверждает состав', 'The Head of the Apparatus decides on the session and approves its members within {value} working day(s) of the application'),
    from: { event: 'calibration-applied' },
    to: { event: 'calibration-ordered' },
    unit: 'working-days',
  }),
  deadlineRule({
    id: `${ID}/calibration-session`,
    provision: params.sessionWorkingDays,
    title: t('Калибрлеу сессиясы өтініштен кейін {value} жұмыс күні ішінде өткізіледі', 'Калибровочная сессия проводится в течение {value} раб. дн. после заявления', 'The calibration session is held within {value} working day(s) of the application'),
    from: { event: 'calibration-applied' },
    to: { session: 'date' },
    unit: 'working-days',
  }),
  sessionMemberRule({
    id: `${ID}/calibration-evaluator`,
    provision: params.calibrationEvaluator,
    title: t('Бағалаушы калибрлеу сессиясына қатысып, бағасын дәлелдейді', 'Оценивающий участвует в калибровочной сессии и обосновывает оценку', 'The evaluator attends the calibration session and argues the grade'),
    decisionField: 'evaluator',
    fallback: '/servant/directSupervisor',
  }),
  majorityRule({
    id: `${ID}/calibration-majority`,
    provision: params.calibrationMajority,
    title: t('Қорытынды баға қатысушылардың басым дауысымен қабылданады', 'Итоговая оценка принимается большинством голосов участников', 'The final grade is adopted by a majority of the participants'),
    note: t(
      'Әдістеме кворумды, хатшыны және дауыстар тең болған жағдайды белгілемейді: қатысқан мүшелердің дауыстары саналады, тең дауыс — шешім қабылданбаған',
      'Методика не устанавливает кворум, секретаря и порядок при равенстве голосов: считаются голоса присутствующих, при равенстве решение не принято',
      'The act sets no quorum, secretary or tie-break: the votes of the members present are counted, and a tie carries nothing',
    ),
    chairCasting: false,
  }),
  sessionCorrectionRule({
    id: `${ID}/calibration-correction`,
    provision: params.calibrationCorrection,
    title: t('Бағаға түзету енгізілсе, түзетілген баға хаттамада жазылады', 'Если оценка исправлена, исправленная оценка записывается в протокол', 'A corrected grade is written in the protocol when, and only when, the session corrects the grade'),
    kinds: ['calibration'],
    revise: ['бағалауға түзетулер енгізу'],
  }),
  requiredRule({
    id: `${ID}/calibration-protocol`,
    provision: params.calibrationProtocol,
    title: t('Калибрлеу сессиясының шешімі хаттамамен рәсімделеді', 'Решение калибровочной сессии оформляется протоколом', 'The calibration decision is recorded in a signed protocol'),
    when: { session: true },
    require: { event: 'protocol-signed' },
    path: '/events',
  }),
  deadlineRule({
    id: `${ID}/protocol-posted`,
    provision: params.protocolPostWorkingDays,
    title: t('Хаттама қол қойылғаннан кейін {value} жұмыс күні ішінде ақпараттық жүйеде орналастырылады', 'Протокол размещается в ИС в течение {value} раб. дн. после подписания', 'The protocol is posted in the information system within {value} working day(s) of signing'),
    note: IS_NOTE,
    from: { event: 'protocol-signed' },
    to: { event: 'protocol-posted' },
    unit: 'working-days',
    stale: false,
  }),
  requiredRule({
    id: `${ID}/feedback-meeting`,
    provision: params.feedbackMeeting,
    title: t('Сессиядан кейін бағалаушы қызметшімен кездесіп, кері байланыс береді', 'После сессии оценивающий встречается со служащим и даёт обратную связь', 'After the session the evaluator meets the servant and gives feedback'),
    when: { session: true },
    require: { event: 'feedback-meeting' },
    path: '/events',
  }),
];
