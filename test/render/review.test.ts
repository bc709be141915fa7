/**
 * What a reviewing official sends back, read as the official reads it: the words and their places on the page
 * (`pdftotext -bbox`) of our PDF and of LibreOffice's printing of our DOCX. Each case was found by rendering the
 * samples and stress data (long names, tall rows) and looking at the pages.
 * Needs soffice and pdftotext (a missing tool fails the test with the install line).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fitModel, markdownToModel, measureWith, modelToDocx, modelToPdf, MarkdownError } from '../../src/render/index.js';
import { blankJobs, loadFonts, loadTemplateSet, packageJobs } from '../../src/cli/render.js';
import type { Job } from '../../src/cli/render.js';
import { loadFile, sessionLoader } from '../../src/package/load.js';
import { requireTools } from './tools.js';
import { tempDir } from '../temp.js';

const TEMPLATES = join(process.cwd(), 'templates');
const meta = { title: 't', date: '2026-01-01', language: 'kk-KZ' };
const work = tempDir('bagalau-review-');

interface Word { text: string; page: number; x: number; y: number }
function words(pdf: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const out: Word[] = [];
  let page = -1;
  for (const m of html.matchAll(/<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<\/word>/g)) {
    if (!m[1]) { page++; continue; }
    out.push({ text: m[3] ?? '', page, x: Number(m[1]), y: Number(m[2]) });
  }
  return out;
}
/** Each page's lines, top to bottom, each its words joined. */
function lines(pdf: string): string[][] {
  const pages: Map<number, Word[]>[] = [];
  for (const w of words(pdf)) {
    const page = (pages[w.page] ??= new Map());
    const key = Math.round(w.y);
    page.set(key, [...(page.get(key) ?? []), w]);
  }
  return [...pages].map((p) => [...(p ?? new Map<number, Word[]>()).entries()].sort((a, b) => a[0] - b[0]).map(([, ws]) => ws.sort((a, b) => a.x - b.x).map((w) => w.text).join(' ')));
}

/** Our PDF and LibreOffice's PDF of our DOCX, for each Markdown or job. */
async function both(items: { name: string; markdown: string }[]): Promise<Map<string, { ours: string; lo: string }>> {
  const fonts = loadFonts();
  const out = new Map<string, { ours: string; lo: string }>();
  const docx: string[] = [];
  for (const { name, markdown } of items) {
    const model = fitModel(markdownToModel(markdown, { meta }), measureWith(fonts));
    const ours = join(work, `${name}.pdf`);
    writeFileSync(ours, await modelToPdf(model, fonts));
    writeFileSync(join(work, `${name}.docx`), await modelToDocx(model));
    docx.push(join(work, `${name}.docx`));
    out.set(name, { ours, lo: join(work, 'lo', `${name}.pdf`) });
  }
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(work, 'profile')}`, '--convert-to', 'pdf', '--outdir', join(work, 'lo'), ...docx], { stdio: 'ignore', timeout: 600_000 });
  return out;
}

describe('a paragraph marker that does not end its paragraph', () => {
  it('is an error naming its line: Markdown would join the next line to it and print the marker', () => {
    expect(() => markdownToModel('Бірінші.\n\n(қолы) {.noindent .small}\nКүні ____ {.noindent}\n', { meta })).toThrow(MarkdownError);
    expect(() => markdownToModel('Бірінші.\n\n(қолы) {.noindent .small}\nКүні ____ {.noindent}\n', { meta })).toThrow(/^line 3: .*\{\.noindent \.small\}/);
    // on their own paragraphs, and escaped from data, they are what they always were
    expect(markdownToModel('(қолы) {.noindent .small}\n\nКүні ____ {.noindent}\n', { meta }).blocks).toHaveLength(2);
    expect(markdownToModel('Аты \\{.right\\}\nжалғасы\n', { meta }).blocks).toHaveLength(1);
  });
});

describe('asa-b-model App. 1 and App. 2: the evaluator\'s signature lines', () => {
  const docs: { job: Job; ours: string; lo: string }[] = [];
  beforeAll(async () => {
    requireTools(['soffice', 'pdftotext']);
    const ts = loadTemplateSet(TEMPLATES, 'asa-b-model');
    const file = 'samples/asa-b-model/valid.yaml';
    const loadSession = sessionLoader();
    const sample = packageJobs(file, loadFile(file).data, TEMPLATES, (ref) => loadSession(ref, file).data).filter((j) => /Sheet/.test(j.name));
    const jobs = [...blankJobs(ts, 'managerialSheet'), ...blankJobs(ts, 'nonManagerialSheet'), ...sample];
    expect(jobs.length).toBe(3);
    const files = await both(jobs);
    for (const job of jobs) docs.push({ job, ...(files.get(job.name) as { ours: string; lo: string }) });
  }, 600_000);

  it('no paragraph marker is printed, and «Күні» starts its own line, in both backends', () => {
    for (const d of docs) {
      for (const pdf of [d.ours, d.lo]) {
        const all = lines(pdf).flat();
        expect(all.filter((l) => /\{\.[a-z]/.test(l)), `${d.job.name} ${pdf}`).toEqual([]);
        expect(all.some((l) => /^Күні (_+|\d\d\.\d\d\.\d{4})$/.test(l)), `${d.job.name} ${pdf}: «Күні» line`).toBe(true);
      }
    }
  });
  it('the filled sheet names the evaluator on a line of its own', () => {
    const filled = docs.find((d) => !d.job.name.includes('blank'));
    for (const pdf of [filled?.ours ?? '', filled?.lo ?? '']) expect(lines(pdf).flat()).toContain('Бағалаушы адам: Жұмабеков Ерлан Серікұлы');
  });
});

describe('a table row taller than a page', () => {
  // 100 lines in one cell; the filler leaves room for 9, 2 or no lines of it under the table's header on page 1
  const md = (filler: number): string => `${Array.from({ length: filler }, (_, i) => `Жол ${i + 1}.`).join('\n\n')}\n\n| А | Б |\n| --- | --- |\n| ${Array.from({ length: 100 }, (_, i) => `ұяшық${i + 1}`).join('<br>')} | x |\n| соңғы | y |\n`;
  let files: Map<string, { ours: string; lo: string }>;
  beforeAll(async () => {
    requireTools(['soffice', 'pdftotext']);
    files = await both([36, 42, 43].map((n) => ({ name: `tall-${n}`, markdown: md(n) })));
  }, 600_000);
  const onPage = (pdf: string, page: number): number => words(pdf).filter((w) => w.page === page && /^ұяшық\d+$/.test(w.text)).length;

  it('starts where the table stands (not on a fresh page leaving the first one half empty), as LibreOffice prints the DOCX', () => {
    const got = [36, 42, 43].map((n) => {
      const f = files.get(`tall-${n}`) as { ours: string; lo: string };
      return { n, ours: [onPage(f.ours, 0), onPage(f.ours, 1)], lo: [onPage(f.lo, 0), onPage(f.lo, 1)] };
    });
    for (const g of got) expect(g.ours, `filler ${g.n}`).toEqual(g.lo);
    // where two lines fit, they are printed on page 1 under the header; where one would, the row waits for page 2
    expect(got.map((g) => g.ours[0])).toEqual([9, 2, 0]);
  });
});

describe('a header row repeated on the next page, with a cell merged down over the header', () => {
  // sjc-apparatus App. 1: «"А" корпусы қызметшісі келісімінің … түйінделеді» spans both header rows; the sample's
  // work plan runs onto page 2, where LibreOffice cut that cell after «көрсеткішінен» (its repeat of the header was
  // only as tall as the rows' own cells)
  let doc: { ours: string; lo: string };
  beforeAll(async () => {
    requireTools(['soffice', 'pdftotext']);
    const file = 'samples/sjc-apparatus/valid.yaml';
    const loadSession = sessionLoader();
    const job = packageJobs(file, loadFile(file).data, TEMPLATES, (ref) => loadSession(ref, file).data).find((j) => j.name.endsWith('workPlan'));
    if (!job) throw new Error('no work plan in the sjc-apparatus sample');
    doc = (await both([job])).get(job.name) as { ours: string; lo: string };
  }, 600_000);

  it('every word of the merged header cell is printed on each page, and the rows below start at the same height in both backends', () => {
    const head = ['келісімінің', 'көрсеткішінен', 'немесе', 'мемлекеттік', 'жоспарлау', 'жүйесінің', 'құжатынан', 'түйінделеді'];
    const pages = (pdf: string): number => Math.max(...words(pdf).map((w) => w.page)) + 1;
    expect(pages(doc.ours)).toBe(2);
    expect(pages(doc.lo)).toBe(2);
    for (const pdf of [doc.ours, doc.lo]) {
      for (const page of [0, 1]) {
        const on = new Set(words(pdf).filter((w) => w.page === page).map((w) => w.text));
        expect(head.filter((h) => !on.has(h)), `${pdf === doc.ours ? 'ours' : 'LibreOffice'} p${page + 1}`).toEqual([]);
      }
    }
    // the first row of page 2 (its «№» cell) starts below the whole header, at the same place in both
    const firstRow = (pdf: string): number => Math.min(...words(pdf).filter((w) => w.page === 1 && /^\d+$/.test(w.text) && w.x < 110).map((w) => w.y));
    expect(Math.abs(firstRow(doc.ours) - firstRow(doc.lo))).toBeLessThan(3);
  });
});

describe('paragraphs kept with the next one after another (a signature area written as lines)', () => {
  // «Уәкілетті тұлға ___ / (тегі, аты) / Лауазымы ___ / Қолы ___» each `{.keep}`, «Күні ___» last: the chain moves as one
  const md = (filler: number): string => `${Array.from({ length: filler }, (_, i) => `Жол ${i + 1}.`).join('\n\n')}\n\nУәкілетті тұлға ______ {.noindent .keep}\n\n(тегі, аты) {.noindent .small .keep}\n\nЛауазымы ______ {.noindent .keep}\n\nҚолы ______ {.noindent .keep}\n\nКүні ______ {.noindent}\n`;
  let files: Map<string, { ours: string; lo: string }>;
  beforeAll(async () => {
    requireTools(['soffice', 'pdftotext']);
    files = await both([40, 41, 42].map((n) => ({ name: `chain-${n}`, markdown: md(n) })));
  }, 600_000);

  it('move to the next page together, as LibreOffice moves them: no line of the area is left at the foot of page 1', () => {
    const page = (pdf: string, word: string): number => words(pdf).find((w) => w.text === word)?.page ?? -1;
    for (const n of [40, 41, 42]) {
      const f = files.get(`chain-${n}`) as { ours: string; lo: string };
      const ours = ['Уәкілетті', 'Лауазымы', 'Қолы', 'Күні'].map((w) => page(f.ours, w));
      const lo = ['Уәкілетті', 'Лауазымы', 'Қолы', 'Күні'].map((w) => page(f.lo, w));
      expect(ours, `filler ${n}`).toEqual(lo);
      expect(new Set(ours).size, `filler ${n}: the area on one page`).toBe(1);
    }
    // where it fits, it stays on page 1; where it does not, all of it goes to page 2
    expect([40, 41].map((n) => words((files.get(`chain-${n}`) as { ours: string }).ours).find((w) => w.text === 'Уәкілетті')?.page)).toEqual([0, 1]);
  });
});
