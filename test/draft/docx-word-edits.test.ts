/**
 * Word files as authors leave them after editing (issue: methodology authors' drafts written in Word by
 * other hands), built in the test as Word stores them (`./word-author.ts`, then the parts Word writes):
 * - a multilevel list made from a list style: the abstract numbering the paragraphs use holds no levels,
 *   only `w:numStyleLink` to the style whose list holds them. Its numbers were dropped: no chapter, no
 *   clause, and a faithful draft got «clause 11 does not exist», «no provision matching model clause 4»…;
 * - a grade scale as a Word table with merged cells: «Балл» across «бастап | дейін» above them (gridSpan,
 *   vMerge), or a caption row across the table. The header was taken to be one row, the table refused, and
 *   a faithful draft told it «does not state» model cl. 8 (a changed band went unseen).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/draft/check.js';
import { docxDraft, docxToMarkdown } from '../../src/draft/docx.js';
import { wordDraft } from './word-author.js';

const cases = join(import.meta.dirname, 'cases');
const DATE = '2026-01-15';
const kk = readFileSync(join(cases, 'faithful.md'), 'utf8');
const ru = readFileSync(join(cases, 'russian-model.md'), 'utf8');

/** One part of a Word file changed as Word would write it; the change must take. */
function edit(bytes: Uint8Array, part: string, f: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  const xml = strFromU8(files[part] as Uint8Array);
  const changed = f(xml);
  expect(changed, part).not.toBe(xml);
  files[part] = strToU8(changed);
  return zipSync(files);
}

function check(bytes: Uint8Array) {
  // as `draft check`, the library and the web page read a Word file (docxDraft), with what the text is in it
  const d = docxToMarkdown(bytes);
  const r = checkDraft(d.markdown, { date: DATE, source: docxDraft(bytes).source });
  return { d, r, findings: r.findings.map((f) => `${f.severity} ${f.ruleId} ${f.cite?.clause ?? ''} ¶${f.place?.line}`) };
}

/**
 * The methodology's list («N-тарау. / N. / N)», abstract 3 of the `docx` package) made from a list style
 * «Әдістеме тізімі» as Word writes one: abstract 3 keeps only the link, the levels move to abstract 9 that
 * the style defines, and the style's own num (10) uses it.
 */
function asListStyle(bytes: Uint8Array): Uint8Array {
  const numbered = edit(bytes, 'word/numbering.xml', (xml) => xml
    .replace(/<w:abstractNum w:abstractNumId="3"([^>]*)>((?:(?!<\/w:abstractNum>).)*)<\/w:abstractNum>/s, (_m, at: string, levels: string) =>
      `<w:abstractNum w:abstractNumId="3"${at}><w:multiLevelType w:val="multilevel"/><w:numStyleLink w:val="MethodList"/></w:abstractNum>`
      + `<w:abstractNum w:abstractNumId="9"><w:multiLevelType w:val="multilevel"/><w:styleLink w:val="MethodList"/>${levels.replace(/<w:multiLevelType[^>]*\/>/, '')}</w:abstractNum>`)
    .replace('</w:numbering>', '<w:num w:numId="10"><w:abstractNumId w:val="9"/></w:num></w:numbering>'));
  return edit(numbered, 'word/styles.xml', (xml) => xml.replace('</w:styles>',
    '<w:style w:type="numbering" w:styleId="MethodList"><w:name w:val="Әдістеме тізімі"/><w:pPr><w:numPr><w:numId w:val="10"/></w:numPr></w:pPr></w:style></w:styles>'));
}

describe('a multilevel list made from a list style (w:numStyleLink)', () => {
  it('numbers chapters, clauses and sub-clauses as Word shows them: the faithful draft has no finding; a departure is found at its clause', async () => {
    const { d, r, findings } = check(asListStyle(await wordDraft(kk, { clauseRestart: 0 })));
    expect(r.act.documents[0]?.chapters.map((c) => c.number)).toEqual([1, 2, 3]);
    expect(r.act.documents[0]?.clauses.map((c) => c.number)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(d.paragraphText).toContain('2-тарау. "Б" корпусының мемлекеттік әкімшілік қызметшілерін бағалау тәртібі');
    expect(findings).toEqual([]);
    const bad = check(asListStyle(await wordDraft(kk.replace('бес жұмыс күні ішінде "Б"', 'он жұмыс күні ішінде "Б"'), { clauseRestart: 0 })));
    expect(bad.findings).toHaveLength(1);
    expect([bad.r.findings[0]?.severity, bad.r.findings[0]?.ruleId, bad.r.findings[0]?.cite?.clause]).toEqual(['error', 'draft/model-parameter-deviation', 'Annex 2 cl. 11']);
    expect(bad.d.paragraphText[bad.r.findings[0]?.place?.line ?? 0]).toMatch(/^11\. Бағалау нәтижелерімен келіспеген .*он жұмыс күні/);
  }, 60_000);

  it('Russian: «Глава N.» chapters and clauses paired by number, as with the list written directly', async () => {
    const direct = check(await wordDraft(ru, { clauseRestart: 0, chapterText: 'Глава %1.' }));
    const styled = check(asListStyle(await wordDraft(ru, { clauseRestart: 0, chapterText: 'Глава %1.' })));
    expect(styled.r.act.documents[0]?.chapters.map((c) => c.number)).toEqual(direct.r.act.documents[0]?.chapters.map((c) => c.number));
    expect(styled.r.act.documents[0]?.clauses.length).toBeGreaterThan(20);
    expect(styled.r.act.documents[0]?.clauses.map((c) => c.number)).toEqual(direct.r.act.documents[0]?.clauses.map((c) => c.number));
    expect(styled.r.findings.map((f) => [f.ruleId, f.message.en])).toEqual(direct.r.findings.map((f) => [f.ruleId, f.message.en]));
  }, 60_000);
});

type Cell = { t: string; span?: number; merge?: 'restart' | 'continue' };
/** A Word table: `w:gridSpan` for a cell across columns, `w:vMerge` for one down rows (the cells below it are empty, marked «continue»). */
const table = (rows: Cell[][]): string => `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/></w:tblPr><w:tblGrid><w:gridCol w:w="5000"/><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>${rows.map((r) => `<w:tr>${r.map((c) => `<w:tc><w:tcPr>${c.span ? `<w:gridSpan w:val="${c.span}"/>` : ''}${c.merge ? `<w:vMerge${c.merge === 'restart' ? ' w:val="restart"' : ''}/>` : ''}</w:tcPr><w:p><w:r><w:t xml:space="preserve">${c.t}</w:t></w:r></w:p></w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`;

const KK_BANDS = /^"Функционалдық міндеттерін тиімді атқарады" нәтижесіне 4-тен.*$/m;
const RU_BANDS = /^Результату «эффективно» соответствует.*$/m;
const langs = {
  kk: { md: kk, re: KK_BANDS, intro: 'Бағалау нәтижелеріне мынадай бағалар диапазоны сәйкес келеді:', head: ['Бағалау нәтижесі', 'Балл', 'бастап', 'дейін'], caption: 'Бағалау шкаласы', names: ['тиімді атқарады', 'тиісті түрде атқарады', 'қанағаттанарлық түрде атқарады', 'қанағаттанарлықсыз түрде атқарады'] },
  ru: { md: ru, re: RU_BANDS, intro: 'Результатам оценки соответствуют следующие диапазоны оценок:', head: ['Результат оценки', 'Баллы', 'от', 'до'], caption: 'Шкала оценок', names: ['эффективно', 'надлежаще', 'удовлетворительно', 'неудовлетворительно'] },
} as const;
const BOUNDS = [['4', '5'], ['3', '3,99'], ['2', '2,99'], ['0', '1,99']];

/** The draft in Word with its bands as a table of «from» and «to» columns under a merged header. */
async function withBandTable(lang: keyof typeof langs, header: 'merged' | 'caption', bounds = BOUNDS): Promise<Uint8Array> {
  const l = langs[lang];
  const md = l.md.replace(l.re, `${l.intro}\n\n| x | y | z |\n|---|---|---|\n| x | y | z |`);
  expect(md).not.toBe(l.md);
  const [name, score, from, to] = l.head;
  const head: Cell[][] = header === 'merged'
    ? [[{ t: name, merge: 'restart' }, { t: score, span: 2 }], [{ t: '', merge: 'continue' }, { t: from }, { t: to }]]
    : [[{ t: l.caption, span: 3 }], [{ t: name }, { t: from }, { t: to }]];
  const body = l.names.map((n, i) => [{ t: n }, { t: bounds[i]?.[0] ?? '' }, { t: bounds[i]?.[1] ?? '' }]);
  const bytes = await wordDraft(md, { clauseRestart: 0, ...(lang === 'ru' ? { chapterText: 'Глава %1.' } : {}) });
  return edit(bytes, 'word/document.xml', (xml) => xml.replace(/<w:tbl>(?:(?!<\/w:tbl>).)*>x<(?:(?!<\/w:tbl>).)*<\/w:tbl>/s, table([...head, ...body])));
}

describe('a grade scale as a Word table with merged cells', () => {
  for (const lang of ['kk', 'ru'] as const) {
    for (const header of ['merged', 'caption'] as const) {
      it(`${lang}, ${header === 'merged' ? '«score» merged across «from | to», the name merged down' : 'a caption row across the table'}: the bands are read from it; a changed band is found, cited to model cl. 8`, async () => {
        const ok = check(await withBandTable(lang, header));
        expect(ok.d.markdown).toContain(`| ${langs[lang].names[0]} | 4 | 5 |`);
        expect(ok.r.comparison?.parameters.find((p) => p.parameter.id === 'grade-bands')).toMatchObject({ status: 'same', found: [[4, 5], [3, 3.99], [2, 2.99], [0, 1.99]] });
        expect(ok.findings.filter((f) => !f.includes('draft/model-language'))).toEqual([]);
        const bad = check(await withBandTable(lang, header, [['3,5', '5'], ...BOUNDS.slice(1)]));
        const bands = bad.r.findings.filter((f) => f.facts?.['parameter'] === 'grade-bands');
        expect(bands.map((f) => [f.severity, f.ruleId, f.cite?.clause, f.facts?.['found']])).toEqual([['error', 'draft/model-parameter-deviation', 'Annex 2 cl. 8', [[3.5, 5], [3, 3.99], [2, 2.99], [0, 1.99]]]]);
        // the overlap the changed band makes is reported in the table too
        expect(bad.findings.filter((f) => f.includes('draft/band-overlap'))).toHaveLength(1);
      }, 60_000);
    }
  }
});

const MARK = 'w:author="Айгүл Серікқызы" w:date="2026-11-30T10:00:00Z"';
/** Clause 11's «бес» (five) edited with Track Changes on: `from` deleted, `to` inserted; optionally a comment on it. */
async function tracked(from: string, to: string, comment = false): Promise<Uint8Array> {
  const md = kk.replace('бес жұмыс күні ішінде "Б"', 'ӨЗГЕРІС жұмыс күні ішінде "Б"');
  expect(md).not.toBe(kk);
  return edit(await wordDraft(md, { clauseRestart: 0 }), 'word/document.xml', (xml) => xml.replace(/ӨЗГЕРІС/, () =>
    `</w:t></w:r>${comment ? '<w:commentRangeStart w:id="0"/>' : ''}<w:del w:id="1" ${MARK}><w:r><w:delText>${from}</w:delText></w:r></w:del><w:ins w:id="2" ${MARK}><w:r><w:t>${to}</w:t></w:r></w:ins>`
    + `${comment ? '<w:commentRangeEnd w:id="0"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r>' : ''}<w:r><w:t xml:space="preserve">`));
}

describe('tracked changes left unaccepted, and comments', () => {
  it('the text checked is the text with the changes accepted, and the file is said to hold them, at the paragraph of the first', async () => {
    // «он» (ten) replaced by «бес» (five): accepted, the draft says the model's five days — no departure.
    const back = check(await tracked('он', 'бес'));
    expect(back.d.paragraphText.find((t) => t.startsWith('11. '))).toMatch(/бес жұмыс күні ішінде/);
    const notice = back.r.findings.filter((f) => f.ruleId === 'draft/unaccepted-changes');
    expect(back.findings).toEqual([`warning draft/unaccepted-changes  ¶${notice[0]?.place?.line}`]);
    expect(back.d.paragraphText[notice[0]?.place?.line ?? 0]).toMatch(/^11\. Бағалау нәтижелерімен келіспеген/);
    expect(notice[0]?.facts).toMatchObject({ insertions: 1, deletions: 1, moves: 0, formatting: 0, comments: 0 });
    expect(notice[0]?.message.kk).toMatch(/^Word файлында қабылданбаған түзетулер қалды \(1 кірістіру, 1 жою\): жоба барлық түзетулер қабылданған күйінде тексерілді/);
    expect(notice[0]?.message.ru).toMatch(/^В файле Word остались непринятые исправления \(1 вставка, 1 удаление\): проект проверен в том виде, какой он примет, когда все исправления будут приняты/);
    expect(notice[0]?.message.en).toMatch(/^The Word file holds tracked changes not yet accepted \(1 insertion, 1 deletion\): the draft was checked as it will read once every change is accepted/);
    // «бес» replaced by «он»: the ten days are what the draft will say, and the departure is found at clause 11.
    const ten = check(await tracked('бес', 'он', true));
    expect(ten.r.findings.map((f) => [f.severity, f.ruleId, f.cite?.clause ?? '', f.place?.line]).sort()).toEqual([['error', 'draft/model-parameter-deviation', 'Annex 2 cl. 11', notice[0]?.place?.line], ['warning', 'draft/unaccepted-changes', '', notice[0]?.place?.line]]);
    const said = ten.r.findings.find((f) => f.ruleId === 'draft/unaccepted-changes');
    expect(said?.facts).toMatchObject({ insertions: 1, deletions: 1, moves: 0, formatting: 0, comments: 1 });
    expect(said?.message.en).toMatch(/\. The file holds 1 comment: it is not part of the text and was not checked; delete it before the draft is signed\. \[paragraph 48: /);
    expect(said?.message.ru).toMatch(/\. В файле 1 примечание \(комментарии Word\)/);
    expect(said?.message.kk).toMatch(/\. Файлда 1 түсініктеме \(comment\) бар/);
  }, 60_000);

  it('a file with no change and no comment has no such finding', async () => {
    expect(check(await wordDraft(kk, { clauseRestart: 0 })).findings).toEqual([]);
  }, 60_000);
});

/**
 * Clause 11 typed as two list items (an Enter too many: «11. … танысқан күннен бастап» and «12. бес жұмыс
 * күні …») and joined again with Track Changes on, as Word stores it: the first paragraph's mark deleted
 * (`w:pPr/w:rPr/w:del`). `mark`: the join (`del`), the same file with the mark inserted instead (`ins`, a
 * split the author made), or never joined (`none`).
 */
async function splitClause11(mark: 'del' | 'ins' | 'none'): Promise<Uint8Array> {
  return edit(await wordDraft(kk, { clauseRestart: 0 }), 'word/document.xml', (xml) => xml.replace(
    /<w:p><w:pPr>((?:(?!<\/w:pPr>).)*)<\/w:pPr>(<w:r><w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)<w:t xml:space="preserve">(Бағалау нәтижелерімен келіспеген жағдайда, қызметші бағалау нәтижелерімен танысқан күннен бастап )/su,
    (_m, pPr: string, run: string, first: string) => `<w:p><w:pPr>${pPr}${mark === 'none' ? '' : `<w:rPr><w:${mark} w:id="11" ${MARK}/></w:rPr>`}</w:pPr>${run}<w:t xml:space="preserve">${first}</w:t></w:r></w:p>`
      + `<w:p><w:pPr>${pPr}</w:pPr>${run}<w:t xml:space="preserve">`));
}

describe('a paragraph mark deleted with Track Changes', () => {
  it('joins its paragraph to the next, as it will read once accepted: clause 11 is one clause again, and the file is said to hold the change', async () => {
    const { d, r, findings } = check(await splitClause11('del'));
    const clauses = r.act.documents[0]?.clauses ?? [];
    expect(clauses.map((c) => c.number)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(clauses[10]?.text.text).toMatch(/^Бағалау нәтижелерімен келіспеген жағдайда, қызметші бағалау нәтижелерімен танысқан күннен бастап бес жұмыс күні ішінде "Б"/u);
    const notice = r.findings.find((f) => f.ruleId === 'draft/unaccepted-changes');
    expect(findings).toEqual([`warning draft/unaccepted-changes  ¶${notice?.place?.line}`]);
    expect(notice?.facts).toMatchObject({ insertions: 0, deletions: 1, moves: 0, formatting: 0, comments: 0 });
    // placed at the first paragraph of the two, where the joined text begins; both quote the joined text
    const at = notice?.place?.line ?? 0;
    expect(d.paragraphText[at]).toMatch(/^11\. Бағалау нәтижелерімен келіспеген .*танысқан күннен бастап бес жұмыс күні ішінде/u);
    expect(d.paragraphText[at + 1]).toBe(d.paragraphText[at]);
    // the paragraphs after it keep their numbers as Word counts them
    const twelve = check(await splitClause11('none')).d.paragraphText.findIndex((t) => t.startsWith('13. '));
    expect(d.paragraphText[twelve]).toMatch(/^12\. /);
  }, 60_000);

  it('an inserted paragraph mark, or none changed, stays a split: two clauses, 11 and 12, and 25 in all', async () => {
    for (const mark of ['ins', 'none'] as const) {
      const { r } = check(await splitClause11(mark));
      const clauses = r.act.documents[0]?.clauses ?? [];
      expect(clauses.map((c) => c.number), mark).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
      expect(clauses[10]?.text.text, mark).toBe('Бағалау нәтижелерімен келіспеген жағдайда, қызметші бағалау нәтижелерімен танысқан күннен бастап');
      expect(clauses[11]?.text.text, mark).toMatch(/^бес жұмыс күні ішінде "Б"/u);
      expect(r.findings.filter((f) => f.ruleId === 'draft/unaccepted-changes').map((f) => f.facts?.['insertions']), mark).toEqual(mark === 'ins' ? [1] : []);
    }
  }, 60_000);

  it('joins a run of deleted marks into the one paragraph after them; a mark before a table, or ending its cell, has no paragraph to join', () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const del = `<w:rPr><w:del w:id="1" ${MARK}/></w:rPr>`;
    const p = (text: string, gone = false, pPr = ''): string => `<w:p><w:pPr>${pPr}${gone ? del : ''}</w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
    const cell = (...ps: string[]): string => `<w:tc>${ps.join('')}</w:tc>`;
    const xml = `<w:document ${W}><w:body>${p('Бірінші ', true)}${p('екінші ', true, '<w:jc w:val="both"/>')}${p('үшінші.', false, '<w:outlineLvl w:val="1"/>')}`
      + `${p('Кестенің алдында.', true)}<w:tbl><w:tr>${cell(p('Ұяшық ', true), p('бір.'))}${cell(p('Соңғы.', true))}</w:tr></w:tbl>${p('Соңы.', true)}</w:body></w:document>`;
    const d = docxToMarkdown(zipSync({ 'word/document.xml': strToU8(xml) }));
    // the second's style is the joined paragraph's (its mark remains): a heading, at the first paragraph
    expect(d.markdown.split('\n').filter(Boolean)).toEqual(['## Бірінші екінші үшінші.', 'Кестенің алдында.', '| Ұяшық бір. | Соңғы. |', '| --- | --- |', 'Соңы.']);
    expect(d.paragraphOf[0]).toBe(1);
    expect(d.paragraphText.slice(1)).toEqual(['Бірінші екінші үшінші.', 'Бірінші екінші үшінші.', 'Бірінші екінші үшінші.', 'Кестенің алдында.', 'Ұяшық бір.', 'Ұяшық бір.', 'Соңғы.', 'Соңы.']);
    expect(d.revisions?.deletions).toBe(6);
  });
});

describe('soft hyphens inside words, and hidden text', () => {
  const SHY = '\u00ad';
  it('a soft hyphen typed as a character (pasted text) is invisible inside a word: the deadline is read (it «could not be read», an error), in Markdown and Word, Kazakh and Russian', async () => {
    const kkShy = kk.replace('бес жұмыс күні ішінде "Б"', `бес жұ${SHY}мыс кү${SHY}ні ішінде "Б"`);
    const ruShy = ru.replace('в течение 5 (пяти) рабочих дней со дня ознакомления', `в течение 5 (пя${SHY}ти) ра${SHY}бочих дней со дня ознакомления`);
    expect(kkShy).not.toBe(kk);
    expect(ruShy).not.toBe(ru);
    const key = (fs: ReturnType<typeof checkDraft>['findings']) => fs.map((f) => `${f.severity} ${f.ruleId} ${f.cite?.clause ?? ''} ${f.message.en}`);
    expect(key(checkDraft(kkShy, { date: DATE }).findings)).toEqual([]);
    expect(key(checkDraft(ruShy, { date: DATE }).findings)).toEqual(key(checkDraft(ru, { date: DATE }).findings));
    // a changed value is still found through them
    const ten = checkDraft(kkShy.replace(`бес жұ${SHY}мыс`, `о${SHY}н жұ${SHY}мыс`), { date: DATE }).findings;
    expect(ten.map((f) => [f.ruleId, f.cite?.clause, f.facts?.['found']])).toEqual([['draft/model-parameter-deviation', 'Annex 2 cl. 11', 10]]);
    const word = check(await wordDraft(kkShy, { clauseRestart: 0 }));
    expect(word.findings).toEqual([]);
    expect(word.d.paragraphText.find((t) => t.startsWith('11. '))).toContain('бес жұмыс күні ішінде');
  }, 60_000);

  it('hidden text (Font → Hidden) is not read: a faithful clause with a hidden old wording beside it has no finding', async () => {
    const bytes = edit(await wordDraft(kk, { clauseRestart: 0 }), 'word/document.xml', (xml) => xml.replace('бес жұмыс күні ішінде',
      'бес</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> (бұрынғы редакция: он жұмыс күні) </w:t></w:r><w:r><w:t xml:space="preserve"> жұмыс күні ішінде'));
    const { d, findings } = check(bytes);
    expect(findings).toEqual([]);
    expect(d.paragraphText.find((t) => t.startsWith('11. '))).toMatch(/танысқан күннен бастап бес жұмыс күні ішінде/);
    expect(d.markdown).not.toContain('бұрынғы редакция');
  }, 60_000);
});

describe('a table with content controls in its rows or cells, or a table inside a cell', () => {
  const adapted = readFileSync(join(cases, 'adapted.md'), 'utf8');
  const TABLE = /<w:tbl>(?:(?!<\/w:tbl>).)*тиімді атқарады(?:(?!<\/w:tbl>).)*<\/w:tbl>/s;
  /** The adapted draft (bands as a table in cl. 8) with cl. 11's five days made ten: a finding after the table. */
  const ten = async (f?: (table: string) => string): Promise<Uint8Array> => {
    const md = adapted.replace(/^(11\. .*?)5 \(бес\) жұмыс/m, '$110 (он) жұмыс');
    expect(md).not.toBe(adapted);
    const bytes = await wordDraft(md, { clauseRestart: 0 });
    return f ? edit(bytes, 'word/document.xml', (xml) => xml.replace(TABLE, f)) : bytes;
  };
  const read = (bytes: Uint8Array) => {
    const { d, r } = check(bytes);
    const eleven = r.findings.find((f) => f.cite?.clause === 'Annex 2 cl. 11');
    return { d, r, eleven: eleven?.place?.line ?? 0, bands: r.comparison?.parameters.find((p) => p.parameter.id === 'grade-bands') };
  };

  it('a fill-in cell (w:sdt around a cell\'s paragraphs) and a repeating section (w:sdt around rows) are read: the bands, and the paragraphs after the table keep their numbers', async () => {
    const plain = read(await ten());
    expect(plain.bands).toMatchObject({ status: 'same' });
    expect(plain.d.paragraphText[plain.eleven]).toMatch(/^11\. /);
    for (const [name, f] of [
      ['cell', (t: string) => t.replace(/(<w:p>.*?<\/w:p>)/g, '<w:sdt><w:sdtPr><w:alias w:val="Толтырыңыз"/><w:text/></w:sdtPr><w:sdtContent>$1</w:sdtContent></w:sdt>')],
      ['cells', (t: string) => t.replace(/(<w:tc>.*?<\/w:tc>)/g, '<w:sdt><w:sdtPr/><w:sdtContent>$1</w:sdtContent></w:sdt>')],
      ['rows', (t: string) => t.replace(/(<w:tr>.*?<\/w:tr>)/g, '<w:sdt><w:sdtPr><w15:repeatingSectionItem xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"/></w:sdtPr><w:sdtContent>$1</w:sdtContent></w:sdt>')],
    ] as const) {
      const got = read(await ten(f));
      expect(got.d.markdown, name).toContain('| тиімді атқарады | 4-5 |');
      expect(got.bands, name).toMatchObject({ status: 'same', found: [[4, 5], [3, 3.99], [2, 2.99], [0, 1.99]] });
      expect(got.r.findings.map((x) => x.ruleId), name).toEqual(['draft/model-parameter-deviation']);
      expect(got.eleven, name).toBe(plain.eleven);
    }
  }, 60_000);

  it('a table nested in a cell: its paragraphs are counted as Word counts them and its text is the cell\'s', async () => {
    const plain = read(await ten());
    const nested = read(await ten((t) => t.replace(/(<w:tc>(?:<w:tcPr>.*?<\/w:tcPr>)?)/, '$1<w:tbl><w:tr><w:tc><w:p><w:r><w:t>ішкі кесте</w:t></w:r></w:p><w:p><w:r><w:t>екінші жол</w:t></w:r></w:p></w:tc></w:tr></w:tbl>')));
    expect(nested.d.markdown).toContain('| ішкі кесте екінші жол Нәтиже | Балл |');
    expect(nested.eleven).toBe(plain.eleven + 2);
    expect(nested.d.paragraphText[nested.eleven]).toMatch(/^11\. /);
  }, 60_000);
});

describe('a fourth level lettered «а), б)» by Word (russianLower)', () => {
  it('shows its letters: the points under a sub-clause are not read as sub-clauses «1), 2)» (two false «repeated number» errors)', async () => {
    const bytes = await wordDraft(ru, { clauseRestart: 0, chapterText: 'Глава %1.' });
    const lettered = edit(edit(bytes, 'word/numbering.xml', (xml) => xml.replace(/(<w:abstractNum w:abstractNumId="3"(?:(?!<\/w:abstractNum>).)*)(<\/w:abstractNum>)/s,
      '$1<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="russianLower"/><w:lvlText w:val="%4)"/><w:lvlJc w:val="left"/></w:lvl>$2')), 'word/document.xml', (xml) => {
      const at = xml.indexOf('<w:ilvl w:val="2"/><w:numId w:val="3"/>');
      const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
      const p = (t: string): string => `<w:p><w:pPr><w:numPr><w:ilvl w:val="3"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>${t}</w:t></w:r></w:p>`;
      return at < 0 ? xml : xml.slice(0, end) + p('по основному месту работы;') + p('по совместительству;') + xml.slice(end);
    });
    const plain = check(bytes);
    const got = check(lettered);
    expect(got.d.paragraphText).toContain('а) по основному месту работы;');
    expect(got.d.paragraphText).toContain('б) по совместительству;');
    expect(got.r.findings.map((f) => f.ruleId)).toEqual(plain.r.findings.map((f) => f.ruleId));
    expect(got.r.act.documents[0]?.clauses.find((c) => c.number === 3)?.subClauses.map((s) => s.number)).toEqual([1, 2]);
    expect(got.r.act.documents[0]?.clauses.map((c) => [c.number, c.subClauses.map((s) => s.number)])).toEqual(plain.r.act.documents[0]?.clauses.map((c) => [c.number, c.subClauses.map((s) => s.number)]));
  }, 60_000);
});

describe('clauses numbered by their paragraph style, sub-clauses by the style and their own level', () => {
  it('a sub-clause whose numbering names only its level (w:numPr with w:ilvl, no w:numId) takes the list of its style, as Word does', async () => {
    const bytes = await wordDraft(kk, { clauseRestart: 0 });
    // «Тармақ» numbers clauses (list 3, level 2); a sub-clause is a «Тармақ» paragraph demoted one level (Tab).
    const styled = edit(edit(bytes, 'word/styles.xml', (xml) => xml.replace('</w:styles>',
      '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Clause"><w:name w:val="Тармақ"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr></w:pPr></w:style></w:styles>')),
    'word/document.xml', (xml) => xml
      .replace(/<w:pStyle w:val="ListParagraph"\/><w:numPr><w:ilvl w:val="1"\/><w:numId w:val="3"\/><\/w:numPr>/g, '<w:pStyle w:val="Clause"/>')
      .replace(/<w:pStyle w:val="ListParagraph"\/><w:numPr><w:ilvl w:val="2"\/><w:numId w:val="3"\/><\/w:numPr>/g, '<w:pStyle w:val="Clause"/><w:numPr><w:ilvl w:val="2"/></w:numPr>'));
    expect(strFromU8(unzipSync(styled)['word/document.xml'] as Uint8Array)).toContain('<w:pStyle w:val="Clause"/><w:numPr><w:ilvl w:val="2"/></w:numPr>');
    const { d, r, findings } = check(styled);
    expect(d.paragraphText.some((t) => t.startsWith('1) басшылық лауазым – '))).toBe(true);
    expect(r.act.documents[0]?.clauses.map((c) => c.number)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(findings).toEqual([]);
  }, 60_000);
});

describe('an appendix stamp laid out in a borderless table', () => {
  /** Each stamp paragraph (right-aligned, lines broken by Shift+Enter) moved into the right cell of a one-row borderless table, the left cell empty. */
  const inTable = (xml: string, which: RegExp): string => xml.replace(/<w:p><w:pPr><w:ind w:left="5000"\/><w:jc w:val="right"\/><\/w:pPr>((?:(?!<\/w:p>).)*)<\/w:p>/gs, (p, runs: string) => (!which.test(p) ? p
    : '<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders></w:tblPr>'
      + `<w:tblGrid><w:gridCol w:w="5000"/><w:gridCol w:w="4500"/></w:tblGrid><w:tr><w:tc><w:p/></w:tc><w:tc><w:p><w:pPr><w:jc w:val="center"/></w:pPr>${runs}</w:p></w:tc></w:tr></w:tbl>`));

  it('Kazakh: «…Әдістемесіне / 1-қосымша» and the methodology\'s «… бұйрығымен бекітілген» in a table are the stamps they are as paragraphs (both appendices were «not in the text», their clauses «repeated»): no finding', async () => {
    const bytes = edit(await wordDraft(kk, { clauseRestart: 0 }), 'word/document.xml', (xml) => inTable(xml, /қосымша|бекітілген/u));
    expect(strFromU8(unzipSync(bytes)['word/document.xml'] as Uint8Array).match(/<w:gridCol w:w="4500"\/>/g)).toHaveLength(3);
    const { r, findings, d } = check(bytes);
    expect(r.act.documents[0]?.appendices.map((a) => a.number)).toEqual([1, 2]);
    expect(findings).toEqual([]);
    // the empty left cell is a paragraph too, as Word counts it
    expect(d.paragraphText.filter((t) => /Әдістемесіне\n1-қосымша$/u.test(t))).toHaveLength(1);
  }, 60_000);

  it('Russian: «Приложение 1 / к Методике …» in a table: both appendices found, the findings of the paragraphs\' layout', async () => {
    const plain = check(await wordDraft(ru, { clauseRestart: 0, chapterText: 'Глава %1.' }));
    const bytes = edit(await wordDraft(ru, { clauseRestart: 0, chapterText: 'Глава %1.' }), 'word/document.xml', (xml) => inTable(xml, /Приложение/u));
    const got = check(bytes);
    expect(got.r.act.documents[0]?.appendices.map((a) => a.number)).toEqual(plain.r.act.documents[0]?.appendices.map((a) => a.number));
    expect(got.r.act.documents[0]?.appendices.length).toBeGreaterThan(0);
    expect(got.r.findings.map((f) => `${f.ruleId} ${f.message.en.replace(/\[paragraph \d+: /, '[')}`)).toEqual(plain.r.findings.map((f) => `${f.ruleId} ${f.message.en.replace(/\[paragraph \d+: /, '[')}`));
  }, 60_000);

  it('a one-row table of two filled cells (a signature), or whose one filled cell is not a stamp, stays a table', async () => {
    const d = docxToMarkdown(edit(await wordDraft(kk, { clauseRestart: 0 }), 'word/document.xml', (xml) => inTable(xml, /қосымша/u).replace('>1-қосымша<', '>түсіндірме<')));
    expect(d.markdown).toContain('| Министр | А. Шаққалиев |');
    expect(d.markdown).toContain('|  | әкімшілік қызметшілерінің қызметін бағалаудың Әдістемесіне түсіндірме |');
  }, 60_000);
});

describe('a table row deleted with Track Changes', () => {
  it('is gone from the grade table, as it will be once accepted: the bands are read from the rows left, and the file is said to hold the change', async () => {
    // the author had a fifth band row and deleted it with Track Changes on; Word marks the row and its text deleted
    const md = langs.kk.md.replace(langs.kk.re, `${langs.kk.intro}\n\n| x | y | z |\n|---|---|---|\n| x | y | z |`);
    const head: Cell[][] = [[{ t: 'Бағалау нәтижесі' }, { t: 'бастап' }, { t: 'дейін' }]];
    const body = langs.kk.names.map((n, i) => [{ t: n }, { t: BOUNDS[i]?.[0] ?? '' }, { t: BOUNDS[i]?.[1] ?? '' }]);
    const bytes = edit(await wordDraft(md, { clauseRestart: 0 }), 'word/document.xml', (xml) => xml.replace(/<w:tbl>(?:(?!<\/w:tbl>).)*>x<(?:(?!<\/w:tbl>).)*<\/w:tbl>/s, () => {
      const t = table([...head, ...body]);
      const cell = (text: string): string => `<w:tc><w:p><w:pPr><w:rPr><w:del w:id="7" ${MARK}/></w:rPr></w:pPr><w:del w:id="8" ${MARK}><w:r><w:delText>${text}</w:delText></w:r></w:del></w:p></w:tc>`;
      const deleted = `<w:tr><w:trPr><w:del w:id="9" ${MARK}/></w:trPr>${cell('нашар атқарады')}${cell('0')}${cell('0,99')}</w:tr>`;
      return t.replace('</w:tbl>', `${deleted}</w:tbl>`);
    }));
    const { d, r } = check(bytes);
    expect(d.markdown).not.toMatch(/\|\s+\|\s+\|\s+\|/);
    expect(r.comparison?.parameters.find((p) => p.parameter.id === 'grade-bands')).toMatchObject({ status: 'same', found: [[4, 5], [3, 3.99], [2, 2.99], [0, 1.99]] });
    expect(r.findings.map((f) => f.ruleId)).toEqual(['draft/unaccepted-changes']);
    expect(r.findings[0]?.facts?.['deletions']).toBeGreaterThan(0);
  }, 60_000);
});
