/**
 * The audit page's data: the totals of `bagalau check --format json`, the per-body, per-unit and per-rule
 * figures of `bagalau check --summary` (the report engine's `audit`), the clause's Kazakh text of each rule
 * found, and every result. Exports are the report engine's own HTML and XLSX. The page counts its tables from `results`
 * with the same `audit` and `totalLines`, in the alphabet of its language (re-sorted when the reader changes it). Pure.
 */
import type { FileResult } from '../check/run.js';
import type { Lang, Text3 } from '../law/finding.js';
import { audit, type Audit } from '../report/audit.js';
import { ruleInfo } from '../report/rule-info.js';
import { summarise, type Summary } from '../report/summary.js';

export interface AuditReport {
  version: 1;
  today: string;
  summary: Summary;
  audit: Audit;
  rules: Record<string, { clause: string | null; title: Text3; quote: string | null }>;
  results: FileResult[];
}

/** `lang`: the alphabet the bodies, units and servants of `audit` are sorted in (the reader's, as the reports do). */
export function auditReport(results: FileResult[], today: string, lang: Lang = 'kk'): AuditReport {
  const rules: AuditReport['rules'] = {};
  for (const r of results)
    for (const f of r.findings) {
      if (rules[f.ruleId]) continue;
      const info = ruleInfo(f.ruleId);
      if (info) rules[f.ruleId] = { clause: info.clause ?? null, title: info.title, quote: info.quote ?? null };
    }
  return { version: 1, today, summary: summarise(results), audit: audit(results, lang), rules, results };
}
