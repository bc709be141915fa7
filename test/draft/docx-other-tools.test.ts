/**
 * Word drafts as other authors' tools and habits leave them, built in the test from the faithful draft
 * (`cases/faithful.md`, the model methodology's own text) written as Word stores it (`./word-author.ts`), then the
 * parts changed as Word writes them:
 * - clauses laid out in a two-column borderless table: the clause's number in a narrow left column (Word's
 *   automatic number on a paragraph left empty there, or typed) and its text in the right one. Before, the table's
 *   cells were one table cell's text each: the clauses in it were lost and a faithful draft was told «no provision
 *   matching model clause 11»;
 * - what Word puts inside a clause's paragraph that is not its text: a soft line break (Shift+Enter), a page break
 *   (Ctrl+Enter) before a chapter's title, a hyperlink field (HYPERLINK, its instruction not text), a PAGE field, a
 *   footnote's reference mark, a symbol (w:sym), a comment, an insertion left unaccepted.
 * Each finding names its place as the author sees it: the paragraph, with its clause's number and first words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/draft/check.js';
import { docxDraft } from '../../src/draft/docx.js';
import { wordDraft } from './word-author.js';

const DATE = '2026-01-15';
const kk = readFileSync(join(import.meta.dirname, 'cases/faithful.md'), 'utf8');
const ru = readFileSync(join(import.meta.dirname, 'cases/russian-model.md'), 'utf8');
const CLAUSE_11 = 'Бағалау нәтижелерімен келіспеген жағдайда, қызметші ';
const CHAPTER_2 = '&quot;Б&quot; корпусының мемлекеттік әкімшілік қызметшілерін бағалау тәртібі';
const CHAPTER_3 = 'Калибрлеу сессияларын өткізу';
const ALL = Array.from({ length: 24 }, (_, i) => i + 1);

function editDocument(bytes: Uint8Array, f: (xml: string) => string, part = 'word/document.xml'): Uint8Array {
  const files = unzipSync(bytes);
  const xml = strFromU8(files[part] as Uint8Array);
  const changed = f(xml);
  expect(changed).not.toBe(xml);
  files[part] = strToU8(changed);
  return zipSync(files);
}

/** As `bagalau draft check` reads a Word file. */
function check(bytes: Uint8Array) {
  const d = docxDraft(bytes);
  const r = checkDraft(d.markdown, { date: DATE, source: d.source });
  const doc = r.act.documents[0];
  return { r, chapters: doc?.chapters.map((c) => c.number), clauses: doc?.clauses.map((c) => c.number) };
}

const cell = (inner: string, width: number): string => `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${inner || '<w:p/>'}</w:tc>`;
const layoutTable = (rows: string[]): string =>
  `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="700"/><w:gridCol w:w="8600"/></w:tblGrid>${rows.join('')}</w:tbl>`;
/** The clause level of the methodology's list (`w:ilvl 1`). */
const CLAUSE_LEVEL = /<w:numPr><w:ilvl w:val="1"\/>/;
const withoutNumber = (p: string): string => p.replace(/<w:numPr>.*?<\/w:numPr>/s, '').replace('<w:pStyle w:val="ListParagraph"/>', '');

/**
 * A chapter's paragraphs (after its title, up to the next chapter's) laid out in a two-column table: a clause's
 * paragraph keeps Word's number but no text in the left cell, its text is in the right one; its parts and
 * sub-clauses are in the right cell of rows of their own.
 */
function chapterInTable(xml: string, from: string, to: string): string {
  const start = xml.indexOf('</w:p>', xml.indexOf(from)) + 6;
  const end = xml.lastIndexOf('<w:p>', xml.indexOf(to));
  const paras = xml.slice(start, end).match(/<w:p>.*?<\/w:p>/gs) ?? [];
  expect(paras.join('')).toBe(xml.slice(start, end));
  const rows = paras.map((p) => (CLAUSE_LEVEL.test(p)
    ? `<w:tr>${cell(p.replace(/<\/w:pPr>.*<\/w:p>/s, '</w:pPr></w:p>'), 700)}${cell(withoutNumber(p), 8600)}</w:tr>`
    : `<w:tr>${cell('', 700)}${cell(p, 8600)}</w:tr>`));
  return xml.slice(0, start) + layoutTable(rows) + xml.slice(end);
}

/** The methodology's last clause (24) with its number typed in the left cell of a two-column table. */
function lastClauseTyped(xml: string): string {
  const clauses = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*<w:numPr><w:ilvl w:val="1"\/>(?:(?!<\/w:p>).)*<\/w:p>/gs)];
  const last = clauses.at(-1) as RegExpExecArray;
  const typed = `<w:tr>${cell('<w:p><w:r><w:t>24.</w:t></w:r></w:p>', 700)}${cell(withoutNumber(last[0]), 8600)}</w:tr>`;
  return xml.slice(0, last.index) + layoutTable([typed]) + xml.slice(last.index + last[0].length);
}

describe('clauses laid out in a two-column table', () => {
  let faithful: Uint8Array;
  let departing: Uint8Array;
  beforeAll(async () => {
    faithful = await wordDraft(kk, { clauseRestart: 0 });
    departing = await wordDraft(kk.replace('бес жұмыс күні ішінде "Б"', 'он жұмыс күні ішінде "Б"'), { clauseRestart: 0 });
  }, 60_000);

  it('are read as the clauses they are: Word\'s number in the left column, the text in the right; the faithful draft has no finding', () => {
    const base = check(faithful);
    expect(base.clauses).toEqual(ALL);
    const table = check(editDocument(faithful, (x) => chapterInTable(x, CHAPTER_2, CHAPTER_3)));
    expect(table.chapters).toEqual([1, 2, 3]);
    expect(table.clauses).toEqual(ALL);
    expect(table.r.act.documents[0]?.clauses.find((c) => c.number === 11)?.text.text).toMatch(/^Бағалау нәтижелерімен келіспеген/);
    expect(table.r.findings).toEqual([]);
    // a number typed in the left column
    const typed = check(editDocument(faithful, lastClauseTyped));
    expect(typed.clauses).toEqual(ALL);
    expect(typed.r.findings).toEqual([]);
  });

  it('a departure in such a clause is found there, named by its paragraph, number and words in kk, ru and en', () => {
    const { r } = check(editDocument(departing, (x) => chapterInTable(x, CHAPTER_2, CHAPTER_3)));
    expect(r.findings.map((f) => `${f.severity} ${f.ruleId} ${f.cite?.clause}`)).toEqual(['error draft/model-parameter-deviation Annex 2 cl. 11']);
    const f = r.findings[0];
    const p = f?.place?.line;
    expect(f?.facts?.['paragraphText']).toMatch(/^11\. Бағалау нәтижелерімен келіспеген жағдайда/);
    expect(f?.message.kk).toContain(` [${p}-абзац: «11. Бағалау нәтижелерімен келіспеген`);
    expect(f?.message.ru).toContain(` [абзац ${p}: «11. Бағалау нәтижелерімен келіспеген`);
    expect(f?.message.en).toContain(` [paragraph ${p}: «11. Бағалау нәтижелерімен келіспеген`);
  });

  it('a two-column table of data stays a table: a grade scale «тиімді | 4–5» with a gap is still told', async () => {
    const bands = kk.split('\n').find((l) => l.startsWith('"Функционалдық міндеттерін тиімді атқарады" нәтижесіне 4-тен')) as string;
    const table = (third: string): string => ['| Нәтиже | Балл |', '|---|---|', '| тиімді | 4–5 |', `| тиісті | 3–${third} |`, '| қанағаттанарлық | 2–2,99 |', '| қанағаттанарлықсыз | 0–1,99 |'].join('\n');
    const gaps = async (third: string) => check(await wordDraft(kk.replace(bands, table(third)), { clauseRestart: 0 })).r.findings.filter((f) => f.ruleId === 'draft/band-gap').length;
    expect(await gaps('3,99')).toBe(0);
    expect(await gaps('3,89')).toBe(1);
    // the range's dash inserted from the Symbol font (Insert → Symbol: w:sym F0BE) is a dash, not nothing («45»)
    const symbolDash = editDocument(await wordDraft(kk.replace(bands, table('3,99')), { clauseRestart: 0 }), (x) => x.replace('>3–3,99<', '>3</w:t></w:r><w:r><w:sym w:font="Symbol" w:char="F0BE"/></w:r><w:r><w:t>3,99<'));
    expect(check(symbolDash).r.findings).toEqual([]);
    // and as LibreOffice saves it: a run in the Symbol font whose text is the font's code (U+F0BE)
    const asLibreOffice = editDocument(await wordDraft(kk.replace(bands, table('3,99')), { clauseRestart: 0 }), (x) => x.replace('>3–3,99<', '>3</w:t></w:r><w:r><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:cs="Symbol"/></w:rPr><w:t>\uf0be</w:t></w:r><w:r><w:t>3,99<'));
    expect(check(asLibreOffice).r.findings).toEqual([]);
  }, 60_000);
});

describe('what Word puts inside a clause besides its text', () => {
  it('breaks, fields, a footnote mark, a symbol and a comment leave the clauses whole; an insertion left unaccepted is told at its clause', async () => {
    const base = await wordDraft(kk, { clauseRestart: 0 });
    const at = (x: string, what: string, by: string): string => {
      expect(x).toContain(what);
      return x.replace(what, by);
    };
    const t = (s: string): string => `<w:r><w:t xml:space="preserve">${s}</w:t></w:r>`;
    const edited = editDocument(base, (x0) => {
      let x = x0;
      // clause 11: a soft line break, a hyperlink field, a footnote's mark, a symbol
      x = at(x, CLAUSE_11, `Бағалау</w:t></w:r><w:r><w:br/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://adilet.zan.kz/kaz/docs/V1800016299" \\o "Әділет" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>нәтижелерімен</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>${t(' келіспеген')}<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r><w:r><w:sym w:font="Symbol" w:char="F020"/></w:r><w:r><w:t xml:space="preserve">жағдайда, қызметші `);
      // chapter 3's title after a page break; a PAGE field in a part; a comment on clause 11's words
      x = at(x, `<w:t xml:space="preserve">${CHAPTER_3}`, `<w:br w:type="page"/><w:t xml:space="preserve">${CHAPTER_3}`);
      x = at(x, 'Егер бағаланатын адамдардың саны', `</w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>7</w:t></w:r></w:fldSimple>${t('')}<w:r><w:t xml:space="preserve">Егер бағаланатын адамдардың саны`);
      x = at(x, '<w:t>нәтижелерімен</w:t></w:r>', '<w:t>нәтижелерімен</w:t></w:r><w:commentRangeStart w:id="0"/><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>');
      // clause 14: a word inserted with Track Changes
      return at(x, 'Калибрлеу сессиясы ', `Калибрлеу </w:t></w:r><w:ins w:id="9" w:author="Заңгер" w:date="2026-01-10T10:00:00Z"><w:r><w:t xml:space="preserve">отырысы — </w:t></w:r></w:ins><w:r><w:t xml:space="preserve">сессиясы `);
    });
    const { r, chapters, clauses } = check(edited);
    expect(chapters).toEqual([1, 2, 3]);
    expect(clauses).toEqual(ALL);
    const c11 = r.act.documents[0]?.clauses.find((c) => c.number === 11)?.text.text ?? '';
    expect(c11.replace(/\s+/g, ' ')).toMatch(/^Бағалау нәтижелерімен келіспеген жағдайда, қызметші бағалау/);
    expect(c11).not.toContain('HYPERLINK');
    expect(r.findings.map((f) => `${f.severity} ${f.ruleId}`)).toEqual(['warning draft/unaccepted-changes']);
    const w = r.findings[0];
    expect(w?.facts).toMatchObject({ insertions: 1, comments: 1 });
    // at the first paragraph with a change or comment: clause 11, quoted with its number and first words
    expect(w?.facts?.['paragraphText']).toMatch(/^11\. Бағалау/);
    expect(w?.message.kk).toMatch(/қабылданбаған түзетулер қалды \(1 кірістіру\).* \[\d+-абзац: «11\. Бағалау/);
    expect(w?.message.ru).toMatch(/непринятые исправления \(1 вставка\).* \[абзац \d+: «11\. Бағалау/);
    expect(w?.message.en).toMatch(/tracked changes not yet accepted \(1 insertion\).* \[paragraph \d+: «11\. Бағалау/);
  }, 60_000);
});

describe('a Russian draft whose chapters Word numbers in Roman numbers («Глава I.», numFmt upperRoman)', () => {
  it('has its chapters, numbered as they read, and the findings of the draft numbered in digits', async () => {
    const digits = await wordDraft(ru, { clauseRestart: 0, chapterText: 'Глава %1.' });
    // the chapter level (w:ilvl 0) of the methodology's list, numbered in Roman numbers as Word's «Number format: I, II, III»
    const roman = editDocument(digits, (x) => x.replace(/(<w:abstractNum w:abstractNumId="3"[^>]*>(?:(?!<\/w:abstractNum>).)*?<w:lvl w:ilvl="0"[^>]*>(?:(?!<\/w:lvl>).)*?<w:numFmt w:val=")decimal"/s, '$1upperRoman"'), 'word/numbering.xml');
    const a = check(digits);
    const b = check(roman);
    expect(a.chapters?.length).toBeGreaterThan(2);
    expect(b.chapters).toEqual(a.chapters);
    expect(b.clauses).toEqual(a.clauses);
    expect(docxDraft(roman).markdown).toMatch(/Глава II\. /);
    expect(b.r.findings.map((f) => [f.ruleId, f.message.en])).toEqual(a.r.findings.map((f) => [f.ruleId, f.message.en]));
  }, 60_000);
});

describe('a methodology in two languages side by side, clause by clause («1. …» | «1. …»)', () => {
  /**
   * Chapter 3 of the Kazakh draft laid out in a two-column table, each clause's Russian text (from the Russian model
   * draft, typed with its number) in the other column; its parts beside an empty cell.
   */
  function twoLanguages(xml: string, kazakhOn: 'left' | 'right', russianFrom?: number): string {
    const ruClauses = new Map(checkDraft(ru, { date: DATE, model: false }).act.documents[0]?.clauses.map((c) => [c.number, c.text.text]));
    const start = xml.indexOf('</w:p>', xml.indexOf(CHAPTER_3)) + 6;
    const clauses = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*<w:numPr><w:ilvl w:val="1"\/>(?:(?!<\/w:p>).)*<\/w:p>/gs)];
    const last = clauses.at(-1) as RegExpExecArray;
    const end = last.index + last[0].length;
    const paras = xml.slice(start, end).match(/<w:p>.*?<\/w:p>/gs) ?? [];
    expect(paras.join('')).toBe(xml.slice(start, end));
    let n = 24 - paras.filter((p) => CLAUSE_LEVEL.test(p)).length;
    const first = n;
    const rows = paras.map((p) => {
      const other = CLAUSE_LEVEL.test(p) ? `<w:p><w:r><w:t xml:space="preserve">${russianFrom === undefined ? n + 1 : russianFrom + n - first}. ${ruClauses.get(++n) ?? ''}</w:t></w:r></w:p>` : '';
      return kazakhOn === 'left' ? `<w:tr>${cell(p, 4650)}${cell(other, 4650)}</w:tr>` : `<w:tr>${cell(other, 4650)}${cell(p, 4650)}</w:tr>`;
    });
    expect(n).toBe(24);
    return xml.slice(0, start) + layoutTable(rows) + xml.slice(end);
  }

  it('the Kazakh column is read, on either side, and one warning says the other column was not checked (kk, ru, en)', async () => {
    const faithful = await wordDraft(kk, { clauseRestart: 0 });
    for (const side of ['left', 'right'] as const) {
      const { r, clauses } = check(editDocument(faithful, (x) => twoLanguages(x, side)));
      expect(clauses, side).toEqual(ALL);
      expect(r.findings.map((f) => `${f.severity} ${f.ruleId}`), side).toEqual(['warning draft/parallel-columns']);
      const w = r.findings[0];
      expect(w?.facts).toMatchObject({ read: side, readLanguage: 'kk', otherLanguage: 'ru' });
      const other = side === 'left' ? ['оң жақ', 'правая', 'right'] : ['сол жақ', 'левая', 'left'];
      expect(w?.message.kk).toContain(`тексерілді; ${other[0]} баған (орыс тілінде) тексерілмеді`);
      expect(w?.message.ru).toContain(`; ${other[1]} колонка (на русском языке) не проверялась`);
      expect(w?.message.en).toContain(`was checked; the ${other[2]} column (Russian) was not`);
      // placed at the table's first paragraph read, quoted as the author sees it
      expect(w?.message.en).toMatch(/ \[paragraph \d+: «19\. /);
    }
    // the Russian column numbered apart (from 1 in the chapter, as a file saved again by LibreOffice may show it)
    const apart = check(editDocument(faithful, (x) => twoLanguages(x, 'left', 1)));
    expect(apart.clauses).toEqual(ALL);
    expect(apart.r.findings.map((f) => f.ruleId)).toEqual(['draft/parallel-columns']);
    // a departure in the Kazakh column is found; the Russian column's text is not compared
    const departing = await wordDraft(kk.replace('тақ санынан тұрады', 'жұп санынан тұрады'), { clauseRestart: 0 });
    const bad = check(editDocument(departing, (x) => twoLanguages(x, 'left')));
    expect(bad.r.findings.map((f) => f.ruleId)).toContain('draft/model-parameter-deviation');
  }, 60_000);
});
