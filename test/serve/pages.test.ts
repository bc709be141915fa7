/** The drafts and calendar pages, and the language switch, in headless Chromium. */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/law/calendar/index.js';
import { hasChromium } from '../browser.js';
import { pageSession } from './browser-session.js';

describe.skipIf(!hasChromium())('drafts, calendar, languages', () => {
  let page: Page;
  const web = pageSession(async (w) => {
    ({ p: page } = await w.open({ width: 1300, height: 900 }));
  });
  const { errors } = web;

  it('the deadline calculator counts working days from a ДД.ММ.ГГГГ date; the year lists each day off with its source', async () => {
    await web.visit(page, 'calendar');
    await page.fill('#dl-from', '15.04.2026');
    await page.fill('#dl-count', '5');
    await page.click('#dl-compute');
    await expect.poll(() => page.locator('#dl-result').innerText(), { timeout: 30_000 }).toMatch(/^22\.04\.2026/);
    await page.fill('#dl-from', '31.02.2026');
    await page.click('#dl-compute');
    await expect.poll(() => page.locator('.calendar .problem').count(), { timeout: 30_000 }).toBe(1);
    await page.fill('#cal-year', '2026');
    await expect.poll(() => page.locator('#days-off tbody tr').count(), { timeout: 30_000 }).toBeGreaterThan(5);
    const nauryz = await page.locator('#days-off tbody tr', { hasText: '23.03.2026' }).innerText();
    expect(nauryz).toMatch(/Наурыз/);
    expect(nauryz.split('\t').pop()!.trim().length).toBeGreaterThan(5); // the source column is filled
    expect(Number(await page.locator('#cal-working').innerText())).toBe(createCalendar().year(2026).workingDays);
  }, 120_000);

  it('a draft shows the same errors and warnings as bagalau draft check', async () => {
    const cli = (file: string) => (JSON.parse(spawnSync('node', ['dist/src/cli/main.js', 'draft', 'check', file, '--date', '2026-01-01', '--format', 'json'], { encoding: 'utf8' }).stdout) as { summary: { errors: number; warnings: number } }).summary;
    await web.visit(page, 'drafts');
    await page.fill('#draft-date', '2026-01-01');
    for (const file of ['samples/drafts/band-gap.md', 'samples/drafts/ok.md']) {
      const want = cli(file);
      await page.setInputFiles('#draft-file', file);
      await expect.poll(() => page.locator('#draft-findings h2').innerText().catch(() => ''), { timeout: 60_000 }).toContain(file.split('/').pop()!);
      expect(await page.locator('#draft-findings li.error').count(), file).toBe(want.errors);
      expect(await page.locator('#draft-findings li.warning').count(), file).toBe(want.warnings);
    }
  }, 180_000);

  it('a Word draft (.docx) and an act as published (.txt) show the findings bagalau draft check gives for the same file', async () => {
    const out = join(web.srv.dir, 'word');
    const findingsOf = (file: string) => (JSON.parse(spawnSync('node', ['dist/src/cli/main.js', 'draft', 'check', file, '--date', '2026-01-01', '--format', 'json'], { encoding: 'utf8' }).stdout) as { results: { findings: { ruleId: string; severity: string }[] }[] }).results[0]!.findings;
    await web.visit(page, 'drafts');
    await page.fill('#draft-date', '2026-01-01');
    for (const md of ['samples/drafts/band-gap.md', 'samples/drafts/numbering-gap.md']) {
      // a Word file as a drafter would send it: the draft made DOCX by bagalau's own renderer
      const r = spawnSync('node', ['dist/src/cli/main.js', 'draft', 'render', md, '--format', 'docx', '--out', out], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const docx = join(out, basename(md, '.md') + '.docx');
      const want = findingsOf(docx).map((f) => `${f.severity} ${f.ruleId}`).sort();
      expect(want.some((w) => w.startsWith('error')), md).toBe(true);
      await page.setInputFiles('#draft-file', docx);
      await expect.poll(() => page.locator('#draft-findings h2').innerText().catch(() => ''), { timeout: 60_000 }).toContain(basename(docx));
      const got = await page.$$eval('#draft-findings li', (lis) => lis.map((li) => `${li.className} ${li.getAttribute('data-rule')}`));
      expect(got.sort(), md).toEqual(want);
    }
    // an act as published (.txt) is imported on the fly, as the command does (not read as Markdown)
    const published = 'samples/drafts/published/004_c35c6965a291465c.txt';
    const wantTxt = findingsOf(published).map((f) => `${f.severity} ${f.ruleId}`).sort();
    await page.setInputFiles('#draft-file', published);
    await expect.poll(() => page.locator('#draft-findings h2').innerText().catch(() => ''), { timeout: 60_000 }).toContain(basename(published));
    expect((await page.$$eval('#draft-findings li', (lis) => lis.map((li) => `${li.className} ${li.getAttribute('data-rule')}`))).sort()).toEqual(wantTxt);
    // a file that only says it is Word: the reason, not a crash
    writeFileSync(join(out, 'not-word.docx'), 'plain text');
    await page.setInputFiles('#draft-file', join(out, 'not-word.docx'));
    await expect.poll(() => page.locator('.drafts .problem').innerText().catch(() => ''), { timeout: 30_000 }).toMatch(/DOCX|Word|zip/i);
    expect(errors).toEqual([]);
  }, 180_000);

  it('the language switch changes the page and the form labels (Russian and English working translations, the Kazakh title kept, the note that they are unofficial; the kind of an event by its words, not its key)', async () => {
    await web.visit(page);
    await page.getByText('asa-b-model/valid.yaml').click();
    await page.waitForSelector('label[for="servant_fullName"]');
    expect(await page.locator('label[for="servant_fullName"]').innerText()).toMatch(/Т\.А\.Ә\./);
    await page.selectOption('#lang', 'en');
    await expect.poll(() => page.locator('label[for="servant_fullName"]').innerText()).toMatch(/full name/);
    expect(await page.locator('nav a[data-page="audit"]').innerText()).toBe('Audit');
    // Russian labels from the working translations, the official Kazakh title kept under each field, and the note
    await page.selectOption('#lang', 'ru');
    expect(await page.locator('nav a[data-page="fill"]').innerText()).toBe('Заполнение');
    await expect.poll(() => page.locator('label[for="servant_fullName"]').innerText()).toMatch(/^Ф\.И\.О\./);
    const field = page.locator('.form-group', { has: page.locator('#servant_appointedOn') }).last();
    expect(await field.innerText()).toMatch(/дата назначения на эту должность/);
    expect(await field.innerText()).toMatch(/осы лауазымға тағайындалған/);
    expect(await page.locator('#unofficial').innerText()).toMatch(/неофициальный/);
    // an event's kind by the pack's words for it, in the page's language, not its key («sheet-sent»)
    const kind = () => page.locator('#events_0_type').evaluate((e) => { const s = e as unknown as { selectedOptions: { textContent: string }[] }; return s.selectedOptions[0]?.textContent ?? ''; });
    expect(await kind()).toBe('оценочный лист направлен оценивающему');
    await page.selectOption('#lang', 'en');
    expect(await page.locator('#unofficial').innerText()).toMatch(/Unofficial translation/);
    await page.selectOption('#lang', 'kk');
    expect(await page.locator('#unofficial').count()).toBe(0);
    expect(await kind()).toBe('бағалау парағы бағалаушыға жіберілді');
    expect(await field.innerText()).not.toMatch(/date of appointment|дата назначения/);
    expect(errors).toEqual([]);
  }, 120_000);
});
