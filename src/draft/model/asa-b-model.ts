/**
 * The model methodology for corps "B" (`asa-b-model`: act 002, Order No. 13 of 16.01.2018, Annex 2)
 * as the draft checker uses it: which wording we hold, the amendment we do not hold, the parameters
 * a body's methodology is compared on, and the key terms that weigh in clause alignment.
 *
 * Data only. Every parameter names the model clause it is read from and quotes its words; the
 * severity says how far a body may depart from it. Model cl. 2 lets the first head approve the
 * body's methodology «мемлекеттік орган қызметінің ерекшелігін есепке ала отырып» (taking account of
 * the body's specifics): organisation (who prepares, which unit, which forms) may be adapted, so such
 * departures are `info` or `warning`; the servant's guarantees (grade scale and bands, the deadline to
 * disagree, the appeal route, confidentiality, retention) are not a body's specifics, so departures
 * there are `error`. Where that line is a choice of ours, `note` says so.
 */
import type { Severity, Text3 } from '../../law/finding.js';
import { valueOn, type Place, type Provision } from '../../law/provision.js';
import { pendingOn, wordingOn, type Pack, type PendingAmendment, type Wording } from '../../acts/pack.js';
import { pending, wordings } from '../../acts/asa-b-model/act.js';
import { params } from '../../acts/asa-b-model/params.js';
import type { QuantityUnit } from '../kazakh-text.js';

export const MODEL_ID = 'asa-b-model';

/**
 * The model's dated data: the asa-b-model pack's own `wordings` and `pending`. The draft checker asks
 * `wordingOn` / `pendingOn` which wording governs a date and which amendment we lack is in force on
 * it, the lookups the as-of engine makes for packages.
 */
export const MODEL_DATES: Pick<Pack, 'wordings' | 'pending'> = { wordings, pending };

/** The wording of the model in force on a day, or undefined when we hold none for it. */
export const modelWordingOn = (date: string): Wording | undefined => wordingOn(MODEL_DATES, date);
/** The amendments to the model whose wording we lack, in force on a day. */
export const modelPendingOn = (date: string): PendingAmendment[] => pendingOn(MODEL_DATES, date);

/** The wording we hold (the pack's latest): what a draft is compared with on any date. */
const held = MODEL_DATES.wordings[MODEL_DATES.wordings.length - 1] as Wording;
export const MODEL_WORDING = held.date;
export const MODEL_WORDING_LABEL = held.label;

/** An amendment whose wording is not in our text, as findings state it (`facts.amendment`). */
export const amendmentFacts = (a: PendingAmendment) => ({
  order: a.act.kk,
  orderEn: a.act.en,
  orderRu: a.act.ru,
  inForceFrom: a.from,
  source: 'shared/acts/002_aa478879640c4786.txt, «ЗҚАИ-ның ескертпесі!» notes (14 provisions; 9 of them in Annex 2)',
});

/** The pending amendment of the model (Order No. 52), as findings state it. */
export const PENDING_AMENDMENT = amendmentFacts(pending[0] as PendingAmendment);

/** What is extracted from a clause. */
export type ParameterKind =
  /** a number with a unit: «бес жұмыс күні», «10 жұмыс күні», «үш жыл» */
  | 'quantity'
  /** a day of the month, written as an ordinal: «айдың жиырмасыншы күнінен», «20-күнінен» */
  | 'day-of-month'
  /** the evaluation period: quarter or year */
  | 'period'
  /** a score range: «0-ден 5-ке дейін» */
  | 'range'
  /** grade bands: «4-тен 5 баллға дейін, … 3-тен 3,99 …», or a table inside the clause */
  | 'bands'
  /** a provision that must be present: its key words */
  | 'phrase';

/** Units a quantity is read in (`kazakh-text.ts`). */
export type Unit = QuantityUnit;

/** A grade band as the model means it: from `from` up to (not including) `below`; the top band up to the scale's end. */
export interface ModelBand { from: number; below?: number }

export interface ModelParameter {
  id: string;
  /** Model clause, e.g. `cl. 11`. */
  clause: string;
  /** The clause number in the model, to find the draft clause aligned with it. */
  clauseNumber: number;
  label: Text3;
  kind: ParameterKind;
  /**
   * Words that must all occur in the draft sentence that holds the value: normalised stems (a prefix
   * of a word), alternatives separated by `|`, a trailing `$` for a whole word («аз$»).
   */
  anchors: string[];
  /** For quantities: the model's unit. */
  unit?: Unit;
  /** For quantities: other units the value may be written in; read, compared, and a different unit is a deviation. */
  alsoUnits?: Unit[];
  /** For quantities: a word that must follow the number («қаңтар» in «30 қаңтарынан»). */
  followedBy?: string;
  /** For quantities: a word that must not come before it («жылғы» marks the date of an act). */
  notAfter?: string;
  /** For phrases: words that state the opposite («жұп» for «тақ»): found, the provision deviates. */
  contrary?: string[];
  /** The model's value: a number, a [lo, hi] range, bands, or a period name. */
  expected: number | [number, number] | ModelBand[] | 'quarter' | 'year' | true;
  /** How a draft value compares: equal; atMost = the draft may be stricter (smaller); atLeast = larger or equal. */
  compare: 'equal' | 'atMost' | 'atLeast';
  severity: Severity;
  /**
   * The model's words the value is read from, verbatim from act 002 (the pack's `quote` where the pack
   * holds the value; a test finds every other one in the act).
   */
  wording: string;
  note?: Text3;
  /**
   * The pack's provision the value, clause and words come from, and how the value is read from it:
   * on a date the dated value in force then is used (`valueOn`), as the as-of engine reads it.
   */
  provision?: Provision<unknown>;
  pick?: (value: unknown) => ModelParameter['expected'];
}

const p = params;

/** A parameter's value, clause and words from a provision of the pack (its undated value; `parametersOn` dates it). */
function from<T>(provision: Provision<T>, pick: (value: T) => ModelParameter['expected'] = (v) => v as ModelParameter['expected']) {
  return {
    clause: provision.clause,
    expected: pick(provision.value),
    wording: provision.quote,
    provision: provision as Provision<unknown>,
    pick: pick as (value: unknown) => ModelParameter['expected'],
  };
}
/** A phrase the draft must state: a place of the pack (clause and words, no value); the phrase is expected present. */
const at = (place: Place) => ({ clause: place.clause, expected: true as const, wording: place.quote });
const DAYS: Unit[] = ['calendar-day', 'day', 'working-day'];

export const MODEL_PARAMETERS: readonly ModelParameter[] = [
  {
    id: 'evaluation-period',
    ...from(p.period), clauseNumber: 5,
    label: { kk: 'Бағалау кезеңі', ru: 'Оценочный период', en: 'Evaluation period' },
    kind: 'period', anchors: ['бағал', 'қорыт'], compare: 'equal', severity: 'error',
  },
  {
    id: 'evaluation-deadline',
    ...from(p.quarterlyLimit, (v) => v.day), clauseNumber: 5,
    label: { kk: 'Тоқсандық бағалау мерзімі (келесі айдың күні)', ru: 'Срок квартальной оценки (число следующего месяца)', en: 'Quarterly evaluation deadline (day of the following month)' },
    kind: 'day-of-month', anchors: ['айдың|айдан|ай$', 'кешік|дейін|кейін'], unit: 'day', compare: 'atMost', severity: 'warning',
    note: { kk: 'Ертерек мерзім рұқсат етіледі (орган ерекшелігі).', ru: 'Более ранний срок допустим (специфика органа).', en: 'An earlier deadline is allowed (a body\'s specific).' },
  },
  {
    id: 'final-grade-deadline',
    ...from(p.finalGradeDay), clauseNumber: 5,
    label: { kk: 'Қорытынды баға мерзімі (қаңтардың күні)', ru: 'Срок итоговой оценки (число января)', en: 'Final grade deadline (day of January)' },
    kind: 'quantity', anchors: ['қаңта'], unit: 'none', followedBy: 'қаңтар', notAfter: 'жылғы', compare: 'atMost', severity: 'warning',
  },
  {
    id: 'minimum-time-in-post',
    ...from(p.minTenureMonths), clauseNumber: 6,
    label: { kk: 'Бағаланбайтын лауазымдағы ең аз мерзім', ru: 'Минимальный срок в должности для оценки', en: 'Minimum time in post to be evaluated' },
    kind: 'quantity', anchors: ['кем$|кемі$|аз$|азы$|толмас|толмаған', 'лауаз'], unit: 'month', alsoUnits: ['calendar-day', 'day', 'year', 'week'],
    compare: 'equal', severity: 'warning',
  },
  {
    id: 'minimum-days-worked',
    ...from(p.minWorkedDays), clauseNumber: 6,
    label: { kk: 'Бағаланатын кезеңдегі ең аз жұмыс күндері', ru: 'Минимум отработанных рабочих дней в периоде', en: 'Minimum working days worked in the period' },
    kind: 'quantity', anchors: ['кемін|кем$|аз$|азы$', 'жұмыс|істе'], unit: 'working-day', alsoUnits: ['calendar-day', 'day'], compare: 'equal', severity: 'warning',
  },
  {
    id: 'grade-bands',
    ...from(p.bands, (v) => v.map((b) => ({ from: b.from, ...(b.below !== undefined ? { below: b.below } : {}) }))), clauseNumber: 8,
    label: { kk: 'Баға аралықтары', ru: 'Диапазоны оценок', en: 'Grade bands' },
    kind: 'bands', anchors: [], compare: 'equal', severity: 'error',
    note: p.bands.note,
  },
  {
    id: 'grade-scale',
    ...from(p.gradeRange, (v) => [v.min, v.max]), clauseNumber: 18,
    label: { kk: 'Баға шкаласы', ru: 'Шкала оценки', en: 'Grade scale' },
    kind: 'range', anchors: ['баға|балл'], compare: 'equal', severity: 'error',
  },
  {
    id: 'evaluator-of-heads',
    ...at(p.formByCategoryPt1), clauseNumber: 17,
    label: { kk: 'Басшыларды тікелей басшы бағалайды', ru: 'Руководителей оценивает непосредственный руководитель', en: 'Heads are evaluated by their direct superior' },
    kind: 'phrase', anchors: ['бағал', 'тікел', 'басшы'], compare: 'equal', severity: 'warning',
  },
  {
    id: 'evaluator-of-staff',
    ...at(p.formByCategoryPt4), clauseNumber: 17,
    label: { kk: 'Өзге қызметшілерді құрылымдық бөлімшенің басшысы бағалайды', ru: 'Остальных служащих оценивает руководитель структурного подразделения', en: 'Other servants are evaluated by the head of their structural unit' },
    kind: 'phrase', anchors: ['бағал', 'құрыл', 'бөлім', 'басшы'], compare: 'equal', severity: 'warning',
  },
  {
    id: 'familiarisation',
    ...at(p.resultsInSystem), clauseNumber: 10,
    label: { kk: 'Нәтижелермен ақпараттық жүйеде танысу', ru: 'Ознакомление с результатами в информационной системе', en: 'The servant receives the results in the information system' },
    kind: 'phrase', anchors: ['нәтиж', 'ақпар', 'жүйе'], compare: 'equal', severity: 'info',
    note: { kk: 'Таныстыру тәсілі — орган ерекшелігі (қағаз нысанда да болуы мүмкін).', ru: 'Способ ознакомления — специфика органа (возможна бумажная форма).', en: 'How servants are informed is a body\'s specific (paper is possible).' },
  },
  {
    id: 'familiarisation-dismissed',
    ...from(p.dismissedNotice, () => true), clauseNumber: 10,
    label: { kk: 'Жұмыстан босатылғандарды таныстыру', ru: 'Ознакомление уволенных', en: 'Informing servants who have left' },
    kind: 'phrase', anchors: ['босат', 'таныс'], compare: 'equal', severity: 'info',
  },
  {
    id: 'disagreement-deadline',
    ...from(p.applicationDays), clauseNumber: 11,
    label: { kk: 'Бағамен келіспеу туралы өтініш мерзімі', ru: 'Срок заявления о несогласии с оценкой', en: 'Deadline to apply when disagreeing with the grade' },
    kind: 'quantity', anchors: ['келіс', 'таныс'], unit: 'working-day', alsoUnits: DAYS, compare: 'equal', severity: 'error',
    note: { kk: 'Шағым беру мерзімі — қызметшінің кепілдігі, орган ерекшелігі емес.', ru: 'Срок обжалования — гарантия служащего, а не специфика органа.', en: 'The deadline to disagree is a servant\'s guarantee, not a body\'s specific.' },
  },
  {
    id: 'appeal-route',
    ...at(p.appealRoute), clauseNumber: 12,
    label: { kk: 'Калибрлеу сессиясының шешіміне шағымдану (ӘРПК)', ru: 'Обжалование решения калибровочной сессии (АППК)', en: 'Appeal against the calibration decision (Administrative Procedure Code)' },
    kind: 'phrase', anchors: ['рәсім', 'проце'], compare: 'equal', severity: 'error',
  },
  {
    id: 'retention',
    ...from(p.retentionYears), clauseNumber: 13,
    label: { kk: 'Құжаттарды сақтау мерзімі', ru: 'Срок хранения документов', en: 'Retention of evaluation documents' },
    kind: 'quantity', anchors: ['сақта'], unit: 'year', alsoUnits: ['month'], compare: 'atLeast', severity: 'error',
  },
  {
    id: 'confidentiality',
    ...at(p.confidentiality), clauseNumber: 14,
    label: { kk: 'Бағалау нәтижелерінің құпиялылығы', ru: 'Конфиденциальность результатов оценки', en: 'Confidentiality of evaluation results' },
    kind: 'phrase', anchors: ['жасыр|құпия'], compare: 'equal', severity: 'error',
  },
  {
    id: 'evaluator-threshold',
    ...from(p.evaluatorHelpAbove), clauseNumber: 18,
    label: { kk: 'Бағалаушының бағаланатындар саны шегі', ru: 'Порог числа оцениваемых у оценивающего', en: 'Number of evaluees above which others help the evaluator' },
    kind: 'quantity', anchors: ['асқан|асса'], unit: 'person', alsoUnits: ['none'], compare: 'equal', severity: 'info',
  },
  {
    id: 'calibration-decision-deadline',
    ...from(p.decisionDays), clauseNumber: 20,
    label: { kk: 'Калибрлеу сессиясын өткізу туралы шешім мерзімі', ru: 'Срок решения о проведении калибровочной сессии', en: 'Deadline to decide on holding a calibration session' },
    kind: 'quantity', anchors: ['калиб', 'шешім'], unit: 'working-day', alsoUnits: DAYS, compare: 'atMost', severity: 'warning',
  },
  {
    id: 'calibration-minimum-members',
    ...from(p.sessionSize, (v) => v.min), clauseNumber: 20,
    label: { kk: 'Калибрлеу сессиясы мүшелерінің ең аз саны', ru: 'Минимальный состав калибровочной сессии', en: 'Minimum members of a calibration session' },
    kind: 'quantity', anchors: ['калиб|сесси', 'мүше'], unit: 'none', alsoUnits: ['person'], compare: 'atLeast', severity: 'warning',
  },
  {
    id: 'calibration-odd-members',
    ...from(p.sessionSize, () => true), clauseNumber: 20,
    label: { kk: 'Калибрлеу сессиясы мүшелерінің саны тақ', ru: 'Нечётное число членов калибровочной сессии', en: 'A calibration session has an odd number of members' },
    kind: 'phrase', anchors: ['тақ$'], contrary: ['жұп$'], compare: 'equal', severity: 'warning',
  },
  {
    id: 'calibration-deadline',
    ...from(p.sessionDays), clauseNumber: 21,
    label: { kk: 'Калибрлеу сессиясын өткізу мерзімі', ru: 'Срок проведения калибровочной сессии', en: 'Deadline to hold the calibration session' },
    kind: 'quantity', anchors: ['калиб|сесси', 'өтіні'], unit: 'working-day', alsoUnits: DAYS, compare: 'atMost', severity: 'warning',
  },
  {
    id: 'protocol-upload-deadline',
    ...from(p.protocolPostDays), clauseNumber: 23,
    label: { kk: 'Хаттаманы ақпараттық жүйеге орналастыру мерзімі', ru: 'Срок размещения протокола в информационной системе', en: 'Deadline to place the protocol in the information system' },
    kind: 'quantity', anchors: ['хатта', 'ақпар|жүйе'], unit: 'working-day', alsoUnits: DAYS, compare: 'atMost', severity: 'info',
  },
  {
    id: 'feedback-meeting',
    ...at(p.feedbackMeeting), clauseNumber: 24,
    label: { kk: 'Кері байланыс кездесуі', ru: 'Встреча обратной связи', en: 'Feedback meeting after calibration' },
    kind: 'phrase', anchors: ['кері', 'байла'], compare: 'equal', severity: 'warning',
  },
];

/**
 * Model clauses and how much their absence weighs. Clauses not listed are `warning`. The model's
 * cl. 1 (its own scope) and cl. 2 (the adaptation rule itself) are addressed to the Agency's model,
 * not copied into a body's methodology.
 */
export const PROVISION_SEVERITY: Readonly<Record<number, Severity | 'skip'>> = {
  1: 'skip', 2: 'skip', 3: 'info', 9: 'info', 15: 'info', 16: 'info', 22: 'info',
  5: 'error', 8: 'error', 11: 'error', 12: 'error', 13: 'error', 14: 'error', 18: 'error', 20: 'warning', 21: 'warning',
};

/**
 * What a draft clause must speak of to be taken as the counterpart of a model clause when the match is
 * not strong (score below `BORROWED`): normalised stems, alternatives with `|`. Without it, act 000's
 * «the work plan is approved by the first head» passes for model cl. 2 (the first heads approve the
 * METHODOLOGY), and its «KPIs are set by the direct superior» for model cl. 17 (who evaluates which
 * CATEGORIES on which form).
 */
export const CLAUSE_SUBJECTS: Readonly<Record<number, readonly string[]>> = {
  2: ['әдіст'],
  17: ['санат'],
};

/** Terms that carry a clause's subject; they weigh more when clauses are aligned. */
export const KEY_TERMS: Readonly<Record<string, number>> = {
  калиб: 3, шағым: 3, жасыр: 3, сақта: 2, таныс: 2, тоқса: 2, келіс: 2, өтіні: 2, хатта: 2, кері: 2, байла: 1.5,
  балл: 2, диапа: 2, сарал: 2, іссап: 3, шығар: 2, жұмыс: 0.5, бағал: 0.3, қызме: 0.2, мемле: 0.2, корпу: 0.2,
  әкімш: 0.2, лауаз: 0.5, персо: 1, басқа: 0.5, ұйымд: 1.5, сүйем: 2,
};

/**
 * The parameters as the model states them on a date: a parameter that is a provision of the pack takes
 * the value (and clause and words) in force that day, `valueOn` — the lookup the check engine's rules
 * make — so a dated value the pack gains is compared from its day on without a date in this code.
 */
export function parametersOn(date: string): readonly ModelParameter[] {
  return MODEL_PARAMETERS.map((m) => {
    if (!m.provision || !m.pick) return m;
    const v = valueOn(m.provision, date);
    return v === m.provision ? m : { ...m, clause: v.clause, wording: v.quote, expected: m.pick(v.value), ...(v.note ? { note: v.note } : {}) };
  });
}
