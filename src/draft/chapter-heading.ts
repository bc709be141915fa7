/**
 * A chapter's heading (тарау, глава) as authors type it, read once for the parser (`parse.ts`) and the importer of
 * published texts (`import.ts`), so that both read the same headings.
 *
 * - «1-тарау. Жалпы ережелер», also with Latin look-alikes («1-тaraу», act 004), in capitals («1-ТАРАУ ЖАЛПЫ
 *   ЕРЕЖЕЛЕР»), and with whatever Word or the author put for the hyphen: a space («1 тарау»), an en or em dash
 *   («1–тарау», «2 – тарау», «2—тарау»: Word's AutoCorrect), a non-breaking hyphen (U+2011, Ctrl+Shift+-), a soft
 *   hyphen (U+00AD, Ctrl+-, invisible: «1тарау» as a reader sees it) or a soft hyphen beside the hyphen.
 * - «Глава 1. Общие положения», «ГЛАВА 1 ОБЩИЕ ПОЛОЖЕНИЯ», and with a Roman number, «Глава I.», «Глава IV» (and
 *   «II тарау», as older Kazakh texts number them)
 *   (Latin letters, or the Cyrillic «І» and «Х» that look the same, as act 003 writes «VІ сайланған»).
 *   Our choice: a Roman number is read as the number it is (I = 1), and chapters are then numbered, checked and
 *   named in findings by the author's numeral where a clause is named with its chapter (`clause-name.ts`).
 * - What stands between the number and the title: a full stop, or a dash typed or made by AutoCorrect
 *   («2-тарау – …», «Глава 2 — …»), which is no part of the title.
 *
 * Pure.
 */
import { PropertyRegExp } from './narrow-regexp.js';

/** What stands between a chapter's number and its title (see above), then the title. */
const TITLE_AFTER = String.raw`(?:\.|\s*[-–—](?=\s))?\s*(.*)$`;
/** What authors put for the hyphen of «N-тарау». */
const HYPHEN = String.raw`[\s\u00ad]*(?:[-‐‑–—][\s\u00ad]*)?`;
const KK = new PropertyRegExp(String.raw`^(\d{1,4}|[IVXІХ]{1,8})${HYPHEN}[тТT][аaАA][рprРPR][аaАA][уyУY](?!\p{L})${TITLE_AFTER}`, 'su');
/** Russian letters are spelt out (no \p{L}: see narrow-regexp.ts). */
const RU = new RegExp(String.raw`^глава\s+(\d{1,4}|[IVXІХ]{1,8})(?![0-9A-Za-zА-Яа-яЁёІі])${TITLE_AFTER}`, 'isu');

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50 };
/** A Roman number in its usual form (I–XXXIX), the Cyrillic look-alikes read as the Latin letters; NaN otherwise. */
export function romanNumber(text: string): number {
  const latin = text.toUpperCase().replace(/І/g, 'I').replace(/Х/g, 'X');
  if (!/^X{0,3}(?:IX|IV|V?I{0,3})$/.test(latin) || latin === '') return Number.NaN;
  let n = 0;
  for (let k = 0; k < latin.length; k++) {
    const v = ROMAN[latin[k] as string] as number;
    const next = ROMAN[latin[k + 1] ?? ''] ?? 0;
    n += v < next ? -v : v;
  }
  return n;
}

export interface ChapterHeading {
  number: number;
  /** The number as the author wrote it («2», «II»). */
  numeral: string;
  /** The title as written, after the full stop or dash (not trimmed). */
  title: string;
  language: 'kk' | 'ru';
}

/** The chapter heading a paragraph's text is, or null. */
export function chapterHeading(text: string): ChapterHeading | null {
  const kk = KK.exec(text);
  const m = kk ?? RU.exec(text);
  if (!m) return null;
  const numeral = m[1] as string;
  const number = /^\d/.test(numeral) ? Number(numeral) : romanNumber(numeral);
  return Number.isNaN(number) ? null : { number, numeral, title: m[2] as string, language: kk ? 'kk' : 'ru' };
}
