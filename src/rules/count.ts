/** Count rule kind: a list in a form holds exactly / at least / at most N items (e.g. "НМИ саны 5 құрайды"). */
import { baseOf, withTitle, type RuleBase, titleOf, reads, boundsOf, boundsSigns, boundsText, countMismatch } from './base.js';
import type { Report, Rule } from './rule.js';
import { NO_REPORTS } from './no-reports.js';

export interface CountSpec extends RuleBase {
  /** JSON Pointer of the array; the rule is silent when the form is absent. */
  path: string;
  /** Exactly, at least, at most: where none is given, the provision's value (a number: exactly; `{min, max}`: those). */
  exactly?: number;
  min?: number;
  max?: number;
}

export function countRule(given: CountSpec): Rule {
  const spec = boundsOf(given);
  const expected = boundsSigns(spec);
  const said = boundsText(spec);
  return {
    ...baseOf(spec),
    reads: reads(spec.path),
    check(ctx): Report[] {
      const v = ctx.get(spec.path);
      if (!Array.isArray(v)) return NO_REPORTS;
      const n = v.length;
      const ok =
        (spec.exactly === undefined || n === spec.exactly) &&
        (spec.min === undefined || n >= spec.min) &&
        (spec.max === undefined || n <= spec.max);
      if (ok) return NO_REPORTS;
      return [
        {
          path: spec.path,
          message: withTitle(
            titleOf(spec),
            countMismatch(said, n),
          ),
          facts: { expected, found: n },
        },
      ];
    },
  };
}

