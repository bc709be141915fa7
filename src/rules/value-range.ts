/** Value-range rule kind: every item's number lies in [min; max] (e.g. grades «0-ден 5-ке дейін»). */
import { baseOf, fill, withTitle, type RuleBase, titleOf, reads, fromProvisionKey } from './base.js';
import type { Report, Rule } from './rule.js';
import { NO_REPORTS } from './no-reports.js';

export interface ValueRangeSpec extends RuleBase {
  /** JSON Pointer of the array of items; silent when absent. */
  items: string;
  field: string;
  /** By default the provision's value's `min` and `max`. */
  min?: number;
  max?: number;
}

export function valueRangeRule(given: ValueRangeSpec): Rule {
  const spec = { ...given, min: fromProvisionKey(given, given.min, 'min'), max: fromProvisionKey(given, given.max, 'max') };
  return {
    ...baseOf(spec),
    reads: reads(spec.items, `${spec.items}/*/${spec.field}`),
    quietWithoutInputs: true,
    check(ctx): Report[] {
      const items = ctx.get(spec.items);
      if (!Array.isArray(items)) return NO_REPORTS;
      let out: Report[] | undefined;
      for (let i = 0; i < items.length; i++) {
        const v = (items[i] as Record<string, unknown> | null | undefined)?.[spec.field];
        if (typeof v !== 'number' || (v >= spec.min && v <= spec.max)) continue;
        (out ??= []).push({
          path: `${spec.items}/${i}/${spec.field}`,
          message: withTitle(titleOf(spec), fill({ kk: 'баға {v}, рұқсат етілгені {min}–{max}', ru: 'оценка {v}, допустимо {min}–{max}', en: 'value {v}, allowed {min}–{max}' }, { v, min: spec.min, max: spec.max })),
          facts: { found: v, min: spec.min, max: spec.max },
        });
      }
      return out ?? NO_REPORTS;
    },
  };
}
