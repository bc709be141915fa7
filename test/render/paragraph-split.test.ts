/**
 * A body paragraph that does not fit at a page's foot, read as an official reads it: which of its lines stand on
 * page 1, in our PDF and in LibreOffice's printing of our DOCX (`pdftotext -bbox`). Found by looking at the sample
 * renders: our layout moved every such paragraph whole to the next page while the DOCX let LibreOffice split it
 * anywhere, so the pages of the orders differed from the printed DOCX's — a paragraph's first line alone at the foot
 * in LibreOffice where ours left three empty lines (asa-a-corps order, page 3), and the asa-b-model App. 1 result
 * split 2 + 2 in LibreOffice, whole on page 3 in ours. Both now split as Word's widow control does: at least two
 * lines on each page (BODY_WIDOW_LINES).
 * Needs soffice and pdftotext (a missing tool fails the test with the install line).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fitModel, markdownToModel, measureWith, modelToDocx, modelToPdf } from '../../src/render/index.js';
import { pageBreaksOf } from '../../src/render/pdf/layout.js';
import { loadFonts } from '../../src/cli/render.js';
import { requireTools } from './tools.js';
import { tempDir } from '../temp.js';

const meta = { title: 't', date: '2026-01-01', language: 'kk-KZ' };
const work = tempDir('bagalau-split-');

/** Each page's lines (words joined, top to bottom). */
function lines(pdf: string): string[][] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const pages: Map<number, { x: number; t: string }[]>[] = [];
  let page = -1;
  for (const m of html.matchAll(/<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<\/word>/g)) {
    if (!m[1]) { page++; pages[page] = new Map(); continue; }
    const p = pages[page] as Map<number, { x: number; t: string }[]>;
    const key = Math.round(Number(m[2]));
    p.set(key, [...(p.get(key) ?? []), { x: Number(m[1]), t: m[3] ?? '' }]);
  }
  return pages.map((p) => [...p.entries()].sort((a, b) => a[0] - b[0]).map(([, ws]) => ws.sort((a, b) => a.x - b.x).map((w) => w.t).join(' ')));
}

// the paragraph: six lines of numbered words; the filler paragraphs above it leave room for `room` lines on page 1
const PARAGRAPH = Array.from({ length: 72 }, (_, i) => `сөз${i + 1}`).join(' ');
const PAGE_LINES = 45; // lines of 14 pt (1.15 × 14) between the margins of an A4 page
const markdown = (room: number): string => `${Array.from({ length: PAGE_LINES - room }, (_, i) => `Жол ${i + 1}.`).join('\n\n')}\n\n${PARAGRAPH}\n\nСоңы.\n`;
const ROOMS = [0, 1, 2, 3, 4, 5, 6];

describe('a body paragraph at a page foot', () => {
  const files = new Map<number, { ours: string; lo: string }>();
  beforeAll(async () => {
    requireTools(['soffice', 'pdftotext']);
    const fonts = loadFonts();
    const docx: string[] = [];
    for (const room of ROOMS) {
      const model = fitModel(markdownToModel(markdown(room), { meta }), measureWith(fonts));
      const ours = join(work, `room-${room}.pdf`);
      writeFileSync(ours, await modelToPdf(model, fonts));
      writeFileSync(join(work, `room-${room}.docx`), await modelToDocx(model));
      docx.push(join(work, `room-${room}.docx`));
      files.set(room, { ours, lo: join(work, 'lo', `room-${room}.pdf`) });
    }
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(work, 'profile')}`, '--convert-to', 'pdf', '--outdir', join(work, 'lo'), ...docx], { stdio: 'ignore', timeout: 600_000 });
  }, 600_000);
  const onPage1 = (pdf: string): number => (lines(pdf)[0] ?? []).filter((l) => /сөз\d/.test(l)).length;

  it('is six lines long, and the filler leaves room for exactly `room` lines of it (all of it fits with room for six)', () => {
    const all = lines(files.get(6)?.ours ?? '');
    expect(all.flat().filter((l) => /сөз\d/.test(l))).toHaveLength(6);
    expect(all[0]?.filter((l) => /^Жол \d+\.$/.test(l))).toHaveLength(PAGE_LINES - 6);
    expect(onPage1(files.get(6)?.ours ?? '')).toBe(6);
  });
  it('splits with two lines at least on each page, and LibreOffice prints the DOCX page for page with our PDF', () => {
    const got = ROOMS.map((room) => {
      const f = files.get(room) as { ours: string; lo: string };
      return { room, ours: onPage1(f.ours), lo: onPage1(f.lo) };
    });
    // room 1: one line alone at the foot → moves whole; room 5: one line alone on page 2 → four stay, two go over
    expect(got.map((g) => g.ours)).toEqual([0, 0, 2, 3, 4, 4, 6]);
    for (const g of got) expect(g.lo, `room for ${g.room} lines`).toBe(g.ours);
  });
  it('every line of the paragraph is printed once, in order, in both backends', () => {
    for (const room of ROOMS) {
      for (const pdf of Object.values(files.get(room) ?? {})) {
        const words = lines(pdf).flat().join(' ').split(' ').filter((w) => /^сөз\d+$/.test(w));
        expect(words, `${room} ${pdf}`).toEqual(PARAGRAPH.split(' '));
      }
    }
  });
});

describe('pageBreaksOf', () => {
  const ls = (n: number): { height: number }[] => Array.from({ length: n }, () => ({ height: 10 }));
  // a page of 100 pt between top 200 and bottom 100: ten lines
  it('breaks nowhere when the paragraph fits, and before the line that would leave fewer than two on either page', () => {
    expect(pageBreaksOf(ls(6), 160, 200, 100)).toEqual([]);
    expect(pageBreaksOf(ls(6), 115, 200, 100)).toEqual([0]); // one line of room: the paragraph moves whole
    expect(pageBreaksOf(ls(6), 125, 200, 100)).toEqual([2]);
    expect(pageBreaksOf(ls(6), 155, 200, 100)).toEqual([4]); // room for five: a widow on page 2 would stand alone
    expect(pageBreaksOf(ls(3), 120, 200, 100)).toEqual([0]); // three lines cannot split two and two
  });
  it('splits a paragraph longer than a page again on each page, and at a page top takes what fits', () => {
    expect(pageBreaksOf(ls(25), 200, 200, 100)).toEqual([10, 20]);
    expect(pageBreaksOf(ls(11), 200, 200, 100)).toEqual([9]);
  });
});

describe('the space after one paragraph meeting the space before the next (a title over a chapter heading)', () => {
  // each case: the tops of its lines; a title's 6 pt after and a heading's 6 pt before make 6 pt, not 12, in LibreOffice
  const CASES: Record<string, string> = {
    'two headings': 'Бір.\n\n## Атау\n\n## Тарау\n\nМәтін.\n',
    'a title and a chapter': 'Бір.\n\n# Атау\n\n## 1-тарау. Жалпы ережелер\n\nМәтін.\n',
    'heading, text, heading': 'Бір.\n\n## Атау\n\nМәтін.\n\n## Тарау\n\nМәтін.\n',
  };
  const files = new Map<string, { ours: string; lo: string }>();
  beforeAll(async () => {
    requireTools(['soffice', 'pdftotext']);
    const fonts = loadFonts();
    const docx: string[] = [];
    for (const [i, md] of Object.values(CASES).entries()) {
      const model = fitModel(markdownToModel(md, { meta }), measureWith(fonts));
      writeFileSync(join(work, `space-${i}.pdf`), await modelToPdf(model, fonts));
      writeFileSync(join(work, `space-${i}.docx`), await modelToDocx(model));
      docx.push(join(work, `space-${i}.docx`));
      files.set(Object.keys(CASES)[i] ?? '', { ours: join(work, `space-${i}.pdf`), lo: join(work, 'lo', `space-${i}.pdf`) });
    }
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(work, 'profile')}`, '--convert-to', 'pdf', '--outdir', join(work, 'lo'), ...docx], { stdio: 'ignore', timeout: 600_000 });
  }, 600_000);
  const gaps = (pdf: string): number[] => {
    const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    const ys = [...new Set([...html.matchAll(/<word xMin="[\d.]+" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)">/g)].map((m) => Number(m[1])))];
    return ys.slice(1).map((y, i) => y - (ys[i] ?? 0));
  };

  it('is the larger of the two in our PDF, line for line as LibreOffice prints the DOCX', () => {
    for (const [name, f] of files) {
      const ours = gaps(f.ours);
      const lo = gaps(f.lo);
      expect(ours.length, name).toBe(lo.length);
      ours.forEach((g, i) => expect(Math.abs(g - (lo[i] ?? 0)), `${name}: gap ${i + 1} ours ${g.toFixed(2)}, LibreOffice ${lo[i]?.toFixed(2)}`).toBeLessThan(0.3));
    }
    // 14 pt lines (16.1 pt) and 6 pt between the title and the heading
    expect(gaps(files.get('two headings')?.ours ?? '').map((g) => Math.round(g * 10) / 10)).toEqual([22.1, 22.1, 22.1]);
  });
});
