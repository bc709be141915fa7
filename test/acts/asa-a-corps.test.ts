/** asa-a-corps against act 002's text: quotes, enums, schemas, fixtures; the App. 4/5 tables row by row; the percent lookup. */
import { describe, expect, it } from 'vitest';
import { pack } from '../../src/acts/asa-a-corps/index.js';
import { params } from '../../src/acts/asa-a-corps/params.js';
import { APP4_MAX, APP4_PRINTED, APP5_PRINTED, APP5_RANGE, MANDATORY_CATEGORY_1 } from '../../src/acts/asa-a-corps/catalogue.js';
import { lookupPercent } from '../../src/rules/percent-grade.js';
import { actText, normaliseText, packTextChecks } from './asa-b-model.checks.js';

describe('asa-a-corps against the text of act 002', () => {
  packTextChecks(pack);
  const text = actText(pack);

  it('every parameter quote is verbatim in the act', () => {
    const missing = Object.entries(params).filter(([, p]) => !text.includes(normaliseText(p.quote))).map(([k]) => k);
    expect(missing).toEqual([]);
  });

  it('the mandatory KPIs are printed in App. 1', () => {
    for (const m of MANDATORY_CATEGORY_1) expect(text).toContain(normaliseText(m));
  });

  /** The table's cells in print order: «95-99,99 4,75 90-94,99 4,5 …». */
  const printedSequence = (rows: typeof APP4_PRINTED) => rows.map(([p, , , g]) => `${p} ${g}`).join(' ');

  it('App. 4 is transcribed row by row as printed (including the damaged «40-44,49»)', () => {
    expect(APP4_PRINTED).toHaveLength(21);
    expect(text).toContain(printedSequence(APP4_PRINTED));
  });

  it('App. 5 is transcribed row by row as printed', () => {
    expect(APP5_PRINTED).toHaveLength(21);
    expect(text).toContain(printedSequence(APP5_PRINTED));
  });

  it('each printed row agrees with its numeric bounds', () => {
    for (const [printed, from, to] of APP4_PRINTED) {
      if (to === undefined) continue;
      expect(printed).toBe(`${from}-${String(to).replace('.', ',')}`);
    }
  });
});

describe('percent lookup in the App. 4 / App. 5 tables', () => {
  it('finds the row by printed bounds, truncating to two decimals', () => {
    expect(lookupPercent(APP4_MAX, 96.5, 2)?.row.max).toBe(4.75);
    expect(lookupPercent(APP4_MAX, 99.995, 2)?.row.max).toBe(4.75);
    expect(lookupPercent(APP4_MAX, 100, 2)?.row.max).toBe(5);
    expect(lookupPercent(APP4_MAX, 150, 2)?.row.max).toBe(5);
    expect(lookupPercent(APP4_MAX, 0, 2)?.row.max).toBe(0);
    expect(lookupPercent(APP5_RANGE, 72, 2)?.row).toMatchObject({ min: 3.5, max: 3.74 });
  });

  it('reads the damaged row 40-44,49 as 40-44,99 and says so', () => {
    expect(lookupPercent(APP5_RANGE, 44.49, 2)).toMatchObject({ repaired: false, row: { min: 2, max: 2.24 } });
    expect(lookupPercent(APP5_RANGE, 44.7, 2)).toMatchObject({ repaired: true, row: { min: 2, max: 2.24 } });
    expect(lookupPercent(APP5_RANGE, 45, 2)).toMatchObject({ repaired: false, row: { min: 2.25, max: 2.49 } });
  });
});
