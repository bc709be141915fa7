/**
 * Listed rule kind: a table of a form has a row for the package's servant (e.g. mic-2018 cl. 39:
 * the results «тиісті хаттамасында тіркеледі» — the protocol has the servant's row). The rule is
 * silent when the table is absent (a missing form is another rule's finding).
 */
import { baseOf, fill, withTitle, type RuleBase, titleOf, reads } from './base.js';
import type { Report, Rule } from './rule.js';

export interface ListedSpec extends RuleBase {
  /** JSON Pointer of the table's rows. */
  rows: string;
  /** Field of a row naming the person. */
  field: string;
  /** JSON Pointers of the values that identify the person (any one matching is enough). */
  oneOf: readonly string[];
}

const key = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

export function listedRule(spec: ListedSpec): Rule {
  return {
    ...baseOf(spec),
    reads: reads(spec.rows, `${spec.rows}/*/${spec.field}`, spec.oneOf),
    check(ctx): Report[] {
      const rows = ctx.get(spec.rows);
      if (!Array.isArray(rows)) return [];
      const wanted = spec.oneOf.map((p) => ctx.get(p)).filter((v): v is string => typeof v === 'string');
      if (wanted.length === 0) return [];
      const names = rows.map((r) => (r && typeof r === 'object' ? (r as Record<string, unknown>)[spec.field] : undefined)).filter((v): v is string => typeof v === 'string');
      if (names.some((n) => wanted.some((w) => key(w) === key(n)))) return [];
      return [
        {
          path: spec.rows,
          message: withTitle(titleOf(spec), fill({ kk: '{who} жолы жоқ', ru: 'нет строки {who}', en: 'no row for {who}' }, { who: wanted[0] ?? '' })),
          facts: { expected: wanted, found: names },
        },
      ];
    },
  };
}
