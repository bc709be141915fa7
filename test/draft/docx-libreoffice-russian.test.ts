/**
 * A Russian-speaking lawyer of an oblast akimat writes the methodology in LibreOffice Writer and saves it as Word
 * (`./lo-russian.ts`; soffice writes the DOCX, so numbering.xml, styles and fields are LibreOffice's own): chapters
 * numbered by the heading style («Глава 1.»), clauses by one multilevel list «1.», «1.1.», «1)» through the
 * chapters, the grade table inside clause 8 with the clause going on after it, a footnote, a page number, a soft line
 * break, no-break spaces and both kinds of quotes. Read as the author sees it: every clause once, with its number and
 * chapter, nothing glued; findings in kk and ru name the paragraph and quote it. A sentence broken with Enter inside
 * clause 21, its second half an unnumbered entry of the list, was «could not be read» before (an error); its ten
 * days are now read. Skipped without soffice (one call converts both files).
 */
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/draft/check.js';
import { docxDraft, docxToMarkdown } from '../../src/draft/docx.js';
import { russianAuthorFodt } from './lo-russian.js';
import { tempDir } from '../temp.js';
import { hasSoffice, sofficeDocx } from './lo-convert.js';

const DATE = '2026-01-15';

describe.skipIf(!hasSoffice)('a Russian methodology written in LibreOffice Writer and saved as Word', () => {
  const dir = tempDir('bagalau-lo-ru-');
  const docx = sofficeDocx(dir, {
    faithful: () => russianAuthorFodt(),
    edited: () => russianAuthorFodt({ tenDays: true, danglingReferences: true, splitClause21: true }),
  });
  const read = (name: string) => {
    const bytes = docx(name);
    const d = docxToMarkdown(bytes);
    const r = checkDraft(d.markdown, { date: DATE, source: docxDraft(bytes).source });
    return { d, r };
  };

  it('every clause once, numbered and in its chapter as LibreOffice shows them; no finding but the language note', () => {
    const { d, r } = read('faithful');
    const m = r.act.documents.find((doc) => doc.chapters.length > 0);
    expect(m?.chapters.map((c) => `${c.number} ${c.title}`)).toEqual(['1 Общие положения', '2 Порядок оценки', '3 Порядок проведения калибровочных сессий']);
    expect(m?.clauses.map((c) => `${c.chapter}:${c.number}`)).toEqual(Array.from({ length: 24 }, (_, i) => `${i < 16 ? 1 : i < 18 ? 2 : 3}:${i + 1}`));
    const clause = (n: number) => m?.clauses[n - 1];
    // the footnote is not glued into the clause; no-break spaces are spaces
    expect(clause(1)?.text.text).toMatch(/«О государственной службе Республики Казахстан» и определяет порядок оценки\.$/u);
    expect(d.markdown).not.toContain('Ведомости');
    expect(d.markdown).not.toContain('\u00a0');
    // the soft line break keeps clause 5 one clause; «1)» are its sub-clauses; «6.1.» parts of clause 6
    expect(clause(5)?.text.text).toMatch(/отчетным кварталом\.\nИтоговая оценка формируется/u);
    expect(clause(3)?.subClauses.map((s) => s.number)).toEqual([1, 2]);
    expect(clause(6)?.paragraphs.map((p) => p.text.slice(0, 5))).toEqual(['6.1. ', '6.2. ']);
    // the grade table belongs to clause 8, and the paragraph after it too
    expect(clause(8)?.tables).toHaveLength(1);
    expect(clause(8)?.paragraphs[0]?.text).toMatch(/^Результату «эффективно»/u);
    expect(m?.appendices.map((a) => a.number)).toEqual([1, 2]);
    expect(r.findings.map((f) => f.ruleId)).toEqual(['draft/model-language']);
    expect(r.findings[0]?.message.ru).toMatch(/значения \(сроки, числа, баллы\) сравнены по 11 из 13 параметров, отличаются: 0/u);
  }, 300_000);

  it('the edited draft: each finding at the paragraph the author sees, quoting it, in kk and ru; the broken sentence of clause 21 is read', () => {
    const { d, r } = read('edited');
    const m = r.act.documents.find((doc) => doc.chapters.length > 0);
    expect(m?.clauses).toHaveLength(24);
    expect(m?.clauses[20]?.paragraphs.map((p) => p.text)).toEqual(['десяти рабочих дней со дня поступления заявления служащего.']);
    const got = r.findings.map((f) => [f.ruleId, d.paragraphText[f.place?.line ?? 0]?.slice(0, 12)]);
    expect(got).toEqual([
      ['draft/model-language', '1. Настоящая'],
      ['draft/model-parameter-deviation', '11. В случае'],
      ['draft/clause-missing', '19. Калибров'],
      ['draft/subclause-missing', '24. По резул'],
      ['draft/appendix-missing', '24. По резул'],
    ]);
    const dev = r.findings[1];
    expect(dev?.message.ru).toMatch(/^Срок заявления о несогласии с оценкой: в проекте 10 раб\. дн\., в типовой методике 5 раб\. дн\./u);
    expect(dev?.message.kk).toMatch(/^Бағамен келіспеу туралы өтініш мерзімі: жобада 10 жұмыс күні, Үлгілік әдістемеде 5 жұмыс күні/u);
    expect(r.findings[2]?.message.ru).toMatch(/^Ссылка «пунктом 25» указывает на несуществующий пункт 25 \[абзац \d+: «19\. Калибровочные сессии/u);
    expect(r.findings[3]?.message.kk).toMatch(/^«подпункте 3\) пункта 3» сілтемесі 3-тармақта жоқ 3\) тармақшаға нұсқайды/u);
    // clause 21's ten working days, its sentence broken across two paragraphs, are compared (13 − 2 not stated)
    expect(r.findings[0]?.message.ru).toMatch(/сравнены по 11 из 13 параметров, отличаются: 1/u);
    expect(r.findings[0]?.message.ru).not.toMatch(/Срок проведения калибровочной сессии/u);
  });
});
