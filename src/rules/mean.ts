/**
 * Mean rule kind: a stated average equals the sum of the items' values divided by their number
 * (asa-b-model App. 1/2 «Ескертпе», asa-a-corps cl. 20). Acts give no rounding rule: a stated value
 * within `tolerance` of the exact mean is accepted (0.005 accepts any rounding to two decimals).
 */
import { baseOf, fill, withTitle, type RuleBase, titleOf, reads } from './base.js';
import type { Report, Rule } from './rule.js';

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
      if (!Array.isArray(items) || items.length === 0 || typeof stated !== 'number') return [];
      const values = items.map((it) => (it as Record<string, unknown> | null)?.[spec.field]);
      if (!values.every((v): v is number => typeof v === 'number')) return [];
      const sum = values.reduce((a, b) => a + b, 0);
      const mean = sum / values.length;
      if (Math.abs(mean - stated) <= tol + 1e-9) return [];
      const shown = Math.round(mean * 1000) / 1000;
      return [
        {
          path: spec.stated,
          message: withTitle(
            titleOf(spec),
            fill({ kk: '{sum} / {n} = {mean}, көрсетілгені {stated}', ru: '{sum} / {n} = {mean}, указано {stated}', en: '{sum} / {n} = {mean}, stated {stated}' }, { sum: Math.round(sum * 1000) / 1000, n: values.length, mean: shown, stated }),
          ),
          facts: { sum, count: values.length, expected: mean, found: stated, tolerance: tol },
        },
      ];
    },
  };
}
