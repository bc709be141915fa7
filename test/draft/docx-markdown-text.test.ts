/**
 * A draft written in Markdown and saved as Word: LibreOffice opens a .md as plain text, so
 * `libreoffice --convert-to docx draft.md` gives one paragraph per line with the marks typed as text
 * («## Методика …», «### Глава 1. …», «> Министр», «**1-тарау. …**», «1\.»). Before, those paragraphs were
 * escaped as text: no methodology was found («nothing to compare») and its clauses were the order's
 * points, each reported as a repeated number. Such a file is read as the Markdown it holds, each line at
 * its paragraph; a Word file with any structure of its own is read as before.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/law/finding.js';
import { checkDraft } from '../../src/draft/check.js';
import { docxToMarkdown } from '../../src/draft/docx.js';
import { DIALECTS } from './dialects.js';
import { tempDir } from '../temp.js';

const cases = join(import.meta.dirname, 'cases');
const DATE = '2026-01-15';
const kk = readFileSync(join(cases, 'faithful.md'), 'utf8');
const ru = readFileSync(join(cases, 'russian-model.md'), 'utf8');
const kkBroken = kk
  .replace('бес жұмыс күні ішінде "Б"', 'бес күнтізбелік күн ішінде "Б"')
  .replace('8. Бағалау нәтижелері мынадай', '7. Бағалау нәтижелері мынадай')
  .replace('тікелей басшымен осы Әдістеменің 1-қосымшасына', 'тікелей басшымен осы Әдістеменің 3-қосымшасына');
const ruBroken = ru.replace('в течение трех лет', 'в течение одного года').replace('5 (пяти) рабочих', '10 (десяти) рабочих');

const key = (f: Finding): string => `${f.severity} ${f.ruleId} ${f.place?.line ?? '-'} ${f.cite?.clause ?? ''} ${JSON.stringify(f.facts?.['found'] ?? null)}`;
/** The findings of a Word file, placed at its paragraphs. */
const ofDocx = (bytes: Uint8Array): Finding[] => {
  const d = docxToMarkdown(bytes);
  return checkDraft(d.markdown, { date: DATE, source: { unit: 'paragraphs', of: d.paragraphOf, text: d.paragraphText } }).findings;
};
/** One Word paragraph per Markdown line, as LibreOffice's plain-text import makes them. */
const typed = async (md: string, style?: (line: string) => TextRun[]): Promise<Uint8Array> =>
  new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: md.split('\n').map((l) => new Paragraph({ children: style ? style(l) : [new TextRun(l)] })) }] })));

describe('Markdown typed into a Word file', () => {
  it('is read as Markdown: the same findings as the .md, each at the paragraph of its line (Kazakh, Russian, headings or bold)', async () => {
    for (const [name, md] of Object.entries({ kk, kkBroken, ru, ruBroken, 'kk bold': DIALECTS['bold']?.(kkBroken) ?? '', 'ru bold': DIALECTS['bold']?.(ruBroken) ?? '' })) {
      const expected = checkDraft(md, { date: DATE }).findings;
      // Paragraph N is line N: the places are the same numbers.
      expect(ofDocx(await typed(md)).map(key).sort(), name).toEqual(expected.map(key).sort());
    }
    expect(checkDraft(kkBroken, { date: DATE }).findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['draft/model-parameter-deviation', 'draft/numbering-duplicate', 'draft/appendix-missing']));
    expect(checkDraft(ruBroken, { date: DATE }).findings.filter((f) => f.ruleId === 'draft/model-parameter-deviation').length).toBe(2);
  });

  it('a Word file with structure of its own (a paragraph in bold) keeps its marks as text', async () => {
    const md = '# Тақырып\n\n## Бөлім\n\n> Министр\n\n1. Бірінші.';
    const plain = docxToMarkdown(await typed(md)).markdown;
    expect(plain).toBe(md);
    const withBold = docxToMarkdown(await typed(md, (l) => [new TextRun({ text: l, bold: l.startsWith('1.') })])).markdown;
    expect(withBold).toContain('\\# Тақырып');
    expect(withBold).toContain('**1\\. Бірінші.**');
  });
});

const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!hasSoffice)('Markdown saved as Word by LibreOffice (`soffice --convert-to docx draft.md`)', () => {
  it('gives the findings of the Markdown, Kazakh and Russian', () => {
    const dir = tempDir('bagalau-lo-md-');
    const drafts = { kk: kkBroken, ru: ruBroken };
    for (const [name, md] of Object.entries(drafts)) writeFileSync(join(dir, `${name}.md`), md);
    const r = spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'docx', '--outdir', dir,
      ...Object.keys(drafts).map((n) => join(dir, `${n}.md`))], { encoding: 'utf8', timeout: 280_000 });
    if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
    for (const [name, md] of Object.entries(drafts)) {
      const got = ofDocx(new Uint8Array(readFileSync(join(dir, `${name}.docx`))));
      expect(got.map(key).sort(), name).toEqual(checkDraft(md, { date: DATE }).findings.map(key).sort());
      expect(got.filter((f) => f.ruleId === 'draft/model-nothing-to-compare'), name).toEqual([]);
    }
  }, 300_000);
});
