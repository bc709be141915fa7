/**
 * Words and tables of Annex 1, exact Kazakh as printed: the mandatory KPIs of the agreement forms
 * (App. 1/2, Table II «Міндетті тәртіппен белгіленетін НМИ»), the result labels (cl. 21), the National
 * Commission's decisions (cl. 29), the percent-to-grade tables (App. 4, App. 5).
 */
import type { PercentRow } from '../../rules/percent-table.js';
import { percentRows, type PrintedRow } from '../percent-rows.js';
import TABLES from './tables.json' with { type: 'json' };

/** App. 1/2 Table II rows as printed. Row 1 is printed alike in both forms (see the note on M1). */
export const M1_ASSIGNMENTS =
  'Қазақстан Республикасы Президентінің, Қазақстан Республикасы Премьер-Министрінің, Қазақстан Республикасы Президенті Әкімшілігінің және Қазақстан Республикасы Үкіметі Аппаратының тапсырмалары мен актілерінің сапалы және уақтылы орындалуын қамтамасыз ету (оның ішінде мәтіннің түпнұсқалығы, мемлекеттік және орыс тілінің сапасы, ресімделуі)';
export const M2_APPEALS = 'Жеке және заңды тұлғалардың өтініштерін уақтылы және сапалы қарауды қамтамасыз ету';
export const M3_SATISFACTION = 'Мемлекеттік қызметшілердің еңбек жағдайларына қанағаттануы (оның ішінде материалдық-техникалық, кадрлық және қаржылық қамтамасыз ету)';
export const M4_AGENCY = 'Мемлекеттік қызмет істері жөніндегі уәкілетті орган белгілейтін НМИ';

/** cl. 8 (category 1): four mandatory KPIs; App. 1 rows 1–4. */
export const MANDATORY_CATEGORY_1 = [M1_ASSIGNMENTS, M2_APPEALS, M3_SATISFACTION, M4_AGENCY] as const;
/** cl. 9 (category 2): two mandatory KPIs; App. 2 rows 1–2. */
export const MANDATORY_CATEGORY_2 = [M1_ASSIGNMENTS, M2_APPEALS] as const;
export const MANDATORY = MANDATORY_CATEGORY_1;

/** cl. 7: the two categories of corps "А" servants, as `servant.category` holds them (the act does not say who belongs to which; the package states it). */
export const CORPS_CATEGORIES = ['1-санат', '2-санат'] as const;

/** cl. 21 / App. 3 «Бағалау нәтижесі (қанағаттанарлықсыз, қанағаттанарлық, тиімді)». */
export const RESULTS = ['қанағаттанарлықсыз', 'қанағаттанарлық', 'тиімді'] as const;

/** cl. 29: the National Commission's decisions. */
export const COMMISSION = ['Ұлттық комиссия'] as const;
export const COMMISSION_DECISIONS = ['атқаратын лауазымына сай', 'атқаратын лауазымына сай емес'] as const;

/** App. 4 «Максималды баға*» and App. 5 «Рұқсат етілген бағалау ауқымы», row by row as printed (tables.json). */
export const APP4_PRINTED: readonly PrintedRow[] = TABLES.app4;
export const APP5_PRINTED: readonly PrintedRow[] = TABLES.app5;

/** App. 4: maximum grade by percent, for the assignments KPI (cl. 8(1), 9(1); cl. 19 pt. 2). */
export const APP4_MAX: readonly PercentRow[] = percentRows('asa-a-corps App. 4', APP4_PRINTED, 'max', 2);
/** App. 5: permitted range by percent, for every other KPI (cl. 19 pt. 3). */
export const APP5_RANGE: readonly PercentRow[] = percentRows('asa-a-corps App. 5', APP5_PRINTED, 'range', 2);
