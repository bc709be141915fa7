/**
 * The CSV audit report names every file it did not check, as the HTML and XLSX reports do: a spreadsheet user sees
 * no standard error, so a file skipped as no package is a row of its own (rule «not-a-package», its message in the
 * report's language) in the folder's order, beside the `input` rows of the files not read, whose body column says
 * «files not read» (a session file's «session files»), as the HTML and XLSX summaries count them.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { COLUMNS, HEADINGS } from '../../src/report/rows.js';
import { SEVERITY, WORDS } from '../../src/report/i18n.js';
import { formatCsv } from '../../src/report/csv.js';
import type { Finding } from '../../src/law/finding.js';
import { skippedFinding } from '../../src/cli/inputs.js';
import { BROKEN, SKIPPED, unitFolder } from './audit-folder.js';

const CLI = 'dist/src/cli/main.js';
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
const TODAY = '2026-12-04';

const FOLDER = unitFolder('bagalau-csv-unread-');

const col = (k: (typeof COLUMNS)[number]): number => COLUMNS.indexOf(k);

describe('csv audit report: the files not checked', () => {
  for (const lang of ['ru', 'en', 'kk'] as const)
    it(`lists the file skipped as no package in a row of its own, and each file not read by its input rows (${lang})`, () => {
      const r = run('check', FOLDER, '--format', 'csv', '--today', TODAY, '--lang', lang);
      expect(r.status).toBe(2);
      const rows = parseCsv(r.stdout.replace(/^\uFEFF/, ''), { relaxColumnCount: false }) as string[][];
      expect(rows[0]).toEqual(COLUMNS.map((c) => HEADINGS[lang][c]));
      const skipped = rows.filter((row) => row[col('file')] === join(FOLDER, SKIPPED));
      expect(skipped).toHaveLength(1);
      expect(skipped[0]![col('ruleId')]).toBe('not-a-package');
      expect(skipped[0]![col('severity')]).toBe(SEVERITY[lang].info);
      expect(skipped[0]![col('message')]).toBe(skippedFinding().message[lang]);
      // in the folder's order, among the other files' rows
      const files = rows.slice(1).map((row) => row[col('file')]);
      expect(files).toEqual([...files].sort());
      for (const name of Object.keys(BROKEN)) expect(rows.some((row) => row[col('file')] === join(FOLDER, name) && row[col('ruleId')] === 'input'), name).toBe(true);
      // a file not read has no body: its rows say «files not read» there, as the HTML and XLSX summaries count it; a package's do not
      for (const row of rows.slice(1)) expect(row[col('body')] === WORDS[lang].unread, row[col('file')]).toBe(row[col('ruleId')] === 'input');
      expect(rows.find((row) => row[col('file')] === join(FOLDER, 'Оценка 01.yaml'))![col('body')]).toBe('Қазақстан Республикасы Ақпарат және коммуникациялар министрлігі');
      // the terminal still says it too
      expect(r.stderr).toContain(`${join(FOLDER, SKIPPED)}: ${skippedFinding().message[lang]}`);
    });

  it('names a session file found among the packages and a file not read in the body column, in the words the summaries count them by; a package keeps its body', () => {
    const said = (ruleId: string, severity: Finding['severity']): Finding => ({ ruleId, severity, path: '', message: { kk: 'хабар', ru: 'сообщение', en: 'message' } });
    const results = [
      { file: 'a.yaml', servant: { fullName: 'Ахметова Әлия', body: 'Білім басқармасы' }, findings: [said('schema', 'error')] },
      { file: 'broken.yaml', findings: [said('input', 'error')] },
      { file: 'sessions/s.yaml', findings: [said('session-file', 'info'), said('session-quorum', 'warning')] },
    ];
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const rows = parseCsv(formatCsv(results, lang).replace(/^\uFEFF/, ''), { relaxColumnCount: false }) as string[][];
      expect(rows[0]).toEqual(COLUMNS.map((c) => HEADINGS[lang][c]));
      expect(rows.slice(1).map((r) => [r[col('file')], r[col('body')]])).toEqual([
        ['a.yaml', 'Білім басқармасы'],
        ['broken.yaml', WORDS[lang].unread],
        ['sessions/s.yaml', WORDS[lang].sessions],
        ['sessions/s.yaml', WORDS[lang].sessions],
      ]);
    }
  });

  it('has no such row when no file is skipped', () => {
    const r = run('check', join(FOLDER, 'Оценка 01.yaml'), '--format', 'csv', '--today', TODAY, '--lang', 'ru');
    expect(r.stdout).not.toContain('not-a-package');
  });
});
