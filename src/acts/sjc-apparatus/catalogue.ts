/**
 * sjc-apparatus: the act's tables and lists, as printed (Kazakh, with the source's spelling where
 * a value must be found in the text; corrections are noted, never silently made).
 */
import type { Text3 } from '../../law/finding.js';
import type { PercentRow } from '../../rules/percent-table.js';
import { percentRows } from '../percent-rows.js';
import TABLES from './tables.json' with { type: 'json' };
import type { GradeBand } from '../../rules/grade-band.js';
import WORDS from './words.json' with { type: 'json' };
import QUESTIONNAIRE from './questionnaire.json' with { type: 'json' };

/** Cl. 7: the four results («Бағалау нәтижелері мынадай саралау бойынша қойылады»), as cl. 7 writes them. */
const [effective, proper, satisfactory, unsatisfactory, ...more] = WORDS.results;
if (!effective || !proper || !satisfactory || !unsatisfactory || more.length > 0) throw new Error('sjc-apparatus words.json: cl. 7 gives four results');
export const RESULTS = [effective, proper, satisfactory, unsatisfactory] as const;

/**
 * Cl. 7 bands: 4–5, 3–3,99, 2–2,99, 0–1,99 points. Read half-open [from; next from): the printed
 * edges leave 0,01 gaps (3,995 is in no band) and the act has no rounding rule.
 */
export const RESULT_BANDS: readonly GradeBand[] = [
  { from: 0, below: 2, label: RESULTS[3] },
  { from: 2, below: 3, label: RESULTS[2] },
  { from: 3, below: 4, label: RESULTS[1] },
  { from: 4, label: RESULTS[0] },
];

export const BAND_NOTE: Text3 = {
  kk: '7-тармақ шектерді екі ондық таңбамен береді (3–3,99; 4–5), дөңгелектеу ережесі жоқ: аралық мәндер келесі диапазонның төменгі шегіне дейін төменгі диапазонға жатқызылды (мысалы 3,995 → «тиісті түрде»)',
  ru: 'п. 7 даёт границы с двумя знаками (3–3,99; 4–5), правила округления нет: промежуточные значения отнесены к нижнему диапазону до нижней границы следующего (например 3,995 → «надлежащим образом»)',
  en: 'cl. 7 prints the bands to two decimals (3–3.99; 4–5) with no rounding rule: values in the gaps belong to the lower band up to the next band\'s lower edge (e.g. 3.995 → «тиісті түрде»)',
};

/**
 * App. 3: allowed grade by percent of achievement of a target indicator (НМИ), row by row as printed (tables.json);
 * `percentRows` reads the damaged «40-44,49» after the pattern (the same note as act 002's tables).
 */
export const APP3_TABLE: readonly PercentRow[] = percentRows('sjc-apparatus App. 3', TABLES.app3, 'range', 2);

/** App. 4: the ranking parameters («Параметрлер») and their criteria, as printed (the «*» of no. 1 has no footnote in the text). */
export const RANKING_PARAMETERS = [
  'Функционалдық міндеттерді орындау сапасы',
  'Міндеттерді орындау мерзімдерін сақтау',
  'Дербестік және бастамашылық',
  'Еңбек тәртібін сақтау',
] as const;

export const RANKING_CRITERIA: Readonly<Record<(typeof RANKING_PARAMETERS)[number], string>> = {
  'Функционалдық міндеттерді орындау сапасы': 'Негізделген ескертулер мен шағымдардың болмауы',
  'Міндеттерді орындау мерзімдерін сақтау': 'Күжаттарды, тапсырмаларды орындау мерзімдерінің бұзылмауы',
  'Дербестік және бастамашылық':
    'Қызметшінің функционалдық міндеттерін жоғары деңгейде дербес орындаі алуы. Мемлекеттік орган қызметінің саласын жетілдіруге бағытталған ұсыныстар мен пысықталған тәсілдерде бастамашылдық таныту. Мемлекеттік орган міндеттерін орындаудағы белсенелілігі мен қатысуы .',
  'Еңбек тәртібін сақтау': 'Дәлелді себептерсіз жұмыстан кешікпеу, уақытынан бұрын жұмыстан кетпеу, тәртіптік жазасының болмауы, қызметтік әдептің бұзылмауы.',
};

/** App. 5/6: the five answers of the 360 questionnaire, as the preamble lists them. */
export const ANSWERS = [
  'құзырет көрінбейді',
  'құзырет сирек көрінеді',
  'құзырет жағдайлардың жартысында көрінеді',
  'құзырет көп жағдайда көрінеді',
  'құзырет әрқашан көрінеді',
] as const;

/** The act gives no points for the answers although it adds "points" (App. 5–8). Choice: 1–5 in the printed order. */
export const ANSWER_POINTS: Readonly<Record<string, number>> = Object.fromEntries(ANSWERS.map((a, i) => [a, i + 1]));

export const POINTS_NOTE: Text3 = {
  kk: 'Әдістеме жауаптарға балл бермейді; жауаптар басылған ретімен 1–5 балл деп алынды («құзырет көрінбейді» = 1 … «құзырет әрқашан көрінеді» = 5). Орташа баға 5/6-қосымшалар бойынша жауаптар санына бөлініп есептелді, өзін-өзі бағалау 7/8-қосымшалар бойынша есепке алынбады',
  ru: 'Методика не присваивает ответам баллы; ответы приняты за 1–5 баллов в порядке печати («құзырет көрінбейді» = 1 … «құзырет әрқашан көрінеді» = 5). Среднее считается делением на число ответов (прил. 5/6), самооценка не учитывается (прил. 7/8)',
  en: 'The act gives the answers no points; they are taken as 1–5 in the printed order («құзырет көрінбейді» = 1 … «құзырет әрқашан көрінеді» = 5). The average divides by the number of answers (App. 5/6) and leaves the self-evaluation out (App. 7/8)',
};

/** Cl. 35: who answers the 360 questionnaire (exact Kazakh of the clause), plus the self-evaluation. */
export const RESPONDENT_GROUPS = [
  'тікелей басшы',
  'тікелей бағынатын "Б" корпусының қызметшісі',
  'лауазымы бойынша бағаланушы адаммен бір деңгейде',
  'өзін-өзі бағалау',
] as const;
export const SELF = 'өзін-өзі бағалау';
export const DIRECT_HEAD = 'тікелей басшы';

export interface Competency {
  no: number;
  /** The name as the questionnaire prints it. */
  name: string;
  /** The name cl. 34 gives it. */
  clause34: string;
  questions: readonly string[];
}

/**
 * App. 5 (the deputy head and heads of structural units, 12 competencies) and App. 6 (the other corps "B" servants, 8):
 * the 360 questionnaires, each competency with its name as printed, the name cl. 34 gives it and its three questions
 * verbatim (questionnaire.json; the source's spelling kept — «Күру», «Інтымақтастық» — where the text must be found).
 */
export const COMPETENCIES_HEADS: readonly Competency[] = QUESTIONNAIRE.heads;
export const COMPETENCIES_STAFF: readonly Competency[] = QUESTIONNAIRE.staff;

/** App. 7 rows (heads) and App. 8 rows (other servants), as printed. */
export const RESULT_ROWS_HEADS = [
  'Қызметті басқару',
  'Тиімді коммуникацияларды құру',
  'Әдеп нормалары мен қагидаларын ұстану',
  'Өзгерістерді басқару',
  'Нәтижеге бағдарланау',
  'Дербестік және шешімдерді қабылдау дағдылары',
  'Топты басқару',
  'Көшбасшылық қасиеттер',
  'Ынтымақтастық',
  'Жеделділік',
  'Өзін-өзі дамыту',
  'Бастамашылдық',
] as const;

export const RESULT_ROWS_STAFF = [
  'Тиімді коммуникациялар құру',
  'Әдеп нормалары мен қағидаларын ұстану',
  'Өзгерістерді басқару',
  'Нәтижеге бағдарлану',
  'Дербестік және шешім қабылдау дағдылары',
  'Ынтымақтастық',
  'Жеделділік',
  'Өзін-өзі дамыту',
] as const;

/** Cl. 5: absences during which the evaluation is deferred (NMI) or held without the servant (ranking, 360). */
export const ABSENCE_KINDS = WORDS.absenceKinds;

/** Cl. 2(4): the deputy head and heads of structural units are category В-1 servants. */
export const HEAD_CATEGORIES = WORDS.headCategories;

/** Cl. 41: what a calibration session does with the evaluator's grade. */
export const SESSION_DECISIONS = WORDS.sessionDecisions;
