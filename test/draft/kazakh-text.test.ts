/** Numbers in words, ranges, bands and the Kazakh reference forms the rules rest on. */
import { describe, expect, it } from 'vitest';
import { bandProblems, cellRange, quantities, textRanges } from '../../src/draft/kazakh-text.js';
import { findReferences } from '../../src/draft/references.js';

const q = (s: string): Array<[number, string, boolean]> => quantities(s).map((x) => [x.value, x.unit, x.ordinal]);

describe('quantities', () => {
  it('digits and words with their unit', () => {
    expect(q('10 жұмыс күні ішінде')).toEqual([[10, 'working-day', false]]);
    expect(q('бес жұмыс күні ішінде')).toEqual([[5, 'working-day', false]]);
    expect(q('кемінде он бес жұмыс күнін')).toEqual([[15, 'working-day', false]]);
    expect(q('үш жыл ішінде')).toEqual([[3, 'year', false]]);
    expect(q('бір айдан кем')).toEqual([[1, 'month', false]]);
    expect(q('жиырма адамнан асқан')).toEqual([[20, 'person', false]]);
  });
  it('ordinals: the day of the month', () => {
    expect(q('айдың жиырмасыншы күнінен')).toEqual([[20, 'day', true]]);
    expect(q('айдың оныншы күнінен')).toEqual([[10, 'day', true]]);
  });
  it('every number stem is read, bare, inflected and ordinal (words are sorted by first letter before they are looked up)', () => {
    const stems: Array<[string, number]> = [['бір', 1], ['екі', 2], ['үш', 3], ['төрт', 4], ['бес', 5], ['алты', 6], ['жеті', 7], ['сегіз', 8], ['тоғыз', 9],
      ['он', 10], ['жиырма', 20], ['отыз', 30], ['қырық', 40], ['елу', 50], ['алпыс', 60]];
    for (const [w, v] of stems) {
      expect(q(`${w} жыл`), w).toEqual([[v, 'year', false]]);
      expect(q(`${w}ден кем`), w).toEqual([[v, 'none', false]]);
      expect(q(`${w}${/[аоұы]/u.test(w) ? 'ыншы' : 'інші'} күн`), w).toEqual([[v, 'day', true]]);
    }
    // A letter no stem begins with, and a stem's letter in a word that is no number.
    expect(q('жыл ішінде бағалау айдың күні')).toEqual([]);
  });
  it('words that only look like numbers are not numbers', () => {
    expect(q('оны бағалау үшін бірақ')).toEqual([]);
  });
});

describe('ranges and bands', () => {
  it('a table cell range keeps its precision', () => {
    expect(cellRange('40-44,49')).toMatchObject({ lo: 40, hi: 44.49, decimals: 2 });
    expect(cellRange('бес')).toBeNull();
  });
  it('ranges written in words', () => {
    expect(textRanges('4-тен 5 баллға дейін, 3-тен 3,99 баллға дейін').map((r) => [r.lo, r.hi])).toEqual([[4, 5], [3, 3.99]]);
    // No «дейін», no range: the text is not scanned.
    expect(textRanges('4-тен 5 баллға, 3-тен 3,99 баллға')).toEqual([]);
  });
  it('contiguous bands pass; a gap and an overlap are found', () => {
    const b = (xs: Array<[number, number, number]>) => xs.map(([lo, hi, decimals]) => ({ lo, hi, decimals, index: 0, raw: '' }));
    expect(bandProblems(b([[4, 5, 0], [3, 3.99, 2], [2, 2.99, 2]]))).toEqual([]);
    expect(bandProblems(b([[45, 49.99, 2], [40, 44.49, 2]]))).toEqual([{ kind: 'gap', between: [1, 0], from: 44.5, to: 44.99 }]);
    expect(bandProblems(b([[3.5, 5, 1], [3, 4, 0]]))[0]?.kind).toBe('overlap');
  });
});

describe('references', () => {
  const refs = (s: string) => findReferences(s).map((r) => [r.kind, r.numbers, r.clause ?? null]);
  it('appendices, clauses, sub-clauses of this methodology', () => {
    expect(refs('осы Әдістемеге 2-қосымшаға сәйкес')).toEqual([['appendix', [2], null]]);
    expect(refs('осы Әдістемеге 4 және 5-қосымшаларға сәйкес')).toEqual([['appendix', [4, 5], null]]);
    expect(refs('осы Әдістеменің 13-тармағында көрсетілген')).toEqual([['clause', [13], null]]);
    expect(refs('Осы Әдістеменің 8-тармағының 1) тармақшасында')).toEqual([['subclause', [1], 8]]);
    expect(refs('осы тармақтың 2) тармақшасында')).toEqual([['subclause', [2], null]]);
  });
  it('references into other acts are left out', () => {
    expect(refs('Заңының 33-бабының 5-тармағына сәйкес')).toEqual([]);
    expect(refs('осы бұйрықтың 1-қосымшасына сәйкес')).toEqual([]);
  });
});
