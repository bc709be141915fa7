/**
 * Grade-band rule kind: the stated result label is the one whose band holds the numeric grade
 * (asa-b-model cl. 8, asa-a-corps cl. 21). Bands are half-open [from; below): the acts print
 * closed bands with gaps (0–1,99 / 2–2,99 …) and no rounding rule, so a pack states the choice.
 */
import { baseOf, fill, withTitle, type RuleBase, titleOf, reads } from './base.js';
import type { Report, Rule } from './rule.js';
import { NO_REPORTS } from './no-reports.js';

export interface GradeBand {
  from: number;
  /** Exclusive upper bound; absent for the top band. */
  below?: number;
  label: string;
}

export interface GradeBandSpec extends RuleBase {
  /** JSON Pointer of the numeric grade. */
  value: string;
  /** JSON Pointer of the stated label. */
  label: string;
  bands: readonly GradeBand[];
}

export const bandOf = (bands: readonly GradeBand[], v: number): GradeBand | undefined =>
  bands.find((b) => v >= b.from && (b.below === undefined || v < b.below));

export function gradeBandRule(spec: GradeBandSpec): Rule {
  return {
    ...baseOf(spec),
    reads: reads(spec.value, spec.label),
    quietWithoutInputs: true,
    check(ctx): Report[] {
      const v = ctx.get(spec.value);
      const stated = ctx.get(spec.label);
      if (typeof v !== 'number' || typeof stated !== 'string') return NO_REPORTS;
      const band = bandOf(spec.bands, v);
      if (!band || band.label === stated) return NO_REPORTS;
      return [
        {
          path: spec.label,
          message: withTitle(titleOf(spec), fill({ kk: 'баға {v} үшін нәтиже «{expected}», көрсетілгені «{found}»', ru: 'для оценки {v} результат «{expected}», указан «{found}»', en: 'grade {v} gives «{expected}», stated «{found}»' }, { v, expected: band.label, found: stated })),
          facts: { grade: v, expected: band.label, found: stated, band: { from: band.from, below: band.below ?? null } },
        },
      ];
    },
  };
}
