/**
 * The README's screenshots of `bagalau serve`: the fill page (a package with a finding beside its field; and in
 * Russian, with the working translations of the labels), the
 * audit page (the bundled samples) and the staff-import page (a 20-row list), taken in headless Chromium.
 *   npm run build && node dist/scripts/screenshots.js   → docs/img/serve-*.png
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../test/browser.js';
import { startServer, type Running } from '../src/serve/server.js';
import { writeSamples } from '../src/package/cases.js';

let root = dirname(fileURLToPath(import.meta.url));
while (!root.endsWith('dist') && dirname(root) !== root) root = dirname(root);
root = dirname(root);
const out = join(root, 'docs', 'img');
mkdirSync(out, { recursive: true });

const dir = mkdtempSync(join(tmpdir(), 'bagalau-shots-'));
// closed and removed in the finally below, whichever step fails
let server: Running | undefined;
let browser: Browser | undefined;
try {
  writeSamples(dir, root); // samples/ and the package of every case (test/cases/) in <pack>/fixtures/

  // a staff list as HR keeps it: Kazakh headers, dates as ДД.ММ.ГГГГ, one row without its appointment date
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Қызметкерлер');
  ws.addRow(['Табель нөмірі', 'Т.А.Ә.', 'Лауазымы', 'Санаты', 'Құрылымдық бөлімше', 'Мемлекеттік орган', 'Тағайындалған күні', 'Тікелей басшы']);
  const names = ['Әлиев Нұрлан', 'Бекова Сәуле', 'Жақсылықов Ерлан', 'Қасымова Айжан', 'Мұратов Дәурен', 'Нұрғали Гүлнар', 'Омаров Бауыржан', 'Сейітова Мадина', 'Төлеуов Асхат', 'Ысқақова Динара'];
  for (let i = 0; i < 20; i++) {
    ws.addRow([`A-${100 + i}`, `${names[i % names.length]} ${i + 1}`, i % 5 === 0 ? 'Сектор меңгерушісі' : 'Бас маман', i % 5 === 0 ? 'С-О-3' : 'С-О-5', 'Жер қатынастары бөлімі', 'Ақмола облысы әкімінің аппараты', i === 6 ? '' : `${String((i % 27) + 1).padStart(2, '0')}.03.2024`, 'Жұмабеков Ерлан']);
  }
  const staff = join(dir, 'staff.xlsx');
  writeFileSync(staff, new Uint8Array(await wb.xlsx.writeBuffer()));

  server = await startServer({ dir, port: 0, host: '127.0.0.1', today: () => '2026-06-01' });
  browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(server.url);
  await page.getByText('asa-b-model/fixtures/result-band.yaml').click();
  await page.waitForSelector('#findings [data-rule="asa-b-model/result-band"]');
  await page.locator('#f-managerialSheet_result').scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 120);
  await page.mouse.move(1350, 890);
  await page.screenshot({ path: join(out, 'serve-fill.png') });
  // the same page in Russian: the working translations of the labels, the official Kazakh title under each field
  await page.selectOption('#lang', 'ru');
  await page.keyboard.press('Home');
  await page.locator('#unofficial').scrollIntoViewIfNeeded();
  await page.mouse.move(1350, 890);
  await page.screenshot({ path: join(out, 'serve-fill-ru.png') });
  await page.selectOption('#lang', 'kk');

  await page.goto(`${server.url}#/audit`);
  await page.click('#audit-run');
  await page.waitForSelector('#audit-summary tbody td', { timeout: 120_000 });
  await page.locator('#per-servant details').first().evaluate((el) => ((el as unknown as { open: boolean }).open = true));
  await page.keyboard.press('Home');
  await page.screenshot({ path: join(out, 'serve-audit.png') });

  await page.goto(`${server.url}#/import`);
  await page.setInputFiles('#staff-file', staff);
  await page.fill('#import-period', '2026-Q1');
  await page.click('#import-preview');
  await page.waitForSelector('#import-count');
  await page.screenshot({ path: join(out, 'serve-import.png') });
  console.log(['serve-fill.png', 'serve-fill-ru.png', 'serve-audit.png', 'serve-import.png'].map((f) => join(out, f)).join('\n'));
} finally {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
}
