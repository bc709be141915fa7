/**
 * `--format sarif`: SARIF 2.1.0 for code-scanning tools and editors. Each rule that has findings
 * becomes a reportingDescriptor — name, short description (its title) and full description (the
 * clause's Kazakh text) in the chosen language's wording, a help link to the rule's row in
 * `docs/acts-<id>.md`, its default level — and each finding a result pointing at it by `ruleIndex`,
 * with its physical location and the cite. Pure: the docs location and version are passed in.
 */
import type { Finding, Lang } from '../law/finding.js';
import { citeText, messageText } from './i18n.js';
import { ruleHelpUri, ruleInfo } from './rule-info.js';
import type { ResultEntry } from './summary.js';

const LEVEL: Record<Finding['severity'], 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export interface SarifOptions {
  toolName?: string;
  version?: string;
  /** Absolute URI of the folder holding `docs/` (the installed package), for rules' `helpUri`. */
  docsBase?: string;
  /** The run's exit code, reported in `invocations`. */
  exitCode?: number;
  /** The command line as given, for `invocations`. */
  commandLine?: string;
}

interface Descriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri?: string;
  help?: { text: string };
  defaultConfiguration: { level: 'error' | 'warning' | 'note' };
  properties: Record<string, unknown>;
}

/** «familiarisation» → «Familiarisation» (SARIF names are PascalCase-ish identifiers). */
const nameOf = (ruleId: string): string =>
  (ruleId.split('/').pop() ?? ruleId)
    .split(/[-_]/)
    .map((w) => (w ? w[0]!.toUpperCase() + w.slice(1) : w))
    .join('');

export function formatSarif(results: readonly ResultEntry[], lang: Lang, options: SarifOptions | string = {}, legacyVersion?: string): string {
  const o: SarifOptions = typeof options === 'string' ? { toolName: options, ...(legacyVersion ? { version: legacyVersion } : {}) } : options;
  const rules: Descriptor[] = [];
  const index = new Map<string, number>();
  const out: unknown[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      let ruleIndex = index.get(f.ruleId);
      if (ruleIndex === undefined) {
        const info = ruleInfo(f.ruleId);
        const title = info?.title[lang] ?? f.message[lang];
        const full = [title, f.cite ? citeText(f.cite, lang) : null, info?.quote ? `«${info.quote}»` : null].filter(Boolean).join(' — ');
        const d: Descriptor = {
          id: f.ruleId,
          name: nameOf(f.ruleId),
          shortDescription: { text: title },
          fullDescription: { text: full },
          defaultConfiguration: { level: LEVEL[info?.severity ?? f.severity] },
          properties: { ...(f.cite ? { act: f.cite.act, clause: f.cite.clause, wording: f.cite.wording } : {}), ...(info?.quote ? { quote: info.quote } : {}) },
        };
        const helpUri = ruleHelpUri(f.ruleId, o.docsBase);
        if (helpUri) {
          d.helpUri = helpUri;
          d.help = { text: full };
        }
        ruleIndex = rules.push(d) - 1;
        index.set(f.ruleId, ruleIndex);
      }
      const region = f.place ? { startLine: f.place.line, startColumn: f.place.column } : undefined;
      out.push({
        ruleId: f.ruleId,
        ruleIndex,
        level: LEVEL[f.severity],
        message: { text: messageText(f, lang) },
        locations: [
          {
            physicalLocation: { artifactLocation: { uri: encodeURI((f.file ?? r.file).split('\\').join('/')) }, ...(region ? { region } : {}) },
            logicalLocations: [{ fullyQualifiedName: f.path || '/' }],
          },
        ],
        properties: {
          messages: f.message,
          ...(r.servant ? { servant: r.servant } : {}),
          ...(f.cite ? { cite: f.cite } : {}),
          ...(f.facts ? { facts: f.facts } : {}),
          ...(f.note ? { note: f.note } : {}),
        },
      });
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: o.toolName ?? 'bagalau',
            ...(o.version ? { version: o.version, semanticVersion: o.version } : {}),
            language: lang,
            rules,
          },
        },
        invocations: [
          {
            executionSuccessful: o.exitCode === undefined || o.exitCode < 2,
            ...(o.exitCode !== undefined ? { exitCode: o.exitCode } : {}),
            ...(o.commandLine ? { commandLine: o.commandLine } : {}),
          },
        ],
        language: lang,
        results: out,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
