import { describe, expect, it } from 'vitest';
import { pluralEn } from '../../src/law/plural.js';

/** The reading the scanner implements, as RegExp replaces (what pluralEn was before it became a scanner). */
const COUNTED = /(-?\d+(?:\.\d+)?)(\s+(?:[A-Za-z]+\s+){0,2}?)([A-Za-z]+)\((s|ies)\)/g;
function reference(text: string): string {
  if (!text.includes('(s)') && !text.includes('(ies)')) return text;
  return text
    .replace(COUNTED, (_m, n: string, mid: string, word: string, suffix: string) => {
      const one = Number(n) === 1 || Number(n) === -1;
      if (suffix === 'ies') return `${n}${mid}${one ? word.replace(/y?$/, 'y') : word.replace(/y$/, '') + 'ies'}`;
      return `${n}${mid}${word}${one ? '' : 's'}`;
    })
    .replace(/([A-Za-z]+)\(s\)/g, '$1s')
    .replace(/([A-Za-z]+?)y?\(ies\)/g, '$1ies');
}

describe('pluralEn', () => {
  it.each([
    ['due in 1 working day(s)', 'due in 1 working days'.replace('days', 'day')],
    ['2 working day(s) late', '2 working days late'],
    ['1 member(s), 3 vote(s)', '1 member, 3 votes'],
    ['1 HR signatory(ies), 2 signatory(ies)', '1 HR signatory, 2 signatories'],
    ['-1 day(s)', '-1 day'],
    ['1.5 point(s)', '1.5 points'],
    ['1.0 point(s)', '1.0 point'],
    ['the member(s) and their deputy(ies)', 'the members and their deputies'],
    ['5 very long winded day(s)', '5 very long winded days'],
    ['5 a b c day(s)', '5 a b cs'.replace('cs', 'c days')],
    ['2025-01-02 item(s)', '2025-01-02 items'],
    ['plain (s) and (ies)', 'plain (s) and (ies)'],
    ['no counts here', 'no counts here'],
  ])('%s → %s', (text, want) => {
    expect(pluralEn(text)).toBe(want);
    expect(reference(text)).toBe(want);
  });

  it('reads every string as the RegExp reading does (200,000 random strings of the characters that matter)', () => {
    // A seeded generator: the same strings on every run, and a failure names its input.
    let seed = 12345;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const pieces = ['1', '2', '0', '-', '.', ' ', '  ', '\u00a0', '\t', 'a', 'y', 'day', 'ay', 'Y', '(s)', '(ies)', '(', ')', 's', 'ies', 'x(s)', 'y(ies)', 'é', '1 ', ' 1', '10', '1.0'];
    for (let k = 0; k < 200_000; k++) {
      let s = '';
      const len = 1 + rnd(12);
      for (let i = 0; i < len; i++) s += pieces[rnd(pieces.length)];
      if (pluralEn(s) !== reference(s)) expect({ s, got: pluralEn(s) }).toEqual({ s, got: reference(s) });
    }
  });
});
