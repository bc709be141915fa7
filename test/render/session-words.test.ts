/**
 * One table of the session's words (src/rules/session-words.ts): a member's role, the ballot and a vote are printed by
 * the protocols and orders through `{{sessionWord …}}` and offered by the page (web/field-labels.ts) from the same
 * table. Before, the templates wrote «төраға», «жақтап»… inline in `{{#if (eq role "chair")}}` chains and the page
 * kept a second copy.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../src/render/template-compiler.js';
import { HELPERS, escapeMarkdown } from '../../src/render/template.js';
import { fillDocument } from '../../src/render/documents.js';
import { SESSION_WORDS } from '../../src/rules/session-words.js';
import { MEMBER_ROLES, VOTES, Session } from '../../src/rules/envelope.js';
import { SESSION_CODE_WORDS } from '../../web/field-labels.js';

const TEMPLATES = join(import.meta.dirname, '../../templates');
const templates = readdirSync(TEMPLATES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(TEMPLATES, d.name)).filter((f) => f.endsWith('.md.hbs')).map((f) => join(d.name, f)));
const source = (rel: string): string => readFileSync(join(TEMPLATES, rel), 'utf8');
const allWords = Object.values(SESSION_WORDS).flatMap((t) => Object.values(t as Record<string, { kk: string }>).map((w) => w.kk));

/** What a template prints inside `{{#if (eq role|vote|voting "code")}} … {{/if}}`, and in either branch of `{{#if present}}`. */
const branches = (text: string): { code: string; body: string }[] => [
  ...[...text.matchAll(/\{\{#if \(eq (?:role|vote|voting) "([^"]+)"\)\}\}(.*?)\{\{\/if\}\}/g)].map((m) => ({ code: m[1] ?? '', body: m[2] ?? '' })),
  ...[...text.matchAll(/\{\{#if present\}\}([^{]*)\{\{else\}\}([^{]*)\{\{\/if\}\}/g)].flatMap((m) => [
    { code: 'present', body: m[1] ?? '' },
    { code: 'absent', body: m[2] ?? '' },
  ]),
];

describe('the session words table', () => {
  it('has a word in three languages for every code the session schema allows', () => {
    const voting = (Session([], [], []).properties.voting as unknown as { enum: string[] }).enum;
    expect(Object.keys(SESSION_WORDS.role).sort()).toEqual([...MEMBER_ROLES].sort());
    expect(Object.keys(SESSION_WORDS.vote).sort()).toEqual([...VOTES].sort());
    expect(Object.keys(SESSION_WORDS.voting).sort()).toEqual([...voting].sort());
    for (const t of Object.values(SESSION_WORDS))
      for (const w of Object.values(t as Record<string, { kk: string; ru: string; en: string }>)) expect(w.kk && w.ru && w.en).toBeTruthy();
  });

  it('is the one the page offers (web/field-labels.ts), not a copy', () => {
    expect(SESSION_CODE_WORDS).toBe(SESSION_WORDS);
  });

  it('no template writes a session word inline: the ones printing roles and votes call sessionWord', () => {
    const users = templates.filter((t) => /\bsessionWord\b/.test(source(t)));
    expect(users.sort()).toEqual([
      'almaty-maslikhat-2018/commissionOrder.md.hbs',
      'almaty-maslikhat-2018/protocol.md.hbs',
      'asa-a-corps/commissionProtocol.md.hbs',
      'asa-b-model/calibrationProtocol.md.hbs',
      'mic-2018/commissionOrder.md.hbs',
      'sjc-apparatus/calibrationProtocol.md.hbs',
    ]);
    for (const t of templates)
      for (const { code, body } of branches(source(t)))
        expect(allWords.some((w) => body.trim().startsWith(w)), `${t}: (eq … "${code}") prints «${body}»`).toBe(false);
  });

  it("the check of inline words finds one: «қатысты» written in a template's {{#if present}}", () => {
    const inline = branches('| {{name}} | {{#if present}}қатысты{{else}}қатыспады{{/if}} |');
    expect(inline.map((b) => allWords.some((w) => b.body.trim().startsWith(w)))).toEqual([true, true]);
  });
});

describe('sessionWord', () => {
  it('prints the Kazakh word of the code (the data arrives Markdown-escaped); a code the table lacks as it came', () => {
    expect(HELPERS.sessionWord('role', escapeMarkdown('deputy-chair'))).toBe('төрағаның орынбасары');
    expect(HELPERS.sessionWord('vote', 'abstain')).toBe('қалыс');
    expect(HELPERS.sessionWord('voting', 'secret')).toBe('жасырын дауыс беру');
    expect(HELPERS.sessionWord('role', 'treasurer')).toBe('treasurer');
    expect(HELPERS.sessionWord('role', 'toString')).toBe('toString');
    expect(HELPERS.sessionWord('role', undefined)).toBe('');
  });

  it("presence takes the member's flag: «қатысты», «қатыспады» (the calibration protocols' member table)", () => {
    expect(Object.keys(SESSION_WORDS.presence).sort()).toEqual(['absent', 'present']);
    expect(HELPERS.sessionWord('presence', true)).toBe('қатысты');
    expect(HELPERS.sessionWord('presence', false)).toBe('қатыспады');
    expect(HELPERS.sessionWord('presence', 'present')).toBe('қатысты');
    expect(HELPERS.sessionWord('role', true)).toBe('true');
  });

  const members = MEMBER_ROLES.map((role, i) => ({ name: `Мүше${i}`, role, position: `Лауазым${i}`, present: true }));
  const methodology = { id: 'mic-2018', title: 't' };

  it.each(['mic-2018', 'almaty-maslikhat-2018'])('%s commission order: each role by its word, the secretary «хатшы (дауыс бермейді)» (cl. 34)', (pack) => {
    const md = fillDocument('commissionOrder.md.hbs', source(`${pack}/commissionOrder.md.hbs`), { session: { members }, methodology });
    expect(md).toContain('| Мүше0 | Лауазым0 | төраға |');
    expect(md).toContain('| Мүше1 | Лауазым1 | төрағаның орынбасары |');
    expect(md).toContain('| Мүше2 | Лауазым2 | мүше |');
    expect(md).toContain('| Мүше3 | Лауазым3 | хатшы (дауыс бермейді) |');
  });

  it('almaty protocol: the roles of the members present', () => {
    const md = fillDocument('protocol.md.hbs', source('almaty-maslikhat-2018/protocol.md.hbs'), { session: { members }, methodology });
    expect(md).toMatch(/\| Мүше1 \| Лауазым1 \| төрағаның орынбасары \|/);
    expect(md).toMatch(/\| Мүше3 \| Лауазым3 \| хатшы \|/);
  });

  it.each(['asa-b-model', 'sjc-apparatus'])('%s calibration protocol: each vote by its word', (pack) => {
    const votes = VOTES.map((vote, i) => ({ member: `Мүше${i}`, vote }));
    const md = fillDocument('calibrationProtocol.md.hbs', source(`${pack}/calibrationProtocol.md.hbs`), { session: { decisions: [{ servant: 'Қ', decision: 'x', votes }] }, methodology });
    expect(md).toContain('Мүше0: жақтап<br>Мүше1: қарсы<br>Мүше2: қалыс |');
  });

  it.each(['asa-b-model', 'sjc-apparatus'])('%s calibration protocol: each member present or not by the table word', (pack) => {
    const two = [{ name: 'Мүше0', role: 'chair', present: true }, { name: 'Мүше1', role: 'member', present: false }];
    const md = fillDocument('calibrationProtocol.md.hbs', source(`${pack}/calibrationProtocol.md.hbs`), { session: { members: two, decisions: [] }, methodology });
    expect(md).toMatch(/\| Мүше0 \| [^|\n]*\| қатысты \|/);
    expect(md).toMatch(/\| Мүше1 \| [^|\n]*\| қатыспады \|/);
  });
});
