/**
 * Percent-band rule kind: a grade must lie in the range a table allows for the percent achieved
 * (sjc-apparatus cl. 27 and App. 3: «100 және одан жоғары — 5», «95-99,99 — 4,75-4,99» …; the
 * evaluator chooses freely inside the range). Rows are read half-open on the percent side
 * [from; next row's from), which also closes the 0,01 gaps the printed edges leave; a row the
 * pack marks as damaged carries its note into the finding.
 */
import { parsePointer } from '../law/json-pointer.js';
import type { Text3 } from '../law/finding.js';
import { baseOf, fill, withTitle, type RuleBase } from './base.js';
import type { Report, Rule, RuleContext } from './rule.js';

export interface PercentBandRow {
  /** The row as printed, e.g. «95-99,99». */
  printed: string;
  /** Lowest percent of the row (inclusive). */
  from: number;
  /** Allowed grades, inclusive. */
  min: number;
  max: number;
  /** Why this row is read other than printed. */
  note?: Text3;
}

/** A pointer relative to a row, fixed or chosen per package (e.g. the evaluated quarter's column). */
export type RowField = string | ((ctx: RuleContext) => string);

export interface PercentBandSpec extends RuleBase {
  /** JSON Pointer of the table's rows. */
  rows: string;
  percent: RowField;
  grade: RowField;
  table: readonly PercentBandRow[];
}

const at = (row: unknown, rel: string): unknown => {
  let v = row;
  for (const t of parsePointer(rel)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[t];
  }
  return v;
};

const resolve = (f: RowField, ctx: RuleContext): string => (typeof f === 'string' ? f : f(ctx));

/** The table row for a percent: the highest row whose lower bound it reaches. */
export const bandFor = (table: readonly PercentBandRow[], pct: number): PercentBandRow | undefined =>
  [...table].sort((a, b) => b.from - a.from).find((r) => pct >= r.from);

export function percentBandRule(spec: PercentBandSpec): Rule {
  return {
    ...baseOf(spec),
    check(ctx): Report[] {
      const rows = ctx.get(spec.rows);
      if (!Array.isArray(rows)) return [];
      const pRel = resolve(spec.percent, ctx);
      const gRel = resolve(spec.grade, ctx);
      const out: Report[] = [];
      rows.forEach((row, i) => {
        const pct = at(row, pRel);
        const grade = at(row, gRel);
        if (typeof pct !== 'number') {
          // No percent: the band cannot be read, but the table's own range still bounds the grade.
          const lo = Math.min(...spec.table.map((r) => r.min));
          const hi = Math.max(...spec.table.map((r) => r.max));
          if (typeof grade === 'number' && (grade < lo || grade > hi)) {
            out.push({
              path: `${spec.rows}/${i}${gRel}`,
              message: withTitle(spec.title, fill({ kk: 'баға {grade}, кесте {lo}–{hi} ғана береді', ru: 'оценка {grade}, таблица допускает только {lo}–{hi}', en: 'grade {grade}; the table allows only {lo}–{hi}' }, { grade, lo, hi })),
              facts: { percent: null, allowed: [lo, hi], found: grade },
            });
          }
          return;
        }
        const band = bandFor(spec.table, pct);
        if (!band) return;
        const path = `${spec.rows}/${i}${gRel}`;
        const vars = { pct, row: band.printed, min: band.min, max: band.max };
        if (typeof grade !== 'number') {
          out.push({
            path,
            message: withTitle(spec.title, fill({ kk: '{pct}% үшін баға қойылмаған (рұқсат етілгені {min}–{max})', ru: 'для {pct}% оценка не поставлена (допустимо {min}–{max})', en: 'no grade for {pct}% (allowed {min}–{max})' }, vars)),
            facts: { percent: pct, row: band.printed, allowed: [band.min, band.max], found: null },
            ...(band.note ? { note: band.note } : {}),
          });
          return;
        }
        if (grade >= band.min - 1e-9 && grade <= band.max + 1e-9) return;
        out.push({
          path,
          message: withTitle(
            spec.title,
            fill({ kk: '{pct}% («{row}» жолы) үшін рұқсат етілген баға {min}–{max}, қойылғаны {grade}', ru: 'для {pct}% (строка «{row}») допустимо {min}–{max}, поставлено {grade}', en: '{pct}% (row «{row}») allows {min}–{max}, graded {grade}' }, { ...vars, grade }),
          ),
          facts: { percent: pct, row: band.printed, allowed: [band.min, band.max], found: grade },
          ...(band.note ? { note: band.note } : {}),
        });
      });
      return out;
    },
  };
}
