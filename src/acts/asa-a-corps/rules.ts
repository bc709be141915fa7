/**
 * The machine-checkable provisions of Annex 1 (act-002 notes §5.1, A-01…A-38), each built from a
 * shared rule kind with the parameters of params.ts; the rest is in unchecked.ts with the reason.
 */
import type { Rule, RuleContext } from '../../rules/rule.js';
import { combineRules } from '../../rules/combine.js';
import { datedRule } from '../../rules/dated.js';
import { dateLimit, dateLimitRule } from '../../rules/date-limit.js';
import { placeOf } from '../../law/provision.js';
import { deadlineRule } from '../../rules/deadline.js';
import { assignedFormRequiredRule, formAssignmentRule, type AssignmentCase } from '../../rules/form-assignment.js';
import { holdsAny, workingDaysDue, type DueDate } from '../../rules/form-missing.js';
import { dateResolver } from '../../rules/dates.js';
import { addCalendarDays } from '../../law/calendar/index.js';
import type { Text3 } from '../../law/finding.js';
import { formRequiredRule } from '../../rules/forms-by-category.js';
import { percentTableRule } from '../../rules/percent-table.js';
import { requiredRule, sameValueRule } from '../../rules/presence.js';
import { dateWithinRule } from '../../rules/date-within.js';
import { sessionStatementRule } from '../../rules/session-statement.js';
import { dismissed, eligible as eligibleIn, inPostRules } from '../asa-order-13/rules.js';
import { APP4_MAX, APP5_RANGE, M1_ASSIGNMENTS, MANDATORY_CATEGORY_1, MANDATORY_CATEGORY_2 } from './catalogue.js';
import { AGREEMENTS } from './forms.js';
import { params } from './params.js';
import NOTES from './notes.json' with { type: 'json' };
import ROWS from './rules.json' with { type: 'json' };
import { tableRules, type RuleRow } from '../rule-table.js';

const ID = 'asa-a-corps';
const SHEET = '/forms/evaluationSheet';
const A1 = '/forms/agreementCategory1';
const A2 = '/forms/agreementCategory2';

const category = (ctx: RuleContext): unknown => ctx.pkg.servant.category;
const cat1 = (ctx: RuleContext): boolean => category(ctx) === '1-санат';
const cat2 = (ctx: RuleContext): boolean => category(ctx) === '2-санат';
/** The day a date limit of the params falls on in the package's period (the act's day, never written here). */
const dayOf = (limit: Parameters<typeof dateLimit>[0], ctx: RuleContext): string => dateLimit(limit, ctx.pkg.period);
/** cl. 7 pt. 3–4: appointed after the day the draft is due (20 January of the evaluated year)? */
const appointedAfter20Jan = (ctx: RuleContext): boolean => ctx.pkg.servant.appointedOn > dayOf(params.category1Draft.value, ctx);
/** cl. 7 pt. 2: appointed before the day the category 2 agreement is due (1 February of the evaluated year)? */
const appointedBeforeFebruary = (ctx: RuleContext): boolean => ctx.pkg.servant.appointedOn < dayOf(params.category2Agreement.value, ctx);

/** cl. 3 pt. 1–2: is the servant to be evaluated at all? */
const eligible = eligibleIn(params);
/**
 * cl. 3 pt. 4: the evaluation's date is the date its sheet is signed. A package without the sheet is told so by
 * `evaluation-sheet-required` (App. 3, with the cl. 3 pt. 4 limit), not a second time by `evaluation-deadline`.
 */
const graded = (ctx: RuleContext): boolean => eligible(ctx) && holdsAny(ctx, ['evaluationSheet']);

/**
 * cl. 26 pt. 2: first half-year monitoring only concerns servants in the post (with an agreement) before the
 * reporting period ends, i.e. before the first day of «есепті кезеңнен кейінгі ай» (1 July), the month the
 * provision's own limit falls in (its undated value: the 2025 value of pt. 3 moves the limit, not the half-year).
 */
const inPostInFirstHalf = (ctx: RuleContext): boolean => ctx.pkg.servant.appointedOn < dayOf({ ...params.monitoring.value, day: 1 }, ctx);

/**
 * cl. 7 pt. 1–2: the agreement each category concludes (App. 1, App. 2), signed by the authorized person. One list
 * for the rule that finds the other category's form filled in and for the one that finds none.
 */
/** Who signs either agreement: the authorized person (cl. 7). */
const SIGNED_BY = { evaluator: '/servant/authorizedPerson', evaluatorLabel: { kk: 'уәкілетті тұлға', ru: 'уполномоченное лицо', en: 'authorized person' } } as const;
const AGREEMENT_CASES: AssignmentCase[] = [
  { ...placeOf(params.category1Agreement), categories: ['1-санат'], form: 'agreementCategory1', ...SIGNED_BY },
  { ...placeOf(params.category2Agreement), categories: ['2-санат'], form: 'agreementCategory2', ...SIGNED_BY },
];
const approvedOn = dateResolver({ event: 'draft-approved' });
/** What the finding shows after the limit's clause: the day it runs from, or why it is that limit. */
const BASIS = {
  approval: { kk: '{approved} келісілгеннен кейін {n} жұмыс күні', ru: '{n} раб. дн. после согласования {approved}', en: '{n} working days after the Agency’s approval of {approved}' },
  february: { kk: '{before} дейін', ru: 'до {before}', en: 'before {before}' },
  evaluation: { kk: 'бағалаудың шекті күні, келісім — оның материалы', ru: 'предельная дата оценки, соглашение — её материал', en: 'the evaluation’s limit, the agreement being one of its materials' },
} satisfies Record<string, Text3>;
/**
 * The day a missing agreement is judged by (the choice is `agreement-required`'s note): category 1 with the
 * Agency's approval recorded, 5 working days after it (cl. 7 pt. 1); category 2 appointed before 1 February, the
 * last day before it (cl. 7 pt. 2); anyone else, the evaluation's limit (cl. 3 pt. 4), since the agreement is a
 * material of the evaluation (cl. 17(2)) and the act dates it no other way.
 */
const agreementDue = (ctx: RuleContext): DueDate => {
  const approved = cat1(ctx) ? approvedOn(ctx)[0]?.date : undefined;
  if (approved !== undefined) return workingDaysDue(ctx, params.category1Agreement, { date: approved, var: 'approved', fact: 'approved' }, BASIS.approval);
  if (cat2(ctx) && appointedBeforeFebruary(ctx)) {
    const before = dayOf(params.category2Agreement.value, ctx);
    return {
      limit: addCalendarDays(before, -1),
      basis: BASIS.february,
      vars: { before },
      of: params.category2Agreement,
    };
  }
  return {
    limit: dayOf(params.evaluationLimit.value, ctx),
    basis: BASIS.evaluation,
    of: params.evaluationLimit,
  };
};

const and = (...fs: Array<(ctx: RuleContext) => boolean>) => (ctx: RuleContext) => fs.every((f) => f(ctx));


/** Rules that need code (catalogues, several forms, dated values); the rest, and the order, are in rules.json. */
const code = {
  'in-post': inPostRules(ID, 'tenure-three-months', params),
  'agreement-form': formAssignmentRule({
    id: `${ID}/agreement-form`,
    provision: params.category1Agreement,
    note: null, // the provision's note is on the signature date, not on which form
    by: '/servant/category',
    forms: AGREEMENTS,
    cases: AGREEMENT_CASES,
    title: { kk: '1-санат — 1-қосымша, 2-санат — 2-қосымша', ru: 'Категория 1 — приложение 1, категория 2 — приложение 2', en: 'Category 1 uses App. 1, category 2 uses App. 2' },
  }),
  'agreement-required': assignedFormRequiredRule({
    id: `${ID}/agreement-required`,
    provision: params.agreementMaterial,
    by: '/servant/category',
    forms: AGREEMENTS,
    cases: AGREEMENT_CASES,
    agreement: true,
    due: agreementDue,
    applies: eligible,
    note: {
      kk: 'Келісім — бағалаудың материалы (17-тармақтың 2) тармақшасы; 6-тармақ), нысаны санатқа қарай: 1-санат — 1-қосымша (7-тармақтың 1-бөлігі), 2-санат — 2-қосымша (7-тармақтың 2-бөлігі); табылғанда нысанның нөмірі мен атауы аталады. Шекті күн: 1-санат үшін уәкілетті органның келісуі жазылса — одан кейін 5 жұмыс күні (7-тармақтың 1-бөлігі); 1 ақпанға дейін тағайындалған 2-санат үшін — 1 ақпанға дейін (7-тармақтың 2-бөлігі); қалғандары үшін мәтін келісімге басқа күн белгілемейді, сондықтан бағалаудың шекті күні (3-тармақтың 4-бөлігі) алынды. Шекті күн өтпегенше келісімнің жоқтығы — ескертпе; келісімнің мерзімі туралы ережелер (7-тармақтың 1 және 2-бөліктері) тек келісім пакетте болғанда сөйлейді. 3-тармақтың 1-2-бөліктері бойынша бағаланбайтын қызметші үшін ереже үндемейді.',
      ru: 'Соглашение — материал оценки (пп. 2) п. 17; п. 6), форма по категории: категория 1 — прил. 1 (п. 7 ч. 1), категория 2 — прил. 2 (п. 7 ч. 2); находка называет номер и название формы. Предельная дата: для категории 1 при записанном согласовании уполномоченного органа — 5 раб. дн. после него (п. 7 ч. 1); для категории 2, назначенного до 1 февраля, — до 1 февраля (п. 7 ч. 2); для остальных текст иной даты соглашению не даёт, поэтому взята предельная дата оценки (п. 3 ч. 4). До предельной даты отсутствие соглашения — замечание; правила о сроке соглашения (п. 7 ч. 1 и 2) говорят только при соглашении в пакете. Правило молчит для служащего, который по п. 3 ч. 1–2 не оценивается.',
      en: 'The agreement is a material of the evaluation (cl. 17(2); cl. 6), its form by category: category 1 App. 1 (cl. 7 pt. 1), category 2 App. 2 (cl. 7 pt. 2); the finding names the form by number and title. The limit: for category 1 with the Agency’s approval recorded, 5 working days after it (cl. 7 pt. 1); for category 2 appointed before 1 February, before 1 February (cl. 7 pt. 2); for anyone else the text gives the agreement no other date, so the evaluation’s limit (cl. 3 pt. 4) is taken. Until the limit has passed a missing agreement is a note; the agreement’s own deadline rules (category1-agreement-signing, category2-agreement-deadline) speak only when the package holds it. The rule is silent for a servant cl. 3 pt. 1–2 excludes.',
    },
    title: { kk: 'Пакетте санатқа сәйкес жыл сайынғы келісім бар (1-қосымша немесе 2-қосымша)', ru: 'В пакете есть ежегодное соглашение по категории (прил. 1 или прил. 2)', en: 'The package holds the annual agreement of the servant’s category (App. 1 or App. 2)' },
  }),
  'evaluation-sheet-required': formRequiredRule({
    id: `${ID}/evaluation-sheet-required`,
    provision: params.evaluationSheetForm,
    note: {
      kk: 'Бағалау парағы (3-қосымша) екі санатқа да бір; санатқа қарай келісім ғана өзгереді (1 және 2-қосымша, 7-тармақтың 1–2-бөліктері). 3-тармақтың 1-2-бөліктері бойынша бағаланбайтын қызметші үшін ереже үндемейді. 3-тармақтың 4-бөлігіндегі шекті күн өтпегенше парақтың жоқтығы — ескертпе.',
      ru: 'Оценочный лист (прил. 3) один для обеих категорий; по категории различается лишь соглашение (прил. 1 и 2, п. 7 ч. 1–2). Правило молчит для служащего, который по п. 3 ч. 1–2 не оценивается. До предельной даты п. 3 ч. 4 отсутствие листа — замечание.',
      en: 'The evaluation sheet (App. 3) is one for both categories; only the agreement differs by category (App. 1 and 2, agreement-form). The rule is silent for a servant cl. 3 pt. 1–2 excludes. Until the cl. 3 pt. 4 limit has passed a missing sheet is a note.',
    },
    groups: [{ label: { kk: '"А" корпусының қызметшісі', ru: 'служащий корпуса «А»', en: 'corps "A" servant' }, forbidden: [], required: ['evaluationSheet'] }],
    due: params.evaluationLimit.value,
    applies: eligible,
    title: { kk: 'Бағалау 3-қосымшадағы бағалау парағы бойынша жүргізіледі', ru: 'Оценка проводится по оценочному листу приложения 3', en: 'The evaluation is recorded on the App. 3 evaluation sheet' },
  }),
  'kpi-deadline-in-period': dateWithinRule({
    id: `${ID}/kpi-deadline-in-period`,
    provision: params.kpiDeadline,
    pattern: [`${A1}/kpis/*/deadline`, `${A2}/kpis/*/deadline`],
    from: '/period/from',
    to: '/period/to',
    title: { kk: 'НМИ қол жеткізу мерзімі бағалау кезеңі ішінде', ru: 'Срок достижения НМИ в пределах периода оценки', en: 'Each KPI’s deadline lies within the evaluation period' },
  }),
  'agency-review': combineRules(
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
        unit: 'working-days',
        applies: and(cat1, when),
        title: { kk: 'Уәкілетті орган жобаны {value} жұмыс күні ішінде келіседі не қайтарады', ru: 'Уполномоченный орган согласует или возвращает проект в течение {value} рабочих дней', en: 'The Agency approves or returns the draft within {value} working day(s)' },
      }),
    ),
  ),
  'agreement-signed': combineRules(
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
  'authorized-person': combineRules(
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
  'percent-tables': [
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
  ],
  // cl. 30: a revised result (the decision's `correctedGrade`) is stated with its reasons and explanations (the fields
  // are forms.ts' REVISION_FIELDS); why the recommendations are not required is the provision's note.
  'revision-reasons': sessionStatementRule({
    id: `${ID}/revision-reasons`,
    provision: params.revisionReasons,
    when: 'correctedGrade',
    given: { kk: 'қайта қаралған бағалау нәтижесі', ru: 'пересмотренный результат оценки', en: 'the revised result' },
    require: 'reasons',
    what: { kk: 'тиісті себептер мен түсіндірмелер', ru: 'соответствующие причины и пояснения', en: 'reasons and explanations' },
    title: { kk: 'Нәтиже қайта қаралса, хаттамада тиісті себептер мен түсіндірмелер көрсетіледі', ru: 'При пересмотре результата в протоколе указываются соответствующие причины и пояснения', en: 'Where a result is revised, the protocol states the reasons and explanations' },
  }),
  // The limit for the evaluated year is the value of cl. 26 in force on the period's first day (2025: pt. 3).
  'half-year-monitoring': datedRule(params.monitoring, (ctx) => ctx.pkg.period.from, (v) =>
    dateLimitRule({
      id: `${ID}/half-year-monitoring`,
      provision: v,
      at: [{ event: 'monitoring-sent' }],
      ...v.value,
      applies: inPostInFirstHalf,
      title: { kk: 'Бірінші жартыжылдық мониторингі 26-тармақтағы мерзімде жіберіледі', ru: 'Мониторинг за первое полугодие направляется в срок п. 26', en: 'The first half-year monitoring is sent by the cl. 26 deadline' },
    }),
  ),
};

export const rules = (): Rule[] => tableRules(ID, params, ROWS as readonly RuleRow[], {
  applies: {
    eligible,
    graded,
    dismissed,
    category1: cat1,
    'category1-on-time': (ctx) => cat1(ctx) && !appointedAfter20Jan(ctx),
    'category1-late': (ctx) => cat1(ctx) && appointedAfter20Jan(ctx),
    // A missing agreement is agreement-required's one finding (with this limit); these speak of an agreement held.
    'category1-agreement-held': (ctx) => cat1(ctx) && holdsAny(ctx, ['agreementCategory1']),
    'category2-agreement-held': (ctx) => cat2(ctx) && appointedBeforeFebruary(ctx) && holdsAny(ctx, ['agreementCategory2']),
  },
  notes: NOTES,
  lists: { 'category1-mandatory': MANDATORY_CATEGORY_1, 'category2-mandatory': MANDATORY_CATEGORY_2 },
  code,
});
