/**
 * One provision, several instances of a rule kind: e.g. the same grade range on whichever of two
 * sheets a package holds, or an Agency review term counted from the first submission and again from
 * a resubmission. The first instance gives the id, clause, quote and title; each instance keeps its
 * own `applies`, and its own place: where the instances stand in different places of the act (App. 1
 * and App. 2 print the same row), each finding cites the place of the instance that made it.
 */
import type { Report, Rule } from './rule.js';

export function combineRules(instances: readonly Rule[]): Rule {
  const first = instances[0];
  if (!first) throw new Error('combineRules needs at least one rule');
  const { applies: _ignored, sessionReads: _own, ...head } = first;
  const places = [...new Map(instances.map((r) => [`${r.clause}|${r.quote}`, { clause: r.clause, quote: r.quote }])).values()];
  const many = places.length > 1;
  const declared = instances.every((r) => r.reads) ? [...new Set(instances.flatMap((r) => r.reads!))] : undefined;
  const sessionDeclared = instances.every((r) => r.sessionReads) ? [...new Set(instances.flatMap((r) => r.sessionReads!))] : undefined;
  return {
    ...head,
    ...(many ? { places } : {}),
    ...(declared ? { reads: declared } : {}),
    ...(sessionDeclared ? { sessionReads: sessionDeclared } : {}),
    // Quiet only when every instance is (the head's own flag is not the others').
    quietWithoutInputs: declared !== undefined && instances.every((r) => r.quietWithoutInputs === true),
    check(ctx): Report[] {
      let out: Report[] | undefined;
      for (const r of instances) {
        if (r.applies && !r.applies(ctx)) continue;
        const reports = r.check(ctx);
        if (reports.length === 0) continue;
        out ??= [];
        for (const x of reports) out.push(many && !x.clause ? { ...x, clause: r.clause } : x);
      }
      return out ?? [];
    },
  };
}
