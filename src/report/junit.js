/**
 * `--format junit`: JUnit XML for CI systems (GitLab, Jenkins, Azure): one test case per package
 * file, grouped by unit; a file fails when it has a finding at or above the `--fail-on` severity,
 * and the failure lists those findings. Lower findings go to the case's system-out.
 */
import { SEVERITY_RANK } from '../law/finding.js';
import { citeText, messageText, SEVERITY } from './i18n.js';
const esc = (s) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export function formatJunit(results, lang, failOn = 'error') {
    const cases = [];
    let failures = 0;
    for (const r of results) {
        const line = (f) => `${f.place ? `${f.place.line}:${f.place.column} ` : ''}${SEVERITY[lang][f.severity]} [${f.ruleId}] ${messageText(f, lang)}${f.cite ? ` — ${citeText(f.cite, lang)}` : ''}`;
        const failing = r.findings.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
        const rest = r.findings.filter((f) => SEVERITY_RANK[f.severity] < SEVERITY_RANK[failOn]);
        const classname = [r.servant?.body, r.servant?.unit].filter(Boolean).join(' / ') || r.methodology || 'bagalau';
        const name = r.servant?.fullName ? `${r.file} (${r.servant.fullName})` : r.file;
        let body = '';
        if (failing.length > 0) {
            failures++;
            body += `\n      <failure message="${esc(messageText(failing[0], lang))}" type="${esc(failing[0].ruleId)}">${esc(failing.map(line).join('\n'))}</failure>`;
        }
        if (rest.length > 0)
            body += `\n      <system-out>${esc(rest.map(line).join('\n'))}</system-out>`;
        cases.push(`    <testcase classname="${esc(classname)}" name="${esc(name)}" file="${esc(r.file)}">${body}${body ? '\n    ' : ''}</testcase>`);
    }
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="bagalau" tests="${results.length}" failures="${failures}" errors="0">`,
        `  <testsuite name="bagalau check" tests="${results.length}" failures="${failures}" errors="0" skipped="0">`,
        ...cases,
        '  </testsuite>',
        '</testsuites>',
        '',
    ].join('\n');
}
