/**
 * Chromium (browser.ts) for the tests of a describe block: launched before them, closed after them, and pages opened
 * watched (an error thrown in the page, a request that leaves the machine: evaluation results never may). The page
 * tests of `bagalau serve` (serve/browser-session.ts) add their server to it; the HTML report's tests open files.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchBrowser, openWatched, type OpenOptions, type Watched } from './browser.js';

export interface SessionOpenOptions extends OpenOptions {
  /** The page's own record of errors and requests, instead of the session's. */
  own?: boolean;
}

export interface BrowserSession {
  readonly browser: Browser;
  /** What the pages opened without `own` did (see watch). */
  readonly errors: string[];
  readonly foreign: string[];
  /** A page in a browser context of its own (1366×768 unless told), watched. */
  open(o?: SessionOpenOptions): Promise<{ ctx: BrowserContext; p: Page } & Watched>;
  /** Fails (throws) if a page threw or asked for anything from elsewhere since the last check; clears the record. */
  check(): void;
}

/**
 * The browser for the describe block it is called in (its beforeAll and afterAll); `origin()`: where its pages may
 * load from (asked when a page is opened: a server's URL is known only once it is up). `strict`: after each test, the
 * test fails if a page opened in it threw an error or asked for anything from elsewhere (the record is then cleared).
 */
export function browserSession(origin: () => string, { strict = false } = {}): BrowserSession {
  let browser: Browser | undefined;
  const shared: Watched = { errors: [], foreign: [] };
  const s: BrowserSession = {
    get browser() {
      if (!browser) throw new Error('the browser is launched in beforeAll');
      return browser;
    },
    errors: shared.errors,
    foreign: shared.foreign,
    open: ({ own, ...o } = {}) => openWatched(s.browser, origin(), o, own ? undefined : shared),
    check() {
      const seen = { errors: [...shared.errors], foreign: [...shared.foreign] };
      shared.errors.length = 0;
      shared.foreign.length = 0;
      if (seen.errors.length + seen.foreign.length > 0)
        throw new Error(`thrown in a page: ${JSON.stringify(seen.errors)}; asked for from elsewhere: ${JSON.stringify(seen.foreign)}`);
    },
  };
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  if (strict) afterEach(() => s.check());
  return s;
}
