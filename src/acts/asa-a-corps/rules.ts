/**
 * The machine-checkable provisions of Annex 1 (act-002 notes §5.1, A-01…A-38), each built from a
 * shared rule kind with the parameters of params.ts; the rest is in unchecked.ts with the reason.
 */
import type { Rule, RuleContext } from '../../rules/rule.js';
import { combineRules } from '../../rules/combine.js';
import { datedRule } from '../../rules/dated.js';
import { placeOf } from '../../law/provision.js';
import { countRule } from '../../rules/count.js';
import { dateLimitRule } from '../../rules/date-limit.js';
import { deadlineRule } from '../../rules/deadline.js';
import { formAssignmentRule } from '../../rules/form-assignment.js';
import { gradeBandRule } from '../../rules/grade-band.js';
import { meanRule } from '../../rules/mean.js';
import { percentTableRule } from '../../rules/percent-table.js';
import { periodShapeRule } from '../../rules/period-shape.js';
import { requiredRule, sameValueRule } from '../../rules/presence.js';
import { rowSetRule } from '../../rules/row-set.js';
import { valueRangeRule } from '../../rules/value-range.js';
import { dateWithinRule } from '../../rules/date-within.js';
import { eligible as eligibleIn, inPostRules } from '../asa-order-13/rules.js';
import { APP4_MAX, APP5_RANGE, M1_ASSIGNMENTS, MANDATORY_CATEGORY_1, MANDATORY_CATEGORY_2 } from './catalogue.js';
import { AGREEMENTS } from './forms.js';
import { params } from './params.js';

const ID = 'asa-a-corps';
const SHEET = '/forms/evaluationSheet';
const A1 = '/forms/agreementCategory1';
const A2 = '/forms/agreementCategory2';

const category = (ctx: RuleContext): unknown => ctx.pkg.servant.category;
const cat1 = (ctx: RuleContext): boolean => category(ctx) === '1-санат';
const cat2 = (ctx: RuleContext): boolean => category(ctx) === '2-санат';
const year = (ctx: RuleContext): string => ctx.pkg.period.from.slice(0, 4);
/** cl. 7 pt. 3–4: appointed after the day the draft is due (20 January of the evaluated year)? */
const DRAFT_BY = params.category1Draft.value;
const appointedAfter20Jan = (ctx: RuleContext): boolean =>
  ctx.pkg.servant.appointedOn > `${year(ctx)}-${String(DRAFT_BY.months + 1).padStart(2, '0')}-${String(DRAFT_BY.day).padStart(2, '0')}`;

/** cl. 3 pt. 1–2: is the servant to be evaluated at all? */
const eligible = eligibleIn(params);

/** cl. 26 pt. 2: first half-year monitoring only concerns servants in the post (with an agreement) before 1 July. */
const inPostInFirstHalf = (ctx: RuleContext): boolean => ctx.pkg.servant.appointedOn < `${year(ctx)}-07-01`;

const and = (...fs: Array<(ctx: RuleContext) => boolean>) => (ctx: RuleContext) => fs.every((f) => f(ctx));

const M1_NOTE = {
  kk: '2-қосымша 1-жолды 1-қосымшадағыдай басады («және орталық мемлекеттік орган басшылығының» сөздерінсіз), ал 9-тармақтың 1) тармақшасы оларды қамтиды: атау нысан бойынша, мазмұны тармақ бойынша.',
  ru: 'Приложение 2 печатает строку 1 как в приложении 1 (без слов «и руководства центрального государственного органа»), а пп. 1) п. 9 их содержит: название по форме, содержание по пункту.',
  en: 'App. 2 prints row 1 as App. 1 does (without «and of the leadership of the central state body»), which cl. 9(1) includes: the name follows the form, the scope the clause.',
};

export const rules: Rule[] = [
  periodShapeRule({
    id: `${ID}/period-year`,
    provision: params.period,
    unit: params.period.value,
    title: { kk: 'Бағаланатын кезең — күнтізбелік жыл', ru: 'Оцениваемый период — календарный год', en: 'The evaluated period is a calendar year' },
  }),
  dateLimitRule({
    id: `${ID}/evaluation-deadline`,
    provision: params.evaluationLimit,
    at: [{ field: `${SHEET}/signature/date` }],
    ...params.evaluationLimit.value,
    applies: eligible,
    title: { kk: 'Бағалау келесі жылдың {day} қаңтарынан кешіктірілмей жүргізіледі', ru: 'Оценка проводится не позднее {day} января следующего года', en: 'The evaluation is done by {day} January of the following year' },
  }),
  ...inPostRules(ID, 'tenure-three-months', params),
  formAssignmentRule({
    id: `${ID}/agreement-form`,
    provision: params.category1Agreement,
    note: null, // the provision's note is on the signature date, not on which form
    by: '/servant/category',
    forms: AGREEMENTS,
    cases: [
      { ...placeOf(params.category1Agreement), categories: ['1-санат'], form: 'agreementCategory1', evaluator: '/servant/authorizedPerson', evaluatorLabel: { kk: 'уәкілетті тұлға', ru: 'уполномоченное лицо', en: 'authorized person' } },
      { ...placeOf(params.category2Agreement), categories: ['2-санат'], form: 'agreementCategory2', evaluator: '/servant/authorizedPerson', evaluatorLabel: { kk: 'уәкілетті тұлға', ru: 'уполномоченное лицо', en: 'authorized person' } },
    ],
    title: { kk: '1-санат — 1-қосымша, 2-санат — 2-қосымша', ru: 'Категория 1 — приложение 1, категория 2 — приложение 2', en: 'Category 1 uses App. 1, category 2 uses App. 2' },
  }),
  countRule({
    id: `${ID}/category1-own-kpis`,
    provision: params.category1OwnKpis,
    path: `${A1}/kpis`,
    exactly: params.category1OwnKpis.value,
    title: { kk: '1-санат: уәкілетті тұлға {value} НМИ айқындайды', ru: 'Категория 1: уполномоченное лицо определяет {value} НМИ', en: 'Category 1: the authorized person sets {value} KPI(s)' },
  }),
  countRule({
    id: `${ID}/category2-own-kpis`,
    provision: params.category2OwnKpis,
    path: `${A2}/kpis`,
    exactly: params.category2OwnKpis.value,
    title: { kk: '2-санат: уәкілетті тұлға {value} НМИ айқындайды', ru: 'Категория 2: уполномоченное лицо определяет {value} НМИ', en: 'Category 2: the authorized person sets {value} KPI(s)' },
  }),
  rowSetRule({
    id: `${ID}/category1-mandatory-kpis`,
    provision: params.category1MandatoryKpis,
    note: M1_NOTE,
    rows: `${A1}/mandatory`,
    keyField: 'indicator',
    always: MANDATORY_CATEGORY_1,
    title: { kk: '1-санат: төрт міндетті НМИ', ru: 'Категория 1: четыре обязательных НМИ', en: 'Category 1: the four mandatory KPIs' },
  }),
  rowSetRule({
    id: `${ID}/category2-mandatory-kpis`,
    provision: params.category2MandatoryKpis,
    note: M1_NOTE,
    rows: `${A2}/mandatory`,
    keyField: 'indicator',
    always: MANDATORY_CATEGORY_2,
    title: { kk: '2-санат: екі міндетті НМИ', ru: 'Категория 2: два обязательных НМИ', en: 'Category 2: the two mandatory KPIs' },
  }),
  countRule({
    id: `${ID}/kpi-count`,
    provision: params.kpiCount,
    path: `${SHEET}/kpis`,
    exactly: params.kpiCount.value,
    title: { kk: 'НМИ саны {value}', ru: 'Количество НМИ — {value}', en: 'There are {value} KPI(s)' },
  }),
  dateWithinRule({
    id: `${ID}/kpi-deadline-in-period`,
    provision: params.kpiDeadline,
    pattern: [`${A1}/kpis/*/deadline`, `${A2}/kpis/*/deadline`],
    from: '/period/from',
    to: '/period/to',
    title: { kk: 'НМИ қол жеткізу мерзімі бағалау кезеңі ішінде', ru: 'Срок достижения НМИ в пределах периода оценки', en: 'Each KPI’s deadline lies within the evaluation period' },
  }),
  dateLimitRule({
    id: `${ID}/category1-draft-deadline`,
    provision: params.category1Draft,
    at: [{ event: 'draft-sent' }],
    ...params.category1Draft.value,
    applies: (ctx) => cat1(ctx) && !appointedAfter20Jan(ctx),
    title: { kk: '1-санат: жоба бағаланатын жылдың {day} қаңтарынан кешіктірмей жіберіледі', ru: 'Категория 1: проект направляется не позднее {day} января оцениваемого года', en: 'Category 1: the draft is sent to the Agency by {day} January of the evaluated year' },
  }),
  deadlineRule({
    id: `${ID}/category1-draft-after-appointment`,
    provision: params.category1DraftAfterAppointment,
    from: { field: '/servant/appointedOn' },
    to: { event: 'draft-sent' },
    count: params.category1DraftAfterAppointment.value,
    unit: 'working-days',
    applies: (ctx) => cat1(ctx) && appointedAfter20Jan(ctx),
    title: { kk: '1-санат, жоба мерзімінен (7-т. 3-б.) кейін тағайындалған: жоба {value} жұмыс күні ішінде', ru: 'Категория 1, назначен после срока проекта (п. 7 ч. 3): проект в течение {value} рабочих дней', en: 'Category 1 appointed after the draft deadline (cl. 7 pt. 3): the draft within {value} working day(s)' },
  }),
  combineRules(
    (
      [
        [{ event: 'draft-sent' }, { event: 'draft-approved' }, (ctx: RuleContext) => ctx.events('draft-returned').length === 0],
        [{ event: 'draft-sent' }, { event: 'draft-returned' }, (ctx: RuleContext) => ctx.events('draft-returned').length > 0],
        [{ event: 'draft-resubmitted' }, { event: 'draft-approved' }, () => true],
      ] as const
    ).map(([from, to, when]) =>
      deadlineRule({
        id: `${ID}/agency-review`,
        severity: 'warning',
        provision: params.agencyReview,
        from,
        to,
        count: params.agencyReview.value,
        unit: 'working-days',
        applies: and(cat1, when),
        title: { kk: 'Уәкілетті орган жобаны {value} жұмыс күні ішінде келіседі не қайтарады', ru: 'Уполномоченный орган согласует или возвращает проект в течение {value} рабочих дней', en: 'The Agency approves or returns the draft within {value} working day(s)' },
      }),
    ),
  ),
  deadlineRule({
    id: `${ID}/draft-resubmission`,
    severity: 'warning',
    provision: params.resubmission,
    from: { event: 'draft-returned' },
    to: { event: 'draft-resubmitted' },
    count: params.resubmission.value,
    unit: 'working-days',
    applies: cat1,
    title: { kk: 'Пысықталған жоба {value} жұмыс күні ішінде қайта жіберіледі', ru: 'Доработанный проект направляется в течение {value} рабочих дней', en: 'The revised draft is resubmitted within {value} working day(s)' },
  }),
  requiredRule({
    id: `${ID}/category1-agency-approval`,
    provision: params.category1Agreement,
    note: null, // the provision's note is on the signature date, not on the approval
    when: { field: A1 },
    require: { event: 'draft-approved' },
    path: A1,
    title: { kk: '1-санат келісімі уәкілетті органмен келісілгеннен кейін жасалады', ru: 'Соглашение категории 1 заключается после согласования с уполномоченным органом', en: 'A category 1 agreement follows the Agency’s approval' },
  }),
  deadlineRule({
    id: `${ID}/category1-agreement-signing`,
    provision: params.category1Agreement,
    from: { event: 'draft-approved' },
    to: { field: `${A1}/servantSignature/date` },
    count: params.category1Agreement.value,
    unit: 'working-days',
    applies: cat1,
    title: { kk: '1-санат келісімі келісілген күннен {value} жұмыс күнінен кешіктірілмей жасалады', ru: 'Соглашение категории 1 заключается не позднее {value} рабочих дней после согласования', en: 'A category 1 agreement is concluded within {value} working day(s) of the Agency’s approval' },
  }),
  dateLimitRule({
    id: `${ID}/category2-agreement-deadline`,
    provision: params.category2Agreement,
    at: [{ field: `${A2}/servantSignature/date` }],
    ...params.category2Agreement.value,
    applies: (ctx) => cat2(ctx) && ctx.pkg.servant.appointedOn < `${year(ctx)}-02-01`,
    title: { kk: '2-санат келісімі бағаланатын жылдың {day} ақпанына дейін жасалады', ru: 'Соглашение категории 2 заключается до {day} февраля оцениваемого года', en: 'A category 2 agreement is concluded before {day} February of the evaluated year' },
  }),
  combineRules(
    AGREEMENTS.flatMap((k) =>
      (['authorizedPerson', 'servantSignature'] as const).map((who) =>
        requiredRule({
          id: `${ID}/agreement-signed`,
          provision: k === 'agreementCategory1' ? params.agreementSignedApp1 : params.agreementSignedApp2,
          when: { field: `/forms/${k}` },
          require: { field: `/forms/${k}/${who}/date` },
          path: `/forms/${k}/${who}`,
          title: { kk: 'Келісімге уәкілетті тұлға да, қызметші де қол қояды (күні көрсетіледі)', ru: 'Соглашение подписывают уполномоченное лицо и служащий (с датой)', en: 'Both the authorized person and the servant sign the agreement, with the date' },
        }),
      ),
    ),
  ),
  combineRules(
    [`${SHEET}/signature/name`, `${A1}/authorizedPerson/name`, `${A2}/authorizedPerson/name`].map((path) =>
      sameValueRule({
        id: `${ID}/authorized-person`,
        provision: params.authorizedPerson,
        path,
        equals: '/servant/authorizedPerson',
        title: { kk: 'Бағалауды уәкілетті тұлға жүргізеді', ru: 'Оценку проводит уполномоченное лицо', en: 'The authorized person evaluates and signs' },
      }),
    ),
  ),
  valueRangeRule({
    id: `${ID}/grade-range`,
    provision: params.gradeRange,
    items: `${SHEET}/kpis`,
    field: 'grade',
    ...params.gradeRange.value,
    title: { kk: 'Баға {min}–{max} аралығында', ru: 'Оценка от {min} до {max}', en: 'Each grade is from {min} to {max}' },
  }),
  percentTableRule({
    id: `${ID}/assignments-kpi-maximum`,
    provision: params.assignmentsMax,
    items: [`${SHEET}/kpis`],
    percent: '/percent',
    grade: '/grade',
    select: { field: 'indicator', values: [M1_ASSIGNMENTS] },
    rows: APP4_MAX,
    precision: 2,
    title: { kk: 'Тапсырмаларды орындау НМИ бағасы 4-қосымшадағы ең жоғары мәннен аспайды', ru: 'Оценка НМИ по исполнению поручений не выше максимума приложения 4', en: 'The assignments KPI grade does not exceed the App. 4 maximum' },
  }),
  percentTableRule({
    id: `${ID}/other-kpi-range`,
    provision: params.othersRange,
    items: [`${SHEET}/kpis`],
    percent: '/percent',
    grade: '/grade',
    select: { field: 'indicator', values: [M1_ASSIGNMENTS], negate: true },
    rows: APP5_RANGE,
    precision: 2,
    title: { kk: 'Өзге НМИ бағасы 5-қосымшадағы рұқсат етілген ауқымда', ru: 'Оценка прочих НМИ в допустимом диапазоне приложения 5', en: 'Every other KPI grade lies in the App. 5 permitted range' },
  }),
  meanRule({
    id: `${ID}/final-grade`,
    provision: params.finalGrade,
    items: `${SHEET}/kpis`,
    field: 'grade',
    stated: `${SHEET}/finalGrade`,
    tolerance: params.finalGrade.value.tolerance,
    title: { kk: 'Қорытынды баға — НМИ бағаларының орташа арифметикалық мәні', ru: 'Итоговая оценка — среднее арифметическое оценок НМИ', en: 'The final grade is the mean of the KPI grades' },
  }),
  gradeBandRule({
    id: `${ID}/result-band`,
    provision: params.bands,
    value: `${SHEET}/finalGrade`,
    label: `${SHEET}/result`,
    bands: params.bands.value,
    title: { kk: 'Бағалау нәтижесі қорытынды бағаға сай', ru: 'Результат соответствует итоговой оценке', en: 'The result matches the final grade (cl. 21)' },
  }),
  requiredRule({
    id: `${ID}/review`,
    provision: params.review,
    when: { field: SHEET },
    require: { field: '/forms/review' },
    path: '/forms',
    title: { kk: 'Бағалау бойынша уәкілетті тұлға пікір толтырады (6-қосымша)', ru: 'По итогам оценки уполномоченное лицо заполняет отзыв (приложение 6)', en: 'The authorized person fills in the review (App. 6)' },
  }),
  deadlineRule({
    id: `${ID}/interview-notice`,
    severity: 'warning',
    provision: params.interviewNotice,
    from: { event: 'interview' },
    to: { event: 'interview-notified' },
    count: params.interviewNotice.value,
    unit: 'calendar-days',
    direction: 'before',
    title: { kk: 'Әңгімелесу туралы {value} күн бұрын хабарланады', ru: 'О собеседовании уведомляют за {value} дн.', en: 'The servant is notified of the interview {value} day(s) before' },
  }),
  deadlineRule({
    id: `${ID}/sent-to-agency`,
    provision: params.toAgency,
    from: { field: `${SHEET}/signature/date` },
    to: { event: 'sent-to-agency' },
    count: params.toAgency.value,
    unit: 'working-days',
    title: { kk: 'Құжаттар бағалау аяқталғаннан {value} жұмыс күні ішінде уәкілетті органға жіберіледі', ru: 'Документы направляются в уполномоченный орган в течение {value} рабочих дней', en: 'The documents go to the Agency within {value} working day(s) of completing the evaluation' },
  }),
  // The limit for the evaluated year is the value of cl. 26 in force on the period's first day (2025: pt. 3).
  datedRule(params.monitoring, (ctx) => ctx.pkg.period.from, (v) =>
    dateLimitRule({
      id: `${ID}/half-year-monitoring`,
      clause: v.clause,
      quote: v.quote,
      ...(v.note ? { note: v.note } : {}),
      at: [{ event: 'monitoring-sent' }],
      ...v.value,
      applies: inPostInFirstHalf,
      title: { kk: 'Бірінші жартыжылдық мониторингі 26-тармақтағы мерзімде жіберіледі', ru: 'Мониторинг за первое полугодие направляется в срок п. 26', en: 'The first half-year monitoring is sent by the cl. 26 deadline' },
    }),
  ),
  deadlineRule({
    id: `${ID}/appeal-deadline`,
    severity: 'warning',
    provision: params.appealDays,
    from: { event: 'familiarised' },
    to: { event: 'appeal-filed' },
    count: params.appealDays.value,
    unit: 'working-days',
    stale: false,
    title: { kk: 'Ұлттық комиссияға өтініш танысқан күннен {value} жұмыс күні ішінде', ru: 'Заявление в Национальную комиссию в течение {value} рабочих дней с ознакомления', en: 'An application to the National Commission within {value} working day(s) of acquaintance' },
  }),
  dateLimitRule({
    id: `${ID}/dismissed-notified`,
    severity: 'warning',
    provision: params.dismissedNotice,
    at: [{ event: 'dismissed-notified' }],
    ...params.dismissedNotice.value,
    applies: (ctx) => ctx.events('dismissed').length > 0,
    title: { kk: 'Жұмыстан босатылған адам нәтижелермен таныстырылады', ru: 'Уволенное лицо ознакамливается с результатами', en: 'A dismissed person is notified of the results' },
  }),
];
