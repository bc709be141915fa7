/**
 * Where a line may break: the Unicode line-breaking algorithm (UAX #14, the `linebreak` package), so
 * «қол-жетпеді» may break after the hyphen — but not a numeral's hyphen before its suffix («1-ден»,
 * `isNumeralSuffixHyphen`) — and a soft hyphen
 * (U+00AD) marks a place a word may be hyphenated. Kazakh syllables for the last resort: a word too wide
 * for its column gets soft hyphens at its syllable boundaries (`hyphenate`), never a silent cut.
 */
import LineBreaker from 'linebreak';

export const SOFT_HYPHEN = '\u00ad';

const LETTER = /\p{L}/u;

/**
 * Whether the character at `i` is a hyphen-minus joining a numeral to its case or ordinal suffix: a digit before
 * it, a letter after it («1-ден», «2-ші», «10-нан», «3-тен», «5-қосымша»; Russian «1-го», «2-х»). Such a word is
 * one word — a line ending «1-» with «ден» on the next is wrong — so no line breaks after that hyphen, in our PDF
 * (`breakOffsets`) nor in the DOCX (written as Word's non-breaking hyphen). A hyphen between two words
 * («қала-сы», «жеке-дара») or two numbers («1-2») is not this one.
 */
export function isNumeralSuffixHyphen(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 45) return false;
  const d = text.charCodeAt(i - 1);
  return d >= 48 && d <= 57 && LETTER.test(text.charAt(i + 1));
}

/**
 * `text[from, to)` cut at its numeral-suffix hyphens (`isNumeralSuffixHyphen`, read in all of `text`, so a run
 * ending «1» before a run «-ден» is seen too), the hyphens left out: the DOCX writes one `w:noBreakHyphen` between
 * two pieces. One piece when there is none.
 */
export function cutAtNumeralSuffixHyphens(text: string, from = 0, to = text.length): string[] {
  const out: string[] = [];
  let last = from;
  for (let i = text.indexOf('-', from); i >= 0 && i < to; i = text.indexOf('-', i + 1)) {
    if (!isNumeralSuffixHyphen(text, i)) continue;
    out.push(text.slice(last, i));
    last = i + 1;
  }
  out.push(text.slice(last, to));
  return out;
}

/** Where `text` may break (`at`), and where UAX #14 offered a break that a numeral's hyphen withholds (`held`). */
interface Breaks { at: number[]; held: number[] }
const NONE: number[] = [];
const cache = new Map<string, Breaks>();

function breaks(text: string): Breaks {
  let out = cache.get(text);
  if (out) return out;
  out = { at: [], held: NONE };
  const lb = new LineBreaker(text);
  // UAX #14 allows a break after «/»; Word and LibreOffice do not take it: LibreOffice cut «жетті/көрсеткіш|ке»
  // in a column fitted to «жетті/» (issue 8). A slash binds its neighbours here too, so the widths we fit are
  // the widths the DOCX needs, and our PDF breaks where they do.
  // A numeral's hyphen before its suffix binds it too: UAX #14 breaks «1-|ден» (HY before AL), Kazakh never does.
  for (let b = lb.nextBreak(); b; b = lb.nextBreak()) {
    if (b.position >= text.length || text[b.position - 1] === '/') continue;
    if (isNumeralSuffixHyphen(text, b.position - 1)) (out.held === NONE ? (out.held = []) : out.held).push(b.position);
    else out.at.push(b.position);
  }
  if (cache.size > 20_000) cache.clear();
  cache.set(text, out);
  return out;
}

/**
 * Offsets (UTF-16) after which `text` may break, ascending, the end of the text excluded. Cached by
 * text: most of a form is the act's fixed words.
 */
export function breakOffsets(text: string): number[] {
  return breaks(text).at;
}

/**
 * Offsets after a numeral's hyphen where UAX #14 would break and we do not («1-|ден»). The PDF layout still cuts its
 * pieces there, glued, so a word is drawn as the same pieces as before the rule and a line that breaks elsewhere
 * keeps its bytes.
 */
export function heldBreakOffsets(text: string): number[] {
  return breaks(text).held;
}

/** The pieces of `text` between break opportunities; each keeps its trailing spaces. */
export function segments(text: string): string[] {
  const out: string[] = [];
  let last = 0;
  for (const p of breakOffsets(text)) {
    out.push(text.slice(last, p));
    last = p;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

const VOWELS = new Set([...'аәеёиоөұүуыіэюяАӘЕЁИОӨҰҮУЫІЭЮЯaeiouyAEIOUY']);

/**
 * Soft hyphens at the syllable boundaries of a Kazakh (or Russian) word: a consonant between two vowels
 * begins the next syllable (да-лa), of two or more consonants between vowels the last begins it
 * (бағ-дар, жос-пар). At least two letters stay on each side; ь, ъ and й are never moved to the next
 * line alone. The rules of Kazakh orthography («Буын» and «Тасымал», the 2017–2021 rules): a word is
 * carried over by syllables.
 */
export function hyphenate(word: string): string {
  const ch = [...word];
  if (ch.length < 5) return word;
  const isV = (c: string | undefined): boolean => c !== undefined && VOWELS.has(c);
  const isL = (c: string | undefined): boolean => c !== undefined && LETTER.test(c);
  const cuts = new Set<number>();
  for (let i = 1; i < ch.length; i++) {
    // a cut before ch[i] if ch[i] is a consonant followed by a vowel, with a vowel somewhere before it
    if (!isL(ch[i]) || isV(ch[i]) || !isV(ch[i + 1])) continue;
    if (/[ьъЬЪ]/.test(ch[i] ?? '')) continue;
    let j = i - 1;
    while (j >= 0 && isL(ch[j]) && !isV(ch[j])) j--;
    if (j < 0 || !isV(ch[j])) continue;
    cuts.add(i);
  }
  // letters before each place, counted once: counting them again at every cut made a 20,000-letter word take
  // seconds (a fuzz-found render hang)
  const lettersBefore = new Array<number>(ch.length + 1);
  lettersBefore[0] = 0;
  for (let i = 0; i < ch.length; i++) lettersBefore[i + 1] = lettersBefore[i]! + (isL(ch[i]) ? 1 : 0);
  const letters = lettersBefore[ch.length]!;
  const parts: string[] = [];
  ch.forEach((c, i) => {
    if (cuts.has(i) && i >= 2 && ch.length - i >= 2 && lettersBefore[i]! >= 2 && letters - lettersBefore[i]! >= 2) parts.push(SOFT_HYPHEN);
    parts.push(c);
  });
  return parts.join('');
}
