/**
 * Clauses numbered from 1 again in each chapter — Word's default for a multilevel list, whose clause
 * level restarts after each chapter heading — where the model numbers them through the whole methodology
 * (act 002 Annex 2: chapter 2 begins at cl. 17, chapter 3 at cl. 19). Before, the draft got a
 * `numbering-duplicate` error for each repeated number and nothing said why; a Russian draft's clauses,
 * paired with the model's by number, were paired for 10 of 24 (the repeated numbers and chapters 2 and 3
 * could not be), so the values of chapters 2 and 3 were compared only where content found them. Now one
 * `draft/clause-numbering-restart` warning says why the numbers repeat and how to number them (the
 * numbering itself is checked chapter by chapter, so the repeats are no longer duplicates:
 * clause-restarts-series.test.ts), and a Russian draft is paired in running order — up to a gap or repeat
 * inside a chapter, as a draft numbered through is up to its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/draft/check.js';
import { docxToMarkdown } from '../../src/draft/docx.js';
import type { Finding } from '../../src/law/finding.js';
import { restarted } from './restarted.js';
import { wordDraft } from './word-author.js';

const kk = readFileSync(join(import.meta.dirname, 'cases/faithful.md'), 'utf8');
const ru = readFileSync(join(import.meta.dirname, 'cases/russian-model.md'), 'utf8');
const DATE = '2026-01-15';

const lineOf = (md: string, text: string): number => md.split('\n').findIndex((l) => l.startsWith(text)) + 1;
const hint = (fs: readonly Finding[]): Finding[] => fs.filter((f) => f.ruleId === 'draft/clause-numbering-restart');
const language = (fs: readonly Finding[]): Finding | undefined => fs.find((f) => f.ruleId === 'draft/model-language');

describe('clauses numbered again in each chapter (Markdown)', () => {
  it('Kazakh: one warning at chapter 2\'s «1.», with both numberings, and no numbering-duplicate per restarted clause; the model comparison is unchanged', () => {
    const md = restarted(kk);
    const r = checkDraft(md, { date: DATE });
    const [h, ...more] = hint(r.findings);
    expect(more).toEqual([]);
    expect(h?.severity).toBe('warning');
    expect(h?.place?.line).toBe(lineOf(md, '1. В-1, С-1'));
    expect(h?.cite).toMatchObject({ act: 'asa-b-model', clause: 'Annex 2 (whole text)' });
    expect(h?.facts).toEqual({ restarted: [{ chapter: 2, from: 1, to: 2 }, { chapter: 3, from: 1, to: 6 }], model: [{ chapter: 2, from: 17 }, { chapter: 3, from: 19 }], runningOrder: true });
    expect(h?.message.en).toBe('The clauses are numbered from 1 again in each chapter (chapter 2: 1–2; chapter 3: 1–6), while the model methodology numbers its clauses through the whole methodology (its chapter 2 begins at cl. 17, chapter 3 at cl. 19): clause numbers repeat, and a reference «clause N» does not say which chapter\'s clause it means. The clause numbering was checked chapter by chapter (1, 2, 3 … in each), so a number repeated in another chapter is not reported as a duplicate. Number the clauses through the whole methodology (write each clause\'s own number counted through the methodology: «17.» for the first clause of chapter 2, not «1.»)');
    // a Markdown draft's numbers are as the author typed them: the advice is to type the clause's own number, not a Word list's setting
    expect(h?.message.kk).toMatch(/Тармақтарды бүкіл әдістеме бойынша ретімен нөмірлеңіз \(әр тармаққа бүкіл әдістеме бойынша санағандағы өз нөмірін жазыңыз: 2-тараудың бірінші тармағы «1\.» емес, «17\.»\)$/u);
    expect(h?.message.ru).toMatch(/Пронумеруйте пункты сквозной нумерацией \(напишите у каждого пункта его номер при сквозном счёте: первый пункт главы 2 — «17\.», а не «1\.»\)$/u);
    expect(Object.values(h?.message ?? {}).join(' ')).not.toMatch(/Word/u);
    expect(h?.message.ru).toMatch(/^Пункты в каждой главе пронумерованы заново с 1 \(глава 2: 1–2; глава 3: 1–6\), а в типовой методике пункты пронумерованы сквозной нумерацией через всю методику \(глава 2 начинается с пункта 17, глава 3 — с пункта 19\)/u);
    expect(h?.message.kk).toMatch(/^Тармақтар әр тарауда қайтадан 1-ден нөмірленген \(2-тарау: 1–2; 3-тарау: 1–6\), ал Үлгілік әдістемеде .*\(2-тарау 17-тармақтан, 3-тарау 19-тармақтан басталады\)/u);
    expect(h?.message.ru).toMatch(/Нумерация пунктов проверена по главам \(1, 2, 3 … в каждой\), поэтому номер, повторяющийся в другой главе, не указан как повтор\. Пронумеруйте/u);
    expect(h?.message.kk).toMatch(/Тармақтардың нөмірлеуі тарау бойынша тексерілді \(әр тарауда 1, 2, 3 …\), сондықтан басқа тарауда қайталанған нөмір қайталану қатесі ретінде көрсетілмейді\. Тармақтарды/u);
    // each chapter's clauses are checked from 1: the restart is this one warning, not a duplicate per clause;
    // the Kazakh alignment is by what clauses say: nothing else changes
    expect(r.findings.filter((f) => f.ruleId !== 'draft/clause-numbering-restart')).toEqual([]);
  });

  it('numbered through the methodology (the faithful draft), or with no chapters: no such warning', () => {
    expect(hint(checkDraft(kk, { date: DATE }).findings)).toEqual([]);
    expect(hint(checkDraft(ru, { date: DATE }).findings)).toEqual([]);
    expect(hint(checkDraft(restarted(kk).replace(/^### \d+-тарау.*\n\n/gmu, ''), { date: DATE }).findings)).toEqual([]);
  });

  it('Russian: paired with the model in running order — 24 of 24 instead of 10, every value compared; a value changed in chapter 3 is found, its clause named with its chapter', () => {
    const md = restarted(ru);
    const r = checkDraft(md, { date: DATE });
    expect(hint(r.findings)).toHaveLength(1);
    const lang = language(r.findings);
    expect(lang?.facts?.['structure']).toMatchObject({ pairedByNumber: 24, runningOrder: true });
    expect(lang?.facts?.['values']).toMatchObject({ compared: 13, of: 13, differ: 0 });
    expect(lang?.message.en).toMatch(/clauses paired with the model's by number and chapter, in running order: the draft's clauses are numbered again in each chapter, so they were counted through the methodology \(24 of 24;/);
    expect(lang?.message.ru).toMatch(/по порядку: пункты проекта в каждой главе нумеруются заново, поэтому они сопоставлены при сквозном счёте \(24 из 24;/u);
    expect(r.comparison?.matches.filter((m) => m.draft).map((m) => [m.model.number, m.draft?.chapter, m.draft?.number]).slice(15, 19)).toEqual([[16, 1, 16], [17, 2, 1], [18, 2, 2], [19, 3, 1]]);
    const bad = md.replace('3. Калибровочная сессия проводится в течение десяти рабочих дней', '3. Калибровочная сессия проводится в течение пятнадцати рабочих дней');
    expect(bad).not.toBe(md);
    const dev = checkDraft(bad, { date: DATE }).findings.filter((f) => f.ruleId === 'draft/model-parameter-deviation');
    expect(dev.map((f) => [f.cite?.clause, f.facts?.['found'], f.place?.line])).toEqual([['Annex 2 cl. 21', 15, lineOf(bad, '3. Калибровочная')]]);
    expect(dev[0]?.facts).toMatchObject({ pairedBy: 'number', runningOrder: true, draftClause: 3 });
    expect(dev[0]?.message.en).toMatch(/ Draft clause 3 of chapter 3 is paired with model clause 21 in running order \(the draft's clauses are numbered again in each chapter; counted through, it is clause 21\); only the value was compared\.$/);
    expect(dev[0]?.message.ru).toMatch(/ Пункт 3 главы 3 проекта сопоставлен с пунктом 21 типовой по порядку/u);
    expect(dev[0]?.message.kk).toMatch(/ Жобаның 3-тарауының 3-тармағы Үлгілік әдістеменің 21-тармағымен реті бойынша сәйкестендірілді/u);
  });

  it('Russian, numbered through: paired by number as before, nothing said of running order', () => {
    const r = checkDraft(ru, { date: DATE });
    expect(language(r.findings)?.facts?.['structure']).toMatchObject({ pairedByNumber: 24 });
    expect(language(r.findings)?.facts?.['structure']).not.toHaveProperty('runningOrder');
    expect(language(r.findings)?.message.en).not.toMatch(/running order/);
  });

  it('restarted and irregular besides (a clause missing in chapter 3): paired in running order up to the gap, as the draft numbered through with the same clause missing is, and by content after it', () => {
    const md = restarted(ru).replace(/^4\. Служба управления персоналом организует.*\n\n/mu, '');
    const through = ru.replace(/^22\. Служба управления персоналом организует.*\n\n/mu, '');
    expect(md).not.toBe(restarted(ru));
    expect(through).not.toBe(ru);
    const r = checkDraft(md, { date: DATE });
    expect(hint(r.findings)[0]?.facts?.['runningOrder']).toBe(false);
    expect(language(r.findings)?.facts?.['structure']).toMatchObject({ pairedByNumber: 21, runningOrder: true, pairedByContent: [{ model: 23, draft: 5, draftChapter: 3 }] });
    const pairs = (fs: ReturnType<typeof checkDraft>) => fs.comparison?.matches.map((m) => [m.model.number, m.pairedBy ?? null]);
    expect(pairs(r)).toEqual(pairs(checkDraft(through, { date: DATE })));
    expect(r.comparison?.matches.filter((m) => m.draft).map((m) => [m.model.number, m.draft?.chapter, m.draft?.number]).slice(18)).toEqual([[19, 3, 1], [20, 3, 2], [21, 3, 3], [23, 3, 5]]);
    // the gap is one finding, in chapter 3
    expect(r.findings.filter((f) => f.ruleId.startsWith('draft/numbering-')).map((f) => [f.message.en, f.facts])).toEqual([['clause numbering skips 4: 5 follows 3 (chapter 3)', { series: 'clause', expected: 4, found: 5, chapter: 3 }]]);
  });
});

describe('clauses numbered again in each chapter (Word: the clause level of the list restarts after each chapter, Word\'s default)', () => {
  const read = async (md: string, habits: Parameters<typeof wordDraft>[1]) => {
    const d = docxToMarkdown(await wordDraft(md, habits));
    return { d, r: checkDraft(d.markdown, { date: DATE, source: { unit: 'paragraphs', of: d.paragraphOf, text: d.paragraphText } }) };
  };

  it('Kazakh: the warning at the paragraph of chapter 2\'s «1.»; with «restart after: none» (w:lvlRestart 0), none', async () => {
    const { d, r } = await read(kk, {});
    const [h, ...more] = hint(r.findings);
    expect(more).toEqual([]);
    expect(d.paragraphText[h?.place?.line ?? 0]).toMatch(/^1\. В-1, С-1/u);
    expect(h?.message.en).toMatch(/^The clauses are numbered from 1 again in each chapter \(chapter 2: 1–2; chapter 3: 1–6\)/);
    expect(h?.message.en).toMatch(/\[paragraph \d+: «1\. В-1, С-1/);
    // a Word file's numbers are its list's: the advice is the list's setting
    expect(h?.message.en).toMatch(/\(in a Word list, do not restart the clause level at each chapter\)/);
    expect(h?.message.ru).toMatch(/\(в списке Word не начинайте нумерацию уровня пунктов заново в каждой главе\)/u);
    expect(h?.message.kk).toMatch(/\(Word тізімінде тармақ деңгейінің нөмірлеуін тарау сайын қайта бастамаңыз\)/u);
    expect(hint((await read(kk, { clauseRestart: 0 })).r.findings)).toEqual([]);
  }, 60_000);

  it('Russian: paired in running order, 24 of 24; numbered through, by number', async () => {
    const { r } = await read(ru, { chapterText: 'Глава %1.' });
    expect(hint(r.findings)).toHaveLength(1);
    expect(language(r.findings)?.facts?.['structure']).toMatchObject({ pairedByNumber: 24, runningOrder: true });
    const through = (await read(ru, { clauseRestart: 0, chapterText: 'Глава %1.' })).r;
    expect(hint(through.findings)).toEqual([]);
    expect(language(through.findings)?.facts?.['structure']).toMatchObject({ pairedByNumber: 24 });
    expect(language(through.findings)?.facts?.['structure']).not.toHaveProperty('runningOrder');
  }, 60_000);
});
