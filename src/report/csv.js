import { COLUMNS, findingRows, HEADINGS } from './rows.js';
const cell = (v) => {
    const s = v === null ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
export function formatCsv(results, lang) {
    const lines = [COLUMNS.map((c) => cell(HEADINGS[lang][c])).join(',')];
    for (const row of findingRows(results, lang))
        lines.push(COLUMNS.map((c) => cell(row[c])).join(','));
    return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
