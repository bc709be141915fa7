/**
 * One provision, several instances of a rule kind: e.g. the same grade range on whichever of two
 * sheets a package holds, or an Agency review term counted from the first submission and again from
 * a resubmission. The first instance gives the id, clause, quote and title; each instance keeps its
 * own `applies`.
 */
import type { Report, Rule } from './rule.js';

export function combineRules(instances: readonly Rule[]): Rule {
  const first = instances[0];
  if (!first) throw new Error('combineRules needs at least one rule');
  const { applies: _ignored, ...head } = first;
  return {
    ...head,
    check: (ctx): Report[] => instances.flatMap((r) => (r.applies && !r.applies(ctx) ? [] : r.check(ctx))),
  };
}
