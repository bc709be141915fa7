/**
 * A staff list with no column for a required field, on the import page in the real browser: the preview says what is
 * missing and how to get past it with the page's own controls, in the page's language — choose the column in the
 * table, and for the state body (the one field the page takes a value for every row of) type it once beside it; a
 * date is each servant's own, so no such hint. The API's refusal carries the same as data (code, fields, unused columns).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../browser.js';
import { pageSession, previewImport } from './browser-session.js';

const NO_BODY = 'ФИО;Должность;Категория;Примечание;Дата назначения\nИванов Иван;Специалист;С-О-5;Аппарат акима;01.02.2023\n';
const NO_DATE = 'ФИО;Должность;Категория;Государственный орган;Примечание\nИванов Иван;Специалист;С-О-5;Аппарат акима;01.02.2023\n';
const NO_BODY_NO_DATE = 'ФИО;Должность;Категория;Примечание\nИванов Иван;Специалист;С-О-5;Аппарат акима\n';

describe.skipIf(!hasChromium())('the import page with a list lacking a required column', () => {
  const web = pageSession();

  it("the hint names the page's controls in the page's language: the column choice, and for the state body the value for every row; a date gets no such hint", async () => {
    const noBody = join(web.srv.dir, 'no-body.csv');
    const noDate = join(web.srv.dir, 'no-date.csv');
    writeFileSync(noBody, NO_BODY);
    writeFileSync(noDate, NO_DATE);
    const { p: page, errors, foreign } = await web.open({ own: true });
    await web.visit(page, 'import', 'kk');
    await previewImport(page, { file: noBody, methodology: 'asa-b-model', period: '2026-Q1' });
    const missing = page.locator('#import-missing');
    await expect.poll(() => missing.innerText().catch(() => ''), { timeout: 30_000 }).toBe(
      'Бағаны жоқ: мемлекеттік орган: оны төмендегі кестеде таңдаңыз («Баған»). «мемлекеттік орган» үшін бағанның орнына барлық жолдарға бір мән жазуға болады — баған таңдауының жанындағы өріске.',
    );
    // the controls it names are there: the column choice of the field, and the box beside it
    expect(await page.locator('table th').allInnerTexts()).toContain('Баған');
    expect(await page.locator('select[data-field="body"] + label.every-row #import-body').count()).toBe(1);
    await page.selectOption('#lang', 'en');
    await expect.poll(() => missing.innerText()).toBe('No column for: state body: choose it in the table below («Column»). For «state body» you may instead type one value for every row, in the box beside its column choice.');
    await page.selectOption('#lang', 'ru');
    await expect.poll(() => missing.innerText()).toBe('Нет столбца: государственный орган: выберите его в таблице ниже («Столбец»). Для «государственный орган» можно вместо столбца вписать одно значение для всех строк — в поле рядом с выбором столбца.');
    // typed there, the list imports
    await page.fill('#import-body', 'Аппарат акима');
    await expect.poll(() => page.locator('#import-count strong').innerText(), { timeout: 30_000 }).toBe('1');
    expect(await missing.count()).toBe(0);

    // a date: each servant's own, only its column can be chosen
    await page.setInputFiles('#staff-file', noDate);
    await page.click('#import-preview');
    await expect.poll(() => missing.innerText().catch(() => ''), { timeout: 30_000 }).toBe('Нет столбца: дата назначения: выберите его в таблице ниже («Столбец»).');
    expect(await page.locator('#import-body').count()).toBe(0);

    // two fields missing: «them», not «it»
    const noBoth = join(web.srv.dir, 'no-body-no-date.csv');
    writeFileSync(noBoth, NO_BODY_NO_DATE);
    await page.setInputFiles('#staff-file', noBoth);
    await page.click('#import-preview');
    await expect.poll(() => missing.innerText().catch(() => ''), { timeout: 30_000 }).toMatch(/^Нет столбца: .*государственный орган.*: выберите их в таблице ниже \(«Столбец»\)\./);
    await page.selectOption('#lang', 'kk');
    await expect.poll(() => missing.innerText()).toMatch(/: оларды төмендегі кестеде таңдаңыз \(«Баған»\)\./);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  }, 120_000);

  it('a real import of such a list is refused with the code, the fields and the columns no field took, as data', async () => {
    const r = await fetch(new URL(`/api/import?name=s.csv&methodology=asa-b-model&period=2026-Q1&dir=refused`, web.srv.url), { method: 'POST', body: NO_BODY, headers: { 'content-type': 'text/csv' } });
    expect(r.status).toBe(400);
    const body = (await r.json()) as { findings: { facts?: unknown }[] };
    expect(body.findings.map((f) => f.facts)).toEqual([{ code: 'missing-column', fields: ['body'], unmatched: ['Примечание'] }]);
    const dry = (await (await fetch(new URL(`/api/import?name=s.csv&methodology=asa-b-model&period=2026-Q1&dry=1`, web.srv.url), { method: 'POST', body: NO_DATE, headers: { 'content-type': 'text/csv' } })).json()) as { missingFields: unknown };
    expect(dry.missingFields).toEqual([{ field: 'appointedOn', label: { kk: 'тағайындалған күні', ru: 'дата назначения', en: 'appointed on' }, everyRow: false }]);
  });
});
