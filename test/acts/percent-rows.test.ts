/** A printed percent table read into rows (src/acts/percent-rows.ts): the numbers come from the printed cells only. */
import { describe, expect, it } from 'vitest';
import { percentRows } from '../../src/acts/percent-rows.js';

describe('percentRows', () => {
  it('reads «N және одан жоғары», «a-b», a maximum and a range, and repairs a damaged row with a note', () => {
    const rows = percentRows('t', [['100 және одан жоғары', '5'], ['95-99,99', '4,75-4,99'], ['90-94,49', '4,5-4,74'], ['0-89,99', '0-4,49']], 'range', 2);
    expect(rows.map((r) => [r.from, r.to, r.min, r.max])).toEqual([[100, undefined, 5, 5], [95, 99.99, 4.75, 4.99], [90, 94.49, 4.5, 4.74], [0, 89.99, 0, 4.49]]);
    expect(rows[2]).toMatchObject({ readTo: 94.99, damaged: { en: expect.stringMatching(/«90-94,49» is damaged/) } });
    expect(percentRows('t', [['95-99,99', '4,75']], 'max', 2)[0]).toMatchObject({ min: 0, max: 4.75 });
  });
  it('refuses a cell it cannot read, naming the table and row', () => {
    expect(() => percentRows('App. 9', [['95-99,99', '4,75-4,99'], ['90–94,99', '4,5']], 'range', 2)).toThrow(/App\. 9 row 2: «90–94,99»/);
    expect(() => percentRows('App. 9', [['95-99,99', '4,75-4,99']], 'max', 2)).toThrow(/App\. 9 row 1: «4,75-4,99» is not a maximum grade/);
    expect(() => percentRows('App. 9', [['95-99,99', 'бес']], 'range', 2)).toThrow(/App\. 9 row 1: «бес» is not a number/);
    expect(() => percentRows('App. 9', [['95-99,99']], 'range', 2)).toThrow(/App\. 9 row 1: a row is \[percent column, grade column\]/);
  });
});
