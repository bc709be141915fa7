/**
 * The README's picture of the HTML audit report: `bagalau check samples --format html` (English,
 * check date fixed), opened in headless Chromium, the top of the page saved as docs/img/report.png.
 * Run: npm run build && node dist/scripts/report-screenshot.js
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from '../test/browser.js';
import { samplesWithCases } from '../src/package/cases.js';

// everything made on the way (the samples with their cases, the report) goes in one folder removed at the end
const work = mkdtempSync(join(tmpdir(), 'bagalau-shot-'));
try {
  const html = join(work, 'report.html');
  // samples/ with the package of every case (test/cases/), checked from beside it so the report names `samples/…` as before
  const samples = samplesWithCases(work);
  const r = spawnSync(process.execPath, [resolve('dist/src/cli/main.js'), 'check', 'samples', '--format', 'html', '--output', html, '--today', '2026-12-04', '--lang', 'en'], { stdio: 'inherit', cwd: dirname(samples) });
  // not process.exit(): it would skip the finally below
  if (r.status !== 0 && r.status !== 1) process.exitCode = r.status ?? 3;
  else await screenshot(html);
} finally {
  rmSync(work, { recursive: true, force: true });
}

async function screenshot(html: string): Promise<void> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1300 }, deviceScaleFactor: 1 });
    await page.goto(pathToFileURL(html).href);
    await page.screenshot({ path: 'docs/img/report.png', fullPage: false });
    process.stdout.write('docs/img/report.png\n');
  } finally {
    await browser.close();
  }
}
