/**
 * What every page test of `bagalau serve` sets up the same way, so that a test file says only what it tests: the
 * server over a fresh copy of the samples (helpers.ts) and Chromium (../browser-session.ts), started before a describe block's
 * tests and stopped after them; pages opened watched — an error thrown in the page, a request that leaves the machine
 * (evaluation results never may) — and the page's own steps a test takes on its way (a package made or opened, a staff
 * list previewed). Every wait polls the page for its state, never sleeps a fixed time: CI machines are loaded.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { ServeOptions } from '../../src/serve/server.js';
import type { Watched } from '../browser.js';
import { browserSession, type SessionOpenOptions } from '../browser-session.js';
import { serveSamples } from './helpers.js';

export { watch, type Watched } from '../browser.js';
export type OpenOptions = SessionOpenOptions;

export type Served = Awaited<ReturnType<typeof serveSamples>>;

export interface PageSession {
  readonly srv: Served;
  readonly browser: Browser;
  /** What the pages opened without `own` did (see watch). */
  readonly errors: string[];
  readonly foreign: string[];
  /** A page in a browser context of its own (1366×768 unless told), watched. */
  open(o?: OpenOptions): Promise<{ ctx: BrowserContext; p: Page } & Watched>;
  /** The page `p` at `route` of the server (the fill page without one), in `lang` when given. */
  visit(p: Page, route?: string, lang?: 'kk' | 'ru' | 'en'): Promise<void>;
}

/**
 * The server and the browser (../browser-session.ts) for the describe block it is called in (its beforeAll and
 * afterAll). `ready`: what the block's tests share, made once they are up (one page for all of them, the
 * methodologies' titles).
 */
export function pageSession(ready?: (s: PageSession) => Promise<void>, serve: Partial<ServeOptions> = {}): PageSession {
  let srv: Served | undefined;
  const b = browserSession(() => s.srv.url);
  const s: PageSession = {
    get srv() {
      if (!srv) throw new Error('the server is started in beforeAll');
      return srv;
    },
    get browser() {
      return b.browser;
    },
    errors: b.errors,
    foreign: b.foreign,
    open: (o) => b.open(o),
    async visit(p, route = '', lang) {
      await p.goto(route ? `${s.srv.url}#/${route}` : s.srv.url);
      if (lang) await p.selectOption('#lang', lang);
    },
  };
  beforeAll(async () => {
    srv = await serveSamples(serve);
    await ready?.(s);
  });
  afterAll(async () => {
    await srv?.stop();
  });
  return s;
}

/**
 * The page's live check of the last change has landed (the status no longer says «checking…»): under load the check
 * of one change may land after the next click, and a click that adds a form or a row moves the fields.
 */
export const settled = (p: Page): Promise<unknown> =>
  p.waitForFunction(() => !/…/.test((globalThis as unknown as { document: { getElementById(id: string): { textContent: string | null } | null } }).document.getElementById('status')?.textContent ?? ''), undefined, { timeout: 30_000 });

/** With BAGALAU_SHOTS=DIR, the window as the officer sees it, `at` scrolled into view, saved as DIR/`name`.png (to look at, not compared). */
export async function shot(p: Page, name: string, at: string): Promise<void> {
  const dir = process.env['BAGALAU_SHOTS'];
  if (!dir) return;
  await p.locator(at).first().scrollIntoViewIfNeeded();
  await p.screenshot({ path: `${dir}/${name}.png` });
}

/** A new package of `methodology` on the fill page, under `name` (or none: the page proposes one), its form shown. */
export async function createPackage(p: Page, methodology: string, name = '', shown = '#servant_fullName'): Promise<void> {
  await p.selectOption('#new-methodology', methodology);
  await p.fill('#new-name', name);
  await p.click('#create');
  await p.waitForSelector(shown);
}

/** The link to a file of the workspace in the list of files, by its whole path. */
export const fileLink = (p: Page, file: string) => p.locator('ul.files a', { hasText: new RegExp(`^${file.replace(/[.]/g, '\\.')}$`) });

/** A package of the workspace opened from the list of files, its form shown (`shown`) and its first check landed. */
export async function openPackage(p: Page, file: string, shown = '#servant_fullName'): Promise<void> {
  await fileLink(p, file).click();
  await p.waitForSelector(shown);
  await settled(p);
}

/** On the import page: the staff list chosen, the methodology (if given), period and folder (if given) filled, a preview asked for. */
export async function previewImport(p: Page, { file, methodology, period, dir }: { file: string; methodology?: string; period: string; dir?: string }): Promise<void> {
  await p.setInputFiles('#staff-file', file);
  if (methodology) await p.selectOption('#import-methodology', methodology);
  await p.fill('#import-period', period);
  if (dir !== undefined) await p.fill('#import-dir', dir);
  await p.click('#import-preview');
}
