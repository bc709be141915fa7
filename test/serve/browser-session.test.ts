/**
 * The watch every page test relies on (browser-session.ts) sees what those tests forbid: an error thrown in the page,
 * an error it logs (where asked), a request to anywhere but the local server; a page watched on its own keeps them
 * from the session's record. Without this, «expect(errors).toEqual([])» could pass because nothing was listening.
 */
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../browser.js';
import { pageSession } from './browser-session.js';

describe.skipIf(!hasChromium())('the page watch', () => {
  const web = pageSession();

  it('records a thrown error, a logged one when asked, and a request off the machine; a page of its own keeps them apart', async () => {
    const { p, ctx, errors, foreign } = await web.open({ consoleErrors: true });
    expect(errors).toBe(web.errors);
    await web.visit(p);
    expect(web.errors).toEqual([]);
    expect(web.foreign).toEqual([]);
    await p.evaluate(() => {
      const w = globalThis as unknown as { setTimeout(f: () => void, ms: number): void; console: { error(s: string): void } };
      w.setTimeout(() => {
        throw new Error('thrown in the page');
      }, 0);
      w.console.error('logged by the page');
    });
    await expect.poll(() => web.errors.length, { timeout: 15_000 }).toBe(2);
    expect([...web.errors].sort()).toEqual(['logged by the page', 'thrown in the page']);
    expect(foreign).toEqual([]);
    // the page's own policy refuses a fetch elsewhere; a page led elsewhere (answered here, nothing leaves) is seen
    await p.route('http://elsewhere.invalid/**', (r) => r.fulfill({ body: 'elsewhere' }));
    await p.goto('http://elsewhere.invalid/away');
    expect(foreign).toEqual(['http://elsewhere.invalid/away']);
    await ctx.close();

    const own = await web.open({ own: true });
    await web.visit(own.p, 'calendar');
    await own.p.evaluate(() => {
      (globalThis as unknown as { setTimeout(f: () => void, ms: number): void }).setTimeout(() => {
        throw new Error('on its own');
      }, 0);
    });
    await expect.poll(() => own.errors, { timeout: 15_000 }).toEqual(['on its own']);
    expect(web.errors).toHaveLength(2);
    await own.ctx.close();
  }, 60_000);
});
