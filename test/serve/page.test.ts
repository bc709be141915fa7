/**
 * The page of `bagalau serve` in headless Chromium, as an HR officer and an auditor use it:
 * a package made from nothing with a finding appearing and going as the grade's label changes, its PDF
 * downloaded and read; a 20-row staff list imported; the samples audited with every count compared with
 * `bagalau check --format json`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { hasChromium } from '../browser.js';
import { createPackage, pageSession, previewImport, settled, shot } from './browser-session.js';
import { WORDS } from '../../src/report/i18n.js';
import { staffXlsx, TODAY } from './helpers.js';

/** What the tests read in the page (the tests are typed without the DOM library). */
type InPage = {
  document: { getElementById(id: string): { textContent: string | null } | null };
  statusLog: string[];
  MutationObserver: new (callback: () => void) => { observe(target: unknown, options: Record<string, boolean>): void };
};

const RESULT_WRONG = 'Функционалдық міндеттерін тиімді атқарады';
const RESULT_RIGHT = 'Функционалдық міндеттерін тиісті түрде атқарады';

describe.skipIf(!hasChromium())('the web page', () => {
  let page: Page;
  const web = pageSession(async (w) => {
    ({ p: page } = await w.open({ width: 1400, height: 1000, acceptDownloads: true, consoleErrors: true }));
  });
  const { errors } = web;

  const within = (section: string, selector: string) => page.locator(`#${section} ${selector}`);
  // every click (a pointer at a place) waits for the live check of the last change (settled): the findings no longer
  // move the fields (steady.test.ts), but a click that adds a form or a row does; typing goes to the element, wherever it is

  it('creates an asa-b-model package from nothing; a contradicting result shows its finding with the clause as Kazakh writes it («8-тармақ»), and the correction clears it; the PDF carries the data', async () => {
    await web.visit(page);
    await createPackage(page, 'asa-b-model', 'hr/aigerim.yaml');
    await page.fill('#servant_fullName', 'Сейітқали Айгерім Бақытжанқызы');
    await page.fill('#servant_position', 'Жер қатынастары бөлімінің сектор меңгерушісі');
    await page.fill('#servant_category', 'С-О-3');
    await settled(page);
    await page.check('#servant_managerial');
    await page.fill('#servant_unit', 'Жер қатынастары бөлімі');
    await page.fill('#servant_body', 'Ақмола облысы әкімінің аппараты');
    await page.fill('#servant_appointedOn', '11.03.2024'); // the ДД.ММ.ГГГГ habit
    await page.fill('#servant_directSupervisor', 'Жұмабеков Ерлан Серікұлы');
    await page.fill('#servant_unitHead', 'Жұмабеков Ерлан Серікұлы');
    await page.fill('#period_from', '01.01.2026');
    await page.fill('#period_to', '31.03.2026');
    await settled(page);
    await within('form-managerialSheet', 'button.add-form').click();
    await page.waitForSelector('#f-managerialSheet_evaluator_name');
    await page.fill('#f-managerialSheet_evaluator_name', 'Жұмабеков Ерлан Серікұлы');
    await page.fill('#f-managerialSheet_evaluator_position', 'Жер қатынастары бөлімінің басшысы');
    const grades = [3.5, 3.25, 3, 3.75, 5];
    for (let i = 0; i < grades.length; i++) {
      await settled(page);
      await page.click('#f-managerialSheet_grades__add');
      await page.waitForSelector(`#f-managerialSheet_grades_${i}_parameter`);
      // the i-th parameter of App. 1 (option 0 is the empty choice)
      await page.selectOption(`#f-managerialSheet_grades_${i}_parameter`, { index: i + 1 });
      await page.fill(`#f-managerialSheet_grades_${i}_grade`, String(grades[i]));
    }
    await page.fill('#f-managerialSheet_average', '3.7');
    await page.fill('#f-managerialSheet_signature_name', 'Жұмабеков Ерлан Серікұлы');
    await page.fill('#f-managerialSheet_signature_date', '14.04.2026');
    const resultLabel = async (label: string) => {
      const idx = await page.$$eval('#f-managerialSheet_result option', (os, l) => os.findIndex((o) => o.textContent === l), label);
      expect(idx).toBeGreaterThan(0);
      await page.selectOption('#f-managerialSheet_result', { index: idx });
    };
    // the result field's own group: where the finding must appear
    const resultGroup = page.locator('.form-group', { has: page.locator('#f-managerialSheet_result') }).last();

    await resultLabel(RESULT_WRONG);
    await expect.poll(() => resultGroup.innerText(), { timeout: 30_000 }).toMatch(/8-тармақ/);
    expect(await resultGroup.innerText()).toContain('3,7'); // a Kazakh page writes the decimal comma
    expect(await page.locator('#findings [data-rule="asa-b-model/result-band"]').count()).toBe(1);

    await resultLabel(RESULT_RIGHT);
    await expect.poll(() => page.locator('#findings [data-rule="asa-b-model/result-band"]').count(), { timeout: 30_000 }).toBe(0);
    expect(await resultGroup.innerText()).not.toMatch(/8-тармақ/);

    // saved as YAML in the workspace, with the date typed as ДД.ММ.ГГГГ stored as ISO
    await settled(page);
    await page.click('#save');
    await expect.poll(() => existsSync(join(web.srv.dir, 'hr/aigerim.yaml')), { timeout: 15_000 }).toBe(true);
    const saved = parseYaml(readFileSync(join(web.srv.dir, 'hr/aigerim.yaml'), 'utf8'));
    expect(saved.servant.appointedOn).toBe('2024-03-11');
    expect(saved.forms.managerialSheet.result).toBe(RESULT_RIGHT);
    expect(saved.forms.managerialSheet.grades.map((g: { grade: number }) => g.grade)).toEqual(grades);
    // the CLI finds no result-band error in what the page saved
    const cli = JSON.parse(spawnSync('node', ['dist/src/cli/main.js', 'check', join(web.srv.dir, 'hr/aigerim.yaml'), '--format', 'json', '--today', TODAY], { encoding: 'utf8' }).stdout);
    expect(cli.results[0].findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('asa-b-model/result-band');

    await settled(page);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), within('form-managerialSheet', 'button.pdf').click()]);
    const pdf = join(web.srv.dir, 'downloaded.pdf');
    await download.saveAs(pdf);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Жұмабеков');
    expect(text).toMatch(/тиісті\s+түрде/);
    expect(text).toContain('3,7');
    expect(errors).toEqual([]);
  }, 240_000);

  it('a grade typed with the decimal comma («4,5») is saved as 4.5 in a browser set to English, shown back as «4,5» in Kazakh and «4.5» in English; a word in a number field is kept as typed (its spaces too) and named; «saved» stays after the check; the date hint follows the language', async () => {
    const { ctx, p } = await web.open({ locale: 'en-US', width: 1400, height: 1000 });
    await web.visit(p, '', 'kk');
    await createPackage(p, 'sjc-apparatus', 'hr/decimal.yaml');
    await settled(p);
    await p.locator('#form-rankingSheet button.add-form').click();
    await settled(p);
    await p.click('#f-rankingSheet_parameters__add');
    // typed key by key, as the officer types (fill() would set the text at once)
    await p.locator('#f-rankingSheet_parameters_0_grade').pressSequentially('4,5');
    await p.locator('#f-rankingSheet_average').pressSequentially('бес балл');
    await expect.poll(() => p.locator('.form-group', { has: p.locator('#f-rankingSheet_average') }).last().innerText(), { timeout: 30_000 }).toMatch(/number|сан/i);
    // every text the status line shows from the save on: the check a save starts must not wipe out «saved»
    await p.evaluate(() => {
      const w = globalThis as unknown as InPage;
      const el = w.document.getElementById('status')!;
      w.statusLog = [];
      new w.MutationObserver(() => w.statusLog.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
    });
    await settled(p);
    await p.click('#save');
    await expect.poll(() => existsSync(join(web.srv.dir, 'hr/decimal.yaml')), { timeout: 15_000 }).toBe(true);
    const statusLog = () => p.evaluate(() => (globalThis as unknown as InPage).statusLog);
    // the check after the save has run and ended
    await expect.poll(async () => { const log = await statusLog(); return log.includes('Тексерілуде…') && log.at(-1) !== 'Тексерілуде…'; }, { timeout: 30_000 }).toBe(true);
    expect((await statusLog()).at(-1)).toBe('Сақталды');
    const saved = parseYaml(readFileSync(join(web.srv.dir, 'hr/decimal.yaml'), 'utf8'));
    expect(saved.forms.rankingSheet.parameters[0].grade).toBe(4.5);
    expect(saved.forms.rankingSheet.average).toBe('бес балл'); // as typed, its space kept
    // opened again: the number as each language writes it
    await p.reload();
    await p.locator('ul.files a', { hasText: 'hr/decimal.yaml' }).click();
    await expect.poll(() => p.locator('#f-rankingSheet_parameters_0_grade').inputValue(), { timeout: 15_000 }).toBe('4,5');
    await p.selectOption('#lang', 'en');
    await expect.poll(() => p.locator('#f-rankingSheet_parameters_0_grade').inputValue(), { timeout: 15_000 }).toBe('4.5');
    // the date fields' hint is in the page's language too
    expect(await p.locator('#servant_appointedOn').getAttribute('placeholder')).toBe('DD.MM.YYYY');
    await p.selectOption('#lang', 'ru');
    await expect.poll(() => p.locator('#servant_appointedOn').getAttribute('placeholder'), { timeout: 15_000 }).toBe('ДД.ММ.ГГГГ');
    // a date that does not exist, typed as the hint says: the message beside it names the same form, not the file's ISO
    await p.locator('#servant_appointedOn').pressSequentially('31.02.2026');
    const dateGroup = p.locator('.form-group', { has: p.locator('#servant_appointedOn') }).last();
    await expect.poll(() => dateGroup.innerText(), { timeout: 30_000 }).toContain('в виде ДД.ММ.ГГГГ (или ГГГГ-ММ-ДД)');
    await expect.poll(() => p.locator('#findings').innerText(), { timeout: 30_000 }).toContain('в виде ДД.ММ.ГГГГ (или ГГГГ-ММ-ДД)');
    // the officer never sees the file: the list shows no line:column nor JSON Pointer, which stay in the tooltip
    expect(await p.locator('#findings').innerText()).not.toMatch(/\d+:\d+ \/|\/servant\/appointedOn/);
    expect(await p.locator('#findings li[data-field="/servant/appointedOn"] .where').first().getAttribute('title')).toMatch(/\/servant\/appointedOn$/);
    await ctx.close();
    expect(errors).toEqual([]);
  }, 120_000);

  it('imports a 20-row staff spreadsheet, its title above the header, into 20 packages', async () => {
    const xlsx = join(web.srv.dir, 'staff.xlsx');
    writeFileSync(xlsx, await staffXlsx(20, undefined, { title: true }));
    await web.visit(page, 'import');
    await previewImport(page, { file: xlsx, methodology: 'asa-b-model', period: '2026-Q1', dir: 'staff-2026q1' });
    await expect.poll(() => page.locator('#import-count').innerText(), { timeout: 30_000 }).toMatch(/20/);
    expect(await page.locator('select[data-field="fullName"]').inputValue()).toBe('Т.А.Ә.');
    expect(await page.locator('#import-header-row').innerText()).toBe('Парақ: «Қызметкерлер». Тақырып жолы: 3');
    expect(existsSync(join(web.srv.dir, 'staff-2026q1'))).toBe(false); // the preview writes nothing
    await page.click('#import-run');
    await expect.poll(() => page.locator('#written li').count(), { timeout: 30_000 }).toBe(20);
    const files = readdirSync(join(web.srv.dir, 'staff-2026q1')).sort();
    expect(files).toHaveLength(20);
    const first = parseYaml(readFileSync(join(web.srv.dir, 'staff-2026q1', files[0]!), 'utf8'));
    expect(first.servant.fullName).toBe('Қызметші 1 Тестұлы');
    expect(first.period).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(errors).toEqual([]);
  }, 120_000);

  it('a CSV staff list whose name column the page does not know: the preview says so and shows the table to choose it in; once chosen, the preview follows without another click and the packages are written', async () => {
    const csv = join(web.srv.dir, 'staff-ru.csv');
    // Excel's «CSV UTF-8» on a Russian Windows: a BOM, semicolons, the list's own word for the name
    writeFileSync(csv, '\uFEFFСотрудник;Должность;Категория;Государственный орган;Дата назначения\r\nИванов Иван Иванович;Главный специалист;С-О-5;Аппарат акима;11.03.2024\r\nСидорова Анна;Руководитель сектора;С-О-3;Аппарат акима;01.02.2023\r\n');
    await web.visit(page, 'import', 'ru');
    await previewImport(page, { file: csv, methodology: 'asa-b-model', period: '2026-Q1', dir: 'staff-csv' });
    // the preview says which field has no column, and the table to choose it in is there
    await expect.poll(() => page.locator('#import-missing').innerText().catch(() => ''), { timeout: 30_000 }).toMatch(/Нет столбца: ФИО: выберите его в таблице ниже/);
    expect(await page.locator('#import-count strong').innerText()).toBe('0');
    expect(await page.locator('#import-run').isEnabled()).toBe(false);
    await page.selectOption('select[data-field="fullName"]', 'Сотрудник');
    await expect.poll(() => page.locator('#import-count strong').innerText(), { timeout: 30_000 }).toBe('2');
    expect(await page.locator('#rejected').count()).toBe(0);
    expect(await page.locator('#import-missing').count()).toBe(0);
    await expect.poll(() => page.locator('#import-run').isEnabled(), { timeout: 30_000 }).toBe(true);
    await page.click('#import-run');
    await expect.poll(() => page.locator('#written li').count(), { timeout: 30_000 }).toBe(2);
    const names = readdirSync(join(web.srv.dir, 'staff-csv')).sort().map((f) => parseYaml(readFileSync(join(web.srv.dir, 'staff-csv', f), 'utf8')).servant.fullName);
    expect(names).toEqual(['Иванов Иван Иванович', 'Сидорова Анна']);
    await page.selectOption('#lang', 'kk');
    expect(errors).toEqual([]);
  }, 120_000);
});

describe.skipIf(!hasChromium())('the audit page', () => {
  const web = pageSession();

  it('shows the same counts as bagalau check --format json, in total, per rule and per body', async () => {
    const cli = JSON.parse(spawnSync('node', ['dist/src/cli/main.js', 'check', web.srv.dir, '--format', 'json', '--today', TODAY, '--no-progress'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout) as {
      results: { servant?: { body?: string }; findings: { ruleId: string; severity: string }[] }[];
      summary: { files: number; errors: number; warnings: number; infos: number };
    };
    const { p: page } = await web.open({ width: 1400, height: 1000 });
    await web.visit(page, 'audit');
    await page.click('#audit-run');
    await page.waitForSelector('#audit-summary tbody td', { timeout: 120_000 });
    // the line counting every file (a single «Total» when all are packages, else «All files» under the parts)
    const summary = await Promise.all((['files', 'errors', 'warnings', 'infos'] as const).map(async (k) => Number(await page.locator(`#audit-summary tbody tr:last-child td[data-k="${k}"]`).innerText())));
    expect(summary).toEqual([cli.summary.files, cli.summary.errors, cli.summary.warnings, cli.summary.infos]);

    // per rule (errors and warnings, as check --summary lists them): findings and files
    const perRule = new Map<string, { severity: string; count: number; files: Set<number> }>();
    cli.results.forEach((r, i) => {
      for (const f of r.findings) {
        const row = perRule.get(f.ruleId) ?? { severity: f.severity, count: 0, files: new Set<number>() };
        row.count++;
        row.files.add(i);
        perRule.set(f.ruleId, row);
      }
    });
    const expectedRules = new Map([...perRule].filter(([, r]) => r.severity !== 'info').map(([id, r]) => [id, [r.count, r.files.size]]));
    const rows = await page.$$eval('#by-rule tbody tr', (trs) => trs.map((tr) => [tr.getAttribute('data-rule') ?? '', ...[...tr.querySelectorAll('td.num')].map((td) => td.textContent ?? '')]));
    expect(new Map(rows.map((r) => [r[0]!, [Number(r[1]), Number(r[2])]]))).toEqual(expectedRules);

    // per body: files, clean (no error or warning), errors, warnings
    const perBody = new Map<string, number[]>();
    for (const r of cli.results) {
      const k = r.servant?.body ?? '—';
      const c = perBody.get(k) ?? [0, 0, 0, 0];
      c[0]!++;
      if (!r.findings.some((f) => f.severity !== 'info')) c[1]!++;
      for (const f of r.findings) if (f.severity !== 'info') c[f.severity === 'error' ? 2 : 3]!++;
      perBody.set(k, c);
    }
    const bodyRows = await page.$$eval('#by-body tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    expect(new Map(bodyRows.map((r) => [r[0]!, r.slice(1, 5).map(Number)]))).toEqual(perBody);

    // the filter by severity shows only that severity
    await page.selectOption('#filter-severity', 'warning');
    const sevs = await page.$$eval('#per-servant li', (lis) => [...new Set(lis.map((l) => l.className))]);
    expect(sevs).toEqual(['warning']);
    await page.close();
  }, 240_000);

  it("files not read and a session file dropped with packages of two bodies: counted on lines of their own, in the HTML report's words, and the bodies add up to «evaluation packages» (kk, ru)", async () => {
    const { p: page } = await web.open({ width: 1400, height: 1000 });
    await web.visit(page, 'audit', 'kk');
    const files = [
      { name: 'mic.yaml', mimeType: 'application/yaml', buffer: readFileSync('samples/mic-2018/valid.yaml') },
      { name: 'asa.yaml', mimeType: 'application/yaml', buffer: readFileSync('samples/asa-b-model/valid.yaml') },
      { name: 'broken.yaml', mimeType: 'application/yaml', buffer: Buffer.from('methodology: mic-2018\nservant: [unclosed\n  : : bad\n') },
      { name: 'empty.yaml', mimeType: 'application/yaml', buffer: Buffer.from('') },
      { name: 'commission.yaml', mimeType: 'application/yaml', buffer: readFileSync('samples/mic-2018/sessions/commission-2026-01.yaml') },
    ];
    await page.setInputFiles('#audit-files', files);
    await page.waitForSelector('#audit-summary tbody tr[data-line="all"]', { timeout: 60_000 });
    const lines = (table: string) =>
      page.$$eval(`${table} tr[data-line]`, (trs) => trs.map((tr) => [tr.getAttribute('data-line') ?? '', tr.querySelector('td')?.textContent ?? '', Number(tr.querySelector('td[data-k="files"]')?.textContent)] as const));
    for (const lang of ['kk', 'ru'] as const) {
      await page.selectOption('#lang', lang);
      const w = WORDS[lang];
      expect(await page.locator('#audit-summary thead th').first().innerText()).toBe(w.counted);
      const top = await lines('#audit-summary tbody');
      expect(top).toEqual([['packages', w.packages, 2], ['unread', w.unread, 2], ['sessions', w.sessions, 1], ['all', w.all, 5]]);
      // the body table: two bodies (no «no body given» row of broken files), then the same lines under them
      const bodies = await page.$$eval('#by-body tbody tr', (trs) => trs.map((tr) => [tr.querySelector('td')?.textContent ?? '', Number(tr.querySelector('td[data-k="files"]')?.textContent)] as const));
      expect(bodies).toEqual([['Ақмола облысы әкімінің аппараты', 1], ['Қазақстан Республикасы Ақпарат және коммуникациялар министрлігі', 1]]);
      expect(await lines('#by-body tfoot')).toEqual(top);
      // every column adds up: the bodies to the packages, the parts to all files
      const col = async (sel: string) => (await page.locator(sel).allInnerTexts()).map(Number);
      for (const k of ['files', 'clean', 'errors', 'warnings', 'overdue']) {
        const sum = (ns: number[]) => ns.reduce((x, y) => x + y, 0);
        expect(sum(await col(`#by-body tbody td[data-k="${k}"]`)), k).toBe((await col(`#by-body tfoot tr[data-line="packages"] td[data-k="${k}"]`))[0]);
        expect(sum(await col(`#by-body tfoot tr:not([data-line="all"]) td[data-k="${k}"]`)), k).toBe((await col(`#by-body tfoot tr[data-line="all"] td[data-k="${k}"]`))[0]);
      }
      await shot(page, `audit-apart-${lang}`, '#audit-summary');
    }
    await page.close();
  }, 120_000);
});
