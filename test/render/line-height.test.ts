/**
 * The DOCX states each paragraph's lines exactly as high as our layout sets them. With Word's «single» spacing
 * LibreOffice set Times New Roman at 10 pt 11.55 pt a line where ours is 11.5; a page of table rows came to a point and
 * more lower in LibreOffice, and a row standing at the foot of our page went to the next page in its printing (an
 * sjc-apparatus App. 5 with long Russian answers: 15 pages against our 14). Read as a reader reads the pages: the page
 * of every row in our PDF and in LibreOffice's printing of the DOCX.
 * Needs soffice and pdftotext (a missing tool fails the test with the install line).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fitModel, markdownToModel, measureWith, modelToDocx, modelToPdf } from '../../src/render/index.js';
import { loadFonts } from '../../src/cli/render.js';
import { requireTools } from './tools.js';
import { tempDir } from '../temp.js';

const work = tempDir('bagalau-lines-');
const WORDS = ['қызметшінің', 'бағалау', 'нәтижелері', 'комиссияның', 'шешімі', 'құзыреттер', 'бойынша', 'орташа', 'баға', 'жұмыс', 'жоспары'];
/** Row n's text: 1 to 4 lines of the wide column, in a fixed pattern. */
const cell = (n: number): string => {
  const lines = 1 + ((n * 7) % 4);
  const out: string[] = [];
  for (let i = 0; out.join(' ').length < lines * 70 - 20; i++) out.push(WORDS[(n + i) % WORDS.length] as string);
  return out.join(' ');
};
const markdown = (filler: number): string => `---\ntitle: Жолдар\nfontSize: 12\ntableFontSize: 10\n---\n${Array.from({ length: filler }, (_, i) => `Жол ${i + 1}.`).join('\n\n')}\n\n<!-- widths: 10 90 -->\n| № | Мәтін |\n| --- | --- |\n${Array.from({ length: 90 }, (_, i) => `| р${i + 1} | ${cell(i)} |`).join('\n')}\n`;

function rowPages(pdf: string): Map<string, number> {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const out = new Map<string, number>();
  let page = -1;
  for (const m of html.matchAll(/<page |<word [^>]*>(р\d+)<\/word>/g)) {
    if (!m[1]) { page++; continue; }
    out.set(m[1], page);
  }
  return out;
}

describe('a long table of 10 pt rows in LibreOffice\'s printing of the DOCX', () => {
  const docs: { ours: string; lo: string }[] = [];
  beforeAll(async () => {
    requireTools(['soffice', 'pdftotext']);
    const fonts = loadFonts();
    const files: string[] = [];
    // with 21 lines before the table, row 13 closes page 1 of our PDF with less room to spare than LibreOffice had lost by
    // then: with «single» spacing it went to page 2 there
    for (const filler of [0, 21]) {
      const model = fitModel(markdownToModel(markdown(filler), { meta: { title: 't', date: '2026-01-01', language: 'kk-KZ' } }), measureWith(fonts));
      const ours = join(work, `rows-${filler}.pdf`);
      writeFileSync(ours, await modelToPdf(model, fonts));
      writeFileSync(join(work, `rows-${filler}.docx`), await modelToDocx(model));
      files.push(join(work, `rows-${filler}.docx`));
      docs.push({ ours, lo: join(work, 'lo', `rows-${filler}.pdf`) });
    }
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(work, 'profile')}`, '--convert-to', 'pdf', '--outdir', join(work, 'lo'), ...files], { stdio: 'ignore', timeout: 600_000 });
  }, 600_000);

  it('runs over its pages at the same rows as our PDF', () => {
    for (const doc of docs) {
      const ours = rowPages(doc.ours);
      expect(ours.size, doc.ours).toBe(90);
      expect(Math.max(...ours.values()), doc.ours).toBeGreaterThanOrEqual(3);
      expect(Object.fromEntries(rowPages(doc.lo)), doc.lo).toEqual(Object.fromEntries(ours));
    }
  });
});
