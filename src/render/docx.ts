/**
 * Document model → DOCX bytes with `docx`, then normalised with fflate so the same model gives the
 * same bytes on any machine, time zone or clock: core.xml dates come from the data and every ZIP
 * entry gets the same fixed time. Fonts are named, never embedded (embedding draws a random key).
 */
import {
  AlignmentType, BorderStyle, Document, Footer, Header, Packer, PageBreak, PageNumber, Paragraph as DocxParagraph,
  Table as DocxTable, TableCell as DocxTableCell, TableLayoutType, TableRow, TextRun, WidthType, convertMillimetersToTwip,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import type { DocumentModel, Paragraph, Table, Align } from './model.js';
import { FONT_FAMILY, LINE_HEIGHT } from './format-rules.js';
import { fixedDate } from './pdf/writer.js';

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const satisfies Record<Align, unknown>;

const twip = (mm: number): number => Math.round(convertMillimetersToTwip(mm));
const halfPoints = (pt: number): number => Math.round(pt * 2);

function paragraph(p: Paragraph, keepNext = false): DocxParagraph {
  const children: TextRun[] = [];
  for (const r of p.runs) {
    const parts = r.text.split('\n');
    parts.forEach((text, i) => {
      children.push(new TextRun({
        text,
        bold: r.bold ?? false,
        italics: r.italic ?? false,
        ...(r.underline ? { underline: {} } : {}),
        ...(p.sizePt ? { size: halfPoints(p.sizePt) } : {}),
        ...(i > 0 ? { break: 1 } : {}),
      }));
    });
  }
  return new DocxParagraph({
    children,
    alignment: ALIGN[p.align],
    indent: { left: twip(p.indentLeftMm), firstLine: twip(p.firstLineMm) },
    spacing: { before: Math.round(p.spaceBeforePt * 20), after: Math.round(p.spaceAfterPt * 20), line: Math.round(240 * LINE_HEIGHT / 1.15), lineRule: 'auto' },
    keepNext: keepNext || !!p.keepWithNext,
  });
}

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const SINGLE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

function table(t: Table, textWidthMm: number): DocxTable {
  const widths = t.widths.map((w) => twip(w * textWidthMm));
  const b = t.borders ? SINGLE : NONE;
  return new DocxTable({
    width: { size: widths.reduce((a, c) => a + c, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: b, bottom: b, left: b, right: b, insideHorizontal: b, insideVertical: b },
    rows: t.rows.map((row, ri) => new TableRow({
      tableHeader: ri < t.headerRows,
      cantSplit: true,
      ...(ri >= t.headerRows && t.minRowHeightMm > 0 ? { height: { value: twip(t.minRowHeightMm), rule: 'atLeast' as const } } : {}),
      children: row.map((cell, ci) => new DocxTableCell({
        width: { size: widths[ci] ?? 0, type: WidthType.DXA },
        margins: { left: twip(1.5), right: twip(1.5), top: twip(0.8), bottom: twip(0.8) },
        children: cell.paragraphs.length ? cell.paragraphs.map((p) => paragraph(p)) : [new DocxParagraph({})],
      })),
    })),
  });
}

export async function modelToDocx(model: DocumentModel): Promise<Uint8Array> {
  const pg = model.page;
  const textWidthMm = pg.widthMm - pg.marginLeftMm - pg.marginRightMm;
  const children: (DocxParagraph | DocxTable)[] = [];
  for (let i = 0; i < model.blocks.length; i++) {
    const b = model.blocks[i];
    if (!b) continue;
    if (b.kind === 'pageBreak') children.push(new DocxParagraph({ children: [new PageBreak()] }));
    else if (b.kind === 'paragraph') children.push(paragraph(b));
    else {
      children.push(table(b, textWidthMm));
      // Word needs a paragraph between two tables, or it merges them
      const next = model.blocks[i + 1];
      if (!next || next.kind === 'table') children.push(new DocxParagraph({ spacing: { after: 0, before: 0 } }));
    }
  }
  const pageNumber = new Header({ children: [new DocxParagraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(pg.tableFontSizePt) })] })] });
  const doc = new Document({
    title: model.meta.title,
    ...(model.meta.subject ? { subject: model.meta.subject } : {}),
    creator: model.meta.author ?? 'bagalau',
    lastModifiedBy: 'bagalau',
    revision: 1,
    styles: { default: { document: { run: { font: FONT_FAMILY, size: halfPoints(pg.fontSizePt), language: { value: model.meta.language } } } } },
    sections: [{
      properties: {
        titlePage: true,
        page: {
          size: { width: twip(pg.widthMm), height: twip(pg.heightMm) },
          margin: { top: twip(pg.marginTopMm), bottom: twip(pg.marginBottomMm), left: twip(pg.marginLeftMm), right: twip(pg.marginRightMm), header: twip(10), footer: twip(10) },
        },
      },
      headers: pg.pageNumbers ? { default: pageNumber, first: new Header({ children: [] }) } : {},
      footers: { default: new Footer({ children: [] }) },
      children,
    }],
  });
  const raw = await Packer.toBuffer(doc);
  return normaliseDocx(new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength), model.meta.date);
}

/** Pin core.xml dates and ZIP entry times; keep entry order. */
export function normaliseDocx(bytes: Uint8Array, isoDate: string): Uint8Array {
  const stamp = `${fixedDate(isoDate).toISOString().slice(0, 19)}Z`;
  const files = unzipSync(bytes);
  const out: Zippable = {};
  // fflate writes DOS times from local-time getters: a Date built from local components gives the
  // same DOS fields in every time zone
  const mtime = new Date(1980, 0, 1, 0, 0, 0);
  for (const [name, data] of Object.entries(files)) {
    let d = data;
    if (name === 'docProps/core.xml') {
      d = strToU8(strFromU8(data)
        .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`));
    }
    out[name] = [d, { mtime, level: 6 }];
  }
  return zipSync(out);
}
