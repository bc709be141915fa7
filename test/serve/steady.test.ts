/**
 * The fill page in headless Chromium on a 1366×768 laptop and in half of it (683×768): what the live check finds
 * never moves a field under the officer's pointer, and each finding leads to its field, by mouse and by keyboard.
 *
 * The first check waits for the methodology's validators, fetched from the server once: the test holds that
 * request, so «before the findings land» is a state it waits in, not a moment it hopes to catch.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../browser.js';
import { createPackage, pageSession, settled } from './browser-session.js';

type InPage = { document: { getElementById(id: string): { getBoundingClientRect(): { x: number; y: number; width: number; height: number } } | null; activeElement: { id: string } | null }; scrollX: number; scrollY: number };

describe.skipIf(!hasChromium())('the fill page keeps its fields still', () => {
  const web = pageSession();
  const { errors } = web;
  // the chunk of asa-b-model's validators, which the page's first check of such a package waits for
  const bundle = JSON.parse(readFileSync('dist/web/bundle.json', 'utf8')) as Record<string, string>;
  const validators = Object.keys(bundle).find((k) => bundle[k] === 'validators asa-b-model')!;

  /** Where a field is on the page (not in the window: the page may scroll), to the pixel. */
  const place = (p: Page, id: string) =>
    p.evaluate((i) => {
      const w = globalThis as unknown as InPage;
      const r = w.document.getElementById(i)!.getBoundingClientRect();
      return [r.x + w.scrollX, r.y + w.scrollY, r.width, r.height].map(Math.round);
    }, id);
  const border = (p: Page, id: string) => p.locator(`#${id}`).evaluate((e) => (globalThis as unknown as { getComputedStyle(e: unknown): { borderTopColor: string } }).getComputedStyle(e).borderTopColor);
  const focused = (p: Page) => p.evaluate(() => (globalThis as unknown as InPage).document.activeElement?.id ?? '');

  for (const [width, height] of [[1366, 768], [683, 768]] as const) {
    it(`${width}×${height}: a click aimed at a field before the findings land hits that field; a finding that goes moves nothing; each finding leads to its field; a finding on a whole group marks none of its fields; nothing is wider than the window`, async () => {
      const { ctx, p } = await web.open({ width, height });
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      await p.route(`**/${validators}`, async (route) => {
        await held;
        await route.continue();
      });
      await web.visit(p, '', 'ru');
      await createPackage(p, 'asa-b-model', `steady/${width}.yaml`, '#servant_position');
      expect(await p.locator('#status').innerText()).toBe('Проверка…'); // the check waits for the held validators

      // the officer aims at «position»; the findings (seven required fields) land; the click goes where aimed
      await p.locator('#servant_position').scrollIntoViewIfNeeded();
      const aimed = await place(p, 'servant_position');
      const box = (await p.locator('#servant_position').boundingBox())!;
      await p.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      release();
      await settled(p);
      await expect.poll(() => p.locator('#findings li').count(), { timeout: 30_000 }).toBeGreaterThan(3);
      expect(await place(p, 'servant_position')).toEqual(aimed);
      expect(await border(p, 'servant_position')).not.toBe(await border(p, 'servant_id')); // its own finding: marked
      await p.mouse.down();
      await p.mouse.up();
      expect(await focused(p)).toBe('servant_position');

      // a finding that goes (its field filled) moves no field below it
      const below = await place(p, 'period_from');
      await p.keyboard.type('Бас маман');
      await settled(p);
      await expect.poll(() => p.locator('.form-group', { has: p.locator('#servant_position') }).last().locator('.field-message').innerText(), { timeout: 30_000 }).toBe('');
      expect(await place(p, 'period_from')).toEqual(below);
      expect(await place(p, 'servant_position')).toEqual(aimed);

      // the officer still types where they were: the check that landed took no focus away
      expect(await focused(p)).toBe('servant_position');
      // Tab from the bar's last button reaches the first field, not the findings listed beside the forms
      await p.locator('#zip').focus();
      await p.keyboard.press('Tab');
      expect(await focused(p)).toBe('servant_id');

      // each finding leads to its field: by the mouse, and by the keyboard (Enter on the focused finding)
      await p.locator('#findings li[data-field="/servant/category"] button.go').click();
      expect(await focused(p)).toBe('servant_category');
      await p.keyboard.type('С-О-5');
      await settled(p);
      await p.locator('#findings li[data-field="/period/to"] button.go').focus();
      await p.keyboard.press('Enter');
      expect(await focused(p)).toBe('period_to');

      // a finding about the period as a whole (one day: not a quarter) marks neither of its dates red
      await p.keyboard.type('15.04.2026');
      await p.locator('#period_from').fill('15.04.2026');
      await p.locator('#servant_fullName').fill('Иванов Иван Иванович');
      await p.locator('#servant_body').fill('Аппарат акима');
      await p.locator('#servant_appointedOn').fill('11.03.2024');
      await settled(p);
      await expect.poll(() => p.locator('#findings li[data-field="/period"]').count(), { timeout: 30_000 }).toBeGreaterThan(0);
      expect(await border(p, 'period_from')).toBe(await border(p, 'servant_id'));
      expect(await border(p, 'period_to')).toBe(await border(p, 'servant_id'));

      // every form added: the page is no wider than the window (a choice of the act is a sentence long)
      while (await p.locator('button.add-form').count()) {
        await settled(p);
        await p.locator('button.add-form').first().click();
      }
      await p.click('#f-managerialSheet_grades__add');
      await p.selectOption('#f-managerialSheet_grades_0_parameter', { index: 1 }); // the act's words: a long line
      await settled(p);
      const pageWidth = () => p.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth);
      expect(await pageWidth()).toBeLessThanOrEqual(width);
      // a message longer than its line (the result against the average, with the clause) is cut, not widening the form
      p.once('dialog', (d) => void d.accept()); // the package made here is left unsaved: the page asks, the officer goes on
      await p.locator('ul.files a', { hasText: 'asa-b-model/fixtures/result-band.yaml' }).click();
      await settled(p);
      const message = p.locator('.form-group', { has: p.locator('#f-managerialSheet_result') }).last().locator('.field-message');
      await expect.poll(() => message.innerText(), { timeout: 30_000 }).toMatch(/8/);
      expect((await message.innerText()).length).toBeGreaterThan(120);
      expect(await pageWidth()).toBeLessThanOrEqual(width);
      await ctx.close();
      expect(errors).toEqual([]);
    }, 120_000);
  }
});
