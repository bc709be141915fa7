/**
 * The machine-checkable provisions of Annex 2 (act-002 notes §5.2, B-01…B-28), each built from a
 * shared rule kind with the parameters of params.ts. What cannot be checked from a package is in
 * unchecked.ts with the reason.
 */
import type { Provision } from '../pack.js';
import type { Rule } from '../../rules/rule.js';
import { placeOf } from '../../law/provision.js';
import { capByFactRule } from '../../rules/cap-by-fact.js';
import { combineRules } from '../../rules/combine.js';
import { compositionRule, majorityRule, sessionSizeRule } from '../../rules/commission.js';
import { dateLimitRule } from '../../rules/date-limit.js';
import { deadlineRule } from '../../rules/deadline.js';
import { evaluatorAssignmentRule, formAssignmentRule, type AssignmentCase } from '../../rules/form-assignment.js';
import { gradeBandRule } from '../../rules/grade-band.js';
import { meanRule } from '../../rules/mean.js';
import { periodShapeRule } from '../../rules/period-shape.js';
import { requiredRule } from '../../rules/presence.js';
import { rowSetRule } from '../../rules/row-set.js';
import { valueRangeRule } from '../../rules/value-range.js';
import { eligible as eligibleIn, inPostRules } from '../asa-order-13/rules.js';
import { LIGHT_SANCTIONS, MANAGERIAL_PARAMETERS, NON_MANAGERIAL_PARAMETERS, OTHER_SANCTIONS, PT1_ALWAYS, PT1_IF_HEAD, SANCTION_PARAMETER, SESSION_KINDS } from './catalogue.js';
import { FORM_KEYS } from './forms.js';
import { params } from './params.js';

const ID = 'asa-b-model';
const SHEETS = FORM_KEYS;

/**
 * App. 1 (managerial) and App. 2 (non-managerial) print the same note and the same row 5: params name
 * App. 1's place, and a finding about the other sheet cites the same words in App. 2.
 */
const SHEET_APP: Record<(typeof FORM_KEYS)[number], number> = { managerialSheet: 1, nonManagerialSheet: 2 };
/** A provision printed on both sheets, at its place on sheet k (App. 1 → App. 2 for the non-managerial sheet). */
const onSheet = <T,>(k: (typeof FORM_KEYS)[number], pr: Provision<T>): Provision<T> => ({ ...pr, clause: pr.clause.replace(/^App\. \d+/, `App. ${SHEET_APP[k]}`) });

/** One rule over whichever sheet the package holds (a package holds one of the two). */
const overSheets = (make: (key: (typeof SHEETS)[number]) => Rule): Rule => combineRules(SHEETS.map(make));

/** cl. 6: is the servant to be evaluated at all (one month in the post, 15 working days worked)? */
const eligible = eligibleIn(params);

const DIRECT = { kk: 'тікелей басшы', ru: 'непосредственный руководитель', en: 'direct supervisor' };
const HEAD = { kk: 'құрылымдық бөлімшенің/мемлекеттік органның басшысы', ru: 'руководитель структурного подразделения/госоргана', en: 'head of the structural unit/state body' };


/** cl. 17, in the order its parts apply; a finding cites the part of the case that applied. */
const CASES: AssignmentCase[] = [
  { ...placeOf(params.formByCategoryPt1), categories: PT1_ALWAYS.map((c) => c.code), form: 'managerialSheet', evaluator: '/servant/directSupervisor', evaluatorLabel: DIRECT },
  { ...placeOf(params.formByCategoryPt1), categories: PT1_IF_HEAD.map((c) => c.code), managerial: true, form: 'managerialSheet', evaluator: '/servant/directSupervisor', evaluatorLabel: DIRECT },
  { ...placeOf(params.formByCategoryPt3), categories: PT1_IF_HEAD.map((c) => c.code), managerial: false, form: 'nonManagerialSheet', evaluator: '/servant/directSupervisor', evaluatorLabel: DIRECT },
  { ...placeOf(params.formByCategoryPt2), managerial: true, form: 'managerialSheet', evaluator: '/servant/unitHead', evaluatorLabel: HEAD },
  { ...placeOf(params.formByCategoryPt4), managerial: false, form: 'nonManagerialSheet', evaluator: '/servant/unitHead', evaluatorLabel: HEAD },
];
const CASES_NOTE = {
  kk: 'С-1, D-1, D-3 санаттары үшін 1-бөлікке жату (комитет төрағасының орынбасары, департамент директоры, құрылымдық бөлімше басшысы) servant.managerial белгісімен анықталады; 2- және 3-бөліктер қиылысқанда санатқа негізделген 1/3-бөліктер басым.',
  ru: 'Для категорий С-1, D-1, D-3 отнесение к части 1 (зам. председателя комитета, директор департамента, руководитель подразделения) определяется признаком servant.managerial; при пересечении частей 2 и 3 приоритет у частей 1/3 по категориям.',
  en: 'For categories С-1, D-1, D-3 whether part 1 applies (committee deputy chair, department director, head of a structural unit) is read from servant.managerial; where parts 2 and 3 overlap, the category-based parts 1/3 win.',
};
const CAL = { kinds: SESSION_KINDS };

export const rules: Rule[] = [
  periodShapeRule({
    id: `${ID}/period-quarter`,
    provision: params.period,
    unit: params.period.value,
    title: { kk: 'Бағаланатын кезең — тоқсан', ru: 'Оцениваемый период — квартал', en: 'The evaluated period is a calendar quarter' },
  }),
  dateLimitRule({
    id: `${ID}/quarterly-deadline`,
    provision: params.quarterlyLimit,
    at: SHEETS.map((k) => ({ field: `/forms/${k}/signature/date` })),
    ...params.quarterlyLimit.value,
    applies: eligible,
    title: {
      kk: 'Бағалау есепті тоқсаннан кейінгі айдың {day}-сынан кешіктірілмей жүргізіледі (жұмыстан шығарылғандар да)',
      ru: 'Оценка проводится не позднее {day}-го числа месяца после отчётного квартала (в т.ч. уволенных)',
      en: 'The evaluation is done by day {day} of the month after the quarter (dismissed servants too)',
    },
  }),
  ...inPostRules(ID, 'tenure-one-month', params),
  formAssignmentRule({
    id: `${ID}/form-by-category`,
    provision: params.formByCategoryPt1,
    note: CASES_NOTE,
    cases: CASES,
    forms: SHEETS,
    title: { kk: 'Бағалау парағының нысаны лауазым санатына сай', ru: 'Форма оценочного листа соответствует категории', en: 'The sheet (App. 1 or App. 2) is the one cl. 17 assigns' },
  }),
  evaluatorAssignmentRule({
    id: `${ID}/evaluator-by-category`,
    provision: params.formByCategoryPt1,
    note: CASES_NOTE,
    cases: CASES,
    forms: SHEETS,
    namePath: '/evaluator/name',
    basisPath: '/evaluator/basis',
    title: { kk: 'Бағалаушы — 17-тармақ атаған адам', ru: 'Оценивает лицо, названное в п. 17', en: 'The evaluator is the person cl. 17 names' },
  }),
  rowSetRule({
    id: `${ID}/managerial-parameters`,
    provision: params.managerialParameters,
    rows: '/forms/managerialSheet/grades',
    keyField: 'parameter',
    always: MANAGERIAL_PARAMETERS,
    title: { kk: '1-қосымшаның барлық параметрі бағаланады', ru: 'Оцениваются все параметры приложения 1', en: 'Every parameter of App. 1 is graded' },
  }),
  rowSetRule({
    id: `${ID}/non-managerial-parameters`,
    provision: params.nonManagerialParameters,
    rows: '/forms/nonManagerialSheet/grades',
    keyField: 'parameter',
    always: NON_MANAGERIAL_PARAMETERS,
    title: { kk: '2-қосымшаның барлық параметрі бағаланады', ru: 'Оцениваются все параметры приложения 2', en: 'Every parameter of App. 2 is graded' },
  }),
  overSheets((k) =>
    valueRangeRule({
      id: `${ID}/grade-range`,
      provision: params.gradeRange,
      items: `/forms/${k}/grades`,
      field: 'grade',
      ...params.gradeRange.value,
      title: { kk: 'Баға {min}–{max} аралығында', ru: 'Оценка от {min} до {max}', en: 'Each grade is from {min} to {max}' },
    }),
  ),
  overSheets((k) =>
    meanRule({
      id: `${ID}/average`,
      provision: onSheet(k, params.average),
      items: `/forms/${k}/grades`,
      field: 'grade',
      stated: `/forms/${k}/average`,
      tolerance: params.average.value.tolerance,
      title: { kk: 'Орташа қорытынды баға = бағалар сомасы / параметрлер саны', ru: 'Средняя итоговая оценка = сумма оценок / число параметров', en: 'The average is the sum of the grades divided by the number of parameters' },
    }),
  ),
  overSheets((k) =>
    gradeBandRule({
      id: `${ID}/result-band`,
      provision: params.bands,
      value: `/forms/${k}/average`,
      label: `/forms/${k}/result`,
      bands: params.bands.value,
      title: { kk: 'Бағалау нәтижесі орташа бағаға сай', ru: 'Результат соответствует средней оценке', en: 'The result matches the average grade (cl. 8 bands)' },
    }),
  ),
  overSheets((k) =>
    capByFactRule({
      id: `${ID}/sanction-cap`,
      provision: onSheet(k, params.sanctionCaps),
      items: [`/forms/${k}/grades`],
      keyField: 'parameter',
      key: SANCTION_PARAMETER,
      valueField: 'grade',
      facts: '/servant/disciplinarySanctions',
      kindField: 'kind',
      dateField: 'appliedOn',
      caps: [
        { kinds: LIGHT_SANCTIONS, max: params.sanctionCaps.value.light },
        { kinds: OTHER_SANCTIONS, max: params.sanctionCaps.value.other },
      ],
      title: { kk: 'Тоқсанда жаза қолданылса, 5-параметр бағасы {light} ({other}) баллдан аспайды', ru: 'При взыскании в квартале оценка параметра 5 не выше {light} ({other})', en: 'A sanction in the quarter caps parameter 5 at {light} ({other})' },
    }),
  ),
  dateLimitRule({
    id: `${ID}/dismissed-notified`,
    provision: params.dismissedNotice,
    at: [{ event: 'dismissed-notified' }],
    ...params.dismissedNotice.value,
    applies: (ctx) => ctx.events('dismissed').length > 0,
    title: { kk: 'Жұмыстан босатылған адам тоқсаннан кейінгі айдың ішінде таныстырылады', ru: 'Уволенное лицо ознакамливается в течение месяца после квартала', en: 'A dismissed person is notified within the month after the quarter' },
  }),
  deadlineRule({
    id: `${ID}/calibration-application-deadline`,
    provision: params.applicationDays,
    from: { event: 'familiarised' },
    to: { event: 'calibration-applied' },
    count: params.applicationDays.value,
    unit: 'working-days',
    stale: false,
    title: { kk: 'Калибрлеу туралы өтініш танысқан күннен {value} жұмыс күні ішінде', ru: 'Заявление о калибровке в течение {value} рабочих дней с ознакомления', en: 'The calibration application is filed within {value} working day(s) of acquaintance' },
  }),
  deadlineRule({
    id: `${ID}/calibration-decision-deadline`,
    provision: params.decisionDays,
    from: { event: 'calibration-applied' },
    to: { event: 'calibration-convened' },
    count: params.decisionDays.value,
    unit: 'working-days',
    title: { kk: 'Сессия туралы шешім және құрамы өтініштен {value} жұмыс күні ішінде', ru: 'Решение о сессии и состав в течение {value} рабочих дней с заявления', en: 'The decision to hold the session and its composition within {value} working day(s) of the application' },
  }),
  deadlineRule({
    id: `${ID}/calibration-session-deadline`,
    provision: params.sessionDays,
    note: params.decisionDays.note,
    from: { event: 'calibration-applied' },
    to: { session: 'date' },
    count: params.sessionDays.value,
    unit: 'working-days',
    title: { kk: 'Калибрлеу сессиясы өтініштен {value} жұмыс күні ішінде', ru: 'Калибровочная сессия в течение {value} рабочих дней с заявления', en: 'The calibration session is held within {value} working day(s) of the application' },
  }),
  sessionSizeRule({
    id: `${ID}/calibration-size`,
    provision: params.sessionSize,
    ...CAL,
    ...params.sessionSize.value,
    title: { kk: 'Сессия құрамы тақ, кемінде {min} мүше', ru: 'Состав сессии нечётный, не менее {min}', en: 'The session has an odd number of members, at least {min}' },
  }),
  compositionRule({
    id: `${ID}/calibration-without-parties`,
    provision: params.calibrationWithoutParties,
    ...CAL,
    withoutEvaluator: true,
    withoutApplicant: true,
    title: { kk: 'Құрамда бағамен келіспейтін адам да, оны бағалаған адам да жоқ', ru: 'В составе нет ни несогласного с оценкой, ни оценившего его', en: 'Neither the servant disputing the grade nor the evaluator sits in the session' },
  }),
  compositionRule({
    id: `${ID}/calibration-hr-member`,
    provision: params.calibrationHrMember,
    ...CAL,
    withHr: true,
    title: { kk: 'Құрамда персоналды басқару қызметінің қызметкері бар', ru: 'В составе есть работник службы управления персоналом', en: 'An HR employee sits in the session' },
  }),
  majorityRule({
    id: `${ID}/calibration-majority`,
    provision: params.calibrationMajority,
    note: {
      kk: '«басым дауыс» қатысқан мүшелердің берген дауыстарынан есептеледі («қолдайды» > «қарсы»); төрағаның шешуші дауысы көзделмеген.',
      ru: '«большинство голосов» считается по голосам присутствующих членов («за» > «против»); решающий голос председателя не предусмотрен.',
      en: '"majority of votes" is counted over the votes cast by the members present (for > against); no casting vote is provided for.',
    },
    ...CAL,
    chairCasting: false,
    title: { kk: 'Қорытынды баға мүшелердің басым дауысымен қабылданады', ru: 'Итоговая оценка принимается большинством голосов членов', en: 'The final grade is carried by a majority of the members’ votes' },
  }),
  requiredRule({
    id: `${ID}/calibration-protocol`,
    provision: params.calibrationProtocol,
    when: { session: true },
    require: { event: 'protocol-signed' },
    path: '/events',
    title: { kk: 'Сессия шешімі хаттамамен рәсімделеді', ru: 'Решение сессии оформляется протоколом', en: 'The session’s decision is recorded in a signed protocol' },
  }),
  deadlineRule({
    id: `${ID}/protocol-posted`,
    severity: 'warning',
    provision: params.protocolPostDays,
    from: { event: 'protocol-signed' },
    to: { event: 'protocol-posted' },
    count: params.protocolPostDays.value,
    unit: 'working-days',
    title: { kk: 'Хаттама қол қойылғаннан {value} жұмыс күні ішінде ақпараттық жүйеге орналастырылады', ru: 'Протокол размещается в ИС в течение {value} рабочих дней с подписания', en: 'The protocol is posted in the IS within {value} working day(s) of signing' },
  }),
  requiredRule({
    id: `${ID}/calibration-on-application`,
    severity: 'warning',
    provision: params.calibrationOnApplication,
    note: {
      kk: '3-т. 6) тармақшасы сессияны жалпы кездесу ретінде анықтайды, ал 11, 19, 21-тармақтар оны өтініш бойынша өткізеді: сондықтан ескерту.',
      ru: 'пп. 6 п. 3 определяет сессию как общую встречу, а пп. 11, 19, 21 проводят её по заявлению: поэтому предупреждение.',
      en: 'cl. 3(6) defines sessions as general meetings, while cl. 11, 19 and 21 hold them on application: hence a warning.',
    },
    when: { session: true },
    require: { event: 'calibration-applied' },
    path: '/events',
    title: { kk: 'Калибрлеу сессиясы қызметшінің өтініші бойынша өткізіледі', ru: 'Калибровочная сессия проводится по заявлению служащего', en: 'A calibration session is held on the servant’s application' },
  }),
  requiredRule({
    id: `${ID}/feedback-meeting`,
    severity: 'warning',
    provision: params.feedbackMeeting,
    note: {
      kk: 'Мерзімі белгіленбеген: кездесу жазылмаса ескерту.',
      ru: 'Срок не установлен: при отсутствии записи — предупреждение.',
      en: 'No time limit is set: a warning while the meeting is not recorded.',
    },
    when: { session: true },
    require: { event: 'feedback-meeting' },
    path: '/events',
    title: { kk: 'Сессиядан кейін бағалаушы кері байланыс кездесуін өткізеді', ru: 'После сессии оценивающий проводит встречу обратной связи', en: 'After the session the evaluator holds a feedback meeting' },
  }),
];
