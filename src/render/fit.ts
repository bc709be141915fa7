/**
 * Fitting tables to the page, once, before either backend writes: both get the same decisions, so the
 * DOCX and the PDF agree. As a browser's table layout does, no column is narrower than its longest
 * unbreakable piece (UAX #14) at the type size; the template's `<!-- widths -->` are the preferred
 * shares. A table that cannot be set so on a portrait page turns its part of the document (the pages
 * between two page breaks) landscape; if it still cannot, its type steps down, never below 10 pt; and a
 * word still wider than its column is hyphenated at its syllables (soft hyphens), never cut silently.
 */
import type { Block, DocumentModel, Orientation, Paragraph, Table } from './model.js';
import { ptFromMm } from './model.js';
import { hyphenate, segments, SOFT_HYPHEN } from './linebreak.js';
import { grownHeaderRows, keepHonoured, keptChainPt, tableHeightPt, tallRows } from './pdf/layout.js';
import type { FontSet } from './pdf/font.js';

/** Width in points of `text` set in the given style and size. */
export type Measure = (text: string, style: { bold: boolean; italic: boolean }, sizePt: number) => number;

/** No table text below this size (the rules of documentation allow 12–14 pt, tables a little smaller). */
export const MIN_TABLE_PT = 10;

/** Inner padding of a cell, left + right (mm): the backends use 1.5 mm each side. */
export const CELL_PAD_MM = 1.5;

function textWidthPt(model: DocumentModel, orientation: Orientation): number {
  const p = model.page;
  const sheet = orientation === 'landscape' ? Math.max(p.widthMm, p.heightMm) : Math.min(p.widthMm, p.heightMm);
  return ptFromMm(sheet - p.marginLeftMm - p.marginRightMm);
}

function textHeightPt(model: DocumentModel, orientation: Orientation): number {
  const p = model.page;
  const sheet = orientation === 'landscape' ? Math.min(p.widthMm, p.heightMm) : Math.max(p.widthMm, p.heightMm);
  return ptFromMm(sheet - p.marginTopMm - p.marginBottomMm);
}

/** Each unbreakable piece of a paragraph, its trailing spaces (`trimEnd`: the white space of `\s`) and soft hyphens dropped. */
function words(p: Paragraph): { text: string; bold: boolean; italic: boolean }[] {
  const out: { text: string; bold: boolean; italic: boolean }[] = [];
  for (const r of p.runs) {
    const bold = !!r.bold;
    const italic = !!r.italic;
    for (const line of r.text.split('\n')) {
      for (const s of segments(line)) {
        const t = s.trimEnd();
        // a piece ending at a soft hyphen is printed with its «-» (LibreOffice broke «тоқ-» in a column fitted to «тоқ»)
        out.push({ text: t.includes(SOFT_HYPHEN) ? t.split(SOFT_HYPHEN).join('') + (t.endsWith(SOFT_HYPHEN) ? '-' : '') : t, bold, italic });
      }
    }
  }
  return out;
}

/** The narrowest each column can be at `size`: its widest unbreakable piece plus the cell's padding (with `least`, at least its `minWidthsMm`). */
function columnMins(t: Table, size: number, measure: Measure, hyphenated: boolean, least = false): number[] {
  const pad = ptFromMm(2 * CELL_PAD_MM) + 1;
  const mins = t.widths.map((_, ci) => Math.max(pad, least ? ptFromMm(t.minWidthsMm?.[ci] ?? 0) : 0));
  for (const row of t.rows) {
    row.forEach((cell, ci) => {
      if (cell.covered || (cell.span && cell.span.cols > 1)) return;
      for (const p of cell.paragraphs) {
        for (const w of words(p)) {
          const pieces = hyphenated ? hyphenate(w.text).split(SOFT_HYPHEN).map((s, i, a) => (i < a.length - 1 ? `${s}-` : s)) : [w.text];
          for (const piece of pieces) mins[ci] = Math.max(mins[ci] ?? 0, measure(piece, w, size) + pad);
        }
      }
    });
  }
  return mins;
}

/** Preferred shares scaled to `total`, each raised to its minimum, the excess taken from columns that have room. */
export function distribute(prefs: number[], mins: number[], total: number): number[] {
  const sum = prefs.reduce((a, b) => a + b, 0) || 1;
  let w = prefs.map((p) => (p / sum) * total);
  for (let round = 0; round < prefs.length + 1; round++) {
    const deficit = w.reduce((a, x, i) => a + Math.max(0, (mins[i] ?? 0) - x), 0);
    if (deficit <= 0.01) break;
    w = w.map((x, i) => Math.max(x, mins[i] ?? 0));
    const slack = w.map((x, i) => Math.max(0, x - (mins[i] ?? 0)));
    const room = slack.reduce((a, b) => a + b, 0);
    if (room <= 0) break;
    const k = Math.min(1, deficit / room);
    w = w.map((x, i) => x - (slack[i] ?? 0) * k);
  }
  const got = w.reduce((a, b) => a + b, 0) || 1;
  return w.map((x) => x / got);
}

interface Plan { size: number; widths: number[]; hyphenate: boolean }

/**
 * The columns' least widths (`least`, at least their words' `mins`) where `slack` (the page's width less the words'
 * mins) holds them all; else each least width as far over its words as the slack allows, shared in proportion to
 * what each asks: a name column gets what the page has left rather than its words' width only.
 */
function leastAsRoomAllows(mins: number[], least: number[], slack: number): number[] {
  const asked = least.reduce((a, l, i) => a + Math.max(0, l - (mins[i] ?? 0)), 0);
  if (asked <= slack) return least;
  const k = asked > 0 ? slack / asked : 0;
  return mins.map((m, i) => m + Math.max(0, (least[i] ?? 0) - m) * k);
}

/**
 * The largest size (from the table's own, at least 10 pt, down to 10 pt; only its own without `stepDown`) at
 * which the table fits `width`, with its columns' least widths (`minWidthsMm`) as far as the page has room for them
 * at that size; else, with `allowHyphens`, 10 pt with hyphenated words; else undefined. A least width never turns a
 * page landscape nor steps the type down: it is room to write by hand or to read a name in, taken where the page has it.
 */
function planTable(t: Table, width: number, measure: Measure, allowHyphens: boolean, stepDown = true): Plan | undefined {
  const start = Math.max(MIN_TABLE_PT, tableSize(t));
  for (let size = start; size >= (stepDown ? MIN_TABLE_PT : start); size -= 0.5) {
    // the least widths where the page allows them, else as much of them as it allows: the type size comes first
    const mins = columnMins(t, size, measure, false);
    const slack = width - mins.reduce((a, b) => a + b, 0);
    if (slack < 0) continue;
    const wanted = t.minWidthsMm ? leastAsRoomAllows(mins, columnMins(t, size, measure, false, true), slack) : mins;
    return { size, widths: distribute(t.widths, wanted, width), hyphenate: false };
  }
  if (!allowHyphens) return undefined;
  const mins = columnMins(t, MIN_TABLE_PT, measure, true);
  return { size: MIN_TABLE_PT, widths: distribute(t.widths, mins.reduce((a, b) => a + b, 0) <= width ? mins : mins.map(() => 0), width), hyphenate: true };
}

function tableSize(t: Table): number {
  for (const row of t.rows) for (const c of row) for (const p of c.paragraphs) if (p.sizePt) return p.sizePt;
  return 12;
}

function applyPlan(t: Table, plan: Plan, width: number, measure: Measure): void {
  t.widths = plan.widths;
  for (const row of t.rows) {
    row.forEach((cell, ci) => {
      let inner = (t.widths[ci] ?? 0) * width;
      for (let k = 1; k < (cell.span?.cols ?? 1); k++) inner += (t.widths[ci + k] ?? 0) * width;
      inner -= ptFromMm(2 * CELL_PAD_MM) + 1;
      for (const p of cell.paragraphs) {
        p.sizePt = plan.size;
        if (!plan.hyphenate) continue;
        // soft hyphens only in the words wider than their column
        for (const r of p.runs) {
          r.text = r.text.replace(/\S+/g, (w) => (measure(w, { bold: !!r.bold, italic: !!r.italic }, plan.size) > inner ? hyphenate(w) : w));
        }
      }
    });
  }
}

/** The layout's line breaking, measured with `measure` (the widths per 1000 units of the type size, as a face gives them). */
function measuringFonts(measure: Measure): FontSet {
  const faces = new Map<string, { width: (text: string) => number }>();
  return {
    get(key) {
      let f = faces.get(key);
      if (!f) {
        const style = { bold: key === 'bold' || key === 'boldItalic', italic: key === 'italic' || key === 'boldItalic' };
        f = { width: (text: string) => measure(text, style, 1000) };
        faces.set(key, f);
      }
      return f as ReturnType<FontSet['get']>;
    },
  };
}

/** A header whose merged cell is taller than the rows it spans: those rows' heights, for the DOCX (`headerRowsPt`). */
function headerHeights(t: Table, width: number, measure: Measure): void {
  if (!t.rows.slice(0, t.headerRows).some((row) => row.some((c) => (c.span?.rows ?? 1) > 1))) return;
  const rows = grownHeaderRows(t, width, measuringFonts(measure));
  if (rows.some((h) => h > 0)) t.headerRowsPt = rows;
}

/** Decide orientation per part, column widths, type size and hyphenation of every bordered table. In place. */
export function fitModel(model: DocumentModel, measure: Measure): DocumentModel {
  const parts: { start: Block | undefined; blocks: Block[] }[] = [{ start: undefined, blocks: [] }];
  for (const b of model.blocks) {
    if (b.kind === 'pageBreak') parts.push({ start: b, blocks: [] });
    else parts[parts.length - 1]?.blocks.push(b);
  }
  const portrait = textWidthPt(model, 'portrait');
  const landscape = textWidthPt(model, 'landscape');
  let any = false;
  const chosen: Orientation[] = parts.map((part) => {
    const tables = part.blocks.filter((b): b is Table => b.kind === 'table' && b.borders);
    // the promised size on a portrait page, or the part turns landscape
    const portraitPlans = tables.map((t) => planTable(t, portrait, measure, false, false));
    const o: Orientation = portraitPlans.every((p) => p) ? 'portrait' : 'landscape';
    const width = o === 'portrait' ? portrait : landscape;
    tables.forEach((t, i) => {
      const plan = o === 'portrait' ? portraitPlans[i] : planTable(t, width, measure, true);
      if (plan) applyPlan(t, plan, width, measure);
      headerHeights(t, width, measure);
      const fonts = measuringFonts(measure);
      const kept = keptChainPt(part.blocks, part.blocks.indexOf(t), width, model.page.fontSizePt, fonts);
      const tall = tallRows(t, width, textHeightPt(model, o), fonts, kept);
      if (tall.length) t.splitRows = tall;
      if (!keepHonoured(part.blocks, part.blocks.indexOf(t), width, textHeightPt(model, o), model.page.fontSizePt, fonts)) t.keepLost = true;
    });
    // a signature block that cannot stand on one page with its caption may break between its signatories
    const fonts = measuringFonts(measure);
    part.blocks.forEach((t, i) => {
      if (t.kind !== 'table' || t.borders) return;
      const kept = keptChainPt(part.blocks, i, width, model.page.fontSizePt, fonts);
      if (kept > 0 && kept + tableHeightPt(t, width, fonts) > textHeightPt(model, o)) t.breakable = true;
    });
    if (o === 'landscape') any = true;
    return o;
  });
  if (any) {
    model.page.orientation = chosen[0] ?? 'portrait';
    parts.forEach((part, i) => { if (part.start && part.start.kind === 'pageBreak') part.start.orientation = chosen[i] ?? 'portrait'; });
  }
  return model;
}
