/** Cites as each language writes them, including the approving act's own clauses (`order cl. 5`), which engine findings cite. */
import { describe, expect, it } from 'vitest';
import { citesInText, clauseText } from '../../src/law/cite-text.js';

describe('clauseText', () => {
  it('writes a methodology clause, part and appendix in each language', () => {
    expect(clauseText('cl. 7 pt. 2', 'kk')).toBe('7-тармақтың 2-бөлігі');
    expect(clauseText('App. 4', 'ru')).toBe('прил. 4');
    expect(clauseText('cl. 27', 'en')).toBe('cl. 27');
  });
  it('writes a clause of the approving act itself, not the methodology\'s', () => {
    expect(clauseText('order cl. 5', 'kk')).toBe('бұйрықтың 5-тармағы');
    expect(clauseText('order cl. 5', 'ru')).toBe('п. 5 приказа');
    expect(clauseText('decision cl. 5', 'kk')).toBe('шешімнің 5-тармағы');
    expect(clauseText('instruction cl. 5', 'ru')).toBe('п. 5 распоряжения');
    expect(clauseText('order cl. 5', 'en')).toBe('order cl. 5');
  });
  it('writes a clause of a named decision (act 003) with «cl.» as with the older «p.»', () => {
    expect(clauseText('Decision No. 68 cl. 2', 'kk')).toBe('№ 68 шешім, 2-тармақ');
    expect(clauseText('Decision No. 68 p. 2', 'ru')).toBe('решение № 68, п. 2');
  });
});

describe('parts and sub-clauses', () => {
  // The packs write a part (бөлік, one printed paragraph) as `pt. M` and a sub-clause («M)», тармақша) as
  // `(M)`; test/acts/cites.test.ts proves each cite's quote is in that part or sub-clause of the act.
  it('names a part a part, not a sub-clause', () => {
    expect(clauseText('cl. 20 pt. 1', 'kk')).toBe('20-тармақтың 1-бөлігі');
    expect(clauseText('cl. 20 pt. 1', 'ru')).toBe('20 п. 1 ч.');
    expect(clauseText('cl. 7 pt. 3–4', 'kk')).toBe('7-тармақтың 3–4-бөліктері');
    expect(clauseText('cl. 20 pt. 1', 'en')).toBe('cl. 20 pt. 1');
  });
  it('names a sub-clause by the act\'s own mark «M)»', () => {
    expect(clauseText('cl. 3(7)', 'kk')).toBe('3-тармақтың 7) тармақшасы');
    expect(clauseText('cl. 3(7)', 'ru')).toBe('3 п. 7) подп.');
    expect(clauseText('cl. 24(1)–(3)', 'kk')).toBe('24-тармақтың 1)–3) тармақшалары');
    expect(clauseText('cl. 26 pt. 1(2)', 'kk')).toBe('26-тармақтың 1-бөлігінің 2) тармақшасы');
    expect(clauseText('cl. 26 pt. 1(2)', 'ru')).toBe('26 п. 1 ч. 2) подп.');
  });
  it('cites a list of clauses item by item when a sub-clause stands in it', () => {
    expect(clauseText('cl. 35, 18(2)', 'kk')).toBe('35-тармақ, 18-тармақтың 2) тармақшасы');
    expect(clauseText('cl. 40–41', 'kk')).toBe('40–41-тармақтар');
    expect(clauseText('cl. 40–41', 'ru')).toBe('40–41 пп.');
  });
  it('writes the cites inside a message the same way', () => {
    expect(citesInText('see cl. 26 pt. 1(2) and cl. 3(7)', 'kk')).toBe('see 26-тармақтың 1-бөлігінің 2) тармақшасы and 3-тармақтың 7) тармақшасы');
  });
});
