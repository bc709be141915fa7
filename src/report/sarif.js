import { citeText, messageText } from './i18n.js';
import { ruleHelpUri, ruleInfo } from './rule-info.js';
const LEVEL = { error: 'error', warning: 'warning', info: 'note' };
/** «familiarisation» → «Familiarisation» (SARIF names are PascalCase-ish identifiers). */
const nameOf = (ruleId) => (ruleId.split('/').pop() ?? ruleId)
    .split(/[-_]/)
    .map((w) => (w ? w[0].toUpperCase() + w.slice(1) : w))
    .join('');
export function formatSarif(results, lang, options = {}, legacyVersion) {
    const o = typeof options === 'string' ? { toolName: options, ...(legacyVersion ? { version: legacyVersion } : {}) } : options;
    const rules = [];
    const index = new Map();
    const out = [];
    for (const r of results) {
        for (const f of r.findings) {
            let ruleIndex = index.get(f.ruleId);
            if (ruleIndex === undefined) {
                const info = ruleInfo(f.ruleId);
                const title = info?.title[lang] ?? f.message[lang];
                const full = [title, f.cite ? citeText(f.cite, lang) : null, info?.quote ? `«${info.quote}»` : null].filter(Boolean).join(' — ');
                const d = {
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
