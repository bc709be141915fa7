/**
 * Every sample runs: each methodology's valid package yields no error or warning, and each
 * fixture yields exactly the findings its `.expect.yaml` states (a lawyer adds a case by
 * writing two files).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PACKS } from '../src/acts/index.js';
import { checkDocument } from '../src/check/run.js';
import { createCalendar } from '../src/law/calendar/index.js';
import type { Finding } from '../src/law/finding.js';
import { loadFile, sessionLoader } from '../src/package/load.js';

const DEFAULT_TODAY = '2026-11-22';
const calendar = createCalendar();

interface Expectation {
  description?: string;
  today?: string;
  wording?: string;
  findings?: Array<{ ruleId: string; severity: Finding['severity']; path?: string; cite?: string }>;
}

const key = (f: { ruleId: string; severity: string; path?: string; cite?: string | { clause: string } }) =>
  `${f.severity} ${f.ruleId} ${f.path ?? '*'}${f.cite ? ` [${typeof f.cite === 'string' ? f.cite : f.cite.clause}]` : ''}`;

function check(file: string, exp: Expectation) {
  return checkDocument(loadFile(file), {
    today: exp.today ?? DEFAULT_TODAY,
    calendar,
    loadSession: sessionLoader(),
    ...(exp.wording ? { wordingDate: exp.wording } : {}),
  });
}

/** Compare the error and warning findings as multisets; listed info findings must appear too; a stated `cite` must be the finding's clause. */
function compare(actual: Finding[], expected: NonNullable<Expectation['findings']>) {
  const remaining = actual.filter((f) => f.severity !== 'info');
  const missing: string[] = [];
  for (const e of expected) {
    const pool = e.severity === 'info' ? actual.filter((f) => f.severity === 'info') : remaining;
    const i = pool.findIndex((f) => f.ruleId === e.ruleId && f.severity === e.severity && (e.path === undefined || f.path === e.path) && (e.cite === undefined || f.cite?.clause === e.cite));
    if (i < 0) missing.push(key(e));
    else if (e.severity !== 'info') remaining.splice(i, 1);
  }
  return { missing, unexpected: remaining.map((f) => `${key(f)} — ${f.message.en}`) };
}

const root = 'samples';
for (const pack of PACKS) {
  const dir = join(root, pack.id);
  describe(`samples/${pack.id}`, () => {
    it('has a valid package that yields no error or warning', () => {
      const file = join(dir, 'valid.yaml');
      expect(existsSync(file), `${file} is missing`).toBe(true);
      const exp: Expectation = existsSync(join(dir, 'valid.expect.yaml')) ? parse(readFileSync(join(dir, 'valid.expect.yaml'), 'utf8')) : {};
      const r = check(file, exp);
      expect(r.methodology).toBe(pack.id);
      const { missing, unexpected } = compare(r.findings, exp.findings ?? []);
      expect(unexpected, 'unexpected findings').toEqual([]);
      expect(missing, 'missing findings').toEqual([]);
    });
    const fixtures = join(dir, 'fixtures');
    const cases = existsSync(fixtures) ? readdirSync(fixtures).filter((f) => /\.(ya?ml|json)$/.test(f) && !/\.expect\.ya?ml$/.test(f)).sort() : [];
    for (const name of cases) {
      it(`fixture ${name}`, () => {
        const base = name.replace(/\.(ya?ml|json)$/, '');
        const expFile = join(fixtures, `${base}.expect.yaml`);
        expect(existsSync(expFile), `${expFile} is missing: every fixture states its findings`).toBe(true);
        const exp = parse(readFileSync(expFile, 'utf8')) as Expectation;
        expect(exp.findings?.length ?? 0, `${expFile} lists no finding`).toBeGreaterThan(0);
        const r = check(join(fixtures, name), exp);
        const { missing, unexpected } = compare(r.findings, exp.findings ?? []);
        expect({ missing, unexpected }, exp.description ?? name).toEqual({ missing: [], unexpected: [] });
      });
    }
  });
}
