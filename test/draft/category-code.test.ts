import { describe, expect, it } from 'vitest';
import { hasLookAlike, normaliseCategoryCode, scanCategoryCodes } from '../../src/law/category-code.js';

describe('normaliseCategoryCode', () => {
  it('leaves a canonical code alone', () => {
    for (const code of ['С-1', 'С-О-4', 'D-3', 'Е-R-2', 'Е-G-1', 'В-6', 'D-О-1']) {
      const n = normaliseCategoryCode(code);
      expect(n).toEqual({ code, changes: [], valid: true });
    }
  });
  it('maps Latin look-alikes to Cyrillic and says where (act 000 App. 4 «C - 1»)', () => {
    const n = normaliseCategoryCode('C - 1');
    expect(n.code).toBe('С-1');
    expect(n.changes).toEqual([
      { from: 'C', to: 'С', at: 0, kind: 'latin-to-cyrillic' },
      { from: ' ', to: '', at: 1, kind: 'space' },
      { from: ' ', to: '', at: 3, kind: 'space' },
    ]);
    expect(hasLookAlike(n)).toBe(true);
  });
  it('reads digit zero in the middle as the letter О (act 003 «C-0-4», «D-0-1»)', () => {
    expect(normaliseCategoryCode('C-0-4').code).toBe('С-О-4');
    const d = normaliseCategoryCode('D-0-1');
    expect(d.code).toBe('D-О-1');
    expect(d.changes).toEqual([{ from: '0', to: 'О', at: 2, kind: 'digit-zero' }]);
  });
  it('keeps a zero rank digit a digit (it is not a letter there)', () => {
    expect(normaliseCategoryCode('С-0').code).toBe('С-0');
    expect(normaliseCategoryCode('С-0').valid).toBe(false);
  });
  it('romanised V and Cyrillic Р (act 003 «V-1», «С-Р-1»)', () => {
    expect(normaliseCategoryCode('V-1').code).toBe('В-1');
    expect(normaliseCategoryCode('С-Р-1')).toEqual({
      code: 'С-R-1', changes: [{ from: 'Р', to: 'R', at: 2, kind: 'romanisation' }], valid: true,
    });
  });
  it('Latin E and O become Cyrillic; D, R, G stay Latin', () => {
    expect(normaliseCategoryCode('E-R-5').code).toBe('Е-R-5');
    expect(normaliseCategoryCode('D-O-6').code).toBe('D-О-6');
    expect(normaliseCategoryCode('E-G-4').code).toBe('Е-G-4');
  });
  it('en dash and lower case', () => {
    const n = normaliseCategoryCode('c–o–2');
    expect(n.code).toBe('С-О-2');
    expect(n.changes.map((c) => c.kind)).toEqual(['latin-to-cyrillic', 'dash', 'latin-to-cyrillic', 'dash']);
  });
  it('flags a shape that is not a code', () => {
    expect(normaliseCategoryCode('С-Х-1').valid).toBe(false);
    expect(normaliseCategoryCode('С-1-1').valid).toBe(false);
  });
});

describe('scanCategoryCodes', () => {
  it('finds codes in act 000 style cells with their index', () => {
    const text = 'С - 4 ; С - 5 ; C-0-5.';
    const found = scanCategoryCodes(text);
    expect(found.map((f) => [f.raw, f.index, f.code])).toEqual([
      ['С - 4', 0, 'С-4'], ['С - 5', 8, 'С-5'], ['C-0-5', 16, 'С-О-5'],
    ]);
    expect(found.map(hasLookAlike)).toEqual([false, false, true]);
  });
  it('does not take words, dates or clause numbers for codes', () => {
    expect(scanCategoryCodes('өзін-өзі 2018-2019 жж., 3-тармақ, В-1.5 кесте, АВ-1')).toEqual([]);
  });
});
