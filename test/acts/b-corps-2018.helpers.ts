/**
 * The App. 4 catalogue checks shared by the tests of the 2018 corps "B" packs (mic-2018,
 * almaty-maslikhat-2018, kyzylorda-maslikhat-2018): every indicator is the act's text, every
 * competency has a cell per group, the group codes are printed and read as valid codes. What every
 * pack must be (quotes, ids, enums, schemas, a breaking case per rule) is test/acts/invariants.test.ts.
 */
import { expect, it } from 'vitest';
import type { Pack } from '../../src/acts/pack.js';
import type { CompetencyCatalogue } from '../../src/rules/competency.js';
import { normaliseCategoryCode } from '../../src/law/category-code.js';
import { actOf, squash } from './act-text.js';

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

export function catalogueTests(pack: Pack, catalogue: CompetencyCatalogue): void {
  const actSquashed = actOf(pack).squashed;


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
