/** The spreadsheet, CSV, JUnit and summary reports, read back the way their readers read them. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { withGlosses } from '../../src/report/enum-gloss.js';
import { listCases, writeCase } from '../../src/package/cases.js';
import { COLUMNS } from '../../src/report/rows.js';
import { ruleInfo } from '../../src/report/rule-info.js';
import { tempDir } from '../temp.js';

const CLI = 'dist/src/cli/main.js';
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
const dir = tempDir('bagalau-formats-');
const TODAY = '2026-12-04';
/** mic-2018's valid package and the package of each of its cases, in one folder (test/cases/, docs/cases.md). */
const SAMPLES = join(dir, 'mic-2018');
for (const c of listCases('mic-2018')) writeCase(c, dir);
copyFileSync('samples/mic-2018/valid.yaml', join(SAMPLES, 'valid.yaml'));

type R = { file: string; servant?: { body?: string; unit?: string; fullName?: string }; findings: Array<{ ruleId: string; severity: string; message: Record<string, string>; facts?: Record<string, unknown>; field?: Record<string, string> }> };
/** A column's number in the Findings sheet and the CSV (1-based), by its key. */
const col = (k: (typeof COLUMNS)[number]): number => COLUMNS.indexOf(k) + 1;
let json: { results: R[]; summary: { files: number; errors: number; warnings: number; infos: number } };
beforeAll(() => {
  json = JSON.parse(run('check', SAMPLES, '--format', 'json', '--today', TODAY).stdout);
});

describe('report formats', () => {
  it('xlsx: a Summary and a Findings sheet, frozen headings, filters, widths, one row per finding', async () => {
    const out = join(dir, 'r.xlsx');
    const r = run('check', SAMPLES, '--format', 'xlsx', '--output', out, '--today', TODAY, '--lang', 'ru');
    expect(r.status).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    // the rules and acts cited on sheets of their own; every case is the valid package's servant and period: the last sheet lists them
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Сводка', 'Чаще всего нарушаемые правила', 'Цитируемые методики', 'Нарушения', 'Повторы']);
    const [sum, fs] = [wb.getWorksheet('Сводка')!, wb.getWorksheet('Нарушения')!];
    for (const ws of [sum, fs]) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toBeTruthy();
    }
    expect(fs.getRow(1).values).toContain('Служащий');
    // the message the widest column, the sheet printed one page across
    for (let c = 1; c <= COLUMNS.length; c++) if (c !== col('message')) expect(fs.getColumn(col('message')).width!).toBeGreaterThan(fs.getColumn(c).width ?? 9);
    expect(fs.getRow(1).getCell(col('field')).value).toBe('Поле');
    const total = json.results.reduce((n, x) => n + x.findings.length, 0);
    expect(fs.rowCount - 1).toBe(total);
    // a late familiarisation row carries its deadline and days late
    const late = json.results.flatMap((x) => x.findings.map((f) => ({ x, f }))).find(({ f }) => typeof f.facts?.['workingDaysLate'] === 'number')!;
    const row = fs.getRows(2, fs.rowCount - 1)!.find((rw) => rw.getCell(col('file')).value === late.x.file && rw.getCell(col('ruleId')).value === late.f.ruleId)!;
    expect(row.getCell(3).value).toBe(late.x.servant!.fullName);
    expect(row.getCell(col('message')).value).toBe(late.f.message['ru']);
    // the field as the form captions it: a reader with the paper form finds the date without the file
    expect(late.f.field?.['ru']).toMatch(/«дата»$/);
    expect(row.getCell(col('field')).value).toBe(late.f.field!['ru']);
    expect(row.getCell(col('deadline')).value).toEqual(new Date(`${String(late.f.facts!['deadline'])}T00:00:00Z`));
    expect(row.getCell(col('daysLate')).value).toBe(late.f.facts!['workingDaysLate']);
    // the summary's total row is the JSON's
    const totalRow = sum.getRows(1, sum.rowCount)!.find((rw) => rw.getCell(1).value === 'Итого')!;
    expect(totalRow.getCell(3).value).toBe(json.summary.files);
    expect(totalRow.getCell(5).value).toBe(json.summary.errors);
    // the rules broken most often, on a sheet of their own: each by its Russian title, its count, and its id
    const rs = wb.getWorksheet('Чаще всего нарушаемые правила')!;
    expect(rs.getRow(1).values).toEqual([undefined, 'Правило', 'Пункт', 'Количество', 'Идентификатор']);
    expect(rs.pageSetup.printTitlesRow).toBe('1:1');
    const ruleRows = rs.getRows(2, rs.rowCount - 1)!;
    for (const rw of ruleRows) {
      const id = String(rw.getCell(4).value);
      expect(rw.getCell(1).value, id).toBe(ruleInfo(id)!.title['ru']);
      expect(rw.getCell(3).value).toBe(json.results.flatMap((x) => x.findings).filter((f) => f.ruleId === id).length);
    }
  });

  it('csv: RFC 4180 with a BOM, headings in the chosen language, one row per finding', () => {
    const r = run('check', SAMPLES, '--format', 'csv', '--today', TODAY, '--lang', 'en');
    expect(r.stdout.startsWith('\uFEFF')).toBe(true);
    const rows: string[][] = parseCsv(r.stdout.slice(1));
    expect(rows[0]!.slice(0, 3)).toEqual(['State body', 'Unit', 'Servant']);
    expect(rows.length - 1).toBe(json.results.reduce((n, x) => n + x.findings.length, 0));
    // the message as JSON carries it, with the acts' values glossed for the reader (enum-gloss.ts)
    const msgs = new Set(json.results.flatMap((x) => x.findings.map((f) => withGlosses(f.message['en']!, 'en'))));
    for (const row of rows.slice(1)) expect(msgs.has(row[col('message') - 1]!)).toBe(true);
    // each row's field is one a finding of the JSON names (empty where the path has no caption: `/forms`)
    const fields = new Set(json.results.flatMap((x) => x.findings.map((f) => f.field?.['en'] ?? '')));
    for (const row of rows.slice(1)) expect(fields.has(row[col('field') - 1]!)).toBe(true);
    expect(rows.slice(1).filter((row) => row[col('field') - 1] !== '').length).toBeGreaterThan((rows.length - 1) / 2);
  });

  it('junit: one case per file; a file fails on --fail-on severity', () => {
    const errs = run('check', SAMPLES, '--format', 'junit', '--today', TODAY);
    const cases = errs.stdout.match(/<testcase /g)!.length;
    expect(cases).toBe(json.results.length);
    const failing = json.results.filter((x) => x.findings.some((f) => f.severity === 'error')).length;
    expect(errs.stdout).toContain(`failures="${failing}"`);
    const warn = run('check', SAMPLES, '--format', 'junit', '--today', TODAY, '--fail-on', 'warning');
    const failingW = json.results.filter((x) => x.findings.some((f) => f.severity !== 'info')).length;
    expect(failingW).toBeGreaterThan(failing);
    expect(warn.stdout).toContain(`failures="${failingW}"`);
  });

  it('--summary: one row per unit with the JSON counts, and the most frequent rule first', () => {
    const r = run('check', SAMPLES, '--summary', '--today', TODAY, '--lang', 'en');
    const unit = json.results[0]!.servant!.unit!;
    const line = r.stdout.split('\n').find((l) => l.trim().startsWith(unit))!;
    const nums = line.slice(line.indexOf(unit) + unit.length).trim().split(/\s+/).map(Number);
    const mine = json.results.filter((x) => x.servant?.unit === unit);
    expect(nums[0]).toBe(mine.length);
    expect(nums[2]).toBe(mine.reduce((n, x) => n + x.findings.filter((f) => f.severity === 'error').length, 0));
    const counts = new Map<string, number>();
    for (const f of json.results.flatMap((x) => x.findings)) if (f.severity !== 'info') counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
    const top = Math.max(...counts.values());
    const after = r.stdout.slice(r.stdout.indexOf('Most frequent rules')).split('\n')[1]!;
    expect(Number(after.trim().split(/\s+/)[0])).toBe(top);
    // each rule by its title, its id in brackets, as findings are printed, then how many files and servants broke it
    const m = /^\s*\d+\s+\S+\s+(.+)  \[([^\]]+)\]  \((\d+) files?, \d+ servants?\)$/.exec(after)!;
    expect(m, after).toBeTruthy();
    expect(counts.get(m[2]!)).toBe(top);
    expect(Number(m[3])).toBe(new Set(json.results.filter((x) => x.findings.some((f) => f.ruleId === m[2])).map((x) => x.file)).size);
    expect(m[1]).toBe(ruleInfo(m[2]!)!.title['en']);
    // checked in worker threads, which loaded the packs there, the summary names the rules alike
    const workers = run('check', SAMPLES, '--summary', '--today', TODAY, '--lang', 'en', '--jobs', '2');
    expect(workers.stdout.slice(workers.stdout.indexOf('Most frequent rules')).split('\n')[1]).toBe(after);
    expect(r.stdout).toMatch(/cl\. \d+/);
    expect(r.stdout).not.toContain('no findings');
  });

  it('--quiet prints only the files with findings; --output writes the same bytes atomically', () => {
    const q = run('check', 'samples/mic-2018/valid.yaml', join(SAMPLES, 'familiarisation.yaml'), '--quiet', '--today', TODAY);
    expect(q.stdout).not.toContain('valid.yaml');
    expect(q.stdout).toContain('familiarisation.yaml');
    const out = join(dir, 'out.txt');
    const w = run('check', 'samples/mic-2018/valid.yaml', '--output', out, '--today', TODAY);
    expect(w.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(run('check', 'samples/mic-2018/valid.yaml', '--today', TODAY).stdout);
    const bad = run('check', 'samples/mic-2018/valid.yaml', '--output', join(dir, 'no-such-dir', 'x.txt'), '--lang', 'en');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^bagalau: --output .*cannot write the file: no such file or folder \(ENOENT\)\n$/);
  });
});
