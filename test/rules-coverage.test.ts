/**
 * Legal fidelity, checked: every rule's `quote` is the act's own text (found in the Kazakh
 * original after folding white space and quotation marks), and every rule has a fixture that
 * breaks it (the valid package is every rule's passing case).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listCases } from '../src/package/cases.js';
import { PACKS } from '../src/acts/index.js';

const ACTS = '../shared/acts';
const fold = (s: string) =>
  s
    .replace(/[«»“”„"]/g, '"')
    .replace(/[‘’']/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

for (const pack of PACKS) {
  describe(pack.id, () => {
    const file = join(ACTS, pack.act.source);
    it('names its act file', () => {
      expect(pack.act.source, 'act.source').toMatch(/^\d{3}_[0-9a-f]+\.txt$/);
      expect(existsSync(file), `${file}`).toBe(true);
    });
    if (!pack.act.source || !existsSync(file)) return;
    const act = fold(readFileSync(file, 'utf8'));
    it('quotes only the act\'s own words', () => {
      const missing = pack.rules.filter((r) => !act.includes(fold(r.quote))).map((r) => `${r.id}: «${r.quote.slice(0, 80)}»`);
      expect(missing).toEqual([]);
    });
    it('has a breaking fixture for every rule', () => {
      const broken = new Set<string>();
      for (const c of listCases(pack.id)) for (const e of c.findings) broken.add(e.ruleId);
      expect(pack.rules.map((r) => r.id).filter((id) => !broken.has(id))).toEqual([]);
    });
  });
}
