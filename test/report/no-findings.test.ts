/**
 * A folder without a single finding: the HTML report's «findings per servant» section and the XLSX Findings sheet
 * say so in a sentence of the reader's language, instead of a heading over nothing (which reads as a report that
 * failed to print its findings). Looked at as a reader does: the page's text in Chromium, the sheet's cells.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../browser.js';
import { browserSession } from '../browser-session.js';
import { COLUMNS } from '../../src/report/rows.js';
import { WORDS } from '../../src/report/i18n.js';
import { tempDir } from '../temp.js';

const CLI = 'dist/src/cli/main.js';
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
const dir = tempDir('bagalau-no-findings-');
const LANGS = ['kk', 'ru', 'en'] as const;

describe.skipIf(!hasChromium())('HTML report of a clean folder', () => {
  // a page read from disk asks for nothing else, throws nothing: each test fails otherwise
  const web = browserSession(() => 'file:', { strict: true });

  for (const lang of LANGS)
    it(`says under its heading that no servant has a finding (${lang})`, async () => {
      const html = join(dir, `clean-${lang}.html`);
      expect(run('check', 'samples/mic-2018', '--format', 'html', '--output', html, '--today', '2026-12-04', '--lang', lang).status).toBe(0);
      const { p: page, ctx } = await web.open();
      await page.goto(pathToFileURL(html).href);
      const text = await page.innerText('body');
      await ctx.close();
      const after = text.slice(text.indexOf(WORDS[lang].findingsOf) + WORDS[lang].findingsOf.length).trim();
      expect(after).toBe(WORDS[lang].noBreaches);
      expect(after).toMatch(lang === 'en' ? /^No servant/ : lang === 'ru' ? /^Нарушений нет/ : /^Ешбір қызметшінің/);
    });

  it('a folder with findings has no such sentence', () => {
    const html = join(dir, 'broken.html');
    const bad = join(dir, 'bad.yaml');
    spawnSync('cp', ['samples/mic-2018/valid.yaml', bad]);
    spawnSync('sed', ['-i', 's/^    result: тиімді$//', bad]);
    run('check', bad, '--format', 'html', '--output', html, '--lang', 'ru');
    const text = readFileSync(html, 'utf8');
    expect(text).toContain(WORDS.ru.findingsOf);
    expect(text).not.toContain(WORDS.ru.noBreaches);
  });
});

describe('XLSX report of a clean folder', () => {
  it('its Findings sheet says there is nothing, below the headings and outside the filter', async () => {
    const xlsx = join(dir, 'clean.xlsx');
    expect(run('check', 'samples/mic-2018', '--format', 'xlsx', '--output', xlsx, '--today', '2026-12-04', '--lang', 'ru').status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(xlsx) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet(WORDS.ru.findings)!;
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getCell('A2').value).toBe('В проверенных файлах ничего не найдено: ни ошибок, ни предупреждений, ни сведений.');
    // the filter spans every column (rows.ts COLUMNS), the sentence below it
    expect(sheet.autoFilter).toBe(`A1:${String.fromCharCode(64 + COLUMNS.length)}1`);
  });
});
