/**
 * The body of a DOCX as WordprocessingML text, written straight from the document model: the same markup the
 * docx library writes for it (docx.ts keeps the library's path as the reference; test/render/docx-fast.test.ts
 * compares both for every document of every methodology), without building and serialising an object tree per
 * paragraph, which was most of a DOCX's time.
 */
import { convertMillimetersToTwip } from 'docx';
import type { Align, Paragraph, Table } from './model.js';
import { BORDER_PT, DOCX_CELL_SIDE_TWIP, LINE_HEIGHT } from './format-rules.js';
import { ptFromMm } from './model.js';
import { cutAtNumeralSuffixHyphens } from './linebreak.js';

const twip = (mm: number): number => Math.round(convertMillimetersToTwip(mm));
const halfPoints = (pt: number): number => Math.round(pt * 2);
const JC: Record<Align, string> = { left: 'left', center: 'center', right: 'right', justify: 'both' };
/**
 * A paragraph's lines exactly as high as our layout sets them (LINE_HEIGHT × its size, in twips): «single» spacing
 * («auto» 240) left LibreOffice its own line of Times New Roman, 11.55 pt at 10 pt where ours is 11.5, and over a
 * page of table rows the 0.05 pt a line came to a point and more, so a row at the foot of our page went to the next
 * in LibreOffice's (sjc-apparatus App. 5 with Russian answers: 15 pages against our 14; with exact lines 14, the
 * same words on each page).
 */
export const lineTwips = (sizePt: number): number => Math.round(sizePt * LINE_HEIGHT * 20);

/**
 * A body row's least height (`rowHeight`, mm) as the DOCX states it (`w:trHeight`, atLeast), twips: with its ruling.
 * Our layout gives such a row its least height and then its ruling (BORDER_PT), as a row sized by its text; LibreOffice
 * takes an atLeast height for the whole row, ruling included (measured 06.12.2026, one-line rows of 8 mm at 10 and 11 pt
 * and of 10 mm at 12 pt: 22.65 pt a row against our 23.18, 28.30 against 28.85), so a page of such rows held one row
 * more in its printing than in ours (31 against 30).
 */
export const minRowTwips = (t: Table): number => Math.round((ptFromMm(t.minRowHeightMm) + (t.borders ? BORDER_PT : 0)) * 20);

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

const onOff = (name: string, on: boolean): string => (on ? `<w:${name}/>` : `<w:${name} w:val="false"/>`);
const size = (pt: number | undefined): string => (pt ? `<w:sz w:val="${halfPoints(pt)}"/><w:szCs w:val="${halfPoints(pt)}"/>` : '');

export function paragraphXml(p: Paragraph, keepNext: boolean, pageBreakBefore: boolean, bodyPt: number, widowControl = false): string {
  let x = '<w:p><w:pPr>';
  if (p.outline) x += `<w:pStyle w:val="Heading${p.outline}"/>`;
  x += onOff('keepNext', keepNext || !!p.keepWithNext);
  if (pageBreakBefore) x += '<w:pageBreakBefore/>';
  if (widowControl) x += '<w:widowControl/>';
  x += `<w:spacing w:after="${Math.round(p.spaceAfterPt * 20)}" w:before="${Math.round(p.spaceBeforePt * 20)}" w:line="${lineTwips(p.sizePt ?? bodyPt)}" w:lineRule="exact"/>`;
  x += `<w:ind w:left="${twip(p.indentLeftMm)}" w:firstLine="${twip(p.firstLineMm)}"/>`;
  x += `<w:jc w:val="${JC[p.align]}"/>`;
  if (p.sizePt) x += `<w:rPr>${size(p.sizePt)}</w:rPr>`;
  x += '</w:pPr>';
  const full = p.runs.length === 1 ? (p.runs[0]?.text ?? '') : p.runs.map((r) => r.text).join('');
  let at = 0;
  for (const r of p.runs) {
    const rPr = `<w:rPr>${onOff('b', !!r.bold)}${onOff('bCs', !!r.bold)}${onOff('i', !!r.italic)}${onOff('iCs', !!r.italic)}${size(p.sizePt)}${r.underline ? '<w:u w:val="single"/>' : ''}</w:rPr>`;
    r.text.split('\n').forEach((text, i) => {
      x += `<w:r>${rPr}${i > 0 ? '<w:br/>' : ''}`;
      runPieces(full, at, at + text.length).forEach((piece) => {
        x += piece === NO_BREAK_HYPHEN ? '<w:noBreakHyphen/>' : `<w:t xml:space="preserve">${escapeText(piece)}</w:t>`;
      });
      x += '</w:r>';
      at += text.length + 1;
    });
    at -= 1;
  }
  return `${x}</w:p>`;
}

/** Stands for a `w:noBreakHyphen` among a run's pieces. */
export const NO_BREAK_HYPHEN = Symbol('w:noBreakHyphen');

/**
 * The content of a run holding `full[from, to)`: its text, with a numeral's hyphen before its suffix («1-ден»)
 * written as Word's non-breaking hyphen, which Word and LibreOffice never break after and print as «-»
 * (`isNumeralSuffixHyphen`). Empty text beside such a hyphen is left out; a run with no text keeps its empty `w:t`.
 */
export function runPieces(full: string, from: number, to: number): (string | typeof NO_BREAK_HYPHEN)[] {
  const cut = cutAtNumeralSuffixHyphens(full, from, to);
  if (cut.length === 1) return cut;
  const out: (string | typeof NO_BREAK_HYPHEN)[] = [];
  cut.forEach((t, i) => {
    if (i > 0) out.push(NO_BREAK_HYPHEN);
    if (t) out.push(t);
  });
  return out;
}

/** An empty paragraph: `keepNext` as given, or exactly `exactPt` high. */
function emptyParagraph(opts: { keepNext?: boolean; exactPt?: number; pageBreakBefore?: boolean }): string {
  let pPr = '';
  if (opts.keepNext !== undefined) pPr += onOff('keepNext', opts.keepNext);
  if (opts.pageBreakBefore) pPr += '<w:pageBreakBefore/>';
  if (opts.exactPt !== undefined) pPr += `<w:spacing w:after="0" w:before="0" w:line="${Math.round(opts.exactPt * 20)}" w:lineRule="exact"/>`;
  return pPr ? `<w:p><w:pPr>${pPr}</w:pPr></w:p>` : '<w:p/>';
}

const BORDER = (on: boolean): string => (on ? 'w:val="single" w:color="000000" w:sz="4"' : 'w:val="none" w:color="auto" w:sz="0"');
const MARGINS = `<w:tcMar><w:top w:type="dxa" w:w="${twip(0.8)}"/><w:left w:type="dxa" w:w="${DOCX_CELL_SIDE_TWIP}"/><w:bottom w:type="dxa" w:w="${twip(0.8)}"/><w:right w:type="dxa" w:w="${DOCX_CELL_SIDE_TWIP}"/></w:tcMar>`;

/**
 * A covered cell: the span of the cell above that covers it (Word's vertical merge continues there), or undefined
 * when it is covered from the left (the anchor's gridSpan takes its place).
 */
export function spanAbove(t: Table, ri: number, ci: number): { cols: number } | undefined {
  for (let r = ri - 1; r >= 0; r--) {
    const c = t.rows[r]?.[ci];
    if (c && !c.covered) return c.span && c.span.rows > ri - r ? { cols: c.span.cols } : undefined;
  }
  return undefined;
}

/**
 * The first row kept with the block after the table (`Table.keepWithNext`): the last row, or the first of the last rows
 * a merged cell binds together; past the end when the table is not kept, or its keep cannot be had (`Table.keepLost`).
 */
export function keptRowsFrom(t: Table): number {
  const n = t.rows.length;
  if (!t.keepWithNext || t.keepLost || n === 0) return n;
  let from = n - 1;
  // a cell spanning down into the kept rows from above brings its rows along (and any cell spanning into those)
  for (let moved = true; moved;) {
    moved = false;
    for (let ri = t.headerRows; ri < from && !moved; ri++) {
      if ((t.rows[ri] ?? []).some((c) => c.span && ri + c.span.rows - 1 >= from)) { from = ri; moved = true; }
    }
  }
  return Math.max(from, t.headerRows);
}

/**
 * Whether the paragraphs of row `ri` keep with the next: a borderless block (signatures) keeps its rows together —
 * every row but the last, or, where the block may break (`Table.breakable`), only a row whose caption follows it; a
 * table kept with the next block keeps its last rows (from `keptFrom`) with it.
 */
export function rowKeeps(t: Table, ri: number, keptFrom: number): boolean {
  if (ri >= keptFrom) return true;
  if (t.borders || ri >= t.rows.length - 1) return false;
  return !t.breakable || !!t.boundRows?.includes(ri + 1);
}

export function tableXml(t: Table, textWidthMm: number, bodyPt: number): string {
  const widths = t.widths.map((w) => twip(w * textWidthMm));
  const b = BORDER(t.borders);
  const keptFrom = keptRowsFrom(t);
  let x = `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${widths.reduce((a, c) => a + c, 0)}"/><w:tblBorders><w:top ${b}/><w:left ${b}/><w:bottom ${b}/><w:right ${b}/><w:insideH ${b}/><w:insideV ${b}/></w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>`;
  for (const w of widths) x += `<w:gridCol w:w="${w}"/>`;
  x += '</w:tblGrid>';
  t.rows.forEach((row, ri) => {
    // a row taller than a page may split (LibreOffice cut the last lines of one that may not)
    x += t.splitRows?.includes(ri) ? '<w:tr><w:trPr>' : '<w:tr><w:trPr><w:cantSplit/>';
    x += ri < t.headerRows ? '<w:tblHeader/>' : '<w:tblHeader w:val="off"/>';
    if (ri >= t.headerRows && t.minRowHeightMm > 0) x += `<w:trHeight w:val="${minRowTwips(t)}" w:hRule="atLeast"/>`;
    else if (t.headerRowsPt?.[ri]) x += `<w:trHeight w:val="${Math.round((t.headerRowsPt[ri] ?? 0) * 20)}" w:hRule="atLeast"/>`;
    x += '</w:trPr>';
    row.forEach((cell, ci) => {
      const width = (cols: number): number => widths.slice(ci, ci + cols).reduce((a, w) => a + w, 0);
      if (cell.covered) {
        const above = spanAbove(t, ri, ci);
        if (!above) return; // covered from the left: the anchor's gridSpan takes its place
        x += `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width(above.cols)}"/>${above.cols > 1 ? `<w:gridSpan w:val="${above.cols}"/>` : ''}<w:vMerge w:val="continue"/>${MARGINS}</w:tcPr>${emptyParagraph(ri >= keptFrom ? { keepNext: true } : {})}</w:tc>`;
        return;
      }
      const cols = cell.span?.cols ?? 1;
      const keep = rowKeeps(t, ri, keptFrom);
      x += `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width(cols)}"/>${cols > 1 ? `<w:gridSpan w:val="${cols}"/>` : ''}${cell.span && cell.span.rows > 1 ? '<w:vMerge w:val="restart"/>' : ''}${MARGINS}</w:tcPr>`;
      x += cell.paragraphs.length ? cell.paragraphs.map((p) => paragraphXml(p, keep, false, bodyPt)).join('') : emptyParagraph({ keepNext: keep });
      x += '</w:tc>';
    });
    x += '</w:tr>';
  });
  return `${x}</w:tbl>`;
}

export const XML_EMITTER = {
  // a body paragraph splits over pages as our layout splits it: two lines at least on each side (BODY_WIDOW_LINES)
  paragraph: (p: Paragraph, pageBreakBefore: boolean, bodyPt: number): string => paragraphXml(p, false, pageBreakBefore, bodyPt, true),
  table: tableXml,
  spacer: (heightPt: number, pageBreakBefore: boolean): string => emptyParagraph({ exactPt: heightPt, pageBreakBefore }),
};
