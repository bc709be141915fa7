/**
 * The HTML report as an auditor hands it on, over a realistic folder — every pack's samples and cases (several bodies
 * and units), a YAML file broken, a JSON file cut short, a file that is no package — looked at in Chromium and printed
 * to PDF on A4 as a reader prints it: what each printed page says (pdftotext), what the page shows.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../browser.js';
import { browserSession } from '../browser-session.js';
import { WORDS } from '../../src/report/i18n.js';
import { tempDir } from '../temp.js';
import { auditFolder, BROKEN, SKIPPED } from './audit-folder.js';
import { requireTools } from '../render/tools.js';

const CLI = 'dist/src/cli/main.js';
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
const TODAY = '2026-12-04';
const LANGS = ['kk', 'ru', 'en'] as const;
const dir = tempDir('bagalau-html-print-');
const FOLDER = auditFolder('bagalau-html-print-samples-');
/** One servant's package saved 50 times over in a folder of its own: a row of repeats 50 files long, besides the cases'. */
const VERSIONS = Array.from({ length: 50 }, (_, i) => `valid-version-${String(i + 1).padStart(2, '0')}.yaml`);
mkdirSync(join(FOLDER, 'mic-2018', 'versions'));
for (const name of VERSIONS) writeFileSync(join(FOLDER, 'mic-2018', 'versions', name), readFileSync('samples/mic-2018/valid.yaml'));

/** A4 less the report's 12 mm side margins (@page), in CSS pixels: the width a printed page lays out in. */
const PRINT_WIDTH = Math.floor(((210 - 24) / 25.4) * 96);
const html = (lang: string) => join(dir, `report-${lang}.html`);
const squeeze = (s: string) => s.replace(/\s+/g, '');

describe.skipIf(!hasChromium())('the HTML report of a realistic folder, printed', () => {
  const web = browserSession(() => 'file:', { strict: true });
  beforeAll(() => {
    // exit code 2: files not read
    for (const lang of LANGS) expect(run('check', FOLDER, '--format', 'html', '--output', html(lang), '--today', TODAY, '--lang', lang).status).toBe(2);
  });

  it('on A4, a table running over pages repeats its heading row on each; a chart keeps its caption, a body its heading', async () => {
    requireTools(['pdftotext']);
    const { p, ctx } = await web.open({ width: 1200, height: 900 });
    await p.goto(pathToFileURL(html('ru')).href);
    // the rules' ids (a pack's: «asa-b-model/form-required»; the engine's «input» or «schema» are words a message may hold)
    const ids = (await p.$$eval('#rules tbody code', (cs) => cs.map((c) => c.textContent!))).filter((id) => id.includes('/'));
    const bodies = await p.$$eval('section.body h3', (hs) => hs.map((h) => h.textContent!));
    const caption = await p.$eval('#chart-units figcaption', (c) => c.textContent!);
    const firstLabel = await p.$eval('#chart-units svg text tspan', (t) => t.textContent!);
    const pdf = join(dir, 'report-ru.pdf');
    writeFileSync(pdf, await p.pdf({ format: 'A4', printBackground: true }));
    await ctx.close();
    const pages = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).stdout.split('\f').map(squeeze);
    // the rules table: every page holding one of its rows holds its headings too
    // (pdftotext reads the right-hand headings after a first row with no clause: the left ones in a row, the others anywhere)
    const head = squeeze([WORDS.ru.breaches, WORDS.ru.rule, WORDS.ru.severity].join(''));
    const withRules = pages.filter((t) => ids.some((id) => t.includes(squeeze(id))));
    expect(withRules.length).toBeGreaterThan(1);
    for (const t of withRules) {
      expect(t, t.slice(0, 120)).toContain(head);
      for (const h of [WORDS.ru.clause, WORDS.ru.files, WORDS.ru.servants]) expect(t, t.slice(0, 120)).toContain(squeeze(h));
    }
    // a chart's caption on the page of its bars, not alone at the foot of the one before
    expect(pages.findIndex((t) => t.includes(squeeze(caption)))).toBe(pages.findIndex((t) => t.includes(squeeze(firstLabel))));
    // each body's heading on the page of its table's headings
    expect(bodies.length).toBeGreaterThan(5);
    for (const b of bodies) expect(pages.some((t) => t.includes(squeeze(`${b}Подразделение`))), b).toBe(true);
  });

  it("on A4, the repeats' heading and note stay with the table's first servant, and each servant's files, 50 of one folder among them, are on one page under their folder", async () => {
    requireTools(['pdftotext']);
    const w = WORDS.ru;
    const { p, ctx } = await web.open({ width: 1200, height: 900 });
    await p.goto(pathToFileURL(html('ru')).href);
    // each servant's line (name, id) and the files under it as folders and names
    const groups = await p.$$eval('#repeats tbody.repeat', (tbs) =>
      tbs.map((tb) => ({
        who: tb.querySelector('td')!.firstChild!.textContent!,
        folders: [...tb.querySelectorAll('.folder')].map((d) => ({ folder: d.textContent!, names: [...d.nextElementSibling!.querySelectorAll('li')].map((li) => li.textContent!) })),
        n: Number(tb.querySelector('td.files')!.getAttribute('data-n')),
      })),
    );
    const pdf = join(dir, 'repeats-ru.pdf');
    writeFileSync(pdf, await p.pdf({ format: 'A4', printBackground: true }));
    await ctx.close();
    expect(groups.length).toBeGreaterThan(3);
    // a folder's path is said once, its files by name under it, every file of the group there
    for (const g of groups) {
      expect(new Set(g.folders.map((f) => f.folder)).size, g.who).toBe(g.folders.length);
      expect(g.folders.reduce((k, f) => k + f.names.length, 0), g.who).toBe(g.n);
      for (const f of g.folders) for (const name of f.names) expect(name, g.who).not.toMatch(/[/\\]/);
    }
    const versions = groups.find((g) => g.folders.some((f) => f.folder === `${join(FOLDER, 'mic-2018', 'versions')}/`))!;
    expect(versions.folders.find((f) => f.folder.endsWith('/versions/'))!.names).toEqual(VERSIONS);
    expect(versions.n).toBeGreaterThanOrEqual(50);
    // pdftotext joins a name broken at its hyphen at a line's end without the hyphen («asa-b-» / «model»)
    const flat = (s: string) => squeeze(s).replace(/-/g, '');
    const pages = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).stdout.split('\f').map(flat);
    const at = pages.findIndex((t) => t.includes(flat(w.repeats)));
    expect(at).toBeGreaterThan(0);
    // the note and the first servant on the heading's page, not the heading and note alone at the foot of the page before
    expect(pages[at]).toContain(flat(w.repeatsNote));
    expect(pages[at]).toContain(flat(groups[0]!.who));
    expect(pages[at]).toContain(flat(groups[0]!.folders[0]!.names[0]!));
    // the group of 50 versions, and every other group, on one page with its servant's line
    for (const g of groups) {
      const texts = [g.who, ...g.folders.flatMap((f) => [f.folder, ...f.names])].map(flat);
      expect(pages.some((t, i) => i >= at && texts.every((x) => t.includes(x))), g.who).toBe(true);
    }
  });

  for (const lang of LANGS)
    it(`printed, every heading of the summary's columns fits its column (${lang})`, async () => {
      const { p, ctx } = await web.open({ width: PRINT_WIDTH, height: 1000 });
      await p.emulateMedia({ media: 'print' });
      await p.goto(pathToFileURL(html(lang)).href);
      // a word wider than its cell runs over into the next one («ПредупрежденияПросроченные»)
      const over = await p.$$eval('#total th, table.units th', (ths) => ths.filter((t) => t.scrollWidth > t.clientWidth).map((t) => `${t.textContent} ${t.scrollWidth}/${t.clientWidth}px`));
      expect([...new Set(over)]).toEqual([]);
      expect(await p.$$eval('table.units', (ts) => ts.length)).toBeGreaterThan(5);
      await ctx.close();
    });

  for (const lang of LANGS)
    it(`lists the files not read after the summary, each with its place and message, and names the file skipped (${lang})`, async () => {
      const w = WORDS[lang];
      const { p, ctx } = await web.open();
      await p.goto(pathToFileURL(html(lang)).href);
      // under its own heading, before the charts and the servants' findings
      const order = await p.$$eval('h2', (hs) => hs.map((h) => h.id || h.textContent));
      expect(order.indexOf('unread')).toBe(1);
      expect(await p.$eval('#unread', (h) => h.textContent)).toBe(w.unread);
      const rows = await p.$$eval('#unread-files tbody tr', (trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent ?? '')));
      expect([...new Set(rows.map((r) => r[0]!.slice(r[0]!.lastIndexOf('/') + 1)))]).toEqual(Object.keys(BROKEN).sort());
      for (const [, place, message] of rows) {
        expect(place).toMatch(/^\d+:\d+$/);
        expect(message!.length).toBeGreaterThan(10);
      }
      // each message in the reader's language
      const messages = rows.map((r) => r[2]).join(' ');
      if (lang === 'en') expect(messages).not.toMatch(/[а-яёәғқңөұүһі]/i);
      else expect(messages).toMatch(lang === 'ru' ? /Синтаксическая ошибка YAML/ : /YAML синтаксис/);
      expect(await p.$eval('#skipped', (e) => e.textContent)).toBe(`${w.skippedNote} ${join(FOLDER, SKIPPED)}`);
      // and not again among the servants' findings
      const servantFiles = await p.$$eval('section.servant .meta code', (cs) => cs.map((c) => c.textContent ?? ''));
      expect(servantFiles.length).toBeGreaterThan(100);
      for (const f of servantFiles) expect(Object.keys(BROKEN)).not.toContain(f.slice(f.lastIndexOf('/') + 1));
      // in the summary, counted on a line of their own under the packages', never in a body's table: the bodies' rows
      // add up to the packages' line, and with the files not read to all the files
      const totals = await p.$$eval('#total tbody tr', (trs) =>
        trs.map((tr) => ({ line: tr.getAttribute('data-line'), label: tr.querySelector('td')!.textContent, n: [...tr.querySelectorAll('td[data-k]')].map((td) => Number(td.textContent)) })),
      );
      expect(totals.map((t) => [t.line, t.label])).toEqual([['packages', w.packages], ['unread', w.unread], ['all', w.all]]);
      expect(totals[1]!.n[0]).toBe(Object.keys(BROKEN).length);
      expect(totals[0]!.n.map((n, i) => n + totals[1]!.n[i]!)).toEqual(totals[2]!.n);
      const units = await p.$$eval('table.units tbody tr:not(.total) td[data-k=files]', (tds) => tds.reduce((n, td) => n + Number(td.textContent), 0));
      expect(units).toBe(totals[0]!.n[0]);
      expect(await p.$eval('#total thead th', (th) => th.textContent)).toBe(w.counted);
      // what is wrong with them is said in their list, not among the rules broken most often
      expect(await p.$$eval('#rules code', (cs) => cs.map((c) => c.textContent))).not.toContain('input');
      await ctx.close();
    });

  it('printed, no date is broken across two lines: of a period, a wording, in a message, a note or a citation', async () => {
    const { p, ctx } = await web.open({ width: PRINT_WIDTH, height: 1000 });
    await p.emulateMedia({ media: 'print' });
    await p.goto(pathToFileURL(html('en')).href);
    const broken = await p.evaluate(() => {
      type Node = { textContent: string | null };
      const doc = (
        globalThis as unknown as {
          document: {
            querySelectorAll(s: string): Iterable<Node>;
            createTreeWalker(root: Node, show: number): { nextNode(): Node | null };
            createRange(): { setStart(n: Node, o: number): void; setEnd(n: Node, o: number): void; getClientRects(): Iterable<{ top: number }> };
          };
        }
      ).document;
      const out: string[] = [];
      // every text of the page: periods, wordings, messages, notes, citations
      for (const meta of doc.querySelectorAll('body')) {
        const walk = doc.createTreeWalker(meta, 4);
        for (let n = walk.nextNode(); n; n = walk.nextNode())
          for (const m of (n.textContent ?? '').matchAll(/\d{4}-\d{2}-\d{2}|\d{2}\.\d{2}\.\d{4}/g)) {
            const r = doc.createRange();
            r.setStart(n, m.index);
            r.setEnd(n, m.index + m[0].length);
            if (new Set([...r.getClientRects()].map((c) => Math.round(c.top))).size > 1) out.push(m[0]);
          }
      }
      return out;
    });
    expect(broken).toEqual([]);
    await ctx.close();
  });
});
