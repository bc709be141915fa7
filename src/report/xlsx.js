/**
 * `--format xlsx`: a workbook with a Summary sheet (per body and unit) and a Findings sheet (one
 * row per finding, with who, where, the clause and facts), frozen headings, filters and widths.
 * Written by exceljs; bytes out, no file access here.
 */
import ExcelJS from 'exceljs';
import { audit } from './audit.js';
import { citeText, WORDS } from './i18n.js';
import { COLUMNS, findingRows, HEADINGS } from './rows.js';
import { ruleInfo } from './rule-info.js';
const WIDTHS = {
    body: 34, unit: 30, servant: 28, position: 30, category: 9, file: 36, line: 6, field: 40, ruleId: 30, severity: 14,
    act: 20, clause: 16, wording: 11, message: 80, deadline: 11, happened: 11, daysLate: 10, note: 40,
};
/** Columns holding a calendar date: written as dates, so that a reader sorts and filters them as dates. */
const DATES = ['wording', 'deadline', 'happened'];
/** How a date cell shows: as dates are written in Kazakhstan's documents in kk and ru, ISO in en. */
const DATE_FORMAT = { kk: 'dd.mm.yyyy', ru: 'dd.mm.yyyy', en: 'yyyy-mm-dd' };
/** A `YYYY-MM-DD` fact as a date cell (midnight UTC, the serial day exceljs writes); anything else as it is. */
function asDate(s) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (!m)
        return s;
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.getUTCDate() === Number(m[3]) ? d : s;
}
/** Sheet names are at most 31 characters; the headings stay in the chosen language. */
export async function formatXlsx(results, lang) {
    const w = WORDS[lang];
    const wb = new ExcelJS.Workbook();
    wb.creator = 'bagalau';
    // No clock in a report: a fixed date keeps the bytes reproducible.
    wb.created = wb.modified = new Date(Date.UTC(2000, 0, 1));
    const a = audit(results);
    const sum = wb.addWorksheet(w.summary.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    sum.columns = [
        { header: w.body, key: 'body', width: 40 },
        { header: w.unit, key: 'unit', width: 36 },
        { header: w.files, key: 'files', width: 10 },
        { header: w.clean, key: 'clean', width: 12 },
        { header: w.errors, key: 'errors', width: 10 },
        { header: w.warnings, key: 'warnings', width: 14 },
        { header: w.overdue, key: 'overdue', width: 18 },
    ];
    for (const b of a.bodies)
        for (const u of b.units)
            sum.addRow({ body: b.body ?? w.noBody, unit: u.unit ?? w.noUnit, files: u.files, clean: u.clean, errors: u.errors, warnings: u.warnings, overdue: u.overdue });
    sum.getRow(1).font = { bold: true };
    // the filter covers the unit rows only: sorting or filtering them never moves a total in among them
    sum.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, sum.rowCount), column: 7 } };
    // each body's totals (the HTML report's «Итого» under each body), then the whole batch's
    sum.addRow([]);
    sum.addRow([w.byBody]).font = { bold: true };
    for (const b of a.bodies)
        sum.addRow({ body: b.body ?? w.noBody, unit: '', files: b.total.files, clean: b.total.clean, errors: b.total.errors, warnings: b.total.warnings, overdue: b.total.overdue });
    const total = sum.addRow({ body: w.total, unit: '', files: a.total.files, clean: a.total.clean, errors: a.total.errors, warnings: a.total.warnings, overdue: a.total.overdue });
    total.font = { bold: true };
    if (a.rules.length) {
        sum.addRow([]);
        const h = sum.addRow([w.topRules]);
        h.font = { bold: true };
        // the rule by its title in the reader's language (as the HTML report names it), its id last: the column is
        // wide enough for a title, and an id runs on over the empty cells beside it
        const rh = sum.addRow([w.rule, w.clause, w.count, w.id]);
        rh.font = { bold: true };
        for (const r of a.rules.slice(0, 20)) {
            const row = sum.addRow([ruleInfo(r.ruleId)?.title[lang] ?? r.ruleId, r.cite ? citeText(r.cite, lang) : '', r.count, r.ruleId]);
            row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
            row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
        }
    }
    const fs = wb.addWorksheet(w.findings.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    fs.columns = COLUMNS.map((c) => ({ header: HEADINGS[lang][c], key: c, width: WIDTHS[c] }));
    fs.getRow(1).font = { bold: true };
    for (const c of DATES)
        fs.getColumn(c).numFmt = DATE_FORMAT[lang];
    let n = 0;
    for (const row of findingRows(results, lang)) {
        const r = fs.addRow({ ...row, wording: asDate(row.wording), deadline: asDate(row.deadline), happened: asDate(row.happened) });
        r.getCell('message').alignment = { wrapText: true, vertical: 'top' };
        r.getCell('field').alignment = { wrapText: true, vertical: 'top' };
        n++;
    }
    fs.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, n + 1), column: COLUMNS.length } };
    // a sheet of headings alone reads as one that failed to be written: say there is nothing (outside the filter)
    if (n === 0)
        fs.addRow([w.noRows]).font = { italic: true };
    // the same servant and period in several files: one row per file, so a reader filters them by servant
    if (a.repeats.length) {
        const rs = wb.addWorksheet(w.repeatsSheet.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
        rs.columns = [
            { header: w.body, key: 'body', width: 34 },
            { header: w.unit, key: 'unit', width: 30 },
            { header: w.servant, key: 'servant', width: 28 },
            { header: w.id, key: 'id', width: 14 },
            { header: w.periodFrom, key: 'from', width: 12, style: { numFmt: DATE_FORMAT[lang] } },
            { header: w.periodTo, key: 'to', width: 12, style: { numFmt: DATE_FORMAT[lang] } },
            { header: w.file, key: 'file', width: 60 },
        ];
        rs.getRow(1).font = { bold: true };
        for (const g of a.repeats)
            for (const f of g.files)
                rs.addRow({ body: g.servant.body ?? w.noBody, unit: f.unit ?? w.noUnit, servant: g.servant.fullName ?? w.noServant, id: g.servant.id ?? '', from: asDate(g.period.from), to: asDate(g.period.to), file: f.file });
        rs.autoFilter = { from: { row: 1, column: 1 }, to: { row: rs.rowCount, column: 7 } };
    }
    const buf = await wb.xlsx.writeBuffer();
    return new Uint8Array(buf);
}
