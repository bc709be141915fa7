/**
 * SARIF as code-scanning tools read it: valid against the OASIS SARIF 2.1.0 schema (vendored in
 * fixtures/, see its README), rule metadata in the chosen language, ruleIndex, invocations, version.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import AjvDraft04Mod from 'ajv-draft-04';
import addFormatsMod from 'ajv-formats';
import { describe, expect, it } from 'vitest';

const CLI = 'dist/src/cli/main.js';
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
const schema = JSON.parse(readFileSync('test/report/fixtures/sarif-2.1.0-rtm.5.json', 'utf8'));
// CommonJS default exports, as src/check/schemas.ts takes them
type AjvLike = { compile: (s: unknown) => ((d: unknown) => boolean) & { errors?: unknown } };
const AjvDraft04 = ((AjvDraft04Mod as unknown as { default?: unknown }).default ?? AjvDraft04Mod) as new (o: object) => AjvLike;
const addFormats = ((addFormatsMod as unknown as { default?: unknown }).default ?? addFormatsMod) as (a: AjvLike) => AjvLike;
// the schema's language pattern has a stray «]» that only non-unicode regular expressions accept
const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

describe('SARIF', () => {
  it('the log of the mic-2018 samples is valid SARIF 2.1.0 with rule metadata in Russian', () => {
    const r = run('check', 'samples/mic-2018', '--format', 'sarif', '--today', '2026-12-04', '--lang', 'ru');
    expect(r.status).toBe(1);
    const log = JSON.parse(r.stdout);
    const ok = validate(log);
    expect(ok ? [] : validate.errors).toEqual([]);
    const run0 = log.runs[0];
    expect(run0.tool.driver.version).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    expect(run0.invocations[0]).toMatchObject({ executionSuccessful: true, exitCode: 1 });
    const rules = run0.tool.driver.rules as Array<{ id: string; name: string; shortDescription: { text: string }; fullDescription: { text: string }; helpUri?: string; defaultConfiguration: { level: string } }>;
    // every result points at its rule by index
    for (const res of run0.results) expect(rules[res.ruleIndex]!.id).toBe(res.ruleId);
    const fam = rules.find((x) => x.id === 'mic-2018/familiarisation')!;
    expect(fam.name).toBe('Familiarisation');
    expect(fam.shortDescription.text).toMatch(/[а-я]/);
    expect(fam.shortDescription.text).not.toMatch(/[әғқңөұүһі]/i);
    expect(fam.fullDescription.text).toContain('40 п.');
    expect(fam.fullDescription.text).toContain('«'); // the clause's Kazakh text, quoted
    expect(fam.defaultConfiguration.level).toBe('error');
    expect(fam.helpUri).toMatch(/^file:\/\/.*\/docs\/acts-mic-2018\.md#rules$/);
    expect(readFileSync(new URL(fam.helpUri!), 'utf8')).toContain('`familiarisation`');
  });

  it('a broken log is caught by the schema check (the test can fail)', () => {
    const r = run('check', 'samples/mic-2018/fixtures/familiarisation.yaml', '--format', 'sarif', '--today', '2026-12-04');
    const log = JSON.parse(r.stdout);
    log.runs[0].results[0].level = 'fatal';
    expect(validate(log)).toBe(false);
    delete log.version;
    expect(validate(log)).toBe(false);
  });
});
