/**
 * Period-shape rule kind: the evaluated period is one whole calendar quarter (e.g. asa-b-model
 * cl. 3(7) «бағаланатын кезең – … тоқсан») or one calendar year (asa-a-corps cl. 3 «күнтізбелік жылдың
 * қорытындылары бойынша»). The first and last day must be the quarter's (year's) own.
 */
import { addCalendarDays, addMonths } from '../law/calendar/index.js';
import { baseOf, fill, withTitle, type RuleBase, titleOf, reads } from './base.js';
import type { Report, Rule } from './rule.js';
import { NO_REPORTS } from './no-reports.js';

export interface PeriodShapeSpec extends RuleBase {
  unit: 'quarter' | 'year';
}

const MONTHS = { quarter: 3, year: 12 } as const;

/** The whole quarter (year) that starts on `from`, or undefined when `from` does not start one. */
export function wholePeriodFrom(from: string, unit: 'quarter' | 'year'): { from: string; to: string } | undefined {
  const m = /^(\d{4})-(\d{2})-01$/.exec(from);
  if (!m) return undefined;
  const month = Number(m[2]);
  if (unit === 'year' ? month !== 1 : (month - 1) % 3 !== 0) return undefined;
  return { from, to: addCalendarDays(addMonths(from, MONTHS[unit]), -1) };
}

export function periodShapeRule(spec: PeriodShapeSpec): Rule {
  const unitText = spec.unit === 'quarter' ? { kk: 'тоқсан', ru: 'квартал', en: 'calendar quarter' } : { kk: 'күнтізбелік жыл', ru: 'календарный год', en: 'calendar year' };
  return {
    ...baseOf(spec),
    reads: reads('/period/from', '/period/to'),
    check(ctx): Report[] {
      const { from, to } = ctx.pkg.period;
      const whole = wholePeriodFrom(from, spec.unit);
      if (whole && whole.to === to) return NO_REPORTS;
      return [
        {
          path: '/period',
          message: withTitle(
            titleOf(spec),
            fill(
              { kk: 'кезең {from} – {to} бір толық {unitKk} емес', ru: 'период {from} – {to} не является одним полным периодом ({unitRu})', en: 'the period {from} – {to} is not one whole {unitEn}' },
              { from, to, unitKk: unitText.kk, unitRu: unitText.ru, unitEn: unitText.en },
            ),
          ),
          facts: { expected: spec.unit, found: { from, to }, ...(whole ? { wholeFromStart: whole } : {}) },
        },
      ];
    },
  };
}
