/**
 * The document model: one plain, declarative tree that both backends (DOCX and PDF) write.
 * Templates become Markdown, Markdown becomes this tree (see markdown.ts); nothing here knows
 * about Handlebars, remark, docx or pdf-lib. Lengths are millimetres, type sizes points.
 */

export type Align = 'left' | 'center' | 'right' | 'justify';

/** A run of text in one style. `\n` inside `text` is a line break within the paragraph. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export interface Paragraph {
  kind: 'paragraph';
  runs: Run[];
  align: Align;
  /** Left indent of the whole paragraph (mm): the right-hand blocks (appendix caption, «БЕКІТЕМІН») use it. */
  indentLeftMm: number;
  /** First-line indent (mm), «азат жол». */
  firstLineMm: number;
  spaceBeforePt: number;
  spaceAfterPt: number;
  /** Type size; absent means the document's body size. */
  sizePt?: number;
  /** Keep on the same page as the next block (titles, captions). */
  keepWithNext?: boolean;
  /**
   * A heading of the navigation (issue 8 item 9): level 1 for an appendix caption («… N-қосымша») and a
   * document's title, 2 for chapters («N-тарау») and a title under a caption. DOCX: the Heading 1/2 paragraph
   * styles (Word's navigation pane); PDF: an outline entry (bookmark).
   */
  outline?: 1 | 2;
}

export interface TableCell {
  paragraphs: Paragraph[];
  /** A merged cell: this cell spans `cols` columns and `rows` rows from its place (colspan/rowspan). */
  span?: { cols: number; rows: number };
  /** Covered by another cell's span: holds nothing and is not drawn. */
  covered?: boolean;
}

export interface Table {
  kind: 'table';
  /** Relative column widths; the backends scale them to the text width. */
  widths: number[];
  /**
   * The least width (mm) of each column, from the widths comment (`<!-- widths: 3 18>45mm … -->`): room the form
   * must leave for a name written in by hand. The fitting step keeps it as it keeps a column's longest word (and
   * turns the page landscape when a portrait page cannot); 0 for a column with none. Absent when no column has one.
   */
  minWidthsMm?: number[];
  /** The first `headerRows` rows repeat at the top of each page the table continues on. */
  headerRows: number;
  /** Signature blocks are tables without borders. */
  borders: boolean;
  rows: TableCell[][];
  /** Minimum height of a body row (mm): blank forms keep room for handwriting. */
  minRowHeightMm: number;
  /**
   * Set by the fitting step: the height (pt, its ruling included) of each header row that a cell merged down over the
   * header makes taller than its own cells (0 for the others). The DOCX writes it as the row's least height: LibreOffice sizes a header
   * row repeated on a new page by its own cells only, and cut the merged cell's text there.
   */
  headerRowsPt?: number[];
  /**
   * Keep the last row (with the rows a merged cell binds to it) on the page of the next block: the signature area
   * after the table it signs never stands alone on a page, the table's last row moves over with it, as a typist
   * moves it. DOCX: every paragraph of those rows keeps with the next (Word and LibreOffice honour it in a row).
   */
  keepWithNext?: boolean;
  /**
   * Set by the fitting step on a table kept with the next block whose last row cannot be kept with it (the row, or its
   * last slice, and what follows are taller than a page): our layout leaves the row where it stands, and the DOCX
   * writes no keep on it — LibreOffice otherwise moved the row (and a heading kept with a one-row table) to the next
   * page once anyway and printed a page more than our PDF (docs/render.md §4a).
   */
  keepLost?: boolean;
  /**
   * Set by the fitting step: the body rows taller than a page, which the PDF splits line by line across pages. The
   * DOCX lets them split too (no `cantSplit`): LibreOffice cut the last lines of such a row kept from splitting.
   */
  splitRows?: number[];
  /**
   * Rows that stay on the page of the row before them: in a signature block, the caption under a signature line
   * («(тегі, аты-жөні, қолы)»), which a block taller than the rest of a page must not leave behind when it splits.
   */
  boundRows?: number[];
  /**
   * Set by the fitting step on a signature block that cannot stand on one page with the paragraphs kept with it (its
   * caption): the DOCX lets it break between its signatories (a row and the caption bound to it still keep together).
   * With every row kept with the next, LibreOffice moved the whole block to the next page and left the caption «…
   * мүшелерінің қолдары» alone at the foot; our layout sets the caption with the first signatures (`keptAbove`).
   */
  breakable?: boolean;
}

export type Orientation = 'portrait' | 'landscape';

export interface PageBreak {
  kind: 'pageBreak';
  /** A new section: the pages from here on are of this orientation (as a Word section break, next page). */
  orientation?: Orientation;
}

export type Block = Paragraph | Table | PageBreak;

export interface PageSetup {
  widthMm: number;
  heightMm: number;
  marginTopMm: number;
  marginBottomMm: number;
  marginLeftMm: number;
  marginRightMm: number;
  /** Body type size (pt). */
  fontSizePt: number;
  /** Type size inside tables (pt). */
  tableFontSizePt: number;
  /** Page numbers in the middle of the top margin, from the second page on. */
  pageNumbers: boolean;
  /** Orientation of the first section (`widthMm`/`heightMm` are the portrait sheet; landscape swaps them). */
  orientation?: Orientation;
}

export interface DocumentMeta {
  title: string;
  subject?: string;
  author?: string;
  /** ISO date (YYYY-MM-DD) written as creation and modification date: from the data, never the clock. */
  date: string;
  /** BCP 47 language tag of the text. */
  language: string;
}

export interface DocumentModel {
  page: PageSetup;
  meta: DocumentMeta;
  blocks: Block[];
  /**
   * Editorial notes (what was reconstructed or repaired, and why): never drawn by a backend. The
   * document a user prints holds only the act's text and the data; the CLI shows these on stderr and
   * writes them beside the document with `--notes`.
   */
  notes: string[];
}

export const MM_PER_PT = 25.4 / 72;
export const ptFromMm = (mm: number): number => (mm * 72) / 25.4;
