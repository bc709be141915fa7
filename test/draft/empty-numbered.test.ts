/**
 * A clause whose text only was deleted with Track Changes (its paragraph mark kept) leaves an empty «12.» in
 * Word, once the changes are accepted as in the reviewing pane: the numbering skips 12, and the gap is told at
 * that empty paragraph, where the author sees it, in kk/ru/en — before, it was told at «13.», the clause after it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/draft/check.js';
import { docxDraft } from '../../src/draft/docx.js';
import { wordDraft } from './word-author.js';

const faithful = readFileSync(join(import.meta.dirname, 'cases/faithful.md'), 'utf8');
const DATE = '2026-01-15';

/** The faithful draft in Word with clause 12's runs deleted with Track Changes (`deleteMark`: its paragraph mark too). */
async function withClause12Deleted(deleteMark = false) {
  const files = unzipSync(await wordDraft(faithful, { clauseRestart: 0 }));
  const xml = strFromU8(files['word/document.xml'] as Uint8Array);
  const at = xml.indexOf('>Мемлекеттік қызметші калибрлеу сессиясының шешіміне');
  const start = xml.lastIndexOf('<w:p>', at);
  const end = xml.indexOf('</w:p>', at);
  const para = xml.slice(start, end);
  const pPrEnd = para.indexOf('</w:pPr>') + '</w:pPr>'.length;
  const pPr = deleteMark ? para.slice(0, pPrEnd).replace('</w:pPr>', '<w:rPr><w:del w:id="960" w:author="Айгүл" w:date="2026-11-30T10:00:00Z"/></w:rPr></w:pPr>') : para.slice(0, pPrEnd);
  const runs = para.slice(pPrEnd).replace(/<w:t( [^>]*)?>/g, '<w:delText$1>').replace(/<\/w:t>/g, '</w:delText>');
  files['word/document.xml'] = strToU8(`${xml.slice(0, start)}${pPr}<w:del w:id="961" w:author="Айгүл" w:date="2026-11-30T10:00:00Z">${runs}</w:del>${xml.slice(end)}`);
  const d = docxDraft(zipSync(files));
  return { d, r: checkDraft(d.markdown, { date: DATE, source: d.source }) };
}

describe('a clause whose text only was deleted with Track Changes', () => {
  it('leaves «12.» empty: the gap is told at that paragraph, and says the text was deleted with Track Changes', async () => {
    const { d, r } = await withClause12Deleted();
    expect(d.source.text).toContain('12.');
    const gaps = r.findings.filter((f) => f.ruleId === 'draft/numbering-gap');
    expect(gaps).toHaveLength(1);
    const gap = gaps[0];
    expect(d.source.text?.[gap?.place?.line ?? 0]).toBe('12.');
    expect(gap?.facts).toMatchObject({ expected: 12, found: 13, paragraph: gap?.place?.line, paragraphText: '12.', emptyNumbered: 'text deleted with Track Changes' });
    expect(gap?.message.en).toMatch(/^clause numbering skips 12: 13 follows 11: the text of paragraph «12\.» was deleted with Track Changes .* \[paragraph \d+: «12\.»\]$/u);
    expect(gap?.message.ru).toMatch(/^пункт: пропуск в нумерации, нет 12, далее 13: текст абзаца «12\.» удалён в режиме исправлений .* \[абзац \d+: «12\.»\]$/u);
    expect(gap?.message.kk).toMatch(/^тармақ нөмірлеуінде бос орын: 12 жоқ, 13 келеді: «12\.» абзацының мәтіні түзетулер режимінде .* \[\d+-абзац: «12\.»\]$/u);
    // The findings stay in the order of the paragraphs.
    const lines = r.findings.map((f) => f.place?.line ?? 0);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  }, 60_000);

  it('with its paragraph mark deleted too, the clause is gone: 13 becomes 12, no gap', async () => {
    const { r } = await withClause12Deleted(true);
    expect(r.findings.filter((f) => f.ruleId.startsWith('draft/numbering'))).toEqual([]);
  }, 60_000);

  it('an empty numbered paragraph typed with no text at all (Enter once too often) is where its gap is told too', async () => {
    const files = unzipSync(await wordDraft(faithful, { clauseRestart: 0 }));
    const xml = strFromU8(files['word/document.xml'] as Uint8Array);
    const start = xml.lastIndexOf('<w:p>', xml.indexOf('<w:t xml:space="preserve">Бағалау тоқсан қорытындысы'));
    const pPr = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(xml.slice(start))?.[0] ?? '';
    files['word/document.xml'] = strToU8(`${xml.slice(0, start)}<w:p>${pPr}</w:p>${xml.slice(start)}`);
    const d = docxDraft(zipSync(files));
    const gap = checkDraft(d.markdown, { date: DATE, source: d.source }).findings.find((f) => f.ruleId === 'draft/numbering-gap');
    expect(d.source.text?.[gap?.place?.line ?? 0]).toBe('5.');
    expect(gap?.message.en).toBe(`clause numbering skips 5: 6 follows 4: paragraph «5.» is numbered but empty. Delete it or write the clause [paragraph ${gap?.place?.line}: «5.»]`);
    expect(gap?.facts).toMatchObject({ emptyNumbered: 'empty' });
  }, 60_000);
});
