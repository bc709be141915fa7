/**
 * The CSV audit report names every file it did not check, as the HTML and XLSX reports do: a spreadsheet user sees
 * no standard error, so a file skipped as no package is a row of its own (rule «not-a-package», its message in the
 * report's language) in the folder's order, beside the `input` rows of the files not read.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { COLUMNS, HEADINGS } from '../../src/report/rows.js';
import { SEVERITY } from '../../src/report/i18n.js';
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
      // the terminal still says it too
      expect(r.stderr).toContain(`${join(FOLDER, SKIPPED)}: ${skippedFinding().message[lang]}`);
    });

  it('has no such row when no file is skipped', () => {
    const r = run('check', join(FOLDER, 'Оценка 01.yaml'), '--format', 'csv', '--today', TODAY, '--lang', 'ru');
    expect(r.stdout).not.toContain('not-a-package');
  });
});
