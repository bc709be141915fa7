/**
 * `--format csv`: one row per finding (RFC 4180, CRLF), headings in the chosen language, with a
 * UTF-8 byte-order mark so that Excel, which HR officers open it with, reads Kazakh letters right.
 */
import type { Lang } from '../law/finding.js';
import { COLUMNS, findingRows, HEADINGS } from './rows.js';
import type { ResultEntry } from './summary.js';

const cell = (v: string | number | null): string => {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function formatCsv(results: readonly ResultEntry[], lang: Lang): string {
  const lines = [COLUMNS.map((c) => cell(HEADINGS[lang][c])).join(',')];
  for (const row of findingRows(results, lang)) lines.push(COLUMNS.map((c) => cell(row[c])).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
