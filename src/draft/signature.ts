/**
 * The signature block that closes an order (қол қою блогы): the signatory's position on one or a few short
 * lines, then the name in the form «А. Тегі». Published acts lay it out so (shared/acts/000: «Министр» /
 * «Д. Абаев»; 003: «Қызылорда облыстық мәслихатының хатшысы» / «Н. Байкадамов»; 001: two signatories, each
 * «VІ сайланған Алматы / қаласы мәслихаты XXVІІ / сессиясының төрағасы» / «К. Матыжанов»), and Word authors
 * type the same lines as paragraphs, often in bold («**Аким области**» / «**Д. Абаев**»), or the position and
 * the name on one line («Министр    Д. Абаев»).
 *
 * Word authors also lay the block out in a borderless table after the last point (the position in the left cell,
 * «А. Тегі» in the right one, a cell between left empty for the signature): `isSignatureTable` tells it.
 *
 * Pure: strings in, a count out.
 */
import { PropertyRegExp } from './narrow-regexp.js';

/** A signatory's name as acts print it: «Д. Абаев», «Қ.Қазанбаев», «Е.М. Еркінбаев» (initials, then the surname). */
export const NAME_RE = new PropertyRegExp(String.raw`^[А-ЯӘҒҚҢӨҰҮҺІA-Z]\.\s?(?:[А-ЯӘҒҚҢӨҰҮҺІA-Z]\.\s?)?[А-ЯӘҒҚҢӨҰҮҺІ][\p{Ll}]+$`, 'u');
/** The name at the end of a line that holds the position too («Министр    Д. Абаев»; a tab is read as a space). */
const NAME_AT_END = new PropertyRegExp(String.raw`\s[А-ЯӘҒҚҢӨҰҮҺІA-Z]\.\s?(?:[А-ЯӘҒҚҢӨҰҮҺІA-Z]\.\s?)?[А-ЯӘҒҚҢӨҰҮҺІ][\p{Ll}]+$`, 'u');

/** A line of a signature (the name may follow it, or its position alone in a draft not yet signed): short, one line of a block at most four, no sentence ended, no number to open it. */
export const SHORT = (text: string): boolean =>
  text.length > 0 && text.length <= 120 && text.split('\n').length <= 4 && !/[.;:!?]\s*$/u.test(text.replace(/\s[А-ЯӘҒҚҢӨҰҮҺІA-Z]\.\s?(?:[А-ЯӘҒҚҢӨҰҮҺІA-Z]\.\s?)?\S+$/u, '')) && !/^\d/u.test(text);

/** Whether a block's last line ends with a signatory's name. */
const endsWithName = (text: string): boolean => {
  const last = text.split('\n').pop()?.trim() ?? '';
  return NAME_RE.test(last) || (last.length <= 120 && NAME_AT_END.test(last));
};

/**
 * How many of `texts` (the blocks after the order's last point, in order) make a signature block: the
 * position lines (at most four) and the block that ends with the name; 0 when they do not end with a name.
 * A title of an attached document (long, or followed by its stamp or chapters, never by a name) is none.
 */
export function signatureLength(texts: readonly string[]): number {
  for (let k = 0; k < Math.min(texts.length, 5); k++) {
    const t = (texts[k] as string).trim();
    if (!SHORT(t)) return 0;
    if (endsWithName(t)) return k + 1;
  }
  return 0;
}

/**
 * Whether a table after the order's last point is its signature laid out in a borderless table: at most four rows of
 * at most three filled cells, whose filled cells, read row by row and left to right, are signature blocks and nothing
 * else (each the position lines, then the cell or line ending with «А. Тегі»; one block per signatory) — the same
 * lines the paragraph layout has. With `beforeTitle` (the methodology's title comes right after the table), one row
 * of position lines alone, no name yet («Аким области» in a draft not yet signed), is one too, as a bold position
 * alone there is. A real table (a list of orders, members, grades) has a number in a cell, a sentence ended, more
 * rows, or a cell that is neither a position nor a name.
 */
export function isSignatureTable(rows: readonly (readonly string[])[], beforeTitle = false): boolean {
  const filled = rows.map((r) => r.map((c) => c.trim()).filter((c) => c !== ''));
  if (rows.length > 4 || filled.some((r) => r.length > 3)) return false;
  const cells = filled.flat();
  if (cells.length === 0) return false;
  let at = 0;
  for (let k = signatureLength(cells); k > 0 && at < cells.length; k = signatureLength(cells.slice(at))) at += k;
  if (at === cells.length) return true;
  return beforeTitle && filled.filter((r) => r.length > 0).length === 1 && cells.every((c) => SHORT(c) && !/\d/u.test(c));
}
