/**
 * Document model → DOCX bytes with `docx`, then pinned so the same model gives the same bytes on any
 * machine, time zone or clock: core.xml is written from the data and every ZIP entry gets the same
 * fixed time. Fonts are named, never embedded (embedding draws a random key).
 */
import {
  AlignmentType, BorderStyle, Document, Footer, Header, HeadingLevel, LineRuleType, NoBreakHyphen, Packer, PageNumber, PageOrientation, Paragraph as DocxParagraph,
  Table as DocxTable, TableCell as DocxTableCell, TableLayoutType, TableRow, TextRun, VerticalMergeType, WidthType, convertMillimetersToTwip,
} from 'docx';
import type { DocumentModel, Orientation, Paragraph, Table, Align } from './model.js';
import { DOCX_CELL_SIDE_TWIP, FONT_FAMILY, TABLE_GAP_PT, fixedDate } from './format-rules.js';

/** The paragraph that closes a section after its last table, pt: one twip, the least exact height WordprocessingML states. */
const SECTION_CLOSE_PT = 0.05;
import { keptRowsFrom, rowKeeps, lineTwips, minRowTwips, NO_BREAK_HYPHEN, runPieces, spanAbove, XML_EMITTER } from './docxml.js';
import { compileParts } from './docx-internals.js';
import { deflateSync, strToU8 } from 'fflate';

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const satisfies Record<Align, unknown>;

const twip = (mm: number): number => Math.round(convertMillimetersToTwip(mm));
const halfPoints = (pt: number): number => Math.round(pt * 2);

function paragraph(p: Paragraph, bodyPt: number, keepNext = false, pageBreakBefore = false, widowControl = false): DocxParagraph {
  const children: TextRun[] = [];
  const full = p.runs.map((r) => r.text).join('');
  let at = 0;
  for (const r of p.runs) {
    const parts = r.text.split('\n');
    parts.forEach((text, i) => {
      const pieces = runPieces(full, at, at + text.length);
      at += text.length + 1;
      children.push(new TextRun({
        // (a string child «CURRENT» would be the library's page-number field: this reference path only)
        ...(pieces.length === 1 ? { text } : { children: pieces.map((c) => (c === NO_BREAK_HYPHEN ? new NoBreakHyphen() : c)) }),
        bold: r.bold ?? false,
        italics: r.italic ?? false,
        ...(r.underline ? { underline: {} } : {}),
        ...(p.sizePt ? { size: halfPoints(p.sizePt) } : {}),
        ...(i > 0 ? { break: 1 } : {}),
      }));
    });
    at -= 1;
  }
  return new DocxParagraph({
    children,
    ...(p.outline ? { heading: p.outline === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 } : {}),
    alignment: ALIGN[p.align],
    indent: { left: twip(p.indentLeftMm), firstLine: twip(p.firstLineMm) },
    spacing: { before: Math.round(p.spaceBeforePt * 20), after: Math.round(p.spaceAfterPt * 20), line: lineTwips(p.sizePt ?? bodyPt), lineRule: 'exact' },
    keepNext: keepNext || !!p.keepWithNext,
    ...(pageBreakBefore ? { pageBreakBefore: true } : {}),
    ...(widowControl ? { widowControl: true } : {}),
    // the paragraph mark in the paragraph's size: an empty table cell's mark at the body size made its row a
    // line of body text high (sjc App. 6: a row of 10 pt text with an empty cell 13.8 pt in LibreOffice, not 11.5)
    ...(p.sizePt ? { run: { size: halfPoints(p.sizePt) } } : {}),
  });
}

function headingStyle(level: number, sizePt: number): { run: Record<string, unknown>; paragraph: Record<string, unknown> } {
  return { run: { font: FONT_FAMILY, size: halfPoints(sizePt), color: '000000', bold: false, italics: false }, paragraph: { outlineLevel: level, spacing: { before: 0, after: 0 } } };
}

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const SINGLE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

function table(t: Table, textWidthMm: number, bodyPt: number): DocxTable {
  const widths = t.widths.map((w) => twip(w * textWidthMm));
  const b = t.borders ? SINGLE : NONE;
  const keptFrom = keptRowsFrom(t);
  // a merged cell: `columnSpan` on it, the covered cells left out; a row span is Word's vertical merge
  // (restart on the anchor, continue in the covered cells below it)
  return new DocxTable({
    width: { size: widths.reduce((a, c) => a + c, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: b, bottom: b, left: b, right: b, insideHorizontal: b, insideVertical: b },
    rows: t.rows.map((row, ri) => new TableRow({
      tableHeader: ri < t.headerRows,
      // a row taller than a page may split (LibreOffice cut the last lines of one that may not)
      ...(t.splitRows?.includes(ri) ? {} : { cantSplit: true }),
      ...(ri >= t.headerRows && t.minRowHeightMm > 0 ? { height: { value: minRowTwips(t), rule: 'atLeast' as const } } : {}),
      ...(ri < t.headerRows && t.headerRowsPt?.[ri] ? { height: { value: Math.round((t.headerRowsPt[ri] ?? 0) * 20), rule: 'atLeast' as const } } : {}),
      children: row.flatMap((cell, ci) => {
        const width = (cols: number): number => widths.slice(ci, ci + cols).reduce((a, w) => a + w, 0);
        const margins = { left: DOCX_CELL_SIDE_TWIP, right: DOCX_CELL_SIDE_TWIP, top: twip(0.8), bottom: twip(0.8) };
        if (cell.covered) {
          const above = spanAbove(t, ri, ci);
          if (!above) return []; // covered from the left: the anchor's columnSpan takes its place
          return [new DocxTableCell({ width: { size: width(above.cols), type: WidthType.DXA }, margins, verticalMerge: VerticalMergeType.CONTINUE, ...(above.cols > 1 ? { columnSpan: above.cols } : {}), children: [new DocxParagraph(ri >= keptFrom ? { keepNext: true } : {})] })];
        }
        const cols = cell.span?.cols ?? 1;
        const keep = rowKeeps(t, ri, keptFrom);
        return [new DocxTableCell({
          width: { size: width(cols), type: WidthType.DXA },
          margins,
          ...(cols > 1 ? { columnSpan: cols } : {}),
          ...(cell.span && cell.span.rows > 1 ? { verticalMerge: VerticalMergeType.RESTART } : {}),
          children: cell.paragraphs.length ? cell.paragraphs.map((p) => paragraph(p, bodyPt, keep)) : [new DocxParagraph({ keepNext: keep })],
        })];
      }),
    })),
  });
}

/** What a section of the body is made of, in either writer: the docx library's objects or WordprocessingML text. */
interface Emitter<T> {
  paragraph(p: Paragraph, pageBreakBefore: boolean, bodyPt: number): T;
  table(t: Table, textWidthMm: number, bodyPt: number): T;
  /** An empty paragraph exactly `heightPt` high (between two tables, after a table that ends a section, before a table on a new page). */
  spacer(heightPt: number, pageBreakBefore: boolean): T;
}

/** The body cut into sections (a page break that changes orientation starts one, next page, as Word does it). */
function sectionsOf<T>(model: DocumentModel, emit: Emitter<T>): { orientation: Orientation; children: T[] }[] {
  const pg = model.page;
  const long = Math.max(pg.widthMm, pg.heightMm);
  const short = Math.min(pg.widthMm, pg.heightMm);
  const textWidthMm = (o: Orientation): number => (o === 'landscape' ? long : short) - pg.marginLeftMm - pg.marginRightMm;
  const sections: { orientation: Orientation; children: T[] }[] = [{ orientation: pg.orientation ?? 'portrait', children: [] }];
  let children = (sections[0] as { children: T[] }).children;
  let orientation: Orientation = pg.orientation ?? 'portrait';
  // a page break is the next paragraph's «page break before», not a paragraph holding a break: that paragraph
  // needs a line of its own, and where the text ended at the page foot it made an empty page (sjc order, App. 6)
  let breakBefore = false;
  for (let i = 0; i < model.blocks.length; i++) {
    const b = model.blocks[i];
    if (!b) continue;
    if (b.kind === 'pageBreak') {
      if (b.orientation && b.orientation !== orientation) {
        orientation = b.orientation;
        children = [];
        sections.push({ orientation, children });
      } else breakBefore = true;
    } else if (b.kind === 'paragraph') {
      children.push(emit.paragraph(b, breakBefore, pg.fontSizePt));
      breakBefore = false;
    } else {
      // a table after a page break: a paragraph one point high begins the new page
      if (breakBefore) children.push(emit.spacer(1, true));
      breakBefore = false;
      children.push(emit.table(b, textWidthMm(orientation), pg.fontSizePt));
      // Word needs a paragraph between two tables, or it merges them; and one after a table that ends a section
      // — exactly as high as the PDF's gap between two tables, one twip where it only closes a section (a full-height
      // empty line there moved a table ending near the foot onto a page of its own: asa-b calibration protocol; one
      // point still did not fit under signatures ending 0.6 pt above the foot, and LibreOffice printed a page
      // holding only its number: an almaty protocol with long Russian names)
      const next = model.blocks[i + 1];
      if (!next || next.kind === 'table' || (next.kind === 'pageBreak' && next.orientation && next.orientation !== orientation)) {
        children.push(emit.spacer(next?.kind === 'table' ? TABLE_GAP_PT : SECTION_CLOSE_PT, false));
      }
    }
  }
  return sections;
}

const LIBRARY: Emitter<DocxParagraph | DocxTable> = {
  paragraph: (p, pageBreakBefore, bodyPt) => paragraph(p, bodyPt, false, pageBreakBefore, true),
  table,
  spacer: (heightPt, pageBreakBefore) => new DocxParagraph({ ...(pageBreakBefore ? { pageBreakBefore: true } : {}), spacing: { after: 0, before: 0, line: Math.round(heightPt * 20), lineRule: LineRuleType.EXACT } }),
};

/**
 * Document model → DOCX bytes. The docx library writes the package once per page setup and sequence of section
 * orientations (styles, numbering, settings, headers, section properties: the same for every document of that
 * shape), with a marker paragraph for each section's body; each document's body is written here as
 * WordprocessingML text (docxml.ts), byte for byte what the library writes for it (test/render/docx-fast.test.ts
 * compares every document of every methodology), and put in the markers' place. Building the library's object tree
 * and serialising it was most of a DOCX's time: a one-page form took 1.3× docxtemplater's time (README § Bench).
 */
export async function modelToDocx(model: DocumentModel): Promise<Uint8Array> {
  const sections = sectionsOf(model, XML_EMITTER);
  const shell = await shellOf(model, sections.map((s) => s.orientation));
  if (!shell) return modelToDocxWithLibrary(model);
  let body = shell.document;
  sections.forEach((sec, i) => { body = body.replace(marker(i), () => sec.children.join('')); });
  const parts = new Map(shell.parts);
  parts.set('word/document.xml', body);
  parts.set('docProps/core.xml', coreXml(model));
  return zipParts(parts);
}

const marker = (i: number): string => `<w:p><w:r><w:t xml:space="preserve">@@bagalau-section-${i}@@</w:t></w:r></w:p>`;
interface Shell { parts: Map<string, string | Uint8Array>; document: string }
const shells = new Map<string, Shell | undefined>();

async function shellOf(model: DocumentModel, orientations: Orientation[]): Promise<Shell | undefined> {
  const key = JSON.stringify([model.page, model.meta.language, orientations]);
  if (shells.has(key)) return shells.get(key);
  let shell: Shell | undefined;
  const doc = libraryDocument({ ...model, meta: { ...model.meta, title: '' } }, orientations.map((orientation, i) => ({ orientation, children: [new DocxParagraph({ children: [new TextRun(`@@bagalau-section-${i}@@`)] })] })));
  const parts = compileParts(doc);
  const document = parts?.get('word/document.xml');
  if (parts && typeof document === 'string' && orientations.every((_, i) => document.includes(marker(i)))) shell = { parts, document };
  if (shells.size > 64) shells.clear();
  shells.set(key, shell);
  return shell;
}

/** The same bytes through the docx library's object tree: the reference the fast writer is tested against. */
export async function modelToDocxWithLibrary(model: DocumentModel): Promise<Uint8Array> {
  const doc = libraryDocument(model, sectionsOf(model, LIBRARY));
  const overrides = [{ path: 'docProps/core.xml', data: coreXml(model) }];
  const parts = compileParts(doc, overrides);
  if (!parts) {
    // a docx version without the compiler docx-internals.ts reads: let it zip, then pin the times
    const raw = await Packer.toBuffer(doc, false, overrides);
    return pinZipTimes(new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength));
  }
  return zipParts(parts);
}

function libraryDocument(model: DocumentModel, sections: { orientation: Orientation; children: (DocxParagraph | DocxTable)[] }[]): Document {
  const pg = model.page;
  const long = Math.max(pg.widthMm, pg.heightMm);
  const short = Math.min(pg.widthMm, pg.heightMm);
  const pageNumber = (): Header => new Header({ children: [new DocxParagraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(pg.tableFontSizePt) })] })] });
  return new Document({
    title: model.meta.title,
    ...(model.meta.subject ? { subject: model.meta.subject } : {}),
    creator: model.meta.author ?? 'bagalau',
    lastModifiedBy: 'bagalau',
    revision: 1,
    styles: {
      default: {
        document: { run: { font: FONT_FAMILY, size: halfPoints(pg.fontSizePt), language: { value: model.meta.language } } },
        // the navigation headings (Word's navigation pane, LibreOffice's outline and PDF bookmarks): Word's own
        // Heading 1/2 styles with an outline level, their look that of the text (every heading paragraph sets its own)
        heading1: headingStyle(0, pg.fontSizePt),
        heading2: headingStyle(1, pg.fontSizePt),
      },
    },
    sections: sections.map((sec, si) => ({
      properties: {
        titlePage: si === 0,
        page: {
          size: { width: twip(short), height: twip(long), orientation: sec.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
          margin: { top: twip(pg.marginTopMm), bottom: twip(pg.marginBottomMm), left: twip(pg.marginLeftMm), right: twip(pg.marginRightMm), header: twip(10), footer: twip(10) },
        },
      },
      headers: pg.pageNumbers ? { default: pageNumber(), ...(si === 0 ? { first: new Header({ children: [] }) } : {}) } : {},
      footers: { default: new Footer({ children: [] }) },
      children: sec.children,
    })),
  });
}

/**
 * Zip the parts docx compiled, in its order, with a fixed entry time. Most parts (styles, theme,
 * numbering, settings, relations) are the same for every document: their deflated bytes and CRCs
 * are cached by content, so only the body and core.xml are compressed per document — most of the
 * DOCX time went into docx deflating those fixed parts again each time (docs/render.md §6).
 */
interface Entry { crc: number; size: number; deflated: Uint8Array }
const partCache = new Map<string, Entry>();
const PER_DOCUMENT = new Set(['word/document.xml', 'docProps/core.xml']);

function entryOf(data: Uint8Array, level: 1 | 6): Entry {
  return { crc: crc32(data), size: data.length, deflated: deflateSync(data, { level }) };
}

function zipParts(parts: Map<string, string | Uint8Array>): Uint8Array {
  const entries: { name: Uint8Array; e: Entry }[] = [];
  for (const [path, data] of parts) {
    let e: Entry | undefined;
    if (typeof data === 'string' && !PER_DOCUMENT.has(path)) {
      e = partCache.get(data);
      if (!e) {
        e = entryOf(strToU8(data), 6); // once per process: small beats fast
        if (partCache.size > 256) partCache.clear();
        partCache.set(data, e);
      }
    } else e = entryOf(typeof data === 'string' ? strToU8(data) : data, 1); // every document: fast beats small
    entries.push({ name: strToU8(path), e });
  }
  return writeZip(entries);
}

const DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1;

/** A plain ZIP (deflate, no extra fields, DOS time 1980-01-01 00:00). */
function writeZip(entries: { name: Uint8Array; e: Entry }[]): Uint8Array {
  let size = 22;
  for (const { name, e } of entries) size += 30 + name.length + e.deflated.length + 46 + name.length;
  const out = new Uint8Array(size);
  const dv = new DataView(out.buffer);
  let p = 0;
  const offsets: number[] = [];
  for (const { name, e } of entries) {
    offsets.push(p);
    dv.setUint32(p, 0x04034b50, true); dv.setUint16(p + 4, 20, true); dv.setUint16(p + 6, 0x0800, true); dv.setUint16(p + 8, 8, true);
    dv.setUint16(p + 10, 0, true); dv.setUint16(p + 12, DOS_DATE_1980_01_01, true); dv.setUint32(p + 14, e.crc, true);
    dv.setUint32(p + 18, e.deflated.length, true); dv.setUint32(p + 22, e.size, true); dv.setUint16(p + 26, name.length, true); dv.setUint16(p + 28, 0, true);
    out.set(name, p + 30);
    out.set(e.deflated, p + 30 + name.length);
    p += 30 + name.length + e.deflated.length;
  }
  const cd = p;
  entries.forEach(({ name, e }, i) => {
    dv.setUint32(p, 0x02014b50, true); dv.setUint16(p + 4, 20, true); dv.setUint16(p + 6, 20, true); dv.setUint16(p + 8, 0x0800, true); dv.setUint16(p + 10, 8, true);
    dv.setUint16(p + 12, 0, true); dv.setUint16(p + 14, DOS_DATE_1980_01_01, true); dv.setUint32(p + 16, e.crc, true);
    dv.setUint32(p + 20, e.deflated.length, true); dv.setUint32(p + 24, e.size, true); dv.setUint16(p + 28, name.length, true);
    dv.setUint16(p + 30, 0, true); dv.setUint16(p + 32, 0, true); dv.setUint16(p + 34, 0, true); dv.setUint16(p + 36, 0, true); dv.setUint32(p + 38, 0, true);
    dv.setUint32(p + 42, offsets[i] ?? 0, true);
    out.set(name, p + 46);
    p += 46 + name.length;
  });
  dv.setUint32(p, 0x06054b50, true); dv.setUint16(p + 4, 0, true); dv.setUint16(p + 6, 0, true);
  dv.setUint16(p + 8, entries.length, true); dv.setUint16(p + 10, entries.length, true);
  dv.setUint32(p + 12, p - cd, true); dv.setUint32(p + 16, cd, true); dv.setUint16(p + 20, 0, true);
  return out;
}

let CRC_TABLE: Uint32Array | undefined;
function crc32(data: Uint8Array): number {
  if (!CRC_TABLE) {
    CRC_TABLE = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = (CRC_TABLE[(c ^ (data[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const xmlText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** core.xml as docx writes it, with the document's own date instead of the clock's. */
function coreXml(model: DocumentModel): string {
  const stamp = `${fixedDate(model.meta.date).toISOString().slice(0, 19)}Z`;
  const m = model.meta;
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    + `<dc:title>${xmlText(m.title)}</dc:title>`
    + (m.subject ? `<dc:subject>${xmlText(m.subject)}</dc:subject>` : '')
    + `<dc:creator>${xmlText(m.author ?? 'bagalau')}</dc:creator><cp:lastModifiedBy>bagalau</cp:lastModifiedBy><cp:revision>1</cp:revision>`
    + `<dc:language>${xmlText(m.language)}</dc:language>`
    + `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>`
    + '</cp:coreProperties>';
}

/**
 * Set every ZIP entry's DOS time to 1980-01-01 00:00 in place (local headers and central directory):
 * the only clock-dependent bytes left once core.xml is ours. No recompression needed.
 */
export function pinZipTimes(zip: Uint8Array): Uint8Array {
  const out = new Uint8Array(zip);
  const dv = new DataView(out.buffer, out.byteOffset, out.byteLength);
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 65_535); i--) {
    if (dv.getUint32(i, true) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error('DOCX: no ZIP end record');
  const count = dv.getUint16(eocd + 10, true);
  let p = dv.getUint32(eocd + 16, true);
  const DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1;
  for (let n = 0; n < count; n++) {
    if (dv.getUint32(p, true) !== 0x02014b50) throw new Error('DOCX: bad central directory');
    dv.setUint16(p + 12, 0, true);
    dv.setUint16(p + 14, DATE_1980_01_01, true);
    const local = dv.getUint32(p + 42, true);
    if (dv.getUint32(local, true) !== 0x04034b50) throw new Error('DOCX: bad local header');
    dv.setUint16(local + 10, 0, true);
    dv.setUint16(local + 12, DATE_1980_01_01, true);
    p += 46 + dv.getUint16(p + 28, true) + dv.getUint16(p + 30, true) + dv.getUint16(p + 32, true);
  }
  return out;
}
