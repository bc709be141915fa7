/**
 * Data never becomes markup. A value from a package reaches the filled Markdown with every character that
 * Markdown, tables or line structure could read (ASCII punctuation, CR, LF) replaced by a private-use
 * stand-in (U+E000 + its code), which no parser gives a meaning; the document model maps the stand-ins
 * back when it builds its text runs. So «Cell\r| FORGED | ROW |» stays the text of one cell, «*» stays a
 * star, and a line break inside a signature name is a line break, not a literal «<br>».
 *
 * Before that, `dataProblems` refuses what no document may carry — control characters, TAB,
 * non-characters (U+FFFE…), private-use and unpaired surrogates — and (given the font's coverage) any
 * letter the font lacks, each named with the field's JSON Pointer and the code point.
 */
const BASE = 0xe000;
/** ASCII punctuation (what CommonMark lets a backslash escape), CR and LF. */
const SPECIAL = /[!-/:-@[-`{-~\r\n]/g;
const STAND_IN = /[\ue000-\ue07f]/g;

/** A value as it enters the Markdown: its special characters stood in for. */
export function encodeValue(s: string): string {
  return s.replace(/\r\n?/g, '\n').replace(SPECIAL, (c) => String.fromCharCode(BASE + c.charCodeAt(0)));
}

/** The value back from its stand-ins (LF is a line break within the paragraph). */
export function decodeValue(s: string): string {
  return s.replace(STAND_IN, (c) => String.fromCharCode(c.charCodeAt(0) - BASE));
}

/** Does the text carry a stand-in (i.e. came from data)? */
export const hasStandIn = (s: string): boolean => /[\ue000-\ue07f]/.test(s);

export interface DataProblem {
  /** JSON Pointer of the field. */
  path: string;
  codePoint: number;
  message: { kk: string; ru: string; en: string };
}

const hex = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

function why(cp: number, hasGlyph?: (cp: number) => boolean): { kk: string; ru: string; en: string } | undefined {
  if (cp === 0x0a || cp === 0x0d) return undefined; // line breaks are allowed: they break the line
  if (cp === 0x09) return { kk: 'табуляция таңбасы (TAB) құжатта басылмайды; бос орын қойыңыз', ru: 'символ табуляции (TAB) не печатается в документе; поставьте пробел', en: 'a TAB cannot be printed in the document; use a space' };
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return { kk: 'басқару таңбасы', ru: 'управляющий символ', en: 'a control character' };
  if ((cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe) return { kk: 'Юникодта таңба емес (non-character)', ru: 'не символ Юникода (non-character)', en: 'a Unicode non-character' };
  if ((cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000) return { kk: 'жеке пайдалану аймағының таңбасы', ru: 'символ области частного использования', en: 'a private-use character' };
  if (cp >= 0xd800 && cp <= 0xdfff) return { kk: 'жұпсыз суррогат', ru: 'непарный суррогат', en: 'an unpaired surrogate' };
  if (hasGlyph && !hasGlyph(cp)) return { kk: 'қаріпте бұл әріп жоқ (Times New Roman / Tinos)', ru: 'в шрифте нет этой буквы (Times New Roman / Tinos)', en: 'the font has no glyph for it (Times New Roman / Tinos)' };
  return undefined;
}

const escapePointer = (k: string): string => k.replace(/~/g, '~0').replace(/\//g, '~1');

/** Every string of `data` that a document cannot carry, with its place and the reason (all three languages). */
export function dataProblems(data: unknown, hasGlyph?: (cp: number) => boolean, limit = 20): DataProblem[] {
  const out: DataProblem[] = [];
  const walk = (v: unknown, path: string): void => {
    if (out.length >= limit) return;
    if (typeof v === 'string') {
      for (const ch of v) {
        const cp = ch.codePointAt(0) ?? 0;
        const w = why(cp, hasGlyph);
        if (!w) continue;
        const shown = cp >= 0x20 && !(cp >= 0x7f && cp < 0xa0) && !(cp >= 0xd800 && cp <= 0xdfff) && (cp & 0xfffe) !== 0xfffe ? ` «${ch}»` : '';
        out.push({
          path,
          codePoint: cp,
          message: {
            kk: `${path || '/'}: ${hex(cp)}${shown} — ${w.kk}`,
            ru: `${path || '/'}: ${hex(cp)}${shown} — ${w.ru}`,
            en: `${path || '/'}: ${hex(cp)}${shown} — ${w.en}`,
          },
        });
        return; // one problem per field is enough to find it
      }
      return;
    }
    if (Array.isArray(v)) { v.forEach((x, i) => walk(x, `${path}/${i}`)); return; }
    if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}/${escapePointer(k)}`);
  };
  walk(data, '');
  return out;
}
