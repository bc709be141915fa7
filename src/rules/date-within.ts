/**
 * Date-within rule kind: every date a pattern matches lies inside an interval read from the
 * package — e.g. sjc-apparatus cl. 24(4): target indicators are «уақытпен шектеулі (бағаланатын кезең
 * ішінде НМИ қол жеткізу мерзімі белгіленеді)», so each achievement deadline of the plan falls in
 * the plan's period. `*` in the pattern stands for every index or key.
 */
import { baseOf, fill, withTitle, type RuleBase, titleOf, reads } from './base.js';
import { eachMatch } from './count-each.js';
import { isoShaped as isDate } from './dates.js';
import type { Report, Rule } from './rule.js';

export interface DateWithinSpec extends RuleBase {
  /** Where the dates stand; several patterns when the same field sits in several forms. */
  pattern: string | readonly string[];
  /** JSON Pointers of the interval's first and last day. */
  from: string;
  to: string;
}

export function dateWithinRule(spec: DateWithinSpec): Rule {
  return {
    ...baseOf(spec),
    reads: reads(spec.from, spec.to, spec.pattern),
    check(ctx): Report[] {
      const from = ctx.get(spec.from);
      const to = ctx.get(spec.to);
      if (!isDate(from) || !isDate(to)) return [];
      const patterns = typeof spec.pattern === 'string' ? [spec.pattern] : spec.pattern;
      const out: Report[] = [];
      for (const p of patterns)
        eachMatch(ctx.pkg, p, (date, path) => {
          if (!isDate(date) || (date >= from && date <= to)) return;
          out.push({
            path: path(),
            message: withTitle(titleOf(spec), fill({ kk: '{date} {from}–{to} кезеңінен тыс', ru: '{date} вне периода {from}–{to}', en: '{date} lies outside {from}–{to}' }, { date, from, to })),
            facts: { found: date, interval: { from, to } },
          });
        });
      return out;
    },
  };
}
