/**
 * English counts read right: «2 working day(s)» is written «2 working days», «1 member(s)» «1 member».
 * Message templates keep one English form with «(s)» or «(ies)» after the noun; this turns each
 * such noun into the form its number asks for. Kazakh keeps the noun singular after a number and
 * Russian messages use abbreviations (раб. дн.), so only English needs it. Pure.
 *
 * Written as a scanner rather than RegExp replaces (every English finding message passes here): the
 * reading is that of the expressions `(-?\d+(?:\.\d+)?)(\s+(?:[A-Za-z]+\s+){0,2}?)([A-Za-z]+)\((s|ies)\)`
 * (a number, at most two words, the counted noun), then `([A-Za-z]+)\(s\)` and `([A-Za-z]+?)y?\(ies\)`
 * for a noun with no number before it; test/rules/plural.test.ts holds the scanner to them.
 */

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** JavaScript's `\s`. */
const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

const letters = (s: string, i: number): number => {
  while (i < s.length && isLetter(s.charCodeAt(i))) i++;
  return i;
};
const spaces = (s: string, i: number): number => {
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
};
/** The end of `(s)` or `(ies)` at i (after the closing parenthesis), or -1. */
const suffixEnd = (s: string, i: number): number =>
  s.startsWith('(s)', i) ? i + 3 : s.startsWith('(ies)', i) ? i + 5 : -1;

/**
 * A counted noun from i (the number's first character): its parts' ends, or undefined. `int` is the end
 * of the number's whole part: a start inside it (or after its minus) reads the same rest and fails alike.
 */
function countedAt(s: string, i: number, int: number): { num: number; word: number; wordEnd: number; end: number } | undefined {
  let j = int;
  if (s.charCodeAt(j) === 46 && isDigit(s.charCodeAt(j + 1))) {
    j += 2;
    while (isDigit(s.charCodeAt(j))) j++;
  }
  const num = j;
  j = spaces(s, j);
  if (j === num) return undefined;
  // the noun, or one or two words before it
  for (let words = 0; words <= 2; words++) {
    const w = j;
    const e = letters(s, w);
    if (e === w) return undefined;
    const end = suffixEnd(s, e);
    if (end >= 0) return { num, word: w, wordEnd: e, end };
    j = spaces(s, e);
    if (j === e) return undefined;
  }
  return undefined;
}

function counted(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const d = c === 45 ? i + 1 : i;
    if (!isDigit(text.charCodeAt(d))) continue;
    let int = d + 1;
    while (isDigit(text.charCodeAt(int))) int++;
    const m = countedAt(text, i, int);
    if (!m) {
      i = int - 1;
      continue;
    }
    const n = Number(text.slice(i, m.num));
    const one = n === 1 || n === -1;
    const word = text.slice(m.word, m.wordEnd);
    out += text.slice(from, m.word);
    if (text.charCodeAt(m.wordEnd + 1) === 105 /* (ies) */) {
      const y = word.endsWith('y');
      out += one ? (y ? word : `${word}y`) : `${y ? word.slice(0, -1) : word}ies`;
    } else out += one ? word : `${word}s`;
    from = m.end;
    i = m.end - 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** `word(s)` with no number before it: plural, `words`. */
function generalS(text: string): string {
  let out = '';
  let from = 0;
  for (let p = text.indexOf('(s)'); p >= 0; p = text.indexOf('(s)', p + 3)) {
    if (p === 0 || !isLetter(text.charCodeAt(p - 1))) continue;
    out += `${text.slice(from, p)}s`;
    from = p + 3;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** `word(ies)`, `wordy(ies)` with no number before them: `wordies`. */
function generalIes(text: string): string {
  let out = '';
  let from = 0;
  for (let p = text.indexOf('(ies)'); p >= 0; p = text.indexOf('(ies)', p + 5)) {
    let w = p;
    while (w > from && isLetter(text.charCodeAt(w - 1))) w--;
    if (w === p) continue;
    const stem = p - w >= 2 && text.charCodeAt(p - 1) === 121 ? p - 1 : p;
    out += `${text.slice(from, stem)}ies`;
    from = p + 5;
  }
  return from === 0 ? text : out + text.slice(from);
}

export function pluralEn(text: string): string {
  if (!text.includes('(s)') && !text.includes('(ies)')) return text;
  let t = counted(text);
  if (t.includes('(s)')) t = generalS(t);
  if (t.includes('(ies)')) t = generalIes(t);
  return t;
}

/** The Russian noun form a count takes: «1 день», «2 дня», «5 дней», «11 дней», «21 день» (one, few, many). */
export function pluralRu(n: number, one: string, few: string, many: string): string {
  const m10 = n % 10;
  const m100 = n % 100;
  if (m10 === 1 && m100 !== 11) return one;
  if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return few;
  return many;
}
