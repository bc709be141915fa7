/**
 * The language the page opens in: what the officer chose before, else Kazakh or Russian as the browser's own
 * languages put them first, else Kazakh (web/i18n.ts `initialLang`). Seen in Chromium set to each locale: the
 * navigation's words and the language switch; and the rule itself, case by case.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { initialLang } from '../../web/i18n.js';
import { hasChromium } from '../browser.js';
import { pageSession } from './browser-session.js';

describe('initialLang', () => {
  it('keeps a choice the browser stored, whatever the browser speaks', () => {
    expect(initialLang('en', ['ru-RU'])).toBe('en');
    expect(initialLang('kk', ['ru-RU', 'ru'])).toBe('kk');
    expect(initialLang('ru', [])).toBe('ru');
  });
  it('else takes Kazakh or Russian in the order of the browser\'s languages', () => {
    expect(initialLang(null, ['ru-RU', 'kk-KZ'])).toBe('ru');
    expect(initialLang(null, ['kk-KZ', 'ru-RU'])).toBe('kk');
    expect(initialLang(null, ['en-US', 'ru'])).toBe('ru');
    expect(initialLang(null, ['RU'])).toBe('ru');
  });
  it('else Kazakh: English only when chosen; a stored value the page does not speak is not a choice', () => {
    expect(initialLang(null, ['en-US', 'en'])).toBe('kk');
    expect(initialLang(null, ['de-DE'])).toBe('kk');
    expect(initialLang(null, [])).toBe('kk');
    expect(initialLang('de', ['ru-RU'])).toBe('ru');
    expect(initialLang('', ['de'])).toBe('kk');
  });
});

describe.skipIf(!hasChromium())('the page opens in the browser\'s language', () => {
  const web = pageSession();
  const { errors, foreign } = web;
  const shown = async (p: Page) => ({
    fill: (await p.locator('nav a[data-page="fill"]').innerText()).trim(),
    lang: await p.locator('#lang').inputValue(),
    html: await p.evaluate(() => (globalThis as unknown as { document: { documentElement: { lang: string } } }).document.documentElement.lang),
  });

  it('a browser set to Russian opens it in Russian, one set to Kazakh in Kazakh, one set to English in Kazakh', async () => {
    for (const [locale, fill, lang] of [['ru-RU', 'Заполнение', 'ru'], ['kk-KZ', 'Толтыру', 'kk'], ['en-US', 'Толтыру', 'kk']] as const) {
      const { ctx, p } = await web.open({ locale });
      await web.visit(p);
      await expect.poll(() => shown(p), { timeout: 30_000 }).toEqual({ fill, lang, html: lang });
      await ctx.close();
    }
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  }, 120_000);

  it('the language the officer chose stays on the next visit, over the browser\'s', async () => {
    const { ctx, p } = await web.open({ locale: 'ru-RU' });
    await web.visit(p, '', 'en');
    await expect.poll(() => shown(p), { timeout: 30_000 }).toEqual({ fill: 'Fill', lang: 'en', html: 'en' });
    await p.reload();
    await expect.poll(() => shown(p), { timeout: 30_000 }).toEqual({ fill: 'Fill', lang: 'en', html: 'en' });
    await ctx.close();
    expect(errors).toEqual([]);
  }, 120_000);
});
