/**
 * The import page in the real browser, in Kazakh, with the lists a Kazakh-speaking HR officer keeps
 * (test/serve/kazakh-lists.ts): the akimat's list under its title (its rows offered for the state body), a date written in words, the total row under the
 * list named as such (not refused, not silently dropped); a ministry department's list with the name in three columns
 * under a merged «Аты-жөні», one sheet per unit; CSV files as 1C and Excel save them, in UTF-8 and in KZ-1048, chosen
 * with the page's own file control. The packages written hold each servant's whole name and day.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { hasChromium } from '../browser.js';
import { pageSession, previewImport } from './browser-session.js';
import { AKIMAT, akimatList, kz1048, MINISTRY, ministryList } from './kazakh-lists.js';

const servants = (dir: string): Record<string, unknown>[] =>
  readdirSync(dir).sort().map((f) => (parseYaml(readFileSync(join(dir, f), 'utf8')) as { servant: Record<string, unknown> }).servant);

describe.skipIf(!hasChromium())("the import page in Kazakh with a Kazakh officer's lists", () => {
  const web = pageSession();

  it("an akimat's list: header under the title, every date read, the total row named; the packages written", async () => {
    const xlsx = join(web.srv.dir, 'тізім.xlsx');
    writeFileSync(xlsx, await akimatList());
    const { p: page, errors, foreign } = await web.open({ own: true });
    await web.visit(page, 'import', 'kk');
    await previewImport(page, { file: xlsx, methodology: 'asa-b-model', period: '2026-Q1', dir: 'akimat' });
    await expect.poll(() => page.locator('#import-missing').innerText().catch(() => ''), { timeout: 30_000 }).toMatch(/^Бағаны жоқ: мемлекеттік орган/);
    expect(await page.locator('#import-header-row').innerText()).toBe('Парақ: «Тізім». Тақырып жолы: 4');
    // the rows above the header are offered for the body (the akimat is named in row 1), nothing filled in unasked
    expect(await page.locator('#import-body').inputValue()).toBe('');
    expect(await page.locator(`#${await page.locator('#import-body').getAttribute('list')} option`).evaluateAll((os) => os.map((o) => (o as unknown as { value: string }).value))).toEqual([AKIMAT, 'Мемлекеттік әкімшілік қызметшілердің тізімі']);
    await page.locator('#import-body').fill(AKIMAT);
    await expect.poll(() => page.locator('#import-count strong').innerText(), { timeout: 30_000 }).toBe('4');
    expect(await page.locator('#import-totals').innerText()).toBe('Жиын жолдары (қызметші емес, жазылмайды): 10 «Барлығы: 4 қызметші»');
    // «C-4» (Latin C) and «с4» are written as the act prints the code: said before anything is written
    expect(await page.locator('#import-notes li').allInnerTexts()).toEqual([
      'жол 6: «санаты»: «C-4» актідегідей «С-4» болып жазылды (латынның «C» әрпі кириллицаның «С» әрпі болып оқылды; asa-b-model, cl. 17 pt. 1)',
      'жол 7: «санаты»: «с4» актідегідей «С-4» болып жазылды (кіші «с» бас «С» болып оқылды; санат нөмірінің алдына сызықша қойылды; asa-b-model, cl. 17 pt. 1)',
    ]);
    expect(await page.locator('#rejected').count()).toBe(0);
    await expect.poll(() => page.locator('#import-run').isEnabled(), { timeout: 30_000 }).toBe(true);
    await page.click('#import-run');
    await expect.poll(() => page.locator('#written li').count(), { timeout: 30_000 }).toBe(4);
    // said beside the button (the list written is below the mapping, out of sight), and not written twice
    expect(await page.locator('#import-done').innerText()).toBe('Жазылды: 4');
    expect(await page.locator('#import-run').isDisabled()).toBe(true);
    await expect.poll(() => page.locator('#import-count').evaluate((e) => e.getBoundingClientRect().top < (globalThis as unknown as { innerHeight: number }).innerHeight)).toBe(true);
    expect(servants(join(web.srv.dir, 'akimat')).map((s) => [s['fullName'], s['appointedOn'], s['body'], s['category']])).toEqual([
      ['Әбілқасымова Гүлнар Серікқызы', '2026-01-05', AKIMAT, 'С-4'],
      ['Жұмабеков Нұрлан Қайратұлы', '2026-01-05', AKIMAT, 'С-4'],
      ['Өтепова Айгүл Бауыржанқызы', '2026-01-05', AKIMAT, 'С-4'],
      ['Құрманғалиев Ерлан Асқарұлы', '2024-03-12', AKIMAT, 'Е-R-3'],
    ]);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  }, 180_000);

  it("a ministry department's list: the name's three columns shown as the name's, each sheet written in turn", async () => {
    const xlsx = join(web.srv.dir, 'министрлік.xlsx');
    writeFileSync(xlsx, await ministryList());
    const { p: page, errors } = await web.open({ own: true });
    await web.visit(page, 'import', 'kk');
    await previewImport(page, { file: xlsx, period: '2026-Q1', dir: 'ministry' });
    await expect.poll(() => page.locator('#import-missing').innerText().catch(() => ''), { timeout: 30_000 }).toMatch(/^Бағаны жоқ: мемлекеттік орган/);
    expect(await page.locator('select[data-field="fullName"] option:checked').innerText()).toBe('Аты-жөні Тегі + Аты-жөні Аты + Аты-жөні Әкесінің аты');
    await page.locator('#import-body').fill(MINISTRY);
    await expect.poll(() => page.locator('#import-count strong').innerText(), { timeout: 30_000 }).toBe('1');
    expect(await page.locator('#import-totals').innerText()).toBe('Жиын жолдары (қызметші емес, жазылмайды): 5 «Жиыны 1»');
    await expect.poll(() => page.locator('#import-run').isEnabled(), { timeout: 30_000 }).toBe(true);
    await page.click('#import-run');
    await expect.poll(() => page.locator('#written li').count(), { timeout: 30_000 }).toBe(1);
    await page.selectOption('#import-sheet', 'Кадр бөлімі');
    await expect.poll(() => page.locator('#import-header-row').innerText(), { timeout: 30_000 }).toBe('Парақ: «Кадр бөлімі». Тақырып жолы: 2');
    await expect.poll(() => page.locator('#import-count strong').innerText(), { timeout: 30_000 }).toBe('2');
    await expect.poll(() => page.locator('#import-run').isEnabled(), { timeout: 30_000 }).toBe(true);
    await page.click('#import-run');
    await expect.poll(() => page.locator('#written li').count(), { timeout: 30_000 }).toBe(2);
    expect(servants(join(web.srv.dir, 'ministry')).map((s) => [s['fullName'], s['unit'], s['appointedOn']])).toEqual([
      ['Нұрланова Әсел Ерланқызы', 'Кадр бөлімі', '2026-02-02'],
      ['Сейітов Бақыт Маратұлы', 'Қаржы бөлімі', '2025-09-01'],
      ['Ким Олег', 'Кадр бөлімі', '2026-09-15'],
    ]);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  // the CSV an officer exports: «Тегі, аты-жөні» heads the names, row 3's date is none, the others are written
  const CSV_HEADER = `№ р/с;Тегі, аты-жөні;Лауазымы;Санаты;Мемлекеттік орган;Лауазымға тағайындалған күні\r\n`;
  const CSV_ROWS = [
    `1;Әбілқасымова Гүлнар Серікқызы;бас маман;С-4;${AKIMAT};05.01.2026\r\n`,
    `2;Жұмабеков Нұрлан Қайратұлы;жетекші маман;С-5;${AKIMAT};31.02.2026 ж.\r\n`,
    `3;Өтепова Айгүл Бауыржанқызы;бас маман;С-4;${AKIMAT};12.03.2025 ж.\r\n`,
  ];
  const CSV = CSV_HEADER + CSV_ROWS.join('');

  it.each([
    ['UTF-8', 'тізім-utf8.csv', (text: string) => new TextEncoder().encode(text), null],
    ['KZ-1048', 'тізім-1048.csv', kz1048, 'CSV: KZ-1048'],
  ] as const)('a CSV in %s chosen with the page\'s file control: the skeletons listed, the bad row named by its number', async (_, name, encode, codePage) => {
    const csv = join(web.srv.dir, name);
    writeFileSync(csv, encode(CSV));
    const dir = name.replace(/\.csv$/, '');
    const { p: page, errors, foreign } = await web.open({ own: true });
    await web.visit(page, 'import', 'kk');
    await previewImport(page, { file: csv, methodology: 'asa-b-model', period: '2026-Q1', dir });
    await expect.poll(() => page.locator('#import-count strong').innerText().catch(() => ''), { timeout: 30_000 }).toBe('2');
    expect(await page.locator('select[data-field="fullName"] option:checked').innerText()).toBe('Тегі, аты-жөні');
    expect(await page.locator('#rejected li').allInnerTexts()).toEqual(['жол 3: «тағайындалған күні»: «31.02.2026 ж.» күн емес (КК.АА.ЖЖЖЖ)']);
    // a UTF-8 file has no code page to say
    expect(await page.locator('#import-code-page').allInnerTexts()).toEqual(codePage ? [codePage] : []);
    await expect.poll(() => page.locator('#import-run').isEnabled(), { timeout: 30_000 }).toBe(true);
    await page.click('#import-run');
    await expect.poll(() => page.locator('#written li').count(), { timeout: 30_000 }).toBe(2);
    expect(await page.locator('#written li').allInnerTexts()).toEqual([
      `2: ${dir}/002-Әбілқасымова-Гүлнар-Серікқызы-2026-Q1.yaml`,
      `4: ${dir}/004-Өтепова-Айгүл-Бауыржанқызы-2026-Q1.yaml`,
    ]);
    // the bad row is still named after the import, and nothing was written for it
    expect(await page.locator('#rejected li').allInnerTexts()).toEqual(['жол 3: «тағайындалған күні»: «31.02.2026 ж.» күн емес (КК.АА.ЖЖЖЖ)']);
    expect(servants(join(web.srv.dir, dir)).map((s) => [s['fullName'], s['appointedOn']])).toEqual([
      ['Әбілқасымова Гүлнар Серікқызы', '2026-01-05'],
      ['Өтепова Айгүл Бауыржанқызы', '2025-03-12'],
    ]);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  }, 180_000);
});
