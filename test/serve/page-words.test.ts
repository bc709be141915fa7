/**
 * The page as an HR officer meets it, in headless Chromium set to English while the page speaks Kazakh or Russian:
 * the file pickers say the page's words (not the browser's «Choose file / No file chosen») and are reached and
 * opened by the keyboard; in a narrow window the findings stay at hand while the forms scroll; a message under a
 * field says its severity in a word and a colour (an info is not an error); every id in the page is unique and every
 * label points to its field. Every request the page makes goes to the local server.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileChooser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../browser.js';
import { openPackage, pageSession, settled } from './browser-session.js';
import { staffXlsx } from './helpers.js';

type Rect = { top: number; bottom: number; left: number; right: number; width: number; height: number };
type El = { id: string; getBoundingClientRect(): Rect; querySelectorAll(s: string): ArrayLike<El>; getAttribute(n: string): string | null; tagName: string };
type InPage = {
  document: { querySelector(s: string): El | null; querySelectorAll(s: string): ArrayLike<El>; getElementById(id: string): El | null; activeElement: El | null; body: { scrollHeight: number } };
  scrollTo(x: number, y: number): void;
  innerHeight: number;
  getComputedStyle(e: El): { color: string; borderTopColor: string; outlineStyle: string };
};

// the page's colours (web/app.css): error, warning, info
const ERR = 'rgb(179, 38, 30)';
const WARN = 'rgb(138, 90, 0)';
const INFO = 'rgb(53, 97, 143)';

describe.skipIf(!hasChromium())('the page in its own words', () => {
  const web = pageSession();
  const { errors, foreign } = web;
  /** A browser set to English (its own file picker says «Choose file»), every request watched. */
  const open = (width = 1366, height = 768) => web.open({ locale: 'en-US', width, height });

  const WORDS = {
    kk: { one: 'Файлды таңдау', many: 'Файлдарды таңдау', none: 'Файл таңдалмаған' },
    ru: { one: 'Выбрать файл', many: 'Выбрать файлы', none: 'Файл не выбран' },
  } as const;

  it('the file pickers speak the page\'s language, whatever the browser\'s; the keyboard reaches and opens them; the chosen file is named; the same draft chosen again is checked again', async () => {
    const { ctx, p } = await open();
    // the browser's file chooser, caught from the start (catching it only when the key is pressed may come too late)
    const choosers: FileChooser[] = [];
    p.on('filechooser', (c) => choosers.push(c));
    const staff = join(web.srv.dir, 'staff.xlsx');
    writeFileSync(staff, await staffXlsx(3));
    for (const lang of ['kk', 'ru'] as const) {
      for (const [page, id, words] of [['import', 'staff-file', 'one'], ['drafts', 'draft-file', 'one'], ['audit', 'audit-files', 'many']] as const) {
        await web.visit(p, page, lang);
        const picker = p.locator('label', { has: p.locator(`#${id}`) });
        const text = await picker.innerText();
        expect(text, `${lang} ${page}`).toContain(WORDS[lang][words]);
        expect(text, `${lang} ${page}`).toContain(WORDS[lang].none);
        // the browser's own button (in its language) is not what the officer sees: the input is hidden from the eye
        const box = (await p.locator(`#${id}`).boundingBox())!;
        expect(box.width * box.height, `${lang} ${page}`).toBeLessThanOrEqual(1);
      }
    }
    // by the keyboard: Tab from the field before it reaches the picker, its button shows the focus, Space opens it
    await web.visit(p, 'import', 'ru');
    await p.locator('#lang').focus();
    let reached = false;
    for (let i = 0; i < 12 && !reached; i++) {
      await p.keyboard.press('Tab');
      reached = (await p.evaluate(() => (globalThis as unknown as InPage).document.activeElement?.id)) === 'staff-file';
    }
    expect(reached).toBe(true);
    expect(await p.locator('#staff-file + .file-button').evaluate((e) => (globalThis as unknown as InPage).getComputedStyle(e as unknown as El).outlineStyle)).not.toBe('none');
    await p.keyboard.press('Space');
    await expect.poll(() => choosers.length, { timeout: 10_000 }).toBe(1);
    await choosers[0]!.setFiles(staff);
    await p.fill('#import-period', '2026-Q1');
    await expect.poll(() => p.locator('label', { has: p.locator('#staff-file') }).locator('.file-name').innerText()).toBe('staff.xlsx');
    await p.click('#import-preview');
    await expect.poll(() => p.locator('#import-count strong').innerText().catch(() => ''), { timeout: 30_000 }).toBe('3');

    // a draft chosen, edited and chosen again: checked again (the input is emptied after each choice)
    let checks = 0;
    p.on('request', (r) => {
      if (r.url().includes('/api/draft/check')) checks++;
    });
    await web.visit(p, 'drafts');
    await p.setInputFiles('#draft-file', 'samples/drafts/ok.md');
    await expect.poll(() => p.locator('#draft-findings h2').innerText().catch(() => ''), { timeout: 60_000 }).toContain('ok.md');
    expect(await p.locator('label', { has: p.locator('#draft-file') }).locator('.file-name').innerText()).toBe('ok.md');
    await p.setInputFiles('#draft-file', 'samples/drafts/ok.md');
    await expect.poll(() => checks, { timeout: 30_000 }).toBe(2);
    await ctx.close();
    expect(errors).toEqual([]);
  }, 180_000);

  for (const width of [683, 1000]) {
    it(`${width}×768: the findings stay in the window while the officer scrolls the forms; a finding still leads to its field, which is not hidden under them; the list folds to its counts`, async () => {
      const { ctx, p } = await open(width, 768);
      await web.visit(p, '', 'ru');
      await openPackage(p, 'asa-b-model/fixtures/result-band.yaml');
      await expect.poll(() => p.locator('#findings [data-rule="asa-b-model/result-band"]').count(), { timeout: 30_000 }).toBe(1);
      const rect = (sel: string) => p.evaluate((s) => (globalThis as unknown as InPage).document.querySelector(s)!.getBoundingClientRect(), sel);
      // scrolled to the end of the forms: the findings are still in the window, at its top
      await p.evaluate(() => (globalThis as unknown as InPage).scrollTo(0, (globalThis as unknown as InPage).document.body.scrollHeight));
      const panel = await rect('#findings');
      expect(panel.top).toBeGreaterThanOrEqual(0);
      expect(panel.bottom).toBeLessThanOrEqual(768 / 2);
      // the finding takes the officer to its field, in sight below the findings
      await p.evaluate(() => (globalThis as unknown as InPage).scrollTo(0, 0));
      await p.locator('#findings [data-rule="asa-b-model/result-band"] button.go').click();
      expect(await p.evaluate(() => (globalThis as unknown as InPage).document.activeElement?.id)).toBe('f-managerialSheet_result');
      const field = await rect('#f-managerialSheet_result');
      expect(field.top).toBeGreaterThanOrEqual((await rect('#findings')).bottom);
      expect(field.bottom).toBeLessThanOrEqual(768);
      // folded: the counts stay, the list goes, and the box is smaller; unfolded again
      const open0 = (await rect('#findings')).height;
      await p.click('#findings-toggle');
      expect(await p.locator('#findings-toggle').getAttribute('aria-expanded')).toBe('false');
      expect(await p.locator('#findings-list').isVisible()).toBe(false);
      expect(await p.locator('#findings h2').innerText()).toMatch(/Ошибки 1/);
      expect((await rect('#findings')).height).toBeLessThan(open0);
      await p.click('#findings-toggle');
      expect(await p.locator('#findings-list').isVisible()).toBe(true);
      await ctx.close();
      expect(errors).toEqual([]);
    }, 120_000);
  }

  it('a wide window has no fold: the findings stand beside the forms', async () => {
    const { ctx, p } = await open(1366, 768);
    await web.visit(p);
    await openPackage(p, 'asa-b-model/fixtures/result-band.yaml');
    expect(await p.locator('#findings-toggle').isVisible()).toBe(false);
    await ctx.close();
  }, 60_000);

  it('a message under a field shows its severity by a word and a colour: an info is blue and says so, an error red, a warning amber', async () => {
    const { ctx, p } = await open(1366, 768);
    await web.visit(p, '', 'ru');
    const message = (field: string) => p.locator('.form-group', { has: p.locator(`#${field}`) }).last().locator(':scope > .field-message');
    const colour = (loc: ReturnType<Page['locator']>) => loc.evaluate((e) => (globalThis as unknown as InPage).getComputedStyle(e as unknown as El).color);
    const border = (field: string) => p.locator(`#${field}`).evaluate((e) => (globalThis as unknown as InPage).getComputedStyle(e as unknown as El).borderTopColor);

    // the category «D – 4» read as «D-4»: an info under the field
    await openPackage(p, 'almaty-maslikhat-2018/fixtures/category-dash.yaml');
    await expect.poll(() => message('servant_category').innerText(), { timeout: 30_000 }).toMatch(/D-4/);
    const info = message('servant_category').locator('li');
    expect(await info.count()).toBe(1);
    expect(await info.innerText()).toMatch(/^сведение /i);
    expect(await colour(info)).toBe(INFO);
    expect(await border('servant_category')).not.toBe(ERR);
    // the list beside the forms does not say «no findings» under a count of one info: it says where the info is
    expect(await p.locator('#findings-list').innerText()).toMatch(/^✓ Ошибок и предупреждений нет; сведения — под своими полями: 1$/);

    // a grade of 6 on a 1–5 (App. 4) and 0–5 (cl. 31) scale: an error and a warning under one field, each in its word
    await openPackage(p, 'sjc-apparatus/fixtures/ranking-grade-six.yaml');
    const both = message('f-rankingSheet_parameters_0_grade').locator('li');
    await expect.poll(() => both.count(), { timeout: 30_000 }).toBe(2);
    const lines = await both.allInnerTexts();
    const err = lines.findIndex((l) => /^ошибка /i.test(l));
    const warn = lines.findIndex((l) => /^предупреждение /i.test(l));
    expect(err).toBeGreaterThanOrEqual(0);
    expect(warn).toBeGreaterThanOrEqual(0);
    expect(await colour(both.nth(err))).toBe(ERR);
    expect(await colour(both.nth(warn))).toBe(WARN);
    expect(await border('f-rankingSheet_parameters_0_grade')).toBe(ERR); // the graver of the two marks the field
    // in Kazakh, the words are Kazakh
    await p.selectOption('#lang', 'kk');
    await expect.poll(() => both.allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/^қате /i), expect.stringMatching(/^ескерту /i)]));
    await ctx.close();
    expect(errors).toEqual([]);
  }, 120_000);

  it('every id in the page is unique and every label, description and control points to an element that is there: each page, and a package of each methodology with every form added', async () => {
    const { ctx, p } = await open(1366, 768);
    const problems = (where: string) =>
      p.evaluate((at) => {
        const d = (globalThis as unknown as InPage).document;
        const seen = new Map<string, number>();
        for (const e of Array.from(d.querySelectorAll('[id]'))) seen.set(e.id, (seen.get(e.id) ?? 0) + 1);
        const out = [...seen].filter(([, n]) => n > 1).map(([id, n]) => `${at}: id «${id}» ×${n}`);
        for (const l of Array.from(d.querySelectorAll('label[for]'))) if (!d.getElementById(l.getAttribute('for')!)) out.push(`${at}: label for «${l.getAttribute('for')}» points nowhere`);
        for (const e of Array.from(d.querySelectorAll('[aria-controls]'))) if (!d.getElementById(e.getAttribute('aria-controls')!)) out.push(`${at}: aria-controls «${e.getAttribute('aria-controls')}» points nowhere`);
        return out;
      }, where);
    const found: string[] = [];
    await web.visit(p);
    for (const id of await p.locator('#new-methodology option').evaluateAll((os) => os.map((o) => (o as unknown as { value: string }).value))) {
      await p.selectOption('#new-methodology', id);
      await p.fill('#new-name', `ids/${id}.yaml`);
      await p.click('#create');
      await p.waitForSelector('#servant_fullName');
      await settled(p);
      while (await p.locator('button.add-form').count()) {
        await p.locator('button.add-form').first().click();
        await settled(p);
      }
      found.push(...(await problems(`fill ${id}`)));
    }
    await openPackage(p, 'asa-b-model/valid.yaml');
    found.push(...(await problems('fill asa-b-model/valid.yaml')));
    const staff = join(web.srv.dir, 'ids-staff.xlsx');
    writeFileSync(staff, await staffXlsx(2));
    await web.visit(p, 'import');
    await p.setInputFiles('#staff-file', staff);
    await p.fill('#import-period', '2026-Q1');
    await p.click('#import-preview');
    await p.waitForSelector('#mapping');
    found.push(...(await problems('import')));
    await web.visit(p, 'drafts');
    await p.setInputFiles('#draft-file', 'samples/drafts/band-gap.md');
    await p.waitForSelector('#draft-findings', { timeout: 60_000 });
    found.push(...(await problems('drafts')));
    await web.visit(p, 'calendar');
    await p.waitForSelector('#days-off');
    found.push(...(await problems('calendar')));
    await web.visit(p, 'audit');
    await p.selectOption('#audit-dir', 'asa-b-model');
    await p.click('#audit-run');
    await p.waitForSelector('#per-servant', { timeout: 120_000 });
    found.push(...(await problems('audit')));
    expect(found).toEqual([]);
    await ctx.close();
    expect(errors).toEqual([]);
  }, 240_000);

  it('a package is not created under a name the workspace has, nor saved over a file that appeared under its name since; a document refused names no pointers and goes with the next change; an import asks for its period', async () => {
    const { ctx, p } = await open(1366, 768);
    await web.visit(p, '', 'ru');
    const valid = join(web.srv.dir, 'asa-b-model/valid.yaml');
    const before = readFileSync(valid, 'utf8');
    // a name the workspace has: said at once, beside the button, and nothing opened under it
    await p.selectOption('#new-methodology', 'asa-b-model');
    await p.fill('#new-name', 'asa-b-model/valid.yaml');
    await p.click('#create');
    await expect.poll(() => p.locator('#create-problem').innerText().catch(() => ''), { timeout: 15_000 }).toMatch(/уже есть.*asa-b-model\/valid\.yaml/);
    expect(await p.locator('#path').count()).toBe(0);
    // the language switched after it: the problem is said again, in the new language
    await p.selectOption('#lang', 'kk');
    expect(await p.locator('#create-problem').innerText()).toMatch(/^Бұл атпен файл бар/);
    await p.selectOption('#lang', 'ru');
    // a new name; the file appears under it (another officer, a copy) before the first save: the save leaves it
    await p.fill('#new-name', 'hr/race.yaml');
    await p.click('#create');
    await p.waitForSelector('#servant_fullName');
    expect(await p.locator('#create-problem').count()).toBe(0);
    await p.fill('#servant_fullName', 'Жаңа Қызметші');
    await settled(p);
    mkdirSync(join(web.srv.dir, 'hr'), { recursive: true });
    writeFileSync(join(web.srv.dir, 'hr/race.yaml'), before);
    await p.click('#save');
    await expect.poll(() => p.locator('#findings .problem').innerText().catch(() => ''), { timeout: 15_000 }).toMatch(/уже есть, не перезаписывается/);
    expect(readFileSync(join(web.srv.dir, 'hr/race.yaml'), 'utf8')).toBe(before);
    expect(readFileSync(valid, 'utf8')).toBe(before);
    // a document of a package the schema refuses: the reason and where to look, not a list of JSON pointers
    await p.locator('#form-managerialSheet button.add-form').click();
    await settled(p);
    await p.locator('#form-managerialSheet button.pdf').click();
    const refused = p.locator('#findings .problem');
    await expect.poll(() => refused.innerText().catch(() => ''), { timeout: 30_000 }).toMatch(/Сначала исправьте ошибки из результата проверки/);
    expect(await refused.innerText()).not.toMatch(/\/servant|\/forms/);
    // the next change makes the refusal out of date: it goes
    await p.fill('#servant_position', 'Бас маман');
    await expect.poll(() => refused.count(), { timeout: 15_000 }).toBe(0);

    // an import without a period: the page asks for it, and sends nothing
    let imports = 0;
    p.on('request', (r) => {
      if (r.url().includes('/api/import')) imports++;
    });
    const staff = join(web.srv.dir, 'period-staff.xlsx');
    writeFileSync(staff, await staffXlsx(2));
    await web.visit(p, 'import');
    await p.setInputFiles('#staff-file', staff);
    await p.click('#import-preview');
    await expect.poll(() => p.locator('.import .problem').innerText().catch(() => ''), { timeout: 15_000 }).toMatch(/^Укажите период оценки/);
    expect(imports).toBe(0);
    await p.selectOption('#lang', 'en');
    expect(await p.locator('.import .problem').innerText()).toMatch(/^Give the evaluation period/);
    await p.selectOption('#lang', 'ru');
    await p.fill('#import-period', '2026-Q1');
    await p.click('#import-preview');
    await expect.poll(() => p.locator('#import-count strong').innerText().catch(() => ''), { timeout: 30_000 }).toBe('2');
    expect(await p.locator('.import .problem').count()).toBe(0);
    await ctx.close();
    expect(errors).toEqual([]);
  }, 120_000);

  it('the calendar in Kazakh and Russian: its months, its year\'s status and each day off\'s article in the page\'s words, not «M01», «confirmed» nor «art. 2, 3 (wording of 2022)»', async () => {
    const { ctx, p } = await open(683, 768);
    await web.visit(p, 'calendar');
    for (const [lang, first, status, article] of [['kk', 'қаңтар', 'расталған', /2, 3-бап \(2022 жылғы редакция\)/], ['ru', 'январь', 'подтверждён', /ст\. 2, 3 \(редакция 2022 г\.\)/]] as const) {
      await p.selectOption('#lang', lang);
      await p.fill('#cal-year', '2022');
      await expect.poll(() => p.locator('#months tbody tr').first().locator('td').first().innerText(), { timeout: 30_000 }).toBe(first);
      expect(await p.locator('#cal-status').innerText()).toBe(status);
      const sources = (await p.locator('#days-off tbody td:nth-child(3)').allInnerTexts()).join('\n');
      expect(sources).toMatch(article);
      expect(sources).not.toMatch(/\bart\.|wording/);
      // no table pushes the page wider than the window
      expect(await p.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth)).toBeLessThanOrEqual(683);
    }
    await ctx.close();
    expect(errors).toEqual([]);
  }, 60_000);

  it('683×768: the audit of a folder is no wider than the window (its tables scroll in their boxes)', async () => {
    const { ctx, p } = await open(683, 768);
    await web.visit(p, 'audit');
    await p.selectOption('#audit-dir', 'asa-b-model');
    await p.click('#audit-run');
    await p.waitForSelector('#per-servant', { timeout: 120_000 });
    expect(await p.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth)).toBeLessThanOrEqual(683);
    // an export the server cannot give (here: a refusal the test makes) is said on the page, not lost
    await p.route('**/api/audit?format=xlsx*', (route) => route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ findings: [], error: { kk: 'Сервер бос емес', ru: 'Сервер занят', en: 'The server is busy' } }) }));
    await p.click('#export-xlsx');
    await expect.poll(() => p.locator('.audit .problem').innerText().catch(() => ''), { timeout: 15_000 }).toMatch(/Сервер бос емес/);
    await ctx.close();
    expect(errors).toEqual([]);
  }, 150_000);

  it('the drafts page writes its date as the officer does (ДД.ММ.ГГГГ), and a change of the date checks the chosen draft again', async () => {
    const { ctx, p } = await open(1366, 768);
    const asked: string[] = [];
    p.on('request', (r) => {
      if (r.url().includes('/api/draft/check')) asked.push(new URL(r.url()).searchParams.get('date') ?? '');
    });
    await web.visit(p, 'drafts', 'ru');
    expect(await p.locator('#draft-date').inputValue()).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    await p.fill('#draft-date', '01.01.2026');
    await p.setInputFiles('#draft-file', 'samples/drafts/band-gap.md');
    await expect.poll(() => p.locator('#draft-findings h2').innerText().catch(() => ''), { timeout: 60_000 }).toContain('band-gap.md');
    await p.fill('#draft-date', '01.06.2025');
    await expect.poll(() => asked, { timeout: 30_000 }).toEqual(['2026-01-01', '2025-06-01']);
    await expect.poll(() => p.locator('#draft-findings h2').innerText().catch(() => ''), { timeout: 60_000 }).toContain('band-gap.md');
    await ctx.close();
    expect(errors).toEqual([]);
  }, 120_000);

  it('nothing the page asked for left the local server', () => {
    expect(foreign).toEqual([]);
  });
});
