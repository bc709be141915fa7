/**
 * A provision of an act made data: its value, the one place it stands in, that place's words. Modelled
 * on OpenFisca's parameters: where the value changed, the provision holds each value keyed by the day
 * from which it applies, with the act that gave it, and "the rule on date D" is a lookup (`valueOn`),
 * never a condition in a rule. A pack holds its provisions as data (`src/acts/<id>/params.json`) and reads
 * them with `readParams`, which checks each entry and gives it its type. Pure; rules and packs import it from here.
 */
import type { Text3 } from './finding.js';

/** One place of an act and its words: what a rule rests on when no value is read from it. */
export interface Place {
  clause: string;
  /** Verbatim Kazakh excerpt of the clause (a test checks it is in the act). */
  quote: string;
  note?: Text3;
}

/** A value of the act with the clause it comes from. */
export interface Provision<T> extends Place {
  value: T;
  /**
   * Values that apply from (and, with `to`, until) a date instead of `value`: an amendment, or a
   * transitional clause for one year. The latest `from` on or before the date wins; outside every
   * entry, `value` applies. A test checks each entry's quote in its own clause, like `quote`.
   */
  dated?: ReadonlyArray<DatedValue<T>>;
}

/** One dated value of a provision. */
export interface DatedValue<T> {
  /** First day it applies (ISO yyyy-mm-dd). */
  from: string;
  /** Last day it applies; absent: until a later entry. */
  to?: string;
  value: T;
  clause: string;
  quote: string;
  /** The act that gave this value, as cited (`Order No. 121 of 28.07.2025`). */
  by: string;
  note?: Text3;
}

/** The value of a provision on a day: the dated entry in force then, or the provision itself. */
export function valueOn<T>(p: Provision<T>, date: string): Provision<T> | DatedValue<T> {
  let hit: DatedValue<T> | undefined;
  for (const d of p.dated ?? []) if (d.from <= date && (d.to === undefined || date <= d.to) && (!hit || d.from >= hit.from)) hit = d;
  return hit ?? p;
}

/** Every value a provision can take, the undated one first. */
export const allValues = <T>(p: Provision<T>): Array<Provision<T> | DatedValue<T>> => [p, ...(p.dated ?? [])];

/** The place of a provision (clause and quote), for a rule kind's case that names where the act says it. */
export const placeOf = (p: Pick<Provision<unknown>, 'clause' | 'quote'>): { clause: string; quote: string } => ({ clause: p.clause, quote: p.quote });

/**
 * A provision or a place as a pack's `params.json` holds it: the value (absent for a place, or where the
 * pack derives it from a table it prints), the clause, its words, the reading chosen — in kk/ru/en, or the
 * name of a note the pack gives — and the dated values.
 */
export interface ParamEntry {
  value?: unknown;
  clause: string;
  quote: string;
  note?: Text3 | string;
  dated?: ReadonlyArray<unknown>;
}

/** A check that a value read from JSON has the narrower type a rule reads (a literal, a pair, a list of the act's words). */
export type Shape<T> = (v: unknown) => v is T;

type ValueOf<E, K, S, V> = K extends keyof S ? (S[K] extends Shape<infer T> ? T : never) : K extends keyof V ? V[K] : E extends { value: infer T } ? T : never;

/** What `readParams` gives: a provision for each entry with a value (of its shape's type, where it has one), a place for the rest. */
export type ParamsOf<D, S, V> = {
  readonly [K in keyof D]: K extends keyof S | keyof V ? Provision<ValueOf<D[K], K, S, V>> : D[K] extends { value: unknown } ? Provision<ValueOf<D[K], K, S, V>> : Place;
};

/** How a pack reads its params.json: the shapes of values whose JSON type is wider than the rules read, values derived from its tables, its named notes. */
export interface ParamsHow<S, V> {
  /** Values that JSON types too widely (`"year"` for `'year'`, `[3, 4]` for a pair): checked here, typed by the check. */
  shapes?: S;
  /** Values the pack takes from a table it prints (the length of a printed list), so they are not written twice. */
  derived?: V;
  /** Notes an entry names (`"note": "effectiveOnly"`), where one reading concerns the entries of more than one file. */
  notes?: Readonly<Record<string, Text3>>;
}

const isText3 = (v: unknown): v is Text3 =>
  typeof v === 'object' && v !== null && ['kk', 'ru', 'en'].every((l) => typeof (v as Record<string, unknown>)[l] === 'string' && (v as Record<string, string>)[l] !== '');

/**
 * A pack's params from its `params.json` (`source` names the file in the errors): each entry checked to be a
 * provision or a place (clause, words, a note in kk/ru/en or the name of a known one, dated values with their
 * day, clause, words and amending act), each shaped value checked against its shape (every dated one too),
 * the derived values put in. A value whose JSON type is what the rules read needs no shape: the compiler
 * types it from the file. A dated value must have a shape, so that its type is checked and not assumed.
 * The objects are the file's own (key order kept), so what `explain` and the docs print is the file's.
 */
export function readParams<D extends Record<string, ParamEntry>, S extends { readonly [K in keyof D]?: Shape<unknown> } = Record<never, never>, V extends { readonly [K in keyof D]?: unknown } = Record<never, never>>(
  source: string,
  data: D,
  how: ParamsHow<S, V> = {},
): ParamsOf<D, S, V> {
  const shapes = (how.shapes ?? {}) as Readonly<Record<string, Shape<unknown> | undefined>>;
  const derived = (how.derived ?? {}) as Readonly<Record<string, unknown>>;
  const out: Record<string, Provision<unknown> | Place> = {};
  const fail = (key: string, what: string): never => {
    throw new Error(`${source}: «${key}» ${what}`);
  };
  for (const key of Object.keys(shapes)) if (!(key in data)) fail(key, 'has a shape but no entry');
  for (const key of Object.keys(derived)) if (!(key in data)) fail(key, 'is derived but has no entry');
  for (const [key, e] of Object.entries(data)) {
    if (typeof e.clause !== 'string' || e.clause === '' || typeof e.quote !== 'string' || e.quote === '') fail(key, 'needs a clause and its words (quote)');
    let note: Text3 | undefined;
    if (typeof e.note === 'string') note = how.notes?.[e.note] ?? fail(key, `names the note «${e.note}», which the pack does not give`);
    else if (e.note !== undefined) note = isText3(e.note) ? e.note : fail(key, 'has a note that is not in kk, ru and en');
    const shape = shapes[key];
    if (key in derived) {
      if ('value' in e) fail(key, 'is derived from a table, so it states no value of its own');
    } else if (shape && !('value' in e && shape(e.value))) fail(key, 'has a value of the wrong shape');
    for (const d of e.dated ?? []) {
      if (!shape) fail(key, 'has dated values but no shape to check them by');
      const ok = typeof d === 'object' && d !== null && ['from', 'clause', 'quote', 'by'].every((f) => typeof (d as Record<string, unknown>)[f] === 'string') && shape!((d as { value?: unknown }).value);
      if (!ok) fail(key, 'has a dated value without its day, clause, words, amending act or a value of its shape');
      const dn = (d as { note?: unknown }).note;
      if (dn !== undefined && !isText3(dn)) fail(key, 'has a dated note that is not in kk, ru and en');
    }
    const entry = (note && note !== e.note ? { ...e, note } : e) as Provision<unknown> | Place;
    out[key] = key in derived ? { value: derived[key], ...entry } : entry;
  }
  return out as ParamsOf<D, S, V>;
}
