/**
 * Navigation (issue 8 item 9): an order's chapters («N-тарау») and its appendix captions are Word headings in
 * the DOCX (the Heading 1/2 paragraph styles with an outline level, so Word's navigation pane lists them) and
 * an outline (bookmarks) in our PDF. Read back as a reader's tools read them: the DOCX's XML, LibreOffice's
 * own PDF of the DOCX (its bookmarks are made from the headings it recognised), and `qpdf --json` outlines.
 * Needs soffice and qpdf.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { fitModel, markdownToModel, measureWith, modelToDocx, modelToPdf } from '../../src/render/index.js';
import type { DocumentModel } from '../../src/render/index.js';
import { blankJobs, loadFonts, loadTemplateSet, orderJob } from '../../src/cli/render.js';
import { pdfText, requireTools } from './tools.js';
import { tempDir } from '../temp.js';

const TEMPLATES = join(process.cwd(), 'templates');
const work = tempDir('bagalau-nav-');
const meta = { title: 't', date: '2026-01-01', language: 'kk-KZ' };

interface Entry { title: string; page: number; kids: Entry[] }
function outline(pdf: string): Entry[] {
  const json = JSON.parse(execFileSync('qpdf', ['--json', '--json-key=outlines', pdf], { encoding: 'utf8', maxBuffer: 64 << 20 })) as { outlines: { title: string; destpageposfrom1: number; kids: unknown[] }[] };
  const conv = (items: { title: string; destpageposfrom1: number; kids: unknown[] }[]): Entry[] => items.map((i) => ({ title: i.title, page: i.destpageposfrom1, kids: conv(i.kids as typeof items) }));
  return conv(json.outlines);
}
const flat = (es: Entry[], depth = 1): { title: string; page: number; depth: number }[] => es.flatMap((e) => [{ title: e.title, page: e.page, depth }, ...flat(e.kids, depth + 1)]);
// U+2011: LibreOffice writes a Word non-breaking hyphen («1-тарау», docs/render.md §4) so in its bookmarks
const squeeze = (s: string): string => s.replace(/[\s\u00ad\u2011-]+/g, '');

/** The navigation headings of a model, in order: level and text on one line. */
function headings(m: DocumentModel): { level: number; title: string }[] {
  return m.blocks.flatMap((b) => (b.kind === 'paragraph' && b.outline ? [{ level: b.outline, title: b.runs.map((r) => r.text).join('').replace(/\s+/g, ' ').trim() }] : []));
}

const IDS = ['mic-2018', 'sjc-apparatus'];
const docs: { id: string; model: DocumentModel; ours: string; docx: Uint8Array; lo: string }[] = [];

beforeAll(async () => {
  requireTools(['soffice', 'qpdf', 'pdftotext']);
  const fonts = loadFonts();
  for (const id of IDS) {
    const job = orderJob(loadTemplateSet(TEMPLATES, id));
    const model = fitModel(markdownToModel(job.markdown, { meta }), measureWith(fonts));
    const ours = join(work, `${id}.pdf`);
    writeFileSync(ours, await modelToPdf(model, fonts));
    const docx = await modelToDocx(model);
    writeFileSync(join(work, `${id}.docx`), docx);
    docs.push({ id, model, ours, docx, lo: join(work, 'lo', `${id}.pdf`) });
  }
  mkdirSync(join(work, 'lo'), { recursive: true });
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(work, 'profile')}`, '--convert-to', 'pdf', '--outdir', join(work, 'lo'), ...docs.map((d) => join(work, `${d.id}.docx`))], { stdio: 'ignore', timeout: 300_000 });
}, 400_000);

describe('the model marks the navigation headings', () => {
  it('a caption «N-қосымша» is level 1, its title level 2, chapters level 2; other headings are not navigation', () => {
    const m = markdownToModel('> Әдістемеге\\\n> 2-қосымша\n\n# Хаттама\n\n## 1-тарау. Жалпы ережелер\n\nМәтін.\n\n## Шешім\n\n### Кесте\n', { meta });
    expect(headings(m)).toEqual([{ level: 1, title: 'Әдістемеге 2-қосымша' }, { level: 2, title: 'Хаттама' }, { level: 2, title: '1-тарау. Жалпы ережелер' }]);
  });
  it('a title without a caption is level 1; a right-hand block that is not a caption is not navigation', () => {
    const m = markdownToModel('> БЕКІТЕМІН\n\n# Бұйрық\n\nМәтін.\n', { meta });
    expect(headings(m)).toEqual([{ level: 1, title: 'Бұйрық' }]);
  });
});

for (const id of IDS) {
  describe(`${id} order: navigation in both backends`, () => {
    const doc = (): (typeof docs)[number] => {
      const d = docs.find((x) => x.id === id);
      if (!d) throw new Error('not rendered');
      return d;
    };

    it('every chapter and appendix caption is a navigation heading of the model', () => {
      const hs = headings(doc().model);
      const chapters = doc().model.blocks.filter((b) => b.kind === 'paragraph' && /^\d+-тарау/.test(b.runs.map((r) => r.text).join(''))).length;
      expect(chapters).toBeGreaterThanOrEqual(5);
      expect(hs.filter((h) => /^\d+-тарау/.test(h.title) && h.level === 2)).toHaveLength(chapters);
      expect(hs.filter((h) => /\d+-қосымша$/.test(h.title) && h.level === 1).length).toBeGreaterThanOrEqual(4);
    });

    it('DOCX: those paragraphs, and only they, carry Heading1/Heading2, styles with an outline level', () => {
      const parts = unzipSync(doc().docx);
      const body = strFromU8(parts['word/document.xml'] as Uint8Array);
      const styles = strFromU8(parts['word/styles.xml'] as Uint8Array);
      const styled = [...body.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="(Heading[12])"\/>(?:(?!<\/w:p>).)*?<\/w:p>/gs)].map((m) => ({
        level: m[1] === 'Heading1' ? 1 : 2,
        title: [...(m[0] ?? '').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(' ').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim(),
      }));
      expect(styled.map((s) => `${s.level} ${squeeze(s.title)}`)).toEqual(headings(doc().model).map((h) => `${h.level} ${squeeze(h.title)}`));
      for (const [id2, lvl] of [['Heading1', 0], ['Heading2', 1]] as const) {
        const style = new RegExp(`<w:style[^>]*w:styleId="${id2}"[^>]*>(?:(?!</w:style>).)*</w:style>`, 's').exec(styles)?.[0] ?? '';
        expect(style, `${id2} style`).toContain(`<w:outlineLvl w:val="${lvl}"/>`);
        expect(style).not.toMatch(/w:color w:val="(?!000000)/); // black as the text, not Word's blue
      }
    });

    it('our PDF has an outline: each heading once, in order, chapters under their part, on the page that prints it', () => {
      const entries = flat(outline(doc().ours));
      expect(entries.map((e) => `${e.depth} ${squeeze(e.title)}`)).toEqual(headings(doc().model).map((h) => `${h.level} ${squeeze(h.title)}`));
      const pages = pdfText(doc().ours).split('\f').map(squeeze);
      for (const e of entries) expect(pages[e.page - 1], `«${e.title}» on p${e.page}`).toContain(squeeze(e.title).slice(0, 40));
    });

    it('LibreOffice sees the same headings: its PDF export makes the same bookmarks, on the pages it prints them', () => {
      const lo = flat(outline(doc().lo));
      expect(lo.map((e) => `${e.depth} ${squeeze(e.title)}`)).toEqual(flat(outline(doc().ours)).map((e) => `${e.depth} ${squeeze(e.title)}`));
      const pages = pdfText(doc().lo).split('\f').map(squeeze);
      for (const e of lo) expect(pages[e.page - 1], `«${e.title}» on p${e.page}`).toContain(squeeze(e.title).slice(0, 40));
    });
  });
}

describe('breaking cases: the checks see a document without navigation', () => {
  it('without navigation headings the DOCX has no Heading style and the PDF no outline', async () => {
    const fonts = loadFonts();
    const job = blankJobs(loadTemplateSet(TEMPLATES, 'mic-2018'), 'all')[0];
    if (!job) throw new Error('no blank form');
    const m = fitModel(markdownToModel(job.markdown, { meta }), measureWith(fonts));
    expect(headings(m).length).toBeGreaterThan(0);
    for (const b of m.blocks) if (b.kind === 'paragraph') delete b.outline;
    const body = strFromU8(unzipSync(await modelToDocx(m))['word/document.xml'] as Uint8Array);
    expect(body).not.toContain('w:pStyle w:val="Heading');
    const pdf = join(work, 'plain.pdf');
    writeFileSync(pdf, await modelToPdf(m, fonts));
    expect(outline(pdf)).toEqual([]);
  });
});
