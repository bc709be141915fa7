/**
 * The rendered documents checked as a reader would: LibreOffice opens every DOCX and prints it to
 * PDF, qpdf finds our PDFs sound, pdftotext reads the Kazakh titles and headers exactly, and page 1
 * of a form, rasterised, matches the reviewed golden image of each route (our PDF; DOCX via LibreOffice).
 * Needs: soffice, pdftotext, pdfinfo, pdftoppm, qpdf (a missing tool fails the test with the install line).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { renderMarkdown } from '../../src/render/index.js';
import { blankJobs, loadFonts, loadTemplateSet, orderJob, packageJobs } from '../../src/cli/render.js';
import { diffPixels, pdfPages, pdfText, readPng, requireTools } from './tools.js';
import { tempDir } from '../temp.js';

const TEMPLATES = join(process.cwd(), 'templates');
const GOLDEN = join(process.cwd(), 'test/render/golden');
const work = tempDir('bagalau-render-');
const lo = join(work, 'lo');
const files: Record<string, { docx: string; pdf: string }> = {};

async function write(name: string, markdown: string, title: string, date: string): Promise<void> {
  const meta = { title, date, language: 'kk-KZ' };
  const docx = join(work, `${name}.docx`);
  const pdf = join(work, `${name}.pdf`);
  writeFileSync(docx, await renderMarkdown(markdown, { format: 'docx', meta, fonts: loadFonts() }));
  writeFileSync(pdf, await renderMarkdown(markdown, { format: 'pdf', meta, fonts: loadFonts() }));
  files[name] = { docx, pdf };
}

beforeAll(async () => {
  requireTools(['soffice', 'pdftotext', 'pdfinfo', 'pdftoppm', 'qpdf']);
  const ts = loadTemplateSet(TEMPLATES, 'asa-b-model');
  for (const j of blankJobs(ts, 'all')) await write(j.name, j.markdown, j.title, j.date);
  const order = orderJob(ts);
  await write(order.name, order.markdown, order.title, order.date);
  const mic = loadTemplateSet(TEMPLATES, 'mic-2018');
  for (const j of blankJobs(mic, 'all')) await write(j.name, j.markdown, j.title, j.date);
  const micOrder = orderJob(mic);
  await write(micOrder.name, micOrder.markdown, micOrder.title, micOrder.date);
  const almaty = loadTemplateSet(TEMPLATES, 'almaty-maslikhat-2018');
  for (const j of blankJobs(almaty, 'all')) await write(j.name, j.markdown, j.title, j.date);
  const almatyOrder = orderJob(almaty);
  await write(almatyOrder.name, almatyOrder.markdown, almatyOrder.title, almatyOrder.date);
  for (const id of ['sjc-apparatus', 'kyzylorda-maslikhat-2018']) {
    const o = orderJob(loadTemplateSet(TEMPLATES, id));
    await write(o.name, o.markdown, o.title, o.date);
  }
  const pkgFile = 'test/render/fixtures/asa-b-managerial.yaml';
  for (const j of packageJobs(pkgFile, parseYaml(readFileSync(pkgFile, 'utf8')), TEMPLATES, () => undefined)) await write(j.name, j.markdown, j.title, j.date);
  mkdirSync(lo, { recursive: true });
  // one LibreOffice call for every DOCX (1–3 s), with its own profile
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(work, 'profile')}`, '--convert-to', 'pdf', '--outdir', lo, ...Object.values(files).map((f) => f.docx)], { stdio: 'ignore', timeout: 120_000 });
}, 180_000);

const loPdf = (name: string): string => join(lo, `${name}.pdf`);

describe('asa-b-model as a reader sees it', () => {
  it('LibreOffice opens every DOCX (soffice exits 0 even when it fails: the PDFs must exist)', () => {
    // every document written above (a template set that silently renders nothing would lower it)
    expect(Object.keys(files).length).toBe(26);
    for (const name of Object.keys(files)) expect(existsSync(loPdf(name)), `${name}.docx did not convert`).toBe(true);
  });

  it('our PDFs pass qpdf --check', () => {
    for (const { pdf } of Object.values(files)) {
      const r = spawnSync('qpdf', ['--check', pdf], { encoding: 'utf8' });
      expect(r.status, `${pdf}: ${r.stdout}${r.stderr}`).toBe(0);
    }
  });

  const exact: Record<string, string[]> = {
    'asa-b-model.managerialSheet.blank': ['Басшы лауазымды атқаратын адамның бағалау парағы', 'Параметрлер', 'Толтыру кезінде түсініктеме', '1-қосымша', 'Нысан', 'Орташа қорытынды баға', 'Бағалаушы адамның еңбек тәртібін сақтауы', '(электрондық цифрлық қолтаңба арқылы куәләндырылған)'],
    'asa-b-model.nonManagerialSheet.blank': ['Басшы лауазымды атқармайтын адамның бағалау парағы', '2-қосымша', 'Дербестік және бастамашылдық', 'Еңбек тәртібін сақтау'],
    'asa-b-model.calibrationProtocol.blank': ['Калибрлеу сессиясының хаттамасы'],
    'asa-b-model.order': ['Мемлекеттік әкімшілік қызметшілердің қызметін бағалаудың кейбір мәселелері туралы', 'БҰЙЫРАМЫН', 'Үлгілік әдістемесі', '"А" корпусы мемлекеттік әкімшілік қызметшілерінің қызметін бағалау әдістемесі', 'Басшы лауазымды атқармайтын адамның бағалау парағы'],
    'asa-b-managerial.managerialSheet': ['Қасымова Әйгерім Нұрланқызы', 'Өтегенов Бауыржан Серікұлы', '4,65', '4,75', 'Міндеттер толық әрі сапалы орындалды', 'Функционалдық міндеттерін тиімді атқарады', '15.07.2026'],
    'mic-2018.kpiSheet.blank': ['Нысаналы мақсатты индикаторлардың атауы', 'Көрсеткішке қол жетті/көрсеткішке қол жетпеді', '(қанағаттанарлықсыз, қанағаттанарлық, тиімді, өте жақсы)', 'БЕКІТЕМІН', '2-қосымша'],
    'mic-2018.workPlan.blank': ['Жеке жұмыс жоспары', '1-қосымша'],
    'mic-2018.competencySheet.blank': ['Құзыреттер бойынша бағалау парағы', 'Стреске орнықтылық', 'Қызметті тұтынушыларды хабарландыру *', 'Қызметшіде байқамаған мінез-құлық индикатор атауы'],
    'mic-2018.protocol.blank': ['Бағалау жөніндегі комиссия отырысының хаттамасы', 'Бағалау нәтижелері комиссиямен түзетілуі (бар болған жағдайда)', 'Комиссияның ұсыныстары', 'Комиссияның хатшысы'],
    'mic-2018.refusalAct.blank': ['Танысудан бас тарту туралы акт'],
    'mic-2018.commissionOrder.blank': ['Бағалау жөніндегі комиссияны құру туралы'],
    'mic-2018.behaviouralIndicators.blank': ['Құзыреттердің мінез-құлық индикаторлары', 'Тиімсіз мінез-құлық индикаторлары'],
    'mic-2018.order': ['әдістемесін бекіту туралы', 'Д. Абаев', 'күші жойылған', '5-тарау. Бағалау нәтижелерін Комиссиямен қарау және бағалау нәтижесіне шағымдану'],
    'almaty-maslikhat-2018.workPlan.blank': ['"Б" корпусы мемлекеттік әкімшілік қызметшісінің жеке жұмыс жоспары', 'Саяси мемлекеттік қызметшінің немесе "А" корпусы қызметішісі келісімінің қай көрсеткішінен', 'Түйінді нәтиже*', '(жеке жоспар құрастырылатын кезең)'],
    'almaty-maslikhat-2018.kpiSheet.blank': ['НМИ бойынша бағалау парағы', '(Т.А.Ә., бағаланатын тұлғаның лауазымы)', 'Көрсеткішке қол жетті / көрсеткішке қол жетпеді'],
    'almaty-maslikhat-2018.competencySheet.blank': ['Стресске орнықтылық', '(болған жағдайда)'],
    'almaty-maslikhat-2018.protocol.blank': ['Бағалау жөніндегі комиссия отырысының хаттамасы', 'Отырыс күні', 'Комиссияның хатшысы', 'Бағалау нәтижелері комиссиямен түзетілуі (бар болған жағдайда)'],
    'asa-b-model.calibrationOrder.blank': ['Калибрлеу сессиясын өткізу және оның құрамын бекіту туралы'],
    'asa-b-managerial.calibrationOrder': ['Жұмабаева Үміт Төлегенқызы', 'Калибрлеу сессиясы өткізілсін'],
    'almaty-maslikhat-2018.order': ['ШЕШІМ ҚАБЫЛДАДЫ', 'Заңының 8-бабы 3-тармағының 7) тармақшасына', 'К. Матыжанов', '5-тарау'],
    'sjc-apparatus.order': ['ӨКІМІ', '№ 3-4/14', 'Ә. Сабыров', '5-тарау. Калибрлеу сессияларын өткізу және кері байланыс ұсыну тәртібі'],
    'kyzylorda-maslikhat-2018.order': ['ШЕШІМІ', 'Н. Байкадамов', 'Құзыреттердің мінез-құлық индикаторлары'],
    'asa-b-managerial.calibrationProtocol': ['Ғабитов Ілияс Қайратұлы', 'Жұмабаева Үміт Төлегенқызы', 'бағалаушы адамның бағасын қолдауы', 'Сейітов Нұрбол Маратұлы: қарсы'],
  };
  for (const [name, phrases] of Object.entries(exact)) {
    it(`${name}: both routes print the act's words exactly`, () => {
      // Our PDF: the phrase's letters in order, whatever the line breaks (narrow columns break long words).
      // LibreOffice's: it hyphenates inside table cells and pdftotext interleaves the columns, so each
      // word (split at hyphens and slashes) must be there exactly.
      // whitespace and hyphens dropped: a line may now end after the hyphen of «мінез-құлық» (UAX #14), and
      // pdftotext joins a line-end «-» with the next line
      const squeeze = (t: string): string => t.replace(/[\s\-‐‑]+/g, '');
      const ours = squeeze(pdfText(files[name]?.pdf ?? ''));
      const theirs = squeeze(pdfText(loPdf(name)));
      for (const p of phrases) {
        expect(ours, `our PDF lacks «${p}»`).toContain(squeeze(p));
        for (const w of p.split(/[\s/-]+/).filter(Boolean)) expect(theirs, `LibreOffice's PDF lacks «${w}» of «${p}»`).toContain(w);
      }
    });
  }

  it('the two routes agree on the length of the approval order and are A4', () => {
    const ours = pdfPages(files['asa-b-model.order']?.pdf ?? '');
    const theirs = pdfPages(loPdf('asa-b-model.order'));
    expect(ours).toBeGreaterThan(20);
    expect(Math.abs(ours - theirs)).toBeLessThanOrEqual(Math.ceil(theirs * 0.1));
    expect(execFileSync('pdfinfo', [files['asa-b-model.order']?.pdf ?? ''], { encoding: 'utf8' })).toMatch(/595\.2\d* x 841\.8\d* pts \(A4\)/);
  });
});

describe('golden images (page 1 of the blank App. 1 sheet at 50 dpi)', () => {
  const raster = (pdf: string, out: string): string => {
    execFileSync('pdftoppm', ['-r', '50', '-png', '-gray', '-f', '1', '-l', '1', '-singlefile', pdf, out]);
    return `${out}.png`;
  };
  // Reviewed by eye; regenerate with BAGALAU_UPDATE_GOLDEN=1 and look at them before committing.
  const routes: Record<string, () => string> = {
    pdf: () => files['asa-b-model.managerialSheet.blank']?.pdf ?? '',
    'docx-libreoffice': () => loPdf('asa-b-model.managerialSheet.blank'),
  };
  for (const [route, pdfOf] of Object.entries(routes)) {
    it(`${route} matches its golden image`, () => {
      const got = raster(pdfOf(), join(work, `golden-${route}`));
      const golden = join(GOLDEN, `asa-b-model.managerialSheet.blank.${route}.png`);
      if (process.env['BAGALAU_UPDATE_GOLDEN']) writeFileSync(golden, readFileSync(got));
      expect(existsSync(golden), `no golden image ${golden}`).toBe(true);
      expect(diffPixels(readPng(got), readPng(golden))).toBeLessThanOrEqual(8);
    });
  }

  const brokenCase = async (label: string, from: RegExp, to: string): Promise<number> => {
    const job = blankJobs(loadTemplateSet(TEMPLATES, 'asa-b-model'), '1')[0];
    if (!job) throw new Error('no App. 1 job');
    const pdf = join(work, `${label}.pdf`);
    writeFileSync(pdf, await renderMarkdown(job.markdown.replace(from, to), { format: 'pdf', meta: { title: job.title, date: job.date, language: 'kk-KZ' }, fonts: loadFonts() }));
    return diffPixels(readPng(raster(pdf, join(work, label))), readPng(join(GOLDEN, 'asa-b-model.managerialSheet.blank.pdf.png')));
  };
  it('the comparison catches a dotless і (breaking case)', async () => {
    const n = await brokenCase('dotless', /і/g, 'ı');
    console.log('dotless і: pixels differing', n);
    expect(n).toBeGreaterThan(8);
  });
  it('the comparison catches a missing қ (breaking case)', async () => {
    const n = await brokenCase('noqaf', /қ/g, 'к');
    console.log('қ → к: pixels differing', n);
    expect(n).toBeGreaterThan(8);
  });
});
