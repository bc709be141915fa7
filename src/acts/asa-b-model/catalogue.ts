/**
 * The words of Annex 2 the forms and rules use, exact Kazakh as printed: the parameters of the
 * evaluation sheets (App. 1, App. 2), the result labels (cl. 8), the kinds of disciplinary sanction
 * (App. 1/2 row 5), the position categories of cl. 17 (as printed, and normalised).
 */
import { normaliseCategoryCode } from '../../law/category-code.js';
import WORDS from './words.json' with { type: 'json' };

/** App. 1 «Басшы лауазымды атқаратын адамның бағалау парағы»: the five «Параметрлер» rows. */
export const MANAGERIAL_PARAMETERS = [
  'Жетекшілік ететін бөлімшелерде (жетекшілік ететін қызметшілердің) міндеттердің сапалы орындалуын қамтамасыз ету',
  'Жетекшілік ететін бөлімшелерде (жетекшілік ететін қызметшілердің) міндеттердің орындалу мерзімдерінің сақталуын қамтамасыз ету',
  'Көшбасшылық және шешім қабылдау дағдылары',
  // [sic] «Бағалаушы адамның» (the evaluator's) — the evaluatee is meant; kept as printed.
  'Бағалаушы адамның еңбек тәртібін сақтауы',
  'Тәртіптік жазалардың болмауы',
] as const;

/** App. 2 «Басшы лауазымды атқармайтын адамның бағалау парағы»: the five rows (printed «1.Функционалдық» without a space). */
export const NON_MANAGERIAL_PARAMETERS = [
  'Функционалдық міндеттерді орындау сапасы',
  'Міндеттерді орындау мерзімдерін сақтау',
  'Дербестік және бастамашылдық',
  'Еңбек тәртібін сақтау',
  'Тәртіптік жазалардың болмауы',
] as const;

/** Row 5 of both sheets, the one a sanction caps. */
export const SANCTION_PARAMETER = 'Тәртіптік жазалардың болмауы';

/** cl. 8: the four results, highest first (as in cl. 8; the sheets print them in lower case). */
export const RESULTS = WORDS.results;

/** App. 1/2 row 5: sanctions capping the grade at 2,99, and the other kinds (cap 1,99). */
export const LIGHT_SANCTIONS = ['ескерту', 'сөгіс', 'қатаң сөгіс'] as const;
export const OTHER_SANCTIONS = ['жазаның өзге де түрлері'] as const;
export const SANCTION_KINDS = [...LIGHT_SANCTIONS, ...OTHER_SANCTIONS] as const;


/** Who may evaluate instead of the person cl. 17 names (cl. 4 pt. 3–6, cl. 18 pt. 3), as the text words them. */
export const EVALUATOR_BASES = WORDS.evaluatorBases;

/** Calibration session (cl. 3(6), 23): its kind, the two outcomes the members may argue for, the grades (cl. 8 results). */
export const SESSION_KINDS = WORDS.sessionKinds;
export const SESSION_DECISIONS = WORDS.sessionDecisions;

/** A category code as printed with its canonical form. */
export interface PrintedCode {
  printed: string;
  code: string;
}
const codes = (printed: readonly string[]): PrintedCode[] => printed.map((p) => ({ printed: p, code: normaliseCategoryCode(p).code }));

/**
 * cl. 17 pt. 1 (= cl. 3(3)): evaluated by the direct supervisor on App. 1. С-1, D-1, D-3 only as
 * «орталық атқарушы орган комитеті төрағасының орынбасары, департамент директоры» / «құрылымдық бөлімшелердің
 * басшылары»; otherwise they fall under pt. 3 (App. 2). Printed with mixed alphabets (Cyrillic В, С, Е).
 */
export const PT1_ALWAYS = codes(['В-1', 'C-O-1', 'D-O-1', 'D-R-1', 'C-R-1', 'Е-1', 'Е-2', 'E-R-1']);
export const PT1_IF_HEAD = codes(['С-1', 'D-1', 'D-3']);
