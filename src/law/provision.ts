/**
 * A provision of an act made data: its value, the one place it stands in, that place's words. Modelled
 * on OpenFisca's parameters: where the value changed, the provision holds each value keyed by the day
 * from which it applies, with the act that gave it, and "the rule on date D" is a lookup (`valueOn`),
 * never a condition in a rule. Pure; rules and packs import it from here.
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

/** A provision as the packs' params.ts write it: `provision(5, 'cl. 4', '…5 жұмыс күні ішінде…', note?)`. */
export const provision = <T>(value: T, clause: string, quote: string, note?: Text3): Provision<T> => (note ? { value, clause, quote, note } : { value, clause, quote });

/** A place a rule rests on without reading a value from it (a form that must be there, a signature). */
export const place = (clause: string, quote: string, note?: Text3): Place => (note ? { clause, quote, note } : { clause, quote });
