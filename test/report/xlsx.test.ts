/**
 * The XLSX audit report as a spreadsheet reader uses it, over a batch of several bodies and units:
 * the Summary sheet's filter covers the unit rows and nothing else, each body's totals and the
 * batch's total are there and equal what the JSON output says, and the dates of the Findings sheet
 * are dates (sortable, filterable), not text.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { samplesWithCases } from '../../src/package/cases.js';
import { tempDir } from '../temp.js';
import { requireTools } from '../render/tools.js';
import { formatXlsx } from '../../src/report/xlsx.js';

const CLI = 'dist/src/cli/main.js';
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
const TODAY = '2026-12-04';
const dir = tempDir('bagalau-xlsx-');
/** Every pack's samples and cases (one body each), and mic-2018's valid package again under a second unit. */
const SAMPLES = samplesWithCases(tempDir('bagalau-xlsx-samples-'));
const SECOND_UNIT = 'Екінші бөлім';
writeFileSync(join(SAMPLES, 'mic-2018', 'second-unit.yaml'), readFileSync('samples/mic-2018/valid.yaml', 'utf8').replace(/^( {2}unit: ).*$/m, `$1${SECOND_UNIT}`));
/** Thirty more units of three more bodies, each one clean package of a servant of its own: the Summary printed runs over two pages. */
const MORE_BODIES = ['Ақмола облысы әкімінің аппараты', 'Алматы қаласы мәслихатының аппараты', 'Қарағанды облысының білім басқармасы'];
for (let i = 0; i < 30; i++)
  writeFileSync(
    join(SAMPLES, 'mic-2018', `more-${i}.yaml`),
    readFileSync('samples/mic-2018/valid.yaml', 'utf8')
      .replace(/^( {2}unit: ).*$/m, `$1Бөлім ${i + 1} — ұйымдастыру-бақылау және құжаттамалық қамтамасыз ету`)
      .replace(/^( {2}body: ).*$/m, `$1${MORE_BODIES[i % 3]}`)
      .replace(/^( {2}id: ).*$/m, `$1MORE-${i}`),
  );

type F = { severity: string; facts?: Record<string, unknown>; cite?: { wording: string } };
type R = { file: string; servant?: { id?: string; fullName?: string; body?: string; unit?: string }; period?: { from: string; to: string }; findings: F[] };
interface Counts { files: number; clean: number; errors: number; warnings: number }
/** The counts of some results, made here from the JSON and not by the report code. */
const counts = (rs: R[]): Counts => ({
  files: rs.length,
  clean: rs.filter((r) => !r.findings.some((f) => f.severity !== 'info')).length,
  errors: rs.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'error').length, 0),
  warnings: rs.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'warning').length, 0),
});
const rowCounts = (row: ExcelJS.Row): Counts => ({ files: row.getCell(3).value as number, clean: row.getCell(4).value as number, errors: row.getCell(5).value as number, warnings: row.getCell(6).value as number });

let results: R[];
let wb: ExcelJS.Workbook;
beforeAll(async () => {
  results = JSON.parse(run('check', SAMPLES, '--format', 'json', '--today', TODAY).stdout).results;
  const out = join(dir, 'audit.xlsx');
  expect(run('check', SAMPLES, '--format', 'xlsx', '--output', out, '--today', TODAY, '--lang', 'ru').status).toBe(1);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
});

describe('xlsx audit report', () => {
  // sweep, 07.12.2026: five long paths checked made the printed heading longer than the 255 characters Excel takes
  it("the printed heading stays within Excel's 255 characters, cut with «…», a path's «&» still written «&&»", async () => {
    const inputs = Array.from({ length: 6 }, (_, i) => `/home/hr/Бағалау & аттестация/${'Департамент '.repeat(8)}${i}/`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await formatXlsx([], 'kk', { today: TODAY, inputs })) as unknown as ArrayBuffer);
    for (const ws of wb.worksheets) {
      const head = ws.headerFooter.oddHeader!;
      expect(head.length, ws.name).toBeLessThanOrEqual(255);
      expect(head).toMatch(/&RТексеру күні: 04\.12\.2026 · Тексерілгені: .*\/home\/hr\/Бағалау && аттестация\/.*…$/);
      expect(head.replace(/&&/g, '')).not.toMatch(/&[^LRCBP]/);
    }
    // a short one is whole
    const short = new ExcelJS.Workbook();
    await short.xlsx.load(Buffer.from(await formatXlsx([], 'en', { today: TODAY, inputs: ['a&b/'] })) as unknown as ArrayBuffer);
    expect(short.worksheets[0]!.headerFooter.oddHeader).toMatch(/&RChecked on: 2026-12-04 · Checked: a&&b\/$/);
  });
  it('Summary: the filter covers the unit rows; each body and the batch have their totals, equal to the JSON', () => {
    const sum = wb.getWorksheet('Сводка')!;
    const units = new Set(results.map((r) => `${r.servant?.body}\u0000${r.servant?.unit}`));
    const bodies = [...new Set(results.map((r) => r.servant?.body ?? null))];
    expect(bodies.length).toBeGreaterThan(3);
    expect(units.size).toBeGreaterThan(bodies.length);
    // sorting or filtering the unit rows takes no total along
    expect(sum.autoFilter).toBe(`A1:G${1 + units.size}`);
    const rows = sum.getRows(1, sum.rowCount)!;
    for (const row of rows.slice(1, 1 + units.size)) {
      const body = row.getCell(1).value;
      const unit = row.getCell(2).value;
      const mine = results.filter((r) => (r.servant?.body ?? '(орган не указан)') === body && (r.servant?.unit ?? '(подразделение не указано)') === unit);
      expect(rowCounts(row), `${body} / ${unit}`).toEqual(counts(mine));
    }
    // under «По государственным органам», one row per body with the body's totals
    const at = rows.findIndex((r) => r.getCell(1).value === 'По государственным органам');
    expect(at).toBeGreaterThan(units.size);
    const bodyRows = rows.slice(at + 1, at + 1 + bodies.length);
    expect(bodyRows.map((r) => r.getCell(1).value).sort()).toEqual(bodies.map((b) => b ?? '(орган не указан)').sort());
    for (const row of bodyRows) {
      const mine = results.filter((r) => (r.servant?.body ?? '(орган не указан)') === row.getCell(1).value);
      expect(rowCounts(row), String(row.getCell(1).value)).toEqual(counts(mine));
    }
    const second = bodyRows.find((r) => r.getCell(1).value === results.find((x) => x.servant?.unit === SECOND_UNIT)!.servant!.body)!;
    expect(second.getCell(3).value).toBe(results.filter((r) => r.servant?.body === second.getCell(1).value).length);
    const total = rows[at + 1 + bodies.length]!;
    expect(total.getCell(1).value).toBe('Итого');
    expect(rowCounts(total)).toEqual(counts(results));
  });

  it('Findings: the wording, deadline and actual dates are date cells shown as dd.mm.yyyy', () => {
    const fs = wb.getWorksheet('Нарушения')!;
    const heads = fs.getRow(1).values as string[];
    const col = (h: string) => heads.indexOf(h);
    const rows = fs.getRows(2, fs.rowCount - 1)!;
    const day = (s: unknown) => new Date(`${String(s)}T00:00:00Z`).getTime();
    const late = results.flatMap((r) => r.findings.filter((f) => typeof f.facts?.['happened'] === 'string' && typeof f.facts?.['deadline'] === 'string'));
    expect(late.length).toBeGreaterThan(10);
    let dated = 0;
    for (const row of rows) {
      const deadline = row.getCell(col('Срок'));
      if (deadline.value === null || deadline.value === '') continue;
      expect(deadline.value, `row ${row.number}`).toBeInstanceOf(Date);
      expect(deadline.numFmt).toBe('dd.mm.yyyy');
      dated++;
    }
    expect(dated).toBeGreaterThanOrEqual(late.length);
    // a late step's dates are the JSON's facts, day for day
    const f = late[0]!;
    const row = rows.find((r) => (r.getCell(col('Срок')).value as Date | null)?.getTime?.() === day(f.facts!['deadline']) && (r.getCell(col('Фактически')).value as Date | null)?.getTime?.() === day(f.facts!['happened']));
    expect(row).toBeDefined();
    const wording = row!.getCell(col('Редакция'));
    expect(wording.value).toBeInstanceOf(Date);
    expect((wording.value as Date).getTime()).toBe(day(f.cite!.wording));
  });

  it('Repeats: one row per file of a servant evaluated for the same period in several files, each in its unit', () => {
    // the groups, made here from the JSON: same body, same servant id (else name), same period
    const groups = new Map<string, R[]>();
    for (const r of results) {
      if (!r.servant || !r.period || (r.servant.id ?? r.servant.fullName) === undefined) continue;
      const key = [r.servant.body, r.servant.id ?? `name:${r.servant.fullName}`, r.period.from, r.period.to].join('|');
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    const repeated = [...groups.values()].filter((g) => g.length > 1).flat();
    const rs = wb.getWorksheet('Повторы')!;
    expect(rs.getRow(1).values).toEqual([undefined, 'Государственный орган', 'Подразделение', 'Служащий', 'Идентификатор', 'Начало периода', 'Конец периода', 'Файл']);
    expect(rs.rowCount - 1).toBe(repeated.length);
    expect(rs.autoFilter).toBe(`A1:G${rs.rowCount}`);
    const rows = rs.getRows(2, rs.rowCount - 1)!;
    const byFile = new Map(rows.map((r) => [r.getCell(7).value as string, r]));
    for (const r of repeated) {
      const row = byFile.get(r.file)!;
      expect(row, r.file).toBeDefined();
      expect([row.getCell(1).value, row.getCell(2).value, row.getCell(4).value]).toEqual([r.servant!.body, r.servant!.unit ?? '(подразделение не указано)', r.servant!.id ?? '']);
      expect((row.getCell(5).value as Date).getTime()).toBe(new Date(`${r.period!.from}T00:00:00Z`).getTime());
    }
    // the copy under another unit is listed beside the package it copies, with its own unit
    const copy = byFile.get(join(SAMPLES, 'mic-2018', 'second-unit.yaml'))!;
    expect(copy.getCell(2).value).toBe(SECOND_UNIT);
    expect(byFile.get(join(SAMPLES, 'mic-2018', 'valid.yaml'))!.getCell(2).value).not.toBe(SECOND_UNIT);
  });

  it('Findings and Repeats: no text is cut at its column, heading or cell: a text longer than its column wraps, its row as tall as its lines', () => {
    let long = 0;
    for (const name of ['Нарушения', 'Повторы']) {
      const ws = wb.getWorksheet(name)!;
      const cut: string[] = [];
      // the heading row too: its words are as likely to outgrow a column of figures or dates
      ws.eachRow((row) => {
        row.eachCell((cell, c) => {
          if (typeof cell.value !== 'string') return;
          const width = ws.getColumn(c).width ?? 9;
          // a character is as wide as the width unit at most (Cyrillic and digits in the default font): a text of
          // more characters than the column holds does not fit one line
          if (cell.value.length <= width - 1) return;
          long++;
          // its lines at the least, if every line were filled to the edge
          const lines = Math.ceil(cell.value.length / width);
          if (!cell.alignment?.wrapText || (row.height ?? 15) < lines * 15) cut.push(`${name}!${cell.address} (${row.height ?? 'default'} pt, ${lines} lines): ${cell.value.slice(0, 60)}`);
        });
      });
      expect(cut.slice(0, 10), name).toEqual([]);
    }
    expect(long).toBeGreaterThan(100);
    // the dates stay dates shown as the reader writes them
    const rs = wb.getWorksheet('Повторы')!;
    expect(rs.getCell('E2').value).toBeInstanceOf(Date);
    expect(rs.getCell('E2').numFmt).toBe('dd.mm.yyyy');
  });

  it("printed as LibreOffice prints it: every page of every sheet under its columns' names, the Findings one page across; no word drawn over another", () => {
    requireTools(['soffice', 'pdftotext']);
    const out = join(dir, 'audit.xlsx');
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', join(dir, 'lo'), out], { stdio: 'ignore', timeout: 300_000 });
    const pdf = join(dir, 'lo', 'audit.pdf');
    type Word = { x0: number; y0: number; x1: number; y1: number; text: string };
    const pages = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 })
      .split('</page>')
      .slice(0, -1)
      .map((page) => {
        const height = Number(/<page width="[\d.]+" height="([\d.]+)"/.exec(page)![1]);
        const words: Word[] = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({ x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: m[5]! }));
        // the sheet's name, in the footer at the page's left
        const sheet = words.filter((w) => w.y0 > height - 35 && !/^\d+$|^\/$/.test(w.text)).map((w) => w.text).join(' ');
        return { sheet, words, said: new Set(words.map((w) => w.text)) };
      });
    // the columns' names of each sheet (row 1), on each of its pages
    const headings = new Map(wb.worksheets.map((ws) => [ws.name, (ws.getRow(1).values as unknown[]).filter((v): v is string => typeof v === 'string')]));
    const seen = new Map<string, number>();
    for (const [i, page] of pages.entries()) {
      const heads = headings.get(page.sheet);
      expect(heads, `page ${i + 1}: «${page.sheet}»`).toBeDefined();
      seen.set(page.sheet, (seen.get(page.sheet) ?? 0) + 1);
      // word by word: a heading wraps over lines, between which pdftotext reads the next heading's words
      for (const h of heads!) for (const word of h.split(/\s+/)) expect(page.said.has(word), `page ${i + 1} (${page.sheet}): «${h}»`).toBe(true);
    }
    // the Summary over two pages at least, the rules and acts on sheets of their own; the Findings' eighteen columns on each page
    expect(seen.get('Сводка')).toBeGreaterThanOrEqual(2);
    expect([...seen.keys()]).toEqual(['Сводка', 'Чаще всего нарушаемые правила', 'Цитируемые методики', 'Нарушения', 'Повторы']);
    expect(headings.get('Нарушения')).toHaveLength(18);
    expect(seen.get('Нарушения')).toBeGreaterThanOrEqual(2);
    const words = pages[0]!.words;
    expect(words.length).toBeGreaterThan(100);
    // no two words overlap by more than a hair (text of two rows drawn over each other, or one cell's over the next)
    const overlaps: string[] = [];
    for (let i = 0; i < words.length; i++)
      for (let j = i + 1; j < words.length; j++) {
        const a = words[i]!;
        const b = words[j]!;
        const dx = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
        const dy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
        if (dx > 1 && dy > 2) overlaps.push(`«${a.text}» × «${b.text}»`);
      }
    expect(overlaps).toEqual([]);
  }, 300_000);
});
