/**
 * Issue 13, class 6: `bagalau explain` answers for every ruleId the checker can emit. The ids are
 * collected, not listed: from every finding of every valid sample and case, and from every `ruleId`
 * literal on the engine's paths (src/check, src/package). Each is a pack rule or an engine rule with
 * its title and basis; the README lists every engine id.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../src/acts/index.js';
import { checkDocument } from '../../src/check/run.js';
import { createCalendar } from '../../src/law/calendar/index.js';
import { ENGINE_RULES } from '../../src/check/engine-rules.js';
import { packPackages } from '../../src/package/cases.js';
import { sessionLoader } from '../../src/package/load.js';

const calendar = createCalendar();
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));

const fromFixtures = new Set<string>();
for (const pack of PACKS)
  for (const p of packPackages(pack.id))
    for (const x of checkDocument(p.doc(), { today: '2026-11-22', calendar, loadSession: sessionLoader() }).findings) fromFixtures.add(x.ruleId);

const fromEngine = new Set<string>();
for (const f of [...files('src/check'), ...files('src/package')].filter((n) => n.endsWith('.ts')))
  for (const m of readFileSync(f, 'utf8').matchAll(/ruleId: '([a-z-]+)'/g)) fromEngine.add(m[1]!);

const packRules = new Set(PACKS.flatMap((p) => p.rules.map((r) => r.id)));

describe('explain knows every id the checker can emit', () => {
  it('collects ids from the cases and the engine paths', () => {
    expect(fromFixtures.size).toBeGreaterThan(150);
    for (const id of ['outside-validity', 'step-after-repeal', 'category-normalised', 'schema']) expect(fromFixtures.has(id) || fromEngine.has(id), id).toBe(true);
    expect(fromEngine.has('step-before-entry')).toBe(true);
  });
  it('every collected id is a pack rule or an engine rule', () => {
    const unknown = [...fromFixtures, ...fromEngine].filter((id) => !packRules.has(id) && !ENGINE_RULES[id]);
    expect(unknown).toEqual([]);
  });
  it('no engine rule is listed that the engine cannot emit', () => {
    expect(Object.keys(ENGINE_RULES).filter((id) => !fromEngine.has(id))).toEqual([]);
  });
  it('the README lists every engine id', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(Object.keys(ENGINE_RULES).filter((id) => !readme.includes(`\`${id}\``))).toEqual([]);
  });
  it.runIf(existsSync('dist/src/cli/main.js'))('the command prints each engine id with its basis', () => {
    for (const id of Object.keys(ENGINE_RULES)) {
      const out = JSON.parse(execFileSync('node', ['dist/src/cli/main.js', 'explain', id, '--format', 'json'], { encoding: 'utf8' }));
      expect(out).toMatchObject({ ruleId: id, title: ENGINE_RULES[id]!.title, basis: ENGINE_RULES[id]!.basis });
    }
  });
});
