/** mic-2018: the pack is the act's text, and its competency rule reads App. 4 as cl. 27 says. */
import { describe, expect, it } from 'vitest';
import { pack } from '../../src/acts/mic-2018/index.js';
import { params as PARAMS } from '../../src/acts/mic-2018/params.js';
import { CATALOGUE } from '../../src/acts/mic-2018/catalogue.js';
import { chooseGroup } from '../../src/rules/competency.js';
import { catalogueTests } from './b-corps-2018.helpers.js';

describe('mic-2018 pack', () => {
  catalogueTests(pack, CATALOGUE);

  it('groups: С-1 and С-О-1 (printed «С-0-1») read G1, С-О-4 G2, С-5 G3; С-R-1 has none', () => {
    expect(chooseGroup(CATALOGUE, 'С-1').group?.id).toBe('G1');
    expect(chooseGroup(CATALOGUE, 'C-0-1').group?.id).toBe('G1');
    expect(chooseGroup(CATALOGUE, 'С-О-4').group?.id).toBe('G2');
    expect(chooseGroup(CATALOGUE, 'C-5').group?.id).toBe('G3');
    expect(chooseGroup(CATALOGUE, 'С-R-1').how).toBe('none');
  });

  it('the eleven App. 3 rows map to the eleven App. 4 competencies', () => {
    const sheet = new Set(CATALOGUE.competencies.map((c) => c.sheetName));
    expect([...sheet].sort()).toEqual([...PARAMS.competencyRows.value].sort());
  });

  it('App. 4 counts as the reading notes give them (АДАЛДЫҚ G1 6, ШЕШІМ ҚАБЫЛДАУ G1 5, СТРЕССКЕ G3 1)', () => {
    const eff = (key: string, g: string) => CATALOGUE.competencies.find((c) => c.key === key)?.cells[g]?.effective.length;
    expect(eff('integrity', 'G1')).toBe(6);
    expect(eff('decision-making', 'G1')).toBe(5);
    expect(eff('stress-resistance', 'G3')).toBe(1);
  });

  it('lists Appendix 2 as referenced but absent', () => {
    expect(pack.appendices.find((a) => a.no === 2)?.present).toBe(false);
  });
});
