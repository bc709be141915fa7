/**
 * Cap-by-fact rule kind: when a recorded fact of a given kind falls in the evaluated period, one
 * item's grade may not exceed a cap (asa-b-model App. 1/2 row 5: a disciplinary sanction applied in
 * the quarter caps the grade at 2,99 or 1,99 by the kind of sanction). Several facts: the lowest cap.
 */
import { baseOf, fill, withTitle, type RuleBase, titleOf, reads } from './base.js';
import type { Report, Rule } from './rule.js';
import { NO_REPORTS } from './no-reports.js';

export interface FactCap {
  kinds: readonly string[];
  max: number;
}

export interface CapByFactSpec extends RuleBase {
  /** JSON Pointer of the graded items (each form that may hold them; absent ones are skipped). */
  items: readonly string[];
  keyField: string;
  /** The item the cap applies to. */
  key: string;
  valueField: string;
  /** JSON Pointer of the facts (e.g. sanctions), each with a kind and a date. */
  facts: string;
  kindField: string;
  dateField: string;
  caps: readonly FactCap[];
}

export function capByFactRule(spec: CapByFactSpec): Rule {
  return {
    ...baseOf(spec),
    reads: reads(spec.facts, `${spec.facts}/*/${spec.kindField}`, `${spec.facts}/*/${spec.dateField}`, spec.items, spec.items.flatMap((p) => [`${p}/*/${spec.keyField}`, `${p}/*/${spec.valueField}`])),
    check(ctx): Report[] {
      const facts = ctx.get(spec.facts);
      if (!Array.isArray(facts)) return NO_REPORTS;
      const { from, to } = ctx.pkg.period;
      let cap: { max: number; fact: Record<string, unknown>; index: number } | undefined;
      facts.forEach((f: Record<string, unknown>, index) => {
        const date = f?.[spec.dateField];
        if (typeof date !== 'string' || date < from || date > to) return;
        const c = spec.caps.find((c) => c.kinds.includes(String(f[spec.kindField])));
        if (c && (!cap || c.max < cap.max)) cap = { max: c.max, fact: f, index };
      });
      if (!cap) return NO_REPORTS;
      const out: Report[] = [];
      for (const ptr of spec.items) {
        const items = ctx.get(ptr);
        if (!Array.isArray(items)) continue;
        items.forEach((it: Record<string, unknown>, i) => {
          const v = it?.[spec.valueField];
          if (it?.[spec.keyField] !== spec.key || typeof v !== 'number' || v <= cap!.max) return;
          out.push({
            path: `${ptr}/${i}/${spec.valueField}`,
            message: withTitle(
              titleOf(spec),
              fill(
                { kk: '{date} күні «{kind}» қолданылған, баға {max} баллдан аспауы тиіс, қойылғаны {v}', ru: '{date} применено «{kind}», оценка не выше {max}, поставлено {v}', en: '«{kind}» applied on {date}: the grade may not exceed {max}, found {v}' },
                { date: String(cap!.fact[spec.dateField]), kind: String(cap!.fact[spec.kindField]), max: cap!.max, v },
              ),
            ),
            facts: { cap: cap!.max, found: v, fact: cap!.fact, factPath: `${spec.facts}/${cap!.index}` },
          });
        });
      }
      return out;
    },
  };
}
