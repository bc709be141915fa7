/**
 * The signature that closes the order, typed by a Word author as paragraphs after the last point — in bold
 * («**Министр**» / «**А. Шаққалиев**»), plain, or the position and the name on one line — is the order's
 * signature, as the published acts' («Министр» / «Д. Абаев», act 000) is. In bold it was read as the title
 * of an attached document, and the author's own annex after it went into that «document».
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/draft/check.js';
import { docxToMarkdown } from '../../src/draft/docx.js';
import { wordDraft } from './word-author.js';

const faithful = readFileSync(join(import.meta.dirname, 'cases/faithful.md'), 'utf8');
const DATE = '2026-01-15';
const QUOTE = '> Министр\\\n> А. Шаққалиев';
const findingsOf = (md: string) => checkDraft(md, { date: DATE }).findings.map((f) => `${f.ruleId} ${f.place?.line}`);

describe('a signature typed as paragraphs after the order\'s last point', () => {
  it.each([
    ['in bold', '**Министр**\n\n**А. Шаққалиев**'],
    ['in bold, in Russian', '**Аким области**\n\n**Д. Абаев**'],
    ['plain, the position on two lines', 'Қазақстан Республикасының\n\nСауда және интеграция министрі\n\nА. Шаққалиев'],
    ['the position and the name on one bold line', '**Министр          А. Шаққалиев**'],
  ])('%s is the signature, and the methodology is the only attached document', (_, typed) => {
    expect(faithful).toContain(QUOTE);
    const md = faithful.replace(QUOTE, typed);
    const r = checkDraft(md, { date: DATE });
    expect(r.act.signature.map((s) => s.text).join(' ')).toMatch(/(Шаққалиев|Абаев)$/u);
    expect(r.act.documents.map((d) => d.title?.text)).toEqual(['"Б" корпусы мемлекеттік әкімшілік қызметшілерінің қызметін бағалау әдістемесі']);
    expect(r.act.operative.map((p) => p.paragraphs.length)).toEqual([0, 0, 0, 0]);
    expect(findingsOf(md)).toEqual(findingsOf(faithful));
  });

  it('a bold annex title after the points, followed by its stamp and not by a name, stays an attached document', () => {
    const md = faithful.replace(QUOTE, '**Министр**\n\n**А. Шаққалиев**\n\n**Күші жойылған бұйрықтардың тізбесі**\n\n> Министрдің\\\n> бұйрығына\\\n> қосымша\n\nТізбе мәтіні.');
    const r = checkDraft(md, { date: DATE });
    expect(r.act.signature.map((s) => s.text)).toEqual(['Министр', 'А. Шаққалиев']);
    expect(r.act.documents.map((d) => d.title?.text.slice(0, 30))).toEqual(['Күші жойылған бұйрықтардың тіз', '"Б" корпусы мемлекеттік әкімші']);
  });

  it('in Word, the signature typed in bold paragraphs is the signature', async () => {
    const md = faithful.replace(QUOTE, '**Аким области**\n\n**Д. Абаев**');
    const d = docxToMarkdown(await wordDraft(md, { clauseRestart: 0 }));
    const r = checkDraft(d.markdown, { date: DATE, source: { unit: 'paragraphs', of: d.paragraphOf, text: d.paragraphText } });
    expect(r.act.signature.map((s) => s.text)).toEqual(['Аким области', 'Д. Абаев']);
    expect(r.act.documents.length).toBe(1);
    expect(r.findings).toEqual([]);
  }, 60_000);

  it('a position in bold with no name yet («Аким области»), right before the methodology\'s title, is the signature', () => {
    const md = faithful.replace(QUOTE, '**Аким области**');
    const r = checkDraft(md, { date: DATE });
    expect(r.act.signature.map((s) => s.text)).toEqual(['Аким области']);
    expect(r.act.documents).toHaveLength(1);
    expect(findingsOf(md)).toEqual(findingsOf(faithful));
  });
});

/**
 * The signature laid out in a borderless table after the last point — the position in the left cell, «А. Тегі» in the
 * right one (a Word habit: the name then sits at the right margin) — is the same signature. Before, the table was read
 * as an attached document with no title, and the methodology was the second document.
 */
describe('a signature laid out in a table after the order\'s last point', () => {
  const methodology = ['"Б" корпусы мемлекеттік әкімшілік қызметшілерінің қызметін бағалау әдістемесі'];
  it.each([
    ['position | name, in bold', '| **Министр** | **А. Шаққалиев** |\n|---|---|', ['Министр', 'А. Шаққалиев']],
    ['position | (empty, to sign) | name, in Russian', '| Аким области |  | Д. Абаев |\n|---|---|---|', ['Аким области', 'Д. Абаев']],
    ['two signatories, one a row', '| Министр | А. Шаққалиев |\n|---|---|\n| Қаржы министрі | Е.М. Еркінбаев |', ['Министр', 'А. Шаққалиев', 'Қаржы министрі', 'Е.М. Еркінбаев']],
    ['the position over two lines, the name on the last', '| Қазақстан Республикасының Сауда және интеграция министрі | ____________ А. Шаққалиев |\n|---|---|', ['Қазақстан Республикасының Сауда және интеграция министрі', '____________ А. Шаққалиев']],
  ])('%s is the signature, as the same lines typed as paragraphs are', (_, table, lines) => {
    const md = faithful.replace(QUOTE, table);
    const r = checkDraft(md, { date: DATE });
    expect(r.act.signature.map((s) => s.text)).toEqual(lines);
    expect(r.act.documents.map((d) => d.title?.text)).toEqual(methodology);
    expect(findingsOf(md)).toEqual(findingsOf(faithful));
  });

  it('a position alone in a table (no name yet) right before the methodology\'s title is the signature', () => {
    const md = faithful.replace(QUOTE, '| Аким области |  |\n|---|---|');
    const r = checkDraft(md, { date: DATE });
    expect(r.act.signature.map((s) => s.text)).toEqual(['Аким области']);
    expect(r.act.documents.map((d) => d.title?.text)).toEqual(methodology);
  });

  it.each([
    ['a list of repealed orders', '| 1 | 2018 жылғы 16 қаңтардағы № 13 бұйрық |\n|---|---|'],
    ['a table the last point introduces («… құрамы:»)', '| Төраға | А. Шаққалиев |\n|---|---|', '4. Комиссия құрамы:'],
    ['a grade table', '| Баға | Балл |\n|---|---|\n| Тиімді | 4-5 |'],
    ['a position alone not followed by the methodology\'s title', '| Аким области |  |\n|---|---|\n\n**Күші жойылған бұйрықтардың тізбесі**\n\nТізбе мәтіні.'],
  ])('%s after the points stays a table', (_, table, lastPoint?: string) => {
    const base = lastPoint ? faithful.replace('4. Осы бұйрық қол қойылған күнінен бастап қолданысқа енгізіледі.', lastPoint) : faithful;
    const r = checkDraft(base.replace(QUOTE, table), { date: DATE });
    expect(r.act.signature).toEqual([]);
    expect(r.act.documents[0]?.tables).toHaveLength(1);
  });

  it.each(['faithful.md', 'adapted.md'])('in Word (%s: a borderless table, the position in bold at the left, the name at the right) it is the signature; the grade tables stay tables; the findings are the Markdown\'s', async (name) => {
    const md = readFileSync(join(import.meta.dirname, 'cases', name), 'utf8');
    const d = docxToMarkdown(await wordDraft(md, { clauseRestart: 0 }));
    expect(d.markdown).toContain('| Министр | А. Шаққалиев |');
    const r = checkDraft(d.markdown, { date: DATE, source: { unit: 'paragraphs', of: d.paragraphOf, text: d.paragraphText } });
    const m = checkDraft(md, { date: DATE });
    expect(r.act.signature.map((s) => s.text)).toEqual(['Министр', 'А. Шаққалиев']);
    expect(r.act.documents.map((x) => x.title?.text)).toEqual(m.act.documents.map((x) => x.title?.text));
    // The methodology's own tables (a grade table in a clause, the appendices' forms) stay tables, as many as the Markdown has.
    const tables = (a: typeof r.act) => a.documents.flatMap((x) => [x.tables.length, ...x.appendices.map((p) => p.tables.length)]);
    expect(tables(r.act)).toEqual(tables(m.act));
    expect(tables(m.act).some((n) => n > 0) || name === 'faithful.md').toBe(true);
    expect(r.findings.map((f) => f.ruleId)).toEqual(m.findings.map((f) => f.ruleId));
  }, 60_000);
});
