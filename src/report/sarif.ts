/**
 * `--format sarif`: SARIF 2.1.0 for editors and code-review tools. Each rule id becomes a
 * reportingDescriptor; each finding a result with its physical location and the cite.
 */
import type { Finding, Lang } from '../law/finding.js';
import type { ResultEntry } from './summary.js';

const LEVEL: Record<Finding['severity'], string> = { error: 'error', warning: 'warning', info: 'note' };

export function formatSarif(results: readonly ResultEntry[], lang: Lang, toolName = 'bagalau', version = '0.1.0'): string {
  const rules = new Map<string, { id: string; shortDescription: { text: string }; properties?: Record<string, unknown> }>();
  const out: unknown[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      if (!rules.has(f.ruleId)) {
        rules.set(f.ruleId, {
          id: f.ruleId,
          shortDescription: { text: f.ruleId },
          ...(f.cite ? { properties: { act: f.cite.act, clause: f.cite.clause, wording: f.cite.wording } } : {}),
        });
      }
      const region = f.place ? { startLine: f.place.line, startColumn: f.place.column } : undefined;
      out.push({
        ruleId: f.ruleId,
        level: LEVEL[f.severity],
        message: { text: f.message[lang] },
        locations: [
          {
            physicalLocation: { artifactLocation: { uri: (f.file ?? r.file).split('\\').join('/') }, ...(region ? { region } : {}) },
            logicalLocations: [{ fullyQualifiedName: f.path || '/' }],
          },
        ],
        properties: { messages: f.message, ...(f.cite ? { cite: f.cite } : {}), ...(f.facts ? { facts: f.facts } : {}), ...(f.note ? { note: f.note } : {}) },
      });
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: toolName, version, rules: [...rules.values()] } }, results: out }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
