/**
 * The import page in the real browser, in Russian, with the district office's list (test/serve/staff-office.test.ts):
 * it says which sheet and header row it read and which rows name a department; the state body, named only above the
 * list, is typed once for every row; the packages written hold each servant's unit; the same list saved in the old
 * Excel format can be chosen and is told what to do. Nothing the page asks for leaves the machine.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { hasChromium } from '../browser.js';
import { pageSession, previewImport } from './browser-session.js';
import { officeWorkbook, sheetPerDepartment } from './helpers.js';

const BODY = 'Аппарат акима Сарыаркинского района';

describe.skipIf(!hasChromium())('the import page with an office\'s own list', () => {
  const web = pageSession();

  it('sheet and header row said, department rows listed, the body typed once for every row, the packages written with their units; an .xls told to be saved as .xlsx', async () => {
    const xlsx = join(web.srv.dir, 'список.xlsx');
    writeFileSync(xlsx, await officeWorkbook());
    const { p: page, errors, foreign } = await web.open({ width: 683, own: true });
    await web.visit(page, 'import', 'ru');
    await previewImport(page, { file: xlsx, methodology: 'asa-b-model', period: '2026-Q1', dir: 'office' });
    await expect.poll(() => page.locator('#import-missing').innerText().catch(() => ''), { timeout: 30_000 }).toMatch(/^Нет столбца: государственный орган/);
    expect(await page.locator('#import-header-row').innerText()).toBe('Лист: «Список». Строка заголовков: 4');
    expect(await page.locator('select[data-field="superiorManager"]').inputValue()).toBe('Руководитель вышестоящий');
    // typed once, the body is every row's; the preview follows
    await page.locator('label', { hasText: 'или одно значение для всех строк:' }).locator('#import-body').fill(BODY);
    await expect.poll(() => page.locator('#import-count strong').innerText(), { timeout: 30_000 }).toBe('4');
    expect(await page.locator('#import-units').innerText()).toBe('Строки с названием подразделения (подразделение служащих под ними): 7 «Отдел кадров»; 11 «Финансовый отдел»');
    expect(await page.locator('#rejected li').allInnerTexts()).toEqual(['строка 14: «дата назначения»: «31.02.2024» не дата (ДД.ММ.ГГГГ)']);
    // the typed body fits the narrow window: not wider than the page
    const box = await page.locator('#import-body').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(683);
    await expect.poll(() => page.locator('#import-run').isEnabled(), { timeout: 30_000 }).toBe(true);
    await page.click('#import-run');
    await expect.poll(() => page.locator('#written li').count(), { timeout: 30_000 }).toBe(4);
    const written = readdirSync(join(web.srv.dir, 'office')).sort().map((f) => (parseYaml(readFileSync(join(web.srv.dir, 'office', f), 'utf8')) as { servant: Record<string, unknown> }).servant);
    expect(written.map((s) => [s['fullName'], s['unit'], s['body']])).toEqual([
      ['Иванова Мария Петровна', 'Отдел кадров', BODY],
      ['Сейткали Айгерим Бакытжановна', 'Отдел кадров', BODY],
      ['Петров Пётр Петрович', 'Финансовый отдел', BODY],
      ['Омарова Дана', 'Финансовый отдел', BODY],
    ]);

    // the same list in the old format: it can be chosen (the picker offers it), and the officer is told what to do
    expect(await page.locator('#staff-file').getAttribute('accept')).toContain('.xls');
    await page.setInputFiles('#staff-file', join(import.meta.dirname, 'fixtures', 'staff-office.xls'));
    await page.click('#import-preview');
    await expect.poll(() => page.locator('.import .problem[role="alert"]').innerText().catch(() => ''), { timeout: 30_000 }).toMatch(/Excel 97–2003 .*Откройте файл в Excel или LibreOffice Calc, выберите «Сохранить как» → «Книга Excel \(\*\.xlsx\)»/);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  }, 180_000);

  it('a list on each department\'s sheet: the officer chooses the sheet, the preview follows, and each is written in turn', async () => {
    const xlsx = join(web.srv.dir, 'отделы.xlsx');
    writeFileSync(xlsx, await sheetPerDepartment());
    const { p: page, errors } = await web.open({ own: true });
    await web.visit(page, 'import', 'kk');
    await previewImport(page, { file: xlsx, period: '2026-Q1', dir: 'units' });
    await expect.poll(() => page.locator('#import-count strong').innerText().catch(() => ''), { timeout: 30_000 }).toBe('2');
    expect(await page.locator('#import-header-row').innerText()).toBe('Парақ: «Отдел кадров». Тақырып жолы: 1');
    expect(await page.locator('#import-sheet option').allInnerTexts()).toEqual(['Отдел кадров', 'Финансовый отдел']);
    await page.click('#import-run');
    await expect.poll(() => page.locator('#written li').count(), { timeout: 30_000 }).toBe(2);
    await page.selectOption('#import-sheet', 'Финансовый отдел');
    await expect.poll(() => page.locator('#import-header-row').innerText(), { timeout: 30_000 }).toBe('Парақ: «Финансовый отдел». Тақырып жолы: 1');
    await expect.poll(() => page.locator('#import-count strong').innerText(), { timeout: 30_000 }).toBe('3');
    await expect.poll(() => page.locator('#import-run').isEnabled(), { timeout: 30_000 }).toBe(true);
    await page.click('#import-run');
    await expect.poll(() => page.locator('#written li').count(), { timeout: 30_000 }).toBe(3);
    expect(readdirSync(join(web.srv.dir, 'units')).sort()).toEqual([
      '002-Иванова-Мария-2026-Q1.yaml', '002-Петров-Пётр-2026-Q1.yaml', '003-Омарова-Дана-2026-Q1.yaml', '003-Сейткали-Айгерим-2026-Q1.yaml', '004-Ким-Ольга-2026-Q1.yaml',
    ]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
