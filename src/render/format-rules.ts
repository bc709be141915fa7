import type { PageSetup } from './model.js';

/**
 * Page and type settings of official documents, as data. Sources (see docs/render.md §2):
 * - «Мемлекеттік және мемлекеттік емес ұйымдарда құжаттама жасау, құжаттаманы басқару және
 *   электрондық құжат айналымы жүйелерін пайдалану қағидалары», Order of the Minister of Culture
 *   and Sports No. 236 of 25.08.2023 (reg. No. 33339), which replaced Government Decree No. 703 of
 *   31.10.2018; and the state standard СТ РК 1042-2001 on organisational-administrative documents.
 * - Choice (stated, not found verbatim in a primary text read here): margins left 30 mm, right
 *   10 mm, top 20 mm, bottom 20 mm; Times New Roman; 14 pt body for orders, 12 pt allowed for
 *   forms and tables; page numbers in the middle of the top margin from the second page; first
 *   line indent 12.5 mm. Secondary sources agree on these values; the primary text was not
 *   reachable from this machine.
 */
export const A4_OFFICIAL: PageSetup = {
  widthMm: 210,
  heightMm: 297,
  marginTopMm: 20,
  marginBottomMm: 20,
  marginLeftMm: 30,
  marginRightMm: 10,
  fontSizePt: 14,
  tableFontSizePt: 12,
  pageNumbers: true,
};

/** First-line indent of body paragraphs («азат жол»), mm. */
export const FIRST_LINE_INDENT_MM = 12.5;

/** The right-hand blocks (appendix caption, «Нысан», «БЕКІТЕМІН») start at this share of the text width. */
export const RIGHT_BLOCK_START = 0.5;

/** Font family named in DOCX; the PDF embeds Tinos, metric-compatible with it. */
export const FONT_FAMILY = 'Times New Roman';

/**
 * A table cell's left and right inner margin in the DOCX, twips: 84, where our layout's 1.5 mm is 85.04. LibreOffice
 * measures a line within about ±0.08 pt of our widths (measured 06.12.2026: 29 Kazakh and Russian lines of 89–449 pt
 * at 11 pt, in one-column tables one twip wider at each step; it kept a line whole from between 0.08 pt less and
 * 0.07 pt more than our width of it), and the column widths are rounded to twips (±0.025 pt), so with the margins of
 * our layout a line that fits its cell by a hair in our PDF broke in LibreOffice (sjc-apparatus App. 1 with long names: the first
 * indicator went to page 2). One twip less each side gives LibreOffice 0.08–0.13 pt more than our layout has.
 */
export const DOCX_CELL_SIDE_TWIP = 84;

/**
 * Widow and orphan control of a body paragraph split over two pages: at least this many of its lines at the foot of
 * the first and at the top of the next. Word's and LibreOffice's rule for `w:widowControl`, which the DOCX sets on
 * every body paragraph, and the typist's: no line of a paragraph left alone at a page's foot or top.
 */
export const BODY_WIDOW_LINES = 2;

/** Line height as a multiple of the type size (single spacing of Times New Roman / Tinos: ascent + descent + gap). */
export const LINE_HEIGHT = 1.15;

/**
 * Width of a table's ruling (the DOCX's single border, `w:sz` 4 = 0.5 pt). Word and LibreOffice add it to every
 * bordered row's height (LibreOffice: 16.54 pt a row of 10 pt text where the content is 16.05): left out, a long
 * table drifted half a point a row and broke a page later than the DOCX (sjc App. 6, issue 8).
 */
export const BORDER_PT = 0.5;

/** The gap between two tables, pt: the DOCX's separating paragraph is set to exactly this height, the PDF layout leaves it. */
export const TABLE_GAP_PT = 4;

/**
 * A document's date (YYYY-MM-DD, from its data) as the fixed instant both backends write for it (PDF info dates,
 * DOCX core.xml and ZIP entry times): never the clock, so the same model gives the same bytes.
 */
export function fixedDate(iso: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`document date must be YYYY-MM-DD, got "${iso}"`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}
