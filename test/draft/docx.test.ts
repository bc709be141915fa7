/**
 * Issue 9: a draft written in Word is read directly. The faithful draft and its defective twin, made
 * DOCX by `bagalau draft render`, give the findings their Markdown gives, placed at the paragraph that
 * holds them; Word's automatic list numbering («%1.», «%2)», restarts) is resolved to the numbers a
 * reader sees; a file that is not a DOCX is a clear error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/draft/check.js';
import { DocxError, docxToMarkdown } from '../../src/draft/docx.js';
import { renderMarkdown } from '../../src/render/index.js';

const faithful = readFileSync(join(import.meta.dirname, 'cases/faithful.md'), 'utf8');
const DATE = '2026-01-15';
const defective = faithful
  .replace('бес жұмыс күні ішінде "Б"', 'бес күнтізбелік күн ішінде "Б"')
  .replace('8. Бағалау нәтижелері мынадай', '7. Бағалау нәтижелері мынадай')
  .replace('тікелей басшымен осы Әдістеменің 1-қосымшасына', 'тікелей басшымен осы Әдістеменің 3-қосымшасына');

const what = (md: string, source?: Parameters<typeof checkDraft>[1]['source']) =>
  checkDraft(md, { date: DATE, ...(source ? { source } : {}) }).findings;
const key = (f: { severity: string; ruleId: string; cite?: { clause: string } | undefined }): string => `${f.severity} ${f.ruleId} ${f.cite?.clause ?? ''}`;

async function viaWord(md: string) {
  const bytes = await renderMarkdown(md, { format: 'docx', meta: { title: 'draft', date: DATE, language: 'kk-KZ' } });
  const d = docxToMarkdown(bytes);
  return { d, findings: what(d.markdown, { unit: 'paragraphs', of: d.paragraphOf, text: d.paragraphText }) };
}

describe('DOCX made by `bagalau draft render`', () => {
  it('the faithful draft: no finding, as in Markdown', async () => {
    const { d, findings } = await viaWord(faithful);
    expect(findings).toEqual([]);
    expect(d.paragraphText.some((t) => t.startsWith('11. Бағалау нәтижелерімен келіспеген'))).toBe(true);
  }, 60_000);
  it('the defective draft: the same findings, each at the paragraph that holds it, with its text', async () => {
    const md = what(defective).map(key).sort();
    expect(md.length).toBeGreaterThanOrEqual(4);
    const { d, findings } = await viaWord(defective);
    expect(findings.map(key).sort()).toEqual(md);
    const at = (rule: string) => findings.find((f) => f.ruleId === rule);
    const dev = at('draft/model-parameter-deviation');
    expect(d.paragraphText[dev?.place?.line ?? 0]).toMatch(/^11\. .*бес күнтізбелік күн/);
    expect(dev?.facts?.['paragraph']).toBe(dev?.place?.line);
    expect(dev?.message.en).toMatch(/\[paragraph \d+: «11\. Бағалау/);
    expect(d.paragraphText[at('draft/numbering-duplicate')?.place?.line ?? 0]).toMatch(/^7\. Бағалау нәтижелері мынадай/);
    expect(at('draft/numbering-duplicate')?.message.en).toMatch(/first in paragraph \d+/);
    expect(d.paragraphText[at('draft/appendix-missing')?.place?.line ?? 0]).toMatch(/^17\. /);
  }, 60_000);
});

/**
 * A minimal Word file with automatic numbering: numId 1 «%1.» with level 2 «%2)»; numId 2 another list;
 * numId 4 the same abstract list as 1, restarted (startOverride) where it is first used; numId 3 bullets.
 */
function wordFile(paragraphs: Array<{ text: string; num?: [number, number]; style?: string; bold?: boolean }>): Uint8Array {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const p = (x: (typeof paragraphs)[number]): string => `<w:p><w:pPr>${x.style ? `<w:pStyle w:val="${x.style}"/>` : ''}${x.num ? `<w:numPr><w:ilvl w:val="${x.num[1]}"/><w:numId w:val="${x.num[0]}"/></w:numPr>` : ''}</w:pPr><w:r>${x.bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${x.text}</w:t></w:r></w:p>`;
  const lvl = (i: number, fmt: string, text: string) => `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${paragraphs.map(p).join('')}<w:sectPr/></w:body></w:document>`),
    'word/numbering.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1.')}${lvl(1, 'decimal', '%2)')}</w:abstractNum><w:abstractNum w:abstractNumId="1">${lvl(0, 'bullet', '•')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:abstractNum w:abstractNumId="2">${lvl(0, 'decimal', '%1.')}</w:abstractNum><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num><w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num><w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num></w:numbering>`),
    'word/styles.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Heading1"/></w:style></w:styles>`),
  });
}

describe('Word automatic numbering', () => {
  const file = wordFile([
    { text: 'Әдістемені бекіту туралы', style: 'Heading1' },
    { text: 'БҰЙЫРАМЫН:', bold: true },
    { text: 'Әдістеме бекітілсін.', num: [2, 0] },
    { text: 'Бағалау әдістемесі', style: 'Heading1' },
    { text: '1-тарау. Жалпы ережелер', style: 'Heading2' },
    { text: 'Бағалау тоқсан сайын жүргізіледі.', num: [1, 0] },
    { text: 'Осы Әдістемеде:', num: [1, 0] },
    { text: 'бірінші ұғым;', num: [1, 1] },
    { text: 'екінші ұғым.', num: [1, 1] },
    { text: 'маңызды емес тізім', num: [3, 0] },
    { text: 'Осы Әдістеменің 9-тармағында көзделген тәртіппен.', num: [1, 0] },
    { text: '1-қосымша', style: 'Heading2' },
    { text: 'қайта басталған тізім', num: [4, 0] },
    { text: 'жалғасы', num: [1, 0] },
  ]);
  it('resolves «%1.» and «%2)» to the numbers a reader sees; lists of one abstract continue, a restart starts at 1, bullets have none', () => {
    const d = docxToMarkdown(file);
    expect(d.paragraphText.slice(1)).toEqual([
      'Әдістемені бекіту туралы', 'БҰЙЫРАМЫН:', '1. Әдістеме бекітілсін.', 'Бағалау әдістемесі', '1-тарау. Жалпы ережелер',
      '1. Бағалау тоқсан сайын жүргізіледі.', '2. Осы Әдістемеде:', '1) бірінші ұғым;', '2) екінші ұғым.', 'маңызды емес тізім',
      '3. Осы Әдістеменің 9-тармағында көзделген тәртіппен.', '1-қосымша', '1. қайта басталған тізім', '2. жалғасы',
    ]);
  });
  it('is read as an act: heading styles, clauses and sub-clauses; a dangling reference at its paragraph', () => {
    const d = docxToMarkdown(file);
    const r = checkDraft(d.markdown, { date: DATE, model: false, source: { unit: 'paragraphs', of: d.paragraphOf, text: d.paragraphText } });
    expect(r.act.operative.map((p) => p.number)).toEqual([1]);
    const doc = r.act.documents[0];
    expect(doc?.chapters.map((c) => c.number)).toEqual([1]);
    expect(doc?.clauses.map((c) => [c.number, c.subClauses.map((s) => s.number)])).toEqual([[1, []], [2, [1, 2]], [3, []]]);
    expect(r.findings.map((f) => [f.ruleId, f.place?.line])).toEqual([['draft/clause-missing', 11], ['draft/appendix-unreferenced', 12]]);
  });
  it('a file that is not a DOCX is a clear error', () => {
    expect(() => docxToMarkdown(strToU8('not a zip'))).toThrow(DocxError);
    expect(() => docxToMarkdown(zipSync({ 'a.txt': strToU8('x') }))).toThrow(/no word\/document.xml/);
    expect(() => docxToMarkdown(zipSync({ 'word/document.xml': strToU8('<w:document><unclosed') }))).toThrow(DocxError);
  });
});
