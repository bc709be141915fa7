/**
 * The XLSX audit report of a realistic folder (every pack's samples and cases, a YAML file broken, a JSON file cut
 * short, a plain text, a YAML that is no package): the files not read and the file skipped are on a sheet of their own
 * after the Summary, as the HTML report lists them after its summary; the Summary's totals still equal the JSON
 * output's, and a line under them says how many were not read and skipped and where they are listed. The same sheet
 * comes from `bagalau serve`'s `POST /api/audit?format=xlsx`, which reads a file that is no package as a file not read.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORDS } from '../../src/report/i18n.js';
import { serveSamples } from '../serve/helpers.js';
import { tempDir } from '../temp.js';
import { auditFolder, BROKEN, SKIPPED, SKIPPED_TEXT } from './audit-folder.js';

const CLI = 'dist/src/cli/main.js';
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
const TODAY = '2026-12-04';
const LANGS = ['kk', 'ru', 'en'] as const;
const dir = tempDir('bagalau-xlsx-unread-');
const FOLDER = auditFolder('bagalau-xlsx-unread-samples-');

type R = { file: string; servant?: { body?: string }; findings: Array<{ ruleId: string; severity: string; place?: { line: number; column: number } }> };
let json: { results: R[]; summary: { files: number; errors: number; warnings: number; skipped: number } };
const books: Partial<Record<(typeof LANGS)[number], ExcelJS.Workbook>> = {};
const read = async (bytes: Uint8Array | string): Promise<ExcelJS.Workbook> => {
  const wb = new ExcelJS.Workbook();
  if (typeof bytes === 'string') await wb.xlsx.readFile(bytes);
  else await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
};
const text = (c: ExcelJS.Cell): string => (typeof c.value === 'string' ? c.value : '');

beforeAll(async () => {
  const j = run('check', FOLDER, '--format', 'json', '--today', TODAY);
  expect(j.status).toBe(2);
  json = JSON.parse(j.stdout);
  for (const lang of LANGS) {
    const out = join(dir, `audit-${lang}.xlsx`);
    expect(run('check', FOLDER, '--format', 'xlsx', '--output', out, '--today', TODAY, '--lang', lang).status).toBe(2);
    books[lang] = await read(out);
  }
}, 300_000);

describe('xlsx audit report: the files not read and skipped', () => {
  for (const lang of LANGS)
    it(`have a sheet of their own after the Summary: each file not read with its place and message, then the file skipped (${lang})`, () => {
      const w = WORDS[lang];
      const wb = books[lang]!;
      expect(wb.worksheets.map((s) => s.name).slice(0, 2)).toEqual([w.summary, w.unread]);
      const ws = wb.getWorksheet(w.unread)!;
      expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([w.file, w.place, w.message]);
      // one row per finding of each file not read, as the JSON gives them
      const unread = json.results.filter((r) => r.findings.some((f) => f.ruleId === 'input'));
      expect(unread.map((r) => r.file).sort()).toEqual(Object.keys(BROKEN).map((n) => join(FOLDER, n)).sort());
      const rows = unread.flatMap((r) => r.findings.map((f) => [r.file, f.place ? `${f.place.line}:${f.place.column}` : '']));
      const got = ws.getRows(2, rows.length)!.map((row) => [text(row.getCell(1)), text(row.getCell(2))]);
      expect(got.sort()).toEqual(rows.sort());
      expect(ws.autoFilter).toBe(`A1:C${1 + rows.length}`);
      // each with a message in the reader's language
      for (const row of ws.getRows(2, rows.length)!) expect(text(row.getCell(3)).length, `row ${row.number}`).toBeGreaterThan(10);
      // then the note that they are counted among the files of no body, and the file skipped under its heading
      const all = ws.getRows(1, ws.rowCount)!.map((row) => text(row.getCell(1)));
      expect(all).toContain(w.unreadNote);
      const at = all.indexOf(w.skippedNote);
      expect(at).toBeGreaterThan(rows.length);
      expect(all.slice(at + 1).filter(Boolean)).toEqual([join(FOLDER, SKIPPED)]);
      // not in the Findings sheet as a file
      const fs = wb.getWorksheet(w.findings)!;
      expect(fs.getColumn(6).values.includes(join(FOLDER, SKIPPED))).toBe(false);
      // and each finding row of a file not read says so in the body column, as the Summary counts it (never blank,
      // never a body's), while every package's row keeps its body
      const findingRows = fs.getRows(2, fs.rowCount - 1)!.filter((row) => text(row.getCell(6)) !== '');
      const unreadFiles = new Set(unread.map((r) => r.file));
      const bodies = findingRows.map((row) => [unreadFiles.has(text(row.getCell(6))), text(row.getCell(1))] as const);
      expect(bodies.filter(([u]) => u).length).toBe(rows.length);
      for (const [u, body] of bodies) if (u) expect(body).toBe(w.unread);
      else expect(body).not.toBe(w.unread);
    });

  for (const lang of LANGS)
    it(`the Summary counts the files not read on a line of their own, never as a body's; all files equal the JSON's total; a line names the skipped and their sheet (${lang})`, () => {
      const w = WORDS[lang];
      const sum = books[lang]!.getWorksheet(w.summary)!;
      const rows = sum.getRows(1, sum.rowCount)!;
      const named = (label: string) => rows.filter((r) => r.getCell(1).value === label);
      const nums = (r: ExcelJS.Row) => [3, 4, 5, 6].map((c) => r.getCell(c).value);
      const unread = json.results.filter((r) => r.findings.some((f) => f.ruleId === 'input'));
      const packages = json.results.filter((r) => !unread.includes(r));
      const count = (rs: R[], severity: string) => rs.reduce((n, r) => n + r.findings.filter((f) => f.severity === severity).length, 0);
      const tally = (rs: R[]) => [rs.length, rs.filter((r) => !r.findings.some((f) => f.severity !== 'info')).length, count(rs, 'error'), count(rs, 'warning')];
      // a body «not given» holds the packages that name none, never the files not read
      const noBody = packages.filter((r) => r.servant?.body === undefined);
      for (const row of named(w.noBody)) expect(row.getCell(3).value).toBeLessThanOrEqual(noBody.length);
      expect(named(w.noBody).reduce((n, r) => n + Number(r.getCell(3).value), 0)).toBe(2 * noBody.length);
      expect(named(w.unread).map(nums)).toEqual([tally(unread)]);
      expect(named(w.packages).map(nums)).toEqual([tally(packages)]);
      // they add up to all the files, the JSON's summary
      const all = named(w.all);
      expect(all.map(nums)).toEqual([tally(json.results)]);
      expect(all[0]!.getCell(3).value).toBe(json.summary.files);
      expect(named(w.total)).toEqual([]);
      const line = text(rows[all[0]!.number]!.getCell(1));
      expect(json.summary.skipped).toBe(1);
      expect(line).toContain({ ru: '1 файл пропущен', kk: '1 файл өткізілді', en: '1 file skipped' }[lang]);
      expect(line).toContain(`«${w.unread}»`);
    });

  for (const lang of LANGS)
    it(`every sheet prints the report's title, the check date and the folder checked; the Summary's count headings stand over their numbers (${lang})`, () => {
      const w = WORDS[lang];
      const wb = books[lang]!;
      const day = lang === 'en' ? TODAY : TODAY.split('-').reverse().join('.');
      for (const ws of wb.worksheets) expect(ws.headerFooter.oddHeader, ws.name).toBe(`&L&B${w.title}&B&R${w.checkedOn}: ${day} · ${w.checked}: ${FOLDER}`);
      const head = wb.getWorksheet(w.summary)!.getRow(1);
      expect([3, 4, 5, 6, 7].map((c) => head.getCell(c).alignment?.horizontal)).toEqual(['right', 'right', 'right', 'right', 'right']);
    });

  it('a folder whose every file was read has no such sheet and no such line', async () => {
    const out = join(dir, 'clean.xlsx');
    expect(run('check', 'samples/mic-2018/valid.yaml', '--format', 'xlsx', '--output', out, '--today', TODAY, '--lang', 'ru').status).toBe(0);
    const wb = await read(out);
    expect(wb.worksheets.map((s) => s.name)).not.toContain(WORDS.ru.unread);
    const sum = wb.getWorksheet(WORDS.ru.summary)!;
    expect(sum.getRows(1, sum.rowCount)!.some((r) => text(r.getCell(1)).startsWith(WORDS.ru.unread))).toBe(false);
  });
});

describe("bagalau serve's POST /api/audit?format=xlsx", () => {
  let server: Awaited<ReturnType<typeof serveSamples>>;
  beforeAll(async () => {
    server = await serveSamples();
  });
  afterAll(() => server.stop());

  it('lists the dropped files it could not read (a broken YAML, a JSON cut short, a YAML that is no package) on the same sheet', async () => {
    const files = [{ name: 'valid.yaml', text: readFileSync('samples/mic-2018/valid.yaml', 'utf8') }, ...Object.entries(BROKEN).map(([name, text]) => ({ name, text })), { name: SKIPPED, text: SKIPPED_TEXT }];
    const res = await fetch(new URL(`/api/audit?format=xlsx&lang=en&today=${TODAY}`, server.url), { method: 'POST', body: JSON.stringify({ files }), headers: { 'content-type': 'application/json' } });
    expect(res.status, await res.clone().text().then((t) => t.slice(0, 300))).toBe(200);
    expect(res.headers.get("content-type")).toContain("spreadsheetml");
    const wb = await read(new Uint8Array(await res.arrayBuffer()));
    const ws = wb.getWorksheet(WORDS.en.unread)!;
    expect(ws).toBeDefined();
    const listed = new Set(ws.getRows(2, ws.rowCount - 1)!.map((r) => text(r.getCell(1))).filter((f) => f.endsWith('.yaml') || f.endsWith('.json')));
    // the server checks every file it is given: a file that is no package is one it could not read
    expect([...listed].sort()).toEqual([...Object.keys(BROKEN), SKIPPED].sort());
  });
});
