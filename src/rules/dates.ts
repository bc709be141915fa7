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

/** The pointers a date reference reads: a field, or the dates of the events (a session date is not in the package). */
export const refReads = (refs: readonly DateRef[]): string[] =>
  refs.flatMap((r) => ('field' in r ? [r.field] : 'event' in r ? ['/events/*/date'] : []));

/** The pointers of the session document a date reference reads (see `Rule.sessionReads`): the session's date. */
export const refSessionReads = (refs: readonly DateRef[]): string[] => (refs.some((r) => 'session' in r) ? ['/date'] : []);

const digit = (c: number): boolean => c >= 48 && c <= 57;

/** Written as a date, `YYYY-MM-DD` (digits and dashes in place; whether the day exists is the schema's concern). */
export function isoShaped(v: unknown): v is string {
  return (
    typeof v === 'string' && v.length === 10 && v.charCodeAt(4) === 45 && v.charCodeAt(7) === 45 &&
    digit(v.charCodeAt(0)) && digit(v.charCodeAt(1)) && digit(v.charCodeAt(2)) && digit(v.charCodeAt(3)) &&
    digit(v.charCodeAt(5)) && digit(v.charCodeAt(6)) && digit(v.charCodeAt(8)) && digit(v.charCodeAt(9))
  );
}

/**
 * A value written as a date (`isoShaped`) as the number YYYYMMDD, else -1. Two such numbers are ordered
 * as the dates' text is (same length, digits in place), so a date is compared with a bound made once
 * by one comparison of numbers instead of a string comparison per bound.
 */
export function dayKey(v: unknown): number {
  if (!isoShaped(v)) return -1;
  let n = 0;
  for (let i = 0; i < 10; i++) if (i !== 4 && i !== 7) n = n * 10 + v.charCodeAt(i) - 48;
  return n;
}

/**
 * An event's date: its pointer is written only when a finding names it (most dates resolved are in
 * time, and a pointer string per event and package was a share of the check's allocations).
 */
export class EventDate implements DatedAt {
  date: string;
  constructor(
    public event: { date: string },
    public index: number,
  ) {
    this.date = event.date;
  }
  /** The holder made to stand for another event (the runner reuses its holders from package to package): returns itself. */
  of(event: { date: string }, index: number): this {
    this.event = event;
    this.index = index;
    this.date = event.date;
    return this;
  }
  get path(): string {
    return `/events/${this.index}/date`;
  }
}

/** The dates of indexed events, in their order. */
export function datesOf(list: ReadonlyArray<{ index: number; event: { date: string } }>): readonly DatedAt[] {
  if (list.length === 0) return NO_DATES;
  const out: DatedAt[] = new Array(list.length);
  for (let i = 0; i < list.length; i++) out[i] = new EventDate(list[i]!.event, list[i]!.index);
  return out;
}
const NO_DATES: readonly DatedAt[] = Object.freeze([]);

/** The first of the dates on or after `date` (a step that answers an event or an absence), if any. */
export function firstFrom(dates: readonly DatedAt[], date: string): DatedAt | undefined {
  for (let i = 0; i < dates.length; i++) if (dates[i]!.date >= date) return dates[i];
  return undefined;
}

const eventDates = (ctx: RuleContext, type: string): readonly DatedAt[] => datesOf(ctx.events(type));

function resolve(ctx: RuleContext, ref: DateRef): readonly DatedAt[] {
  if ('event' in ref) {
    if (typeof ref.event === 'string') return eventDates(ctx, ref.event);
    // Several types answering one step: their events in file order.
    const all: Array<{ index: number; event: { date: string } }> = [];
    for (const t of ref.event) for (const e of ctx.events(t)) all.push(e);
    if (all.length > 1) all.sort((a, b) => a.index - b.index);
    const out: DatedAt[] = new Array(all.length);
    for (let i = 0; i < all.length; i++) out[i] = new EventDate(all[i]!.event, all[i]!.index);
    return out;
  }
  if ('field' in ref) return fieldDates(ctx, ref.field);
  return sessionDates(ctx);
}

/** A field's date, where it holds one. */
function fieldDates(ctx: RuleContext, field: string): readonly DatedAt[] {
  const v = ctx.get(field);
  return isoShaped(v) ? [{ date: v, path: field }] : NO_DATES;
}

type Session = NonNullable<RuleContext['session']>;

/** The session's date: its pointer, like an event's, is written only when a finding names it. */
class SessionDate implements DatedAt {
  date = '';
  inSession = false;
  private base = '';
  /** Reads a session's date (a resolver's holder reads each package's in turn): returns itself. */
  of(session: Session): this {
    this.date = session.data.date;
    this.inSession = session.file !== undefined;
    this.base = session.base;
    return this;
  }
  get path(): string {
    return `${this.base}/date`;
  }
}

function sessionDates(ctx: RuleContext): readonly DatedAt[] {
  const s = ctx.session;
  return s ? [new SessionDate().of(s)] : NO_DATES;
}

/**
 * All dates a reference resolves to (several for a repeated event), in file order. Read-only. With the
 * runner's context an event type's dates are the package's own list, made once and shared by every rule;
 * a field's or the session's date is read afresh (cheaper than a store per package: no two rules share a
 * reference object).
 */
export function resolveDates(ctx: RuleContext, ref: DateRef): readonly DatedAt[] {
  if (ctx.eventDates && 'event' in ref) {
    // References to one event type (each rule has its own reference object) share one list.
    if (typeof ref.event === 'string') return ctx.eventDates(ref.event);
    // Several types, of which a package usually holds one: that type's list is the answer, in file order.
    const only = onlyListed(ctx as WithEventDates, ref.event as readonly string[]);
    if (only !== undefined) return only;
  }
  return resolve(ctx, ref);
}

/**
 * `resolveDates` of one reference, as a function made when the rule is built: which kind of reference it
 * is is asked once, not for every package (`'event' in ref` on the specs' many shapes was most of its time).
 * A field's or the session's date is the resolver's own object, rewritten by its next call: a caller reads
 * `date`, `path` and `inSession` while it checks one package and keeps none of the objects.
 */
export function dateResolver(ref: DateRef): (ctx: RuleContext) => readonly DatedAt[] {
  if ('event' in ref) {
    const types = ref.event;
    if (typeof types === 'string') return (ctx) => (ctx.eventDates ? ctx.eventDates(types) : resolveDates(ctx, ref));
    return (ctx) => (ctx.eventDates ? onlyListed(ctx as WithEventDates, types as readonly string[]) : undefined) ?? resolveDates(ctx, ref);
  }
  if ('field' in ref) {
    // One date and one list per resolver, the date rewritten for each package: a field's date was two
    // objects per rule and package, the largest share of the check's allocations.
    const field = ref.field;
    const held = new FieldDate(field);
    const one: readonly DatedAt[] = [held];
    return (ctx) => {
      const v = ctx.get(field);
      if (!isoShaped(v)) return NO_DATES;
      held.date = v;
      return one;
    };
  }
  // The same for the session's date: its session is set for each package.
  const held = new SessionDate();
  const one: readonly DatedAt[] = [held];
  return (ctx) => {
    const s = ctx.session;
    if (!s) return NO_DATES;
    held.of(s);
    return one;
  };
}

/** A field's date as a resolver holds it (see dateResolver). */
class FieldDate implements DatedAt {
  date = '';
  constructor(readonly path: string) {}
}

type WithEventDates = RuleContext & Required<Pick<RuleContext, 'eventDates'>>;

/** The one list of the types' that has dates (the empty one when none has), or undefined when several have. */
function onlyListed(ctx: WithEventDates, types: readonly string[]): readonly DatedAt[] | undefined {
  let only: readonly DatedAt[] = NO_DATES;
  for (let i = 0; i < types.length; i++) {
    const l = ctx.eventDates(types[i]!);
    if (l.length === 0) continue;
    if (only.length > 0) return undefined;
    only = l;
  }
  return only;
}

