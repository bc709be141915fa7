/**
 * One way to start Debian's Chromium for tests that look at a page as a user does
 * (the HTML audit report, the `bagalau serve` web page), and one way to open a page in it watched. Headless, no
 * sandbox (CI runs as root), and no background networking: the machine has no network beyond loopback, and
 * evaluation results must never leave it anyway. No test runner here (the screenshot scripts use it too): the
 * hooks that start and stop it around a describe block are in browser-session.ts.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.BAGALAU_CHROMIUM ?? '/usr/bin/chromium';

export const hasChromium = (): boolean => existsSync(CHROMIUM);

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--disable-extensions',
    ],
  });
}

/** What a watched page did that a test forbids: errors thrown in it, requests to anywhere but where it came from. */
export interface Watched {
  errors: string[];
  foreign: string[];
}

/**
 * Records into `into` each error thrown in the page (with `consoleErrors`, each error it logs too) and each request
 * that goes neither to `origin` (a server's URL, or `file:` for a page read from disk) nor to a blob: or data: URL.
 */
export function watch(p: Page, origin: string, into: Watched = { errors: [], foreign: [] }, { consoleErrors = false } = {}): Watched {
  p.on('pageerror', (e) => into.errors.push(e.message));
  if (consoleErrors)
    p.on('console', (m) => {
      if (m.type() === 'error') into.errors.push(m.text());
    });
  p.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) into.foreign.push(r.url());
  });
  return into;
}

export interface OpenOptions {
  width?: number;
  height?: number;
  /** The browser's own language (its file picker's words), not the page's. */
  locale?: string;
  acceptDownloads?: boolean;
  consoleErrors?: boolean;
}

/** A page in a browser context of its own (1366×768 unless told), watched into `into` (a record of its own without). */
export async function openWatched(browser: Browser, origin: string, { width = 1366, height = 768, locale, acceptDownloads, consoleErrors }: OpenOptions = {}, into?: Watched): Promise<{ ctx: BrowserContext; p: Page } & Watched> {
  const ctx = await browser.newContext({ viewport: { width, height }, ...(locale ? { locale } : {}), ...(acceptDownloads ? { acceptDownloads } : {}) });
  const p = await ctx.newPage();
  return { ctx, p, ...watch(p, origin, into, { consoleErrors }) };
}
