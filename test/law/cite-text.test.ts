/** Cites as each language writes them, including the approving act's own clauses (`order cl. 5`), which engine findings cite. */
import { describe, expect, it } from 'vitest';
import { clauseText } from '../../src/law/cite-text.js';

describe('clauseText', () => {
  it('writes a methodology clause, part and appendix in each language', () => {
    expect(clauseText('cl. 7 pt. 2', 'kk')).toBe('7-тармақтың 2-тармақшасы');
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
