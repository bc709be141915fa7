/** Test helper: a package without the values a rule reads (its quiet-without-inputs case). */
import { walk } from '../../src/check/accessors.js';
import { parsePointer } from '../../src/law/json-pointer.js';
import type { Rule } from '../../src/rules/rule.js';

/** A copy of the package without the values at the pointers `rule` reads (each cut where its pattern's `*` starts). */
export function without<T>(data: T, rule: Rule): T {
  const copy = structuredClone(data) as unknown as Record<string, unknown>;
  for (const ptr of rule.reads ?? []) {
    const tokens = parsePointer(ptr);
    const star = tokens.indexOf('*');
    const cut = star < 0 ? tokens : tokens.slice(0, star);
    if (cut.length === 0) continue;
    const parent = walk(copy, cut.slice(0, -1));
    if (parent !== null && typeof parent === 'object') delete (parent as Record<string, unknown>)[cut[cut.length - 1]!];
  }
  return copy as unknown as T;
}
