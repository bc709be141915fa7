/**
 * Checks every methodology pack of act 002 must pass against the act's text (shared by the
 * asa-b-model and asa-a-corps tests): every quote is in the act, every enum value is the act's
 * word, the schemas compile under ajv 2020 strict, rule ids are unique, every rule has a fixture.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsMod from 'ajv-formats';
import { expect, it } from 'vitest';
import { listCases } from '../../src/package/cases.js';
import { packageSchema, sessionSchema } from '../../src/acts/envelope.js';
import type { Pack } from '../../src/acts/pack.js';

const addFormats = ((addFormatsMod as unknown as { default?: unknown }).default ?? addFormatsMod) as (a: Ajv2020) => Ajv2020;

/** Collapse whitespace and unify quotes and dashes, so a quote matches across the text's line breaks. */
export const normaliseText = (s: string): string =>
  s
    .replace(/[«»“”„"]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

export const actText = (pack: Pack): string => normaliseText(readFileSync(join('..', 'shared', 'acts', pack.act.source), 'utf8'));

/** Every string of every `enum` in a schema tree. */
export function enumValues(schema: unknown, out: string[] = []): string[] {
  if (Array.isArray(schema)) schema.forEach((s) => enumValues(s, out));
  else if (schema && typeof schema === 'object') {
    for (const [k, v] of Object.entries(schema)) {
      if (k === 'enum' && Array.isArray(v)) out.push(...v.filter((x): x is string => typeof x === 'string'));
      else enumValues(v, out);
    }
  }
  return out;
}

export function packTextChecks(pack: Pack, opts: { enumsNotInText?: readonly string[] } = {}): void {
  const text = actText(pack);
  const lower = text.toLowerCase();

  it('every rule quote is verbatim in the act', () => {
    const missing = pack.rules.filter((r) => !text.includes(normaliseText(r.quote))).map((r) => r.id);
    expect(missing).toEqual([]);
  });

  it('rule ids are unique and prefixed with the pack id', () => {
    const ids = pack.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !id.startsWith(`${pack.id}/`) || !/^[a-z0-9-]+\/[a-z0-9-]+$/.test(id))).toEqual([]);
  });

  it('the schemas compile under ajv 2020 strict', () => {
    const ajv = new Ajv2020({ strict: true, strictTypes: false, allErrors: true });
    addFormats(ajv);
    for (const [key, schema] of Object.entries(pack.forms)) expect(() => ajv.compile(schema), key).not.toThrow();
    expect(() => ajv.compile(packageSchema(pack))).not.toThrow();
    const s = sessionSchema(pack);
    if (s) expect(() => ajv.compile(s)).not.toThrow();
  });

  it('every enum value of the forms, the session and the servant is a word of the act', () => {
    const values = [
      ...enumValues(pack.forms),
      ...enumValues(pack.servantExtra ?? {}),
      ...pack.absenceKinds,
      ...(pack.session ? [...pack.session.kinds, ...pack.session.decisions, ...pack.session.grades.filter((g): g is string => typeof g === 'string')] : []),
    ];
    expect(values.length).toBeGreaterThan(0);
    const allowed = new Set(opts.enumsNotInText ?? []);
    const missing = [...new Set(values)].filter((v) => !allowed.has(v) && !lower.includes(normaliseText(v).toLowerCase()));
    expect(missing).toEqual([]);
  });

  it('every rule has a breaking fixture, and every fixture names rules of this pack', () => {
    const named = new Set<string>();
    for (const c of listCases(pack.id)) for (const x of c.findings) if (x.severity !== 'info') named.add(x.ruleId);
    const ids = new Set(pack.rules.map((r) => r.id));
    expect(pack.rules.map((r) => r.id).filter((id) => !named.has(id))).toEqual([]);
    expect([...named].filter((id) => id.startsWith(`${pack.id}/`) && !ids.has(id))).toEqual([]);
  });

  it('every appendix with a form key has a schema, and the pending amendment names provisions', () => {
    for (const a of pack.appendices) if (a.formKey) expect(pack.forms[a.formKey], a.formKey).toBeDefined();
    for (const p of pack.pending) expect(p.provisions.length).toBeGreaterThan(0);
    expect(pack.wordings.length).toBeGreaterThan(0);
  });
}
