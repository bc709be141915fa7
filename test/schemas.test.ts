/**
 * The published JSON Schemas (schemas/<id>/*.schema.json) are generated from the packs, so the
 * TypeScript types and the schemas cannot drift: the files must equal a fresh generation, and
 * every schema compiles under ajv 2020-12 in strict mode.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PACKS } from '../src/acts/index.js';
import { DIALECT, schemaFiles } from '../src/acts/schema-files.js';
import { rulesTable, withRulesTable } from '../src/acts/format-doc.js';
import { newAjv } from '../src/check/schemas.js';

const files = schemaFiles();

describe('published schemas', () => {
  it('exist for every pack: the package envelope and one per form', () => {
    for (const pack of PACKS) {
      expect(files.has(`schemas/${pack.id}/package.schema.json`)).toBe(true);
      for (const key of Object.keys(pack.forms)) expect(files.has(`schemas/${pack.id}/${key}.schema.json`), `${pack.id}/${key}`).toBe(true);
    }
  });

  for (const [path, text] of files) {
    it(`${path} is current (run \`npm run schemas\`) and compiles strictly`, () => {
      expect(existsSync(path), `${path} is missing: run npm run schemas`).toBe(true);
      expect(readFileSync(path, 'utf8'), `${path} is stale: run npm run schemas`).toBe(text);
      if (!path.endsWith('.json')) return; // the format reference (docs/format/<id>.md)
      const schema = JSON.parse(text);
      expect(schema.$schema).toBe(DIALECT);
      expect(schema.$id).toMatch(/^https:\/\/bagalau\.kz\/schemas\/.+\.schema\.json$/);
      expect(() => newAjv().compile(schema)).not.toThrow();
    });
  }

  it('the per-rule table of every docs/acts-<id>.md is generated from its pack (run `npm run schemas`)', () => {
    for (const pack of PACKS) {
      const doc = readFileSync(`docs/acts-${pack.id}.md`, 'utf8');
      expect(doc, `docs/acts-${pack.id}.md is stale: run npm run schemas`).toBe(withRulesTable(doc, pack));
      for (const r of pack.rules) expect(rulesTable(pack), r.id).toContain(`| <a id="${r.id.slice(pack.id.length + 1)}"></a>\`${r.id.slice(pack.id.length + 1)}\` | `);
    }
  });

  it('every appendix that is a form has a schema', () => {
    for (const pack of PACKS) {
      const keys = new Set(Object.keys(pack.forms));
      for (const a of pack.appendices) if (a.formKey && a.present) expect(keys.has(a.formKey), `${pack.id} App. ${a.no}`).toBe(true);
    }
  });
});
