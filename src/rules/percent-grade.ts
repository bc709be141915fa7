/**
 * Percent-to-grade table rule kind: a grade given for an indicator depends on its implementation
 * percent through a printed table — either a maximum grade (asa-a-corps App. 4: «Максималды мәннен
 * асатын бағалауға тыйым салынады») or a permitted range (App. 5). Rows are the printed closed bounds
 * (95–99,99); a percent between two rows' bounds (more decimals than printed) is truncated to the
 * table's precision. A damaged row carries how it is read and a note; a percent that lands only in the
 * repaired part gets an extra warning, so the reader sees that the choice decided the result.
 */
import type { Text3 } from '../law/finding.js';
import { baseOf, fill, withTitle, type RuleBase } from './base.js';
import type { Report, Rule } from './rule.js';

export interface PercentRow {
  /** Lower bound as printed (inclusive). */
  from: number;
  /** Upper bound as printed (inclusive); absent: «және одан жоғары». */
  to?: number;
  /** Lowest allowed grade (for a maximum table: 0). */
  min: number;
  max: number;
  /** The row as printed, e.g. «40-44,49». */
  printed: string;
  /** A damaged row: the upper bound it is read with, and why. */
  readTo?: number;
  damaged?: Text3;
}

export interface PercentGradeSpec extends RuleBase {
  /** JSON Pointer of the graded rows (each form that may hold them). */
  items: readonly string[];
  percentField: string;
  gradeField: string;
  /** Which rows this table governs: rows whose `field` is (or, with `negate`, is not) one of `values`. */
  select: { field: string; values: readonly string[]; negate?: boolean };
  rows: readonly PercentRow[];
  /** Decimals of the printed bounds (2 for «99,99»). */
  precision: number;
}

const truncate = (p: number, digits: number): number => Math.floor(p * 10 ** digits + 1e-9) / 10 ** digits;

export function lookupPercent(rows: readonly PercentRow[], percent: number, precision: number): { row: PercentRow; repaired: boolean } | undefined {
  const p = truncate(percent, precision);
  for (const row of rows) {
    if (p < row.from) continue;
    if (row.to === undefined || p <= row.to) return { row, repaired: false };
    if (row.readTo !== undefined && p <= row.readTo) return { row, repaired: true };
  }
  return undefined;
}

export function percentGradeRule(spec: PercentGradeSpec): Rule {
  return {
    ...baseOf(spec),
    check(ctx): Report[] {
      const out: Report[] = [];
      for (const ptr of spec.items) {
        const items = ctx.get(ptr);
        if (!Array.isArray(items)) continue;
        items.forEach((it: Record<string, unknown>, i) => {
          const key = it?.[spec.select.field];
          const chosen = typeof key === 'string' && spec.select.values.includes(key);
          if (chosen === (spec.select.negate ?? false)) return;
          const percent = it[spec.percentField];
          const grade = it[spec.gradeField];
          if (typeof percent !== 'number' || typeof grade !== 'number') return;
          const hit = lookupPercent(spec.rows, percent, spec.precision);
          if (!hit) return;
          const { row, repaired } = hit;
          const facts = { percent, grade, row: row.printed, allowed: { min: row.min, max: row.max }, ...(repaired ? { repairedRow: true } : {}) };
          if (repaired) {
            out.push({
              path: `${ptr}/${i}/${spec.percentField}`,
              severity: 'warning',
              note: row.damaged,
              message: withTitle(spec.title, fill({ kk: '{percent}% кестенің бүлінген «{printed}» жолына ғана түседі; жол түзетіліп оқылды', ru: '{percent}% попадает только в повреждённую строку «{printed}»; строка прочитана с исправлением', en: '{percent}% falls only in the damaged row «{printed}», read as repaired' }, { percent, printed: row.printed })),
              facts,
            });
          }
          if (grade >= row.min && grade <= row.max) return;
          const range = row.min === 0 && spec.rows.every((r) => r.min === 0) ? `≤ ${row.max}` : row.min === row.max ? `${row.max}` : `${row.min}–${row.max}`;
          out.push({
            path: `${ptr}/${i}/${spec.gradeField}`,
            ...(row.damaged ? { note: row.damaged } : {}),
            message: withTitle(spec.title, fill({ kk: '{percent}% («{printed}» жолы) үшін баға {range}, қойылғаны {grade}', ru: 'для {percent}% (строка «{printed}») оценка {range}, поставлено {grade}', en: '{percent}% (row «{printed}») allows {range}, found {grade}' }, { percent, printed: row.printed, range, grade })),
            facts,
          });
        });
      }
      return out;
    },
  };
}
