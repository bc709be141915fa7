/**
 * Words and tables of Annex 1, exact Kazakh as printed: the mandatory KPIs of the agreement forms
 * (App. 1/2, Table II «Міндетті тәртіппен белгіленетін НМИ»), the result labels (cl. 21), the National
 * Commission's decisions (cl. 29), the percent-to-grade tables (App. 4, App. 5).
 */
import { repairRows, type PercentRow } from '../../rules/percent-table.js';

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

/** «0,25» → 0.25 */
const num = (s: string): number => Number(s.replace(',', '.'));

/**
 * A table as printed: [percent row, from, to (inclusive; undefined = «және одан жоғары»), grade column].
 * The grade column is a maximum («4,75») in App. 4 and a range («4,75-4,99») in App. 5.
 */
type Printed = readonly [string, number, number | undefined, string];

const toRows = (printed: readonly Printed[], isRange: boolean): PercentRow[] =>
  printed.map(([p, from, to, grade]) => {
    const [a, b] = grade.split('-').map(num) as [number, number | undefined];
    const row: PercentRow = { from, min: isRange ? a : 0, max: isRange ? (b ?? a) : a, printed: p };
    if (to !== undefined) row.to = to;
    return row;
  });

/** App. 4 «Максималды баға*», row by row as printed. */
export const APP4_PRINTED: readonly Printed[] = [
  ['100 және одан жоғары', 100, undefined, '5'],
  ['95-99,99', 95, 99.99, '4,75'],
  ['90-94,99', 90, 94.99, '4,5'],
  ['85-89,99', 85, 89.99, '4,25'],
  ['80-84,99', 80, 84.99, '4'],
  ['75-79,99', 75, 79.99, '3,75'],
  ['70-74,99', 70, 74.99, '3,5'],
  ['65-69,99', 65, 69.99, '3,25'],
  ['60-64,99', 60, 64.99, '3'],
  ['55-59,99', 55, 59.99, '2,75'],
  ['50-54,99', 50, 54.99, '2,5'],
  ['45-49,99', 45, 49.99, '2,25'],
  ['40-44,49', 40, 44.49, '2'],
  ['35-39,99', 35, 39.99, '1,75'],
  ['30-34,99', 30, 34.99, '1,5'],
  ['25-29,99', 25, 29.99, '1,25'],
  ['20-24,99', 20, 24.99, '1'],
  ['15-19,99', 15, 19.99, '0,75'],
  ['10-14,99', 10, 14.99, '0,5'],
  ['5-9,99', 5, 9.99, '0,25'],
  ['0-4,99', 0, 4.99, '0'],
];

/** App. 5 «Рұқсат етілген бағалау ауқымы», row by row as printed. */
export const APP5_PRINTED: readonly Printed[] = [
  ['100 және одан жоғары', 100, undefined, '5'],
  ['95-99,99', 95, 99.99, '4,75-4,99'],
  ['90-94,99', 90, 94.99, '4,5-4,74'],
  ['85-89,99', 85, 89.99, '4,25-4,49'],
  ['80-84,99', 80, 84.99, '4-4,24'],
  ['75-79,99', 75, 79.99, '3,75-3,99'],
  ['70-74,99', 70, 74.99, '3,5-3,74'],
  ['65-69,99', 65, 69.99, '3,25-3,49'],
  ['60-64,99', 60, 64.99, '3-3,24'],
  ['55-59,99', 55, 59.99, '2,75-2,99'],
  ['50-54,99', 50, 54.99, '2,5-2,74'],
  ['45-49,99', 45, 49.99, '2,25-2,49'],
  ['40-44,49', 40, 44.49, '2-2,24'],
  ['35-39,99', 35, 39.99, '1,75-1,99'],
  ['30-34,99', 30, 34.99, '1,5-1,74'],
  ['25-29,99', 25, 29.99, '1,25-1,49'],
  ['20-24,99', 20, 24.99, '1-1,24'],
  ['15-19,99', 15, 19.99, '0,75-0,99'],
  ['10-14,99', 10, 14.99, '0,5-0,74'],
  ['5-9,99', 5, 9.99, '0,25-0,49'],
  ['0-4,99', 0, 4.99, '0-0,24'],
];

/** App. 4: maximum grade by percent, for the assignments KPI (cl. 8(1), 9(1); cl. 19 pt. 2). */
export const APP4_MAX: readonly PercentRow[] = repairRows(toRows(APP4_PRINTED, false), 2);
/** App. 5: permitted range by percent, for every other KPI (cl. 19 pt. 3). */
export const APP5_RANGE: readonly PercentRow[] = repairRows(toRows(APP5_PRINTED, true), 2);
