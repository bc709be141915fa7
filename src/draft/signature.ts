/**
 * The signature block that closes an order (қол қою блогы): the signatory's position on one or a few short
 * lines, then the name in the form «А. Тегі». Published acts lay it out so (shared/acts/000: «Министр» /
 * «Д. Абаев»; 003: «Қызылорда облыстық мәслихатының хатшысы» / «Н. Байкадамов»; 001: two signatories, each
 * «VІ сайланған Алматы / қаласы мәслихаты XXVІІ / сессиясының төрағасы» / «К. Матыжанов»), and Word authors
 * type the same lines as paragraphs, often in bold («**Аким области**» / «**Д. Абаев**»), or the position and
 * the name on one line («Министр    Д. Абаев»).
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
