/**
 * Percent-to-grade table rule kind: a grade given for an indicator depends on its implementation
 * percent through a printed table — a permitted range (asa-a-corps App. 5, sjc-apparatus App. 3:
 * «95-99,99 — 4,75-4,99»; the evaluator chooses freely inside it) or a maximum (asa-a-corps App. 4:
 * «Максималды мәннен асатын бағалауға тыйым салынады»). Rows keep their printed closed bounds; a
 * percent with more decimals than printed is truncated to the table's precision, so the 0,01 steps
 * between rows leave no gap. A damaged row carries how it is read and a note (both acts print
 * «40-44,49» where the pattern gives 44,99: `repairRows`); a percent that lands only in the repaired
 * part is flagged in every pack, so the reader sees that the choice decided the result.
 */
import { decimalComma } from '../law/number-text.js';
import type { Text3 } from '../law/finding.js';
import { parsePointer } from '../law/json-pointer.js';
import { baseOf, fill, withTitle, type RuleBase, titleOf, reads } from './base.js';
import type { Report, Rule, RuleContext } from './rule.js';
import { NO_REPORTS } from './no-reports.js';
import { valueAt } from './row-value.js';

export interface PercentRow {
  /** The row as printed, e.g. «95-99,99». */
  printed: string;
  /** Lower bound as printed (inclusive). */
  from: number;
  /** Upper bound as printed (inclusive); absent: «және одан жоғары». */
  to?: number;
  /** Lowest allowed grade (0 in a maximum table). */
  min: number;
  max: number;
  /** A damaged row: the upper bound it is read with, and why. */
  readTo?: number;
  damaged?: Text3;
}

/** A pointer relative to a row, fixed or chosen per package (e.g. the evaluated quarter's column). */
export type RowField = string | ((ctx: RuleContext) => string);

export interface PercentTableSpec extends RuleBase {
  /** JSON Pointers of the graded rows (each form that may hold them). */
  items: string | readonly string[];
  /** Pointers relative to a row, e.g. `/percent`. */
  percent: RowField;
  grade: RowField;
  /** Which rows this table governs: rows whose `field` is (or, with `negate`, is not) one of `values`. */
  select?: { field: string; values: readonly string[]; negate?: boolean };
  rows: readonly PercentRow[];
  /** Decimals of the printed bounds (2 for «99,99»). */
  precision: number;
  /** A row with a percent but no grade is a finding. */
  gradeRequired?: boolean;
  /** Without a percent, the grade must still lie in the table's overall range. */
  boundWithoutPercent?: boolean;
}

const EPS = 1e-9;

const fmt = (n: number, comma: boolean) => (comma ? decimalComma(n) : String(n));

/**
 * The rows as printed, with every damaged row repaired: a row whose printed upper bound is not one step
 * of the table's precision below the start of the next higher row (act 002 App. 4/5 and act 004 App. 3
 * print «40-44,49» where the pattern gives 44,99) is read up to that bound, with one generated note —
 * the same words in every pack that holds the table.
 */
export function repairRows(rows: readonly PercentRow[], precision: number): PercentRow[] {
  const step = 10 ** -precision;
  const starts = [...new Set(rows.map((r) => r.from))].sort((a, b) => a - b);
  return rows.map((row) => {
    const next = starts.find((s) => s > row.from);
    if (row.to === undefined || next === undefined) return row;
    const expected = Math.round((next - step) * 10 ** precision) / 10 ** precision;
    if (Math.abs(row.to - expected) < EPS) return row;
    const firstRepaired = Math.round((row.to + step) * 10 ** precision) / 10 ** precision;
    const [a, b, c, d] = [fmt(row.from, true), fmt(expected, true), fmt(firstRepaired, true), fmt(expected, true)];
    return {
      ...row,
      readTo: expected,
      damaged: {
        kk: `«${row.printed}» жолы бүлінген: кестенің әр жолы келесі жолдың басынан ${fmt(step, true)} кем аяқталады, сондықтан ${a}–${b} деп оқылды; ${c}–${d} мәні осы жолмен бағаланады және ескерту беріледі.`,
        ru: `Строка «${row.printed}» повреждена: каждая строка таблицы кончается на ${fmt(step, true)} ниже начала следующей, поэтому прочитана как ${a}–${b}; значения ${c}–${d} оцениваются по ней с предупреждением.`,
        en: `Row «${row.printed}» is damaged: every row of the table ends ${fmt(step, false)} below the start of the next, so it is read as ${fmt(row.from, false)}–${fmt(expected, false)}; ${fmt(firstRepaired, false)}–${fmt(expected, false)} is graded by it, with a warning.`,
      },
    };
  });
}
const truncate = (p: number, digits: number): number => Math.floor(p * 10 ** digits + EPS) / 10 ** digits;

/**
 * The row a percent falls in, as its index times two, plus one when only the repaired reading of a damaged
 * row takes it; -1 for none. A number, not an object, as it is asked for every graded row of every package.
 */
function rowIndexOf(rows: readonly PercentRow[], percent: number, precision: number): number {
  const p = truncate(percent, precision);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (p < row.from) continue;
    if (row.to === undefined || p <= row.to) return 2 * i;
    if (row.readTo !== undefined && p <= row.readTo) return 2 * i + 1;
  }
  return -1;
}

/** The row a percent falls in, and whether only the repaired reading of a damaged row takes it. */
export function lookupPercent(rows: readonly PercentRow[], percent: number, precision: number): { row: PercentRow; repaired: boolean } | undefined {
  const hit = rowIndexOf(rows, percent, precision);
  return hit < 0 ? undefined : { row: rows[hit >> 1]!, repaired: (hit & 1) === 1 };
}

/** A row field's pointer for this package: fixed ones are the spec's own string, chosen ones asked once per package (not per row). */
const field = (f: RowField, ctx: RuleContext): string => (typeof f === 'string' ? f : f(ctx));

/** A row field's pointer under each list, when the field is fixed (one chosen per package is declared by its lists). */
const rowReads = (lists: readonly string[], f: RowField | undefined): string[] => (typeof f === 'string' ? lists.map((l) => `${l}/*${f}`) : []);

export function percentTableRule(spec: PercentTableSpec): Rule {
  const lists = typeof spec.items === 'string' ? [spec.items] : spec.items;
  const maxTable = spec.rows.every((r) => r.min === 0);
  const lo = Math.min(...spec.rows.map((r) => r.min));
  const hi = Math.max(...spec.rows.map((r) => r.max));
  const select = spec.select;
  const negate = select?.negate ?? false;
  const selectTokens = select ? parsePointer(`/${select.field}`) : [];
  // A row field's pointer parsed once per text (a fixed one once; one chosen per package once per choice). Bounded.
  const parsed = new Map<string, readonly string[]>();
  const tokensOf = (rel: string): readonly string[] => {
    let t = parsed.get(rel);
    if (!t) {
      t = parsePointer(rel);
      if (parsed.size < 1_000) parsed.set(rel, t);
    }
    return t;
  };
  return {
    ...baseOf(spec),
    reads: reads(lists, rowReads(lists, spec.percent), rowReads(lists, spec.grade), spec.select ? rowReads(lists, `/${spec.select.field}`) : undefined),
    table: { rows: spec.rows, precision: spec.precision },
    check(ctx): Report[] {
      // The row fields' pointers, chosen and parsed when a list is there to read.
      let pRel = '';
      let gRel = '';
      let pTokens: readonly string[] | undefined;
      let gTokens: readonly string[] = [];
      let out: Report[] | undefined;
      for (let l = 0; l < lists.length; l++) {
        const ptr = lists[l]!;
        const items = ctx.get(ptr);
        if (!Array.isArray(items)) continue;
        if (!pTokens) {
          pRel = field(spec.percent, ctx);
          gRel = field(spec.grade, ctx);
          pTokens = tokensOf(pRel);
          gTokens = tokensOf(gRel);
        }
        for (let i = 0; i < items.length; i++) {
          const it: unknown = items[i];
          if (select) {
            const key = valueAt(it, selectTokens);
            const chosen = typeof key === 'string' && select.values.includes(key);
            if (chosen === negate) continue;
          }
          const percent = valueAt(it, pTokens);
          const grade = valueAt(it, gTokens);
          if (typeof percent !== 'number') {
            if (spec.boundWithoutPercent && typeof grade === 'number' && (grade < lo - EPS || grade > hi + EPS)) {
              (out ??= []).push({
                path: `${ptr}/${i}${gRel}`,
                message: withTitle(titleOf(spec), fill({ kk: 'баға {grade}, кесте {lo}–{hi} ғана береді', ru: 'оценка {grade}, таблица допускает только {lo}–{hi}', en: 'grade {grade}; the table allows only {lo}–{hi}' }, { grade, lo, hi })),
                facts: { percent: null, allowed: { min: lo, max: hi }, found: grade },
              });
            }
            continue;
          }
          const hit = rowIndexOf(spec.rows, percent, spec.precision);
          if (hit < 0) continue;
          const row = spec.rows[hit >> 1]!;
          const repaired = (hit & 1) === 1;
          // The usual row: read by the table as printed, graded inside its range (or not graded where that is allowed).
          if (!repaired && (typeof grade === 'number' ? grade >= row.min - EPS && grade <= row.max + EPS : !spec.gradeRequired)) continue;
          const gradePath = `${ptr}/${i}${gRel}`;
          const note = row.damaged ? { note: row.damaged } : {};
          const facts = { percent, row: row.printed, allowed: { min: row.min, max: row.max }, found: typeof grade === 'number' ? grade : null, ...(repaired ? { repairedRow: true } : {}) };
          // Every pack alike: a value that only the repaired reading of a damaged row covers is flagged.
          if (repaired) {
            (out ??= []).push({
              path: `${ptr}/${i}${pRel}`,
              severity: 'warning',
              ...note,
              message: withTitle(titleOf(spec), fill({ kk: '{percent}% кестенің бүлінген «{printed}» жолына ғана түседі; жол түзетіліп оқылды', ru: '{percent}% попадает только в повреждённую строку «{printed}»; строка прочитана с исправлением', en: '{percent}% falls only in the damaged row «{printed}», read as repaired' }, { percent, printed: row.printed })),
              facts,
            });
          }
          // the bounds as each language writes a number: «≤ 4,75» in kk and ru (fill's comma is for numbers, not this text)
          const rangeOf = (n: (x: number) => string): string => (maxTable ? `≤ ${n(row.max)}` : row.min === row.max ? n(row.max) : `${n(row.min)}–${n(row.max)}`);
          const range = rangeOf(String);
          const rangeComma = rangeOf(decimalComma);
          if (typeof grade !== 'number') {
            if (!spec.gradeRequired) continue;
            (out ??= []).push({
              path: gradePath,
              ...note,
              message: withTitle(titleOf(spec), fill({ kk: '{percent}% үшін баға қойылмаған (рұқсат етілгені {rangeComma})', ru: 'для {percent}% оценка не поставлена (допустимо {rangeComma})', en: 'no grade for {percent}% (allowed {range})' }, { percent, range, rangeComma })),
              facts,
            });
            continue;
          }
          if (grade >= row.min - EPS && grade <= row.max + EPS) continue;
          (out ??= []).push({
            path: gradePath,
            ...note,
            message: withTitle(titleOf(spec), fill({ kk: '{percent}% («{printed}» жолы) үшін баға {rangeComma}, қойылғаны {grade}', ru: 'для {percent}% (строка «{printed}») оценка {rangeComma}, поставлено {grade}', en: '{percent}% (row «{printed}») allows {range}, found {grade}' }, { percent, printed: row.printed, range, rangeComma, grade })),
            facts,
          });
        }
      }
      return out ?? NO_REPORTS;
    },
  };
}
