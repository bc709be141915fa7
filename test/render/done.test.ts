/**
 * Issue 8, "done when": for each of the six methodologies every blank form, every document of its valid sample
 * and its approval order, in both backends (our PDF, and our DOCX as LibreOffice prints it), read as a reader
 * reads them — words and their boxes from `pdftotext -bbox`, page text — not bytes:
 * - no word split without a hyphen (every word printed is a word of the document, a piece of it after «-»,
 *   or a run of its syllables ending in «-»);
 * - no text below 10 pt;
 * - a signature block on one page;
 * - no heading as the last line of a page;
 * - clause markers of the orders as the act writes them («N.» / «N)»);
 * - no editorial note in the body;
 * - both backends agree on the page count.
 * Needs soffice, pdftotext, pdfinfo (a missing tool fails the test with the install line).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fitModel, markdownToModel, measureWith, modelToDocx, modelToPdf } from '../../src/render/index.js';
import type { DocumentModel } from '../../src/render/index.js';
import type { Paragraph, Table } from '../../src/render/model.js';
import { hyphenate, segments, SOFT_HYPHEN } from '../../src/render/linebreak.js';
import { blankJobs, loadFonts, loadTemplateSet, orderJob, packageJobs } from '../../src/cli/render.js';
import type { Job } from '../../src/cli/render.js';
import { loadFile, sessionLoader } from '../../src/package/load.js';
import { pdfPages, requireTools } from './tools.js';
import { A4_OFFICIAL } from '../../src/render/format-rules.js';
import { tempDir } from '../temp.js';

const MARGIN_LEFT_MM = A4_OFFICIAL.marginLeftMm;
const MARGIN_RIGHT_MM = A4_OFFICIAL.marginRightMm;

const TEMPLATES = join(process.cwd(), 'templates');
const IDS = ['mic-2018', 'almaty-maslikhat-2018', 'asa-a-corps', 'asa-b-model', 'kyzylorda-maslikhat-2018', 'sjc-apparatus'];
const work = tempDir('bagalau-done-');
const EDITORIAL = [/Қайта құрылған нысан/, /REPAIRS/, /қайта құрылды/, /қалпына келтірілді/, /диаграмманы салмайды/, /жарияланған мәтін/i];
/** pdftotext's word box height over the type size for Tinos / Liberation Serif (ascent + descent). */
const BOX_PER_PT = 1.107;

interface Doc { id: string; job: Job; model: DocumentModel; ours: string; lo: string }
const docs: Doc[] = [];

const loadSession = sessionLoader();
function jobsOf(id: string): Job[] {
  const ts = loadTemplateSet(TEMPLATES, id);
  const file = `samples/${id}/valid.yaml`;
  const sample = packageJobs(file, loadFile(file).data, TEMPLATES, (ref) => loadSession(ref, file).data).map((j) => ({ ...j, name: `${id}.sample.${j.name}` }));
  return [...blankJobs(ts, 'all'), ...sample, orderJob(ts)];
}

beforeAll(async () => {
  requireTools(['soffice', 'pdftotext', 'pdfinfo']);
  const fonts = loadFonts();
  const measure = measureWith(fonts);
  for (const id of IDS) {
    for (const job of jobsOf(id)) {
      const model = fitModel(markdownToModel(job.markdown, { meta: { title: job.title, date: job.date, language: 'kk-KZ' } }), measure);
      const ours = join(work, `${job.name}.pdf`);
      writeFileSync(ours, await modelToPdf(model, fonts));
      writeFileSync(join(work, `${job.name}.docx`), await modelToDocx(model));
      docs.push({ id, job, model, ours, lo: join(work, 'lo', `${job.name}.pdf`) });
    }
  }
  mkdirSync(join(work, 'lo'), { recursive: true });
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(work, 'profile')}`, '--convert-to', 'pdf', '--outdir', join(work, 'lo'), ...docs.map((d) => join(work, `${d.job.name}.docx`))], { stdio: 'ignore', timeout: 900_000 });
}, 1_200_000);

// ---- reading a PDF as a reader does --------------------------------------------------------------------------

interface Word { text: string; page: number; x: number; y: number; h: number }
const unxml = (s: string): string => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const bboxCache = new Map<string, { words: Word[]; widths: number[] }>();
function read(pdf: string): { words: Word[]; widths: number[] } {
  let out = bboxCache.get(pdf);
  if (out) return out;
  out = { words: [], widths: [] };
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  let page = -1;
  for (const m of html.matchAll(/<page width="([\d.]+)"|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (m[1]) { page++; out.widths.push(Number(m[1])); continue; }
    out.words.push({ text: unxml(m[5] ?? ''), page, x: Number(m[2]), y: Number(m[3]), h: Number(m[4]) - Number(m[3]) });
  }
  bboxCache.set(pdf, out);
  return out;
}
const words = (pdf: string): Word[] => read(pdf).words;

/** The lines of each page, top to bottom, each its words' text joined. */
function lines(pdf: string): string[][] {
  const pages: Map<number, Word[]>[] = [];
  for (const w of words(pdf)) {
    pages[w.page] ??= new Map();
    const key = Math.round(w.y);
    const row = pages[w.page]?.get(key) ?? [];
    row.push(w);
    pages[w.page]?.set(key, row);
  }
  return pages.map((p) => [...(p ?? new Map<number, Word[]>()).entries()].sort((a, b) => a[0] - b[0]).map(([, ws]) => ws.sort((a, b) => a.x - b.x).map((w) => w.text).join(' ')));
}

const squeeze = (s: string): string => s.replace(/[\s\u00ad]+/g, '');

// ---- what the model says ----------------------------------------------------------------------------------------

function paragraphs(m: DocumentModel): Paragraph[] {
  const out: Paragraph[] = [];
  for (const b of m.blocks) {
    if (b.kind === 'paragraph') out.push(b);
    else if (b.kind === 'table') for (const row of b.rows) for (const c of row) out.push(...c.paragraphs);
  }
  return out;
}
const text = (p: Paragraph): string => p.runs.map((r) => r.text).join('').split(SOFT_HYPHEN).join('');

/**
 * The words a reader may see: every word of the document and its UAX #14 pieces, whole; the last syllables of a
 * word (what follows a hyphenation), whole; any run of its syllables only with the hyphen that ends it.
 */
interface Vocabulary { whole: Set<string>; hyphenated: Set<string> }
function vocabulary(m: DocumentModel): Vocabulary {
  const whole = new Set<string>();
  const hyphenated = new Set<string>();
  for (const p of paragraphs(m)) {
    for (const token of text(p).split(/\s+/).filter(Boolean)) {
      whole.add(token);
      for (const s of segments(token)) whole.add(s);
      // LibreOffice also breaks after a hyphen before a digit («E-R-|5;»), which UAX #14 does not
      for (const s of token.split(/(?<=-)/)) whole.add(s);
      for (const piece of [token, ...segments(token)]) {
        const syl = hyphenate(piece).split(SOFT_HYPHEN);
        for (let i = 0; i < syl.length; i++) {
          whole.add(syl.slice(i).join(''));
          for (let j = i + 1; j < syl.length; j++) hyphenated.add(syl.slice(i, j).join(''));
        }
      }
    }
  }
  for (let n = 1; n < 200; n++) whole.add(String(n));
  return { whole, hyphenated };
}

const isBlank = (w: string): boolean => /^[_.\s]+$/.test(w);
const accepted = (w: string, v: Vocabulary): boolean => isBlank(w) || v.whole.has(w) || (w.endsWith('-') && (v.hyphenated.has(w.slice(0, -1)) || v.whole.has(w.slice(0, -1))));

function splitWords(pdf: string, vocab: Vocabulary): string[] {
  return words(pdf).filter((w) => !accepted(w.text, vocab)).map((w) => `p${w.page + 1} «${w.text}»`);
}

const headings = (m: DocumentModel): string[] => m.blocks.filter((b): b is Paragraph => b.kind === 'paragraph' && !!b.keepWithNext && b.runs.every((r) => r.bold) && b.indentLeftMm === 0).map((p) => squeeze(text(p))).filter(Boolean);

/**
 * The pages of each signature block's first and last line: the block is looked for whole — the text of its left
 * cells, in order — and found only where nothing comes between them. A block's left cells hold the first 60 % of
 * the text width and its right cells the rest, so each page is read as its left part then its right part, each top
 * to bottom (read line by line, a left cell that wraps, «VІ сайланған … төрағасы» beside «К. Матыжанов», had the
 * right cell's words inside its own); a block split over two pages has the rest of the first page between its
 * parts, and is not found ([-1, -1]). Blanks are left out (they are not looked for).
 */
function signaturePages(pdf: string, blocks: string[]): [number, number][] {
  const { words: ws, widths } = read(pdf);
  const left = (MARGIN_LEFT_MM * 72) / 25.4;
  const right = (MARGIN_RIGHT_MM * 72) / 25.4;
  const pageTexts = widths.map((w, p) => {
    const split = left + 0.6 * (w - left - right) - 2;
    const mine = ws.filter((x) => x.page === p && !isBlank(x.text)).sort((a, b) => Math.round(a.y) - Math.round(b.y) || a.x - b.x);
    return squeeze(mine.filter((x) => x.x < split).map((x) => x.text).join('')) + squeeze(mine.filter((x) => x.x >= split).map((x) => x.text).join(''));
  });
  const all = pageTexts.join('');
  const pageAt = (offset: number): number => {
    let acc = 0;
    for (let p = 0; p < pageTexts.length; p++) { acc += (pageTexts[p] ?? '').length; if (offset < acc) return p; }
    return -1;
  };
  const out: [number, number][] = [];
  let from = 0;
  for (const block of blocks) {
    const begin = all.indexOf(block, from);
    if (begin < 0) { out.push([-1, -1]); continue; }
    out.push([pageAt(begin), pageAt(begin + block.length - 1)]);
    from = begin + block.length;
  }
  return out;
}

/** The text of every signature block (borderless table): its left cells, blanks taken out. */
function signatureEnds(m: DocumentModel): string[] {
  // a row «күні ____» is found by «күні»
  const cellText = (row: Table['rows'][number] | undefined): string => squeeze((row?.[0]?.paragraphs.map(text).join(' ') ?? '').split(/\s+/).filter((w) => w && !isBlank(w)).join(''));
  return m.blocks.filter((b): b is Table => b.kind === 'table' && !b.borders && b.rows.length > 1).map((t) => t.rows.map(cellText).join('')).filter(Boolean);
}

const markers = (ls: string[]): string[] => ls.map((l) => /^(\d{1,3}[.)]) \S/.exec(l.trim())?.[1]).filter((x): x is string => !!x);

for (const id of IDS) {
  describe(`${id}: every document as an official would sign it`, () => {
    const mine = (): Doc[] => docs.filter((d) => d.id === id);

    it('LibreOffice opens every DOCX; both backends agree on the page count', () => {
      expect(mine().length).toBeGreaterThan(0);
      expect(mine().filter((d) => !existsSync(d.lo)).map((d) => d.job.name)).toEqual([]);
      const differ = mine().filter((d) => pdfPages(d.ours) !== pdfPages(d.lo)).map((d) => `${d.job.name}: ours ${pdfPages(d.ours)}, LibreOffice ${pdfPages(d.lo)}`);
      expect(differ).toEqual([]);
    });

    it('no word is split without a hyphen, in either backend', () => {
      const bad = mine().flatMap((d) => {
        const v = vocabulary(d.model);
        return [...splitWords(d.ours, v).map((w) => `${d.job.name} ours ${w}`), ...splitWords(d.lo, v).map((w) => `${d.job.name} LO ${w}`)];
      });
      expect(bad.slice(0, 20)).toEqual([]);
    });

    it('no text below 10 pt', () => {
      const small = mine().flatMap((d) => [d.ours, d.lo].flatMap((pdf) => words(pdf).filter((w) => w.h / BOX_PER_PT < 9.9).map((w) => `${d.job.name} ${pdf === d.ours ? 'ours' : 'LO'} p${w.page + 1} «${w.text}» ${(w.h / BOX_PER_PT).toFixed(1)} pt`)));
      expect(small.slice(0, 20)).toEqual([]);
    });

    it('every signature block is on one page, in both backends', () => {
      const split: string[] = [];
      for (const d of mine()) {
        const ends = signatureEnds(d.model);
        for (const pdf of [d.ours, d.lo]) {
          signaturePages(pdf, ends).forEach(([a, b], i) => {
            if (a !== b || a < 0) split.push(`${d.job.name} ${pdf === d.ours ? 'ours' : 'LO'}: «${ends[i]?.slice(0, 40)}…» ${a < 0 ? 'not found whole' : `on p${a + 1}–p${b + 1}`}`);
          });
        }
      }
      expect(split).toEqual([]);
    });

    it('no heading is the last line of a page', () => {
      const stranded: string[] = [];
      for (const d of mine()) {
        const hs = new Set(headings(d.model));
        for (const pdf of [d.ours, d.lo]) {
          lines(pdf).forEach((ls, p, all) => {
            if (p === all.length - 1) return;
            const last = squeeze(ls[ls.length - 1] ?? '');
            if (hs.has(last)) stranded.push(`${d.job.name} ${pdf === d.ours ? 'ours' : 'LO'} p${p + 1}: «${ls[ls.length - 1]}»`);
          });
        }
      }
      expect(stranded).toEqual([]);
    });

    it('no editorial note is printed', () => {
      const notes = mine().flatMap((d) => [d.ours, d.lo].flatMap((pdf) => lines(pdf).flat().filter((l) => EDITORIAL.some((re) => re.test(l))).map((l) => `${d.job.name}: «${l}»`)));
      expect(notes).toEqual([]);
    });

    it('the order prints each clause with the act\'s marker («N.» / «N)»), in both backends', () => {
      const order = mine().find((d) => d.job.name.endsWith('.order'));
      if (!order) throw new Error('no order');
      const want = order.model.blocks.filter((b): b is Paragraph => b.kind === 'paragraph').map((p) => /^(\d{1,3}[.)]) /.exec(text(p))?.[1]).filter((x): x is string => !!x);
      expect(want.length).toBeGreaterThan(0);
      for (const pdf of [order.ours, order.lo]) {
        const got = markers(lines(pdf).flat());
        // every marker of the model, in order (a table's own numbering may add lines between them)
        let i = 0;
        for (const g of got) if (g === want[i]) i++;
        expect(i, `${pdf}: marker ${want[i]} (number ${i + 1} of ${want.length}) not printed in order`).toBe(want.length);
      }
    });
  });
}

describe('the checks can fail (breaking cases)', () => {
  it('a word cut in two without a hyphen is found; with its hyphen it passes', () => {
    const v = vocabulary(markdownToModel('Жоспарлы мәні; жетті/көрсеткішке\n', { meta: { title: 't', date: '2026-01-01', language: 'kk-KZ' } }));
    expect(['Жоспарлы', 'Жос-', 'Жоспар-', 'парлы', 'жетті/көрсеткішке', 'жетті/көр-', 'сеткішке'].filter((w) => !accepted(w, v))).toEqual([]);
    // a cut after the slash is a cut: Word and LibreOffice do not break there (linebreak.ts)
    expect(['Жоспар', 'Жоспарл', 'Жоспарл-', 'тоқс', 'жет', 'жетті/', 'жетті/көрсеткіш'].filter((w) => !accepted(w, v))).toEqual(['Жоспар', 'Жоспарл', 'Жоспарл-', 'тоқс', 'жет', 'жетті/', 'жетті/көрсеткіш']);
  });
  it('a heading at a page foot and text below 10 pt are seen', async () => {
    const fonts = loadFonts();
    const filler = Array.from({ length: 43 }, (_, i) => `Жол ${i + 1}.`).join('\n\n');
    // the heading's keep-with-next is taken away: it is left at the foot of page 1
    const m = fitModel(markdownToModel(`${filler}\n\n## Шешім\n\nМәтін. {.small}\n`, { meta: { title: 't', date: '2026-01-01', language: 'kk-KZ' }, page: { fontSizePt: 14 } }), measureWith(fonts));
    for (const b of m.blocks) if (b.kind === 'paragraph') { b.keepWithNext = false; if (b.runs[0]?.text === 'Мәтін.') b.sizePt = 8; }
    const pdf = join(work, 'breaking.pdf');
    writeFileSync(pdf, await modelToPdf(m, fonts));
    const ls = lines(pdf);
    expect(squeeze(ls[0]?.[ls[0].length - 1] ?? '')).toBe('Шешім');
    expect(words(pdf).some((w) => w.text === 'Мәтін.' && w.h / BOX_PER_PT < 9.9)).toBe(true);
  });
  it('a signature block split over two pages is seen, a wrapping left cell included; kept whole, it passes', async () => {
    const fonts = loadFonts();
    const sig = '```signature\nVІ сайланған Алматы қаласы мәслихаты XXVІІ сессиясының төрағасы | К. Матыжанов\nКомиссияның мүшесі | \\_\\_\\_\\_\\_\\_\nVІ сайланған Алматы қаласы мәслихатының хатшысы | Қ. Қазанбаев\n```\n';
    const at = async (n: number, split: boolean): Promise<[number, number][]> => {
      const filler = Array.from({ length: n }, (_, i) => `Жол ${i + 1}.`).join('\n\n');
      const m = fitModel(markdownToModel(`${filler}\n\n${sig}`, { meta: { title: 't', date: '2026-01-01', language: 'kk-KZ' } }), measureWith(fonts));
      const ends = signatureEnds(m);
      // a bordered table may split between rows: the block made one shows what a split looks like
      if (split) for (const b of m.blocks) if (b.kind === 'table') b.borders = true;
      const pdf = join(work, `sig-${n}-${split}.pdf`);
      writeFileSync(pdf, await modelToPdf(m, fonts));
      return signaturePages(pdf, ends);
    };
    expect(await at(42, false)).toEqual([[1, 1]]);
    expect(await at(42, true)).toEqual([[-1, -1]]);
    expect(await at(10, false)).toEqual([[0, 0]]);
  });
});
