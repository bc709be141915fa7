/**
 * The check runs in the page: with POST /api/check refused by the browser itself, a finding still appears
 * beside its field as the officer types and goes when corrected, and the page's result for the saved
 * package is, byte for byte as JSON, the result `bagalau check --format json` gives for the file.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../browser.js';
import { pageSession } from './browser-session.js';
import { TODAY } from './helpers.js';

const CLI = resolve('dist/src/cli/main.js');

describe.skipIf(!hasChromium())('the check in the page', () => {
  let page: Page;
  let serverChecks = 0;
  const web = pageSession(async (w) => {
    ({ p: page } = await w.open({ width: 1400, height: 1000, acceptDownloads: true }));
    // the server's check is out of reach: whatever the page shows, it computed itself
    await page.route('**/api/check**', (route) => {
      serverChecks++;
      return route.abort();
    });
  });
  const { errors } = web;

  const actTitle = (pack: string): string => {
    const r = spawnSync('node', [CLI, 'methodologies', '--format', 'json'], { cwd: web.srv.dir, encoding: 'utf8' });
    const { methodologies } = JSON.parse(r.stdout) as { methodologies: Array<{ id: string; act: { title: { kk: string } } }> };
    return methodologies.find((m) => m.id === pack)!.act.title.kk;
  };
  const cliResult = (file: string): unknown => {
    const r = spawnSync('node', [CLI, 'check', file, '--format', 'json', '--today', TODAY], { cwd: web.srv.dir, encoding: 'utf8' });
    return (JSON.parse(r.stdout) as { results: unknown[] }).results[0];
  };

  const save = async (): Promise<void> => {
    const [res] = await Promise.all([page.waitForResponse((r) => r.url().includes('/api/file?') && r.request().method() === 'PUT', { timeout: 30_000 }), page.click('#save')]);
    expect(res.status()).toBe(200);
  };

  const downloadedResult = async (): Promise<unknown> => {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.click('#check-json')]);
    const file = join(web.srv.dir, `downloaded-${Date.now()}.json`);
    await download.saveAs(file);
    return JSON.parse(readFileSync(file, 'utf8'));
  };

  it('shows a finding as the officer types and clears it when corrected, with /api/check blocked', async () => {
    const file = 'asa-b-model/fixtures/calibration-decision-overdue.yaml';
    await web.visit(page);
    await page.getByText(file, { exact: true }).click();
    // the fixture's own finding (a deadline overdue since the server's --today, counted in working days)
    const overdue = page.locator('#findings [data-rule="asa-b-model/calibration-decision-deadline"]');
    await expect.poll(() => overdue.count(), { timeout: 60_000 }).toBe(1);
    expect(await overdue.innerText()).toMatch(/20-тармақтың 1-бөлігі/);
    expect(await overdue.innerText()).toMatch(/24 жұмыс күні/);
    expect(await page.locator('#engine').getAttribute('data-engine')).toBe('page');

    // typing: a date that does not exist → the finding appears beside the field; a real one clears it
    const group = page.locator('.form-group', { has: page.locator('#servant_appointedOn') }).last();
    const shown = () => group.locator('.error-detail li').allInnerTexts();
    expect(await shown()).toEqual([]);
    await page.fill('#servant_appointedOn', '31.02.2024');
    await expect.poll(() => shown(), { timeout: 30_000 }).toHaveLength(1);
    expect(await page.locator('#findings [data-rule="schema"]').count()).toBeGreaterThan(0);
    await page.fill('#servant_appointedOn', '11.03.2024');
    await expect.poll(() => shown(), { timeout: 30_000 }).toEqual([]);
    await expect.poll(() => overdue.count(), { timeout: 30_000 }).toBe(1);
    expect(serverChecks).toBe(0);
    expect(errors).toEqual([]);
  }, 180_000);

  it('gives the result bagalau check --format json gives for the file, as saved or untouched (session file read too)', async () => {
    // the package as the page holds it, saved: the page checked exactly this text
    await save();
    const file = 'asa-b-model/fixtures/calibration-decision-overdue.yaml';
    const cli = cliResult(file);
    const mine = await downloadedResult();
    expect(mine).toEqual(cli);
    expect(JSON.stringify(mine)).toContain('"place":{"line"'); // places are lines of the saved file, as the CLI's

    // files as they are, untouched (places are their own lines, comments and all); one with findings in its
    // session file: the page read the session through the workspace
    for (const other of ['mic-2018/fixtures/evaluation-after-return.yaml', 'asa-b-model/valid.yaml', 'asa-b-model/fixtures/result-band.yaml']) {
      await page.getByText(other, { exact: true }).click();
      await expect.poll(() => page.locator('#path').innerText(), { timeout: 30_000 }).toBe(other);
      // the act the file is checked under, in the page's language, its own item of the bar (no «·» to start a line)
      expect(await page.locator('#act-title').innerText()).toBe(actTitle(other.split('/')[0]!));
      await page.waitForSelector('#engine[data-engine="page"]', { timeout: 30_000 });
      // settled, and not changed (no «unsaved changes»): the page checked the file's own text
      await expect.poll(() => page.locator('#status').innerText(), { timeout: 30_000 }).not.toMatch(/Тексерілуде/);
      expect(await page.locator('#status').innerText()).toBe('');
      const got = (await downloadedResult()) as { file: string; findings: { file?: string }[] };
      expect(got, other).toEqual(cliResult(other));
      if (other.startsWith('mic')) expect(got.findings.map((f) => f.file)).toContain('mic-2018/sessions/commission-2026-01.yaml');
    }
    expect(serverChecks).toBe(0);
    expect(errors).toEqual([]);
  }, 180_000);

  it('a page that cannot load its engine says so and asks the local server instead', async () => {
    const { p: other, errors: pageErrors } = await web.open({ width: 1400, height: 1000, own: true });
    // the engine's and the validators' chunks refused (the page itself and its shared code still load)
    const roles = JSON.parse(readFileSync('dist/web/bundle.json', 'utf8')) as Record<string, string>;
    const refused = Object.keys(roles).filter((f) => roles[f] === 'check engine' || roles[f]!.startsWith('validators'));
    expect(refused.filter((f) => roles[f] === 'check engine')).toHaveLength(1);
    await other.route((url) => refused.some((f) => url.pathname === `/${f}`), (route) => route.abort());
    await web.visit(other);
    await other.getByText('asa-b-model/fixtures/calibration-decision-overdue.yaml', { exact: true }).click();
    await expect.poll(() => other.locator('#findings [data-rule="asa-b-model/calibration-decision-deadline"]').count(), { timeout: 60_000 }).toBe(1);
    expect(await other.locator('#engine').getAttribute('data-engine')).toBe('server');
    expect(await other.locator('#engine').innerText()).toMatch(/жергілікті серверде/);
    expect(pageErrors).toEqual([]);
    await other.close();
  }, 120_000);
});
