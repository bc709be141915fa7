/**
 * A session written inside a package (`session:` with its fields, samples' `valid-session-inline.yaml`) on the Kazakh
 * page at 1366×768: before, it was kept and checked but not drawn — an officer who opened such a package saw
 * «— отырыс жоқ —» and could neither see nor change the session. Now it is drawn by the session file's form (the same
 * Kazakh titles, a member's role by its word «мүше», not the code «member»), edited in place and checked live, and
 * written back inline; «Жеке файлға шығару» moves it out into a session file the package then refers to.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { hasChromium } from '../browser.js';
import { openPackage, pageSession, settled, shot } from './browser-session.js';
import { cliFindings } from './cli-check.js';

const INLINE = 'asa-b-model/valid-session-inline.yaml';

describe.skipIf(!hasChromium())('a session written inside the package, on the Kazakh page', () => {
  const web = pageSession();
  const { errors, foreign } = web;

  it('is drawn by the session form, edited in place, checked live and saved inline', async () => {
    const { ctx, p } = await web.open();
    await web.visit(p, '', 'kk');
    await openPackage(p, INLINE);
    // the choice says the session is the package's own, and its form is drawn with what the file holds
    expect(await p.$eval('#session-select', (e) => (e as unknown as { selectedOptions: { textContent: string }[] }).selectedOptions[0]?.textContent)).toBe('осы пакеттің ішінде жазылған отырыс');
    await p.waitForSelector('#session-inline #sess_members_2_name');
    expect(await p.inputValue('#sess_members_2_name')).toBe('Ахметова Сәуле Маратқызы');
    expect(await p.inputValue('#sess_date')).toBe('24.04.2026');
    expect(await p.locator('#session-inline').innerText()).toContain('отырыс күні');
    const role = (sel: string) => p.$eval(sel, (e) => (e as unknown as { selectedOptions: { textContent: string }[] }).selectedOptions[0]?.textContent);
    expect(await role('#sess_members_0_role')).toBe('мүше');
    // drawing it changes nothing: the package is not «unsaved» on opening
    expect(await p.getAttribute('#save', 'class')).not.toContain('primary');
    // no finding on the valid sample
    expect(await p.locator('#session ul.findings li').count()).toBe(0);
    await shot(p, 'inline-kk', '#session-inline');

    // a date that does not exist: named by the session's field, live
    await p.fill('#sess_date', '31.04.2026');
    await expect.poll(() => p.locator('#session ul.findings li[data-field="/session/date"]').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    // the finding leads to its field in the inline form
    await shot(p, 'inline-kk-finding', '#session ul.findings');
    await p.locator('#session ul.findings li[data-field="/session/date"] button.go').click();
    expect(await p.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id)).toBe('sess_date');
    await p.fill('#sess_date', '24.04.2026');
    await p.fill('#sess_number', '4');
    await p.selectOption('#sess_members_0_role', { label: 'төраға' });
    await settled(p);
    await expect.poll(() => p.locator('#session ul.findings li').count(), { timeout: 30_000 }).toBe(0);
    await p.click('#save');
    const file = join(web.srv.dir, INLINE);
    await expect.poll(() => parseYaml(readFileSync(file, 'utf8')).session.number, { timeout: 15_000 }).toBe('4');
    const session = parseYaml(readFileSync(file, 'utf8')).session;
    // written back inline, the codes kept, nothing else of the session lost
    expect(session.ref).toBeUndefined();
    expect(session).toMatchObject({ kind: 'калибрлеу сессиясы', date: '2026-04-24', voting: 'open', members: [{ role: 'chair' }, { role: 'member' }, { role: 'member', hr: true }] });
    expect(session.decisions[0].votes).toHaveLength(3);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await ctx.close();
  }, 180_000);

  it('moved out into a session file: written in the sessions/ the package finds alone, the package refers to it', async () => {
    // a package of its own (the first case changes the sample), one folder deeper than the samples' packages
    const pkgFile = 'asa-b-model/fixtures/inline-moved.yaml';
    writeFileSync(join(web.srv.dir, pkgFile), readFileSync('samples/asa-b-model/valid-session-inline.yaml'));
    const { ctx, p } = await web.open();
    await web.visit(p, '', 'kk');
    await openPackage(p, pkgFile);
    await p.waitForSelector('#session-inline #sess_date');
    // choosing «no session» asks first; declined, the session stays as it was
    p.once('dialog', (d) => void d.dismiss());
    await p.selectOption('#session-select', '');
    expect(await p.inputValue('#session-select')).toBe(':inline');
    expect(await p.inputValue('#sess_members_2_name')).toBe('Ахметова Сәуле Маратқызы');
    await p.click('#session-move-out');
    await p.waitForSelector('#session-editor');
    // named from its kind and date, in the sessions/ beside the package's folder
    expect(await p.inputValue('#session-path')).toBe('asa-b-model/sessions/калибрлеу-сессиясы-2026-04-24.yaml');
    await shot(p, 'inline-kk-move-out', '#session-editor');
    // closed unsaved: the session is inline again, as it was
    await p.click('#session-close');
    await p.waitForSelector('#session-inline #sess_members_2_name');
    expect(await p.inputValue('#sess_members_2_name')).toBe('Ахметова Сәуле Маратқызы');
    await p.click('#session-move-out');
    await p.waitForSelector('#session-editor');
    await settled(p);
    await p.click('#session-save');
    await p.waitForSelector('#session-saved');
    await settled(p);
    await p.click('#save');
    const written = join(web.srv.dir, pkgFile);
    await expect.poll(() => parseYaml(readFileSync(written, 'utf8')).session, { timeout: 15_000 }).toEqual({ ref: '../sessions/калибрлеу-сессиясы-2026-04-24.yaml' });
    expect(parseYaml(readFileSync(join(web.srv.dir, 'asa-b-model/sessions/калибрлеу-сессиясы-2026-04-24.yaml'), 'utf8')).members).toHaveLength(3);
    // `bagalau check` of the package alone reads the file
    expect(cliFindings(written, pkgFile).map((f) => f.ruleId)).not.toContain('input-session');
    expect(errors).toEqual([]);
    await ctx.close();
  }, 180_000);

  it('left for «no session» when the officer agrees: the package is saved without it', async () => {
    const pkgFile = 'asa-b-model/fixtures/inline-dropped.yaml';
    writeFileSync(join(web.srv.dir, pkgFile), readFileSync('samples/asa-b-model/valid-session-inline.yaml'));
    const { ctx, p } = await web.open();
    await web.visit(p, '', 'kk');
    await openPackage(p, pkgFile);
    await p.waitForSelector('#session-inline #sess_date');
    p.once('dialog', (d) => void d.accept());
    await p.selectOption('#session-select', '');
    await expect.poll(() => p.locator('#session-inline').count()).toBe(0);
    await settled(p);
    await p.click('#save');
    await expect.poll(() => 'session' in parseYaml(readFileSync(join(web.srv.dir, pkgFile), 'utf8')), { timeout: 15_000 }).toBe(false);
    expect(errors).toEqual([]);
    await ctx.close();
  }, 120_000);
});
