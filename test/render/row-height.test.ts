/**
 * Rows that the DOCX gives a least height (`w:trHeight` atLeast) are as high in LibreOffice's printing as in our PDF.
 * A blank form's body rows (`rowHeight`, room for handwriting): our layout gives a row its least height and then its
 * 0.5 pt ruling; LibreOffice takes the atLeast height for the whole row, so with the height stated without the ruling
 * its rows were 0.53 pt lower (22.65 pt against 23.18 at 8 mm) and a page held 31 rows against our 30. A header row
 * grown for a cell merged down over the header: LibreOffice gives the merged cell its text and one ruling, as a row of
 * its own, where our layout had not counted the ruling (its first page 0.5 pt lower than ours), and the header it
 * repeats on the next page takes the stated height (0.5 pt higher than ours while stated without the ruling).
 * Read as a reader reads the pages: positions from `pdftotext -bbox`. Needs soffice and pdftotext.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fitModel, markdownToModel, measureWith, modelToDocx, modelToPdf } from '../../src/render/index.js';
import { loadFonts } from '../../src/cli/render.js';
import { requireTools } from './tools.js';
import { tempDir } from '../temp.js';

const work = tempDir('bagalau-rows-');
const rows = (n: number, cells: string): string => Array.from({ length: n }, (_, i) => `| р${i + 1} | ${cells} |`).join('\n');
const DOCS: Record<string, string> = {
  // one-line rows at 8 mm and 10 mm, at 10 and 12 pt
  rows8: `---\ntitle: Жолдар\nfontSize: 12\ntableFontSize: 10\nrowHeight: 8\n---\n<!-- widths: 10 90 -->\n| № | Мәтін |\n| --- | --- |\n${rows(40, 'сөз')}\n`,
  rows10: `---\ntitle: Жолдар\nfontSize: 12\ntableFontSize: 12\nrowHeight: 10\n---\n<!-- widths: 10 90 -->\n| № | Мәтін |\n| --- | --- |\n${rows(40, 'сөз')}\n`,
  // a header of two rows, the middle column merged down over both with a long text, repeated on page 2
  header: `---\ntitle: Жолдар\nfontSize: 12\ntableFontSize: 10\n---\n<!-- header: 2 -->\n<!-- widths: 10 20 70 -->\n| № | ${'қызметшінің жұмысын бағалау парағындағы параметрлердің әрқайсысы бойынша бағаланады '.repeat(2)}| Екі |\n| --- | --- | --- |\n| ^ | ^ | үш |\n${rows(40, 'а | б')}\n`,
};

interface Word { text: string; page: number; y: number }
function words(pdf: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const out: Word[] = [];
  let page = -1;
  for (const m of html.matchAll(/<page |<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)) {
    if (!m[1]) { page++; continue; }
    out.push({ text: m[2] ?? '', page, y: Number(m[1]) });
  }
  return out;
}
const rowWords = (ws: Word[]): Word[] => ws.filter((w) => /^р\d+$/.test(w.text));

describe('rows of a least height in LibreOffice\'s printing of the DOCX', () => {
  const docs: Record<string, { ours: Word[]; lo: Word[] }> = {};
  beforeAll(async () => {
    requireTools(['soffice', 'pdftotext']);
    const fonts = loadFonts();
    const files: string[] = [];
    for (const [name, md] of Object.entries(DOCS)) {
      const model = fitModel(markdownToModel(md, { meta: { title: 't', date: '2026-01-01', language: 'kk-KZ' } }), measureWith(fonts));
      writeFileSync(join(work, `${name}.pdf`), await modelToPdf(model, fonts));
      writeFileSync(join(work, `${name}.docx`), await modelToDocx(model));
      files.push(join(work, `${name}.docx`));
    }
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(work, 'profile')}`, '--convert-to', 'pdf', '--outdir', join(work, 'lo'), ...files], { stdio: 'ignore', timeout: 600_000 });
    for (const name of Object.keys(DOCS)) docs[name] = { ours: words(join(work, `${name}.pdf`)), lo: words(join(work, 'lo', `${name}.pdf`)) };
  }, 600_000);

  for (const name of ['rows8', 'rows10']) {
    it(`${name}: every row on the same page, each row as high within a twip`, () => {
      const { ours, lo } = docs[name] as { ours: Word[]; lo: Word[] };
      const a = rowWords(ours), b = rowWords(lo);
      expect(a).toHaveLength(40);
      expect(Math.max(...a.map((w) => w.page))).toBeGreaterThanOrEqual(1);
      expect(b.map((w) => `${w.text}@${w.page}`)).toEqual(a.map((w) => `${w.text}@${w.page}`));
      // the pitch of the rows on page 1: LibreOffice sets in twips (0.05 pt)
      const page1 = (ws: Word[]): Word[] => ws.filter((w) => w.page === 0);
      const pitch = (ws: Word[]): number => (ws[ws.length - 1]!.y - ws[0]!.y) / (ws.length - 1);
      expect(Math.abs(pitch(page1(b)) - pitch(page1(a)))).toBeLessThan(0.05);
    });
  }

  it('a header grown for its merged cell: the first row under it as far below the header\'s top on both pages', () => {
    const { ours, lo } = docs.header as { ours: Word[]; lo: Word[] };
    // LibreOffice sets the whole page a constant fraction of a point higher (its first line): measured from the header's «№»
    const below = (ws: Word[], page: number): number => {
      const top = ws.find((w) => w.text === '№' && w.page === page);
      const first = rowWords(ws).find((w) => w.page === page);
      if (!top || !first) throw new Error(`page ${page + 1}: header or first row missing`);
      return first.y - top.y;
    };
    expect(Math.max(...rowWords(ours).map((w) => w.page))).toBeGreaterThanOrEqual(1);
    for (const page of [0, 1]) expect(Math.abs(below(lo, page) - below(ours, page)), `page ${page + 1}`).toBeLessThan(0.15);
  });
});
