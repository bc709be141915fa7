/** almaty-maslikhat-2018: the pack is act 001's text; App. 4 covers D-1, D-3 and D-4 only; App. 5 is missing. */
import { describe, expect, it } from 'vitest';
import { pack } from '../../src/acts/almaty-maslikhat-2018/index.js';
import { CATALOGUE } from '../../src/acts/almaty-maslikhat-2018/catalogue.js';
import { chooseGroup } from '../../src/rules/competency.js';
import { catalogueTests } from './b-corps-2018.helpers.js';

describe('almaty-maslikhat-2018 pack', () => {
  catalogueTests(pack, CATALOGUE);

  it('groups: D-1, D-3, D-4 (Cyrillic-typed «D» is not a look-alike: D has no twin); D-2 has none', () => {
    expect(chooseGroup(CATALOGUE, 'D-1').group?.id).toBe('D-1');
    expect(chooseGroup(CATALOGUE, 'D - 3').group?.id).toBe('D-3');
    expect(chooseGroup(CATALOGUE, 'D-4').group?.id).toBe('D-4');
    expect(chooseGroup(CATALOGUE, 'D-2').how).toBe('none');
  });

  it('the duplicated ҚЫЗМЕТТІК БАСҚАРУ D-3 indicator is counted once (4 effective)', () => {
    expect(CATALOGUE.competencies.find((c) => c.key === 'management')?.cells['D-3']?.effective.length).toBe(4);
  });

  it('lists Appendix 5 as referenced but absent and leaves out its signature rule', () => {
    expect(pack.appendices.find((a) => a.no === 5)?.present).toBe(false);
    expect(pack.rules.some((r) => r.id.endsWith('/protocol-signatures'))).toBe(false);
  });

  it('is repealed: validity ends in 2022', () => {
    expect(pack.validity.to).toBe('2022-09-22');
  });
});
