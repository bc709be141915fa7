/**
 * A percent-to-grade table as an act prints it (act 002 App. 4 and App. 5, act 004 App. 3): a row is its percent
 * column and its grade column, as printed («95-99,99», «4,75-4,99»), and the numbers the rules compare are read from
 * that text, so they are written once. A damaged row («40-44,49») is read as printed here; `repairRows` then reads it
 * after the table's pattern and says so.
 */
import { repairRows, type PercentRow } from '../rules/percent-table.js';

/** One printed row: [percent column, grade column] (JSON types it as a list of strings; its length is checked). */
export type PrintedRow = readonly string[];

/** «0,25» → 0.25; a cell that is not a number the act writes stops the pack from loading, naming the cell. */
const num = (s: string, where: string): number => {
  if (!/^\d+(?:,\d+)?$/.test(s)) throw new Error(`${where}: «${s}» is not a number as the act prints it`);
  return Number(s.replace(',', '.'));
};

/** «100 және одан жоғары» (100 and above) or «a-b». */
const ABOVE = /^(\d+(?:,\d+)?) және одан жоғары$/;

/**
 * The rows of a printed table. `grade` says what the grade column holds: `max`, the highest grade allowed (App. 4:
 * «4,75»; the lowest is 0), or `range`, the grades allowed («4,75-4,99»; a single «5» is 5 to 5).
 */
export function percentRows(table: string, printed: readonly PrintedRow[], grade: 'max' | 'range', precision: number): PercentRow[] {
  return repairRows(
    printed.map((cells, i) => {
      const where = `${table} row ${i + 1}`;
      const [percent, cell, ...rest] = cells;
      if (percent === undefined || cell === undefined || rest.length > 0) throw new Error(`${where}: a row is [percent column, grade column]`);
      const above = ABOVE.exec(percent);
      const [from, to] = above ? [num(above[1]!, where), undefined] : percent.split('-').map((x) => num(x, where));
      if (from === undefined || (!above && to === undefined) || percent.split('-').length > 2) throw new Error(`${where}: «${percent}» is not a percent row`);
      const [a, b, ...more] = cell.split('-').map((x) => num(x, where));
      if (a === undefined || more.length > 0 || (grade === 'max' && b !== undefined)) throw new Error(`${where}: «${cell}» is not a ${grade === 'max' ? 'maximum grade' : 'grade range'}`);
      const row: PercentRow = { from, min: grade === 'range' ? a : 0, max: grade === 'range' ? (b ?? a) : a, printed: percent };
      if (to !== undefined) row.to = to;
      return row;
    }),
    precision,
  );
}
