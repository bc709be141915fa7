/**
 * Issue 13, class 3: where a category code belongs to more than one group of a catalogue, the group
 * rests on the documented fact (`servant.managerial`), not on the position's words; and indicator texts
 * match after the act's own punctuation damage (stray brackets, quotes, spaces) is set aside. Every
 * instance is found from the catalogues as printed, not listed.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE as ALMATY } from '../../src/acts/almaty-maslikhat-2018/catalogue.js';
import { CATALOGUE as KYZYLORDA } from '../../src/acts/kyzylorda-maslikhat-2018/catalogue.js';
import { CATALOGUE as MIC } from '../../src/acts/mic-2018/catalogue.js';
import { chooseGroup, textKey, type CompetencyCatalogue } from '../../src/rules/competency.js';

const CATALOGUES: Record<string, CompetencyCatalogue> = { 'mic-2018': MIC, 'almaty-maslikhat-2018': ALMATY, 'kyzylorda-maslikhat-2018': KYZYLORDA };

for (const [id, cat] of Object.entries(CATALOGUES)) {
  describe(`${id}: catalogue groups and indicator texts`, () => {
    const codes = [...new Set(cat.groups.flatMap((g) => g.codes.map((c) => c.code)))];
    const split = codes.filter((code) => cat.groups.filter((g) => g.codes.some((c) => c.code === code)).length > 1);
    it('a code in several groups: a managerial post reads the group naming a head\'s post, any other the «*» group, whatever the position\'s words', () => {
      for (const code of split) {
        const head = cat.groups.find((g) => g.codes.some((c) => c.code === code && !c.except && (c.positions ?? []).length > 0));
        const others = cat.groups.find((g) => g.codes.some((c) => c.code === code && c.except));
        expect(head, `${code}: a group naming a head's post`).toBeDefined();
        expect(others, `${code}: a «*» group`).toBeDefined();
        // words that match neither annotation, and words that match the head's annotation
        for (const position of ['бөлімінің меңгерушісі', ...(head!.codes.find((c) => c.code === code)!.positions ?? [])]) {
          expect(chooseGroup(cat, code, position, true)).toMatchObject({ group: head, how: 'managerial' });
          expect(chooseGroup(cat, code, position, false)).toMatchObject({ group: others, how: 'not-managerial' });
        }
      }
      if (id === 'kyzylorda-maslikhat-2018') expect(split.length).toBe(9);
    });
    it('every indicator the act prints with unbalanced brackets, odd quotes or stray spaces matches when typed clean', () => {
      let damaged = 0;
      for (const comp of cat.competencies)
        for (const cell of Object.values(comp.cells))
          for (const t of [...cell.effective, ...cell.ineffective]) {
            const open = (t.match(/\(/g) ?? []).length;
            const close = (t.match(/\)/g) ?? []).length;
            const quotes = (t.match(/["«»“”]/g) ?? []).length;
            if (open === close && quotes % 2 === 0 && !/\s[;.,]|\s{2}/.test(t)) continue;
            damaged++;
            const clean = t.replace(/[()"«»“”]/g, '').replace(/\s+([;.,])/g, '$1').replace(/\s+/g, ' ').trim();
            expect(textKey(clean), t).toBe(textKey(t));
          }
      if (id === 'kyzylorda-maslikhat-2018') expect(damaged).toBeGreaterThan(0);
    });
    it('different indicators keep different keys', () => {
      for (const comp of cat.competencies)
        for (const cell of Object.values(comp.cells)) {
          const keys = cell.effective.map(textKey);
          expect(new Set(keys).size, comp.key).toBe(keys.length);
        }
    });
  });
}
