/**
 * Date-within rule kind: every date a pattern matches lies inside an interval read from the
 * package — e.g. sjc-apparatus cl. 24(4): target indicators are «уақытпен шектеулі (бағаланатын кезең
 * ішінде НМИ қол жеткізу мерзімі белгіленеді)», so each achievement deadline of the plan falls in
 * the plan's period. `*` in the pattern stands for every index or key.
 */
import { baseOf, fill, withTitle, type RuleBase, titleOf, reads } from './base.js';
import { expand } from './count-each.js';
import type { Report, Rule } from './rule.js';

export interface DateWithinSpec extends RuleBase {
  /** Where the dates stand; several patterns when the same field sits in several forms. */
  pattern: string | readonly string[];
  /** JSON Pointers of the interval's first and last day. */
  from: string;
  to: string;
}

const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

export function dateWithinRule(spec: DateWithinSpec): Rule {
  return {
    ...baseOf(spec),
    reads: reads(spec.from, spec.to, spec.pattern),
    check(ctx): Report[] {
      const from = ctx.get(spec.from);
      const to = ctx.get(spec.to);
      if (!isDate(from) || !isDate(to)) return [];
      const patterns = typeof spec.pattern === 'string' ? [spec.pattern] : spec.pattern;
      return patterns
        .flatMap((p) => expand(ctx.pkg, p))
        .filter((e): e is [string, string] => isDate(e[1]) && (e[1] < from || e[1] > to))
        .map(([path, date]) => ({
          path,
          message: withTitle(titleOf(spec), fill({ kk: '{date} {from}–{to} кезеңінен тыс', ru: '{date} вне периода {from}–{to}', en: '{date} lies outside {from}–{to}' }, { date, from, to })),
          facts: { found: date, interval: { from, to } },
        }));
    },
  };
}
