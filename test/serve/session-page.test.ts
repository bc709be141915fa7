/**
 * An HR officer records a calibration session on the page, on a workspace with nothing in it: before, the package's
 * session choice offered «— отырыс жоқ —» alone and there was no way to write a session, inline or as a file. Now
 * «+ Жаңа отырыс» draws the pack's session form (the same form library and labels as the package's forms), names the
 * file from the session's kind and date under the workspace's `sessions/`, never over a file of that name, and the
 * package refers to it relative to itself, as `bagalau check` resolves it: the check of the saved workspace reads the
 * session (a membership short of the act's quorum is its finding; a complete one has none).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Page } from 'playwright-core';
import { hasChromium } from '../browser.js';
import { createPackage, pageSession, settled } from './browser-session.js';
import { cliFindings, type CliFinding } from './cli-check.js';

const SESSION = 'sessions/калибрлеу-сессиясы-2026-04-24.yaml';
const SERVANT = 'Сейітқали Айгерім Бақытжанқызы';
const MEMBERS = ['Омарова Динара Қайратқызы', 'Тәжібаев Нұрлан Асқарұлы', 'Ахметова Сәуле Маратқызы'];

/** `bagalau check` of the whole workspace, as the CLI gives it: the package file's findings. */
const checkWorkspace = (dir: string, file: string): CliFinding[] => cliFindings(dir, file);
/** The findings about the session file (or its reading). */
const aboutSession = (fs: CliFinding[]) => fs.filter((f) => (f.file ?? '').includes('sessions/') || /session/.test(f.ruleId));

describe.skipIf(!hasChromium())('a session recorded on the page', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bagalau-empty-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let page: Page;
  const web = pageSession(async (w) => {
    ({ p: page } = await w.open({ width: 1400, height: 1000 }));
  }, { dir });
  const { errors } = web;

  /** A new asa-b-model package for `servant` under `name`, its servant and period filled in. */
  const newPackage = async (name: string, servant: string) => {
    await createPackage(page, 'asa-b-model', name);
    // the servant as the schema requires (the methodology's rules, the session's among them, run on a package it accepts)
    await page.fill('#servant_fullName', servant);
    await page.fill('#servant_position', 'Жер қатынастары бөлімінің бас маманы');
    await page.fill('#servant_category', 'С-О-5');
    await page.fill('#servant_body', 'Ақмола облысы әкімінің аппараты');
    await page.fill('#servant_appointedOn', '11.03.2024');
    await page.fill('#period_from', '01.01.2026');
    await page.fill('#period_to', '31.03.2026');
    await settled(page);
  };
  const addMember = async (i: number) => {
    await settled(page);
    await page.click('#sess_members__add');
    await page.waitForSelector(`#sess_members_${i}_name`);
    await page.fill(`#sess_members_${i}_name`, MEMBERS[i]!);
    await page.selectOption(`#sess_members_${i}_role`, { label: 'мүше' });
    await page.check(`#sess_members_${i}_present`);
    if (i === 2) await page.check(`#sess_members_${i}_hr`);
  };

  it('on an empty workspace: a calibration session written from its form, saved under sessions/, chosen in the package; the check reads it (two members: the quorum finding; three: none)', async () => {
    await web.visit(page);
    await newPackage('hr/aigerim.yaml', SERVANT);
    // nothing in the workspace: the choice has «no session» alone, and the page offers to write one
    expect(await page.locator('#session-select option').count()).toBe(1);
    await page.click('#session-new');
    await page.waitForSelector('#sess_date');
    // the one kind the act names is written in, in its Kazakh words; the field keeps its Kazakh title
    expect(await page.$eval('#sess_kind', (e) => (e as unknown as { selectedOptions: { textContent: string }[] }).selectedOptions[0]?.textContent)).toBe('калибрлеу сессиясы');
    expect(await page.locator('#session-editor').innerText()).toContain('отырыс күні');
    await page.fill('#sess_date', '24.04.2026');
    await expect.poll(() => page.inputValue('#session-path')).toBe(SESSION);
    await addMember(0);
    await addMember(1);
    await settled(page);
    await page.click('#sess_decisions__add');
    await page.waitForSelector('#sess_decisions_0_servant');
    await page.fill('#sess_decisions_0_servant', SERVANT);
    await page.selectOption('#sess_decisions_0_decision', { label: 'бағалаушы адамның бағасын қолдауы' });
    // checked live as it is typed: two members are short of the act's «at least three, odd»
    await expect.poll(() => page.locator('#session [data-rule="asa-b-model/calibration-size"]').count(), { timeout: 30_000 }).toBeGreaterThan(0);

    await page.click('#session-save');
    await expect.poll(() => existsSync(join(dir, SESSION)), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => page.inputValue('#session-select')).toBe(SESSION);
    const written = parseYaml(readFileSync(join(dir, SESSION), 'utf8'));
    expect(written).toMatchObject({ kind: 'калибрлеу сессиясы', date: '2026-04-24', decisions: [{ servant: SERVANT, decision: 'бағалаушы адамның бағасын қолдауы' }] });
    expect(written.members.map((m: { name: string }) => m.name)).toEqual(MEMBERS.slice(0, 2));

    await settled(page);
    await page.click('#save');
    await expect.poll(() => existsSync(join(dir, 'hr/aigerim.yaml')), { timeout: 15_000 }).toBe(true);
    // the reference is relative to the package, as the CLI resolves it
    expect(parseYaml(readFileSync(join(dir, 'hr/aigerim.yaml'), 'utf8')).session).toEqual({ ref: `../${SESSION}` });
    const short = aboutSession(checkWorkspace(dir, 'hr/aigerim.yaml'));
    expect(short.map((f) => f.ruleId)).toContain('asa-b-model/calibration-size');
    expect(short.map((f) => f.ruleId)).not.toContain('input-session');

    // the third member, the HR employee: the session saved over itself (it is no longer new), no finding left
    await addMember(2);
    await expect.poll(() => page.locator('#session [data-rule="asa-b-model/calibration-size"]').count(), { timeout: 30_000 }).toBe(0);
    await page.click('#session-save');
    await expect.poll(() => parseYaml(readFileSync(join(dir, SESSION), 'utf8')).members.length, { timeout: 15_000 }).toBe(3);
    expect(aboutSession(checkWorkspace(dir, 'hr/aigerim.yaml'))).toEqual([]);

    // closed, and opened again from the package's choice: the file as saved
    await page.click('#session-close');
    await page.click('#session-edit');
    await page.waitForSelector('#sess_members_2_name');
    expect(await page.inputValue('#sess_members_2_name')).toBe(MEMBERS[2]);
    await page.click('#session-close');
    expect(errors).toEqual([]);
  }, 240_000);

  it('a new session under a name the workspace has: refused with the file left as it was, a free name proposed, saved under it', async () => {
    // the file of that name, written here: the case does not lean on the one before having saved it
    mkdirSync(join(dir, 'sessions'), { recursive: true });
    writeFileSync(join(dir, SESSION), `kind: калибрлеу сессиясы\ndate: 2026-04-24\nmembers:\n  - { name: ${MEMBERS[0]}, role: member, present: true }\ndecisions: []\n`);
    const before = readFileSync(join(dir, SESSION), 'utf8');
    await web.visit(page);
    await newPackage('hr/nurlan.yaml', 'Тәжібаев Нұрлан Асқарұлы');
    expect(await page.locator('#session-select option').count()).toBe(2);
    await page.click('#session-new');
    await page.waitForSelector('#sess_date');
    await page.fill('#sess_date', '24.04.2026');
    await expect.poll(() => page.inputValue('#session-path')).toBe(SESSION);
    await settled(page);
    await page.click('#session-save');
    await expect.poll(() => page.locator('#session-problem').innerText()).toContain(SESSION.replace('.yaml', '-2.yaml'));
    expect(await page.locator('#session-problem').innerText()).toContain('Бұл атпен файл бар');
    expect(readFileSync(join(dir, SESSION), 'utf8')).toBe(before);
    expect(await page.inputValue('#session-path')).toBe(SESSION.replace('.yaml', '-2.yaml'));
    await page.click('#session-save');
    await expect.poll(() => existsSync(join(dir, SESSION.replace('.yaml', '-2.yaml'))), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => page.inputValue('#session-select')).toBe(SESSION.replace('.yaml', '-2.yaml'));
    expect(readFileSync(join(dir, SESSION), 'utf8')).toBe(before);
    expect(errors).toEqual([]);
  }, 240_000);
});
