/**
 * Sessions of a package two folders deep, and a session file's own findings, on the Russian page at 1366×768.
 *
 * `bagalau check a/b/x.yaml` finds a session only inside the package's folder or in a `sessions/` folder beside the
 * package or beside its folder (README, «session ref»); `bagalau check <workspace>` finds any inside the workspace.
 * The page wrote every new session in the workspace's top `sessions/`: for `a/b/x.yaml` the workspace's check read it
 * and the check of the file alone refused it (`input-session`, «leads outside the package's folder»). Now a new
 * session goes in the `sessions/` beside the package's folder (`a/sessions/`), which both find, and a session chosen
 * from elsewhere is said to be found by the workspace's check only.
 *
 * A session file written or opened beside a package still being filled (not valid yet, so its rules — and the
 * session's reading — do not run) showed none of its own errors; now its own schema findings are shown as it is edited.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { hasChromium } from '../browser.js';
import { createPackage, pageSession, settled, shot } from './browser-session.js';
import { cliFindings } from './cli-check.js';

const SESSION = 'a/sessions/калибрлеу-сессиясы-2026-04-24.yaml';

describe.skipIf(!hasChromium())('sessions of a nested package, on the Russian page', () => {
  const web = pageSession();
  const { errors, foreign } = web;

  it('a new session of a/b/x.yaml is written in a/sessions/: the file checked alone and the workspace both read it', async () => {
    const { ctx, p } = await web.open();
    await web.visit(p, '', 'ru');
    await createPackage(p, 'asa-b-model', 'a/b/x.yaml');
    await p.click('#session-new');
    await p.waitForSelector('#sess_date');
    await p.fill('#sess_date', '24.04.2026');
    await expect.poll(() => p.inputValue('#session-path')).toBe(SESSION);
    await shot(p, 'nested-ru', '#session-editor');
    await p.click('#sess_members__add');
    await p.waitForSelector('#sess_members_0_name');
    await p.fill('#sess_members_0_name', 'Омарова Динара Қайратқызы');
    await p.check('#sess_members_0_present');
    await settled(p);
    await p.click('#session-save');
    await expect.poll(() => existsSync(join(web.srv.dir, SESSION)), { timeout: 15_000 }).toBe(true);
    // on disk before the page has the answer: the package refers to the session once the page has taken the save
    await p.waitForSelector('#session-saved', { timeout: 15_000 });
    await settled(p);
    await p.click('#save');
    const pkg = join(web.srv.dir, 'a/b/x.yaml');
    await expect.poll(() => existsSync(pkg), { timeout: 15_000 }).toBe(true);
    expect(parseYaml(readFileSync(pkg, 'utf8')).session).toEqual({ ref: '../sessions/калибрлеу-сессиясы-2026-04-24.yaml' });
    // nothing says the session is out of the package's reach
    expect(await p.locator('#session-not-alone').count()).toBe(0);
    for (const target of [pkg, web.srv.dir]) expect(cliFindings(target, 'a/b/x.yaml').map((f) => f.ruleId), target).not.toContain('input-session');
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await ctx.close();
  }, 180_000);

  it('a session chosen from the top sessions/ for a/b/y.yaml: the page says the file checked alone will not find it, and where it would', async () => {
    mkdirSync(join(web.srv.dir, 'sessions'), { recursive: true });
    mkdirSync(join(web.srv.dir, 'a/sessions'), { recursive: true });
    for (const f of ['sessions/top.yaml', 'a/sessions/own.yaml']) writeFileSync(join(web.srv.dir, f), readFileSync('samples/asa-b-model/sessions/2026-q1.yaml'));
    const { ctx, p } = await web.open();
    await web.visit(p, '', 'ru');
    await createPackage(p, 'asa-b-model', 'a/b/y.yaml');
    await p.selectOption('#session-select', 'sessions/top.yaml');
    await p.waitForSelector('#session-not-alone');
    const note = await p.locator('#session-not-alone').innerText();
    expect(note).toContain('не при проверке одного пакета');
    expect(note).toContain('a/sessions/');
    await shot(p, 'not-alone-ru', '#session-not-alone');
    // one in the sessions/ beside the package's folder: no such word
    await p.selectOption('#session-select', 'a/sessions/own.yaml');
    await expect.poll(() => p.locator('#session-not-alone').count()).toBe(0);
    expect(errors).toEqual([]);
    await ctx.close();
  }, 120_000);

  it('a session file of a package still being filled: its own errors are shown under its fields as it is edited', async () => {
    mkdirSync(join(web.srv.dir, 'sessions'), { recursive: true });
    writeFileSync(join(web.srv.dir, 'sessions/broken.yaml'), 'kind: калибрлеу сессиясы\ndate: 2026-04-24\nvoting: open\nmembers:\n  - { name: Омарова Динара Қайратқызы, role: boss, present: true }\ndecisions: []\n');
    const { ctx, p } = await web.open();
    await web.visit(p, '', 'ru');
    // a new package: not valid yet, so the package's check does not read its session
    await createPackage(p, 'asa-b-model', 'hr/z.yaml');
    await p.selectOption('#session-select', 'sessions/broken.yaml');
    await p.click('#session-edit');
    await p.waitForSelector('#sess_members_0_name');
    // the role not among the act's: the file's own schema finding, in the list under the session and at its field
    await expect.poll(() => p.locator('#session ul.findings li[data-field="/members/0/role"]').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await shot(p, 'own-ru', '#session-editor');
    await shot(p, 'own-ru-list', '#session ul.findings');
    // the finding leads to its field in the session's form
    await p.locator('#session ul.findings li[data-field="/members/0/role"] button.go').click();
    expect(await p.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id)).toBe('sess_members_0_role');
    await p.selectOption('#sess_members_0_role', { label: 'член' });
    await expect.poll(() => p.locator('#session ul.findings li[data-field="/members/0/role"]').count(), { timeout: 30_000 }).toBe(0);
    // a new member with nothing filled in: the file's required fields are named as it is typed
    await p.click('#sess_members__add');
    await expect.poll(() => p.locator('#session ul.findings li[data-field^="/members/1"]').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await ctx.close();
  }, 120_000);
});
