/**
 * Row-mean rule kind: a stated total equals the sum of one column over the table's rows divided
 * by the number of rows, where the column may depend on the package — e.g. sjc-apparatus App. 2
 * «Қорытынды бағалау — НМИ санына бөлінген НМИ бойынша бағалау сомасы» over the grade column of the
 * quarter evaluated. (`meanRule` covers a fixed top-level field; this one reads a nested column.)
 * A row without a value counts as 0: the act divides by the number of indicators, not of grades.
 */
import { parsePointer } from '../law/json-pointer.js';
import { baseOf, fill, withTitle, type RuleBase, titleOf, reads } from './base.js';
import type { RowField } from './percent-table.js';
import type { Report, Rule, RuleContext } from './rule.js';
import { NO_REPORTS } from './no-reports.js';
import { valueAt } from './row-value.js';

export interface RowMeanSpec extends RuleBase {
  rows: string;
  value: RowField;
  /** JSON Pointer of the stated mean. */
  stated: string;
  /** Accepted difference (0.005: any rounding to two decimals). */
  tolerance?: number;
}

export function rowMeanRule(spec: RowMeanSpec): Rule {
  const tol = spec.tolerance ?? 0.005;
  return {
    ...baseOf(spec),
    reads: reads(spec.rows, typeof spec.value === 'string' ? `${spec.rows}/*${spec.value}` : undefined, spec.stated),
    check(ctx: RuleContext): Report[] {
      const rows = ctx.get(spec.rows);
      const stated = ctx.get(spec.stated);
      if (!Array.isArray(rows) || rows.length === 0 || typeof stated !== 'number') return NO_REPORTS;
      const rel = typeof spec.value === 'string' ? spec.value : spec.value(ctx);
      const tokens = parsePointer(rel);
      // Summed in place, left to right as a reduce would: the list of values is made only for a finding.
      let sum = 0;
      for (let i = 0; i < rows.length; i++) {
        const v = valueAt(rows[i], tokens);
        sum += typeof v === 'number' ? v : 0;
      }
      const mean = sum / rows.length;
      if (Math.abs(mean - stated) <= tol + 1e-9) return NO_REPORTS;
      const values = rows.map((r) => valueAt(r, tokens)).map((v) => (typeof v === 'number' ? v : 0));
      const r3 = (x: number) => Math.round(x * 1000) / 1000;
      return [
        {
          path: spec.stated,
          message: withTitle(titleOf(spec), fill({ kk: '{sum} / {n} = {mean}, көрсетілгені {stated}', ru: '{sum} / {n} = {mean}, указано {stated}', en: '{sum} / {n} = {mean}, stated {stated}' }, { sum: r3(sum), n: rows.length, mean: r3(mean), stated })),
          facts: { column: rel, values, sum, count: rows.length, expected: mean, found: stated, tolerance: tol },
        },
      ];
    },
  };
}
