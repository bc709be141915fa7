/**
 * Room to sign. mic-2018 App. 5 gives each signatory one line, «Комиссияның хатшысы: _____ Күні: _____» over
 * «(тегі, аты-жөні, қолы)»: the name and the signature go on the same line. Filled, the name took the whole line and
 * left nowhere to sign; a line for the signature now stands between the name and the date, on the same line (a line
 * added under each name would make the block taller and, with a commission of eight, push the results table to the next page). Checked in the text of our PDF.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blankJobs, loadFonts, loadTemplateSet, packageJobs } from '../../src/cli/render.js';
import type { Job } from '../../src/cli/render.js';
import { loadFile, sessionLoader } from '../../src/package/load.js';
import { renderMarkdown } from '../../src/render/index.js';
import { signatoryOf } from '../../src/render/template.js';
import { decodeValue } from '../../src/render/data-text.js';
import { requireTools } from './tools.js';
import { tempDir } from '../temp.js';

requireTools(['pdftotext']);
const TEMPLATES = join(process.cwd(), 'templates');
const fonts = loadFonts();
const dir = tempDir('bagalau-sign-');

async function layoutText(job: Job): Promise<string> {
  const pdf = join(dir, `${job.name}.pdf`);
  writeFileSync(pdf, await renderMarkdown(job.markdown, { format: 'pdf', fonts, meta: { title: job.title, date: job.date, language: 'kk-KZ' } }));
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
}
const signatureLines = (text: string): string[] => text.split('\n').filter((l) => /Комиссияның (хатшысы|төрағасы|мүшесі):/.test(l));

describe('mic-2018 protocol (App. 5): a line to sign beside each name', () => {
  it('filled: every signatory line reads name, a signature line, then the date', async () => {
    const file = 'samples/mic-2018/valid.yaml';
    const load = sessionLoader();
    const job = packageJobs(file, loadFile(file).data, TEMPLATES, (ref) => load(ref, file).data).find((j) => j.name.endsWith('.protocol'));
    expect(job).toBeDefined();
    const text = await layoutText(job!);
    const lines = signatureLines(text);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const l of lines) expect(l, l).toMatch(/: \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+\s+_{10,} Күні: \d\d\.\d\d\.\d{4}$/u);
    // one line each: the name, the signature line and the date do not wrap
    expect(text.split('\n').filter((l) => /^\s*_{5,}\s*$/.test(l))).toEqual([]);
  });
  it('blank: the act\'s line, one blank for name and signature', async () => {
    const job = blankJobs(loadTemplateSet(TEMPLATES, 'mic-2018'), '5')[0];
    expect(job).toBeDefined();
    const lines = signatureLines(await layoutText(job!));
    expect(lines).toHaveLength(3);
    for (const l of lines) expect(l, l).toMatch(/: _{20,}\s+Күні: _{10,}/);
  });
});

describe('a commission of many: the results caption stays with its table', () => {
  // Four more members than the sample (a commission of ten): the results table (kept with the signatures that sign it, `<!-- keep -->`)
  // moves to the next page; its caption «Бағалау нәтижелері» used to stay behind, alone at the end of page 1.
  it.each(['mic-2018', 'almaty-maslikhat-2018'])('%s protocol: no page ends with «Бағалау нәтижелері»; the caption opens the page of its table', async (id) => {
    const file = `samples/${id}/valid-session-inline.yaml`;
    const data = loadFile(file).data as { forms: { protocol: { members?: { name: string; date: string }[] } }; session: { members: { name: string; role: string; present: boolean }[] } };
    const extra = Array.from({ length: 4 }, (_, i) => `Қосымшаев${'абвгдежзи'[i]} Мүше Тегіұлы`);
    data.forms.protocol.members?.push(...extra.map((name) => ({ name, date: '2026-01-20' })));
    data.session.members.push(...extra.map((name) => ({ name, role: 'member', present: true })));
    const job = packageJobs(file, data, TEMPLATES, () => undefined).find((j) => j.name.endsWith('.protocol'));
    expect(job).toBeDefined();
    const pages = (await layoutText(job!)).split('\f').map((p) => p.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !/^\d+$/.test(l)));
    expect(pages.filter((p) => p.length > 0).length).toBeGreaterThan(1);
    for (const p of pages) expect(p[p.length - 1]).not.toBe('Бағалау нәтижелері');
    const withCaption = pages.find((p) => p.includes('Бағалау нәтижелері'));
    const i = withCaption!.indexOf('Бағалау нәтижелері');
    expect(withCaption![i + 1]).toMatch(/^№/);
  });
});

describe('an order is signed «А. Тегі», as the act\'s own order is («Министр / Д. Абаев»)', () => {
  it('signatoryOf: the given name\'s initial and the surname; initials or one word as written', () => {
    const s = (name: string): string => decodeValue(signatoryOf(name));
    expect(s('Сейітов Нұрлан Бекұлы')).toBe('Н. Сейітов');
    expect(s('Әлімбеков Қанат')).toBe('Қ. Әлімбеков');
    expect(s('Д. Абаев')).toBe('Д. Абаев');
    expect(s('Сейітов Н.Б.')).toBe('Сейітов Н.Б.');
    expect(s('Сейітов')).toBe('Сейітов');
  });
  it.each([
    ['mic-2018', 'valid.yaml', 'commissionOrder', /Жауапты хатшы\s+Н\. Сейітов$/],
    ['almaty-maslikhat-2018', 'valid.yaml', 'commissionOrder', /\s\p{Lu}\. \p{Lu}\p{Ll}+$/u],
  ])('%s %s: the %s ends with the position and «А. Тегі»', async (id, sample, doc, last) => {
    const file = `samples/${id}/${sample}`;
    const load = sessionLoader();
    const job = packageJobs(file, loadFile(file).data, TEMPLATES, (ref) => load(ref, file).data).find((j) => j.name.endsWith(`.${doc}`));
    expect(job).toBeDefined();
    const lines = (await layoutText(job!)).split('\n').map((l) => l.trimEnd()).filter((l) => l.trim() !== '');
    expect(lines[lines.length - 1]).toMatch(last);
  });
});
