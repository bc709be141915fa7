/**
 * sjc-apparatus templates (act 004, App. 1–8): every blank and filled form, in our PDF and in LibreOffice's
 * reading of our DOCX, prints the act's title and column headers; the filled ones print the package's values.
 * The phrases are checked against the act itself, so a typo in a template cannot hide behind a typo in the test;
 * the few that repair damaged text must be listed in templates/sjc-apparatus/REPAIRS.md.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findCase, writeCase } from '../../src/package/cases.js';
import { markdownToModel, renderMarkdown } from '../../src/render/index.js';
import { fillDocument } from '../../src/render/documents.js';
import { loadFonts, loadTemplateSet } from '../../src/cli/render.js';
import { actText, readPdf, renderSet, squeeze, TEMPLATES } from './templates-forms.helpers.js';
import type { RenderedSet } from './templates-forms.helpers.js';
import { tempDir } from '../temp.js';

const ID = 'sjc-apparatus';
const ACT = squeeze(actText('004_c35c6965a291465c.txt'));
const REPAIRS = squeeze(readFileSync(join(TEMPLATES, ID, 'REPAIRS.md'), 'utf8'));

const VALID = 'samples/sjc-apparatus/valid.yaml';
const CASES = tempDir('bagalau-case-');
const HEAD_360 = writeCase(findCase(ID, 'familiarisation-360-late'), CASES);
const RANKED = writeCase(findCase(ID, 'method-head-ranked'), CASES);
const STAFF_360 = writeCase(findCase(ID, 'result-staff-row-missing'), CASES);
// the sample with the App. 2 signatures' names written in full, as an HR officer types them
const FULL_NAMES = join(CASES, 'full-names.yaml');
writeFileSync(FULL_NAMES, readFileSync(VALID, 'utf8').replace('name: Ермекова А.С.', 'name: Ермекова Айнұр Сәкенқызы').replace('name: Оспанов Д.М.', 'name: Оспанов Дәулет Мұратұлы'));

/** Title, caption and column headers of each form, as the act prints them (letters included). */
const PHRASES: Record<string, string[]> = {
  workPlan: ['1-қосымша', 'Нысан', '"БЕКІТЕМІН"', 'жоғары тұрган басшы', 'Аппараттың басшысы орынбасарының/ Аппараттың құрылымдық бөлімшесі басшысының жеке жұмыс жоспары', '(жеке жоспар құрылатын кезең)', 'Қызметшінің құрылымдық бөлімшесінің атауы:', 'НМИ атауы', 'Жоспарлы мәні', 'Кол жеткізу мерзімі', 'Түйінді нәтиже *', 'Ескертпе: нысаналы мақсатты индикаторға қол жеткізуден күтілетін оң өзгерістер.'],
  kpiSheet: ['2-қосымша', 'НМИ бойынша бағалау парагы', '(бағаланатын адамның Т.А.Ә., лауазымы)', '(бағаланатын кезең)', '№ р/р', 'НМИ атауы', 'Өлшем бірлігі', 'Жоспарлы мәні', 'Нақты мәні', '1-тоқсан', 'Кестенің жалғасы', 'НМИ пайыздық іске асусы', 'Бағалау', 'Корытынды бағалау', 'НМИ санына бөлінген НМИ бойынша бағалау сомасы', 'Бағаланатын адам', 'Бағалайтын адам'],
  gradeTable: ['3-қосымша', 'Нысаналы мақсатты индикаторды іске асыру пайызына байланысты рұқсат етілетін бағаны анықтау кестесі', 'Рұқсат етілген бағалау ауқымы*', '100 және одан жоғары', '40-44,49', '0-4,99', 'Бұл ретте рұқсат етілген ауқымда бағалаушы адам өз қалауы бойынша баға қояды.'],
  rankingSheet: ['4-қосымша', 'Саралау әдісі бойынша бағалау параметры', 'Бағаланатын қызметшінің Т. А.Ә.', 'Параметрлер', 'Критерийлер', 'Бағалау (1-ден 5 баллға дейін)', 'Негіздеме', '1. Функционалдық міндеттерді орындау сапасы*', 'Күжаттарды, тапсырмаларды орындау мерзімдерінің бұзылмауы', 'Орташа қорытынды баға', 'Койылған бағаға негіздеме'],
  survey360Heads: ['5-қосымша', 'Аппарат басшысының орынбасарын/ Аппараттың құрылымдық бөлімшелерінің басшыларын 360 әдісімен бағалау парагы', 'Күрметті респондент!', 'Құзыреттердің атауы', 'Құзыреттер бойынша сұраптар', 'Жауаптар', 'Бінтымақтастық бойынша орташа бағалау', 'Көшбасшылық қасиеттер бойынша орташа баға'],
  survey360Staff: ['6-қосымша', '"Б" корпусы қызметшілерін 360 әдісімен бағалау парагы', 'Бағаланатын қызметкердің Т.А.Ә', 'Құзыреттер бойынша сұрақтар', 'Жауаптар', 'Өзін өзі дамыту бойынша орташа баға'],
  result360Heads: ['7-қосымша', 'Қызметшіні 360 әдісімен бағалау нәтижесі', '(Аппарат басшысының орынбасарын/ Аппараттың құрылымдық бөлімшелерінің басшылары үшін)', 'Құзырет', 'Құзыреттер бойынша орташа қорытынды баға', 'Паутинка', 'Бағалау нәтижесі:'],
  result360Staff: ['Кызметшіні 360 градус әдісімен бағалау нәтижелері', '(Аппараттың "Б" корпусының қызметшілері үшін)', 'Бағаланатын қызметшінің Т. А.Ә.', 'Күзырет', 'Күзыреттер бойынша орташа қорытынды баға', 'Паутинка'],
};

/** Phrases that repair damaged text: not in the act as printed, so each must be listed in REPAIRS.md. */
const REPAIRED: Record<string, string[]> = {
  workPlan: ['"А" корпусы қызметшісі келісімінің қай көрсеткішінен немесе мемлекеттік жоспарлау жүйесінің құжатынан түйінделеді'],
  gradeTable: ['Нысаналы мақсатты индикаторды пайызбен және саралау параметрлерін іске асыру'],
  result360Staff: ['әдістемесіне 8-қосымша'],
};

const FORMS = Object.keys(PHRASES);
let set: RenderedSet;

beforeAll(async () => {
  set = await renderSet(ID, [VALID, HEAD_360, RANKED, STAFF_360, FULL_NAMES]);
}, 300_000);

const formOf = (file: string, key: string): Record<string, unknown> => {
  const forms = set.packages[file]?.['forms'] as Record<string, Record<string, unknown>> | undefined;
  const f = forms?.[key];
  if (!f) throw new Error(`${file} has no form ${key}`);
  return f;
};
const dmy = (iso: string): string => iso.split('-').reverse().join('.');
const comma = (n: unknown): string => String(n).replace('.', ',');
const stem = (file: string): string => file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');

describe('sjc-apparatus: the phrases the tests look for are the act\'s', () => {
  it('every phrase is in act 004 as printed, or repairs damage listed in REPAIRS.md', () => {
    for (const [form, phrases] of Object.entries(PHRASES)) for (const p of phrases) expect(ACT, `${form}: «${p}» is not in act 004`).toContain(squeeze(p));
    for (const [form, phrases] of Object.entries(REPAIRED)) {
      for (const p of phrases) {
        expect(ACT, `${form}: «${p}» is in the act, so it is no repair`).not.toContain(squeeze(p));
        expect(REPAIRS, `${form}: repair «${p}» is not listed in REPAIRS.md`).toContain(squeeze(p));
      }
    }
  });
  it('the phrase check can fail: a word the act does not have is not found (breaking case)', () => {
    expect(ACT).not.toContain(squeeze('НМИ бойынша бағалау парағы')); // the act prints «парагы»
  });
});

describe('sjc-apparatus: blank forms', () => {
  it('every appendix renders blank, and LibreOffice opens every DOCX', () => {
    for (const f of FORMS) {
      const d = set.docs[`${ID}.${f}.blank`];
      expect(d, `no blank ${f}`).toBeDefined();
      expect(existsSync(d?.lo ?? ''), `LibreOffice did not open ${f}.docx`).toBe(true);
    }
  });
  for (const f of FORMS) {
    it(`${f}: our PDF and LibreOffice's reading of our DOCX print the act's title and headers`, () => {
      const d = set.docs[`${ID}.${f}.blank`];
      if (!d) throw new Error(`no blank ${f}`);
      for (const p of [...(PHRASES[f] ?? []), ...(REPAIRED[f] ?? [])]) {
        expect(readPdf(d.pdf), `our PDF of blank ${f} lacks «${p}»`).toContain(squeeze(p));
        expect(readPdf(d.lo), `LibreOffice's PDF of blank ${f} lacks «${p}»`).toContain(squeeze(p));
      }
    });
  }
  it('App. 8: the reconstructed label says so in the notes, never in the printed document', () => {
    const notes = (name: string): string => markdownToModel(set.docs[name]?.markdown ?? '', { meta: { title: 't', date: '2023-01-01', language: 'kk-KZ' } }).notes.join(' ');
    expect(notes(`${ID}.result360Staff.blank`)).toContain('сөздері қалпына келтірілді');
    expect(notes(`${ID}.result360Heads.blank`)).not.toContain('қалпына келтірілді');
    expect(readPdf(set.docs[`${ID}.result360Staff.blank`]?.pdf ?? '')).not.toContain(squeeze('қалпына келтірілді'));
  });
  it('a wrong title is caught (breaking case): the same template with one letter changed no longer matches', async () => {
    const ts = loadTemplateSet(TEMPLATES, ID);
    const src = ts.read('kpiSheet.md.hbs').replace('# НМИ бойынша бағалау парагы', '# НМИ бойынша бағалау парағы');
    const md = fillDocument('kpiSheet.md.hbs', src, { methodology: { id: ID, title: ts.set.title } });
    const pdf = join(set.dir, 'broken.kpiSheet.pdf');
    writeFileSync(pdf, await renderMarkdown(md, { format: 'pdf', meta: { title: 'x', date: '2023-03-14', language: 'kk-KZ' }, fonts: loadFonts() }));
    expect(readPdf(pdf)).not.toContain(squeeze('НМИ бойынша бағалау парагы'));
  });
});

describe('sjc-apparatus: forms filled from packages', () => {
  it('App. 1 and App. 2: a name under «(тегі, бас әріптер)» is the surname and initials, in both routes', () => {
    // the approver of the work plan and the signatures of the KPI sheet were printed as typed, a full name over a
    // label asking for the surname and initials (act 004 App. 1 and 2; the other methodologies' forms use `initials`)
    const plan = set.docs['valid.workPlan'];
    const sheet = set.docs['full-names.kpiSheet'];
    if (!plan || !sheet) throw new Error('not rendered');
    for (const pdf of [plan.pdf, plan.lo]) {
      expect(readPdf(pdf), pdf).toContain(squeeze('Жүсіпов Қ. С. (тегі, бас әріптер)'));
      expect(readPdf(pdf), pdf).not.toContain(squeeze('Жүсіпов Қанат Серікұлы'));
    }
    for (const pdf of [sheet.pdf, sheet.lo]) {
      expect(readPdf(pdf), pdf).toContain(squeeze('Ермекова А. С. Оспанов Д. М. (тегі, бас әріптер) (тегі, бас әріптер)'));
    }
  });
  const cases: [string, string, (f: Record<string, unknown>) => string[]][] = [
    [VALID, 'workPlan', (f) => {
      const k = (f['kpis'] as Record<string, unknown>[])[0] ?? {};
      return [String(f['servantName']), String(k['name']), dmy(String((k['deadlines'] as Record<string, string>)['q2'])), String(k['keyResult'])];
    }],
    [VALID, 'kpiSheet', (f) => [String(f['evaluee']), comma(f['finalGrade']), String(f['result'])]],
    [RANKED, 'rankingSheet', (f) => [String(f['evaluee']), String(f['evaluator']), comma(f['average'])]],
    [HEAD_360, 'survey360Heads', (f) => {
      const r = (f['responses'] as { group: string; answers: string[][] }[])[0];
      return [String(f['evaluee']), r?.group ?? '?', r?.answers[0]?.[0] ?? '?'];
    }],
    [HEAD_360, 'result360Heads', (f) => {
      const r = (f['rows'] as { competency: string; average: number }[])[0];
      return [String(f['evaluee']), r?.competency ?? '?', comma(r?.average)];
    }],
    [STAFF_360, 'survey360Staff', (f) => [String(f['evaluee']), (f['responses'] as { group: string }[])[0]?.group ?? '?']],
    [STAFF_360, 'result360Staff', (f) => [String(f['evaluee']), (f['rows'] as { competency: string }[])[0]?.competency ?? '?']],
  ];
  for (const [file, key, values] of cases) {
    it(`${stem(file)}.${key}: the act's title and headers and the package's values, in both routes`, () => {
      const d = set.docs[`${stem(file)}.${key}`];
      if (!d) throw new Error(`${file}: ${key} was not rendered`);
      expect(existsSync(d.lo), `LibreOffice did not open ${key}.docx`).toBe(true);
      for (const p of [...(PHRASES[key] ?? []), ...values(formOf(file, key))]) {
        expect(readPdf(d.pdf), `our PDF of ${key} lacks «${p}»`).toContain(squeeze(p));
        expect(readPdf(d.lo), `LibreOffice's PDF of ${key} lacks «${p}»`).toContain(squeeze(p));
      }
    });
  }
  it('App. 3 comes with a package that has an App. 2 sheet, and only then', () => {
    expect(set.docs[`${stem(VALID)}.gradeTable`]).toBeDefined();
    expect(set.docs[`${stem(HEAD_360)}.gradeTable`]).toBeUndefined();
  });
  it('App. 4: each grade stands against its own parameter, whatever the package\'s order (passing and breaking order)', () => {
    const ts = loadTemplateSet(TEMPLATES, ID);
    const params = [
      { parameter: 'Функционалдық міндеттерді орындау сапасы', grade: 4.1 },
      { parameter: 'Міндеттерді орындау мерзімдерін сақтау', grade: 3.2 },
      { parameter: 'Дербестік және бастамашылық', grade: 2.3 },
      { parameter: 'Еңбек тәртібін сақтау', grade: 1.4 },
    ];
    const row = (md: string, name: string): string => md.split('\n').find((l) => l.includes(name) && l.startsWith('|')) ?? '';
    for (const order of [params, [...params].reverse()]) {
      const md = fillDocument('rankingSheet.md.hbs', ts.read('rankingSheet.md.hbs'), { methodology: { id: ID, title: ts.set.title }, form: { evaluee: 'А', evaluator: 'Б', parameters: order, average: 2.75, result: 'Функционалдық міндеттерін тиісті түрде атқарады' } });
      expect(row(md, 'Еңбек тәртібін сақтау')).toContain('1,4');
      expect(row(md, 'Еңбек тәртібін сақтау')).not.toContain('4,1');
      expect(row(md, 'орындау сапасы')).toContain('4,1');
    }
  });
});
