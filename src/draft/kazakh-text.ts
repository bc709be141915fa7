/**
 * Kazakh text helpers for comparing clauses: normalisation, crude stemming, and quantities written
 * in digits or in words («10 жұмыс күні», «бес жұмыс күні», «он бес жұмыс күнін», «жиырмасыншы күнінен»).
 * Pure.
 */
import { PropertyRegExp } from './narrow-regexp.js';

/** Latin letters that stand for Cyrillic ones in damaged texts (act 004 «тaraу», «құзыret»). */
const LATIN_LOOKALIKE: Readonly<Record<string, string>> = {
  a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', k: 'к', m: 'м', t: 'т', h: 'һ', b: 'в', r: 'р', i: 'і',
};

const NOT_WORD = new PropertyRegExp(String.raw`[^\p{L}\p{N}\s,-]`, 'gu');
const COMMA_BY_LETTER = new PropertyRegExp(String.raw`(\p{L}),|,(\p{L})`, 'gu');

/** Lower-case, Latin look-alikes to Cyrillic, punctuation to spaces, spaces collapsed. */
/** Characters that show nothing inside a word: the soft hyphen, the word joiner, the zero-width no-break space. */
export const INVISIBLE_IN_WORD = /[\u00ad\u2060\ufeff]/g;

export function normaliseKk(text: string): string {
  const lower = text
    // Soft hyphens (Word's optional hyphen, pasted from the web or another program), word joiners and BOMs
    // are invisible inside a word: «жұ\u00adмыс» is «жұмыс», not two words.
    .replace(INVISIBLE_IN_WORD, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[a-z]/g, (c) => LATIN_LOOKALIKE[c] ?? c)
    .replace(/ё/g, 'е');
  const words = lower.replace(NOT_WORD.for(lower), ' ');
  return words
    .replace(COMMA_BY_LETTER.for(words), '$1 $2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A crude stem: Kazakh is agglutinative, the first five letters carry the root well enough to compare. */
export const stem = (word: string): string => (word.length <= 5 ? word : word.slice(0, 5));

export const stems = (text: string): string[] => stemsOfNormalised(normaliseKk(text));

/** Stems of a text already passed through {@link normaliseKk}. */
export const stemsOfNormalised = (norm: string): string[] =>
  norm
    .split(' ')
    .filter((w) => w.length > 2 && !/^\d+$/.test(w))
    .map(stem);

/** Number words: the stem and its value; inflected forms are generated below. */
const NUMBER_STEMS: ReadonlyArray<[string, number]> = [
  ['бір', 1], ['екі', 2], ['үш', 3], ['төрт', 4], ['бес', 5], ['алты', 6], ['жеті', 7], ['сегіз', 8], ['тоғыз', 9],
  ['он', 10], ['жиырма', 20], ['отыз', 30], ['қырық', 40], ['елу', 50], ['алпыс', 60],
];
const CASE_ENDINGS = ['', 'ден', 'тен', 'нен', 'дан', 'тан', 'нан', 'ге', 'ке', 'ға', 'қа', 'не', 'на', 'ні', 'ны', 'і', 'ы', 'сі', 'сы', 'еу', 'у', 'ау'];
const ORDINAL_ENDINGS = ['інші', 'ыншы', 'нші', 'ншы', 'сыншы', 'сінші'];
/** Forms that are other words: «оны» (him), «үшін» (for), «біреу» (someone), «алтын» (gold) … */
const NOT_NUMBERS = new Set(['оны', 'она', 'ону', 'онан', 'оған', 'біреу', 'бірі', 'үшін', 'алтын', 'елуі', 'онау', 'бірге']);
const NUMBER_WORDS: ReadonlyMap<string, { value: number; ordinal: boolean }> = (() => {
  const m = new Map<string, { value: number; ordinal: boolean }>();
  for (const [base, value] of NUMBER_STEMS) {
    for (const e of CASE_ENDINGS) if (!NOT_NUMBERS.has(base + e)) m.set(base + e, { value, ordinal: false });
    for (const e of ORDINAL_ENDINGS) m.set(base + e, { value, ordinal: true });
  }
  return m;
})();

/** The number stems by their first letter. */
const STEMS_BY_LETTER: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const [base] of NUMBER_STEMS) m.set(base[0] as string, [...(m.get(base[0] as string) ?? []), base]);
  return m;
})();
/** Every number word begins with one of the stems: a word that begins with none is no number (most words). */
const beginsWithNumberStem = (word: string): boolean => {
  const bases = STEMS_BY_LETTER.get(word.charAt(0));
  if (bases) for (const base of bases) if (word.startsWith(base)) return true;
  return false;
};

function wordValue(word: string, tens: boolean): { value: number; ordinal: boolean } | null {
  if (!beginsWithNumberStem(word) || NOT_NUMBERS.has(word)) return null;
  const v = NUMBER_WORDS.get(word) ?? NUMBER_WORDS.get(word.replace(/(?:сы|сі|ы|і|на|не|нан|нен|ға|ге)$/u, ''));
  if (!v) return null;
  return (v.value >= 10) === tens ? v : null;
}

export type QuantityUnit = 'working-day' | 'calendar-day' | 'day' | 'week' | 'month' | 'year' | 'person' | 'point' | 'percent' | 'none';

export interface Quantity {
  value: number;
  unit: QuantityUnit;
  ordinal: boolean;
  /** Index of the number in the normalised text. */
  index: number;
  raw: string;
}

const UNIT_PATTERNS: ReadonlyArray<[RegExp, QuantityUnit]> = [
  [/^жұмыс күн/u, 'working-day'],
  [/^күнтізбелік күн/u, 'calendar-day'],
  [/^күн/u, 'day'],
  [/^апта/u, 'week'],
  [/^ай(?:дан|дың|ға|ы|лық|)(?:\s|$)/u, 'month'],
  [/^жыл/u, 'year'],
  [/^адам/u, 'person'],
  [/^мүше/u, 'person'],
  [/^балл/u, 'point'],
  [/^пайыз/u, 'percent'],
];

/**
 * Quantities in a text: digits («10», «3,99», «5-нен») or number words («он бес», «жиырмасыншы»),
 * with the unit that follows them. Works on the normalised text; `index` refers to it.
 */
export function quantities(text: string): Quantity[] {
  return quantitiesOfNormalised(normaliseKk(text));
}

const QUANTITY_WORD = new PropertyRegExp(String.raw`[\p{L}\p{N},]+(?:-[\p{L}]+)?`, 'gu');
const DIGITS_WORD = new PropertyRegExp(String.raw`^(\d+(?:,\d+)?)(?:-(\p{L}+))?$`, 'u');

/** {@link quantities} of a text already passed through {@link normaliseKk}. */
export function quantitiesOfNormalised(norm: string): Quantity[] {
  const words = [...norm.matchAll(QUANTITY_WORD.for(norm))];
  const out: Quantity[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as RegExpMatchArray;
    const word = w[0];
    let value: number | null = null;
    let ordinal = false;
    let j = i;
    const c0 = word.charCodeAt(0);
    const digits = c0 >= 48 && c0 <= 57 ? DIGITS_WORD.exec(word) : null;
    if (digits) {
      value = Number((digits[1] as string).replace(',', '.'));
      ordinal = /^(?:ші|шы|інші|ыншы|нші|ншы)$/u.test(digits[2] ?? '');
    } else {
      const tens = wordValue(word, true);
      if (tens) {
        value = tens.value;
        ordinal = tens.ordinal;
        const next = words[i + 1]?.[0];
        const unit = next ? wordValue(next, false) : null;
        if (!ordinal && unit) {
          value += unit.value;
          ordinal = unit.ordinal;
          j = i + 1;
        }
      } else {
        const unit = wordValue(word, false);
        if (unit) {
          value = unit.value;
          ordinal = unit.ordinal;
        }
      }
    }
    if (value === null) continue;
    const after = norm.slice((words[j]?.index ?? 0) + (words[j]?.[0].length ?? 0)).trimStart();
    let unit: QuantityUnit = 'none';
    for (const [re, u] of UNIT_PATTERNS) {
      if (re.test(after)) {
        unit = u;
        break;
      }
    }
    if (digits?.[2] && /^(?:балл)/u.test(digits[2])) unit = 'point';
    // «20-күнінен»: the day of a month written in digits with its noun.
    if (digits?.[2] && /^күн/u.test(digits[2])) {
      unit = 'day';
      ordinal = true;
    }
    out.push({ value, unit, ordinal, index: w.index ?? 0, raw: norm.slice(w.index ?? 0, (words[j]?.index ?? 0) + (words[j]?.[0].length ?? 0)) });
    i = j;
  }
  return out;
}

/** A numeric range written «40-44,49», «0-ден 5-ке дейін», «4-тен 5 баллға дейін». */
export interface NumericRange {
  lo: number;
  hi: number;
  /** Decimal places written, to tell a gap (44,49 → 45) from contiguous bands (44,99 → 45). */
  decimals: number;
  index: number;
  raw: string;
}

const num = (s: string): number => Number(s.replace(',', '.'));
const decimalsOf = (s: string): number => (s.includes(',') || s.includes('.') ? (s.split(/[,.]/)[1] as string).length : 0);

/** A table cell that is just a range: «40-44,49», «100 және одан жоғары» is handled by the caller. */
export function cellRange(cell: string): NumericRange | null {
  const m = /^\s*(\d+(?:[,.]\d+)?)\s*[-–—]\s*(\d+(?:[,.]\d+)?)\s*%?\s*$/u.exec(cell);
  if (!m) return null;
  const a = m[1] as string;
  const b = m[2] as string;
  return { lo: num(a), hi: num(b), decimals: Math.max(decimalsOf(a), decimalsOf(b)), index: 0, raw: m[0].trim() };
}

/**
 * The bands of a grade table, one per row: the first cell `read` reads as a range. The first row is the
 * header unless it reads as a band too, as every row after it does, and holds none of them: a table made
 * in Word has no header row of its own, and its first row is then the first band («тиімді | 4-5»,
 * «эффективно | от 4 до 5»); a header naming the whole scale («Балл (0–5)») holds every band and is none.
 * The Kazakh and the Russian comparison read tables through it, each with its reader of ranges.
 */
export function tableBandRows(rows: ReadonlyArray<ReadonlyArray<{ text: string }>>, read: (text: string) => NumericRange | null | undefined): NumericRange[] {
  const band = (row: ReadonlyArray<{ text: string }>): NumericRange | null => {
    for (const cell of row) {
      const r = read(cell.text);
      if (r) return r;
    }
    return null;
  };
  const body = rows.slice(1).flatMap((row) => {
    const r = band(row);
    return r ? [r] : [];
  });
  const head = rows[0] ? band(rows[0]) : null;
  return head && body.length >= 2 && body.length === rows.length - 1 && !body.some((b) => head.lo <= b.lo && b.hi <= head.hi) ? [head, ...body] : body;
}

const PLAIN_NUMBER = /^\s*(\d+(?:[,.]\d+)?)\s*%?\s*$/u;

/**
 * Bands written in two columns, «from» and «to» («4 | 5», «3 | 3,99»): one range per body row, from its
 * last two cells, when every body row (at least three) has plain numbers there, the lower first, and the
 * header has none there (a «№» column beside a score column is not a band). Null otherwise.
 * The header may be several rows, as a Word table with merged cells has it: «Нәтиже | Балл» over
 * «(merged) | бастап | дейін», or a caption row across the table above the column names.
 */
export function columnPairRanges<T extends { text: string }>(rows: ReadonlyArray<readonly T[]>): Array<{ range: NumericRange; cell: T }> | null {
  const head = rows[0];
  if (!head || head.length < 2) return null;
  // A table made in Word has no header row: its first row is then a band like the others («тиімді | 4 | 5»),
  // read as one when it names its band in a first cell that is not a number.
  const headless = head.length >= 3 && head.slice(-2).every((c) => PLAIN_NUMBER.test(c.text)) && !PLAIN_NUMBER.test(head[0]?.text ?? '');
  // The header rows: those at the top with no number in their last two cells.
  let headRows = 0;
  if (!headless) while (headRows < rows.length && !(rows[headRows] as readonly T[]).slice(-2).some((c) => PLAIN_NUMBER.test(c.text))) headRows++;
  const body = rows.slice(headRows);
  if (body.length < 3) return null;
  if (!headless && headRows === 0) return null;
  const out: Array<{ range: NumericRange; cell: T }> = [];
  for (const row of body) {
    const a = row[row.length - 2];
    const b = row[row.length - 1];
    const ma = a ? PLAIN_NUMBER.exec(a.text) : null;
    const mb = b ? PLAIN_NUMBER.exec(b.text) : null;
    if (!a || !ma || !mb || row.length !== head.length) return null;
    const x = ma[1] as string;
    const y = mb[1] as string;
    if (num(x) > num(y)) return null;
    out.push({ range: { lo: num(x), hi: num(y), decimals: Math.max(decimalsOf(x), decimalsOf(y)), index: 0, raw: `${x}–${y}` }, cell: a });
  }
  return out;
}

const TEXT_RANGE = new PropertyRegExp(String.raw`(\d+(?:,\d+)?)\s*-\s*(?:ден|тен|нен|дан|тан|нан)\s+(\d+(?:,\d+)?)(?:\s*-\s*\p{L}+)?\s*(?:балл\p{L}*\s+)?дейін`, 'gu');

/** Ranges written in words in running text: «4-тен 5 баллға дейін», «0-ден 5-ке дейін». */
export function textRanges(text: string): NumericRange[] {
  const out: NumericRange[] = [];
  // Every range ends in «дейін»: a text without it holds none (most clauses), and is not scanned.
  if (!text.includes('дейін')) return out;
  for (const m of text.matchAll(TEXT_RANGE.for(text))) {
    const a = m[1] as string;
    const b = m[2] as string;
    out.push({ lo: num(a), hi: num(b), decimals: Math.max(decimalsOf(a), decimalsOf(b)), index: m.index ?? 0, raw: m[0] });
  }
  return out;
}

/** Problems in a set of bands: gaps and overlaps, given the resolution the bands are written in. */
export interface BandProblem {
  kind: 'gap' | 'overlap';
  /** Indexes (in the input order) of the two bands around the problem. */
  between: [number, number];
  from: number;
  to: number;
}

export function bandProblems(bands: NumericRange[]): BandProblem[] {
  if (bands.length < 2) return [];
  const step = 10 ** -Math.max(...bands.map((b) => b.decimals));
  const order = bands.map((b, i) => ({ b, i })).sort((x, y) => x.b.lo - y.b.lo || x.b.hi - y.b.hi);
  const out: BandProblem[] = [];
  for (let k = 1; k < order.length; k++) {
    const prev = order[k - 1] as { b: NumericRange; i: number };
    const cur = order[k] as { b: NumericRange; i: number };
    const gap = cur.b.lo - prev.b.hi;
    if (gap > step + 1e-9) out.push({ kind: 'gap', between: [prev.i, cur.i], from: round(prev.b.hi + step), to: round(cur.b.lo - step) });
    else if (gap <= 1e-9) out.push({ kind: 'overlap', between: [prev.i, cur.i], from: cur.b.lo, to: Math.min(prev.b.hi, cur.b.hi) });
  }
  return out;
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6;

/** Character n-grams of a normalised text, for fuzzy comparison of short phrases. */
export function charGrams(text: string, n = 3, normalised = false): Map<string, number> {
  const s = ` ${normalised ? text : normaliseKk(text)} `;
  const m = new Map<string, number>();
  for (let i = 0; i + n <= s.length; i++) {
    const g = s.slice(i, i + n);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Dice coefficient of two n-gram bags. */
export function dice(a: Map<string, number>, b: Map<string, number>): number {
  let inter = 0;
  let total = 0;
  a.forEach((c, g) => {
    const d = b.get(g);
    if (d !== undefined) inter += c < d ? c : d;
    total += c;
  });
  b.forEach((c) => {
    total += c;
  });
  return total === 0 ? 0 : (2 * inter) / total;
}

/** How many n-grams a bag holds (its counts summed). */
export function gramCount(bag: Map<string, number>): number {
  let total = 0;
  bag.forEach((c) => {
    total += c;
  });
  return total;
}

/** Letters Kazakh writes and Russian does not. */
const KAZAKH_ONLY = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/gu;
const CYRILLIC = /[\u0400-\u04ff]/gu;

/**
 * Whether a text is Russian rather than Kazakh: many Cyrillic letters and almost none of the letters
 * only Kazakh has (a Kazakh text has several in a hundred; a Russian one only in a proper name). A short
 * text says too little and is not called Russian.
 */
export function isRussianText(text: string): boolean {
  const cyrillic = text.match(CYRILLIC)?.length ?? 0;
  if (cyrillic < 200) return false;
  const kazakh = text.match(KAZAKH_ONLY)?.length ?? 0;
  return kazakh / cyrillic < 0.005;
}
