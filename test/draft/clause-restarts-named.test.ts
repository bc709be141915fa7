/**
 * A KAZAKH draft whose clauses are numbered again in each chapter (Word's default for a multilevel list):
 * «3-тармақ» is then in several chapters. Before, its findings named a clause by its bare number
 * («clause 16», «after draft cl. 3», facts `draftClause: 2` with no chapter), and its references were
 * resolved by the number alone: «5-тармағында» written in chapter 3 passed because chapter 1 has a clause 5,
 * «2-тараудың 5-тармағында» passed although chapter 2 has two clauses, and «осы тараудың 2-тармағында» was
 * a self-reference of «2-тармақ» with no chapter said. Now every finding that names a draft clause names it
 * with its chapter (as the Russian path does) and its facts carry the chapter; a reference is resolved by
 * the chapter it names, or, naming none, only where the number leaves no doubt, and is otherwise said to
 * be ambiguous (`draft/reference-ambiguous`), never checked against a guess. A draft numbered through keeps
 * today's findings word for word.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/draft/check.js';
import { docxToMarkdown } from '../../src/draft/docx.js';
import type { Finding } from '../../src/law/finding.js';
import { edit, restarted } from './restarted.js';
import { wordDraft } from './word-author.js';

const kk = readFileSync(join(import.meta.dirname, 'cases/faithful.md'), 'utf8');
const ru = readFileSync(join(import.meta.dirname, 'cases/russian-model.md'), 'utf8');
const DATE = '2026-01-15';

/**
 * Findings that name a draft clause: a sub-clause skipped in clause 16 (chapter 1), the session's size
 * departing in clause 20 (chapter 3's 2nd), model cl. 22 removed (its place after chapter 3's 3rd).
 */
const defects = (md: string): string => edit(edit(edit(md,
  '2) қажет болған жағдайда', '3) қажет болған жағдайда'),
  'саны үштен кем болмауы', 'саны екіден кем болмауы'),
  /^(\d+)\. Персоналды басқару қызметі калибрлеу сессиясының қызметін ұйымдастырады\.\n\n/mu, '');

/** References written into chapter 3's 2nd clause (cl. 20 numbered through). */
const REFERENCES = 'Осы Әдістеменің 5-тармағында, 2-тараудың 5-тармағында, осы тараудың 2-тармағында, 2-тарауының 2-тармағында, 1-тараудың 16-тармағының 7) тармақшасында, 2-тармағының 1) тармақшасында, 12-тармағында көрсетілген.';
const withReferences = (md: string): string => edit(md, 'Нақты калибрлеу сессиясының құрамына бағамен', `${REFERENCES} Нақты калибрлеу сессиясының құрамына бағамен`);

const of = (fs: readonly Finding[], ...ids: string[]): Finding[] => fs.filter((f) => ids.includes(f.ruleId));
const lineOf = (md: string, text: string): number => md.split('\n').findIndex((l) => l.includes(text)) + 1;

describe('a Kazakh draft numbered again in each chapter: findings name a clause with its chapter', () => {
  it('a sub-clause gap, a value departing, a provision missing: the clause with its chapter in kk/ru/en, the chapter in the facts', () => {
    const md = defects(restarted(kk));
    const fs = checkDraft(md, { date: DATE }).findings;
    const gap = of(fs, 'draft/numbering-gap').find((f) => f.facts?.['series'] === 'subclause');
    expect(gap?.message).toEqual({
      kk: 'тармақша нөмірлеуінде бос орын: 2 жоқ, 3 келеді (жобаның 1-тарауының 16-тармағы)',
      ru: 'подпункт: пропуск в нумерации, нет 2, далее 3 (пункт 16 главы 1)',
      en: 'sub-clause numbering skips 2: 3 follows 1 (clause 16 of chapter 1)',
    });
    expect(gap?.facts).toMatchObject({ clause: 16, chapter: 1 });
    const dev = of(fs, 'draft/model-parameter-deviation');
    expect(dev.map((f) => [f.cite?.clause, f.facts?.['draftClause'], f.facts?.['draftChapter'], f.place?.line])).toEqual([['Annex 2 cl. 20 pt. 3', 2, 3, lineOf(md, 'саны екіден кем')]]);
    const missing = of(fs, 'draft/model-provision-missing');
    expect(missing).toHaveLength(1);
    expect(missing[0]?.facts).toMatchObject({ modelClause: 22, afterDraftClause: 3, afterDraftChapter: 3 });
    expect(missing[0]?.message.en).toMatch(/^The draft has no provision matching model clause 22 \(its place: after draft cl\. 3 of chapter 3\)/);
    expect(missing[0]?.message.ru).toMatch(/\(место — после пункта 3 главы 3 проекта\)/u);
    expect(missing[0]?.message.kk).toMatch(/\(жобаның 3-тарауының 3-тармағынан кейін болуы тиіс\)/u);
    // the clause removed from chapter 3 is a gap in chapter 3, said with its chapter (a restart repeats no number)
    expect(of(fs, 'draft/numbering-duplicate').filter((f) => f.facts?.['series'] === 'clause')).toEqual([]);
    const skip = of(fs, 'draft/numbering-gap').find((f) => f.facts?.['series'] === 'clause');
    expect(skip?.message.en).toBe('clause numbering skips 4: 5 follows 3 (chapter 3)');
    expect(skip?.facts).toEqual({ series: 'clause', expected: 4, found: 5, chapter: 3 });
    // and nothing is named by a bare number: no finding names a clause without its chapter
    for (const f of of(fs, 'draft/numbering-gap', 'draft/model-parameter-deviation', 'draft/model-provision-missing')) {
      expect(JSON.stringify(f.facts)).toMatch(/[Cc]hapter/);
    }
  });

  it('a form value worded apart from its clause (samples/drafts/enum-mismatch.md, chapter 2 numbered again): the clause with its chapter; numbered through, as before', () => {
    const sample = readFileSync(join(import.meta.dirname, '../../samples/drafts/enum-mismatch.md'), 'utf8');
    const md = edit(edit(sample, /^3\. /mu, '1. '), /^4\. /mu, '2. ');
    const [e, ...more] = of(checkDraft(md, { date: DATE, model: false }).findings, 'draft/enum-mismatch');
    expect(more).toEqual([]);
    expect(e?.message).toEqual({
      kk: '2-қосымшадағы «тиімдірек атқарады» мәні жобаның 2-тарауының 1-тармағындағы «тиімді атқарады» мәнінен өзгеше жазылған',
      ru: 'Значение «тиімдірек атқарады» в приложении 2 записано иначе, чем «тиімді атқарады» в пункте 1 главы 2',
      en: 'Appendix 2 writes «тиімдірек атқарады» where clause 1 of chapter 2 defines «тиімді атқарады»',
    });
    expect(e?.facts).toMatchObject({ clause: 1, chapter: 2 });
    const through = of(checkDraft(sample, { date: DATE, model: false }).findings, 'draft/enum-mismatch');
    expect(through.map((f) => [f.message.en, f.facts?.['clause'], f.facts && 'chapter' in f.facts])).toEqual([['Appendix 2 writes «тиімдірек атқарады» where clause 3 defines «тиімді атқарады»', 3, false]]);
  });

  it('the alignment report reads a value from the clause of its chapter, not the first clause of that number', async () => {
    const { alignmentMarkdown } = await import('../../src/draft/alignment-report.js');
    const md = defects(restarted(kk));
    const r = checkDraft(md, { date: DATE });
    const report = alignmentMarkdown(r.comparison!, 'draft.md', DATE, 'en');
    const line = report.split('\n').find((l) => l.startsWith('- Minimum members of a calibration session'));
    // read from chapter 3's clause 2 (cl. 20 counted through), not chapter 1's clause 2
    expect(line).toMatch(new RegExp(`Draft cl\\. 2 \\((?:at )?line ${lineOf(md, '2. "Б" корпусының мемлекеттік әкімшілік қызметшісін мемлекеттік лауазымға')}\\)`));
  });

  it('numbered through: the same defects give today\'s findings word for word (a sub-clause\'s clause named in the message\'s own language)', () => {
    const fs = checkDraft(defects(kk), { date: DATE }).findings;
    expect(of(fs, 'draft/numbering-gap').map((f) => f.message.en)).toEqual(['sub-clause numbering skips 2: 3 follows 1 (clause 16)', 'clause numbering skips 22: 23 follows 21']);
    expect(of(fs, 'draft/numbering-gap')[0]?.facts).toEqual({ series: 'subclause', expected: 2, found: 3 });
    expect(of(fs, 'draft/model-parameter-deviation')[0]?.facts).toEqual({ parameter: 'calibration-minimum-members', expected: 3, found: 2, compare: 'atLeast', draftClause: 20 });
    const missing = of(fs, 'draft/model-provision-missing')[0];
    expect(missing?.message.en).toMatch(/^The draft has no provision matching model clause 22 \(its place: after draft cl\. 21\)/);
    expect(missing?.facts).toEqual({ modelClause: 22, bestScore: 0.3, afterDraftClause: 21 });
  });
});

describe('a Kazakh draft numbered again in each chapter: references', () => {
  const refs = (fs: readonly Finding[]): Finding[] => of(fs, 'draft/reference-ambiguous', 'draft/clause-missing', 'draft/reference-self', 'draft/subclause-missing');

  it('resolved by the chapter named, or by a number only one chapter has; ambiguous otherwise — never checked against a guess', () => {
    const md = withReferences(restarted(kk));
    const got = refs(checkDraft(md, { date: DATE }).findings);
    const line = lineOf(md, REFERENCES);
    expect(got.map((f) => [f.ruleId, f.severity, f.place?.line, f.facts])).toEqual([
      ['draft/reference-ambiguous', 'warning', line, { clause: 5, chapters: [1, 3], from: 2, fromChapter: 3 }],
      ['draft/clause-missing', 'error', line, { clause: 5, chapter: 2, lastClause: 6 }],
      ['draft/reference-self', 'error', line, { clause: 2, chapter: 3 }],
      ['draft/subclause-missing', 'error', line, { clause: 16, chapter: 1, subClause: 7, subClauses: [1, 2, 3, 4] }],
      ['draft/reference-ambiguous', 'warning', line, { clause: 2, chapters: [1, 2, 3], from: 2, fromChapter: 3 }],
    ]);
    const [amb, missing, self, sub, amb2] = got;
    expect(amb?.message.en).toBe('«5-тармағында» does not say which clause it means: the clauses are numbered again in each chapter, and there is a clause 5 in chapters 1 and 3. A reference naming no chapter is read as its own chapter\'s clause only when that clause is also clause 5 counted through the methodology; here it is not, so the reference was not checked: name the chapter («clause 5 of chapter 1») or number the clauses through the methodology');
    expect(amb?.message.kk).toMatch(/^«5-тармағында» сілтемесі қай тармақты меңзейтінін айтпайды: тармақтар әр тарауда қайтадан нөмірленген, ал 5-тармақ 1 және 3-тарауларда бар\. .*тарауын атаңыз \(«1-тараудың 5-тармағы»\)/u);
    expect(amb?.message.ru).toMatch(/^Ссылка «5-тармағында» не говорит, какой пункт имеется в виду: .*а пункт 5 есть в главах 1 и 3\. .*укажите главу \(«пункт 5 главы 1»\)/u);
    expect(missing?.message).toEqual({
      kk: '«2-тараудың 5-тармағында» сілтемесі жобаның 2-тарауының 5-тармағына нұсқайды, ал ондай тармақ жоқ',
      ru: 'Ссылка «2-тараудың 5-тармағында» указывает на несуществующий пункт 5 главы 2',
      en: '«2-тараудың 5-тармағында» refers to clause 5 of chapter 2, which does not exist',
    });
    expect(self?.message).toEqual({
      kk: 'Жобаның 3-тарауының 2-тармағы өзіне-өзі сілтеме жасайды: «осы тараудың 2-тармағында»',
      ru: 'Пункт 2 главы 3 ссылается сам на себя: «осы тараудың 2-тармағында»',
      en: 'Clause 2 of chapter 3 refers to itself: «осы тараудың 2-тармағында»',
    });
    expect(sub?.message.en).toBe('«1-тараудың 16-тармағының 7) тармақшасында» refers to sub-clause 7) of clause 16 of chapter 1, which does not exist');
    expect(sub?.message.kk).toBe('«1-тараудың 16-тармағының 7) тармақшасында» сілтемесі жобаның 1-тарауының 16-тармағында жоқ 7) тармақшаға нұсқайды');
    expect(amb2?.message.en).toMatch(/there is a clause 2 in chapters 1, 2 and 3 \(one of them is the referring clause itself\)\./);
  });

  it('the references a faithful draft makes (cl. 7 «5-тармақта» in chapter 1, cl. 19 and 21 «11-тармағында» in chapter 3) are resolved: nothing is said', () => {
    expect(refs(checkDraft(restarted(kk), { date: DATE }).findings)).toEqual([]);
    // chapter 1's «5-тармақта» is chapter 1's clause 5 (also the 5th counted through); moved to chapter 3 it is ambiguous
    const moved = edit(restarted(kk), 'қатысуынсыз 5-тармақта көрсетілген', 'қатысуынсыз');
    const inCh3 = edit(moved, 'Нақты калибрлеу сессиясының құрамына бағамен', 'Бағалау 5-тармақта көрсетілген мерзімде жүргізіледі. Нақты калибрлеу сессиясының құрамына бағамен');
    expect(refs(checkDraft(inCh3, { date: DATE }).findings).map((f) => [f.ruleId, f.facts?.['chapters']])).toEqual([['draft/reference-ambiguous', [1, 3]]]);
  });

  it('numbered through: the same references give today\'s findings word for word (the chapter named is not read)', () => {
    const got = refs(checkDraft(withReferences(kk), { date: DATE }).findings);
    expect(got.map((f) => [f.ruleId, f.message.en, f.facts])).toEqual([
      ['draft/subclause-missing', '«16-тармағының 7) тармақшасында» refers to sub-clause 7) of clause 16, which does not exist', { clause: 16, subClause: 7, subClauses: [1, 2, 3, 4] }],
      ['draft/subclause-missing', '«2-тармағының 1) тармақшасында» refers to sub-clause 1) of clause 2, which does not exist', { clause: 2, subClause: 1, subClauses: [] }],
    ]);
    const self = refs(checkDraft(edit(kk, 'Нақты калибрлеу сессиясының құрамына бағамен', '20-тармақта көрсетілген. Нақты калибрлеу сессиясының құрамына бағамен'), { date: DATE }).findings);
    expect(self.map((f) => f.message)).toEqual([{ kk: '20-тармақ өзіне-өзі сілтеме жасайды: «20-тармақта»', ru: 'Пункт 20 ссылается сам на себя: «20-тармақта»', en: 'Clause 20 refers to itself: «20-тармақта»' }]);
  });

  it('Russian: «пункте 5 главы 2» and «пунктом 2 настоящей главы» are read with their chapter', () => {
    const md = edit(restarted(ru), '3. Калибровочная сессия проводится в течение десяти рабочих дней',
      '3. В случаях, указанных в пункте 5 главы 2 и пунктом 3 настоящей главы, калибровочная сессия проводится в течение десяти рабочих дней');
    const got = refs(checkDraft(md, { date: DATE }).findings);
    expect(got.map((f) => [f.ruleId, f.message.ru, f.facts])).toEqual([
      ['draft/clause-missing', 'Ссылка «пункте 5 главы 2» указывает на несуществующий пункт 5 главы 2', { clause: 5, chapter: 2, lastClause: 6 }],
      ['draft/reference-self', 'Пункт 3 главы 3 ссылается сам на себя: «пунктом 3 настоящей главы»', { clause: 3, chapter: 3 }],
    ]);
  });
});

describe('a Kazakh draft numbered again in each chapter, in Word (the clause level restarts after each chapter, Word\'s default)', () => {
  it('the same findings, each clause named with its chapter, as the Markdown draft numbered again', async () => {
    // Word numbers the list itself: the value departs and the references are written in; no number is typed.
    const size = (md: string): string => edit(md, 'саны үштен кем болмауы', 'саны екіден кем болмауы');
    const d = docxToMarkdown(await wordDraft(withReferences(size(kk)), {}));
    const word = checkDraft(d.markdown, { date: DATE, source: { unit: 'paragraphs', of: d.paragraphOf, text: d.paragraphText } }).findings;
    const md = checkDraft(withReferences(size(restarted(kk))), { date: DATE }).findings;
    const key = (f: Finding): string => `${f.ruleId} ${f.message.en.replace(/ \[paragraph \d+: «.*»\]$/u, '').replace(/\(first (?:at line|in paragraph) \d+\)/u, '(first …)')}`;
    const ids = ['draft/reference-ambiguous', 'draft/clause-missing', 'draft/reference-self', 'draft/subclause-missing', 'draft/model-parameter-deviation', 'draft/model-provision-missing', 'draft/numbering-gap', 'draft/numbering-duplicate'];
    expect(of(word, ...ids).map(key).sort()).toEqual(of(md, ...ids).map(key).sort());
    expect(of(word, 'draft/reference-ambiguous')).toHaveLength(2);
    expect(of(word, 'draft/model-parameter-deviation').map((f) => [f.facts?.['draftClause'], f.facts?.['draftChapter']])).toEqual([[2, 3]]);
    expect(of(word, 'draft/reference-self')[0]?.message.en).toMatch(/^Clause 2 of chapter 3 refers to itself: «осы тараудың 2-тармағында» \[paragraph \d+: «Осы Әдістеменің 5-тармағында, 2-тараудың 5-тармағында/u);
  }, 60_000);
});
