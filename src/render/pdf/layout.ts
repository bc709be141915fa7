/**
 * A small page layout for the PDF backend: line breaking at Unicode line-break opportunities (UAX #14)
 * with justification and soft hyphens, tables whose rows grow with their content, merged cells, header
 * rows repeated on each new page, sections of either orientation, keep-with-next, widow and orphan control
 * and keep-together (a borderless signature block never splits), page numbers. Output is a list of pages of positioned
 * words and lines, in points with the origin at the bottom left (PDF convention).
 */
import type { Block, DocumentModel, Orientation, Paragraph, Table, Run } from '../model.js';
import { ptFromMm } from '../model.js';
import { BODY_WIDOW_LINES, BORDER_PT, LINE_HEIGHT, TABLE_GAP_PT } from '../format-rules.js';
import { breakOffsets, heldBreakOffsets, SOFT_HYPHEN } from '../linebreak.js';
import type { FaceKey, FontSet } from './font.js';
import { keep } from '../cache.js';
import type { RenderCache } from '../cache.js';

/** `space`: a space follows the word on its line; the writer draws it after the word (it moves nothing). */
export interface WordOp { kind: 'word'; x: number; y: number; size: number; face: FaceKey; text: string; underline: boolean; width: number; space?: boolean }
export interface LineOp { kind: 'line'; x1: number; y1: number; x2: number; y2: number }
export type Op = WordOp | LineOp;
/** A navigation heading placed on a page: its level, its text on one line, the top of its first line. */
export interface Mark { level: 1 | 2; title: string; y: number }
export interface LaidPage { ops: Op[]; width: number; height: number; marks: Mark[] }

/** `glue`: no break allowed after this token (the next piece is part of the same word). */
interface Token { text: string; face: FaceKey; size: number; width: number; space: boolean; brk: boolean; underline: boolean; glue: boolean; softHyphen: boolean }
interface Line { tokens: Token[]; width: number; height: number; last: boolean; indent: number; hyphen: boolean }

const CELL_PAD_X = ptFromMm(1.5);
const CELL_PAD_Y = ptFromMm(0.8);

function faceKey(r: Run): FaceKey {
  return r.bold ? (r.italic ? 'boldItalic' : 'bold') : r.italic ? 'italic' : 'regular';
}

/** Split a paragraph's runs into tokens: words cut at UAX #14 break opportunities, spaces, line breaks. */
function tokenize(p: Paragraph, size: number, fonts: FontSet): Token[] {
  let full = '';
  for (const r of p.runs) full += r.text;
  // opp[i]: a break opportunity before offset i of the paragraph's text (1), or a piece's end where no break is (2:
  // after a numeral's hyphen, «1-|ден», the pieces UAX #14 gives, glued)
  const opp = new Uint8Array(full.length + 1);
  let off = 0;
  for (const line of full.split('\n')) {
    for (const b of breakOffsets(line)) opp[off + b] = 1;
    for (const b of heldBreakOffsets(line)) opp[off + b] = 2;
    off += line.length + 1;
  }
  const tokens: Token[] = [];
  let pos = 0;
  for (const r of p.runs) {
    const face = faceKey(r);
    const f = fonts.get(face);
    const underline = !!r.underline;
    const text = r.text;
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        tokens.push({ text: '', face, size, width: 0, space: false, brk: true, underline: false, glue: false, softHyphen: false });
        i++;
        continue;
      }
      if (c === 32) {
        let j = i;
        while (j < n && text.charCodeAt(j) === 32) j++;
        tokens.push({ text: ' ', face, size, width: (f.width(' ') * size) / 1000, space: true, brk: false, underline, glue: false, softHyphen: false });
        i = j;
        continue;
      }
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 32 || d === 10 || opp[pos + j] !== 0) break;
        j++;
      }
      let piece = text.slice(i, j);
      const softHyphen = piece.endsWith(SOFT_HYPHEN);
      if (piece.includes(SOFT_HYPHEN)) piece = piece.split(SOFT_HYPHEN).join('');
      // a break is allowed after the piece at an opportunity or where a space or line break follows
      const atEnd = j >= n;
      const next = atEnd ? (pos + j < full.length ? full.charCodeAt(pos + j) : -1) : text.charCodeAt(j);
      const glue = opp[pos + j] !== 1 && next !== 32 && next !== 10 && next !== -1;
      if (piece) tokens.push({ text: piece, face, size, width: (f.width(piece) * size) / 1000, space: false, brk: false, underline, glue, softHyphen });
      else if (tokens.length) { const last = tokens[tokens.length - 1] as Token; last.softHyphen ||= softHyphen; last.glue = last.glue && glue; }
      i = j;
    }
    pos += n;
  }
  return tokens;
}

/** Break a paragraph into lines for a column `width` points wide. */
export function breakLines(p: Paragraph, width: number, bodySize: number, fonts: FontSet): Line[] {
  const size = p.sizePt ?? bodySize;
  const lh = size * LINE_HEIGHT;
  const tokens = tokenize(p, size, fonts);
  const firstIndent = ptFromMm(p.firstLineMm);
  const lines: Line[] = [];
  let cur: Token[] = [];
  let curW = 0;
  let indent = firstIndent;
  const flush = (last: boolean): void => {
    while (cur.length && cur[cur.length - 1]?.space) curW -= cur.pop()?.width ?? 0;
    const end = cur[cur.length - 1];
    lines.push({ tokens: cur, width: curW, height: lh, last, indent, hyphen: !last && !!end?.softHyphen });
    cur = [];
    curW = 0;
    indent = 0;
  };
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (t.brk) { flush(true); i++; continue; }
    if (t.space) {
      if (cur.length) { cur.push(t); curW += t.width; }
      i++;
      continue;
    }
    // a group: the pieces up to the next break opportunity stay together
    const group: Token[] = [t];
    let gw = t.width;
    let j = i + 1;
    while ((tokens[j - 1] as Token).glue && j < tokens.length && !(tokens[j] as Token).space && !(tokens[j] as Token).brk) { group.push(tokens[j] as Token); gw += (tokens[j] as Token).width; j++; }
    const hyphenW = (group[group.length - 1] as Token).softHyphen ? (fonts.get(t.face).width('-') * t.size) / 1000 : 0;
    if (curW + gw + hyphenW > width - indent && cur.length) {
      // a soft hyphen before this group lets the previous piece end the line with «-»
      flush(false);
    }
    if (gw > width - indent) {
      // a piece longer than the line (a long blank of underscores): broken by characters, a «-» between letters
      for (const g of group) {
        const f = fonts.get(g.face);
        let piece = '';
        for (const ch of g.text) {
          const w = (f.width(piece + ch) * g.size) / 1000;
          if (curW + w > width - indent && (piece || cur.length)) {
            const letters = /\p{L}$/u.test(piece) && /^\p{L}/u.test(ch);
            if (piece) { cur.push({ ...g, text: piece, width: (f.width(piece) * g.size) / 1000, softHyphen: letters }); curW += (f.width(piece) * g.size) / 1000; }
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
  const regular = fonts.get('regular');
  const baseline = top - size * ((LINE_HEIGHT - (regular.ascent - regular.descent) / 1000) / 2 + regular.ascent / 1000);
  const avail = width - line.indent;
  let x = x0 + line.indent;
  let extra = 0;
  let spaces = 0;
  for (const t of line.tokens) if (t.space) spaces++;
  if (p.align === 'center') x += (avail - line.width) / 2;
  else if (p.align === 'right') x += avail - line.width;
  else if (p.align === 'justify' && !line.last && spaces > 0) extra = (avail - line.width) / spaces;
  line.tokens.forEach((t, k) => {
    if (t.space) {
      if (t.underline) ops.push({ kind: 'line', x1: x, y1: baseline - 1.5, x2: x + t.width + extra, y2: baseline - 1.5 });
      x += t.width + extra;
      return;
    }
    // a line ending at a soft hyphen shows the hyphen
    const text = line.hyphen && k === line.tokens.length - 1 ? `${t.text}-` : t.text;
    const width = text === t.text ? t.width : (fonts.get(t.face).width(text) * t.size) / 1000;
    if (line.tokens[k + 1]?.space) ops.push({ kind: 'word', x, y: baseline, size: t.size, face: t.face, text, underline: t.underline, width, space: true });
    else ops.push({ kind: 'word', x, y: baseline, size: t.size, face: t.face, text, underline: t.underline, width });
    if (t.underline) ops.push({ kind: 'line', x1: x, y1: baseline - 1.5, x2: x + t.width, y2: baseline - 1.5 });
    x += t.width;
  });
}

function paragraphHeight(lines: Line[], p: Paragraph, before = p.spaceBeforePt): number {
  return before + lines.reduce((a, l) => a + l.height, 0) + p.spaceAfterPt;
}

/**
 * The space a body paragraph leaves above itself: what its space before exceeds the space after of the paragraph
 * right before it, if any. LibreOffice sets two such spaces meeting as the larger of them, not their sum (measured
 * 06.12.2026 with LibreOffice 7.4: a title's 6 pt after and the chapter heading's 6 pt before gave 6 pt; our layout
 * added 12, so an order's page ran 6 pt lower in our PDF from its title on, and a paragraph split at the foot of the
 * printed DOCX moved whole in ours: asa-a-corps order, page 3). Word not checked.
 */
export function spaceBeforeOf(p: Paragraph, before: Block | undefined): number {
  return before?.kind === 'paragraph' ? Math.max(0, p.spaceBeforePt - before.spaceAfterPt) : p.spaceBeforePt;
}

interface Frame { W: number; H: number; left: number; textW: number; top: number; bottom: number }

function frameOf(model: DocumentModel, orientation: Orientation): Frame {
  const pg = model.page;
  const long = Math.max(pg.widthMm, pg.heightMm);
  const short = Math.min(pg.widthMm, pg.heightMm);
  const W = ptFromMm(orientation === 'landscape' ? long : short);
  const H = ptFromMm(orientation === 'landscape' ? short : long);
  const left = ptFromMm(pg.marginLeftMm);
  return { W, H, left, textW: W - left - ptFromMm(pg.marginRightMm), top: H - ptFromMm(pg.marginTopMm), bottom: ptFromMm(pg.marginBottomMm) };
}

export function layout(model: DocumentModel, fonts: FontSet, cache?: RenderCache): LaidPage[] {
  const pg = model.page;
  let orientation: Orientation = pg.orientation ?? 'portrait';
  let fr = frameOf(model, orientation);
  const pages: LaidPage[] = [{ ops: [], width: fr.W, height: fr.H, marks: [] }];
  let page = pages[0] as LaidPage;
  let y = fr.top;
  // a paragraph's space before is kept at the top of the first page and of a page begun by a page break, and
  // dropped at the top of a page the text flowed onto (as Word and LibreOffice do)
  let broken = true;
  const newPage = (): void => {
    page = { ops: [], width: fr.W, height: fr.H, marks: [] };
    pages.push(page);
    y = fr.top;
    broken = false;
  };
  const blocks = model.blocks;
  const run: LayoutRun = { measured: new Map(), lines: linesFor(fonts, cache) };
  let keptAbove = 0;
  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi];
    if (!b) continue;
    if (b.kind === 'pageBreak') {
      if (b.orientation && b.orientation !== orientation) { orientation = b.orientation; fr = frameOf(model, orientation); }
      newPage();
      broken = true;
      keptAbove = 0;
      continue;
    }
    const { left, textW, top, bottom } = fr;
    if (b.kind === 'paragraph') {
      const x0 = left + ptFromMm(b.indentLeftMm);
      const w = textW - ptFromMm(b.indentLeftMm);
      const lines = run.lines(b, w, pg.fontSizePt);
      // a paragraph kept with the next moves whole with the start of what it keeps; any other splits over pages with
      // two lines at least on each side, as the DOCX's widow control has Word and LibreOffice split it
      if (b.keepWithNext) {
        const need = keptNeed(paragraphHeight(lines, b, spaceBeforeOf(b, blocks[bi - 1])), blocks, bi + 1, textW, pg.fontSizePt, run, top - bottom);
        if (y - need < bottom && y < top && need < top - bottom) newPage();
      }
      const yAbove = y;
      const pageAbove = page;
      if (y < top || broken) y -= spaceBeforeOf(b, blocks[bi - 1]);
      broken = false;
      const breaks = b.keepWithNext ? [] : pageBreaksOf(lines, y, top, bottom);
      lines.forEach((line, li) => {
        if (breaks.includes(li) || y - line.height < bottom) newPage();
        if (b.outline && li === 0) page.marks.push({ level: b.outline, title: b.runs.map((r) => r.text).join('').split(SOFT_HYPHEN).join('').replace(/\s+/g, ' ').trim(), y });
        placeLine(line, b, x0, w, y, fonts, page.ops);
        y -= line.height;
      });
      y -= b.spaceAfterPt;
      // the height of the kept paragraphs right above the next block, on the page it starts on
      keptAbove = !b.keepWithNext ? 0 : page === pageAbove ? keptAbove + yAbove - y : top - y;
      continue;
    }
    const gap = blocks[bi + 1]?.kind === 'table' ? TABLE_GAP_PT : 0;
    // a table kept with the next block: what of the next blocks must share the page with its last row
    const after = b.keepWithNext ? gap + startHeight(blocks, bi + 1, textW, pg.fontSizePt, run, top - bottom) : 0;
    y = placeTable(b, measureTable(b, textW, pg.fontSizePt, run), left, y, top, bottom, fonts, () => { newPage(); return page; }, () => page, after, keptAbove);
    keptAbove = 0;
    broken = false;
    y -= gap;
  }
  if (pg.pageNumbers && pages.length > 1) {
    const f = fonts.get('regular');
    const size = pg.tableFontSizePt;
    const marginL = ptFromMm(pg.marginLeftMm);
    const marginR = ptFromMm(pg.marginRightMm);
    pages.forEach((p, i) => {
      if (i === 0) return; // the first page carries no number
      const text = String(i + 1);
      const w = (f.width(text) * size) / 1000;
      p.ops.push({ kind: 'word', x: marginL + (p.width - marginL - marginR - w) / 2, y: p.height - ptFromMm(12), size, face: 'regular', text, underline: false, width: w });
    });
  }
  return pages;
}

/**
 * Where a paragraph that is not kept with the next goes on to a new page: before which of its lines (0: the whole
 * paragraph moves). Widow and orphan control as Word and LibreOffice apply the DOCX's `w:widowControl`: at least
 * BODY_WIDOW_LINES lines at a page's foot and at the next page's top, so a paragraph of fewer than twice as many
 * lines never splits; where the page already holds text, it moves whole instead. Before, every paragraph moved whole
 * while the DOCX let LibreOffice split it anywhere, so the pages of an order differed from the printed DOCX's (a
 * paragraph's last line alone at the foot in LibreOffice, three empty lines at ours: asa-a-corps order, page 3).
 */
export function pageBreaksOf(lines: readonly { height: number }[], y: number, top: number, bottom: number): number[] {
  const out: number[] = [];
  const n = lines.length;
  let i = 0;
  let at = y;
  while (i < n) {
    let fit = 0;
    let h = at;
    while (i + fit < n && h - (lines[i + fit]?.height ?? 0) >= bottom) h -= lines[i + fit++]?.height ?? 0;
    if (i + fit === n) break;
    let take = Math.min(fit, n - i - BODY_WIDOW_LINES);
    if (take < BODY_WIDOW_LINES) take = i === 0 && at < top ? 0 : Math.max(fit, 1);
    out.push(i + take);
    i += take;
    at = top;
  }
  return out;
}

/**
 * How much of the next blocks must share the page with a keep-with-next paragraph: the next paragraph's
 * first line (the whole of it and what it keeps, if it is kept with its own next), a table's header rows and
 * first body row (and what follows, if that row is the last and the table is kept with the next), or the whole
 * of a borderless (signature) block.
 *
 * Each part counts only what its own placing will hold to (`room`: the height of a page's text): a chain of keeps
 * taller than a page is not moved whole when its turn comes (the paragraph starts where it stands, the table's last
 * row stays, a signature block taller than a page splits between its rows), so what it needs is its start — a
 * paragraph's first line, a table's header with the opening of its first row, a signature block's first row.
 * Counting the whole chain left a heading alone at the foot of a page: with a calibration session of 25 members,
 * «Шешім» ended page 2 and its table, kept with the closing paragraph and 23 signatures, began page 3.
 */
function startHeight(blocks: Block[], from: number, textW: number, body: number, run: LayoutRun, room: number): number {
  const n = blocks[from];
  if (!n || n.kind === 'pageBreak') return 0;
  if (n.kind === 'paragraph') {
    const before = spaceBeforeOf(n, blocks[from - 1]);
    if (!n.keepWithNext) return paragraphOpening(run.lines(n, textW - ptFromMm(n.indentLeftMm), body), before);
    const first = (n.sizePt ?? body) * LINE_HEIGHT + before;
    // kept with its own next: the whole of it, and what that one keeps (a chain moves as one, as in Word and LibreOffice)
    const whole = keptNeed(paragraphHeight(run.lines(n, textW - ptFromMm(n.indentLeftMm), body), n, before), blocks, from + 1, textW, body, run, room);
    return whole < room ? whole : first;
  }
  const m = measureTable(n, textW, body, run);
  if (!n.borders) {
    const total = m.rows.reduce((a, r) => a + r.height, 0);
    return total <= room ? total : leastStart(blocks, from, textW, body, run);
  }
  const first = Math.min(m.rows.length, n.headerRows + 1);
  const header = m.rows.slice(0, n.headerRows).reduce((a, r) => a + r.height, 0);
  const firstRow = m.rows[n.headerRows];
  // a first row taller than a page opens where the table stands: its first line under the header
  if (firstRow && firstRow.height > room - header) return header + rowOpening(firstRow, n.borders);
  const start = m.rows.slice(0, first).reduce((a, r) => a + r.height, 0);
  if (!n.keepWithNext || first < m.rows.length) return start;
  const chained = start + (blocks[from + 1]?.kind === 'table' ? TABLE_GAP_PT : 0) + startHeight(blocks, from + 1, textW, body, run, room);
  return chained <= room ? chained : start;
}

/**
 * What a keep-with-next block `own` points high needs on its page: itself and the start of what it keeps
 * (`startHeight`), or, where the two cannot stand on one page together, itself and the least of that start — the next
 * block then starts under it where it stands (`placeTable`'s `keptAbove`) instead of leaving it alone at the foot: a
 * caption «Калибрлеу сессиясы мүшелерінің қолдары» over more signatures than the rest of a page holds takes the first
 * signatures with it, and the block splits between them.
 */
function keptNeed(own: number, blocks: Block[], from: number, textW: number, body: number, run: LayoutRun, room: number): number {
  const need = own + startHeight(blocks, from, textW, body, run, room);
  return need < room ? need : own + leastStart(blocks, from, textW, body, run);
}

/**
 * The least of a block that must stand on the page of the paragraph kept with it: a paragraph's first line, a table's
 * header rows with the opening of its first body row, a signature block's first row with the rows bound to it.
 */
function leastStart(blocks: Block[], from: number, textW: number, body: number, run: LayoutRun): number {
  const n = blocks[from];
  if (!n || n.kind === 'pageBreak') return 0;
  if (n.kind === 'paragraph') {
    const before = spaceBeforeOf(n, blocks[from - 1]);
    return n.keepWithNext ? (n.sizePt ?? body) * LINE_HEIGHT + before : paragraphOpening(run.lines(n, textW - ptFromMm(n.indentLeftMm), body), before);
  }
  const m = measureTable(n, textW, body, run);
  const h = n.borders ? n.headerRows : 0;
  const header = m.rows.slice(0, h).reduce((a, r) => a + r.height, 0);
  const first = m.rows[h];
  if (!first) return header;
  if (n.borders) return header + rowOpening(first, true);
  const end = groupEnds(m, n)[h] ?? h;
  return m.rows.slice(h, end + 1).reduce((a, r) => a + r.height, 0);
}

/**
 * What of a paragraph not kept with the next must stand on the page where it starts (`pageBreaksOf`): the whole of it
 * when it is too short to split (fewer than 2 × BODY_WIDOW_LINES lines), else its first BODY_WIDOW_LINES lines. Counting
 * only its first line left a heading alone at a page's foot in our PDF, its three-line paragraph on the next page
 * («Қаралған мәселе» of a calibration protocol of 14–16 members), where LibreOffice moved the heading with it.
 */
function paragraphOpening(lines: Line[], before: number): number {
  const shown = lines.length < 2 * BODY_WIDOW_LINES ? lines : lines.slice(0, BODY_WIDOW_LINES);
  return before + shown.reduce((a, l) => a + l.height, 0);
}

/** The opening of a row: its first line in each cell, with the cell's padding and the row's ruling. */
function rowOpening(r: MeasuredTable['rows'][number], borders: boolean): number {
  let h = 0;
  for (const c of r.cells) h = Math.max(h, c.paras[0]?.lines[0]?.height ?? 0);
  return h + 2 * CELL_PAD_Y + (borders ? BORDER_PT : 0);
}

interface MeasuredCell { paras: { p: Paragraph; lines: Line[] }[]; h: number; width: number; covered: boolean; rows: number }
interface MeasuredTable { colW: number[]; rows: { cells: MeasuredCell[]; height: number; grown?: boolean }[] }

/**
 * The tables measured in one layout (a table after a keep-with-next paragraph is measured for the page decision, then
 * placed): kept for that layout only.
 */
type Measured = Map<Table, { key: string; m: MeasuredTable }>;

/** One layout's state: its measured tables, and how it breaks a paragraph into lines. */
interface LayoutRun { measured: Measured; lines: (p: Paragraph, width: number, bodySize: number) => Line[] }

/**
 * `breakLines`, and with a batch's cache the lines of a paragraph it broke before: the same runs (text, face, underline)
 * at the same size, first-line indent and width break the same way, and most of a form's paragraphs are the act's
 * fixed text. The key holds each run's length before its text, so no two different paragraphs share one. Lines are
 * read, never changed, after they are made.
 */
function linesFor(fonts: FontSet, cache: RenderCache | undefined): LayoutRun['lines'] {
  if (!cache) return (p, width, bodySize) => breakLines(p, width, bodySize, fonts);
  return (p, width, bodySize) => {
    let key = `${width}|${p.sizePt ?? bodySize}|${p.firstLineMm}`;
    for (const r of p.runs) {
      const face = faceKey(r);
      key += `|${face}.${fonts.get(face).id}${r.underline ? 'u' : ''}.${r.text.length}:${r.text}`;
    }
    const hit = cache.lines.get(key) as Line[] | undefined;
    if (hit) return hit;
    return keep(cache.lines, key, breakLines(p, width, bodySize, fonts) as readonly object[], LINES_MAX) as Line[];
  };
}
const LINES_MAX = 5000;

/**
 * The header rows of a bordered table that the layout makes taller than their own cells so that a cell merged down
 * over them fits (the last row it spans grows): each such row's height with its ruling, the others 0 — the DOCX's
 * atLeast height, which LibreOffice takes for the whole row (as `minRowTwips`; stated without the ruling, the header
 * it repeats on the next page was 0.5 pt lower than ours, measured 06.12.2026). With fonts that only need to measure
 * (`FontSet.get(face).width`), as the fitting step has them.
 */
export function grownHeaderRows(t: Table, textW: number, fonts: FontSet): number[] {
  const m = measureTable(t, textW, 12, { measured: new Map(), lines: (p, width, body) => breakLines(p, width, body, fonts) });
  return m.rows.slice(0, t.headerRows).map((r) => (r.grown ? r.height : 0));
}

/**
 * The body rows of a bordered table taller than a page under its header (`textH`: the text height, pt), that the
 * layout splits line by line (a row no merged cell binds to another). The fitting step marks them
 * (`Table.splitRows`) so that the DOCX lets them split: LibreOffice printed such a row, kept from splitting,
 * over pages and cut its last lines (a protocol of 40 rows of 3,000 characters lost 2–3 lines a row).
 */
export function tallRows(t: Table, textW: number, textH: number, fonts: FontSet, keptAbove = 0): number[] {
  if (!t.borders) return [];
  const m = measureTable(t, textW, 12, { measured: new Map(), lines: (p, width, body) => breakLines(p, width, body, fonts) });
  const room = textH - m.rows.slice(0, t.headerRows).reduce((a, r) => a + r.height, 0);
  const ends = groupEnds(m, t);
  const out: number[] = [];
  // the first body row also where it cannot stand on a page with the paragraphs kept with the table (the layout's
  // `keptSplit`): kept from splitting, LibreOffice left the heading «Шешім» alone on a page and the row on the next
  m.rows.forEach((r, ri) => { if (ri >= t.headerRows && (ends[ri] ?? ri) === ri && (r.height > room || (ri === t.headerRows && keptAbove > 0 && r.height + keptAbove > room))) out.push(ri); });
  return out;
}

/** The height of a table as the layout sets it on one page (pt). */
export function tableHeightPt(t: Table, textW: number, fonts: FontSet): number {
  const m = measureTable(t, textW, 12, { measured: new Map(), lines: (p, width, body) => breakLines(p, width, body, fonts) });
  return m.rows.reduce((a, r) => a + r.height, 0);
}

/**
 * The height of the paragraphs kept with the next block right before `blocks[at]` (a heading over a table), as the
 * layout sets them on one page: the fitting step gives it to `tallRows`.
 */
export function keptChainPt(blocks: readonly Block[], at: number, textW: number, body: number, fonts: FontSet): number {
  let h = 0;
  for (let i = at - 1; i >= 0; i--) {
    const b = blocks[i];
    if (b?.kind !== 'paragraph' || !b.keepWithNext) break;
    h += paragraphHeight(breakLines(b, textW - ptFromMm(b.indentLeftMm), body, fonts), b, spaceBeforeOf(b, blocks[i - 1]));
  }
  return h;
}

/** Lines and heights of every cell; a merged cell spans its columns' widths and its rows' heights. */
function measureTable(t: Table, textW: number, body: number, run: LayoutRun): MeasuredTable {
  const key = `${textW}|${body}`;
  const hit = run.measured.get(t);
  if (hit && hit.key === key) return hit.m;
  const colW = t.widths.map((w) => w * textW);
  const minRow = ptFromMm(t.minRowHeightMm);
  const rows = t.rows.map((row, ri) => {
    const cells: MeasuredCell[] = row.map((cell, ci) => {
      const cols = cell.span?.cols ?? 1;
      let width = 0;
      for (let k = 0; k < cols; k++) width += colW[ci + k] ?? 0;
      if (cell.covered) return { paras: [], h: 0, width, covered: true, rows: 1 };
      const paras = cell.paragraphs.map((p) => ({ p, lines: run.lines(p, width - 2 * CELL_PAD_X, body) }));
      const h = paras.reduce((a, x) => a + paragraphHeight(x.lines, x.p), 0) + 2 * CELL_PAD_Y;
      return { paras, h, width, covered: false, rows: cell.span?.rows ?? 1 };
    });
    const content = Math.max(2 * CELL_PAD_Y, ...cells.filter((c) => c.rows === 1).map((c) => c.h));
    const rule = t.borders ? BORDER_PT : 0;
    return { cells, height: (ri >= t.headerRows ? Math.max(content, minRow) : content) + rule } as MeasuredTable['rows'][number];
  });
  // a cell spanning rows taller than those rows together: the last of them grows, to the cell's text and one ruling as a
  // row of its own would be
  const rule = t.borders ? BORDER_PT : 0;
  rows.forEach((r, ri) => r.cells.forEach((c) => {
    if (c.rows <= 1) return;
    const span = rows.slice(ri, ri + c.rows);
    const have = span.reduce((a, x) => a + x.height, 0);
    const last = span[span.length - 1];
    if (last && c.h + rule > have) { last.height += c.h + rule - have; last.grown = true; }
  }));
  const m = { colW, rows };
  run.measured.set(t, { key, m });
  return m;
}

/**
 * The last row each row is bound to by a cell spanning down from it or above it, or by the rows after it that stay
 * with their row before (`Table.boundRows`: a signature's caption under its line) — rows kept on one page.
 */
function groupEnds(m: MeasuredTable, t: Table): number[] {
  const end = m.rows.map((_, i) => i);
  for (const r of t.boundRows ?? []) if (r > 0 && r < end.length) end[r - 1] = Math.max(end[r - 1] ?? 0, r);
  m.rows.forEach((r, ri) => r.cells.forEach((c) => { if (c.rows > 1) for (let k = ri; k < ri + c.rows && k < end.length; k++) end[ri] = Math.max(end[ri] ?? ri, ri + c.rows - 1); }));
  for (let i = end.length - 2; i >= 0; i--) if ((end[i] ?? i) > i) end[i] = Math.max(end[i] ?? i, end[i + 1] ?? i + 1);
  return end;
}

/**
 * How a table kept with the next block (`after`: the height of what must share the page with its last row, 0 when it is
 * not kept) keeps its last row, the one rule of our layout and of the DOCX (`keepHonoured`):
 * - `keepLast`: the last row (with the rows a merged cell binds to it) fits a page with what follows: it moves to the
 *   next page with it where they do not fit together;
 * - `tallKept`: a last row taller than a page, split over the pages, starts on a fresh page where its last slice then
 *   fits with what follows (not where it is also the first row under a heading kept with the table: LibreOffice starts
 *   the row under the heading, which would be left alone).
 * Where neither holds, the keep cannot be had and the row stays where it stands. LibreOffice moved such a row (and a
 * heading kept with its table) to the next page once anyway, so its print had a page more than ours (§4a): the DOCX
 * writes no keep on such a table (`Table.keepLost`).
 */
function lastRowKeep(t: Table, m: MeasuredTable, pageRoom: number, after: number, keptAbove: number): { tooTall: (ri: number) => boolean; lastStart: number; keepLast: boolean; tallKept: boolean } {
  const measured = m.rows;
  const ends = groupEnds(m, t);
  const heightTo = (from: number, to: number): number => measured.slice(from, to + 1).reduce((a, r) => a + r.height, 0);
  // the first body row cannot stand on one page with the paragraphs kept with the table (a heading «Шешім» over a
  // decision with 25 votes): it splits from where it stands, as LibreOffice sets it, rather than leave them alone
  const keptSplit = keptAbove > 0 && (measured[t.headerRows]?.height ?? 0) + keptAbove > pageRoom;
  const tooTall = (ri: number): boolean => (ends[ri] ?? ri) === ri && ((measured[ri]?.height ?? 0) > pageRoom || (ri === t.headerRows && keptSplit));
  // the group of the last row, and what must follow it on its page: moved to a fresh page with it when it fits there
  const lastRow = measured.length - 1;
  let lastStart = lastRow;
  while (lastStart > t.headerRows && (ends[lastStart - 1] ?? 0) >= lastRow) lastStart--;
  // a heading kept with the table moves with its only row: it counts
  const keepLast = after > 0 && lastStart >= t.headerRows && !tooTall(lastStart) && heightTo(lastStart, lastRow) + after + (lastStart === t.headerRows ? keptAbove : 0) <= pageRoom;
  const last = measured[lastRow];
  const tallKept = after > 0 && (keptAbove === 0 || lastRow > t.headerRows) && lastStart === lastRow && lastRow >= t.headerRows && tooTall(lastRow) && !!last && lastSlice(last.cells, pageRoom, t.borders) + after <= pageRoom;
  return { tooTall, lastStart, keepLast, tallKept };
}

/** The height of the last slice of a row taller than a page split from a page's top (as `placeTable`'s `splitRow` cuts it). */
function lastSlice(cells: MeasuredCell[], pageRoom: number, borders: boolean): number {
  const queues = cells.map((c) => c.paras.flatMap(({ lines }) => lines.map((l) => l.height)));
  const room = pageRoom - 2 * CELL_PAD_Y;
  let used = 0;
  while (queues.some((q) => q.length > 0)) {
    used = 0;
    let took = false;
    for (const q of queues) {
      let h = 0;
      while (q.length > 0 && h + (q[0] ?? 0) <= room) { h += q.shift() ?? 0; took = true; }
      used = Math.max(used, h);
    }
    if (!took) break;
  }
  return used + 2 * CELL_PAD_Y + (borders ? BORDER_PT : 0);
}

/**
 * Whether the table `blocks[at]`, kept with the next block, keeps its last row with it in our layout (`lastRowKeep`),
 * on a page of `textH` points of text: the fitting step marks a table whose keep cannot be had (`Table.keepLost`).
 */
export function keepHonoured(blocks: Block[], at: number, textW: number, textH: number, body: number, fonts: FontSet): boolean {
  const t = blocks[at];
  if (t?.kind !== 'table' || !t.keepWithNext) return true;
  const run: LayoutRun = { measured: new Map(), lines: (p, width, size) => breakLines(p, width, size, fonts) };
  const m = measureTable(t, textW, body, run);
  const after = (blocks[at + 1]?.kind === 'table' ? TABLE_GAP_PT : 0) + startHeight(blocks, at + 1, textW, body, run, textH);
  if (after <= 0) return true;
  const headerH = m.rows.slice(0, t.headerRows).reduce((a, r) => a + r.height, 0);
  const k = lastRowKeep(t, m, textH - headerH, after, keptChainPt(blocks, at, textW, body, fonts));
  return k.keepLast || k.tallKept;
}

/**
 * Place a table from `yStart` down. `after`: the height of the next blocks that must share the page with the
 * table's last row (or the last rows a merged cell binds) when the table is kept with the next block.
 */
function placeTable(t: Table, m: MeasuredTable, left: number, yStart: number, top: number, bottom: number, fonts: FontSet, newPage: () => LaidPage, current: () => LaidPage, after = 0, keptAbove = 0): number {
  const { colW, rows: measured } = m;
  let y = yStart;
  const drawRow = (ri: number): void => {
    const r = measured[ri];
    if (!r) return;
    const ops = current().ops;
    let x = left;
    r.cells.forEach((c, ci) => {
      const w = colW[ci] ?? 0;
      if (!c.covered) {
        const h = measured.slice(ri, ri + c.rows).reduce((a, x2) => a + x2.height, 0);
        let cy = y - CELL_PAD_Y - (t.borders ? BORDER_PT / 2 : 0);
        for (const { p, lines } of c.paras) {
          cy -= p.spaceBeforePt;
          for (const line of lines) {
            placeLine(line, p, x + CELL_PAD_X, c.width - 2 * CELL_PAD_X, cy, fonts, ops);
            cy -= line.height;
          }
          cy -= p.spaceAfterPt;
        }
        if (t.borders) {
          ops.push({ kind: 'line', x1: x, y1: y, x2: x + c.width, y2: y });
          ops.push({ kind: 'line', x1: x, y1: y - h, x2: x + c.width, y2: y - h });
          ops.push({ kind: 'line', x1: x, y1: y, x2: x, y2: y - h });
          ops.push({ kind: 'line', x1: x + c.width, y1: y, x2: x + c.width, y2: y - h });
        }
      }
      x += w;
    });
    y -= r.height;
  };
  const total = measured.reduce((a, r) => a + r.height, 0);
  if (!t.borders && y - total < bottom && y < top && total + keptAbove <= top - bottom) {
    // a signature block is never split across pages, unless it cannot stand on one page with the paragraph kept with
    // it (its caption): then it starts under that paragraph and splits between its rows (never inside a bound group)
    newPage();
    y = top;
  }
  const headerH = measured.slice(0, t.headerRows).reduce((a, r) => a + r.height, 0);
  const ends = groupEnds(m, t);
  const heightTo = (from: number, to: number): number => measured.slice(from, to + 1).reduce((a, r) => a + r.height, 0);
  const pageRoom = top - bottom - headerH;
  /**
   * What of a row taller than a page must fit where it starts: its first line, as LibreOffice and Word start such a
   * row where they stand rather than on a fresh page (the DOCX sets no widow or orphan control, and lets the row split).
   */
  const opening = (r: MeasuredTable['rows'][number]): number => rowOpening(r, t.borders);
  const { tooTall, lastStart, keepLast, tallKept } = lastRowKeep(t, m, pageRoom, after, keptAbove);
  const lastRow = measured.length - 1;
  // keep the header with at least the first body row (or group), or the opening of a row taller than a page
  const firstRow = measured[t.headerRows];
  const firstBody = (!firstRow ? 0 : tooTall(t.headerRows) ? opening(firstRow) : heightTo(t.headerRows, ends[t.headerRows] ?? t.headerRows)) + (keepLast && lastStart === t.headerRows ? after : 0);
  if ((y - headerH - firstBody < bottom || (tallKept && lastRow === t.headerRows)) && y < top) { newPage(); y = top; }
  for (let ri = 0; ri < t.headerRows; ri++) drawRow(ri);
  const freshPage = (): void => {
    newPage();
    y = top;
    for (let h = 0; h < t.headerRows; h++) drawRow(h);
  };
  for (let ri = t.headerRows; ri < measured.length; ri++) {
    const r = measured[ri];
    if (!r) continue;
    const end = ends[ri] ?? ri;
    const need = end > ri ? heightTo(ri, end) : r.height;
    if (tooTall(ri)) {
      // taller than a page: split the row line by line across pages, each slice boxed, from where the table stands
      if ((y - opening(r) < bottom || (tallKept && ri === lastRow)) && y < top - headerH) freshPage();
      splitRow(r.cells);
      continue;
    }
    if (keepLast && ri === lastStart && ri > t.headerRows && y - heightTo(ri, lastRow) - after < bottom) freshPage();
    else if (y - need < bottom && need <= top - bottom - headerH) freshPage();
    else if (y - r.height < bottom) freshPage();
    drawRow(ri);
  }
  return y;

  function splitRow(cells: MeasuredCell[]): void {
    const queues = cells.map((c) => c.paras.flatMap(({ p, lines }) => lines.map((line) => ({ p, line }))));
    while (queues.some((q) => q.length > 0)) {
      const room = y - bottom - 2 * CELL_PAD_Y;
      const ops = current().ops;
      let used = 0;
      let x = left;
      queues.forEach((q, ci) => {
        const w = cells[ci]?.width ?? colW[ci] ?? 0;
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
        x += colW[ci] ?? 0;
      });
      const sliceH = used + 2 * CELL_PAD_Y + (t.borders ? BORDER_PT : 0);
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
