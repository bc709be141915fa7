/**
 * A draft written in Russian (cases/russian.md; the same in Word through ./word-author.ts). Its
 * structure is said in Russian words — «Глава 1.», «Приложение 1», «согласно приложению 1 к настоящей
 * Методике», «в пункте 4», «подпунктом 3) пункта 2» — and was not read: the chapters started new
 * documents, the appendices were text, and the model comparison (the Kazakh original is all we hold)
 * called two dozen model clauses missing, quoting Kazakh. Now the structure is read, the drafting
 * rules find the planted defects, and the model comparison says once that it was not made.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/draft/check.js';
import { alignmentHtml, alignmentMarkdown } from '../../src/draft/alignment-report.js';
import { docxToMarkdown } from '../../src/draft/docx.js';
import { findReferences } from '../../src/draft/references.js';
import { wordDraft } from './word-author.js';

const russian = readFileSync(join(import.meta.dirname, 'cases/russian.md'), 'utf8');
const DATE = '2026-01-15';
const lineOf = (text: string): number => russian.split('\n').findIndex((l) => l.includes(text)) + 1;

describe('a draft in Russian', () => {
  it('chapters «Глава N.», appendices «Приложение N» and the clauses are read', () => {
    const doc = checkDraft(russian, { date: DATE }).act.documents[0];
    expect(doc?.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'Общие положения'], [2, 'Порядок проведения оценки']]);
    expect(doc?.clauses.map((c) => [c.number, c.subClauses.map((s) => s.number)])).toEqual([[1, []], [2, [1, 2]], [3, []], [4, []], [5, []]]);
    expect(doc?.appendices.map((a) => a.number)).toEqual([1, 2]);
  });

  it('finds the planted reference defects, in Russian, and one warning that the model was not compared', () => {
    const r = checkDraft(russian, { date: DATE });
    expect(r.findings.map((f) => [f.severity, f.ruleId, f.place?.line, f.message.ru])).toEqual([
      ['warning', 'draft/model-language', lineOf('1. Настоящая Методика'), expect.stringMatching(/^Проект написан на русском языке/)],
      ['error', 'draft/subclause-missing', lineOf('подпунктом 3) пункта 2'), 'Ссылка «подпунктом 3) пункта 2» указывает на подпункт 3) пункта 2, которого нет'],
      ['error', 'draft/reference-self', lineOf('в пункте 4 настоящей'), 'Пункт 4 ссылается сам на себя: «пункте 4»'],
      ['error', 'draft/appendix-missing', lineOf('приложению 3'), 'Ссылка «приложению 3» указывает на несуществующее приложение 3'],
      ['error', 'draft/clause-missing', lineOf('приложению 3'), 'Ссылка «пункте 12» указывает на несуществующий пункт 12'],
      ['warning', 'draft/appendix-unreferenced', lineOf('### Приложение 2'), 'На приложение 2 нет ссылки в тексте'],
    ]);
  });

  it('references to another act («пунктом 5 статьи 33 Закона», «приложению 1 к приказу») are not the methodology\'s', () => {
    expect(findReferences('в соответствии с пунктом 5 статьи 33 Закона Республики Казахстан')).toEqual([]);
    expect(findReferences('по форме согласно приложению 1 к приказу Министра')).toEqual([]);
    expect(findReferences('согласно приложениям 4 и 5 к настоящей Методике').map((x) => [x.kind, x.numbers])).toEqual([['appendix', [4, 5]]]);
  });

  it('the same draft written in Word («Глава %1.» list, stamps beginning «Приложение N») gives the same findings, at its paragraphs', async () => {
    const d = docxToMarkdown(await wordDraft(russian, { clauseRestart: 0, chapterText: 'Глава %1.' }));
    const r = checkDraft(d.markdown, { date: DATE, source: { unit: 'paragraphs', of: d.paragraphOf, text: d.paragraphText } });
    expect(r.findings.map((f) => f.ruleId)).toEqual(checkDraft(russian, { date: DATE }).findings.map((f) => f.ruleId));
    const self = r.findings.find((f) => f.ruleId === 'draft/reference-self');
    expect(d.paragraphText[self?.place?.line ?? 0]).toMatch(/^4\. Оценка служащих, уволенных/);
    expect(self?.message.ru).toMatch(/\[абзац \d+: «4\. Оценка служащих/);
  }, 60_000);

  it('the --alignment report says what was not compared before its counts, in the reader\'s language', () => {
    const c = checkDraft(russian, { date: DATE }).comparison;
    if (!c) throw new Error('no comparison');
    const md = alignmentMarkdown(c, 'russian.md', DATE, 'ru');
    expect(md.indexOf('**Проект написан на русском языке')).toBeGreaterThan(0);
    expect(md.indexOf('**Проект написан на русском языке')).toBeLessThan(md.indexOf('- пунктов типовой сопоставлено с пунктами проекта: '));
    expect(alignmentHtml(c, 'russian.md', DATE, 'kk')).toContain('<p><strong>Жоба орыс тілінде жазылған');
  });

  it('a Kazakh draft is not taken for Russian', () => {
    const faithful = readFileSync(join(import.meta.dirname, 'cases/faithful.md'), 'utf8');
    expect(checkDraft(faithful, { date: DATE }).findings.filter((f) => f.ruleId === 'draft/model-language')).toEqual([]);
  });
});
