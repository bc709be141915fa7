/**
 * A protocol is signed by the members who sat. The valid samples have every member present, so the protocols listed
 * an absent member among those who sign (almaty-maslikhat-2018 App. 5 as rebuilt, the calibration protocols of
 * asa-b-model and sjc-apparatus) and numbered the almaty table of «Отырысқа қатысқан Комиссия мүшелері» with a gap
 * where the absent member stood (1, 2, 4…). Checked in the text of our PDF, as a reader sees it.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFonts, packageJobs } from '../../src/cli/render.js';
import { loadFile } from '../../src/package/load.js';
import { markdownToModel, renderMarkdown } from '../../src/render/index.js';
import { strFromU8, unzipSync } from 'fflate';
import { requireTools } from './tools.js';
import { tempDir } from '../temp.js';

requireTools(['pdftotext']);
const TEMPLATES = join(process.cwd(), 'templates');
const fonts = loadFonts();
const dir = tempDir('bagalau-attendance-');

interface Member { name: string; present: boolean }

/** The PDF text (pdftotext -layout) of `doc` of the inline-session sample of `id`, with `absent` marked absent. */
async function protocolText(id: string, doc: string, absent: string | undefined): Promise<string> {
  const file = `samples/${id}/valid-session-inline.yaml`;
  const data = loadFile(file).data as { session: { members: Member[] } };
  const members = data.session.members;
  if (absent) {
    const m = members.find((x) => x.name === absent);
    expect(m, absent).toBeDefined();
    m!.present = false;
  }
  const job = packageJobs(file, data, TEMPLATES, () => undefined).find((j) => j.name.endsWith(`.${doc}`));
  expect(job, doc).toBeDefined();
  const pdf = join(dir, `${id}.${doc}.${absent ? 'absent' : 'all'}.pdf`);
  writeFileSync(pdf, await renderMarkdown(job!.markdown, { format: 'pdf', fonts, meta: { title: job!.title, date: job!.date, language: 'kk-KZ' } }));
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
}

/** The text from `heading` on (the signatures), spaces of the layout collapsed. */
const after = (text: string, heading: RegExp): string => {
  const i = text.search(heading);
  expect(i, String(heading)).toBeGreaterThan(-1);
  return text.slice(i).replace(/\s+/g, ' ');
};
const flat = (s: string): string => s.replace(/\s+/g, ' ');

describe('the calibration protocol is signed by the members present', () => {
  const cases = [
    { id: 'asa-b-model', heading: /Калибрлеу сессиясы мүшелерінің қолдары/, absent: 'Тәжібаев Нұрлан Асқарұлы' },
    { id: 'sjc-apparatus', heading: /Калибрлеу сессиясы қатысушыларының қолдары/, absent: 'Оспанов Дәулет Мұратұлы' },
  ];
  for (const c of cases) {
    it(`${c.id}: the absent member is in the composition as «қатыспады», not among the signatures`, async () => {
      const text = await protocolText(c.id, 'calibrationProtocol', c.absent);
      const body = flat(text.slice(0, text.search(c.heading)));
      expect(body).toContain(c.absent.split(' ')[0]);
      expect(body).toContain('қатыспады');
      expect(after(text, c.heading)).not.toContain(c.absent.split(' ')[0]);
    });
    it(`${c.id}: with everyone present, everyone signs`, async () => {
      const text = await protocolText(c.id, 'calibrationProtocol', undefined);
      expect(after(text, c.heading)).toContain(c.absent.split(' ')[0]);
      // the presence column's word (src/rules/session-words.ts), and no absent member
      const body = flat(text.slice(0, text.search(c.heading)));
      expect(body).toContain('қатысты');
      expect(body).not.toContain('қатыспады');
    });
  }
});

describe('almaty-maslikhat-2018 protocol: the members who sat', () => {
  const absent = 'Дүйсенов Марат Әскерұлы';
  it('numbers the members present 1…n without a gap, and the absent member neither sits nor signs', async () => {
    const text = await protocolText('almaty-maslikhat-2018', 'protocol', absent);
    const table = text.slice(text.indexOf('Отырысқа қатысқан'), text.indexOf('Бағалау нәтижелері'));
    const numbers = [...table.matchAll(/^\s*(\d+)\s+\S/gm)].map((m) => Number(m[1]));
    expect(numbers).toEqual([1, 2, 3, 4, 5]);
    expect(flat(text)).not.toContain('Дүйсенов');
  });
  it('with everyone present: six members, the one of the other case among them and among the signatures', async () => {
    const text = await protocolText('almaty-maslikhat-2018', 'protocol', undefined);
    const table = text.slice(text.indexOf('Отырысқа қатысқан'), text.indexOf('Бағалау нәтижелері'));
    expect([...table.matchAll(/^\s*(\d+)\s+\S/gm)].map((m) => Number(m[1]))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(after(text, /Комиссияның төрағасы:/)).toContain('Дүйсенов');
  });
});

describe('a session where no member sat', () => {
  it('an empty signature block is no table (Word refuses a table without a row); a block with lines is one', () => {
    const blocks = (md: string) => markdownToModel(md, { meta: { title: 't', date: '2026-01-01', language: 'kk-KZ' } }).blocks;
    expect(blocks('Мәтін.\n\n```signature\n\n```\n').map((b) => b.kind)).toEqual(['paragraph']);
    expect(blocks('Мәтін.\n\n```signature\nТөраға | ____\n```\n').map((b) => b.kind)).toEqual(['paragraph', 'table']);
  });
  it('asa-b-model calibration protocol with every member absent: every table of the DOCX has a row', async () => {
    const file = 'samples/asa-b-model/valid-session-inline.yaml';
    const data = loadFile(file).data as { session: { members: Member[] } };
    for (const m of data.session.members) m.present = false;
    const job = packageJobs(file, data, TEMPLATES, () => undefined).find((j) => j.name.endsWith('.calibrationProtocol'));
    const docx = await renderMarkdown(job!.markdown, { format: 'docx', fonts, meta: { title: job!.title, date: job!.date, language: 'kk-KZ' } });
    const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
    const tables = xml.split('<w:tbl>').slice(1);
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) expect(t.slice(0, t.indexOf('</w:tbl>'))).toContain('<w:tr');
  });
});
