/**
 * What a Russian-speaking HR officer of a district akimat met on the page, end to end, in Chromium set to ru-RU on a
 * 1280×720 laptop, and each thing that would have made them stop: the audit's tables by state body and by unit fit
 * their boxes (at 1280 px the last column, «Просроченные шаги», and its figures were cut at the box's edge); going
 * back through a package's fields with Shift+Tab, the field with the focus is in sight, not under the header that
 * stays at the window's top (the browser scrolls it to the window's very top); a grade typed as text with a decimal
 * comma («4,2 балла») is kept as typed, in the field and in the check's message (the form library, in a browser
 * whose locale writes a comma, made it «4.2 балла»), and «4,5» is still saved as the number 4.5; a date that does not
 * exist is named in the list of findings by its field and with what was typed, as every other finding is (it said
 * «дата должна быть в виде ДД.ММ.ГГГГ…» alone, and the officer could not tell which of the dates).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Page } from 'playwright-core';
import { hasChromium } from '../browser.js';
import { createPackage, pageSession, settled } from './browser-session.js';

describe.skipIf(!hasChromium())('the Russian officer\'s page on a laptop', () => {
  const web = pageSession();
  /** A page in Chromium set to ru-RU (1366×768 unless told) at `route`, for `steps`; nothing thrown, nothing sent away. */
  const asOfficer = async (route: string, steps: (p: Page) => Promise<void>, size: { width?: number; height?: number } = {}): Promise<void> => {
    const { ctx, p, errors, foreign } = await web.open({ ...size, locale: 'ru-RU', own: true });
    await web.visit(p, route);
    await steps(p);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await ctx.close();
  };

  it('the audit by state body and by unit: every column in its box, nothing cut at the right edge', async () => {
    await asOfficer('audit', async (p) => {
      await p.click('#audit-run');
      await p.waitForSelector('#by-body tbody tr');
      expect(await p.locator('#by-body th').last().innerText()).toBe('Просроченные шаги');
      for (const box of ['#by-body', '#by-unit']) {
        const { inner, outer } = await p.locator(box).evaluate((e) => ({ inner: e.scrollWidth, outer: e.clientWidth }));
        expect(inner, box).toBeLessThanOrEqual(outer);
      }
    }, { width: 1280, height: 720 });
  }, 120_000);

  for (const [width, height] of [[1366, 768], [1280, 720]] as const)
    it(`${width}×${height}: Shift+Tab back through the forms, each field with the focus below the header`, async () => {
      await asOfficer('', async (p) => {
        await p.getByText('asa-b-model/valid.yaml').click();
        await p.waitForSelector('#events__add');
        await p.focus('#events__add');
        const hidden: string[] = [];
        for (let i = 0; i < 60; i++) {
          await p.keyboard.press('Shift+Tab');
          const at = await p.evaluate(() => {
            const d = (globalThis as unknown as { document: { activeElement: { id: string; getBoundingClientRect(): { top: number } } | null; querySelector(s: string): { getBoundingClientRect(): { bottom: number } } } }).document;
            const e = d.activeElement!;
            return { id: e.id, top: e.getBoundingClientRect().top, header: d.querySelector('header').getBoundingClientRect().bottom };
          });
          if (at.id === 'servant_id') break;
          if (at.top < at.header) hidden.push(`${at.id} ${Math.round(at.top)}`);
        }
        expect(hidden).toEqual([]);
      }, { width, height });
    }, 120_000);

  it('ru-RU: a grade written «4,2 балла» stays so in the field and in the finding; «4,5» is saved as 4.5', async () => {
    await asOfficer('', async (p) => {
      await createPackage(p, 'asa-b-model', 'ru/grade.yaml');
      await settled(p);
      await p.locator('#form-managerialSheet button.add-form').click();
      await settled(p);
      await p.click('#f-managerialSheet_grades__add');
      const grade = p.locator('#f-managerialSheet_grades_0_grade');
      await grade.pressSequentially('4,2 балла');
      await expect.poll(() => p.locator('#findings-list').innerText(), { timeout: 30_000 }).toContain('«4,2 балла»');
      expect(await grade.inputValue()).toBe('4,2 балла');
      expect(await p.locator('#findings-list').innerText()).not.toContain('4.2');
      await grade.fill('');
      await grade.pressSequentially('4,5');
      await settled(p);
      expect(await grade.inputValue()).toBe('4,5');
      await p.click('#save');
      await expect.poll(() => p.locator('#status').innerText(), { timeout: 30_000 }).toBe('Сохранено');
      const saved = parseYaml(readFileSync(join(web.srv.dir, 'ru/grade.yaml'), 'utf8'));
      expect(saved.forms.managerialSheet.grades[0].grade).toBe(4.5);
    });
  }, 120_000);

  it('ru-RU: a date that does not exist, in the list of findings, names its field and what was typed', async () => {
    await asOfficer('', async (p) => {
      await p.getByText('asa-b-model/valid.yaml').click();
      await p.waitForSelector('#period_to');
      await p.fill('#period_to', '');
      await p.locator('#period_to').pressSequentially('31.02.2026');
      const item = p.locator('#findings-list li[data-field="/period/to"]').first();
      await expect.poll(() => item.innerText().catch(() => ''), { timeout: 30_000 }).toContain('в виде ДД.ММ.ГГГГ (или ГГГГ-ММ-ДД)');
      const text = await item.innerText();
      expect(text).toContain('«период оценки» › «конец периода оценки»');
      expect(text).toContain('«31.02.2026»');
      // under the field itself, without its place (its label says it)
      const under = p.locator('.form-group', { has: p.locator('#period_to') }).last();
      expect(await under.innerText()).toContain('ОШИБКА дата должна быть в виде ДД.ММ.ГГГГ (или ГГГГ-ММ-ДД)');
      await p.fill('#period_to', '');
      await p.locator('#period_to').pressSequentially('31.03.2026');
      await expect.poll(() => p.locator('#findings-list li[data-field="/period/to"]').count(), { timeout: 30_000 }).toBe(0);
    });
  }, 120_000);
});
