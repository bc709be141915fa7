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

export const MODEL_ID = 'asa-b-model';
/** The wording we hold: Order No. 121 of 28.07.2025 (the Annex 2 note «жаңа редакцияда … 28.07.2025 № 121»). */
export const MODEL_WORDING = '2025-07-28';

/** The amendment whose wording is not in our text (the ЗҚАИ notes in Annex 2 list its provisions). */
export const PENDING_AMENDMENT = {
  order: 'ҚР Мемлекеттік қызмет істері агенттігі Төрағасының 31.03.2026 № 52 бұйрығы',
  orderEn: 'Order No. 52 of 31.03.2026 of the Chairman of the Agency for Civil Service Affairs',
  orderRu: 'приказ Председателя Агентства по делам государственной службы от 31.03.2026 № 52',
  inForceFrom: '2026-07-11',
  source: 'shared/acts/002_aa478879640c4786.txt, «ЗҚАИ-ның ескертпесі!» notes (14 provisions; 9 of them in Annex 2)',
} as const;

/** What is extracted from a clause. */
export type ParameterKind =
  /** a number with a unit: «бес жұмыс күні», «10 жұмыс күні», «үш жыл» */
  | 'quantity'
  /** a day of the month, written as an ordinal: «айдың жиырмасыншы күнінен» */
  | 'day-of-month'
  /** the evaluation period: quarter or year */
  | 'period'
  /** a score range: «0-ден 5-ке дейін» */
  | 'range'
  /** grade bands: «4-тен 5 баллға дейін, … 3-тен 3,99 …» */
  | 'bands'
  /** a provision that must be present: its key words */
  | 'phrase';

export interface ModelParameter {
  id: string;
  /** Model clause, e.g. `cl. 11`. */
  clause: string;
  /** The clause number in the model, to find the draft clause aligned with it. */
  clauseNumber: number;
  label: Text3;
  kind: ParameterKind;
  /** Word stems (normalised, first five letters) that must all occur in the draft sentence that holds the value. */
  anchors: string[];
  /** For quantities: the unit («working-day», «year», «month», «person», «day»). */
  unit?: string;
  /** For quantities: a word that must follow the number («қаңтар» in «30 қаңтарынан»). */
  followedBy?: string;
  /** For quantities: a word that must not come before it («жылғы» marks the date of an act). */
  notAfter?: string;
  /** The model's value: a number, a [lo, hi] range, bands, or a period name. */
  expected: number | [number, number] | Array<[number, number]> | 'quarter' | 'year' | true;
  /** How a draft value compares: equal; atMost = the draft may be stricter (smaller); atLeast = larger or equal. */
  compare: 'equal' | 'atMost' | 'atLeast';
  severity: Severity;
  /** The model's words the value is read from. */
  wording: string;
  note?: Text3;
}

export const MODEL_PARAMETERS: readonly ModelParameter[] = [
  {
    id: 'evaluation-period',
    clause: 'cl. 5', clauseNumber: 5,
    label: { kk: 'Бағалау кезеңі', ru: 'Оценочный период', en: 'Evaluation period' },
    kind: 'period', anchors: ['бағал', 'қорыт'], expected: 'quarter', compare: 'equal', severity: 'error',
    wording: '«Бағалау тоқсан қорытындысы бойынша … жүргізіледі» (cl. 5); «бағаланатын кезең – … тоқсан» (cl. 3 7))',
  },
  {
    id: 'evaluation-deadline',
    clause: 'cl. 5', clauseNumber: 5,
    label: { kk: 'Тоқсандық бағалау мерзімі (келесі айдың күні)', ru: 'Срок квартальной оценки (число следующего месяца)', en: 'Quarterly evaluation deadline (day of the following month)' },
    kind: 'day-of-month', anchors: ['айдың', 'кешік'], expected: 20, compare: 'atMost', severity: 'warning',
    wording: '«есепті тоқсаннан кейінгі айдың жиырмасыншы күнінен кешіктірілмей жүргізіледі»',
    note: { kk: 'Ертерек мерзім рұқсат етіледі (орган ерекшелігі).', ru: 'Более ранний срок допустим (специфика органа).', en: 'An earlier deadline is allowed (a body\'s specific).' },
  },
  {
    id: 'final-grade-deadline',
    clause: 'cl. 5', clauseNumber: 5,
    label: { kk: 'Қорытынды баға мерзімі (қаңтардың күні)', ru: 'Срок итоговой оценки (число января)', en: 'Final grade deadline (day of January)' },
    kind: 'quantity', anchors: ['қаңта'], unit: 'none', followedBy: 'қаңтар', notAfter: 'жылғы', expected: 30, compare: 'atMost', severity: 'warning',
    wording: '«Қорытынды баға есепті жылдан кейінгі жылдың 30 қаңтарынан кешіктірілмей қалыптастырылады»',
  },
  {
    id: 'minimum-time-in-post',
    clause: 'cl. 6', clauseNumber: 6,
    label: { kk: 'Бағаланбайтын лауазымдағы ең аз мерзім', ru: 'Минимальный срок в должности для оценки', en: 'Minimum time in post to be evaluated' },
    kind: 'quantity', anchors: ['кем'], unit: 'month', expected: 1, compare: 'equal', severity: 'warning',
    wording: '«… нақты лауазымда болу мерзімі … бір айдан кем болған жағдайда, оған бағалау жүргізілмейді»',
  },
  {
    id: 'minimum-days-worked',
    clause: 'cl. 6', clauseNumber: 6,
    label: { kk: 'Бағаланатын кезеңдегі ең аз жұмыс күндері', ru: 'Минимум отработанных рабочих дней в периоде', en: 'Minimum working days worked in the period' },
    kind: 'quantity', anchors: ['кемін'], unit: 'working-day', expected: 15, compare: 'equal', severity: 'warning',
    wording: '«бағаланатын кезең қызметшінің нақты жұмыс істеген кемінде он бес жұмыс күнін қамтуы тиіс»',
  },
  {
    id: 'grade-bands',
    clause: 'cl. 8', clauseNumber: 8,
    label: { kk: 'Баға аралықтары', ru: 'Диапазоны оценок', en: 'Grade bands' },
    kind: 'bands', anchors: [], expected: [[4, 5], [3, 3.99], [2, 2.99], [0, 1.99]], compare: 'equal', severity: 'error',
    wording: '«4-тен 5 баллға дейін … 3-тен 3,99 … 2-ден 2,99 … 0-ден 1,99 баллға дейінгі бағалар диапазоны»',
  },
  {
    id: 'grade-scale',
    clause: 'cl. 18', clauseNumber: 18,
    label: { kk: 'Баға шкаласы', ru: 'Шкала оценки', en: 'Grade scale' },
    kind: 'range', anchors: ['баға'], expected: [0, 5], compare: 'equal', severity: 'error',
    wording: '«Бағалаушы адаммен 0-ден 5-ке дейінгі баға қойылады»',
  },
  {
    id: 'evaluator-of-heads',
    clause: 'cl. 17', clauseNumber: 17,
    label: { kk: 'Басшыларды тікелей басшы бағалайды', ru: 'Руководителей оценивает непосредственный руководитель', en: 'Heads are evaluated by their direct superior' },
    kind: 'phrase', anchors: ['бағал', 'тікел', 'басшы'], expected: true, compare: 'equal', severity: 'warning',
    wording: '«В-1, С-1 …, D-1, D-3 … санаттарының … қызметшілерін бағалау тікелей басшымен осы Үлгілік әдістеменің 1-қосымшасына сәйкес нысан бойынша жүргізіледі»',
  },
  {
    id: 'evaluator-of-staff',
    clause: 'cl. 17', clauseNumber: 17,
    label: { kk: 'Өзге қызметшілерді құрылымдық бөлімшенің басшысы бағалайды', ru: 'Остальных служащих оценивает руководитель структурного подразделения', en: 'Other servants are evaluated by the head of their structural unit' },
    kind: 'phrase', anchors: ['бағал', 'құрыл', 'бөлім', 'басшы'], expected: true, compare: 'equal', severity: 'warning',
    wording: '«Өзге тұлғаларды бағалау құрылымдық бөлімшенің/мемлекеттік органның басшысымен осы Үлгілік әдістеменің 2-қосымшасына сәйкес нысан бойынша жүргізіледі»',
  },
  {
    id: 'familiarisation',
    clause: 'cl. 10', clauseNumber: 10,
    label: { kk: 'Нәтижелермен ақпараттық жүйеде танысу', ru: 'Ознакомление с результатами в информационной системе', en: 'The servant receives the results in the information system' },
    kind: 'phrase', anchors: ['нәтиж', 'ақпар', 'жүйе'], expected: true, compare: 'equal', severity: 'info',
    wording: '«Бағаланатын қызметші өзінің бағалау нәтижелерін ақпараттық жүйеде, сондай-ақ "Е-қызмет" мобильді қосымша арқылы алады»',
    note: { kk: 'Таныстыру тәсілі — орган ерекшелігі (қағаз нысанда да болуы мүмкін).', ru: 'Способ ознакомления — специфика органа (возможна бумажная форма).', en: 'How servants are informed is a body\'s specific (paper is possible).' },
  },
  {
    id: 'familiarisation-dismissed',
    clause: 'cl. 10', clauseNumber: 10,
    label: { kk: 'Жұмыстан босатылғандарды таныстыру', ru: 'Ознакомление уволенных', en: 'Informing servants who have left' },
    kind: 'phrase', anchors: ['босат', 'таныс'], expected: true, compare: 'equal', severity: 'info',
    wording: '«Жұмыстан босатылған адамдарды таныстыру, есепті тоқсаннан кейінгі айдың ішінде … жүзеге асырылады»',
  },
  {
    id: 'disagreement-deadline',
    clause: 'cl. 11', clauseNumber: 11,
    label: { kk: 'Бағамен келіспеу туралы өтініш мерзімі', ru: 'Срок заявления о несогласии с оценкой', en: 'Deadline to apply when disagreeing with the grade' },
    kind: 'quantity', anchors: ['келіс', 'таныс'], unit: 'working-day', expected: 5, compare: 'equal', severity: 'error',
    wording: '«қызметші бағалау нәтижелерімен танысқан күннен бастап бес жұмыс күні ішінде … калибрлеу сессиясын өткізу жөнінде … өтінішпен жүгінеді»',
    note: { kk: 'Шағым беру мерзімі — қызметшінің кепілдігі, орган ерекшелігі емес.', ru: 'Срок обжалования — гарантия служащего, а не специфика органа.', en: 'The deadline to disagree is a servant\'s guarantee, not a body\'s specific.' },
  },
  {
    id: 'appeal-route',
    clause: 'cl. 12', clauseNumber: 12,
    label: { kk: 'Калибрлеу сессиясының шешіміне шағымдану (ӘРПК)', ru: 'Обжалование решения калибровочной сессии (АППК)', en: 'Appeal against the calibration decision (Administrative Procedure Code)' },
    kind: 'phrase', anchors: ['рәсім', 'проце'], expected: true, compare: 'equal', severity: 'error',
    wording: '«калибрлеу сессиясының шешіміне Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодекспен белгіленген тәртіпте шағымдана алады»',
  },
  {
    id: 'retention',
    clause: 'cl. 13', clauseNumber: 13,
    label: { kk: 'Құжаттарды сақтау мерзімі', ru: 'Срок хранения документов', en: 'Retention of evaluation documents' },
    kind: 'quantity', anchors: ['сақта'], unit: 'year', expected: 3, compare: 'atLeast', severity: 'error',
    wording: '«Бағалаумен байланысты құжаттар бағалау аяқталған күннен бастап үш жыл ішінде … сақталады»',
  },
  {
    id: 'confidentiality',
    clause: 'cl. 14', clauseNumber: 14,
    label: { kk: 'Бағалау нәтижелерінің құпиялылығы', ru: 'Конфиденциальность результатов оценки', en: 'Confidentiality of evaluation results' },
    kind: 'phrase', anchors: ['жасыр'], expected: true, compare: 'equal', severity: 'error',
    wording: '«Бағалау нәтижелері жасырын ақпарат болып табылады … үшінші адамдарға жария етуге жатпайды»',
  },
  {
    id: 'evaluator-threshold',
    clause: 'cl. 18', clauseNumber: 18,
    label: { kk: 'Бағалаушының бағаланатындар саны шегі', ru: 'Порог числа оцениваемых у оценивающего', en: 'Number of evaluees above which others help the evaluator' },
    kind: 'quantity', anchors: ['асқан'], unit: 'person', expected: 20, compare: 'equal', severity: 'info',
    wording: '«Егер бағаланатын адамдардың саны жиырма адамнан асқан жағдайда …»',
  },
  {
    id: 'calibration-decision-deadline',
    clause: 'cl. 20', clauseNumber: 20,
    label: { kk: 'Калибрлеу сессиясын өткізу туралы шешім мерзімі', ru: 'Срок решения о проведении калибровочной сессии', en: 'Deadline to decide on holding a calibration session' },
    kind: 'quantity', anchors: ['калиб', 'шешім'], unit: 'working-day', expected: 3, compare: 'atMost', severity: 'warning',
    wording: '«қызметшінің өтініші түскен уақыттан бастап үш жұмыс күн ішінде калибрлеу сессиясын өткізу туралы шешім қабылдайды»',
  },
  {
    id: 'calibration-minimum-members',
    clause: 'cl. 20', clauseNumber: 20,
    label: { kk: 'Калибрлеу сессиясы мүшелерінің ең аз саны (тақ сан)', ru: 'Минимальный состав калибровочной сессии (нечётный)', en: 'Minimum members of a calibration session (odd number)' },
    kind: 'quantity', anchors: ['калиб', 'мүше'], unit: 'none', expected: 3, compare: 'atLeast', severity: 'warning',
    wording: '«Калибрлеу сессиясының құрамы мүшелердің тақ санынан тұрады. Калибрлеу сессиясы мүшелерінің саны үштен кем болмауы тиіс»',
  },
  {
    id: 'calibration-deadline',
    clause: 'cl. 21', clauseNumber: 21,
    label: { kk: 'Калибрлеу сессиясын өткізу мерзімі', ru: 'Срок проведения калибровочной сессии', en: 'Deadline to hold the calibration session' },
    kind: 'quantity', anchors: ['калиб', 'өтіні'], unit: 'working-day', expected: 10, compare: 'atMost', severity: 'warning',
    wording: '«Калибрлеу сессиясы қызметшінің өтініші түскен уақыттан бастап он жұмыс күн ішінде … өткізіледі»',
  },
  {
    id: 'protocol-upload-deadline',
    clause: 'cl. 23', clauseNumber: 23,
    label: { kk: 'Хаттаманы ақпараттық жүйеге орналастыру мерзімі', ru: 'Срок размещения протокола в информационной системе', en: 'Deadline to place the protocol in the information system' },
    kind: 'quantity', anchors: ['хатта', 'ақпар'], unit: 'working-day', expected: 3, compare: 'atMost', severity: 'info',
    wording: '«Персоналды басқару қызметі хаттамаға қол қойылған күннен бастап үш жұмыс күн ішінде оның ақпараттық жүйеге … орналастырылуын қамтамасыз етеді»',
  },
  {
    id: 'feedback-meeting',
    clause: 'cl. 24', clauseNumber: 24,
    label: { kk: 'Кері байланыс кездесуі', ru: 'Встреча обратной связи', en: 'Feedback meeting after calibration' },
    kind: 'phrase', anchors: ['кері', 'байла'], expected: true, compare: 'equal', severity: 'warning',
    wording: '«Калибрлеу сессиясының нәтижелері бойынша бағалаушы адам бағаланатын қызметшімен кездесу өткізеді және … кері байланысты ұсынады»',
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

/** Terms that carry a clause's subject; they weigh more when clauses are aligned. */
export const KEY_TERMS: Readonly<Record<string, number>> = {
  калиб: 3, шағым: 3, жасыр: 3, сақта: 2, таныс: 2, тоқса: 2, келіс: 2, өтіні: 2, хатта: 2, кері: 2, байла: 1.5,
  балл: 2, диапа: 2, сарал: 2, іссап: 3, шығар: 2, жұмыс: 0.5, бағал: 0.3, қызме: 0.2, мемле: 0.2, корпу: 0.2,
  әкімш: 0.2, лауаз: 0.5, персо: 1, басқа: 0.5, ұйымд: 1.5, сүйем: 2,
};
