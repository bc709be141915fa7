/**
 * Issue 9: the faithful draft (and a defective twin) made DOCX by LibreOffice, with LibreOffice's own
 * automatic numbering exported as Word list numbering (numbering.xml: abstract lists, restarts,
 * «%1.» and «%1)»), gives the same findings as its Markdown. One soffice call converts both files.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/draft/check.js';
import { docxToMarkdown } from '../../src/draft/docx.js';
import { markdownToFodt } from './fodt.js';
import { tempDir } from '../temp.js';

const faithful = readFileSync(join(import.meta.dirname, 'cases/faithful.md'), 'utf8');
const DATE = '2026-01-15';
const defective = faithful
  .replace('бес жұмыс күні ішінде "Б"', 'бес күнтізбелік күн ішінде "Б"')
  .replace('8. Бағалау нәтижелері мынадай', '7. Бағалау нәтижелері мынадай')
  .replace('тікелей басшымен осы Әдістеменің 1-қосымшасына', 'тікелей басшымен осы Әдістеменің 3-қосымшасына');
const key = (f: { severity: string; ruleId: string; cite?: { clause: string } | undefined }): string => `${f.severity} ${f.ruleId} ${f.cite?.clause ?? ''}`;
const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!hasSoffice)('DOCX made by LibreOffice with Word list numbering', () => {
  const dir = tempDir('bagalau-lo-');
  const convert = (): void => {
    writeFileSync(join(dir, 'faithful.fodt'), markdownToFodt(faithful));
    writeFileSync(join(dir, 'defective.fodt'), markdownToFodt(defective));
    const r = spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'docx:MS Word 2007 XML', '--outdir', dir,
      join(dir, 'faithful.fodt'), join(dir, 'defective.fodt')], { encoding: 'utf8', timeout: 280_000 });
    if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
  };
  it('numbers live in numbering.xml (not in the text), and are read as a reader sees them', () => {
    convert();
    const bytes = new Uint8Array(readFileSync(join(dir, 'faithful.docx')));
    const parts = unzipSync(bytes);
    expect(new TextDecoder().decode(parts['word/numbering.xml'])).toMatch(/w:lvlText w:val="%1\)"/);
    expect(new TextDecoder().decode(parts['word/document.xml'])).not.toMatch(/<w:t[^>]*>11\. Бағалау/);
    const d = docxToMarkdown(bytes);
    expect(d.paragraphText.some((t) => t.startsWith('11. Бағалау нәтижелерімен келіспеген'))).toBe(true);
    expect(d.paragraphText.some((t) => t.startsWith('7) бағаланатын кезең'))).toBe(true);
    const r = checkDraft(d.markdown, { date: DATE });
    expect(r.findings).toEqual([]);
    expect(r.act.documents[0]?.clauses.map((c) => c.number)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
  }, 300_000);
  it('the defective draft gives the findings of its Markdown, at the paragraphs that hold them', () => {
    const d = docxToMarkdown(new Uint8Array(readFileSync(join(dir, 'defective.docx'))));
    const found = checkDraft(d.markdown, { date: DATE, source: { unit: 'paragraphs', of: d.paragraphOf, text: d.paragraphText } }).findings;
    expect(found.map(key).sort()).toEqual(checkDraft(defective, { date: DATE }).findings.map(key).sort());
    const dev = found.find((f) => f.ruleId === 'draft/model-parameter-deviation');
    expect(d.paragraphText[dev?.place?.line ?? 0]).toMatch(/^11\. .*бес күнтізбелік күн/);
  });
});
