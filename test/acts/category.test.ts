/**
 * Issue 13, class 5: the category-code normaliser rewrites only values shaped like a code, in every
 * pack, and reports each reading with one severity (info). Free text — e.g. a corps "А" servant's
 * «"А" корпусы» — is never rewritten.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../src/acts/index.js';
import { checkDocument } from '../../src/check/run.js';
import { createCalendar } from '../../src/law/calendar/index.js';
import { looksLikeCategoryCode } from '../../src/law/category-code.js';
import { ENGINE_RULES } from '../../src/check/engine-rules.js';
import { loadFile, sessionLoader } from '../../src/package/load.js';
import { packageSchema } from '../../src/acts/envelope.js';

const calendar = createCalendar();

function withCategory(pack: (typeof PACKS)[number], category: string) {
  const doc = loadFile(join('samples', pack.id, 'valid.yaml'));
  ((doc.data as { servant: { category: string } }).servant).category = category;
  return checkDocument(doc, { today: '2026-11-22', calendar, loadSession: sessionLoader() });
}

describe('code-shaped values only', () => {
  it('recognises codes as the acts print them and refuses free text', () => {
    for (const code of ['С-4', 'C-0-4', 'c - 0 - 4', 'D-O-3', 'V-1', 'Е–R–2', 'А-3', 'С-О-1']) expect(looksLikeCategoryCode(code), code).toBe(true);
    for (const text of ['"А" корпусы', '«А» корпусы', 'бас маман', '1-санат', 'С-4 және С-5', '', 'С44', 'С-', '4']) expect(looksLikeCategoryCode(text), text).toBe(false);
  });
});

for (const pack of PACKS) {
  describe(`${pack.id}: category normalisation`, () => {
    it('leaves free text as written (no finding rewrites it)', () => {
      const r = withCategory(pack, '"А" корпусы');
      expect(r.findings.filter((f) => f.ruleId === 'category-normalised')).toEqual([]);
      expect(JSON.stringify(r.findings)).not.toContain('кОРпуСы');
    });
    // A pack whose act gives `servant.category` its own closed list (corps "А": cl. 7's «1-санат» / «2-санат»)
    // takes no code at all: a code or free text there is a schema error, and nothing is normalised.
    const categorySchema = (packageSchema(pack).properties['servant'] as unknown as { properties: Record<string, { enum?: string[] }> }).properties['category']!;
    if (categorySchema.enum) {
      it('takes only the act\'s categories: a position-category code is a schema error, not normalised', () => {
        // Each of the act's values passes the schema (the other category then meets that category's rules).
        for (const value of categorySchema.enum!) expect(withCategory(pack, value).findings.filter((f) => f.ruleId === 'schema'), value).toEqual([]);
        for (const value of ['А-3', 'A-3', '"А" корпусы', '1 санат']) {
          const f = withCategory(pack, value).findings;
          expect(f.filter((x) => x.ruleId === 'category-normalised'), value).toEqual([]);
          expect(f.filter((x) => x.ruleId === 'schema').map((x) => x.path), value).toEqual(['/servant/category']);
        }
      });
      return;
    }
    it('reads a look-alike code with a digit zero as the code, reported as info (one severity)', () => {
      const valid = (loadFile(join('samples', pack.id, 'valid.yaml')).data as { servant: { category: string } }).servant.category;
      // The same code typed with Latin look-alikes, spaces around the dashes and, where it has a middle О, a digit zero.
      const typed = valid.replace(/С/g, 'C').replace(/В/g, 'B').replace(/-О-/g, '-0-').replace(/-/g, ' - ');
      const f = withCategory(pack, typed).findings.filter((x) => x.ruleId === 'category-normalised');
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({ severity: ENGINE_RULES['category-normalised']!.severity, facts: { normalised: valid } });
      expect(f[0]!.severity).toBe('info');
    });
  });
}

describe('a code typed without its last hyphen, and a code that is no category', () => {
  const pack = PACKS.find((p) => p.id === 'asa-b-model')!;
  it('«С-О3» (the hyphen before the number left out, as staff lists type it) reads as «С-О-3», said as info, and the rules go by it', () => {
    expect(looksLikeCategoryCode('С-О3')).toBe(true);
    expect(looksLikeCategoryCode('Е-R3')).toBe(true);
    const r = withCategory(pack, 'С-О3');
    const f = r.findings.filter((x) => x.ruleId === 'category-normalised');
    expect(f).toHaveLength(1);
    expect(f[0]!.facts).toMatchObject({ found: 'С-О3', normalised: 'С-О-3', valid: true });
    expect(f[0]!.message.ru).toBe('Код категории «С-О3» прочитан как «С-О-3» (перед номером категории добавлен дефис)');
    // the sample's own code: the same findings as the valid package, besides the reading
    expect(r.findings.filter((x) => x.severity !== 'info')).toEqual([]);
    expect(r.findings.some((x) => x.ruleId === 'category-unknown')).toBe(false);
  });
  it('«С4», «c 4» (a series letter and its number with no hyphen at all) read as «С-4»; «Q4» is no category', () => {
    expect(looksLikeCategoryCode('С4')).toBe(true);
    const pack = PACKS.find((p) => p.id === 'mic-2018')!;
    for (const typed of ['С4', 'C4', 'c 4']) {
      const r = withCategory(pack, typed);
      const f = r.findings.filter((x) => x.ruleId === 'category-normalised');
      expect(f, typed).toHaveLength(1);
      expect(f[0]!.facts, typed).toMatchObject({ found: typed, normalised: 'С-4', valid: true });
      // the sample's own code is С-4: read so, the rules find nothing else
      expect(r.findings.filter((x) => x.severity !== 'info'), typed).toEqual([]);
    }
    expect(withCategory(pack, 'С4').findings.find((x) => x.ruleId === 'category-normalised')!.message.ru).toBe('Код категории «С4» прочитан как «С-4» (перед номером категории добавлен дефис)');
    expect(withCategory(pack, 'Q4').findings.filter((x) => x.ruleId === 'category-unknown')).toHaveLength(1);
  });
  it('«Q-3» or «С-Х-3» is no category even read: a warning at the field, citing where the act prints the codes; a real code gets none', () => {
    for (const bad of ['Q-3', 'С-Х-3']) {
      const f = withCategory(pack, bad).findings.filter((x) => x.ruleId === 'category-unknown');
      expect(f, bad).toHaveLength(1);
      expect(f[0]).toMatchObject({ severity: 'warning', path: '/servant/category', cite: { act: 'asa-b-model', clause: pack.categoryCodes!.clause } });
      expect(f[0]!.message.ru).toMatch(new RegExp(`^Код категории «${bad}» не совпадает ни с одной категорией \\(серия А, В, С, D, Е, подсерия О, R, G`));
    }
    expect(withCategory(pack, 'С-О-3').findings.some((x) => x.ruleId === 'category-unknown')).toBe(false);
    expect(withCategory(pack, '"А" корпусы').findings.some((x) => x.ruleId === 'category-unknown')).toBe(false); // free text is not a code
  });
});
