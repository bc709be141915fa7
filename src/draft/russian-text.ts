/**
 * Values written in a Russian draft, read without reading its wording: numbers in digits or in words
 * («5», «пяти», «10 (десяти)», «двадцать пятого»), the unit that follows them («рабочих дней»,
 * «календарных дней», «месяца», «лет», «человек», «баллов», «%»), days of the month («25 числа»,
 * «двадцатого числа»), dates («30 января») and ranges («от 4 до 5 баллов», «3–3,99»). The units are
 * those of `kazakh-text.ts`, so a value read here compares with the model's as a Kazakh one does.
 * Letters are spelt out (no `\p{…}`: see narrow-regexp.ts). Pure.
 */
import { INVISIBLE_IN_WORD, type NumericRange, type QuantityUnit } from './kazakh-text.js';

/** Lower case, «ё» as «е», «%» as a word, punctuation (but a comma or hyphen inside a word) as spaces. */
export function normaliseRu(text: string): string {
  return text
    .replace(INVISIBLE_IN_WORD, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/%/g, ' процент ')
    .replace(/[^0-9a-zа-я,\s-]/g, ' ')
    .replace(/(?<![0-9]),|,(?![0-9])/g, ' ')
    .replace(/(?<![0-9a-zа-я])-|-(?![0-9a-zа-я])/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const CARDINALS: ReadonlyArray<[number, readonly string[]]> = [
  [1, ['один', 'одного', 'одному', 'одним', 'одном', 'одна', 'одной', 'одну', 'одно']],
  [2, ['два', 'две', 'двух', 'двум', 'двумя']],
  [3, ['три', 'трех', 'трем', 'тремя']],
  [4, ['четыре', 'четырех', 'четырем', 'четырьмя']],
  [5, ['пять', 'пяти', 'пятью']],
  [6, ['шесть', 'шести', 'шестью']],
  [7, ['семь', 'семи']],
  [8, ['восемь', 'восьми', 'восемью']],
  [9, ['девять', 'девяти', 'девятью']],
  [10, ['десять', 'десяти', 'десятью']],
  [11, ['одиннадцать', 'одиннадцати']],
  [12, ['двенадцать', 'двенадцати']],
  [13, ['тринадцать', 'тринадцати']],
  [14, ['четырнадцать', 'четырнадцати']],
  [15, ['пятнадцать', 'пятнадцати']],
  [16, ['шестнадцать', 'шестнадцати']],
  [17, ['семнадцать', 'семнадцати']],
  [18, ['восемнадцать', 'восемнадцати']],
  [19, ['девятнадцать', 'девятнадцати']],
  [20, ['двадцать', 'двадцати']],
  [30, ['тридцать', 'тридцати']],
  [40, ['сорок', 'сорока']],
  [50, ['пятьдесят', 'пятидесяти']],
  [60, ['шестьдесят', 'шестидесяти']],
];
/** Ordinal stems; the endings below make their forms («пятого», «двадцатое», «первым»). */
const ORDINALS: ReadonlyArray<[number, string]> = [
  [1, 'перв'], [2, 'втор'], [4, 'четверт'], [5, 'пят'], [6, 'шест'], [7, 'седьм'], [8, 'восьм'], [9, 'девят'],
  [10, 'десят'], [11, 'одиннадцат'], [12, 'двенадцат'], [13, 'тринадцат'], [14, 'четырнадцат'], [15, 'пятнадцат'],
  [16, 'шестнадцат'], [17, 'семнадцат'], [18, 'восемнадцат'], [19, 'девятнадцат'], [20, 'двадцат'], [30, 'тридцат'],
];
const ORDINAL_ENDINGS = ['ый', 'ой', 'ого', 'ому', 'ым', 'ом', 'ое', 'ая', 'ую'];

const NUMBER_WORDS: ReadonlyMap<string, { value: number; ordinal: boolean }> = (() => {
  const m = new Map<string, { value: number; ordinal: boolean }>();
  for (const [value, forms] of CARDINALS) for (const f of forms) m.set(f, { value, ordinal: false });
  for (const [value, base] of ORDINALS) for (const e of ORDINAL_ENDINGS) if (!m.has(base + e)) m.set(base + e, { value, ordinal: true });
  for (const f of ['третий', 'третьего', 'третьему', 'третьим', 'третьем', 'третье', 'третья', 'третью']) m.set(f, { value: 3, ordinal: true });
  return m;
})();

/** A month's name in the genitive («30 января»): its number. */
const MONTHS = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
const MONTH_RE = /^(январ|феврал|марта|апрел|мая|июн|июл|августа|сентябр|октябр|ноябр|декабр)/u;

export interface RuQuantity {
  value: number;
  unit: QuantityUnit;
  /** Written as an ordinal or as a day of the month («25 числа», «двадцатого»). */
  ordinal: boolean;
  /** The month a date names («30 января» → 1). */
  month?: number;
  /** A year follows the date («30 января 2018 года»): the date of an act, not a deadline. */
  dated?: boolean;
  /** Where the number starts in the normalised text, and the words read (digits and their words in brackets). */
  index: number;
  raw: string;
}

const UNITS: ReadonlyArray<[RegExp, QuantityUnit]> = [
  [/^рабоч[а-я]* (?:дн|день)/u, 'working-day'],
  [/^календарн[а-я]* (?:дн|день)/u, 'calendar-day'],
  [/^(?:дн(?:ей|я|ям|ями|ях)?|день)(?![а-я])/u, 'day'],
  [/^недел/u, 'week'],
  [/^месяц/u, 'month'],
  [/^(?:год|года|годам|годами|годах|лет)(?![а-я])/u, 'year'],
  [/^(?:человек|член|лиц(?![а-я]))/u, 'person'],
  [/^балл/u, 'point'],
  [/^процент/u, 'percent'],
];

const WORD = /[0-9a-zа-я,-]+/gu;
const DIGITS = /^(\d{1,9}(?:,\d+)?)(?:-(го|е|ое|ого|ый|ий|й|м|му|ом|х|ти|и|ми|ью))?$/u;

/** Quantities of a Russian text already passed through {@link normaliseRu}. */
export function ruQuantities(norm: string): RuQuantity[] {
  const words = [...norm.matchAll(WORD)];
  const out: RuQuantity[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as RegExpMatchArray;
    const word = w[0];
    let value: number | null = null;
    let ordinal = false;
    let j = i;
    let unitFrom = -1;
    const digits = DIGITS.exec(word);
    if (digits) {
      value = Number((digits[1] as string).replace(',', '.'));
      ordinal = /^(?:го|е|ое|ого|ый|ий|й|м|му|ом)$/u.test(digits[2] ?? '');
      // «10 (десяти)»: the number again in words, read as one with the digits when it says the same.
      // When it says another number («10 (пяти)»), both are read, each with the unit that follows the
      // words: two values, so neither is taken as the clause's.
      const again = readWords(words, i + 1);
      if (again && again.value === value) j = again.end;
      else if (again) unitFrom = again.end;
    } else {
      const read = readWords(words, i);
      if (read) {
        value = read.value;
        ordinal = read.ordinal;
        j = read.end;
      }
    }
    if (value === null) continue;
    const endOf = (k: number): number => (words[k]?.index ?? 0) + (words[k]?.[0].length ?? 0);
    const after = norm.slice(endOf(unitFrom >= 0 ? unitFrom : j)).trimStart();
    let unit: QuantityUnit = 'none';
    let month: number | undefined;
    let dated = false;
    if (/^(?:числ|число)/u.test(after)) {
      unit = 'day';
      ordinal = true;
    } else {
      const mm = MONTH_RE.exec(after);
      if (mm) {
        month = MONTHS.findIndex((x) => (mm[1] as string).startsWith(x)) + 1;
        dated = /^[а-я]+ \d{4}(?![0-9])/u.test(after);
      } else {
        for (const [re, u] of UNITS) {
          if (re.test(after)) {
            unit = u;
            break;
          }
        }
      }
    }
    // «2018 года» is a year of a date, not a number of years.
    if (unit === 'year' && value >= 1000) unit = 'none';
    out.push({ value, unit, ordinal, ...(month ? { month, dated } : {}), index: w.index ?? 0, raw: norm.slice(w.index ?? 0, endOf(j)) });
    i = j;
  }
  return out;
}

/** A number in words starting at word `i`: «двадцать пять», «двадцати пяти», «двадцать пятого». */
function readWords(words: RegExpMatchArray[], i: number): { value: number; ordinal: boolean; end: number } | null {
  const first = words[i]?.[0];
  const v = first ? NUMBER_WORDS.get(first) : undefined;
  if (!v) return null;
  if (!v.ordinal && v.value >= 20 && v.value % 10 === 0) {
    const next = words[i + 1]?.[0];
    const u = next ? NUMBER_WORDS.get(next) : undefined;
    if (u && u.value < 10) return { value: v.value + u.value, ordinal: u.ordinal, end: i + 1 };
  }
  return { value: v.value, ordinal: v.ordinal, end: i };
}

const num = (s: string): number => Number(s.replace(',', '.'));
const decimalsOf = (s: string): number => (s.includes(',') || s.includes('.') ? (s.split(/[,.]/)[1] as string).length : 0);

/** «от 4 до 5 баллов», «от 3 до 3,99», «4–5», «0-1,99 балла»: ranges in digits in a Russian text (not normalised). */
const RU_RANGE = /(?<![0-9,.])(?:от\s+(\d+(?:[,.]\d+)?)\s*(?:балл[а-я]*\s+)?до\s+(\d+(?:[,.]\d+)?)|(\d+(?:[,.]\d+)?)\s*[-–—]\s*(\d+(?:[,.]\d+)?))(?![0-9])(?![,.][0-9])/giu;

export function ruRanges(text: string): NumericRange[] {
  const out: NumericRange[] = [];
  for (const m of text.replace(/ё/g, 'е').matchAll(RU_RANGE)) {
    const a = (m[1] ?? m[3]) as string;
    const b = (m[2] ?? m[4]) as string;
    out.push({ lo: num(a), hi: num(b), decimals: Math.max(decimalsOf(a), decimalsOf(b)), index: m.index ?? 0, raw: m[0] });
  }
  return out;
}
