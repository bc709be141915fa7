/**
 * Listed rule kind: a table of a form has a row for the package's servant (e.g. mic-2018 cl. 39:
 * the results «тиісті хаттамасында тіркеледі» — the protocol has the servant's row). The rule is
 * silent when the table is absent (a missing form is another rule's finding).
 */
import { baseOf, fill, withTitle, type RuleBase, titleOf, reads } from './base.js';
import type { Report, Rule } from './rule.js';
import { NO_REPORTS } from './no-reports.js';
import { memo } from './memo.js';

export interface ListedSpec extends RuleBase {
  /** JSON Pointer of the table's rows. */
  rows: string;
  /** Field of a row naming the person. */
  field: string;
  /** JSON Pointers of the values that identify the person (any one matching is enough). */
  oneOf: readonly string[];
}

const key = memo((s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase());

export function listedRule(spec: ListedSpec): Rule {
  return {
    ...baseOf(spec),
    reads: reads(spec.rows, `${spec.rows}/*/${spec.field}`, spec.oneOf),
    check(ctx): Report[] {
      const rows = ctx.get(spec.rows);
      if (!Array.isArray(rows)) return NO_REPORTS;
      // The usual package: the servant's row is there, written as the servant's field is. Look for it without
      // making a list; the names are compared by key (spaces and case aside) only when no row is spelt alike.
      let anyWanted = false;
      for (let p = 0; p < spec.oneOf.length; p++) {
        const w = ctx.get(spec.oneOf[p]!);
        if (typeof w !== 'string') continue;
        anyWanted = true;
        for (let i = 0; i < rows.length; i++) if (nameOf(rows[i], spec.field) === w) return NO_REPORTS;
      }
      if (!anyWanted) return NO_REPORTS;
      const wanted = spec.oneOf.map((p) => ctx.get(p)).filter((v): v is string => typeof v === 'string');
      const names = rows.map((r) => nameOf(r, spec.field)).filter((v): v is string => typeof v === 'string');
      if (names.some((n) => wanted.some((w) => key(w) === key(n)))) return NO_REPORTS;
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

const nameOf = (r: unknown, field: string): unknown => (r && typeof r === 'object' ? (r as Record<string, unknown>)[field] : undefined);
