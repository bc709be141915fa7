/**
 * Mean rule kind: a stated average equals the sum of the items' values divided by their number
 * (asa-b-model App. 1/2 «Ескертпе», asa-a-corps cl. 20). Acts give no rounding rule: a stated value
 * within `tolerance` of the exact mean is accepted (0.005 accepts any rounding to two decimals).
 */
import { baseOf, fill, withTitle, type RuleBase, titleOf, reads } from './base.js';
import type { Report, Rule } from './rule.js';
import { NO_REPORTS } from './no-reports.js';

export interface MeanSpec extends RuleBase {
  items: string;
  field: string;
  /** JSON Pointer of the stated mean. */
  stated: string;
  tolerance?: number;
}

export function meanRule(spec: MeanSpec): Rule {
  const tol = spec.tolerance ?? 0.005;
  return {
    ...baseOf(spec),
    reads: reads(spec.items, `${spec.items}/*/${spec.field}`, spec.stated),
    quietWithoutInputs: true,
    check(ctx): Report[] {
      const items = ctx.get(spec.items);
      const stated = ctx.get(spec.stated);
      if (!Array.isArray(items) || items.length === 0 || typeof stated !== 'number') return NO_REPORTS;
      // Summed in place, left to right as a reduce would (no list of values made per package).
      let sum = 0;
      for (let i = 0; i < items.length; i++) {
        const v = (items[i] as Record<string, unknown> | null)?.[spec.field];
        if (typeof v !== 'number') return NO_REPORTS;
        sum += v;
      }
      const mean = sum / items.length;
      if (Math.abs(mean - stated) <= tol + 1e-9) return NO_REPORTS;
      const shown = Math.round(mean * 1000) / 1000;
      return [
        {
          path: spec.stated,
          message: withTitle(
            titleOf(spec),
            fill({ kk: '{sum} / {n} = {mean}, көрсетілгені {stated}', ru: '{sum} / {n} = {mean}, указано {stated}', en: '{sum} / {n} = {mean}, stated {stated}' }, { sum: Math.round(sum * 1000) / 1000, n: items.length, mean: shown, stated }),
          ),
          facts: { sum, count: items.length, expected: mean, found: stated, tolerance: tol },
        },
      ];
    },
  };
}
