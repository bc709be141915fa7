/** kyzylorda-maslikhat-2018: App. 4 (2021 wording) alone, its 47 codes, the «*» split codes, no borrowed rules. */
import { describe, expect, it } from 'vitest';
import { pack } from '../../src/acts/kyzylorda-maslikhat-2018/index.js';
import { params as PARAMS } from '../../src/acts/kyzylorda-maslikhat-2018/params.js';
import { CATALOGUE } from '../../src/acts/kyzylorda-maslikhat-2018/catalogue.js';
import { chooseGroup } from '../../src/rules/competency.js';
import { catalogueTests } from './b-corps-2018.helpers.js';

describe('kyzylorda-maslikhat-2018 pack', () => {
  catalogueTests(pack, CATALOGUE);

  it('covers the 47 codes of the reading notes, 9 of them in two groups', () => {
    const all = CATALOGUE.groups.flatMap((g) => g.codes.map((c) => c.code));
    expect(new Set(all).size).toBe(47);
    expect(all.length - 47).toBe(9);
    for (const c of new Set(all)) expect(chooseGroup(CATALOGUE, c).group, c).toBeDefined();
  });

  it('split codes: the annotated position reads the first group, anyone else the «*» group', () => {
    expect(chooseGroup(CATALOGUE, 'B-4', 'сектор меңгерушісі').group?.id).toBe('G2');
    expect(chooseGroup(CATALOGUE, 'B-4', 'бас маман').group?.id).toBe('G3');
    expect(chooseGroup(CATALOGUE, 'D-3', 'Құрылымдық бөлімшенің басшысы').group?.id).toBe('G2');
    expect(chooseGroup(CATALOGUE, 'D-3', 'жетекші маман').how).toBe('exception');
    expect(chooseGroup(CATALOGUE, 'B-2', 'бас маман').group?.id).toBe('G2');
    expect(chooseGroup(CATALOGUE, 'C-0-4', 'бөлім басшысы').group?.id).toBe('G2');
    expect(chooseGroup(CATALOGUE, 'E-G-4').group?.id).toBe('G3');
  });

  it('the amended B-3 wording is the one in App. 4, the old one only in the amendment', () => {
    const g2 = CATALOGUE.groups.find((g) => g.id === 'G2');
    expect(g2?.printed).toContain(PARAMS.amendedB3.value.to);
    expect(g2?.printed).not.toContain(PARAMS.amendedB3.value.from);
  });

  it('borrows no rule: one catalogue rule, no grading, no session', () => {
    expect(pack.rules.map((r) => r.id)).toEqual(['kyzylorda-maslikhat-2018/indicators']);
    expect(pack.session).toBeUndefined();
    expect(pack.unchecked.length).toBeGreaterThan(0);
  });

  it('ineffective indicator texts are kept as printed, e.g. «болжамдайды» in ШЕШІМ ҚАБЫЛДАУ G2', () => {
    const cell = CATALOGUE.competencies.find((c) => c.key === 'decision-making')?.cells['G2'];
    expect(cell?.ineffective.some((t) => t.includes('болжамдайды'))).toBe(true);
  });
});
