/**
 * The titles of the rules a batch's findings name, for the text summary: the engine's own rules and those of the
 * packs the findings come from, each pack loaded through the registry if it is not yet (with `--jobs`, the packs were
 * loaded in the worker threads, not here). Unlike ./rule-info.ts, which indexes every pack for SARIF and HTML, this
 * loads no pack the batch did not meet, so a summary of one methodology's files costs one pack.
 */
import { loadPack } from '../acts/registry.js';
import { ENGINE_RULES } from '../check/engine-rules.js';
export async function ruleTitles(ruleIds) {
    const methodologies = new Set();
    for (const id of ruleIds) {
        const slash = id.indexOf('/');
        if (slash > 0)
            methodologies.add(id.slice(0, slash));
    }
    const packs = await Promise.all([...methodologies].map((m) => loadPack(m)));
    const titles = new Map();
    for (const p of packs)
        for (const r of p?.rules ?? [])
            titles.set(r.id, r.title);
    return (ruleId) => ENGINE_RULES[ruleId]?.title ?? titles.get(ruleId);
}
