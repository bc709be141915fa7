/**
 * A small page layout for the PDF backend: greedy line breaking with justification, tables whose
 * rows grow with their content and whose header rows repeat on each new page, page breaks,
 * keep-with-next, page numbers. Output is a list of pages of positioned words and lines, in points
 * with the origin at the bottom left (PDF convention).
 */
import type { DocumentModel, Paragraph, Table, Run } from '../model.js';
import { ptFromMm } from '../model.js';
import { LINE_HEIGHT } from '../format-rules.js';
import type { FaceKey, FontSet } from './font.js';

export interface WordOp { kind: 'word'; x: number; y: number; size: number; face: FaceKey; text: string; underline: boolean; width: number }
export interface LineOp { kind: 'line'; x1: number; y1: number; x2: number; y2: number }
export type Op = WordOp | LineOp;
export interface LaidPage { ops: Op[] }

interface Token { text: string; face: FaceKey; size: number; width: number; space: boolean; brk: boolean; underline: boolean }
interface Line { tokens: Token[]; width: number; height: number; last: boolean; indent: number }

const CELL_PAD_X = ptFromMm(1.5);
const CELL_PAD_Y = ptFromMm(0.8);

function faceKey(r: Run): FaceKey {
  return r.bold ? (r.italic ? 'boldItalic' : 'bold') : r.italic ? 'italic' : 'regular';
}

/** Break a paragraph into lines for a column `width` points wide. */
export function breakLines(p: Paragraph, width: number, bodySize: number, fonts: FontSet): Line[] {
  const size = p.sizePt ?? bodySize;
  const lh = size * LINE_HEIGHT;
  const tokens: Token[] = [];
  for (const r of p.runs) {
    const face = faceKey(r);
    const f = fonts.get(face);
    for (const piece of r.text.split(/(\n| +)/)) {
      if (piece === '') continue;
      if (piece === '\n') tokens.push({ text: '', face, size, width: 0, space: false, brk: true, underline: false });
      else if (piece[0] === ' ') tokens.push({ text: ' ', face, size, width: (f.width(' ') * size) / 1000, space: true, brk: false, underline: !!r.underline });
      else tokens.push({ text: piece, face, size, width: (f.width(piece) * size) / 1000, space: false, brk: false, underline: !!r.underline });
    }
  }
  const firstIndent = ptFromMm(p.firstLineMm);
  const lines: Line[] = [];
  let cur: Token[] = [];
  let curW = 0;
  let indent = firstIndent;
  const flush = (last: boolean): void => {
    while (cur.length && cur[cur.length - 1]?.space) curW -= cur.pop()?.width ?? 0;
    lines.push({ tokens: cur, width: curW, height: lh, last, indent });
    cur = [];
    curW = 0;
    indent = 0;
  };
  // glue: a word and the words directly attached to it (runs change style mid-word) stay together
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (t.brk) { flush(true); i++; continue; }
    if (t.space) {
      if (cur.length) { cur.push(t); curW += t.width; }
      i++;
      continue;
    }
    const group: Token[] = [t];
    let gw = t.width;
    let j = i + 1;
    while (j < tokens.length && !(tokens[j] as Token).space && !(tokens[j] as Token).brk) { group.push(tokens[j] as Token); gw += (tokens[j] as Token).width; j++; }
    const avail = width - indent;
    if (curW + gw > avail && cur.length) flush(false);
    const avail2 = width - indent;
    if (gw > avail2) {
      // a word longer than the line (a long blank of underscores): break it by characters
      for (const g of group) {
        const f = fonts.get(g.face);
        let piece = '';
        for (const ch of g.text) {
          const w = (f.width(piece + ch) * g.size) / 1000;
          if (curW + w > width - indent && (piece || cur.length)) {
            if (piece) { cur.push({ ...g, text: piece, width: (f.width(piece) * g.size) / 1000 }); curW += (f.width(piece) * g.size) / 1000; }
            flush(false);
            piece = ch;
          } else piece += ch;
        }
        if (piece) { const w = (f.width(piece) * g.size) / 1000; cur.push({ ...g, text: piece, width: w }); curW += w; }
      }
    } else {
      for (const g of group) cur.push(g);
      curW += gw;
    }
    i = j;
  }
  flush(true);
  return lines;
}

function placeLine(line: Line, p: Paragraph, x0: number, width: number, top: number, fonts: FontSet, ops: Op[]): void {
  const size = p.sizePt ?? line.tokens[0]?.size ?? 12;
  const baseline = top - size * ((LINE_HEIGHT - (fonts.get('regular').ascent - fonts.get('regular').descent) / 1000) / 2 + fonts.get('regular').ascent / 1000);
  const avail = width - line.indent;
  let x = x0 + line.indent;
  let extra = 0;
  const spaces = line.tokens.filter((t) => t.space).length;
  if (p.align === 'center') x += (avail - line.width) / 2;
  else if (p.align === 'right') x += avail - line.width;
  else if (p.align === 'justify' && !line.last && spaces > 0) extra = (avail - line.width) / spaces;
  for (const t of line.tokens) {
    if (t.space) {
      if (t.underline) ops.push({ kind: 'line', x1: x, y1: baseline - 1.5, x2: x + t.width + extra, y2: baseline - 1.5 });
      x += t.width + extra;
      continue;
    }
    ops.push({ kind: 'word', x, y: baseline, size: t.size, face: t.face, text: t.text, underline: t.underline, width: t.width });
    if (t.underline) ops.push({ kind: 'line', x1: x, y1: baseline - 1.5, x2: x + t.width, y2: baseline - 1.5 });
    x += t.width;
  }
}

function paragraphHeight(lines: Line[], p: Paragraph): number {
  return p.spaceBeforePt + lines.reduce((a, l) => a + l.height, 0) + p.spaceAfterPt;
}

export function layout(model: DocumentModel, fonts: FontSet): LaidPage[] {
  const pg = model.page;
  const W = ptFromMm(pg.widthMm);
  const H = ptFromMm(pg.heightMm);
  const left = ptFromMm(pg.marginLeftMm);
  const textW = W - left - ptFromMm(pg.marginRightMm);
  const top = H - ptFromMm(pg.marginTopMm);
  const bottom = ptFromMm(pg.marginBottomMm);
  const pages: LaidPage[] = [{ ops: [] }];
  let page = pages[0] as LaidPage;
  let y = top;
  const newPage = (): void => {
    page = { ops: [] };
    pages.push(page);
    y = top;
  };
  const blocks = model.blocks;
  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi];
    if (!b) continue;
    if (b.kind === 'pageBreak') { newPage(); continue; }
    if (b.kind === 'paragraph') {
      const x0 = left + ptFromMm(b.indentLeftMm);
      const w = textW - ptFromMm(b.indentLeftMm);
      const lines = breakLines(b, w, pg.fontSizePt, fonts);
      let need = paragraphHeight(lines, b);
      if (b.keepWithNext) need += firstLineHeight(blocks.slice(bi + 1), pg.fontSizePt, pg.tableFontSizePt);
      if (y - need < bottom && y < top && need < top - bottom) newPage();
      if (y < top) y -= b.spaceBeforePt;
      for (const line of lines) {
        if (y - line.height < bottom) newPage();
        placeLine(line, b, x0, w, y, fonts, page.ops);
        y -= line.height;
      }
      y -= b.spaceAfterPt;
      continue;
    }
    y = placeTable(b, left, textW, y, top, bottom, pg.fontSizePt, fonts, () => { newPage(); return page; }, () => page);
  }
  if (pg.pageNumbers && pages.length > 1) {
    const f = fonts.get('regular');
    const size = pg.tableFontSizePt;
    pages.forEach((p, i) => {
      if (i === 0) return; // the first page carries no number
      const text = String(i + 1);
      const w = (f.width(text) * size) / 1000;
      p.ops.push({ kind: 'word', x: left + (textW - w) / 2, y: H - ptFromMm(12), size, face: 'regular', text, underline: false, width: w });
    });
  }
  return pages;
}

function firstLineHeight(rest: DocumentModel['blocks'], body: number, table: number): number {
  const n = rest[0];
  if (!n || n.kind === 'pageBreak') return 0;
  if (n.kind === 'paragraph') return (n.sizePt ?? body) * LINE_HEIGHT * (n.keepWithNext ? 2 : 1);
  return table * LINE_HEIGHT * 3;
}

function placeTable(t: Table, left: number, textW: number, yStart: number, top: number, bottom: number, body: number, fonts: FontSet, newPage: () => LaidPage, current: () => LaidPage): number {
  const colW = t.widths.map((w) => w * textW);
  const minRow = ptFromMm(t.minRowHeightMm);
  const measured = t.rows.map((row, ri) => {
    const cells = row.map((cell, ci) => {
      const w = (colW[ci] ?? 0) - 2 * CELL_PAD_X;
      const paras = cell.paragraphs.map((p) => ({ p, lines: breakLines(p, w, body, fonts) }));
      const h = paras.reduce((a, x) => a + paragraphHeight(x.lines, x.p), 0);
      return { paras, h };
    });
    const content = Math.max(0, ...cells.map((c) => c.h)) + 2 * CELL_PAD_Y;
    const height = ri >= t.headerRows ? Math.max(content, minRow) : content;
    return { cells, height };
  });
  let y = yStart;
  const drawRow = (ri: number): void => {
    const r = measured[ri];
    if (!r) return;
    const ops = current().ops;
    let x = left;
    r.cells.forEach((c, ci) => {
      const w = colW[ci] ?? 0;
      let cy = y - CELL_PAD_Y;
      for (const { p, lines } of c.paras) {
        cy -= p.spaceBeforePt;
        for (const line of lines) {
          placeLine(line, p, x + CELL_PAD_X, w - 2 * CELL_PAD_X, cy, fonts, ops);
          cy -= line.height;
        }
        cy -= p.spaceAfterPt;
      }
      if (t.borders) {
        ops.push({ kind: 'line', x1: x, y1: y, x2: x + w, y2: y });
        ops.push({ kind: 'line', x1: x, y1: y - r.height, x2: x + w, y2: y - r.height });
        ops.push({ kind: 'line', x1: x, y1: y, x2: x, y2: y - r.height });
        ops.push({ kind: 'line', x1: x + w, y1: y, x2: x + w, y2: y - r.height });
      }
      x += w;
    });
    y -= r.height;
  };
  const headerH = measured.slice(0, t.headerRows).reduce((a, r) => a + r.height, 0);
  // keep the header with at least the first body row
  const firstBody = measured[t.headerRows]?.height ?? 0;
  if (y - headerH - firstBody < bottom && y < top) { newPage(); y = top; }
  for (let ri = 0; ri < t.headerRows; ri++) drawRow(ri);
  const freshPage = (): void => {
    newPage();
    y = top;
    for (let h = 0; h < t.headerRows; h++) drawRow(h);
  };
  for (let ri = t.headerRows; ri < measured.length; ri++) {
    const r = measured[ri];
    if (!r) continue;
    if (r.height > top - bottom - headerH) {
      // taller than a page: split the row line by line across pages, each slice boxed
      if (y - headerH - 3 * CELL_PAD_Y < bottom + r.height / 4 && y < top - headerH) freshPage();
      splitRow(r.cells);
      continue;
    }
    if (y - r.height < bottom) freshPage();
    drawRow(ri);
  }
  return y - 4;

  function splitRow(cells: { paras: { p: Paragraph; lines: Line[] }[] }[]): void {
    const queues = cells.map((c) => c.paras.flatMap(({ p, lines }) => lines.map((line) => ({ p, line }))));
    while (queues.some((q) => q.length > 0)) {
      const room = y - bottom - 2 * CELL_PAD_Y;
      const ops = current().ops;
      let used = 0;
      let x = left;
      queues.forEach((q, ci) => {
        const w = colW[ci] ?? 0;
        let cy = y - CELL_PAD_Y;
        let h = 0;
        while (q.length > 0 && h + (q[0]?.line.height ?? 0) <= room) {
          const item = q.shift();
          if (!item) break;
          placeLine(item.line, item.p, x + CELL_PAD_X, w - 2 * CELL_PAD_X, cy, fonts, ops);
          cy -= item.line.height;
          h += item.line.height;
        }
        used = Math.max(used, h);
        x += w;
      });
      const sliceH = used + 2 * CELL_PAD_Y;
      if (t.borders) {
        let bx = left;
        for (const w of colW) {
          ops.push({ kind: 'line', x1: bx, y1: y, x2: bx + w, y2: y });
          ops.push({ kind: 'line', x1: bx, y1: y - sliceH, x2: bx + w, y2: y - sliceH });
          ops.push({ kind: 'line', x1: bx, y1: y, x2: bx, y2: y - sliceH });
          ops.push({ kind: 'line', x1: bx + w, y1: y, x2: bx + w, y2: y - sliceH });
          bx += w;
        }
      }
      y -= sliceH;
      if (queues.some((q) => q.length > 0)) freshPage();
    }
  }
}
