/**
 * Large commissions, as printed: calibration sessions and commissions of 25–27 members with long Kazakh and Russian
 * names, rendered and read as the official who signs reads them (`pdftotext -layout`), in our PDF and in LibreOffice's
 * printing of our DOCX (one conversion for all the documents of the file). Found by rendering such packages for every
 * pack with protocols or orders and looking at the pages:
 * - «Шешім» (the heading of the decisions table) stood alone at the foot of a page, its table on the next, where the
 *   first decision (a vote of every member) could not stand on one page with it: in our PDF with 25 members, in
 *   LibreOffice's with 27;
 * - a signature line «Комиссияның хатшысы: … Күні: …» ended a page and its caption «(тегі, аты-жөні, қолы)» opened
 *   the next, in a signature block taller than the rest of the page (mic-2018 App. 5, 25 members);
 * - a caption over the signatures («… мүшелерінің қолдары») that could not stand on one page with the whole block was
 *   left alone at a page's foot, the block moved to the next.
 * - where the decisions' table, kept with a signature area too tall to share its page, could not keep its last row
 *   with it, LibreOffice moved «Шешім» and the table to the next page once (the DOCX's keep) and printed a page more
 *   than our PDF, which left the row where it stood: now the DOCX writes no keep that cannot be had (`Table.keepLost`),
 *   and both print the same pages (calibration protocols of 14–17 members with one decision, 29–31 with one to three,
 *   mic-2018 App. 5 with 14); our PDF also left «Шешім» or «Қаралған мәселе» alone at a page's foot in some of them.
 * Needs soffice and pdftotext (a missing tool fails the test with the install line).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fitModel, markdownToModel, measureWith, modelToDocx, modelToPdf } from '../../src/render/index.js';
import { loadFonts, packageJobs } from '../../src/cli/render.js';
import { loadFile } from '../../src/package/load.js';
import { requireTools } from './tools.js';
import { tempDir } from '../temp.js';

const TEMPLATES = join(process.cwd(), 'templates');
const meta = { title: 't', date: '2026-01-01', language: 'kk-KZ' };
const work = tempDir('bagalau-commission-');

const KK = ['Жақсыбекова', 'Нұрмағамбетов', 'Әбдіқалықова', 'Төлеубергенов', 'Сәрсенбаева', 'Құдайбергенов', 'Ысқақова', 'Мұхамеджанов', 'Өтепбергенова', 'Шәкәрімов', 'Байжұманова', 'Қалдыбеков', 'Есенғалиева', 'Тұрсынбаев', 'Дүйсенбекова', 'Жолдасбеков', 'Серікбаева', 'Ғабдуллин', 'Әуезова', 'Көшербаев', 'Ілиясова', 'Рысқұлбеков', 'Мырзахметова', 'Оңғарбаев', 'Үмбеталиева', 'Ахметжанов', 'Бекмұхамбетова'];
/** Four more, for commissions of 29–31. */
const KK_MORE = ['Сыздықова', 'Омарбеков', 'Тілеуова', 'Құрманғалиев'];
const RU = ['Константинопольская', 'Преображенский', 'Вознесенская', 'Крестовоздвиженский', 'Ростиславская', 'Благовещенский', 'Достоевская', 'Рождественский', 'Белозерская', 'Святополк-Мирский', 'Чернышевская', 'Старокадомский', 'Перевезенцева', 'Малиновский', 'Кржижановская', 'Цветаевский', 'Ломоносова', 'Добролюбов', 'Шереметьева', 'Тимирязев', 'Голенищева-Кутузова', 'Бестужев-Рюмин', 'Воронцова-Дашкова', 'Муравьёв-Апостол', 'Толстая'];
const POSITIONS = ['Мемлекеттік қызмет және персоналды басқару департаментінің бас сарапшысы', 'Құқықтық қамтамасыз ету басқармасының басшысы', 'Аппарат басшысы'];

function fullName(surname: string, ru: boolean): string {
  const woman = /[ая]$/.test(surname);
  if (ru) return `${surname} ${woman ? 'Александра Вячеславовна' : 'Константин Александрович'}`;
  return `${surname} ${woman ? 'Гүлжанат Нұрсұлтанқызы' : 'Ерғазы Қайырбекұлы'}`;
}

interface Session { members: { name: string; role: string; present: boolean; position?: string }[]; decisions: { votes: { member: string; vote: string }[] }[] }

/** The inline-session sample of `id` with a commission of the given surnames, every member present and voting. */
function bigPackage(id: string, surnames: string[], ru: boolean, roles: (i: number, n: number) => string, decisions?: number): { file: string; data: Record<string, unknown> } {
  const file = `samples/${id}/valid-session-inline.yaml`;
  const data = loadFile(file).data as { session: Session; forms?: { protocol?: { members?: { name: string; date: string }[] } } };
  const members = surnames.map((s, i) => ({ name: fullName(s, ru), role: roles(i, surnames.length), present: true, position: POSITIONS[i % POSITIONS.length] as string }));
  data.session.members = members;
  const first = data.session.decisions[0];
  if (decisions && first) data.session.decisions = Array.from({ length: decisions }, () => first);
  data.session.decisions = data.session.decisions.map((d, k) => ({ ...d, votes: members.map((m, j) => ({ member: m.name, vote: (j + k) % 5 === 3 ? 'against' : 'for' })) }));
  const protocol = data.forms?.protocol;
  if (protocol?.members) protocol.members = members.filter((m) => m.role === 'member').map((m) => ({ name: m.name, date: protocol.members?.[0]?.date ?? '2026-01-20' }));
  return { file, data: data as unknown as Record<string, unknown> };
}

function markdownOf(id: string, pkg: { file: string; data: Record<string, unknown> }, doc: string): string {
  const job = packageJobs(pkg.file, pkg.data, TEMPLATES, () => undefined).find((j) => j.name.endsWith(`.${doc}`));
  if (!job) throw new Error(`${id}: no ${doc}`);
  return job.markdown;
}

/** Each page's lines, trimmed, without empty lines and page numbers. */
function pages(pdf: string): string[][] {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).split('\f').map((p) => p.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !/^\d+$/.test(l))).filter((p) => p.length > 0);
}

const calibrationRoles = (): string => 'member';
const commissionRoles = (i: number, n: number): string => (i === 0 ? 'chair' : i === n - 1 ? 'secretary' : 'member');

/** A caption over a signature block of `n` lines: the block fits a page alone, not with the caption and the text above. */
const captioned = (n: number): string => `${Array.from({ length: 10 }, (_, i) => `Хаттаманың ${i + 1}-жолы.`).join('\n\n')}\n\n## Калибрлеу сессиясы мүшелерінің қолдары\n\n\`\`\`signature\n${Array.from({ length: n }, (_, i) => `${fullName(KK[i % KK.length] as string, false)} | ____________________`).join('\n')}\n\`\`\`\n`;

const docs: Record<string, { ours: string; lo: string }> = {};

const KK31 = [...KK, ...KK_MORE];
const calibration = (id: string, members: number, decisions: number): string =>
  markdownOf(id, bigPackage(id, KK31.slice(0, members), false, id === 'sjc-apparatus' ? (i) => (i === 0 ? 'chair' : 'member') : calibrationRoles, decisions), 'calibrationProtocol');
/**
 * Commissions whose printed DOCX had a page more than our PDF (or a heading alone at a page's foot in our PDF), each
 * member with a long Kazakh name: «asa15x1» is asa-b-model's calibration protocol of 15 members with one decision.
 */
const PAGE_CASES: [string, () => string][] = [
  ['asa14x1', () => calibration('asa-b-model', 14, 1)],
  ['asa15x1', () => calibration('asa-b-model', 15, 1)],
  ['sjc16x1', () => calibration('sjc-apparatus', 16, 1)],
  ['asa17x1', () => calibration('asa-b-model', 17, 1)],
  ['sjc29x1', () => calibration('sjc-apparatus', 29, 1)],
  ['asa30x2', () => calibration('asa-b-model', 30, 2)],
  ['sjc31x3', () => calibration('sjc-apparatus', 31, 3)],
  ['mic14', () => markdownOf('mic-2018', bigPackage('mic-2018', KK.slice(0, 14), false, commissionRoles), 'protocol')],
  ['mic15', () => markdownOf('mic-2018', bigPackage('mic-2018', KK.slice(0, 15), false, commissionRoles), 'protocol')],
];
const pageCases: Record<string, string> = {};

/**
 * Where a reader finds the parts a signer checks: the number of pages, the page of the decisions' heading («Шешім»,
 * mic-2018's «Бағалау нәтижелері»), of the last decision's number and of the first signature (the caption over the
 * signatures, or mic-2018's first «Комиссияның …:» line).
 */
function landmarks(pdf: string): { pages: number; heading: number; lastDecision: number; signatures: number } {
  const ps = pages(pdf);
  const at = (test: (l: string) => boolean, from = 0): number => ps.findIndex((p, i) => i >= from && p.some(test)) + 1;
  const heading = at((l) => l === 'Шешім' || l === 'Бағалау нәтижелері');
  let lastDecision = 0;
  ps.forEach((p, i) => {
    if (i + 1 < heading) return;
    const from = i + 1 === heading ? p.findIndex((l) => l === 'Шешім' || l === 'Бағалау нәтижелері') : 0;
    if (p.slice(from).some((l) => /^\d+\.?\s+\S/.test(l))) lastDecision = i + 1;
  });
  const signatures = at((l) => /мүшелерінің қолдары$|қатысушыларының қолдары$|^Комиссияның [^:]+:/.test(l));
  return { pages: ps.length, heading, lastDecision, signatures };
}

beforeAll(async () => {
  requireTools(['soffice', 'pdftotext']);
  for (const [name, make] of PAGE_CASES) pageCases[name] = make();
  const items: Record<string, string> = {
    // 25 members with Russian names: the decision's vote is taller than a page
    'asa25ru': markdownOf('asa-b-model', bigPackage('asa-b-model', RU, true, calibrationRoles), 'calibrationProtocol'),
    // 27 members with Kazakh names: the vote fits a page, not under «Шешім» on it
    'asa27kk': markdownOf('asa-b-model', bigPackage('asa-b-model', KK, false, calibrationRoles), 'calibrationProtocol'),
    'sjc27kk': markdownOf('sjc-apparatus', bigPackage('sjc-apparatus', KK, false, (i) => (i === 0 ? 'chair' : 'member')), 'calibrationProtocol'),
    // 25 members: 23 signatories of two to three lines each, more than a page
    'mic25kk': markdownOf('mic-2018', bigPackage('mic-2018', KK.slice(0, 25), false, commissionRoles), 'protocol'),
    // 35 signatures fit a page, not under the caption and ten lines of text (our layout moved them whole and left the caption)
    'caption35': captioned(35),
    ...pageCases,
  };
  const fonts = loadFonts();
  const docx: string[] = [];
  for (const [name, markdown] of Object.entries(items)) {
    const model = fitModel(markdownToModel(markdown, { meta }), measureWith(fonts));
    writeFileSync(join(work, `${name}.pdf`), await modelToPdf(model, fonts));
    writeFileSync(join(work, `${name}.docx`), await modelToDocx(model));
    docx.push(join(work, `${name}.docx`));
    docs[name] = { ours: join(work, `${name}.pdf`), lo: join(work, 'lo', `${name}.pdf`) };
  }
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(work, 'profile')}`, '--convert-to', 'pdf', '--outdir', join(work, 'lo'), ...docx], { stdio: 'ignore', timeout: 600_000 });
}, 600_000);

const both = (name: string): [string, string][] => [['our PDF', docs[name]?.ours ?? ''], ['LibreOffice', docs[name]?.lo ?? '']];

describe('«Шешім» over a decision voted by 25–27 members', () => {
  it.each(['asa25ru', 'asa27kk', 'sjc27kk'])('%s: no page ends with «Шешім»; the table starts under it, on its page', (name) => {
    for (const [who, pdf] of both(name)) {
      const ps = pages(pdf);
      for (const p of ps) expect(p[p.length - 1], `${who}: a page ends with the heading`).not.toBe('Шешім');
      const page = ps.find((p) => p.includes('Шешім'));
      expect(page, `${who}: the heading`).toBeDefined();
      const at = (page as string[]).indexOf('Шешім');
      expect((page as string[])[at + 1], `${who}: the line under «Шешім»`).toMatch(/^№\s+Бағаланатын/);
      // the first decision starts on that page too: its number and the applicant's surname
      expect((page as string[]).slice(at + 2).some((l) => /^1\s+\S/.test(l)), `${who}: the first decision under the header`).toBe(true);
    }
  });
});

describe('a signature block taller than the rest of the page', () => {
  it('mic-2018 protocol, 25 members: no signature line is parted from its caption «(тегі, аты-жөні, қолы)»', () => {
    for (const [who, pdf] of both('mic25kk')) {
      const ps = pages(pdf);
      expect(ps.length, who).toBeGreaterThan(1);
      ps.forEach((p, i) => {
        if (i > 0) expect(p[0], `${who}: page ${i + 1} opens with a caption whose line is on the page before`).not.toBe('(тегі, аты-жөні, қолы)');
        expect(p[p.length - 1], `${who}: page ${i + 1} ends with a signature line whose caption is on the next`).not.toMatch(/^Комиссияның [^:]+:/);
      });
    }
  });

  it('a caption over a block of signatures that fits a page, but not with the caption: the caption takes the first signatures with it', () => {
    for (const [who, pdf] of both('caption35')) {
      const ps = pages(pdf);
      const page = ps.find((p) => p.includes('Калибрлеу сессиясы мүшелерінің қолдары')) as string[];
      expect(page[page.length - 1], `${who}: the caption ends a page`).not.toBe('Калибрлеу сессиясы мүшелерінің қолдары');
      const at = page.indexOf('Калибрлеу сессиясы мүшелерінің қолдары');
      expect(page[at + 1], who).toMatch(/^Жақсыбекова Гүлжанат Нұрсұлтанқызы\s+_+$/);
      // the block goes on on the next page: every one of the 35 signatures printed once
      expect(ps.flat().filter((l) => /\s_{10,}$/.test(l)), who).toHaveLength(35);
    }
  });
});

describe('our PDF and the printed DOCX have the same pages (a keep that cannot be had is not written)', () => {
  it.each(PAGE_CASES.map(([name]) => name))('%s: the same number of pages, «Шешім», the last decision and the signatures on the same pages', (name) => {
    const ours = landmarks(docs[name]?.ours ?? '');
    const lo = landmarks(docs[name]?.lo ?? '');
    expect(ours.heading, 'the heading is found').toBeGreaterThan(0);
    expect(ours.signatures, 'the signatures are found').toBeGreaterThan(0);
    expect(lo).toEqual(ours);
    // no heading alone at a page's foot, in either
    for (const [who, pdf] of both(name)) for (const p of pages(pdf)) expect(['Шешім', 'Қаралған мәселе', 'Бағалау нәтижелері'], `${who}: a page ends with a heading`).not.toContain(p[p.length - 1]);
  });
});
