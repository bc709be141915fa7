/**
 * The shapes of params values whose JSON type is wider than what a rule reads (src/law/provision.ts,
 * `readParams`): a literal, a fraction, a date limit, a band table over the act's result words. Each is a
 * check, so the narrower type a pack's params.ts gives a value is proven when the file is read, not assumed.
 */
import type { Shape } from '../law/provision.js';
import type { DateLimitSpec } from '../rules/date-limit.js';
import type { GradeBand } from '../rules/grade-band.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One of the given words. */
export const oneOf =
  <const L extends readonly string[]>(...words: L): Shape<L[number]> =>
  (v): v is L[number] =>
    typeof v === 'string' && words.includes(v);

/** A fraction as the act states it (`[2, 3]`: two thirds). */
export const fraction: Shape<[number, number]> = (v): v is [number, number] => Array.isArray(v) && v.length === 2 && v.every((n) => typeof n === 'number');

/** A date limit: the month counted from the period's first or last month, the day of it, whether that day is included. */
export type DayLimit = Pick<DateLimitSpec, 'anchor' | 'months' | 'inclusive'> & { day: number };
/** A date limit on the last day of a month («есепті тоқсаннан кейінгі айдың ішінде»). */
export type MonthEndLimit = Pick<DateLimitSpec, 'anchor' | 'months' | 'inclusive'> & { day: 'last' };

const limit = (v: unknown, day: (d: unknown) => boolean): boolean =>
  isRecord(v) &&
  (v['anchor'] === 'period-start' || v['anchor'] === 'period-end') &&
  typeof v['months'] === 'number' &&
  day(v['day']) &&
  (v['inclusive'] === undefined || typeof v['inclusive'] === 'boolean') &&
  Object.keys(v).every((k) => ['anchor', 'months', 'day', 'inclusive'].includes(k));

export const dayLimit: Shape<DayLimit> = (v): v is DayLimit => limit(v, (d) => typeof d === 'number');
export const monthEndLimit: Shape<MonthEndLimit> = (v): v is MonthEndLimit => limit(v, (d) => d === 'last');

/** Grade bands whose labels are the act's result words (a label the act does not print fails). */
export const bandsOf =
  (labels: readonly string[]): Shape<GradeBand[]> =>
  (v): v is GradeBand[] =>
    Array.isArray(v) &&
    v.every(
      (b) =>
        isRecord(b) &&
        typeof b['from'] === 'number' &&
        (b['below'] === undefined || typeof b['below'] === 'number') &&
        typeof b['label'] === 'string' &&
        labels.includes(b['label']),
    );
