/**
 * What a report says about a rule beside its findings: its title in the reader's language, the
 * clause's Kazakh text (hover text in HTML, full description in SARIF), its default severity.
 */
import { PACKS } from '../acts/index.js';
import { ENGINE_RULES } from '../check/engine-rules.js';
/** Findings the engine itself raises (not from a pack's rules): listed beside the engine that raises them. */
export { ENGINE_RULES };
let index;
/**
 * Where a pack rule is documented: its row in the per-rule table of `docs/acts-<methodology>.md`,
 * which carries `<a id="<rule>">` (the rule id without its methodology). The engine's own rules have none.
 */
export function ruleDoc(ruleId) {
    const m = ruleInfo(ruleId)?.methodology;
    if (!m || !ruleId.startsWith(`${m}/`))
        return undefined;
    return { file: `docs/acts-${m}.md`, anchor: ruleId.slice(m.length + 1) };
}
/** The rule's help link under `docsBase` (the folder holding docs/), or undefined. */
export function ruleHelpUri(ruleId, docsBase) {
    const d = docsBase ? ruleDoc(ruleId) : undefined;
    return d ? `${docsBase.replace(/\/?$/, '/')}${d.file}#${encodeURIComponent(d.anchor)}` : undefined;
}
export function ruleInfo(ruleId) {
    if (!index) {
        index = new Map();
        for (const [id, e] of Object.entries(ENGINE_RULES))
            index.set(id, { ruleId: id, methodology: null, title: e.title, severity: e.severity });
        for (const p of PACKS)
            for (const r of p.rules)
                index.set(r.id, { ruleId: r.id, methodology: p.id, title: r.title, quote: r.quote, clause: r.clause, severity: r.severity });
    }
    return index.get(ruleId);
}
