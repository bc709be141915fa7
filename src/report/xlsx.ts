/**
 * `--format xlsx`: a workbook with a Summary sheet (per body and unit), a sheet of the files not read and skipped
 * (when there are any), a Findings sheet (one row per finding, with who, where, the clause and facts) and a Repeats
 * sheet, frozen headings, filters and widths.
 * Written by exceljs; bytes out, no file access here.
 */
import ExcelJS from 'exceljs';
import type { Lang } from '../law/finding.js';
import { audit, listOrder, totalLines } from './audit.js';
import { checkedText, citeText, count, SEVERITY, WORDS } from './i18n.js';
import { COLUMNS, findingRows, HEADINGS, unreadRows } from './rows.js';
import { ruleInfo } from './rule-info.js';
import { actsCited } from './acts-cited.js';
import type { ResultEntry } from './summary.js';

/**
 * The Findings sheet's widths: eighteen columns printed one page across on A4 landscape at a size one can read (about
 * 60 % of the characters' size), each text wrapped within its column; the message the widest.
 */
const WIDTHS: Record<(typeof COLUMNS)[number], number> = {
  body: 16, unit: 15, servant: 13, position: 13, category: 8, file: 16, line: 6, field: 16, ruleId: 14, severity: 8,
  act: 11, clause: 9, wording: 11, message: 34, deadline: 11, happened: 11, daysLate: 8, note: 18,
};

/** The widths of the Summary sheet's first two columns (body, unit; below them a rule's title and clause). */
const SUMMARY_WIDTHS = [40, 36] as const;

/**
 * The Findings sheet's columns of text that may be longer than the column: wrapped within it, the row as tall as they
 * need. Every cell of the sheet has a neighbour, so a text not wrapped is cut at the column's edge («Қазақстан
 * Республикасы Ақпарат және коммуникациялар министрл», a note of 700 characters in a column of 40).
 */
const WRAPPED = ['body', 'unit', 'servant', 'position', 'file', 'field', 'ruleId', 'act', 'clause', 'wording', 'message', 'note'] as const satisfies ReadonlyArray<(typeof COLUMNS)[number]>;

/** Columns holding a calendar date: written as dates, so that a reader sorts and filters them as dates. */
const DATES = ['wording', 'deadline', 'happened'] as const;
/** How a date cell shows: as dates are written in Kazakhstan's documents in kk and ru, ISO in en. */
const DATE_FORMAT: Record<Lang, string> = { kk: 'dd.mm.yyyy', ru: 'dd.mm.yyyy', en: 'yyyy-mm-dd' };

/** A `YYYY-MM-DD` fact as a date cell (midnight UTC, the serial day exceljs writes); anything else as it is. */
function asDate(s: string): Date | string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return s;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCDate() === Number(m[3]) ? d : s;
}

/**
 * The lines a text takes in a column `width` characters wide, broken between words as a spreadsheet wraps it (a
 * word longer than the line runs on over the next). Estimated without the reader's font: a character as wide as
 * the width unit (Excel's «0»), a line one character short of the column for the cell's margins.
 */
function linesIn(text: string, width: number): number {
  const room = Math.max(1, Math.floor(width) - 1);
  let lines = 0;
  for (const para of text.split('\n')) {
    lines++;
    let used = 0;
    for (const word of para.split(/\s+/)) {
      if (word === '') continue;
      if (used > 0 && used + 1 + word.length <= room) {
        used += 1 + word.length;
        continue;
      }
      if (used > 0) lines++;
      // a word longer than the line runs on over as many lines as it fills
      lines += Math.ceil(word.length / room) - 1;
      used = word.length % room || room;
    }
  }
  return lines;
}

/** A line of text in a row, in points: the default row height of an 11-point font. */
const LINE_PT = 15;

/**
 * A row whose wrapped cells take more than one line is given the height they need. Excel and LibreOffice
 * open an XLSX with the heights it states and do not grow a row for its wrapped text: LibreOffice drew two
 * rows' rule titles over each other.
 */
function fitHeight(row: ExcelJS.Row, cells: ReadonlyArray<readonly [cell: number | string, width: number]>): void {
  let lines = 1;
  for (const [c, width] of cells) {
    const v = row.getCell(c).value;
    if (typeof v === 'string') lines = Math.max(lines, linesIn(v, width));
  }
  if (lines > 1) row.height = lines * LINE_PT;
}

/** A row's cells at the top of the row, the `cells` wrapped within their columns, the row as tall as they need. */
function wrapRow(row: ExcelJS.Row, cells: ReadonlyArray<readonly [cell: number | string, width: number]>): void {
  row.alignment = { vertical: 'top' };
  for (const [c] of cells) row.getCell(c).alignment = { wrapText: true, vertical: 'top' };
  fitHeight(row, cells);
}

/** A column of counts as wide as its heading in the reader's language (bold), so the heading is not cut. */
/** A bold character is ~1.15 of the width unit (a column's width counts plain characters). */
const BOLD = 1.15;
const countWidth = (heading: string, least: number): number => Math.max(least, Math.ceil(heading.length * BOLD) + 2);
/**
 * A column at least as wide as the longest word of its heading (bold), which wraps between words: a word wider than
 * the column is broken inside it («Категори / я», «Сәйкестендіргі / ш») by LibreOffice and Excel.
 */
const wordWidth = (heading: string, least: number): number => Math.max(least, ...heading.split(/\s+/).map((word) => Math.ceil(word.length * BOLD) + 1));

/**
 * Printed on A4 across (the sheets are wide), as wide as one page; `titles`: the heading row on every page, so that
 * no printed page of figures or findings is left without its columns' names.
 */
function printSetup(ws: ExcelJS.Worksheet, { titles }: { titles: boolean }): void {
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    ...(titles ? { printTitlesRow: '1:1' } : {}),
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}

export interface XlsxOptions {
  /** The files skipped as not packages (no `methodology` key): listed with the files not read, outside the totals. */
  skipped?: readonly string[];
  /** The check date, in the printed heading of every sheet. */
  today?: string;
  /** What was checked (the paths named on the command line), in the printed heading of every sheet. */
  inputs?: readonly string[];
}

/**
 * Every sheet printed with the report's title on the left and the check date and paths checked on the right, as the
 * HTML report's heading says them: a printed Summary handed on without them does not say what day or folder it is of.
 * The workbook's title says the same to a reader who opens it (File → Properties).
 */
function printHeading(wb: ExcelJS.Workbook, lang: Lang, options: XlsxOptions): void {
  const w = WORDS[lang];
  const checked = checkedText(lang, options.today, options.inputs);
  // «&» starts a code in a heading: a path with one in it is written «&&»
  const amp = (s: string) => s.replace(/&/g, '&&');
  wb.title = checked ? `${w.title} · ${checked}` : w.title;
  const left = `&L&B${amp(w.title)}&B`;
  const right = checked ? `&R${fitted(checked, MAX_HEADING - left.length - 2, amp)}` : '';
  for (const ws of wb.worksheets) ws.headerFooter = { oddHeader: `${left}${right}`, oddFooter: `&L${amp(ws.name)}&C&P / &N` };
}

/**
 * Excel takes a printed heading of at most 255 characters, its codes included (ClosedXML and libxlsxwriter refuse
 * longer ones, Excel repairs the file): five long paths checked made it longer, so the text is cut with «…» to fit.
 */
const MAX_HEADING = 255;
function fitted(text: string, room: number, escape: (s: string) => string): string {
  if (escape(text).length <= room) return escape(text);
  const chars = Array.from(text);
  // escaping only lengthens: no more characters than room fit
  let n = Math.min(chars.length, Math.max(0, room - 1));
  while (n > 0 && escape(chars.slice(0, n).join('')).length + 1 > room) n--;
  return `${escape(chars.slice(0, n).join(''))}…`;
}

/**
 * The files not read (file, place, message: filtered as the Findings sheet is) and, under them, the files skipped as
 * not packages, on a sheet of their own after the Summary, as the HTML report lists them after its summary: a reader
 * of the workbook has no stderr, and among the findings a file not read is one `input` row of no body.
 */
function unreadSheet(wb: ExcelJS.Workbook, results: readonly ResultEntry[], skipped: readonly string[], lang: Lang): void {
  const w = WORDS[lang];
  const bad = unreadRows(results, lang);
  if (bad.length + skipped.length === 0) return;
  const ws = wb.addWorksheet(w.unread.slice(0, 31), bad.length ? { views: [{ state: 'frozen', ySplit: 1 }] } : {});
  const widths = [60, 10, 80] as const;
  ws.columns = widths.map((width) => ({ width }));
  const texts = [[1, widths[0]], [3, widths[2]]] as const;
  if (bad.length) {
    const head = ws.addRow([w.file, w.place, w.message]);
    head.font = { bold: true };
    for (const r of bad) wrapRow(ws.addRow([r.file, r.place, r.message]), texts);
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: ws.rowCount, column: 3 } };
    ws.addRow([]);
    const note = ws.addRow([w.unreadNote]);
    note.font = { italic: true };
    ws.mergeCells(note.number, 1, note.number, 3);
    wrapRow(note, [[1, widths[0] + widths[1] + widths[2]]]);
  }
  if (skipped.length) {
    if (bad.length) ws.addRow([]);
    const head = ws.addRow([w.skippedNote]);
    head.font = { bold: true };
    ws.mergeCells(head.number, 1, head.number, 3);
    for (const f of [...skipped].sort()) wrapRow(ws.addRow([f]), [texts[0]]);
  }
  printSetup(ws, { titles: bad.length > 0 });
}

/**
 * The rules broken most often, each by its title in the reader's language (as the HTML report names it), its clause,
 * count and id, on a sheet of their own headed by their columns' names on every printed page: under the Summary's
 * units, a page of them stood under the units' headings.
 */
function rulesSheet(wb: ExcelJS.Workbook, rules: ReturnType<typeof audit>['rules'], lang: Lang): void {
  if (!rules.length) return;
  const w = WORDS[lang];
  const ws = wb.addWorksheet(w.topRules.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  const widths = [60, 30, countWidth(w.count, 10), 40] as const;
  ws.columns = widths.map((width) => ({ width }));
  const head = ws.addRow([w.rule, w.clause, w.count, w.id]);
  head.font = { bold: true };
  head.getCell(3).alignment = { horizontal: 'right' };
  // the id a space away from the count before it («5input» read as one word)
  head.getCell(4).alignment = { horizontal: 'left', indent: 1 };
  const texts = [[1, widths[0]], [2, widths[1]], [4, widths[3]]] as const;
  for (const r of rules) {
    const row = ws.addRow([ruleInfo(r.ruleId)?.title[lang] ?? r.ruleId, r.cite ? citeText(r.cite, lang) : '', r.count, r.ruleId]);
    wrapRow(row, texts);
    row.getCell(4).alignment = { horizontal: 'left', vertical: 'top', wrapText: true, indent: 1 };
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: ws.rowCount, column: 4 } };
  printSetup(ws, { titles: true });
}

/**
 * Which act each citation's id is (the HTML report's list): its title, issuer, number and day, and the wordings
 * cited, on a sheet of their own headed by their columns' names on every printed page.
 */
function actsSheet(wb: ExcelJS.Workbook, results: readonly ResultEntry[], lang: Lang): void {
  const acts = actsCited(results, lang);
  if (!acts.length) return;
  const w = WORDS[lang];
  const ws = wb.addWorksheet(w.actsSheet.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  const widths = [wordWidth(w.methodology, 24), 90, wordWidth(w.wordings, 30)] as const;
  ws.columns = widths.map((width) => ({ width }));
  ws.addRow([w.methodology, w.act, w.wordings]).font = { bold: true };
  const texts = [[1, widths[0]], [2, widths[1]], [3, widths[2]]] as const;
  for (const c of acts) wrapRow(ws.addRow([c.id, c.title ? `${c.title}\n${[c.issuer, c.act, c.registration].filter(Boolean).join(' · ')}` : '', c.wordings.join(', ')]), texts);
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: ws.rowCount, column: 3 } };
  const note = ws.addRow([w.actsNote]);
  note.font = { italic: true };
  ws.mergeCells(note.number, 1, note.number, 3);
  wrapRow(note, [[1, widths[0] + widths[1] + widths[2]]]);
  printSetup(ws, { titles: true });
}

/** Sheet names are at most 31 characters; the headings stay in the chosen language. */
export async function formatXlsx(results: readonly ResultEntry[], lang: Lang, options: XlsxOptions = {}): Promise<Uint8Array> {
  const w = WORDS[lang];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'bagalau';
  // No clock in a report: a fixed date keeps the bytes reproducible.
  wb.created = wb.modified = new Date(Date.UTC(2000, 0, 1));

  const a = audit(results, lang);
  const sum = wb.addWorksheet(w.summary.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sum.columns = [
    { header: w.body, key: 'body', width: SUMMARY_WIDTHS[0] },
    { header: w.unit, key: 'unit', width: SUMMARY_WIDTHS[1] },
    // below it, the rules' counts
    { header: w.files, key: 'files', width: countWidth(w.count, countWidth(w.files, 10)) },
    { header: w.clean, key: 'clean', width: countWidth(w.clean, 12) },
    { header: w.errors, key: 'errors', width: countWidth(w.errors, 10) },
    { header: w.warnings, key: 'warnings', width: countWidth(w.warnings, 14) },
    { header: w.overdue, key: 'overdue', width: countWidth(w.overdue, 18) },
  ];
  // a body's or unit's name longer than its column wraps within it (the next cell is never empty to run on over)
  const names = [[1, SUMMARY_WIDTHS[0]], [2, SUMMARY_WIDTHS[1]]] as const;
  for (const b of a.bodies) for (const u of b.units) wrapRow(sum.addRow({ body: b.body ?? w.noBody, unit: u.unit ?? w.noUnit, files: u.files, clean: u.clean, errors: u.errors, warnings: u.warnings, overdue: u.overdue }), names);
  sum.getRow(1).font = { bold: true };
  // a count's heading stands over its numbers, on the right as they are (left, it stood over the next column's)
  for (let c = 3; c <= 7; c++) sum.getRow(1).getCell(c).alignment = { horizontal: 'right', wrapText: true, vertical: 'top' };
  // the filter covers the unit rows only: sorting or filtering them never moves a total in among them
  sum.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, sum.rowCount), column: 7 } };
  // each body's totals (the HTML report's «Итого» under each body), then the whole batch's
  // each block under the units' table headed by the count columns' names, as the HTML report's tables are: printed, the
  // Summary runs over pages, and a page of bodies' or totals' numbers under a bare «По государственным органам» did not
  // say which number is what (the headings were in row 1, pages before)
  const blockHead = (label: string): void => {
    const row = sum.addRow([label, '', w.files, w.clean, w.errors, w.warnings, w.overdue]);
    row.font = { bold: true };
    for (let c = 3; c <= 7; c++) row.getCell(c).alignment = { horizontal: 'right', wrapText: true, vertical: 'top' };
  };
  sum.addRow([]);
  blockHead(w.byBody);
  for (const b of a.bodies) wrapRow(sum.addRow({ body: b.body ?? w.noBody, unit: '', files: b.total.files, clean: b.total.clean, errors: b.total.errors, warnings: b.total.warnings, overdue: b.total.overdue }), names);
  // the packages' total, then the files not read and the session files on lines of their own (never a body's), then
  // all the files: the last equal to `--format json`'s summary; apart from the bodies' rows under a heading of their own
  const totals = totalLines(a);
  if (totals.length > 1) {
    sum.addRow([]);
    blockHead(w.counted);
  }
  for (const { line, tally } of totals) {
    const row = sum.addRow({ body: w[line], unit: '', files: tally.files, clean: tally.clean, errors: tally.errors, warnings: tally.warnings, overdue: tally.overdue });
    if (line === 'total' || line === 'all') row.font = { bold: true };
  }
  // the files not read are in the totals above on a line of their own, the files skipped are not: both are on their own sheet
  const skipped = options.skipped ?? [];
  if (a.unread.files + skipped.length > 0) {
    const row = sum.addRow([`${skipped.length ? `${count(skipped.length, 'skipped', lang)}. ` : ''}${w.unreadSheet}`]);
    row.font = { italic: true };
    sum.mergeCells(row.number, 1, row.number, 7);
    wrapRow(row, [[1, SUMMARY_WIDTHS[0] + SUMMARY_WIDTHS[1] + 50]]);
  }
  // seven columns: one page wide, as the HTML report prints; every block below row 1 has the count columns of row 1,
  // so a page of them is headed by it (the rules and acts tables, which are not, are on sheets of their own)
  printSetup(sum, { titles: true });
  unreadSheet(wb, results, skipped, lang);
  rulesSheet(wb, a.rules, lang);
  actsSheet(wb, results, lang);

  const fs = wb.addWorksheet(w.findings.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  const fw = Object.fromEntries(COLUMNS.map((c) => [c, wordWidth(HEADINGS[lang][c], WIDTHS[c])])) as typeof WIDTHS;
  // a severity is one word, not wrapped: as wide as the longest («предупреждение»), not cut by the methodology's cell
  fw.severity = Math.max(fw.severity, ...Object.values(SEVERITY[lang]).map((s) => s.length + 1));
  fs.columns = COLUMNS.map((c) => ({ header: HEADINGS[lang][c], key: c, width: fw[c] }));
  fs.getRow(1).font = { bold: true };
  // a heading longer than its column («Опоздание, раб. дн.» over a column of numbers) wraps, as the cells below it do
  // (in bold characters, as countWidth reckons)
  wrapRow(fs.getRow(1), COLUMNS.map((c) => [c, fw[c] / BOLD] as const));
  for (const c of DATES) fs.getColumn(c).numFmt = DATE_FORMAT[lang];
  let n = 0;
  // by body, unit and servant, as the Summary and the HTML report list them: in the order the files were found, a
  // body's rows stood on two pages with another's between (the CSV keeps the folder's order: its reader sorts)
  for (const row of findingRows(listOrder(results, lang), lang)) {
    const r = fs.addRow({ ...row, wording: asDate(row.wording), deadline: asDate(row.deadline), happened: asDate(row.happened) });
    wrapRow(r, WRAPPED.map((c) => [c, fw[c]] as const));
    n++;
  }
  fs.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, n + 1), column: COLUMNS.length } };
  // one page across, its heading row atop every page: printed, it ran to a page per finding across (a band of rows
  // printed over seven pages before the next)
  printSetup(fs, { titles: true });
  // a sheet of headings alone reads as one that failed to be written: say there is nothing (outside the filter)
  if (n === 0) fs.addRow([w.noRows]).font = { italic: true };
  // the same servant and period in several files: one row per file, so a reader filters them by servant
  if (a.repeats.length) {
    const rs = wb.addWorksheet(w.repeatsSheet.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    // seven columns: wider than the Findings sheet's, each heading word whole («Государственны / й»)
    const widths = { body: wordWidth(w.body, 34), unit: wordWidth(w.unit, 30), servant: wordWidth(w.servant, 28), file: 60 };
    rs.columns = [
      { header: w.body, key: 'body', width: widths.body },
      { header: w.unit, key: 'unit', width: widths.unit },
      { header: w.servant, key: 'servant', width: widths.servant },
      { header: w.id, key: 'id', width: wordWidth(w.id, 14) },
      { header: w.periodFrom, key: 'from', width: 12, style: { numFmt: DATE_FORMAT[lang] } },
      { header: w.periodTo, key: 'to', width: 12, style: { numFmt: DATE_FORMAT[lang] } },
      { header: w.file, key: 'file', width: widths.file },
    ];
    // as on the Findings sheet: a name or path longer than its column wraps within it
    const texts = Object.entries(widths);
    rs.getRow(1).font = { bold: true };
    wrapRow(rs.getRow(1), rs.columns.map((c, i) => [i + 1, (c.width ?? 9) / BOLD] as const));
    for (const g of a.repeats)
      for (const f of g.files) {
        const row = rs.addRow({ body: g.servant.body ?? w.noBody, unit: f.unit ?? w.noUnit, servant: g.servant.fullName ?? w.noServant, id: g.servant.id ?? '', from: asDate(g.period.from), to: asDate(g.period.to), file: f.file });
        wrapRow(row, texts);
        // the path a space away from the period's end before it, a date on the right of its cell («31.12.2025folder/…»)
        row.getCell('file').alignment = { wrapText: true, vertical: 'top', indent: 1 };
      }
    rs.autoFilter = { from: { row: 1, column: 1 }, to: { row: rs.rowCount, column: 7 } };
    printSetup(rs, { titles: true });
  }
  printHeading(wb, lang, options);
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
