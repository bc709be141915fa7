/**
 * Grade-by-count rule kind: the grade follows from how many items were achieved
 * (e.g. mic-2018 cl. 18: 5 of 5 «өте жақсы», 4 «тиімді», 3 «қанағаттанарлық», fewer «қанағаттанарлықсыз»).
 */
import { baseOf, fill, withTitle, type RuleBase, titleOf, reads, fromProvision } from './base.js';
import type { Report, Rule } from './rule.js';
import { NO_REPORTS } from './no-reports.js';

export interface CountBand {
  /** Inclusive lower bound of achieved items. */
  min: number;
  /** Inclusive upper bound (absent: no bound). */
  max?: number;
  grade: string;
}

export interface GradeByCountSpec extends RuleBase {
  /** Array of items, each with a field telling whether it was achieved. */
  items: string;
  achievedField: string;
  /** The value of `achievedField` that means achieved. */
  achievedValue: unknown;
  /** JSON Pointer of the stated grade. */
  grade: string;
  /** By default the provision's value. */
  bands?: readonly CountBand[];
}

const isBands = (v: unknown): v is readonly CountBand[] =>
  Array.isArray(v) && v.every((b) => b !== null && typeof b === 'object' && typeof (b as CountBand).min === 'number' && typeof (b as CountBand).grade === 'string');

/** The first band the count falls in. */
function bandOf(bands: readonly CountBand[], achieved: number): CountBand | undefined {
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i]!;
    if (achieved >= b.min && (b.max === undefined || achieved <= b.max)) return b;
  }
  return undefined;
}

export function gradeByCountRule(given: GradeByCountSpec): Rule {
  const spec = { ...given, bands: fromProvision(given, given.bands, 'bands', isBands) };
  return {
    ...baseOf(spec),
    reads: reads(spec.items, `${spec.items}/*/${spec.achievedField}`, spec.grade),
    check(ctx): Report[] {
      const items = ctx.get(spec.items);
      const stated = ctx.get(spec.grade);
      if (!Array.isArray(items) || stated === undefined) return NO_REPORTS;
      let achieved = 0;
      for (let i = 0; i < items.length; i++) {
        const it: unknown = items[i];
        if (it && typeof it === 'object' && (it as Record<string, unknown>)[spec.achievedField] === spec.achievedValue) achieved++;
      }
      const band = bandOf(spec.bands, achieved);
      if (!band || band.grade === stated) return NO_REPORTS;
      return [
        {
          path: spec.grade,
          message: withTitle(
            titleOf(spec),
            fill(
              {
                kk: '{n}-ден {achieved} орындалған, баға «{expected}» болуы тиіс, қойылғаны «{found}»',
                ru: 'выполнено {achieved} из {n}, оценка должна быть «{expected}», поставлена «{found}»',
                en: '{achieved} of {n} achieved, so the grade is «{expected}», found «{found}»',
              },
              { n: items.length, achieved, expected: band.grade, found: String(stated) },
            ),
          ),
          facts: { achieved, of: items.length, expected: band.grade, found: stated },
        },
      ];
    },
  };
}
