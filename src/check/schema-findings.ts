/** ajv's errors as findings: one per place and problem, in the working languages (./ajv-messages.ts). */
import type { Finding } from '../law/finding.js';
import { schemaMessage } from './ajv-messages.js';
import type { ErrorObject } from './validators.js';

export function schemaFindings(errors: readonly ErrorObject[] | null | undefined): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const e of errors ?? []) {
    // "must match the else/then schema" only summarises the branch errors reported beside it.
    if (e.keyword === 'if') continue;
    // anyOf/oneOf reports every branch; keep the summary and the first concrete error per place.
    const path = e.instancePath;
    const key = `${path}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      ruleId: 'schema',
      severity: 'error',
      message: schemaMessage(e),
      path,
      facts: { keyword: e.keyword, params: e.params },
    });
  }
  return out;
}
