/**
 * The HTML report as a reader sees it, in headless Chromium: the summary numbers on the page are
 * those of the JSON output, nothing is fetched from anywhere, the charts are drawn, it prints on A4.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../browser.js';
import { browserSession } from '../browser-session.js';
import { samplesWithCases } from '../../src/package/cases.js';
import { tempDir } from '../temp.js';

const CLI = 'dist/src/cli/main.js';
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
const dir = tempDir('bagalau-html-');
const TODAY = '2026-12-04';
/** The samples with the package of every case (test/cases/), as a folder. */
const SAMPLES = samplesWithCases(tempDir('bagalau-samples-'));

describe.skipIf(!hasChromium())('HTML report in a browser', () => {
  // a page read from disk asks for nothing else, throws nothing: each test fails otherwise
  const web = browserSession(() => 'file:', { strict: true });

  it('the watch of its pages sees what the tests forbid: an error thrown in the page, a request off the machine', async () => {
    const html = join(dir, 'watched.html');
    expect(run('check', 'samples/mic-2018/valid.yaml', '--format', 'html', '-o', html, '--today', TODAY, '--lang', 'en').status).toBe(0);
    const { p: page, ctx } = await web.open();
    await page.goto(pathToFileURL(html).href);
    expect([web.errors, web.foreign]).toEqual([[], []]);
    await page.evaluate(() => {
      (globalThis as unknown as { setTimeout(f: () => void, ms: number): void }).setTimeout(() => {
        throw new Error('thrown in the page');
      }, 0);
    });
    await expect.poll(() => [...web.errors], { timeout: 15_000 }).toEqual(['thrown in the page']);
    // led elsewhere (answered here: nothing leaves the machine)
    await page.route('http://elsewhere.invalid/**', (r) => r.fulfill({ body: 'elsewhere' }));
    await page.goto('http://elsewhere.invalid/away');
    expect(web.foreign).toEqual(['http://elsewhere.invalid/away']);
    await ctx.close();
    // what fails each test of this file after it (and clears the record, so this one passes)
    expect(() => web.check()).toThrow(/thrown in the page[\s\S]*elsewhere\.invalid/);
    expect(() => web.check()).not.toThrow();
  });

  it('shows the same totals, per-unit rows and rule counts as the JSON output; fetches nothing; prints on A4', async () => {
    const html = join(dir, 'report.html');
    const r = run('check', SAMPLES, '--format', 'html', '--output', html, '--today', TODAY, '--lang', 'ru');
    expect(r.status).toBe(1);
    const json = JSON.parse(run('check', SAMPLES, '--format', 'json', '--today', TODAY).stdout);
    // what the JSON says, counted independently of the report code
    const results: Array<{ servant?: { body?: string; unit?: string }; findings: Array<{ severity: string; ruleId: string }> }> = json.results;
    const errors = results.reduce((n, x) => n + x.findings.filter((f) => f.severity === 'error').length, 0);
    const warnings = results.reduce((n, x) => n + x.findings.filter((f) => f.severity === 'warning').length, 0);
    const clean = results.filter((x) => !x.findings.some((f) => f.severity !== 'info')).length;
    expect(errors).toBe(json.summary.errors);

    const { p: page, ctx } = await web.open({ width: 1200, height: 900 });
    await page.goto(pathToFileURL(html).href);
    // nothing asked for from anywhere but the file itself (the session fails the test on it too, after it)
    expect(web.foreign).toEqual([]);
    // and nothing in the page could ask: no script, style sheet, font, image or frame from anywhere
    const text = readFileSync(html, 'utf8');
    expect(text).not.toMatch(/<(script|link|img|iframe|object|embed)\b|@import|url\(|\bsrc=/i);
    expect(text).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    const total = await page.$$eval('#total td[data-k]', (tds) => Object.fromEntries(tds.map((td) => [td.getAttribute('data-k'), Number(td.textContent)])));
    expect(total).toMatchObject({ files: json.summary.files, errors, warnings, clean });

    // one row per unit, each matching the JSON results of that unit
    const rows = await page.$$eval('table.units tr', (trs) =>
      trs
        .filter((tr) => tr.querySelector('td[data-k]') && !tr.classList.contains('total'))
        .map((tr) => ({ body: tr.closest('table')!.previousElementSibling!.textContent, unit: tr.querySelector('td')!.textContent, files: Number(tr.querySelector('[data-k=files]')!.textContent), errors: Number(tr.querySelector('[data-k=errors]')!.textContent) })),
    );
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) {
      const mine = results.filter((x) => (x.servant?.body ?? null) === row.body && (x.servant?.unit ?? '(подразделение не указано)') === row.unit);
      expect(mine.length, `${row.body} / ${row.unit}`).toBe(row.files);
      expect(mine.reduce((n, x) => n + x.findings.filter((f) => f.severity === 'error').length, 0)).toBe(row.errors);
    }

    // the most frequent rule's count matches the JSON
    const firstRule = await page.$eval('#rules tbody tr:first-child', (tr) => ({ count: Number(tr.querySelector('td')!.textContent), id: tr.querySelector('code')!.textContent }));
    const byRule = results.flatMap((x) => x.findings).filter((f) => f.ruleId === firstRule.id).length;
    expect(firstRule.count).toBe(byRule);

    // charts drawn: one bar group per unit with breaches
    const unitsWithBreaches = new Set(results.filter((x) => x.findings.some((f) => f.severity !== 'info')).map((x) => `${x.servant?.body}|${x.servant?.unit}`));
    expect(await page.$$eval('#chart-units svg g', (g) => g.length)).toBe(unitsWithBreaches.size);
    expect(await page.$$eval('#chart-units svg rect', (r) => r.some((x) => Number(x.getAttribute('width')) > 10))).toBe(true);
    // the rules' bars are named by their Russian titles, as the rules table names them, not by their ids
    const ruleBars = await page.$$eval('#chart-rules svg g title', (ts) => ts.map((t) => t.textContent!.replace(/: [^:]*$/, '')));
    const ruleTitles = await page.$$eval('#rules tr td:nth-child(2)', (tds) => tds.map((td) => td.firstChild!.textContent));
    expect(ruleBars.length).toBeGreaterThan(3);
    // (a title two methodologies share names each bar's act, as citations do)
    expect(ruleBars.map((b) => b.replace(/ \([a-z0-9-]+\)$/, ''))).toEqual(ruleTitles.slice(0, ruleBars.length));
    expect(new Set(ruleBars).size).toBe(ruleBars.length);
    for (const b of ruleBars) expect(b).toMatch(/[а-яё]/i);
    // the clause text is there on hover
    const hover = await page.$eval('section.servant .cite', (s) => s.getAttribute('title') ?? '');
    expect(hover.length).toBeGreaterThan(20);
    // Russian page: no Kazakh-only interface words in the headings
    const headings = await page.$$eval('h1, h2, th', (hs) => hs.map((h) => h.textContent).join(' '));
    expect(headings).not.toMatch(/[әғқңөұүһі]/i);

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await ctx.close();
  });

  it('printed on A4, every table fits the page: the rules table keeps its clause and message columns', async () => {
    // the kyzylorda and almaty packs cite amending decisions by their long names («решение Кызылординского
    // областного маслихата № 20 от 24.04.2023»): a citation that may not wrap widened the rules table past the
    // page, and Chromium's print cut its clause and message columns off (or shrank every page to fit)
    for (const lang of ['ru', 'kk'] as const) {
      const html = join(dir, `print-${lang}.html`);
      expect(run('check', SAMPLES, '--format', 'html', '--output', html, '--today', TODAY, '--lang', lang).status).toBe(1);
      // A4 less the report's 12 mm side margins (@page), in CSS pixels
      const width = Math.floor(((210 - 24) / 25.4) * 96);
      const { p: page, ctx } = await web.open({ width, height: 1000 });
      await page.emulateMedia({ media: 'print' });
      await page.goto(pathToFileURL(html).href);
      const over = await page.$$eval('table', (ts) => ts.filter((t) => t.getBoundingClientRect().right > t.ownerDocument.documentElement.clientWidth + 1).map((t) => `${t.id || t.className || 'table'} ${Math.round(t.getBoundingClientRect().width)}px: ${t.querySelector('tr:nth-child(2)')?.textContent?.slice(0, 80)}`));
      expect(over, lang).toEqual([]);
      // the message of each rule row lies on the page
      const messages = await page.$$eval('#rules tr td:last-child', (tds) => tds.filter((td) => td.getBoundingClientRect().right > td.ownerDocument.documentElement.clientWidth + 1).length);
      expect(messages).toBe(0);
      // the rule's title and its clause have the width, not the severity word (auto layout left the clause a word a line)
      const cols = await page.$$eval('#rules thead th', (ths) => ths.map((th) => th.getBoundingClientRect().width));
      expect(cols[3]!, lang).toBeGreaterThan(cols[2]! * 1.3);
      expect(cols[1]!, lang).toBeGreaterThan(Math.max(cols[0]!, cols[2]!, cols[3]!, cols[4]!, cols[5]!));
      // each heading whole in its column
      expect(await page.$$eval('#rules thead th', (ths) => ths.filter((th) => th.scrollWidth > th.clientWidth + 1).map((th) => th.textContent)), lang).toEqual([]);
      // the charts' labels are whole: a printed page has no hover to show the rest
      const labels = await page.$$eval('.charts svg g', (gs) => gs.map((g) => ({ shown: [...g.querySelectorAll('text:first-of-type tspan')].map((t) => t.textContent).join(' '), full: g.querySelector('title')!.textContent!.replace(/: [^:]*$/, '') })));
      expect(labels.length).toBeGreaterThan(10);
      for (const l of labels) expect(l.shown, lang).toBe(l.full);
      expect(labels.some((l) => l.full.length > 60)).toBe(true);
      // while the place of a finding in its package («63:7») stays whole on its line
      const broken = await page.$$eval('section.servant td:last-child code', (cs) => cs.filter((c) => /^\d+:\d+$/.test(c.textContent ?? '') && c.getClientRects().length > 1).map((c) => c.textContent));
      expect(broken, lang).toEqual([]);
      await ctx.close();
    }
  });

  it("the summary's tables of each body and the total line up column by column, whatever the names of the units, and so do the servants' tables of findings", async () => {
    const html = join(dir, 'columns.html');
    expect(run('check', SAMPLES, '--format', 'html', '--output', html, '--today', TODAY, '--lang', 'ru').status).toBe(1);
    const { p: page, ctx } = await web.open({ width: 1200, height: 900 });
    await page.goto(pathToFileURL(html).href);
    // the left edge of every header cell, table by table: an auditor reads a column down the page
    const edges = await page.$$eval('#total thead tr, table.units thead tr', (trs) => trs.map((tr) => [...tr.children].map((c) => Math.round(c.getBoundingClientRect().left))));
    expect(edges.length).toBeGreaterThan(4);
    for (const e of edges) expect(e).toEqual(edges[0]);
    // and each servant's table of findings, whatever its messages
    const servants = await page.$$eval('section.servant table thead tr', (trs) => trs.map((tr) => [...tr.children].map((c) => Math.round(c.getBoundingClientRect().left))));
    expect(servants.length).toBeGreaterThan(100);
    for (const e of servants) expect(e).toEqual(servants[0]);
    await ctx.close();
  });

  it('lists each servant evaluated for one period in several files, with every file, as the JSON groups them', async () => {
    const html = join(dir, 'repeats.html');
    expect(run('check', SAMPLES, '--format', 'html', '--output', html, '--today', TODAY, '--lang', 'kk').status).toBe(1);
    const json = JSON.parse(run('check', SAMPLES, '--format', 'json', '--today', TODAY).stdout);
    const groups = new Map<string, string[]>();
    for (const r of json.results as Array<{ file: string; servant?: { id?: string; fullName?: string; body?: string }; period?: { from: string; to: string } }>) {
      if (!r.servant || !r.period || (r.servant.id ?? r.servant.fullName) === undefined) continue;
      const key = [r.servant.body, r.servant.id ?? `name:${r.servant.fullName}`, r.period.from, r.period.to].join('|');
      groups.set(key, [...(groups.get(key) ?? []), r.file]);
    }
    const expected = [...groups.values()].filter((g) => g.length > 1).map((g) => [...g].sort().join('\n')).sort();
    expect(expected.length).toBeGreaterThan(3);
    const { p: page, ctx } = await web.open();
    await page.goto(pathToFileURL(html).href);
    expect(await page.$eval('#repeats', (t) => t.previousElementSibling!.previousElementSibling!.textContent)).toBe('Бір қызметшінің бір кезеңдегі бағалауы бірнеше файлда');
    // each file as its folder's path and its name under it
    const shown = await page.$$eval('#repeats td.files', (tds) => tds.map((td) => [...td.querySelectorAll('.folder')].flatMap((d) => [...d.nextElementSibling!.querySelectorAll('li')].map((li) => `${d.textContent}${li.textContent}`)).sort().join('\n')));
    expect(shown.sort()).toEqual(expected);
    await ctx.close();
  });

  it('a clean package gives a report with no breaches and no charts', async () => {
    const html = join(dir, 'clean.html');
    expect(run('check', 'samples/mic-2018/valid.yaml', '--format', 'html', '-o', html, '--today', TODAY, '--lang', 'en').status).toBe(0);
    const { p: page, ctx } = await web.open();
    await page.goto(pathToFileURL(html).href);
    expect(await page.$$eval('#total td[data-k]', (tds) => tds.map((t) => t.textContent))).toEqual(['1', '1', '0', '0', '0']);
    expect(await page.$$('#chart-units')).toHaveLength(0);
    expect(await page.$$('#repeats')).toHaveLength(0);
    // the heading says what was checked, as the command named it
    expect(await page.$eval('#inputs', (e) => e.textContent)).toBe('Checked: samples/mic-2018/valid.yaml');
    expect(readFileSync(html, 'utf8')).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    await ctx.close();
  });

  it('names at most five of the paths checked, and how many more', async () => {
    const html = join(dir, 'many.html');
    const files = ['mic-2018', 'almaty-maslikhat-2018', 'asa-a-corps', 'asa-b-model', 'kyzylorda-maslikhat-2018', 'sjc-apparatus'].map((p) => `samples/${p}/valid.yaml`);
    expect(run('check', ...files, 'samples/sjc-apparatus/valid-ranking.yaml', '--format', 'html', '-o', html, '--today', TODAY, '--lang', 'ru').status).toBe(0);
    const { p: page, ctx } = await web.open();
    await page.goto(pathToFileURL(html).href);
    expect(await page.$eval('#inputs', (e) => e.textContent)).toBe(`Проверено: ${files.slice(0, 5).join(', ')}, … (+2)`);
    await ctx.close();
  });
});
