/**
 * `--format csv`: one row per finding (RFC 4180, CRLF), headings in the chosen language, with a
 * UTF-8 byte-order mark so that Excel, which HR officers open it with, reads Kazakh letters right.
 */
import type { Lang } from '../law/finding.js';
import { fileKind } from './audit.js';
import { WORDS } from './i18n.js';
import { COLUMNS, findingRows, HEADINGS } from './rows.js';
import type { ResultEntry } from './summary.js';

const cell = (v: string | number | null): string => {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function formatCsv(results: readonly ResultEntry[], lang: Lang): string {
  const lines = [COLUMNS.map((c) => cell(HEADINGS[lang][c])).join(',')];
  for (const r of results) {
    // a file not read and a session file have no body: their rows say so in the body column with the words the HTML and
    // XLSX summaries count them under («Files not read», «Session files»), so a filter on that column finds them apart
    const kind = fileKind(r);
    const apart = kind === 'unread' ? WORDS[lang].unread : kind === 'session' ? WORDS[lang].sessions : null;
    for (const row of findingRows([r], lang)) lines.push(COLUMNS.map((c) => cell(c === 'body' && apart ? apart : row[c])).join(','));
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
