/**
 * The words of an enum whose values are codes, so that a wrong value's message names the allowed ones as the user
 * reads them («председатель» (chair)), not as the schema spells them (chair, deputy-chair…). Two such enums exist in
 * the packages' schemas, and each has one table of words already:
 * - a session's member role, ballot and vote: src/rules/session-words.ts (what the protocols print and the page offers);
 * - an event's type: the pack's own event types (`Pack.events[].label`, the step as the act words it).
 * An enum is matched to its table by its values (every allowed value is a code of that table), not by where it sits,
 * so a session file and a session inline in a package are named alike. An enum of the act's own Kazakh words (grades,
 * decisions…) has no table here: its values are what the file holds, and the reports gloss them (src/report/enum-gloss.ts).
 */
import type { Pack } from '../acts/pack.js';
import { SESSION_WORDS } from '../rules/session-words.js';
import type { Text3 } from '../law/finding.js';

/** The words of one code in three languages; undefined for a code the table lacks. */
export type CodeWords = (code: string) => Text3 | undefined;

const covers = (table: Readonly<Record<string, Text3>>, allowed: readonly unknown[]): boolean =>
  allowed.length > 0 && allowed.every((v) => typeof v === 'string' && Object.hasOwn(table, v));

/** The words for the codes `allowed` (an `enum`'s values), from the one table that holds them all; undefined if none does. */
export function enumWords(allowed: readonly unknown[], pack?: Pack): CodeWords | undefined {
  const tables: Readonly<Record<string, Readonly<Record<string, Text3>>>> = SESSION_WORDS;
  for (const table of Object.values(tables)) {
    if (covers(table, allowed)) return (code) => (Object.hasOwn(table, code) ? table[code] : undefined);
  }
  if (pack && pack.events.length > 0) {
    const events = new Map(pack.events.map((e) => [e.type, e.label]));
    if (allowed.length > 0 && allowed.every((v) => typeof v === 'string' && events.has(v))) return (code) => events.get(code);
  }
  return undefined;
}
