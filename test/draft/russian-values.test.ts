/**
 * A draft written in Russian compared with the model by what does not depend on language: its clauses
 * paired with the model's by number and chapter, and the values the model data holds (days, months,
 * years, days of the month, persons, score ranges and bands) read from the paired clause in Russian
 * forms. The model's wording (held in Kazakh only) is not compared, and the output says so. Before,
 * a Russian draft got one warning and nothing was compared; a Russian methodology with no order around
 * it («Методика оценки …» as its title) had its clauses read as an order's points, and «ПРИКАЗЫВАЮ:»
 * was not taken for the operative words.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/law/finding.js';
import { checkDraft } from '../../src/draft/check.js';
import { alignmentHtml, alignmentMarkdown } from '../../src/draft/alignment-report.js';
import { docxToMarkdown } from '../../src/draft/docx.js';
import { normaliseRu, ruQuantities, ruRanges } from '../../src/draft/russian-text.js';
import { DIALECTS } from './dialects.js';
import { markdownToFodt } from './fodt.js';
import { wordDraft } from './word-author.js';
import { tempDir } from '../temp.js';

const faithful = readFileSync(join(import.meta.dirname, 'cases/russian-model.md'), 'utf8');
const DATE = '2026-01-15';

/** Each change breaks one value the model data holds; the finding it must give (rule, severity, parameter, value read, model clause). */
const BREAKS: ReadonlyArray<[string, string, string, string, string, unknown, string]> = [
  ['не позднее 20 числа', 'не позднее 25-го числа', 'draft/model-parameter-deviation', 'warning', 'evaluation-deadline', 25, 'Annex 2 cl. 5 pt. 1'],
  ['не позднее 30 января', 'не позднее 31 января', 'draft/model-parameter-deviation', 'warning', 'final-grade-deadline', 31, 'Annex 2 cl. 5 pt. 2'],
  ['менее одного месяца', 'менее трех месяцев', 'draft/model-parameter-deviation', 'warning', 'minimum-time-in-post', 3, 'Annex 2 cl. 6 pt. 1'],
  ['не менее пятнадцати рабочих', 'не менее десяти рабочих', 'draft/model-parameter-deviation', 'warning', 'minimum-days-worked', 10, 'Annex 2 cl. 6 pt. 2'],
  ['от 3 до 3,99 балла', 'от 3 до 3,89 балла', 'draft/model-parameter-deviation', 'error', 'grade-bands', [[4, 5], [3, 3.89], [2, 2.99], [0, 1.99]], 'Annex 2 cl. 8'],
  ['5 (пяти) рабочих', '10 (десяти) рабочих', 'draft/model-parameter-deviation', 'error', 'disagreement-deadline', 10, 'Annex 2 cl. 11'],
  ['в течение трех лет', 'в течение одного года', 'draft/model-parameter-deviation', 'error', 'retention', 1, 'Annex 2 cl. 13'],
  ['от 0 до 5 баллов', 'от 1 до 5 баллов', 'draft/model-parameter-deviation', 'error', 'grade-scale', [1, 5], 'Annex 2 cl. 18 pt. 2'],
  ['превышает двадцать человек', 'превышает тридцать человек', 'draft/model-parameter-deviation', 'info', 'evaluator-threshold', 30, 'Annex 2 cl. 18 pt. 3'],
  ['в течение трех рабочих дней со дня поступления', 'в течение семи календарных дней со дня поступления', 'draft/model-parameter-deviation', 'warning', 'calibration-decision-deadline', 7, 'Annex 2 cl. 20 pt. 1'],
  ['не менее трех.', 'не менее двух.', 'draft/model-parameter-deviation', 'warning', 'calibration-minimum-members', 2, 'Annex 2 cl. 20 pt. 3'],
  ['в течение десяти рабочих', 'в течение пяти рабочих', 'draft/model-parameter-within-bound', 'info', 'calibration-deadline', 5, 'Annex 2 cl. 21'],
  ['в течение трех рабочих дней со дня подписания', 'в течение 2 (двух) рабочих дней со дня подписания', 'draft/model-parameter-within-bound', 'info', 'protocol-upload-deadline', 2, 'Annex 2 cl. 23 pt. 5'],
];
const broken = BREAKS.reduce((md, [from, to]) => {
  if (!md.includes(from)) throw new Error(`not in the draft: ${from}`);
  return md.replace(from, to);
}, faithful);
const lineOf = (md: string, text: string): number => md.split('\n').findIndex((l) => l.includes(text)) + 1;

const valueFindings = (fs: readonly Finding[]): Finding[] => fs.filter((f) => /^draft\/model-parameter/.test(f.ruleId));
const key = (f: Finding): string => `${f.severity} ${f.ruleId} ${String(f.facts?.['parameter'])} ${JSON.stringify(f.facts?.['found'])} ${f.cite?.clause ?? ''}`;
const expectedKeys = BREAKS.map(([, , rule, sev, id, found, clause]) => `${sev} ${rule} ${id} ${JSON.stringify(found)} ${clause}`).sort();
const summaryOf = (fs: readonly Finding[]): Finding => {
  const s = fs.find((f) => f.ruleId === 'draft/model-language');
  if (!s) throw new Error('no draft/model-language finding');
  return s;
};

describe('Russian numbers, dates and units', () => {
  const read = (text: string) => ruQuantities(normaliseRu(text)).map((q) => [q.value, q.unit, q.ordinal, q.month ?? null]);
  it('reads digits and words in their cases, a number repeated in words once, days of the month and dates', () => {
    expect(read('не позднее 25 числа месяца')).toEqual([[25, 'day', true, null]]);
    expect(read('не позднее двадцатого числа')).toEqual([[20, 'day', true, null]]);
    expect(read('до 25-го числа')).toEqual([[25, 'day', true, null]]);
    expect(read('не позднее двадцать пятого числа')).toEqual([[25, 'day', true, null]]);
    expect(read('в течение пяти рабочих дней')).toEqual([[5, 'working-day', false, null]]);
    expect(read('в течение 10 (десяти) рабочих дней')).toEqual([[10, 'working-day', false, null]]);
    expect(read('в течение 10 (пяти) рабочих дней')).toEqual([[10, 'working-day', false, null], [5, 'working-day', false, null]]);
    expect(read('пятнадцати календарных дней')).toEqual([[15, 'calendar-day', false, null]]);
    expect(read('трёх лет; одного года; 2 месяцев')).toEqual([[3, 'year', false, null], [1, 'year', false, null], [2, 'month', false, null]]);
    expect(read('не позднее 30 января года')).toEqual([[30, 'none', false, 1]]);
    expect(ruQuantities(normaliseRu('от 16 января 2018 года'))[0]?.dated).toBe(true);
    expect(read('приказ 2018 года')).toEqual([[2018, 'none', false, null]]);
    expect(read('двадцати двух человек; 40 %')).toEqual([[22, 'person', false, null], [40, 'percent', false, null]]);
  });
  it('reads ranges «от … до …» and «3–3,99», not dates or codes', () => {
    expect(ruRanges('от 4 до 5 баллов, от 3 до 3,99 балла, 2–2,99, 0-1,99').map((r) => [r.lo, r.hi, r.decimals])).toEqual([[4, 5, 0], [3, 3.99, 2], [2, 2.99, 2], [0, 1.99, 2]]);
    expect(ruRanges('категории С-О-1, от 16.01.2018')).toEqual([]);
  });
});

describe('a Russian draft compared with the model by structure and values', () => {
  it('the faithful draft: every clause paired by number, every value the model holds compared and the same; the output says what was not compared', () => {
    const r = checkDraft(faithful, { date: DATE });
    expect(valueFindings(r.findings)).toEqual([]);
    const s = summaryOf(r.findings);
    expect(s.severity).toBe('warning');
    expect(s.message.ru).toContain('формулировки проекта с типовой не сравнивались. Сравнены структура и значения: пункты сопоставлены с пунктами типовой по номеру и главе (24 из 24;');
    expect(s.message.ru).toContain('значения (сроки, числа, баллы) сравнены по 13 из 13 параметров, отличаются: 0, в пределах типовой: 0. Не сравнены значения: нет.');
    expect(s.message.en).toContain('the draft\'s wording was not compared with the model. Compared: the structure and the values');
    expect(s.message.en).toContain('values (deadlines, numbers, scores) compared for 13 of 13 parameters, 0 depart, 0 within the model\'s bound');
    expect(s.message.kk).toContain('жобаның тұжырымдары Үлгілік әдістемемен салыстырылмады. Салыстырылғаны — құрылымы мен мәндері');
    expect(s.message.kk).toContain('салыстырылғаны 13 / 13 параметр, өзгешесі: 0, үлгінің шегінде: 0');
    expect(s.facts).toMatchObject({ compared: ['structure', 'values'], notCompared: ['wording'], structure: { pairedByNumber: 24 }, values: { compared: 13, of: 13, differ: 0 } });
  });

  it('each broken value is reported, at its words, cited to the model clause, with the draft clause it was read from', () => {
    const r = checkDraft(broken, { date: DATE });
    const got = valueFindings(r.findings);
    expect(got.map(key).sort()).toEqual(expectedKeys);
    for (const [, to, , , id] of BREAKS) {
      const f = got.find((x) => x.facts?.['parameter'] === id);
      expect(f?.place?.line, id).toBe(lineOf(broken, to.replace(/\.$/, '')));
      expect(f?.facts).toMatchObject({ pairedBy: 'number', compared: 'value' });
    }
    const d = got.find((f) => f.facts?.['parameter'] === 'disagreement-deadline');
    expect(d?.message.ru).toMatch(/^Срок заявления о несогласии с оценкой: в проекте 10 раб\. дн\., в типовой методике 5 раб\. дн\. \(.*«Бағалау нәтижелерімен келіспеген жағдайда.*»\)\. Пункт 11 проекта сопоставлен с пунктом 11 типовой по номеру; сравнено только значение\.$/);
    expect(summaryOf(r.findings).message.ru).toContain('сравнены по 13 из 13 параметров, отличаются: 11, в пределах типовой: 2.');
    // The --alignment report counts them too (it has no clause-by-clause section to link them to).
    if (!r.comparison) throw new Error('no comparison');
    const md = alignmentMarkdown(r.comparison, 'broken.md', DATE, 'ru');
    expect(md).toContain('- параметров отличаются от типовой: 11 — Срок квартальной оценки (число следующего месяца) (5 п. 1 ч.); ');
    expect(md).not.toContain('](#m');
    expect(alignmentHtml(r.comparison, 'broken.md', DATE, 'en')).toMatch(/parameters depart from the model: 11 — Quarterly evaluation deadline/);
  });

  it('the same in the Markdown habits authors have: headings shifted, bold paragraphs, escaped numbers, nested lists, no headings at all', () => {
    const habits = { ...DIALECTS, 'no-headings': (md: string) => md.replace(/^#{1,6} /gm, '') };
    for (const [name, f] of Object.entries(habits)) {
      const ok = checkDraft(f(faithful), { date: DATE }).findings;
      expect(valueFindings(ok), name).toEqual([]);
      expect(summaryOf(ok).facts?.['values'], name).toMatchObject({ compared: 13, of: 13, differ: 0 });
      expect(valueFindings(checkDraft(f(broken), { date: DATE }).findings).map(key).sort(), name).toEqual(expectedKeys);
    }
  });

  it('the same in Word: automatic numbering «Глава %1.» / «%2.» / «%3)» written with the docx package', async () => {
    for (const [md, keys] of [[faithful, []], [broken, expectedKeys]] as const) {
      const d = docxToMarkdown(await wordDraft(md, { clauseRestart: 0, chapterText: 'Глава %1.' }));
      const fs = checkDraft(d.markdown, { date: DATE, source: { unit: 'paragraphs', of: d.paragraphOf, text: d.paragraphText } }).findings;
      expect(valueFindings(fs).map(key).sort()).toEqual(keys);
      const f = valueFindings(fs).find((x) => x.facts?.['parameter'] === 'retention');
      if (f) expect(d.paragraphText[f.place?.line ?? 0]).toMatch(/^13\. Документы, связанные с оценкой, .*одного года/);
    }
  }, 60_000);

  it('nothing is invented: several values, digits and words that differ, a clause that is about something else, a shifted numbering — not compared, and said so', () => {
    const several = faithful.replace('5 (пяти) рабочих дней', '5 (пяти) рабочих дней, а при нахождении в отпуске – 10 рабочих дней');
    const r1 = checkDraft(several, { date: DATE }).findings;
    expect(valueFindings(r1)).toEqual([]);
    expect(summaryOf(r1).message.ru).toContain('Срок заявления о несогласии с оценкой — в пункте 11 проекта несколько значений: 5, 10');
    const mismatch = checkDraft(faithful.replace('5 (пяти) рабочих дней', '5 (десяти) рабочих дней'), { date: DATE }).findings;
    expect(valueFindings(mismatch)).toEqual([]);
    expect(summaryOf(mismatch).facts?.['values']).toMatchObject({ compared: 12, notCompared: [{ parameter: 'disagreement-deadline', why: 'several', values: [5, 10] }] });
    const other = checkDraft(faithful.replace('хранятся в службе управления персоналом', 'ведутся службой управления персоналом'), { date: DATE }).findings;
    expect(valueFindings(other)).toEqual([]);
    expect(summaryOf(other).message.ru).toContain('Срок хранения документов — пункт 13 проекта не об этом');
  });

  // A clause added in chapter 3 shifts every number after it: clause 21 of the draft is the model's 20
  // (three working days to decide), 22 the model's 21 (ten days to hold the session), 24 the model's 23.
  const shift = (md: string): string => md.replace(/^(2[0-4])\. /gm, (_m, n: string) => `${Number(n) + 1}. `)
    .replace('21. Должностное лицо', '20. Калибровочная сессия созывается службой управления персоналом.\n\n21. Должностное лицо');
  const byContent = (fs: readonly Finding[]): string[] => valueFindings(fs).filter((f) => f.facts?.['pairedBy'] === 'content')
    .map((f) => `${String(f.facts?.['parameter'])} ${String(f.facts?.['draftClause'])}`).sort();

  it('the --alignment report\'s summary counts the clauses paired, in kk, ru and en (it read 0 / 0 though every clause was paired)', () => {
    const c = checkDraft(faithful, { date: DATE }).comparison;
    if (!c) throw new Error('no comparison');
    const ru = alignmentMarkdown(c, 'russian-model.md', DATE, 'ru');
    expect(ru).toContain('- пунктов типовой сопоставлено с пунктами проекта: 24 / 24\n- пунктов типовой не сопоставлено: 0 — нет\n- параметров отличаются от типовой: 0 — нет\n- пунктов проекта не сопоставлено: 0 — нет\n');
    expect(ru).not.toMatch(/: 0 \/ 0|соответствующих пунктов|слабых соответствий/);
    const kk = alignmentHtml(c, 'russian-model.md', DATE, 'kk');
    expect(kk).toContain('<li>жоба тармақтарымен сәйкестендірілген үлгі тармақтары: 24 / 24</li>');
    const en = alignmentHtml(c, 'russian-model.md', DATE, 'en');
    expect(en).toContain('<li>model clauses paired with draft clauses: 24 / 24</li>\n<li>model clauses not paired: 0 — none</li>');
    // No clause section: the wording was not compared.
    expect(en).not.toContain('<section');
    expect(c.matches.filter((m) => m.draft).map((m) => [m.model.number, m.draft?.number, m.pairedBy])).toEqual(Array.from({ length: 24 }, (_, i) => [i + 1, i + 1, 'number']));
  });

  it('a clause added: the clauses whose numbers moved are paired by what they say (subject and value), compared, and the shift is said', () => {
    const shifted = shift(broken);
    expect(shifted.match(/^\d+(?=\. )/gm)?.map(Number).slice(2)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    const r = checkDraft(shifted, { date: DATE }).findings;
    // The same findings as the draft that follows the model's numbering: the 7 calendar days to decide
    // are read from draft cl. 21 (the model's 20), the five days to hold the session from cl. 22 (the model's 21).
    expect(valueFindings(r).map(key).sort()).toEqual(expectedKeys);
    expect(byContent(r)).toEqual(['calibration-deadline 22', 'calibration-decision-deadline 21', 'calibration-minimum-members 21', 'protocol-upload-deadline 24']);
    const held = valueFindings(r).find((f) => f.facts?.['parameter'] === 'calibration-deadline');
    expect(held?.place?.line).toBe(lineOf(shifted, 'в течение пяти рабочих'));
    expect(held?.message.ru).toContain('Пункт 22 проекта сопоставлен с пунктом 21 типовой по содержанию (о чём он и какое в нём значение), а не по номеру: нумерация проекта здесь отличается от типовой; сравнено только значение.');
    expect(held?.message.en).toContain('Draft clause 22 is paired with model clause 21 by what it says (its subject and its value), not by number: the draft\'s numbering departs from the model\'s here');
    expect(held?.message.kk).toContain('Жобаның 22-тармағы Үлгілік әдістеменің 21-тармағымен мазмұны бойынша');
    const s = summaryOf(r);
    expect(s.message.ru).toContain('по номеру и главе (18 из 24; по содержанию ещё 3: пункт 21 проекта — пункт 20 типовой, пункт 22 проекта — пункт 21 типовой, пункт 24 проекта — пункт 23 типовой (нумерация проекта отличается от типовой);');
    expect(s.facts?.['structure']).toMatchObject({ pairedByNumber: 18, pairedByContent: [{ model: 20, draft: 21 }, { model: 21, draft: 22 }, { model: 23, draft: 24 }] });
    // The --alignment report lists every value compared, with the draft clause it was read from.
    const c = checkDraft(shifted, { date: DATE }).comparison;
    if (!c) throw new Error('no comparison');
    const md = alignmentMarkdown(c, 'shifted.md', DATE, 'ru');
    expect(md).toContain(`\n## Параметры\n`);
    expect(md).toContain(`- Срок проведения калибровочной сессии (21 п.): в пределах типовой — Проект: 5; Типовая методика: 10 · где прочитано: Проект п. 22 (строка ${lineOf(shifted, 'в течение пяти рабочих')})`);
    // Its summary counts the clauses as they were paired (it read «0 / 0» and «0 without a counterpart»).
    expect(md).toContain('- пунктов типовой сопоставлено с пунктами проекта: 21 / 24 (из них по содержанию: 3)\n- пунктов типовой не сопоставлено: 3 — п. 19; п. 22; п. 24\n');
    expect(md).toContain(`- пунктов проекта не сопоставлено: 4 — Проект п. 19 (строка ${lineOf(shifted, '19. ')}); Проект п. 20 (строка ${lineOf(shifted, '20. Калибровочная')}); Проект п. 23 (строка ${lineOf(shifted, '23. ')}); Проект п. 25 (строка ${lineOf(shifted, '25. ')})\n`);
    expect(md).not.toContain('пунктов проекта без аналога');
    expect(alignmentHtml(c, 'shifted.md', DATE, 'en')).toContain('<h2>Parameters</h2><ul><li class="deviates">');
    // The faithful draft shifted the same way: every value the same.
    const ok = checkDraft(shift(faithful), { date: DATE }).findings;
    expect(valueFindings(ok)).toEqual([]);
    expect(summaryOf(ok).facts?.['values']).toMatchObject({ compared: 13, differ: 0 });
    // With no chapters, one clause more: nothing is paired by number, every valued clause by content.
    const flat = checkDraft(shifted.replace(/^### Глава .*\n\n/gm, ''), { date: DATE }).findings;
    expect(valueFindings(flat).map(key).sort()).toEqual(expectedKeys);
    expect(summaryOf(flat).facts?.['structure']).toMatchObject({ pairedByNumber: 0 });
  });

  it('a clause removed and the rest renumbered: the values are read from the clauses that say them', () => {
    const removed = broken.replace(/^7\. .*\n\n/m, '').replace(/^(\d+)\. /gm, (m, n: string, at: number) => (at > broken.indexOf('### Глава 1') && Number(n) > 7 ? `${Number(n) - 1}. ` : m));
    const r = checkDraft(removed, { date: DATE }).findings;
    expect(r.filter((f) => f.ruleId === 'draft/numbering-gap')).toEqual([]);
    expect(valueFindings(r).map(key).sort()).toEqual(expectedKeys);
    const retention = valueFindings(r).find((f) => f.facts?.['parameter'] === 'retention');
    expect(retention?.facts).toMatchObject({ pairedBy: 'content', draftClause: 12 });
    expect(retention?.place?.line).toBe(lineOf(removed, 'в течение одного года'));
  });

  it('never guessed: two draft clauses that fit a model clause as well, or none — not compared, and said so', () => {
    // A clause added after the session's clause that speaks of the session and days as well: which of
    // draft cl. 22 and 23 is the model's 21 cannot be told.
    const two = shift(broken).replace('23. Служба управления персоналом организует', '23. Заседание калибровочной сессии длится не более двух рабочих дней.\n\n23. Служба управления персоналом организует')
      .replace(/^(2[3-5])\. (?!Заседание)/gm, (_m, n: string) => `${Number(n) + 1}. `);
    expect(two.match(/^\d+(?=\. )/gm)?.map(Number).slice(2)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    const r = checkDraft(two, { date: DATE }).findings;
    expect(valueFindings(r).map((f) => f.facts?.['parameter'])).not.toContain('calibration-deadline');
    expect(byContent(r)).toEqual(['calibration-decision-deadline 21', 'calibration-minimum-members 21', 'protocol-upload-deadline 25']);
    expect(summaryOf(r).message.ru).toContain('Срок проведения калибровочной сессии — пункты главы 3 проекта 19–26, в типовой 19–24; по содержанию одинаково подходят несколько пунктов проекта: 22, 23');
    expect(summaryOf(r).message.en).toContain('by what they say, several draft clauses fit as well: 22, 23');
    // The session's clause gone altogether: nothing else speaks of it.
    const none = shift(broken).replace(/^22\. Калибровочная сессия проводится.*\n\n/m, '');
    const r2 = checkDraft(none, { date: DATE }).findings;
    expect(valueFindings(r2).map((f) => f.facts?.['parameter'])).not.toContain('calibration-deadline');
    expect(summaryOf(r2).message.ru).toMatch(/Срок проведения калибровочной сессии — [^;]*; по содержанию тоже не найден/);
  });

  it('the draft in Russian that does not follow the model\'s numbering (cases/russian.md): nothing paired by number; its cl. 3 (the twentieth day) by what it says; no value finding', () => {
    const r = checkDraft(readFileSync(join(import.meta.dirname, 'cases/russian.md'), 'utf8'), { date: DATE }).findings;
    expect(valueFindings(r)).toEqual([]);
    expect(summaryOf(r).facts?.['values']).toMatchObject({ compared: 1, of: 13 });
    expect(summaryOf(r).facts?.['structure']).toMatchObject({ pairedByNumber: 0, pairedByContent: [{ model: 5, draft: 3 }] });
  });
});

describe('a Russian order and methodology are read as the Kazakh ones', () => {
  it('«ПРИКАЗЫВАЮ:» and its variants, a maslikhat\'s «РЕШИЛ:», an akimat\'s «ПОСТАНОВЛЯЕТ:» are the operative words; «В соответствии с …» the legal basis', () => {
    for (const words of ['ПРИКАЗЫВАЮ:', 'ПРИКАЗЫВАЮ :', 'приказываю:', 'Приказываю:', 'П Р И К А З Ы В А Ю:', 'РЕШИЛ:', 'ПОСТАНОВЛЯЕТ:', 'ПОСТАНОВЛЯЮ:']) {
      const act = checkDraft(faithful.replace('ПРИКАЗЫВАЮ:', words), { date: DATE }).act;
      expect(act.operativeMarker?.text, words).toMatch(/^В соответствии с пунктом 5 статьи 33/);
      expect(act.legalBasis, words).toBe(act.operativeMarker);
      expect(act.operative.map((p) => p.number), words).toEqual([1, 2]);
    }
    // On a line of its own, as many authors type it.
    const own = checkDraft(faithful.replace(' ПРИКАЗЫВАЮ:', '\n\nПРИКАЗЫВАЮ:'), { date: DATE }).act;
    expect(own.operativeMarker?.text).toBe('ПРИКАЗЫВАЮ:');
    expect(own.legalBasis?.text).toMatch(/^В соответствии с/);
    // «решил» in small letters without the colon is a word of the text.
    expect(checkDraft(faithful.replace('ПРИКАЗЫВАЮ:', 'и руководство решил бы'), { date: DATE }).act.operativeMarker).toBeNull();
  });

  it('a methodology alone, titled «Методика оценки …» as a heading, in bold or as its first paragraph: its clauses are the methodology\'s, compared with the model', () => {
    const alone = faithful.slice(faithful.indexOf('## Методика')).replace(/^## Методика/, '# Методика');
    const forms = {
      heading: alone,
      bold: alone.replace(/^# (.*)$/m, '**$1**'),
      paragraph: alone.replace(/^# /m, ''),
      // Without chapters (the count of clauses is the structure that is left).
      'paragraph, no chapters': alone.replace(/^# /m, '').replace(/^### Глава .*\n\n/gm, ''),
    };
    for (const [name, md] of Object.entries(forms)) {
      const r = checkDraft(md, { date: DATE });
      expect(r.act.title, name).toBeNull();
      expect(r.act.operative, name).toEqual([]);
      expect(r.act.documents[0]?.title?.text, name).toMatch(/^Методика оценки деятельности/);
      expect(r.act.documents[0]?.clauses.length, name).toBe(24);
      expect(summaryOf(r.findings).facts?.['values'], name).toMatchObject({ compared: 13, differ: 0 });
    }
    // «Об утверждении Методики …» is the order's title, not the methodology's.
    expect(checkDraft(faithful, { date: DATE }).act.title?.text).toMatch(/^Об утверждении Методики/);
  });
});

const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!hasSoffice)('a Russian draft made DOCX by LibreOffice from an OpenDocument text', () => {
  it('LibreOffice\'s own list numbering read back: the faithful draft gives no value finding, the broken one the same findings as its Markdown', () => {
    const dir = tempDir('bagalau-ru-lo-');
    writeFileSync(join(dir, 'faithful.fodt'), markdownToFodt(faithful));
    writeFileSync(join(dir, 'broken.fodt'), markdownToFodt(broken));
    const r = spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'docx:MS Word 2007 XML', '--outdir', dir,
      join(dir, 'faithful.fodt'), join(dir, 'broken.fodt')], { encoding: 'utf8', timeout: 280_000 });
    if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
    for (const [name, keys] of [['faithful', []], ['broken', expectedKeys]] as const) {
      const d = docxToMarkdown(new Uint8Array(readFileSync(join(dir, `${name}.docx`))));
      const fs = checkDraft(d.markdown, { date: DATE, source: { unit: 'paragraphs', of: d.paragraphOf, text: d.paragraphText } }).findings;
      expect(valueFindings(fs).map(key).sort(), name).toEqual(keys);
      expect(summaryOf(fs).facts?.['structure'], name).toMatchObject({ pairedByNumber: 24 });
    }
  }, 300_000);
});
