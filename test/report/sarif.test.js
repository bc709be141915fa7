/**
 * SARIF as code-scanning tools read it: valid against the OASIS SARIF 2.1.0 schema (vendored in
 * fixtures/, see its README), rule metadata in the chosen language, ruleIndex, invocations, version.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findCase, samplesWithCases, writeCase } from '../../src/package/cases.js';
import { tempDir } from '../temp.js';
/** The samples with the package of every case (test/cases/), as a folder. */
const SAMPLES = samplesWithCases(tempDir('bagalau-samples-'));
import AjvDraft04Mod from 'ajv-draft-04';
import addFormatsMod from 'ajv-formats';
import { describe, expect, it } from 'vitest';
const CLI = 'dist/src/cli/main.js';
const run = (...args) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
const schema = JSON.parse(readFileSync('test/report/fixtures/sarif-2.1.0-rtm.5.json', 'utf8'));
const AjvDraft04 = (AjvDraft04Mod.default ?? AjvDraft04Mod);
const addFormats = (addFormatsMod.default ?? addFormatsMod);
// the schema's language pattern has a stray «]» that only non-unicode regular expressions accept
const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);
/** The table row of a Markdown page that carries `<a id="anchor">`, or undefined. */
const anchorRow = (md, anchor) => md.split('\n').find((l) => l.startsWith('|') && l.includes(`<a id="${anchor}"></a>`));
describe('SARIF', () => {
    it('the log of the mic-2018 samples is valid SARIF 2.1.0 with rule metadata in Russian', () => {
        const r = run('check', join(SAMPLES, 'mic-2018'), '--format', 'sarif', '--today', '2026-12-04', '--lang', 'ru');
        expect(r.status).toBe(1);
        const log = JSON.parse(r.stdout);
        const ok = validate(log);
        expect(ok ? [] : validate.errors).toEqual([]);
        const run0 = log.runs[0];
        expect(run0.tool.driver.version).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
        expect(run0.invocations[0]).toMatchObject({ executionSuccessful: true, exitCode: 1 });
        const rules = run0.tool.driver.rules;
        // every result points at its rule by index
        for (const res of run0.results)
            expect(rules[res.ruleIndex].id).toBe(res.ruleId);
        const fam = rules.find((x) => x.id === 'mic-2018/familiarisation');
        expect(fam.name).toBe('Familiarisation');
        expect(fam.shortDescription.text).toMatch(/[а-я]/);
        expect(fam.shortDescription.text).not.toMatch(/[әғқңөұүһі]/i);
        expect(fam.fullDescription.text).toContain('40 п.');
        expect(fam.fullDescription.text).toContain('«'); // the clause's Kazakh text, quoted
        expect(fam.defaultConfiguration.level).toBe('error');
        expect(fam.helpUri).toMatch(/^file:\/\/.*\/docs\/acts-mic-2018\.md#familiarisation$/);
    });
    it("every rule's helpUri, over all the samples, resolves to an anchor on the rule's row of docs/acts-<id>.md", () => {
        const r = run('check', SAMPLES, '--format', 'sarif', '--today', '2026-12-04', '--lang', 'en');
        const rules = JSON.parse(r.stdout).runs[0].tool.driver.rules;
        const packRules = rules.filter((x) => /^[a-z0-9-]+\/[a-z0-9-]+$/.test(x.id));
        expect(packRules.length).toBeGreaterThan(30);
        const unresolved = [];
        for (const rule of packRules) {
            if (!rule.helpUri) {
                unresolved.push(`${rule.id}: no helpUri`);
                continue;
            }
            const url = new URL(rule.helpUri);
            const anchor = decodeURIComponent(url.hash.slice(1));
            url.hash = '';
            const row = anchorRow(readFileSync(url, 'utf8'), anchor);
            if (!row || !row.includes(`\`${rule.id.split('/')[1]}\``))
                unresolved.push(`${rule.id}: ${rule.helpUri}`);
        }
        expect(unresolved).toEqual([]);
    });
    it("the HTML report links each rule id to the same anchored row", () => {
        const html = run('check', join(SAMPLES, 'mic-2018'), '--format', 'html', '--today', '2026-12-04', '--lang', 'ru').stdout;
        const hrefs = [...html.matchAll(/<a class="rule" href="([^"]+)"><code>([^<]+)<\/code><\/a>/g)];
        expect(hrefs.length).toBeGreaterThan(5);
        for (const [, href, id] of hrefs) {
            const url = new URL(href.replace(/&amp;/g, '&'));
            const anchor = decodeURIComponent(url.hash.slice(1));
            url.hash = '';
            expect(anchorRow(readFileSync(url, 'utf8'), anchor), id).toContain(`\`${id.split('/')[1]}\``);
        }
    });
    it('every rule of every pack has its anchored row, and a wrong anchor is not found (the check can fail)', async () => {
        const { PACKS } = await import('../../src/acts/index.js');
        const { ruleDoc } = await import('../../src/report/rule-info.js');
        for (const pack of PACKS)
            for (const rule of pack.rules) {
                const d = ruleDoc(rule.id);
                expect(anchorRow(readFileSync(d.file, 'utf8'), d.anchor), rule.id).toContain(`\`${d.anchor}\``);
            }
        expect(anchorRow(readFileSync('docs/acts-mic-2018.md', 'utf8'), 'no-such-rule')).toBeUndefined();
        expect(ruleDoc('schema')).toBeUndefined(); // an engine rule has no row
    });
    it('a broken log is caught by the schema check (the test can fail)', () => {
        const r = run('check', writeCase(findCase('mic-2018', 'familiarisation'), tempDir('bagalau-case-')), '--format', 'sarif', '--today', '2026-12-04');
        const log = JSON.parse(r.stdout);
        log.runs[0].results[0].level = 'fatal';
        expect(validate(log)).toBe(false);
        delete log.version;
        expect(validate(log)).toBe(false);
    });
});
