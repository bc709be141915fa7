/**
 * One provision, several instances of a rule kind: e.g. the same grade range on whichever of two
 * sheets a package holds, or an Agency review term counted from the first submission and again from
 * a resubmission. The first instance gives the id, clause, quote and title; each instance keeps its
 * own `applies`, and its own place: where the instances stand in different places of the act (App. 1
 * and App. 2 print the same row), each finding cites the place of the instance that made it.
 */
import type { Report, Rule } from './rule.js';
import { NO_REPORTS } from './no-reports.js';

export function combineRules(instances: readonly Rule[]): Rule {
  const first = instances[0];
  if (!first) throw new Error('combineRules needs at least one rule');
  const { applies: _ignored, sessionReads: _own, ...head } = first;
  const places = [...new Map(instances.map((r) => [`${r.clause}|${r.quote}`, { clause: r.clause, quote: r.quote }])).values()];
  const many = places.length > 1;
  const declared = instances.every((r) => r.reads) ? [...new Set(instances.flatMap((r) => r.reads!))] : undefined;
  const sessionDeclared = instances.every((r) => r.sessionReads) ? [...new Set(instances.flatMap((r) => r.sessionReads!))] : undefined;
  // The instances' functions read once: instances are rules of many shapes, and reading `applies` and
  // `check` off each for every package was a megamorphic load each time.
  const n = instances.length;
  const appliesOf = instances.map((r) => r.applies);
  const checkOf = instances.map((r) => r.check);
  return {
    ...head,
    ...(many ? { places } : {}),
    ...(declared ? { reads: declared } : {}),
    ...(sessionDeclared ? { sessionReads: sessionDeclared } : {}),
    // Quiet only when every instance is (the head's own flag is not the others').
    quietWithoutInputs: declared !== undefined && instances.every((r) => r.quietWithoutInputs === true),
    check(ctx): Report[] {
      let out: Report[] | undefined;
      for (let i = 0; i < n; i++) {
        const r = instances[i]!;
        const applies = appliesOf[i];
        if (applies !== undefined && !applies.call(r, ctx)) continue;
        const reports = checkOf[i]!.call(r, ctx);
        if (reports.length === 0) continue;
        out ??= [];
        for (const x of reports) out.push(many && !x.clause ? { ...x, clause: r.clause } : x);
      }
      return out ?? NO_REPORTS;
    },
  };
}
