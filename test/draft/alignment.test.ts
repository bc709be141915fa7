/**
 * Issue 9: the alignment report reads well to a lawyer — a summary at the top with the missing model
 * clauses and the draft clauses that have no model counterpart, weak matches said in words, the reason
 * for a missing counterpart in words (not a score), parameter values beside the clause they were read
 * from, the draft's tables in its column, places of the user's file; plainly wrong pairings of act 000
 * (model cl. 2 ↔ the work plan, model cl. 17 ↔ setting KPIs) are not shown as matches.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignmentHtml, alignmentMarkdown } from '../../src/draft/alignment-report.js';
import { checkDraft } from '../../src/draft/check.js';
import { importPublishedAct } from '../../src/draft/import.js';

const faithful = readFileSync(join(import.meta.dirname, 'cases/faithful.md'), 'utf8');
const DATE = '2026-01-15';

const changed = faithful
  .replace(/\n14\. Бағалау нәтижелері жасырын[^\n]*\n/, '\n14. Мемлекеттік органның спорттық іс-шараларына қызметшілер жыл сайын қатысады.\n')
  .replace('бастап үш жыл ішінде', 'бастап бір жыл ішінде')
  .replace(/"Функционалдық міндеттерін тиімді атқарады" нәтижесіне 4-тен[^\n]*\n/, '| Нәтиже | Балл |\n| --- | --- |\n| тиімді | 4-5 |\n| тиісті | 3-3,99 |\n| қанағаттанарлық | 2-2,99 |\n| қанағаттанарлықсыз | 0-1,99 |\n');

describe('alignment report', () => {
  const r = checkDraft(changed, { date: DATE });
  const md = alignmentMarkdown(r.comparison!, 'draft.md', DATE, 'en');
  it('opens with a summary: missing model clauses and draft clauses with no counterpart, linked', () => {
    const summary = md.slice(0, md.indexOf('## <a id="m1">'));
    expect(summary).toMatch(/## Summary/);
    expect(summary).toMatch(/model clauses missing from the draft: 1 — \[cl\. 14\]\(#m14\)/);
    expect(summary).toMatch(/draft clauses with no model counterpart: 1 — \[Draft cl\. 14 \(line \d+\)\]\(#d14-\d+\)/);
    expect(summary).toMatch(/parameters depart from the model: 1 — \[Retention/);
  });
  it('says why a model clause has no counterpart, in words, and never «score x < y»', () => {
    expect(md).toMatch(/Model cl\. 14 — model clauses missing from the draft: (nothing in the draft resembles it|the closest draft clause)/);
    expect(md).not.toMatch(/score \d|< 0[.,]\d/);
  });
  it('shows each parameter value beside the clause it was read from, and the bands table in the draft column', () => {
    expect(md).toMatch(/Retention of evaluation documents \(cl\. 13\): DIFFERS — Draft: 1; Model: 3 · read from: Draft cl\. 13 \(line \d+\) «Бағалаумен/);
    expect(md).toMatch(/Grade bands \(cl\. 8\): same — Draft: 4–5; 3–3,99; 2–2,99; 0–1,99/);
    expect(md).toMatch(/тиімді ¦ 4-5/);
  });
  it('in Kazakh and Russian a parameter cites its model clause as those languages do, not «cl. 13»', () => {
    const kk = alignmentMarkdown(r.comparison!, 'draft.md', DATE, 'kk');
    const ru = alignmentHtml(r.comparison!, 'draft.md', DATE, 'ru');
    expect(kk).toMatch(/\(13-тармақ\): /);
    expect(ru).toMatch(/\(13 п\.\): /);
    expect(kk).not.toMatch(/\(cl\. \d+[^)]*\): /);
    expect(ru).not.toMatch(/\(cl\. \d+[^)]*\): /);
  });
  it('in Kazakh clauses, places and the draft\'s clauses are named as Kazakh names them: «Үлгілік әдістеменің 1-тармағы ↔ Жобаның 1-тармағы (34-жол)»', () => {
    // The report wrote «Үлгілік әдістеме тармақ 1 ↔ Жоба тармақ 1 (жол 34)» and «[тармақ 14]»: Russian word order in Kazakh words.
    const kk = alignmentMarkdown(r.comparison!, 'draft.md', DATE, 'kk');
    expect(kk).toMatch(/## <a id="m1"><\/a>Үлгілік әдістеменің 1-тармағы ↔ Жобаның 1-тармағы \(\d+-жол\)\n/);
    expect(kk).toMatch(/жобада жоқ үлгі тармақтары: 1 — \[14-тармақ\]\(#m14\)/);
    expect(kk).toMatch(/үлгіде баламасы жоқ жоба тармақтары: 1 — \[Жобаның 14-тармағы \(\d+-жол\)\]\(#d14-\d+\)/);
    expect(kk).toMatch(/оқылған жері: Жобаның 13-тармағы \(\d+-жол\) «/);
    expect(kk).not.toMatch(/тармақ \d|жол \d|абзац \d/);
    const html = alignmentHtml(r.comparison!, 'draft.md', DATE, 'kk', { unit: 'paragraphs', of: [], text: [] });
    expect(html).toMatch(/Үлгілік әдістеменің 1-тармағы ↔ Жобаның 1-тармағы \(\d+-абзац\)/);
    expect(html).not.toMatch(/тармақ \d|жол \d|абзац \d/);
  });
  it('HTML says the same in words (weak matches and reasons survive a printout)', () => {
    const html = alignmentHtml(r.comparison!, 'draft.md', DATE, 'en');
    expect(html).toMatch(/<h2>Summary<\/h2>/);
    expect(html).toMatch(/<strong>model clauses missing from the draft: /);
    expect(html).toMatch(/<table><tr><td>Нәтиже<\/td>/);
  });
  it('act 000: model cl. 2 and cl. 17 are not paired with the work-plan and KPI clauses', () => {
    const text = readFileSync(join(import.meta.dirname, '../../samples/drafts/published/000_f0867a3cdc66af81.txt'), 'utf8');
    const { markdown, lineMap } = importPublishedAct(text);
    const c = checkDraft(markdown, { date: DATE, source: { unit: 'lines', of: lineMap } }).comparison!;
    const pair = (n: number) => c.matches.find((m) => m.model.number === n);
    expect(pair(2)?.draft).toBeNull();
    expect(pair(17)?.draft).toBeNull();
    expect(pair(13)?.draft?.number).toBe(8);
    const report = alignmentMarkdown(c, '000.txt', DATE, 'en', { unit: 'lines', of: lineMap });
    expect(report).toMatch(/Model cl\. 2 — model clauses missing from the draft: the closest draft clause \(Draft cl\. 11 \(line \d+\)\) is about something else/);
    const line = Number(/Model cl\. 13 ↔ Draft cl\. 8 \(line (\d+)\)/.exec(report)?.[1]);
    expect(text.split('\n')[line - 1]).toMatch(/^\s*8\. Бағалауға байланысты құжаттар/);
  });
});
