/** Within-period rule kind: a date of each row falls inside the evaluated period (asa-a-corps cl. 10(4): «бағалау кезеңі ішінде НМИ қол жеткізу мерзімі белгіленеді»). */
import { baseOf, fill, withTitle, type RuleBase } from './base.js';
import type { Report, Rule } from './rule.js';

export interface WithinPeriodSpec extends RuleBase {
  items: readonly string[];
  field: string;
}

export function withinPeriodRule(spec: WithinPeriodSpec): Rule {
  return {
    ...baseOf(spec),
    check(ctx): Report[] {
      const { from, to } = ctx.pkg.period;
      const out: Report[] = [];
      for (const ptr of spec.items) {
        const items = ctx.get(ptr);
        if (!Array.isArray(items)) continue;
        items.forEach((it: Record<string, unknown>, i) => {
          const d = it?.[spec.field];
          if (typeof d !== 'string' || (d >= from && d <= to)) return;
          out.push({
            path: `${ptr}/${i}/${spec.field}`,
            message: withTitle(spec.title, fill({ kk: '{d} бағалау кезеңінен ({from} – {to}) тыс', ru: '{d} вне периода оценки ({from} – {to})', en: '{d} lies outside the evaluation period ({from} – {to})' }, { d, from, to })),
            facts: { found: d, period: { from, to } },
          });
        });
      }
      return out;
    },
  };
}
