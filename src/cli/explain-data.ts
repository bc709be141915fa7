/**
 * Where a rule's values live and what it reads, for `bagalau explain`: the params entries it rests on (the entry
 * whose clause and quote are the rule's, or one of its places'), each with the file it is written in
 * (src/acts/format-doc.ts paramFile: the pack's params.json or the 2018 family's shared one), and the package
 * and session pointers its kind declares (`reads`, `sessionReads`).
 */
import { paramFile } from '../acts/format-doc.js';
import type { Pack } from '../acts/pack.js';
import type { Rule } from '../rules/rule.js';

export interface RuleData {
  /** The params entries the rule rests on: key, file, clause. */
  params: Array<{ key: string; file: string; clause: string }>;
  /** Package pointers (`*`: every index or key). */
  reads: readonly string[];
  /** Session pointers (of a session file, or of the package's inline `session`). */
  sessionReads: readonly string[];
}

type Entry = { clause: string; quote: string; dated?: ReadonlyArray<{ clause: string; quote: string }> };
const at = (e: Entry, p: { clause: string; quote: string }): boolean =>
  (e.clause === p.clause && e.quote === p.quote) || (e.dated ?? []).some((d) => d.clause === p.clause && d.quote === p.quote);

/** kebab-case name → camelCase key (`plan-approver` → `planApprover`). */
const camel = (name: string): string => name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

export function ruleData(pack: Pack, rule: Rule): RuleData {
  const places = [{ clause: rule.clause, quote: rule.quote }, ...(rule.places ?? [])];
  const entries = Object.entries(pack.params) as Array<[string, Entry]>;
  const keys: string[] = [];
  for (const place of places) {
    let hit = entries.filter(([, e]) => at(e, place)).map(([k]) => k);
    // Two entries with the same words (a plan approved, and by whom: one sentence): the rule's own name decides.
    const named = hit.filter((k) => k === camel(rule.id.slice(rule.id.lastIndexOf('/') + 1)));
    if (named.length > 0) hit = named;
    for (const k of hit) if (!keys.includes(k)) keys.push(k);
  }
  return {
    params: keys.map((key) => ({ key, file: paramFile(pack, key), clause: pack.params[key]!.clause })),
    reads: rule.reads ?? [],
    sessionReads: rule.sessionReads ?? [],
  };
}
