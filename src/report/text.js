import { audit } from './audit.js';
import { dayText } from '../law/day-text.js';
import { citeText, count, fieldText, messageText, SEVERITY, WORDS, wordingText } from './i18n.js';
import { summarise } from './summary.js';
export function formatText(results, lang) {
    return results.map((r) => formatTextEntry(r, lang)).join('') + formatTextTotals(summarise(results), lang);
}
export const overrideOf = (f) => f.facts?.['override'];
/** One file's block (streamed by the CLI as files are checked). */
export function formatTextEntry(r, lang) {
    const w = WORDS[lang];
    const lines = [];
    const who = r.servant?.fullName ? `${r.servant.fullName}${r.servant.unit ? `, ${r.servant.unit}` : ''}` : null;
    lines.push([r.file, r.methodology ?? null, r.wording ? wordingText(r.wording, lang) : null, who].filter(Boolean).join('  '));
    if (r.findings.length === 0)
        lines.push(`  ✓ ${w.ok}`);
    for (const f of r.findings) {
        const where = f.place ? `${f.place.line}:${f.place.column}` : '-';
        const file = f.file && f.file !== r.file ? `${f.file}:` : '';
        lines.push(`  ${file}${where}  ${SEVERITY[lang][f.severity]}  ${messageText(f, lang)}  [${f.ruleId}]`);
        const field = fieldText(f, lang);
        if (field !== undefined)
            lines.push(`      ${w.fieldWord}: ${field}`);
        if (f.cite)
            lines.push(`      ${citeText(f.cite, lang)}`);
        const skipped = f.facts?.['skipped'];
        if (Array.isArray(skipped) && skipped.length > 0) {
            const list = skipped
                .slice(0, 8)
                .map((d) => `${dayText(d.date, lang)}${d.reason ? ` ${d.reason[lang]}` : ''}`)
                .join('; ');
            lines.push(`      ${w.skipped}: ${list}${skipped.length > 8 ? ` (+${skipped.length - 8})` : ''}`);
        }
        const o = overrideOf(f);
        if (o)
            lines.push(`      ${w.override} (${o.source}): ${SEVERITY[lang][o.from]} → ${SEVERITY[lang][o.to]}`);
        if (f.note)
            lines.push(`      ${w.note}: ${f.note[lang]}`);
    }
    return lines.join('\n') + '\n';
}
export function formatTextTotals(s, lang) {
    const parts = [count(s.files, 'file', lang), count(s.errors, 'error', lang), count(s.warnings, 'warning', lang), count(s.infos, 'info', lang)];
    return `\n${WORDS[lang].total}: ${parts.join(', ')}\n`;
}
const width = (s) => [...s].length;
const pad = (s, n, right = false) => (right ? ' '.repeat(Math.max(0, n - width(s))) + s : s + ' '.repeat(Math.max(0, n - width(s))));
const cut = (s, n) => (width(s) <= n ? s : [...s].slice(0, n - 1).join('') + '…');
/** The auditor's summary: per body → per unit, then the most frequent rules with their clause. */
/** `titleOf`: a rule's title by its id (./rule-titles.ts), to name the rules broken most often; without it, their ids. */
export function formatTextSummary(results, lang, top = 10, titleOf) {
    const w = WORDS[lang];
    const a = audit(results);
    const nums = (t) => [t.files, t.clean, t.errors, t.warnings, t.overdue].map(String);
    const heads = [w.files, w.clean, w.errors, w.warnings, w.overdue];
    const rows = [];
    for (const b of a.bodies)
        for (const u of b.units)
            rows.push([u.unit ?? w.noUnit, ...nums(u)]);
    const nameWidth = Math.min(48, Math.max(width(w.unit), width(w.total), ...rows.map((r) => width(r[0]))));
    const cols = heads.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i + 1])), width(String(nums(a.total)[i]))));
    const line = (name, cells) => `  ${pad(cut(name, nameWidth), nameWidth)}  ${cells.map((c, i) => pad(c, cols[i], true)).join('  ')}`;
    const out = [];
    for (const b of a.bodies) {
        out.push(b.body ?? w.noBody);
        out.push(line(w.unit, heads));
        for (const u of b.units)
            out.push(line(u.unit ?? w.noUnit, nums(u)));
        if (b.units.length > 1)
            out.push(line(w.total, nums(b.total)));
        out.push('');
    }
    if (a.bodies.length > 1)
        out.push(line(w.total, nums(a.total)), '');
    if (a.rules.length > 0) {
        out.push(w.topRules);
        const shown = a.rules.slice(0, top);
        const cw = Math.max(...shown.map((r) => width(String(r.count))));
        // as a finding is printed: the rule's title in the reader's language, its id in brackets, the clause under it
        for (const r of shown) {
            const title = titleOf?.(r.ruleId)?.[lang];
            out.push(`  ${pad(String(r.count), cw, true)}  ${SEVERITY[lang][r.severity]}  ${title ? `${title}  [${r.ruleId}]` : r.ruleId}`);
            if (r.cite)
                out.push(`  ${' '.repeat(cw)}  ${citeText(r.cite, lang)}`);
        }
        out.push('');
    }
    out.push(`${w.total}: ${[count(a.total.files, 'file', lang), count(a.total.errors, 'error', lang), count(a.total.warnings, 'warning', lang), count(a.total.infos, 'info', lang)].join(', ')}`);
    return out.join('\n') + '\n';
}
