/**
 * A category code read in another form is told in words a reader can check: «c – 0 4» read as «С-О-4» says which
 * letter was Latin, which was a digit, that a dash was an en dash and spaces were removed. The bare «C→С» it said
 * before showed two letters that look the same, and a removed space printed as « →».
 */
import { describe, expect, it } from 'vitest';
import { changeWords } from '../../src/check/category.js';
import { normaliseCategoryCode } from '../../src/law/category-code.js';

describe('a category code\'s changes in words', () => {
  it('a lower-case Latin letter, digit zero, en dash and spaces', () => {
    const n = normaliseCategoryCode('c – 0 - 4');
    expect(n.code).toBe('С-О-4');
    expect(changeWords(n.changes)).toEqual({
      kk: 'латынның «c» әрпі кириллицаның «С» әрпі болып оқылды; бос орын алынды (×4); «–» сызықшасы «-» болып оқылды; «0» цифры «О» әрпі болып оқылды',
      ru: 'латинская «c» прочитана как кириллическая «С»; убран пробел (×4); «–» прочитано как дефис «-»; цифра «0» прочитана как буква «О»',
      en: 'Latin «c» read as Cyrillic «С»; a space removed (×4); «–» read as the hyphen «-»; the digit «0» read as the letter «О»',
    });
  });
  it('a lower-case letter of the right script', () => {
    expect(changeWords(normaliseCategoryCode('d-4').changes).ru).toBe('строчная «d» прочитана как заглавная «D»');
  });
  it('the scripts are named: Latin «C» for Cyrillic «С», Latin «V» for Cyrillic «В», Cyrillic «Р» for Latin «R»', () => {
    expect(changeWords(normaliseCategoryCode('C-4').changes).ru).toBe('латинская «C» прочитана как кириллическая «С»');
    expect(changeWords(normaliseCategoryCode('V-1').changes).en).toBe('Latin «V» read as Cyrillic «В»');
    expect(changeWords(normaliseCategoryCode('D-Р-2').changes).kk).toBe('кириллицаның «Р» әрпі латынның «R» әрпі болып оқылды');
  });
});
