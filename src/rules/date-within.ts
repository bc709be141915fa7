/**
 * Date-within rule kind: every date a pattern matches lies inside an interval read from the
 * package — e.g. sjc-apparatus cl. 24(4): target indicators are «уақытпен шектеулі (бағаланатын кезең
 * ішінде НМИ қол жеткізу мерзімі белгіленеді)», so each achievement deadline of the plan falls in
 * the plan's period. `*` in the pattern stands for every index or key.
 */
import { baseOf, fill, withTitle, type RuleBase, titleOf, reads } from './base.js';
import { Pattern } from './count-each.js';
import { isoShaped as isDate } from './dates.js';
import type { Report, Rule } from './rule.js';
import { NO_REPORTS } from './no-reports.js';

export interface DateWithinSpec extends RuleBase {
  /** Where the dates stand; several patterns when the same field sits in several forms. */
  pattern: string | readonly string[];
  /** JSON Pointers of the interval's first and last day. */
  from: string;
  to: string;
}

export function dateWithinRule(spec: DateWithinSpec): Rule {
  const patterns = (typeof spec.pattern === 'string' ? [spec.pattern] : spec.pattern).map((p) => new Pattern(p));
  // The rule's visitor, made once: it holds one package's interval and reports while the patterns walk it.
  const visitor = {
    from: '',
    to: '',
    out: undefined as Report[] | undefined,
    visit(date: unknown, at: Pattern): void {
      const { from, to } = this;
      if (!isDate(date) || (date >= from && date <= to)) return;
      (this.out ??= []).push({
        path: at.path(),
        message: withTitle(titleOf(spec), fill({ kk: '{date} {from}–{to} кезеңінен тыс', ru: '{date} вне периода {from}–{to}', en: '{date} lies outside {from}–{to}' }, { date, from, to })),
        facts: { found: date, interval: { from, to } },
      });
    },
  };
  return {
    ...baseOf(spec),
    reads: reads(spec.from, spec.to, spec.pattern),
    check(ctx): Report[] {
      const from = ctx.get(spec.from);
      const to = ctx.get(spec.to);
      if (!isDate(from) || !isDate(to)) return NO_REPORTS;
      visitor.from = from;
      visitor.to = to;
      visitor.out = undefined;
      for (let i = 0; i < patterns.length; i++) patterns[i]!.each(ctx.pkg, visitor);
      const out = visitor.out;
      visitor.out = undefined;
      return out ?? NO_REPORTS;
    },
  };
}
