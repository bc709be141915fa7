/**
 * Every sample runs: each methodology's valid packages (samples/<pack>/valid*.yaml) yield no error or
 * warning, and each case (test/cases/<pack>/*.yaml: a valid package, a change, the findings; see
 * docs/cases.md) yields exactly the error and warning findings it states, with the facts it states.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { PACKS } from '../src/acts/index.js';
import { checkDocument } from '../src/check/run.js';
import { createCalendar } from '../src/law/calendar/index.js';
import type { Finding } from '../src/law/finding.js';
import { applyChange, caseDoc, caseText, listCases, parseCase, validPackages, type Case, type ExpectedFinding } from '../src/package/cases.js';
import { loadFile, sessionLoader } from '../src/package/load.js';
import type { SourceDoc } from '../src/package/source-doc.js';
import { tempDir } from './temp.js';

const DEFAULT_TODAY = '2026-11-22';
const calendar = createCalendar();

const canon = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1))) : x));

const key = (f: { ruleId: string; severity: string; path?: string; cite?: string | { clause: string } }) =>
  `${f.severity} ${f.ruleId} ${f.path ?? '*'}${f.cite ? ` [${typeof f.cite === 'string' ? f.cite : f.cite.clause}]` : ''}`;

function check(doc: SourceDoc, c?: Pick<Case, 'today' | 'wording'>) {
  return checkDocument(doc, {
    today: c?.today ?? DEFAULT_TODAY,
    calendar,
    loadSession: sessionLoader(),
    ...(c?.wording ? { wordingDate: c.wording } : {}),
  });
}

/** The facts a case lists that the finding does not have, or has with another value. */
const factsDiffer = (e: ExpectedFinding, f: Finding): string[] =>
  Object.entries(e.facts ?? {})
    .filter(([k, v]) => canon(f.facts?.[k]) !== canon(v))
    .map(([k, v]) => `${k}: expected ${canon(v)}, found ${canon(f.facts?.[k])}`);

/**
 * Compare the error and warning findings as multisets; listed info findings must appear too; a stated
 * `cite` must be the finding's clause; the listed facts must be the finding's.
 */
function compare(actual: Finding[], expected: readonly ExpectedFinding[]) {
  const remaining = actual.filter((f) => f.severity !== 'info');
  const missing: string[] = [];
  for (const e of expected) {
    const pool = e.severity === 'info' ? actual.filter((f) => f.severity === 'info') : remaining;
    const same = (f: Finding) => f.ruleId === e.ruleId && f.severity === e.severity && (e.path === undefined || f.path === e.path) && (e.cite === undefined || f.cite?.clause === e.cite);
    const i = pool.findIndex((f) => same(f) && factsDiffer(e, f).length === 0);
    if (i < 0) {
      const near = pool.find(same);
      missing.push(near ? `${key(e)} — facts differ: ${factsDiffer(e, near).join('; ')}` : key(e));
    } else if (e.severity !== 'info') remaining.splice(i, 1);
  }
  return { missing, unexpected: remaining.map((f) => `${key(f)} — ${f.message.en}`) };
}

for (const pack of PACKS) {
  describe(`samples/${pack.id}`, () => {
    const valid = validPackages(pack.id);
    it('has a valid package', () => {
      expect(existsSync(join('samples', pack.id, 'valid.yaml')), `samples/${pack.id}/valid.yaml is missing`).toBe(true);
    });
    for (const file of valid)
      it(`${file} yields no error or warning`, () => {
        const r = check(loadFile(file));
        expect(r.methodology).toBe(pack.id);
        const { missing, unexpected } = compare(r.findings, []);
        expect(unexpected, 'unexpected findings').toEqual([]);
        expect(missing, 'missing findings').toEqual([]);
      });
    const cases = listCases(pack.id);
    it('has cases', () => expect(cases.length).toBeGreaterThan(0));
    for (const c of cases) {
      it(`case ${c.name}`, () => {
        expect(valid, `${c.file}: «from» must name one of the pack's valid packages`).toContain(c.from);
        const r = check(caseDoc(c), c);
        expect(r.methodology).toBe(pack.id);
        const { missing, unexpected } = compare(r.findings, c.findings);
        expect({ missing, unexpected }, c.description).toEqual({ missing: [], unexpected: [] });
      });
    }
  });
}

describe('the case format can fail', () => {
  const c = listCases('mic-2018').find((x) => x.name === 'appeal-late')!;
  it('the appeal case holds as written', () => {
    expect(compare(check(caseDoc(c), c).findings, c.findings)).toEqual({ missing: [], unexpected: [] });
  });
  it('a wrong fact is reported as such', () => {
    const wrong = c.findings.map((e) => ({ ...e, facts: { ...e.facts, workingDaysLate: 4 } }));
    expect(compare(check(caseDoc(c), c).findings, wrong).missing[0]).toMatch(/facts differ: workingDaysLate: expected 4, found 5/);
  });
  it('without its change the base yields none of the findings', () => {
    const r = compare(check(caseDoc({ ...c, change: [] }), c).findings, c.findings);
    expect(r.missing.length).toBe(c.findings.length);
  });
  it('a finding the case does not list is unexpected', () => {
    expect(compare(check(caseDoc(c), c).findings, []).unexpected.length).toBeGreaterThan(0);
  });
  it('the package keeps the base\'s layout and is headed by the case', () => {
    const text = caseText(c);
    expect(text.startsWith(`# Case ${c.file}: ${c.description}`)).toBe(true);
    expect(text).toContain('type: appeal-filed');
  });
  it('the change steps run in order: set, add, remove; a step that misses says where', () => {
    const doc = parseDocument('a: { b: 1 }\nl: [x, y]\n');
    applyChange(doc, [{ set: '/a/c', to: 2 }, { add: '/l/1', item: 'z' }, { add: '/l/-', item: 'w' }, { remove: '/l/0' }, { remove: '/a/b' }]);
    expect(doc.toJS()).toEqual({ a: { c: 2 }, l: ['z', 'y', 'w'] });
    expect(() => applyChange(doc, [{ remove: '/l/7' }], 'x.yaml')).toThrow(/x\.yaml, step 1: «\/l\/7»: no item 7 in a list of 3/);
    expect(() => applyChange(doc, [{ set: '/q/r', to: 1 }], 'x.yaml')).toThrow(/no map or list at q/);
    expect(() => applyChange(doc, [{ remove: '/a/zz' }], 'x.yaml')).toThrow(/no such field/);
  });
  it('a case file of the wrong shape is refused with its name', () => {
    expect(() => parseCase('description: x\nfrom: samples/mic-2018/valid.yaml\nchange: []\nfindings: []\n', 'test/cases/mic-2018/x.yaml')).toThrow(/x\.yaml: «findings» must list at least one finding/);
    expect(() => parseCase('description: x\nfrom: samples/mic-2018/valid.yaml\nchange: [{ put: /a }]\nfindings: [{ ruleId: r, severity: error }]\n', 'x.yaml')).toThrow(/change 1: one of/);
    expect(() => parseCase('description: x\nfromm: y\n', 'x.yaml')).toThrow(/unknown key «fromm»/);
  });
  it('a case read from a file gives the same package as the case in hand', () => {
    const dir = tempDir('bagalau-case-');
    const f = join(dir, 'c.yaml');
    writeFileSync(f, `description: d\nfrom: ${c.from}\nchange:\n  - add: /events/4\n    item: { type: appeal-filed, date: 2026-02-10 }\nfindings: [{ ruleId: r, severity: error }]\n`);
    const again = parseCase(readFileSync(f, 'utf8'), f);
    expect(caseDoc(again).data).toEqual(caseDoc(c).data);
  });
});
