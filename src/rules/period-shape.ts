/**
 * Period-shape rule kind: the evaluated period is one whole calendar quarter (e.g. asa-b-model
 * cl. 3(7) «бағаланатын кезең – … тоқсан») or one calendar year (asa-a-corps cl. 3 «күнтізбелік жылдың
 * қорытындылары бойынша»). The first and last day must be the quarter's (year's) own.
 */
import { addCalendarDays, addMonths } from '../law/calendar/index.js';
import { daysInMonth, isoDate, monthIndex, YEARS } from '../law/calendar/iso-date.js';
import { baseOf, fill, withTitle, type RuleBase, titleOf, reads } from './base.js';
import type { Report, Rule } from './rule.js';
import { NO_REPORTS } from './no-reports.js';

export interface PeriodShapeSpec extends RuleBase {
  unit: 'quarter' | 'year';
}

const MONTHS = { quarter: 3, year: 12 } as const;

/** The whole quarter (year) that starts on `from`, or undefined when `from` does not start one. */
export function wholePeriodFrom(from: string, unit: 'quarter' | 'year'): { from: string; to: string } | undefined {
  const to = wholePeriodEnd(from, unit);
  return to === undefined ? undefined : { from, to };
}

/** Read off `from` by month arithmetic: not the start of a whole quarter (year). */
const NOT_WHOLE = -1;
/** Not a first of a month of a year from 1000 on: read as the text is written (wholePeriodEndAsWritten). */
const AS_WRITTEN = -2;

/** The month index (y·12 + m − 1) of the last month of the whole quarter (year) that starts on `from`, else NOT_WHOLE or AS_WRITTEN. */
function lastMonthFrom(from: string, unit: 'quarter' | 'year'): number {
  // A first of a month of a year from 1000 on, read without a RegExp: month arithmetic on numbers.
  const month = from.length === 10 && from.charCodeAt(7) === 45 && from.charCodeAt(8) === 48 && from.charCodeAt(9) === 49 ? monthIndex(from) : -1;
  if (month < 0 || month >= (YEARS.last - 1) * 12) return AS_WRITTEN;
  const m = (month % 12) + 1;
  if (unit === 'year' ? m !== 1 : (m - 1) % 3 !== 0) return NOT_WHOLE;
  return month + MONTHS[unit] - 1;
}

/** The last day of the whole quarter (year) that starts on `from`, or undefined when `from` does not start one. */
function wholePeriodEnd(from: string, unit: 'quarter' | 'year'): string | undefined {
  const last = lastMonthFrom(from, unit);
  if (last === AS_WRITTEN) return wholePeriodEndAsWritten(from, unit);
  if (last === NOT_WHOLE) return undefined;
  const y = Math.floor(last / 12);
  const lm = (last % 12) + 1;
  return isoDate(y, lm, daysInMonth(y, lm));
}

/** Whether `to` is the last day of the whole quarter (year) that starts on `from` (wholePeriodEnd(from) === to) without writing that day. */
function endsWholePeriod(from: string, to: string, unit: 'quarter' | 'year'): boolean {
  const last = lastMonthFrom(from, unit);
  if (last === AS_WRITTEN) return wholePeriodEndAsWritten(from, unit) === to;
  if (last === NOT_WHOLE) return false;
  // `to` reads YYYY-MM of that month, then its last day in two digits.
  if (to.length !== 10 || monthIndex(to) !== last || to.charCodeAt(7) !== 45) return false;
  const d1 = to.charCodeAt(8) - 48;
  const d2 = to.charCodeAt(9) - 48;
  return d1 >= 0 && d1 <= 9 && d2 >= 0 && d2 <= 9 && d1 * 10 + d2 === daysInMonth(Math.floor(last / 12), (last % 12) + 1);
}

/** The same read as the text is written (`YYYY-MM-01`), for what the arithmetic above leaves (a year before 1000, a month 13…: the calendar says what is wrong). */
function wholePeriodEndAsWritten(from: string, unit: 'quarter' | 'year'): string | undefined {
  const m = /^(\d{4})-(\d{2})-01$/.exec(from);
  if (!m) return undefined;
  const month = Number(m[2]);
  if (unit === 'year' ? month !== 1 : (month - 1) % 3 !== 0) return undefined;
  return addCalendarDays(addMonths(from, MONTHS[unit]), -1);
}

export function periodShapeRule(spec: PeriodShapeSpec): Rule {
  const unitText = spec.unit === 'quarter' ? { kk: 'тоқсан', ru: 'квартал', en: 'calendar quarter' } : { kk: 'күнтізбелік жыл', ru: 'календарный год', en: 'calendar year' };
  return {
    ...baseOf(spec),
    reads: reads('/period/from', '/period/to'),
    check(ctx): Report[] {
      const { from, to } = ctx.pkg.period;
      if (endsWholePeriod(from, to, spec.unit)) return NO_REPORTS;
      const whole = wholePeriodFrom(from, spec.unit);
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
