/**
 * Position-category codes (мемлекеттік әкімшілік лауазымдар санаты), e.g. «С-О-1», «D-3», «Е-R-2».
 *
 * The published acts write the same code many ways: Latin `C` or Cyrillic `С`, Latin `B`, Cyrillic `В`
 * or its romanisation `V`, Cyrillic `Р` for `R`, the digit `0` for the letter `O`, spaces and dashes
 * around the hyphen (act 000 App. 4 «С - 1 ; С-0-1», act 003 App. 4 «V-1», «С-Р-1», «D-0-1», «C-0-4»).
 *
 * Canonical form chosen here (see docs/draft.md):
 * - letters that have a Cyrillic twin (А В Е К М Н О Р С Т Х) are written in **Cyrillic**: the acts'
 *   majority writes the B and C series that way (act 000: Cyrillic «С» 80×, Latin «C» 8×; act 003:
 *   «В» 53× against «B» 27× and «V» 15×), and the acts are Cyrillic texts. «Е» and «О» follow the
 *   same rule for one consistent alphabet, although act 003 mostly types Latin «E» and «O»;
 * - letters with no Cyrillic twin stay **Latin**: «D», «G», «R». A Cyrillic «Р» in the middle segment
 *   is the transliteration of «R» (act 003 «С-Р-1», once against 25 «C-R»), so it becomes «R»;
 * - a Latin «V» in the first segment is the romanisation of Cyrillic «В» and becomes «В»;
 * - the digit «0» in the middle segment is the letter «О» (the middle segment is a letter in the R and G
 *   series; act 003 writes «D-O-x» with a letter except once);
 * - segments are joined by one hyphen-minus (U+002D) with no spaces.
 *
 * Pure: no I/O. Used by the draft checker and the package checker.
 */

/** One edit made while normalising, `at` = UTF-16 index in the raw string. */
export interface CodeChange {
  from: string;
  to: string;
  at: number;
  /** Why the character changed. */
  kind: 'latin-to-cyrillic' | 'romanisation' | 'digit-zero' | 'dash' | 'space' | 'case' | 'hyphen-added';
}

export interface NormalisedCode {
  /** The canonical code; equal to the trimmed input when nothing had to change. */
  code: string;
  changes: CodeChange[];
  /** Whether the canonical code has the shape of a category code: series, optional sub-series, rank. */
  valid: boolean;
}

/** Latin letters with a Cyrillic twin → the Cyrillic letter. */
const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  A: 'А', B: 'В', E: 'Е', K: 'К', M: 'М', H: 'Н', O: 'О', P: 'Р', C: 'С', T: 'Т', X: 'Х',
};
/** Lower-case forms that are plainly the same letters (handwritten drafts). */
const LOWER_TO_UPPER: Readonly<Record<string, string>> = {
  a: 'A', b: 'B', c: 'C', d: 'D', e: 'E', g: 'G', o: 'O', r: 'R', v: 'V',
  а: 'А', в: 'В', с: 'С', е: 'Е', о: 'О', р: 'Р',
};
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE63\uFF0D]/;

/** Series (first segment) and sub-series (middle segment) letters in canonical form. */
export const CATEGORY_SERIES = ['А', 'В', 'С', 'D', 'Е'] as const;
export const CATEGORY_SUBSERIES = ['О', 'R', 'G'] as const;
const VALID = /^[АВСDЕ](?:-[ОRG])?-[1-9]$/u;

/**
 * Normalise one category code. Characters outside the code (e.g. «;», an annotation in parentheses)
 * are not expected here: pass just the code, e.g. from {@link scanCategoryCodes}.
 */
export function normaliseCategoryCode(raw: string): NormalisedCode {
  const changes: CodeChange[] = [];
  // Split into segments, remembering where each character came from.
  const segments: Array<Array<{ ch: string; at: number }>> = [[]];
  const start = raw.length - raw.trimStart().length;
  const end = raw.trimEnd().length;
  for (let i = start; i < end; i++) {
    const ch = raw[i] as string;
    if (ch === '-' || DASHES.test(ch)) {
      if (ch !== '-') changes.push({ from: ch, to: '-', at: i, kind: 'dash' });
      segments.push([]);
    } else if (/\s/.test(ch)) {
      changes.push({ from: ch, to: '', at: i, kind: 'space' });
    } else {
      (segments[segments.length - 1] as Array<{ ch: string; at: number }>).push({ ch, at: i });
    }
  }
  // «Е-R3», «С4»: the hyphen before the rank left out (a typing habit of staff lists) is put back, so the code
  // reads as the act prints it, «Е-R-3», «С-4»: after a sub-series letter that follows a series and its hyphen,
  // or after a lone series letter (a value of one letter and one digit, nothing else: «С4», «D 3»)
  const tail = segments[segments.length - 1]!;
  const lone = segments.length === 1 && tail.length === 2 && /^\p{L}$/u.test(tail[0]!.ch);
  const afterSub = segments.length === 2 && segments[0]!.length === 1 && tail.length === 2 && /^\p{L}$/u.test(tail[0]!.ch);
  if ((lone || afterSub) && /^[0-9]$/.test(tail[1]!.ch)) {
    const rank = tail.pop()!;
    segments.push([rank]);
    changes.push({ from: '', to: '-', at: rank.at, kind: 'hyphen-added' });
  }
  const last = segments.length - 1;
  const out = segments.map((seg, index) =>
    seg
      .map(({ ch, at }) => {
        const role = index === 0 ? 'series' : index === last ? 'rank' : 'sub';
        const upper = LOWER_TO_UPPER[ch] ?? ch;
        const next = canonicalChar(upper, role);
        if (next.to !== ch) changes.push({ from: ch, to: next.to, at, kind: next.kind ?? 'case' });
        return next.to;
      })
      .join(''),
  );
  const code = out.join('-');
  changes.sort((a, b) => a.at - b.at);
  return { code, changes, valid: VALID.test(code) };
}

/** The canonical form of one (upper-cased) character in its segment, and why it changed. */
function canonicalChar(c: string, role: 'series' | 'sub' | 'rank'): { to: string; kind?: CodeChange['kind'] } {
  if (role === 'rank') return { to: c };
  if (role === 'series' && c === 'V') return { to: 'В', kind: 'romanisation' };
  if (role === 'sub' && c === '0') return { to: 'О', kind: 'digit-zero' };
  if (role === 'sub' && c === 'Р') return { to: 'R', kind: 'romanisation' };
  if (role === 'sub' && c === 'P') return { to: 'R', kind: 'romanisation' };
  const cyr = LATIN_TO_CYRILLIC[c];
  if (cyr !== undefined) return { to: cyr, kind: 'latin-to-cyrillic' };
  return { to: c };
}

/**
 * Whether a value is shaped like a category code at all: a series letter (any script, either case, or a
 * romanised «V»), an optional middle letter or digit zero, and a rank digit, joined by dashes with or
 * without spaces — «С-4», «c - 0 - 4», «V-1», and with the last hyphen left out «Е-R3» or «С4» (one letter
 * and one digit and nothing else). Free text («"А" корпусы», «бас маман», «1-санат») is not, and is never
 * rewritten.
 */
const CODE_SHAPED =
  /^\s*[A-Za-zА-Яа-яЁёӘәІіҢңҒғҮүҰұҚқӨөҺһ](?:[ \t]*[-\u2010-\u2015\u2212\uFE63\uFF0D](?:[ \t]*[A-Za-zА-Яа-я0][ \t]*[-\u2010-\u2015\u2212\uFE63\uFF0D]?)?)?[ \t]*[0-9]\s*$/u;
export const looksLikeCategoryCode = (raw: string): boolean => CODE_SHAPED.test(raw);

/** The canonical code of a code-shaped value; any other text as written (trimmed), never rewritten. */
export const categoryCodeOf = (raw: string): string =>
  // A canonical code is its own canonical form (the rules read the servant's code already normalised).
  VALID.test(raw) ? raw : looksLikeCategoryCode(raw) ? normaliseCategoryCode(raw).code : raw.trim();

/** A category code found in running text. */
export interface FoundCode extends NormalisedCode {
  raw: string;
  /** UTF-16 index of the first character of `raw` in the scanned text. */
  index: number;
}

/**
 * Series letters as they are really typed (Latin, Cyrillic, romanised), a middle letter or digit zero,
 * and a rank digit; spaces around the dashes as in act 000 («С - 1»). Bounded on both sides by a
 * non-letter, non-digit so that words and dates are not taken for codes.
 */
const CODE_IN_TEXT =
  /(?<![\p{L}\p{N}])[ABCDEVАВСЕ](?:[ \t]?[-\u2010-\u2015\u2212][ \t]?[OoRrGgОоРр0])?[ \t]?[-\u2010-\u2015\u2212][ \t]?[1-9](?![\p{L}\p{N}]|[.,][0-9])/gu;

/** Find category codes in a text and normalise each. */
export function scanCategoryCodes(text: string): FoundCode[] {
  const found: FoundCode[] = [];
  for (const m of text.matchAll(CODE_IN_TEXT)) {
    const raw = m[0];
    found.push({ raw, index: m.index, ...normaliseCategoryCode(raw) });
  }
  return found;
}

/** Whether a code needed changes other than spacing to reach canonical form (a look-alike or zero). */
export const hasLookAlike = (n: NormalisedCode): boolean => n.changes.some((c) => c.kind !== 'space' && c.kind !== 'dash');
