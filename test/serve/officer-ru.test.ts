/**
 * What a Russian-speaking HR officer of a district akimat met on the page, end to end, in Chromium set to ru-RU on a
 * 1280×720 laptop, and each thing that would have made them stop: the audit's tables by state body and by unit fit
 * their boxes (at 1280 px the last column, «Просроченные шаги», and its figures were cut at the box's edge).
 */
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../browser.js';
import { pageSession } from './browser-session.js';

describe.skipIf(!hasChromium())('the Russian officer\'s page at 1280×720', () => {
  const web = pageSession();

  it('the audit by state body and by unit: every column in its box, nothing cut at the right edge', async () => {
    const { ctx, p, errors, foreign } = await web.open({ width: 1280, height: 720, locale: 'ru-RU', own: true });
    await web.visit(p, 'audit');
    await p.click('#audit-run');
    await p.waitForSelector('#by-body tbody tr');
    expect(await p.locator('#by-body th').last().innerText()).toBe('Просроченные шаги');
    for (const box of ['#by-body', '#by-unit']) {
      const { inner, outer } = await p.locator(box).evaluate((e) => ({ inner: e.scrollWidth, outer: e.clientWidth }));
      expect(inner, box).toBeLessThanOrEqual(outer);
    }
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await ctx.close();
  }, 120_000);
});
