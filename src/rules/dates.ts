/**
 * Date references used by rules ("the day the plan was sent back", "the session date",
 * "the first day of the period") and the counting of deadlines through the calendar.
 */
import type { RuleContext } from './rule.js';

/** Where a rule takes a date from. */
export type DateRef =
  /** An event type, or several that answer the same step (e.g. familiarised, or refused in writing). */
  | { event: string | readonly string[] }
  | { field: string }
  | { session: 'date' };

export interface DatedAt {
  date: string;
  /** JSON Pointer where the date stands (in the package, or in the session when `inSession`). */
  path: string;
  inSession?: boolean;
}

/** All dates a reference resolves to (several for a repeated event), in file order. */
export function resolveDates(ctx: RuleContext, ref: DateRef): DatedAt[] {
  if ('event' in ref) {
    const types = typeof ref.event === 'string' ? [ref.event] : ref.event;
    return types
      .flatMap((t) => ctx.events(t))
      .sort((a, b) => a.index - b.index)
      .map(({ index, event }) => ({ date: event.date, path: `/events/${index}/date` }));
  }
  if ('field' in ref) {
    const v = ctx.get(ref.field);
    return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? [{ date: v, path: ref.field }] : [];
  }
  const s = ctx.session;
  return s ? [{ date: s.data.date, path: `${s.base}/date`, inSession: s.file !== undefined }] : [];
}
