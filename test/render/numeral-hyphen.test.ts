/**
 * A numeral joined to its suffix by a hyphen («1-ден», «2-ші», «10-нан», «3-тен»; Russian «1-го», «2-х») is one word:
 * no line ends «1-» with «ден» on the next (sjc-apparatus App. 4 printed «Бағалау (1-» over «ден 5 баллға дейін)»).
 * A hyphen between two words («қала-сы», «жеке-дара») keeps its break. Read as a reader reads the pages: the lines of
 * our PDF and of LibreOffice's printing of the DOCX (`pdftotext -bbox`), in paragraphs whose width brings the line's
 * end to that hyphen. Needs soffice and pdftotext (a missing tool fails the test with the install line).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { fitModel, markdownToModel, measureWith, modelToDocx, modelToPdf } from '../../src/render/index.js';
import { cutAtNumeralSuffixHyphens, isNumeralSuffixHyphen, segments } from '../../src/render/linebreak.js';
import { loadFonts } from '../../src/cli/render.js';
import { requireTools } from './tools.js';
import { tempDir } from '../temp.js';

describe('where a line may break at a hyphen', () => {
  it('never after a numeral\'s hyphen before its suffix', () => {
    for (const w of ['1-ден', '2-ші', '10-нан', '3-тен', '5-қосымша', '2.1-көрсеткіші', '1-го', '2-х']) {
      expect(segments(`бағалау ${w} дейін`), w).toEqual(['бағалау ', `${w} `, 'дейін']);
    }
    expect(segments('Бағалау (1-ден 5 баллға дейін)')).toEqual(['Бағалау ', '(1-ден ', '5 ', 'баллға ', 'дейін)']);
    expect(isNumeralSuffixHyphen('1-ден', 1)).toBe(true);
  });

  it('after the hyphen of a compound word, as before', () => {
    expect(segments('қала-сы жеке-дара')).toEqual(['қала-', 'сы ', 'жеке-', 'дара']);
    expect(isNumeralSuffixHyphen('қала-сы', 4)).toBe(false);
    expect(isNumeralSuffixHyphen('1-2', 1)).toBe(false);
    expect(isNumeralSuffixHyphen('1 -ден', 2)).toBe(false);
  });

  it('the DOCX pieces around a non-breaking hyphen, read across runs', () => {
    expect(cutAtNumeralSuffixHyphens('(1-ден 5, 2-ші)')).toEqual(['(1', 'ден 5, 2', 'ші)']);
    expect(cutAtNumeralSuffixHyphens('қала-сы')).toEqual(['қала-сы']);
    // a run «-ден» after a run ending «1»: the paragraph's text decides
    expect(cutAtNumeralSuffixHyphens('бет 1-ден', 5, 9)).toEqual(['', 'ден']);
  });
});

const work = tempDir('bagalau-hyphen-');
/** A paragraph whose first word grows letter by letter, so that its first line ends at each place of the sentence in turn. */
const paragraph = (n: number, word: string): string =>
  `${'ә'.repeat(n + 1)} қызметшінің жұмысын бағалау парағындағы параметрлердің әрқайсысы ${word} 5 баллға дейін бағаланады. {.left}`;
const markdown = (word: string): string => `---\ntitle: Дефис\nfontSize: 12\n---\n${Array.from({ length: 40 }, (_, n) => paragraph(n, word)).join('\n\n')}\n`;

/** Each printed line's words, page by page, top to bottom (pdftotext joins the pieces drawn side by side into one word). */
function lines(pdf: string): string[][] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const out: string[][] = [];
  let key = '';
  let page = 0;
  for (const m of html.matchAll(/<page |<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)) {
    if (!m[1]) { page++; continue; }
    const k = `${page}:${Math.round(Number(m[1]))}`;
    if (k !== key) { out.push([]); key = k; }
    out[out.length - 1]?.push(m[2] ?? '');
  }
  return out;
}

describe('a numeral\'s hyphen at the end of a line, in our PDF and in LibreOffice\'s printing of the DOCX', () => {
  const printed: Record<string, { ours: string[][]; lo: string[][] }> = {};
  let docxXml = '';
  let loText = '';
  beforeAll(async () => {
    requireTools(['soffice', 'pdftotext']);
    const fonts = loadFonts();
    const files: string[] = [];
    for (const [name, word] of [['numeral', '1-ден'], ['compound', 'қала-сы']] as const) {
      const model = fitModel(markdownToModel(markdown(word), { meta: { title: 't', date: '2026-01-01', language: 'kk-KZ' } }), measureWith(fonts));
      const ours = join(work, `${name}.pdf`);
      writeFileSync(ours, await modelToPdf(model, fonts));
      const docx = await modelToDocx(model);
      writeFileSync(join(work, `${name}.docx`), docx);
      if (name === 'numeral') docxXml = strFromU8(unzipSync(docx)['word/document.xml'] ?? new Uint8Array());
      files.push(join(work, `${name}.docx`));
      printed[name] = { ours: lines(ours), lo: [] };
    }
    const profile = `-env:UserInstallation=file://${join(work, 'profile')}`;
    execFileSync('soffice', ['--headless', profile, '--convert-to', 'pdf', '--outdir', join(work, 'lo'), ...files], { stdio: 'ignore', timeout: 600_000 });
    execFileSync('soffice', ['--headless', profile, '--convert-to', 'txt:Text', '--outdir', join(work, 'lo'), files[0] as string], { stdio: 'ignore', timeout: 600_000 });
    for (const name of Object.keys(printed)) (printed[name] as { lo: string[][] }).lo = lines(join(work, 'lo', `${name}.pdf`));
    loText = readFileSync(join(work, 'lo', 'numeral.txt'), 'utf8');
  }, 600_000);

  for (const reader of ['ours', 'lo'] as const) {
    const who = reader === 'ours' ? 'our PDF' : 'LibreOffice';
    it(`${who}: «1-ден» is never cut, and it begins a line where the line is full before it`, () => {
      const all = printed.numeral?.[reader] ?? [];
      expect(all.some((l) => /\d-$/.test(l[l.length - 1] ?? '')), JSON.stringify(all.filter((l) => /\d-$/.test(l[l.length - 1] ?? '')))).toBe(false);
      // every paragraph prints the word whole, with a plain hyphen-minus, and in some the width brings the break to it
      expect(all.flat().filter((w) => w === '1-ден')).toHaveLength(40);
      expect(all.filter((l) => l[0] === '1-ден').length).toBeGreaterThan(0);
    });

    it(`${who}: a compound word still breaks after its hyphen`, () => {
      const all = printed.compound?.[reader] ?? [];
      expect(all.filter((l) => l[l.length - 1] === 'қала-').length).toBeGreaterThan(0);
    });
  }

  it('the DOCX writes the numeral\'s hyphen as Word\'s non-breaking hyphen, the compound\'s as text', () => {
    expect(docxXml.match(/<w:t xml:space="preserve">[^<]*1<\/w:t><w:noBreakHyphen\/><w:t xml:space="preserve">ден [^<]*<\/w:t>/g)).toHaveLength(40);
    expect(docxXml).not.toContain('1-ден');
  });

  it('LibreOffice\'s own text export reads the non-breaking hyphen as U+2011 (its printing as «-», above)', () => {
    expect(loText.split('1\u2011ден')).toHaveLength(41);
  });
});
