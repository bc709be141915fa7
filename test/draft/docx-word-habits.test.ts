/**
 * A methodology author's Word file, as Word stores it (`./word-author.ts`): the faithful draft must give
 * what its Markdown gives — no finding — and a departure must be found at the paragraph she sees.
 * Each case here was a false alarm on a Word file:
 * - a multilevel list «N-тарау. / N. / N)» with «restart after: none» on the clause level (w:lvlRestart 0),
 *   so that clauses run through the chapters, read as clauses restarting at 1 in each chapter (a dozen
 *   «numbering-duplicate» errors);
 * - the second appendix's stamp written as a right-aligned paragraph («…Әдістемесіне↵2-қосымша»), read as
 *   text of the first appendix, so «2-қосымшасына» pointed to a «missing» appendix.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/draft/check.js';
import { docxToMarkdown } from '../../src/draft/docx.js';
import { wordDraft, type WordHabits } from './word-author.js';

const faithful = readFileSync(join(import.meta.dirname, 'cases/faithful.md'), 'utf8');
const DATE = '2026-01-15';

async function check(md: string, habits: WordHabits) {
  const d = docxToMarkdown(await wordDraft(md, habits));
  const r = checkDraft(d.markdown, { date: DATE, source: { unit: 'paragraphs', of: d.paragraphOf, text: d.paragraphText } });
  return { d, r, findings: r.findings.map((f) => `${f.severity} ${f.ruleId} ${f.cite?.clause ?? ''} ¶${f.place?.line}`) };
}

describe('a draft written in Word with a multilevel list and paragraph stamps', () => {
  it('clauses numbered through the chapters (w:lvlRestart 0) are read 1…24; both appendices are found; no finding', async () => {
    const { d, r, findings } = await check(faithful, { clauseRestart: 0 });
    const doc = r.act.documents[0];
    expect(doc?.chapters.map((c) => c.number)).toEqual([1, 2, 3]);
    expect(doc?.clauses.map((c) => c.number)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(d.paragraphText).toContain('17. В-1, С-1 (орталық атқарушы орган комитеті төрағасының орынбасары, департамент директоры), D-1, D-3 (құрылымдық бөлімшелердің басшылары), С-О-1, D-О-1, D-R-1, С-R-1, Е-1, Е-2, Е-R-1 санаттарының "Б" корпусының мемлекеттік әкімшілік қызметшілерін бағалау тікелей басшымен осы Әдістеменің 1-қосымшасына сәйкес нысан бойынша жүргізіледі.');
    expect(doc?.appendices.map((a) => a.number)).toEqual([1, 2]);
    expect(findings).toEqual([]);
  }, 60_000);

  it('Word\'s default (the clause level restarts after each chapter) is what the reader sees in Word: «1.» again in chapter 2, told once as a restart', async () => {
    const { d, findings } = await check(faithful, {});
    expect(d.paragraphText).toContain('1. Бағалау процесіне бірыңғай тәсілді келісу және сақтау мақсатында мемлекеттік органдар осы Әдістеменің 11-тармағында көзделген тәртіппен калибрлеу сессияларын өткізеді.');
    expect(findings.filter((f) => f.includes('clause-numbering-restart'))).toHaveLength(1);
    expect(findings.filter((f) => f.includes('numbering-duplicate') || f.includes('numbering-gap'))).toEqual([]);
  }, 60_000);

  it('a departure (the five working days to disagree become ten) is found at the paragraph of clause 11, citing model cl. 11', async () => {
    const { d, findings, r } = await check(faithful.replace('бес жұмыс күні ішінде "Б"', 'он жұмыс күні ішінде "Б"'), { clauseRestart: 0 });
    expect(findings).toHaveLength(1);
    const f = r.findings[0];
    expect([f?.severity, f?.ruleId, f?.cite?.clause]).toEqual(['error', 'draft/model-parameter-deviation', 'Annex 2 cl. 11']);
    expect(d.paragraphText[f?.place?.line ?? 0]).toMatch(/^11\. Бағалау нәтижелерімен келіспеген .*он жұмыс күні/);
  }, 60_000);
});

describe('appendix stamps in a text box', () => {
  for (const how of ['vml', 'word2010'] as const) {
    it(`(${how}) are read once, as the stamp that labels the appendix: no finding`, async () => {
      const { d, r, findings } = await check(faithful, { clauseRestart: 0, stampInTextBox: how });
      expect(r.act.documents[0]?.appendices.map((a) => a.number)).toEqual([1, 2]);
      expect(findings).toEqual([]);
      // the box's lines are paragraphs of their own, each once
      expect(d.paragraphText.filter((t) => t === '2-қосымша')).toHaveLength(1);
      expect(d.markdown).toContain('Әдістемесіне\\\n2-қосымша');
    }, 60_000);
  }
});

describe('a table of contents and content controls', () => {
  for (const how of ['field', 'control'] as const) {
    it(`an updated table of contents (${how}) is not read as a second set of chapters: no finding`, async () => {
      const { d, r, findings } = await check(faithful, { clauseRestart: 0, toc: how });
      expect(d.paragraphText.filter((t) => t.startsWith('1-тарау. Жалпы ережелер')).length).toBe(2);
      expect(r.act.documents[0]?.chapters.map((c) => c.number)).toEqual([1, 2, 3]);
      expect(findings).toEqual([]);
    }, 60_000);
  }
  it('a clause inside a content control is read (it was dropped: model cl. 11 «missing»); its departure is found there', async () => {
    const md = faithful.replace('бес жұмыс күні ішінде "Б"', 'он жұмыс күні ішінде "Б"');
    const { d, r, findings } = await check(md, { clauseRestart: 0, inControl: ['Бағалау нәтижелерімен келіспеген'] });
    expect(findings).toHaveLength(1);
    const f = r.findings[0];
    expect([f?.ruleId, f?.cite?.clause]).toEqual(['draft/model-parameter-deviation', 'Annex 2 cl. 11']);
    expect(d.paragraphText[f?.place?.line ?? 0]).toMatch(/^11\. Бағалау нәтижелерімен келіспеген/);
  }, 60_000);
});

describe('a draft pasted from the published act (adilet.zan.kz) with its editor\'s notes', () => {
  // Act 002's own notes, verbatim (shared/acts/002, lines 28, 1210 and 1212).
  const note4 = 'Ескерту. 4-тармақ жаңа редакцияда – ҚР Мемлекеттік қызмет істері агенттігі Төрағасының 25.08.2020 № 131 (алғаш ресми жарияланған күнінен кейін он күнтізбелік күн өткен соң қолданысқа енгізіледі) бұйрығымен.';
  const note5 = '5-тармақтың екінші бөлігі жаңа редакцияда көзделген - ҚР Мемлекеттік қызмет істері агенттігі Төрағасының 31.03.2026 № 52 (11.07.2026 бастап қолданысқа енгізіледі) бұйрығымен.';
  const pasted = faithful
    .replace('\n5. Бағалау тоқсан қорытындысы', `\n${note4}\n\n5. Бағалау тоқсан қорытындысы`)
    .replace('\n6. Егер бағаланатын', `\nЗҚАИ-ның ескертпесі!\n\n${note5}\n\n6. Егер бағаланатын`);
  it('the notes are kept as comments, not read as parts of clauses 4 and 5 (which made them refer to themselves): no finding', async () => {
    expect(pasted).toContain(note4);
    expect(pasted).toContain(note5);
    const { d, r, findings } = await check(pasted, { clauseRestart: 0 });
    expect(findings).toEqual([]);
    expect(r.act.comments.map((c) => c.text)).toEqual([note4, 'ЗҚАИ-ның ескертпесі!', note5]);
    expect(d.paragraphText).toContain(note5);
  }, 60_000);
});

describe('a finding at a paragraph whose lines are broken by Shift+Enter', () => {
  it('quotes the paragraph on one line, so that the message stays one line', async () => {
    const md = faithful.replaceAll('Әдістеменің 2-қосымшасына', 'Әдістеменің 1-қосымшасына');
    const { d, r } = await check(md, { clauseRestart: 0 });
    const f = r.findings.find((x) => x.ruleId === 'draft/appendix-unreferenced');
    expect(d.paragraphText[f?.place?.line ?? 0]).toContain('Әдістемесіне\n2-қосымша');
    expect(f?.message.kk).toMatch(/^2-қосымшаға мәтінде сілтеме жоқ \[\d+-абзац: «әкімшілік қызметшілерінің қызметін бағалаудың Әдістемесіне 2…»\]$/);
    for (const lang of ['kk', 'ru', 'en'] as const) expect(f?.message[lang]).not.toContain('\n');
  }, 60_000);
});

describe('tracked changes left unaccepted', () => {
  it('moved text is read where it was moved to, not where it was moved from: the faithful draft, no finding', async () => {
    const files = unzipSync(await wordDraft(faithful, { clauseRestart: 0 }));
    let xml = strFromU8(files['word/document.xml'] as Uint8Array);
    const start = xml.indexOf('<w:r>', xml.indexOf('<w:t xml:space="preserve">Бағалау нәтижелерімен келіспеген') - 200);
    const end = xml.indexOf('</w:p>', start);
    const runs = xml.slice(start, end);
    expect(runs).toContain('Бағалау нәтижелерімен келіспеген');
    const mark = 'w:author="Айгүл" w:date="2026-11-30T10:00:00Z"';
    // Word moved clause 11's text down from clause 10: its old place keeps it as moveFrom (w:t, not w:delText).
    xml = `${xml.slice(0, start)}<w:moveTo w:id="901" ${mark}>${runs}</w:moveTo>${xml.slice(end)}`;
    const at10 = xml.indexOf('</w:p>', xml.indexOf('<w:t xml:space="preserve">Бағаланатын қызметші өзінің бағалау'));
    xml = `${xml.slice(0, at10)}<w:moveFrom w:id="900" ${mark}>${runs}</w:moveFrom>${xml.slice(at10)}`;
    files['word/document.xml'] = strToU8(xml);
    const d = docxToMarkdown(zipSync(files));
    expect(d.paragraphText.filter((t) => t.includes('Бағалау нәтижелерімен келіспеген'))).toEqual([expect.stringMatching(/^11\. Бағалау нәтижелерімен келіспеген/)]);
    const r = checkDraft(d.markdown, { date: DATE, source: { unit: 'paragraphs', of: d.paragraphOf, text: d.paragraphText } });
    expect(r.findings).toEqual([]);
  }, 60_000);
});

describe('an empty numbered paragraph', () => {
  /** The faithful draft with an empty paragraph of the clause list before clause 5 (Enter pressed once too often). */
  async function withEmptyClause(markDeleted: boolean) {
    const files = unzipSync(await wordDraft(faithful, { clauseRestart: 0 }));
    const xml = strFromU8(files['word/document.xml'] as Uint8Array);
    const start = xml.lastIndexOf('<w:p>', xml.indexOf('<w:t xml:space="preserve">Бағалау тоқсан қорытындысы'));
    const pPr = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(xml.slice(start))?.[0] ?? '';
    expect(pPr).toContain('<w:numPr>');
    const empty = markDeleted ? pPr.replace('</w:pPr>', '<w:rPr><w:del w:id="950" w:author="Айгүл" w:date="2026-11-30T10:00:00Z"/></w:rPr></w:pPr>') : pPr;
    files['word/document.xml'] = strToU8(`${xml.slice(0, start)}<w:p>${empty}</w:p>${xml.slice(start)}`);
    const d = docxToMarkdown(zipSync(files));
    return { d, r: checkDraft(d.markdown, { date: DATE, source: { unit: 'paragraphs', of: d.paragraphOf, text: d.paragraphText } }) };
  }
  it('counts, as Word shows it («5.» alone): the clauses after it keep the numbers the author sees, and the gap is found', async () => {
    const { d, r } = await withEmptyClause(false);
    expect(d.paragraphText).toContain('5.');
    expect(d.paragraphText.some((t) => t.startsWith('6. Бағалау тоқсан қорытындысы'))).toBe(true);
    const gap = r.findings.find((f) => f.ruleId === 'draft/numbering-gap');
    expect(d.paragraphText[(gap?.place?.line ?? 0) - 1]).toBe('5.');
    expect(d.paragraphText[gap?.place?.line ?? 0]).toMatch(/^6\. Бағалау тоқсан қорытындысы/);
  }, 60_000);
  it('whose paragraph mark is a tracked deletion does not count: no finding', async () => {
    const { r } = await withEmptyClause(true);
    expect(r.findings).toEqual([]);
  }, 60_000);
});
