/**
 * The session form names its codes in the page's language (web/field-labels.ts SESSION_CODE_WORDS): a member's role,
 * the ballot, a vote — before, an officer chose among «chair», «deputy-chair», «member», «secretary» and «open»,
 * «secret» on a Kazakh or Russian page. The file keeps the schema's code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { SESSION_CODE_WORDS, sessionUiSchema } from '../../web/field-labels.js';
import { hasChromium } from '../browser.js';
import { createPackage, pageSession } from './browser-session.js';

const schema = {
  properties: {
    voting: { enum: ['open', 'secret'] },
    members: { items: { properties: { role: { enum: ['member', 'chair', 'treasurer'] } } } },
    decisions: { items: { properties: { votes: { items: { properties: { vote: { enum: ['for', 'against', 'abstain'] } } } } } } },
  },
};

describe('sessionUiSchema', () => {
  it('names each code of the schema\'s own enum, in its order, in the language asked; an unknown code as it is', () => {
    const ru = sessionUiSchema(schema, 'ru') as { voting: { 'ui:enumNames': string[] }; members: { items: { role: { 'ui:enumNames': string[] } } }; decisions: { items: { votes: { items: { vote: { 'ui:enumNames': string[] } } } } } };
    expect(ru.voting['ui:enumNames']).toEqual(['открытое голосование', 'тайное голосование']);
    expect(ru.members.items.role['ui:enumNames']).toEqual(['член', 'председатель', 'treasurer']);
    expect(ru.decisions.items.votes.items.vote['ui:enumNames']).toEqual(['за', 'против', 'воздержался']);
    const kk = sessionUiSchema(schema, 'kk') as typeof ru;
    expect(kk.members.items.role['ui:enumNames']).toEqual(['мүше', 'төраға', 'treasurer']);
  });
  it('every word in three languages, none the bare code in Kazakh or Russian', () => {
    for (const table of Object.values(SESSION_CODE_WORDS))
      for (const [code, w] of Object.entries(table)) {
        expect(w.kk && w.ru && w.en, code).toBeTruthy();
        expect(w.kk).not.toBe(code);
        expect(w.ru).not.toBe(code);
      }
  });
});

describe.skipIf(!hasChromium())('the session form in Russian', () => {
  const web = pageSession();
  const { errors, foreign } = web;

  it('a member\'s role and the ballot are chosen by their Russian names; the file keeps the codes', async () => {
    const { ctx, p } = await web.open({ width: 1400, height: 1000 });
    await web.visit(p, '', 'ru');
    await createPackage(p, 'asa-b-model', 'hr/session-words.yaml');
    await p.click('#session-new');
    await p.waitForSelector('#sess_date');
    await p.click('#sess_members__add');
    await p.waitForSelector('#sess_members_0_role');
    const options = async (sel: string) => (await p.locator(`${sel} option`).allInnerTexts()).map((t) => t.trim()).filter((t) => t !== '');
    expect(await options('#sess_members_0_role')).toEqual(['председатель', 'заместитель председателя', 'член', 'секретарь']);
    expect(await options('#sess_voting')).toEqual(['открытое голосование', 'тайное голосование']);
    await p.selectOption('#sess_members_0_role', { label: 'председатель' });
    await p.selectOption('#sess_voting', { label: 'тайное голосование' });
    await p.fill('#sess_date', '24.04.2026');
    await p.fill('#sess_members_0_name', 'Омарова Динара Қайратқызы');
    await p.check('#sess_members_0_present');
    // what the page saves: the schema's codes
    await p.click('#session-save');
    const saved = join(web.srv.dir, 'sessions/калибрлеу-сессиясы-2026-04-24.yaml');
    await expect.poll(() => existsSync(saved), { timeout: 15_000 }).toBe(true);
    expect(parseYaml(readFileSync(saved, 'utf8'))).toMatchObject({ voting: 'secret', members: [{ role: 'chair' }] });
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await ctx.close();
  }, 120_000);
});
