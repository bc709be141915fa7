/**
 * Checks shared by the tests of the 2018 corps "B" packs (mic-2018, almaty-maslikhat-2018,
 * kyzylorda-maslikhat-2018): every quote is in the act, schemas compile under ajv 2020 strict,
 * enum values are the act's words, the App. 4 catalogue is the act's text, every rule has a
 * breaking fixture. The act text is read from ../shared/acts/ (beside the clone in CI).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { listCases } from '../../src/package/cases.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsMod from 'ajv-formats';
import type { TSchema } from '@sinclair/typebox';
import type { Pack } from '../../src/acts/pack.js';
import { packageSchema, sessionSchema } from '../../src/acts/envelope.js';
import type { CompetencyCatalogue } from '../../src/rules/competency.js';
import { normaliseCategoryCode } from '../../src/law/category-code.js';

const addFormats = ((addFormatsMod as unknown as { default?: unknown }).default ?? addFormatsMod) as (a: Ajv2020) => Ajv2020;

/** Collapse whitespace, unify quotes and dashes, drop the HTML the published text carries. */
export const collapse = (s: string): string =>
  s
    .replace(/<[^>]+>/g, ' ')
    .replace(/[«»“”„"]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

/** No whitespace at all: for letter-spaced words («а л а д ы») and words wrapped inside a table cell. */
export const squash = (s: string): string => collapse(s).replace(/[\s•]/g, '');

export function actText(file: string): string {
  for (const base of ['../shared/acts', '/work/shared/acts']) {
    const p = join(base, file);
    if (existsSync(p)) return readFileSync(p, 'utf8');
  }
  throw new Error(`act file ${file} not found under ../shared/acts/`);
}

/**
 * Is an indicator in the act? Whole, or (page breaks and two-column wrapping cut cells) as at
 * most two pieces each long enough not to be found by chance.
 */
export function indicatorFound(actSquashed: string, text: string): boolean {
  const t = squash(text);
  if (actSquashed.includes(t)) return true;
  for (let i = 8; i <= t.length - 8; i++) {
    if (actSquashed.includes(t.slice(0, i)) && actSquashed.includes(t.slice(i))) return true;
  }
  // a last piece that is punctuation only
  const body = t.replace(/[.;,]+$/u, '');
  return body !== t && actSquashed.includes(body);
}

export function quotesOf(pack: Pack, params: Record<string, { quote: string }>): Array<[string, string]> {
  return [...pack.rules.map((r) => [r.id, r.quote] as [string, string]), ...Object.entries(params).map(([k, p]) => [`param ${k}`, p.quote] as [string, string])];
}

/** Every enum value of a schema, with where it is. */
export function enumsOf(schema: unknown, at = ''): Array<[string, string]> {
  if (!schema || typeof schema !== 'object') return [];
  const s = schema as Record<string, unknown>;
  const out: Array<[string, string]> = [];
  if (Array.isArray(s['enum'])) for (const v of s['enum']) if (typeof v === 'string') out.push([at, v]);
  for (const [k, v] of Object.entries(s)) if (v && typeof v === 'object') out.push(...enumsOf(v, `${at}/${k}`));
  return out;
}

export function commonPackTests(pack: Pack, params: Record<string, { quote: string }>, catalogue?: CompetencyCatalogue): void {
  const raw = actText(pack.act.source);
  const act = collapse(raw);
  const actSquashed = squash(raw);

  it('every rule and parameter quote is in the act text', () => {
    const missing = quotesOf(pack, params).filter(([, q]) => !act.includes(collapse(q)));
    expect(missing).toEqual([]);
  });

  it('rule ids are unique and carry the pack id', () => {
    const ids = pack.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(new RegExp(`^${pack.id}/[a-z0-9]+(-[a-z0-9]+)*$`));
  });

  it('form and package schemas compile under ajv 2020 strict', () => {
    const ajv = new Ajv2020({ strict: true, strictTypes: false, allowUnionTypes: true });
    addFormats(ajv);
    for (const [key, schema] of Object.entries(pack.forms)) expect(() => ajv.compile(schema as TSchema), key).not.toThrow();
    expect(() => ajv.compile(packageSchema(pack))).not.toThrow();
    const s = sessionSchema(pack);
    if (s) expect(() => ajv.compile(s)).not.toThrow();
  });

  it('enum values of the forms, sessions and absences are words of the act', () => {
    const values = [
      ...Object.entries(pack.forms).flatMap(([k, s]) => enumsOf(s, k)),
      ...(pack.session ? [...pack.session.decisions, ...pack.session.grades.map(String)].map((v) => ['session', v] as [string, string]) : []),
      ...pack.absenceKinds.map((v) => ['absence', v] as [string, string]),
    ];
    expect(values.length).toBeGreaterThan(0);
    const lower = act.toLowerCase();
    const lowerSquashed = actSquashed.toLowerCase();
    const missing = values.filter(([, v]) => !lower.includes(collapse(v).replace(/ \*$/, '').toLowerCase()) && !lowerSquashed.includes(squash(v).replace(/\*$/, '').toLowerCase()));
    expect(missing).toEqual([]);
  });

  it('every rule has a breaking fixture', () => {
    const broken = new Set<string>();
    for (const c of listCases(pack.id)) for (const x of c.findings) if (x.severity !== 'info') broken.add(x.ruleId);
    expect(pack.rules.map((r) => r.id).filter((id) => !broken.has(id))).toEqual([]);
  });

  if (!catalogue) return;

  it('every App. 4 indicator is the act\'s text', () => {
    const missing: string[] = [];
    for (const c of catalogue.competencies)
      for (const [g, cell] of Object.entries(c.cells))
        for (const t of [...cell.effective, ...cell.ineffective]) if (!indicatorFound(actSquashed, t)) missing.push(`${c.key} ${g}: ${t}`);
    expect(missing).toEqual([]);
  });

  it('the indicator test can fail: an invented indicator is not found', () => {
    expect(indicatorFound(actSquashed, 'Қызметкерлерге ай сайын торт әкеледі және кофе қайнатады;')).toBe(false);
  });

  it('every competency has a cell for every group, with 1–10 effective indicators (cl. 26)', () => {
    for (const c of catalogue.competencies) {
      expect(Object.keys(c.cells).sort(), c.key).toEqual(catalogue.groups.map((g) => g.id).sort());
      for (const cell of Object.values(c.cells)) {
        expect(cell.effective.length).toBeGreaterThan(0);
        expect(cell.effective.length).toBeLessThanOrEqual(10);
      }
    }
  });

  it('group codes are printed in the act and normalise to valid category codes', () => {
    for (const g of catalogue.groups) {
      expect(actSquashed.includes(squash(g.printed)), g.printed).toBe(true);
      for (const c of g.codes) {
        expect(normaliseCategoryCode(c.printed).valid, c.printed).toBe(true);
        expect(c.code).toBe(normaliseCategoryCode(c.printed).code);
        expect(squash(g.printed).includes(squash(c.printed)), `${c.printed} in ${g.id}`).toBe(true);
      }
    }
  });
}
