/**
 * `bagalau init <methodology>`: the skeleton holds every form of the methodology with every required field,
 * each under a comment with its label (and the form with its appendix and clause), so the user only writes
 * values: once a script puts a value of the field's type in every placeholder, the package passes its schema.
 * Without a required field, the same filling does not (the test can fail).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { packageSchema } from '../../src/acts/envelope.js';
import { PACKS } from '../../src/acts/index.js';
import { newAjv } from '../../src/check/schemas.js';
import { tempDir } from '../temp.js';

type Schema = { type?: string | string[]; const?: unknown; enum?: unknown[]; anyOf?: Schema[]; format?: string; minimum?: number; maximum?: number; properties?: Record<string, Schema>; items?: Schema; required?: string[]; title?: string; description?: string };

/** A value of the field's kind, as a user would write one: the first choice, a date, a number in range, a word. */
function sample(s: Schema): unknown {
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  if (s.anyOf) return sample(s.anyOf[0]!);
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  if (type === 'string') return s.format === 'date' ? '2026-02-16' : 'Мәтін';
  if (type === 'number' || type === 'integer') return s.minimum !== undefined && s.minimum > 1 ? s.minimum : s.maximum !== undefined && s.maximum < 1 ? s.maximum : 1;
  if (type === 'boolean') return true;
  return 'Мәтін';
}

/** Every placeholder (null or "") of the skeleton replaced, nothing added. */
function fill(v: unknown, s: Schema | undefined): unknown {
  if (!s) return v;
  if (Array.isArray(v)) return v.map((x) => fill(x, s.items));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fill(x, s.properties?.[k])]));
  return v === null || v === '' ? sample(s) : v;
}

const dir = tempDir('bagalau-init-');

const init = (id: string): { text: string; data: Record<string, unknown> } => {
  const out = join(dir, `${id}.yaml`);
  execFileSync('node', ['dist/src/cli/main.js', 'init', id, '-o', out]);
  const text = readFileSync(out, 'utf8');
  return { text, data: parseYaml(text) as Record<string, unknown> };
};

describe('bagalau init <methodology>', () => {
  for (const pack of PACKS) {
    it(`${pack.id}: every form with every required field, annotated; filled in, it passes the schema`, () => {
      const schema = packageSchema(pack) as Schema;
      const { text, data } = init(pack.id);
      const formKeys = Object.keys(schema.properties!['forms']!.properties ?? {});
      expect(formKeys.length).toBeGreaterThan(0);
      expect(Object.keys(data['forms'] as object).sort()).toEqual([...formKeys].sort());
      // the form's appendix and clause on the form, its label on every field to fill
      for (const a of pack.appendices.filter((x) => x.formKey && formKeys.includes(x.formKey))) {
        expect(text).toContain(`[${pack.id}, App. ${a.no}, ${a.clause}]`);
      }
      const lines = text.split('\n');
      lines.forEach((line, i) => {
        if (/^\s*(- )?[\w$]+: (""|null)$/.test(line)) expect(lines[i - 1], `line ${i + 1}: ${line}`).toMatch(/^\s*(- )?#/);
      });

      const validate = newAjv().compile(schema);
      const filled = fill(data, schema);
      expect(validate(filled) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`)).toEqual([]);

      // breaking case: a required field of a form taken out of the skeleton → the same filling fails
      const [key, form] = Object.entries(data['forms'] as Record<string, Record<string, unknown>>).find(([, f]) => Object.keys(f).length > 0)!;
      const field = (schema.properties!['forms']!.properties![key]!.required ?? [])[0]!;
      const broken = structuredClone(data) as { forms: Record<string, Record<string, unknown>> };
      expect(form).toHaveProperty(field);
      delete broken.forms[key]![field];
      expect(validate(fill(broken, schema))).toBe(false);
      expect(validate.errors!.some((e) => e.keyword === 'required' && e.params['missingProperty'] === field)).toBe(true);
    }, 60_000);
  }
});
