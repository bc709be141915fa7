/**
 * asa-a-corps templates (act 002 Annex 1, App. 1–7): every blank and filled form, in our PDF and in LibreOffice's
 * reading of our DOCX, prints the act's title and column headers; the filled ones print the package's values.
 * The phrases are checked against the act itself; those repairing damaged text must be listed in REPAIRS.md.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findCase, writeCase } from '../../src/package/cases.js';
import { fillDocument } from '../../src/render/documents.js';
import { markdownToModel } from '../../src/render/index.js';
import type { Table } from '../../src/render/model.js';
import { loadTemplateSet } from '../../src/cli/render.js';
import { M1_ASSIGNMENTS, M2_APPEALS, M4_AGENCY } from '../../src/acts/asa-a-corps/catalogue.js';
import { actText, readPdf, renderSet, squeeze, TEMPLATES } from './templates-forms.helpers.js';
import type { RenderedSet } from './templates-forms.helpers.js';
import { tempDir } from '../temp.js';

const ID = 'asa-a-corps';
const ACT = squeeze(actText('002_aa478879640c4786.txt'));
const REPAIRS = squeeze(readFileSync(join(TEMPLATES, ID, 'REPAIRS.md'), 'utf8'));

const VALID = 'samples/asa-a-corps/valid.yaml';
const CATEGORY_2 = writeCase(findCase(ID, 'category2-agreement-late'), tempDir('bagalau-case-'));
// the sample with the review's signatory written in full, as an HR officer types it
const FULL_NAME = join(tempDir('bagalau-case-'), 'full-name.yaml');
writeFileSync(FULL_NAME, readFileSync(VALID, 'utf8').replace('name: Сұлтанов Д.М.', 'name: Сұлтанов Дәурен Маратұлы'));
// the category 2 sample with a date as the deadline of a mandatory KPI (the schema allows a date or the act's words)
const MANDATORY_DATE = join(tempDir('bagalau-case-'), 'mandatory-date.yaml');
writeFileSync(MANDATORY_DATE, readFileSync('samples/asa-a-corps/valid-category2.yaml', 'utf8').replace('      - indicator: Жеке және заңды тұлғалардың өтініштерін уақтылы және сапалы қарауды қамтамасыз ету\n', '      - indicator: Жеке және заңды тұлғалардың өтініштерін уақтылы және сапалы қарауды қамтамасыз ету\n        deadline: 2025-12-20\n'));

const RESULT_KR1 = 'Қазақстан Республикасы Президентінің, Қазақстан Республикасы Премьер-Министрінің, Қазақстан Республикасы Президенті Әкімшілігінің және Қазақстан Республикасы Үкіметі Аппаратының тапсырмалары мен актілерін сапалы және уақтылы орындау';

const PHRASES: Record<string, string[]> = {
  agreementCategory1: ['қызметін бағалау әдістемесіне 1-қосымша', 'Нысан', '"А" корпусы қызметшілерінің жыл сайынғы келісімі (1-санаттағы қызметшілер үшін)', '(Т.А.Ә. (болған жағдайда), бағаланатын тұлғаның лауазымы)', '(бағаланатын жыл)', 'Уәкілетті тұлға айқындаған нысаналы мақсатты индикаторлар', 'Мемлекеттік жоспарлау жүйесінің құжаттарымен және/немесе мемлекеттік органы/"А" корпусы қызметшісі қызметінің ерекшелігімен өзара байланыс', 'Жоспарлы мәні', 'Қол жеткізу мерзімдері', 'Түйінді нәтиже*', 'Міндетті тәртіппен белгіленетін НМИ (міндетті НМИ)', 'Міндетті түйінді НМИ', 'Қорытынды нәтиже', M1_ASSIGNMENTS, M4_AGENCY, RESULT_KR1, '*Түйінді нәтиже - НМИ қол жеткізуден күтілетін оң өзгерістер', '(электрондық цифрлық қолтаңба арқылы куәләндырылған)'],
  agreementCategory2: ['қызметін бағалау әдістемесіне 2-қосымша', '"А" корпусы қызметшісінің жыл сайынғы келісімі (2-санаттағы қызметшілер үшін)', 'Уәкілетті тұлға айқындаған НМИ', 'Қол жеткізу мерзімі', 'Міндетті НМИ атауы', M2_APPEALS, 'Жеке және заңды тұлғалардың өтініштерін сапалы қарау және мерзімдерін сақтау'],
  evaluationSheet: ['қызметін бағалау әдістемесіне 3-қосымша', 'Бағалау парағы', '(бағаланатың тұлғаның тегі, аты, әкесінің аты (болған жағдайда), лауазымы)', 'бағалау кезеңі көрсетіледі', 'НМИ атауы', 'Нақты мәні', 'НМИ жүзеге асырудың пайызы', 'Баға (0-ден 5-ке дейін)*', 'Қорытынды баға (НМИ санына бөлінген барлық бағалардың сомасы)', 'Бағалау нәтижесі', '(қанағаттанарлықсыз, қанағаттанарлық, тиімді)'],
  maxGradeTable: ['4-қосымша', 'Тапсырмалардың сапалы және уақтылы орындалуын қамтамасыз ету бойынша НМИ іске асыру пайызына қарай максималды бағалауды айқындау кестесі', 'НМИ іске асырудың пайызы', 'Максималды баға*', '100 және одан жоғары', 'Максималды мәннен асатын бағалауға тыйым салынады.'],
  gradeTable: ['5-қосымша', 'НМИ іске асыру пайызына байланысты рұқсат етілген бағалауды айқындау кестесі (тапсырмалардың сапалы және уақтылы орындалуын қамтамасыз ету жөніндегі НМИ қоспағанда)', 'Рұқсат етілген бағалау ауқымы', '2,75-2,99', '0-0,24'],
  review: ['6-қосымша', 'Қазақстан Республикасы Президентінің жанындағы Кадр саясаты жөніндегі ұлттық комиссия', '"А" корпусы мемлекеттік әкімшілік қызметшісінің қызметі туралы пікір', 'Бағалау кезеңі', 'Қосымша ақпарат (кәсіби деңгей мен жеке қасиеттердің сипаттамасы, тәртіптік жазалар, сондай-ақ қалауы бойынша басқа ақпарат):'],
  survey: ['7-қосымша', 'Сауалнама қатаң анонимді, құпиялылыққа кепілдік беріледі.', '14. Осы мемлекеттік органдағы жұмыс өтілі?', '1 жастан 3 жасқа дейін', 'Көбінесе қолайлы моральдық-психологиялық климат'],
};

let set: RenderedSet;
beforeAll(async () => {
  set = await renderSet(ID, [VALID, CATEGORY_2, FULL_NAME, MANDATORY_DATE]);
}, 300_000);

const formOf = (file: string, key: string): Record<string, unknown> => {
  const f = (set.packages[file]?.['forms'] as Record<string, Record<string, unknown>> | undefined)?.[key];
  if (!f) throw new Error(`${file} has no form ${key}`);
  return f;
};
const stem = (file: string): string => file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
const comma = (n: unknown): string => String(n).replace('.', ',');

describe('asa-a-corps: the phrases are the act\'s', () => {
  it('every phrase is in act 002 as printed', () => {
    for (const [form, phrases] of Object.entries(PHRASES)) for (const p of phrases) expect(ACT, `${form}: «${p}» is not in act 002`).toContain(squeeze(p));
  });
  it('the repaired ones are not in the act as printed, and REPAIRS.md lists what was damaged', () => {
    expect(ACT).toContain(squeeze('Әкімшілігінің 7және'));
    expect(REPAIRS).toContain(squeeze('Әкімшілігінің 7және'));
    expect(ACT).toContain(squeeze('НМИатауы'));
    expect(REPAIRS).toContain(squeeze('«НМИатауы»'));
    expect(REPAIRS).toContain(squeeze('Көбінесе қолайлы моральдық-психологиялық климат Көбінесе қолайсыз'));
  });
});

describe('asa-a-corps: blank forms', () => {
  for (const f of Object.keys(PHRASES)) {
    it(`${f}: our PDF and LibreOffice's reading of our DOCX print the act's title and headers`, () => {
      const d = set.docs[`${ID}.${f}.blank`];
      if (!d) throw new Error(`no blank ${f}`);
      expect(existsSync(d.lo), `LibreOffice did not open ${f}.docx`).toBe(true);
      for (const p of PHRASES[f] ?? []) {
        expect(readPdf(d.pdf), `our PDF of blank ${f} lacks «${p}»`).toContain(squeeze(p));
        expect(readPdf(d.lo), `LibreOffice's PDF of blank ${f} lacks «${p}»`).toContain(squeeze(p));
      }
    });
  }
  it('App. 2 prints the key result without the stray digit of the published text (repair), App. 3 no «Нысан» (as printed)', () => {
    const app2 = readPdf(set.docs[`${ID}.agreementCategory2.blank`]?.pdf ?? '');
    expect(app2).not.toContain(squeeze('7және'));
    expect(app2).toContain(squeeze(RESULT_KR1));
    expect(readPdf(set.docs[`${ID}.evaluationSheet.blank`]?.pdf ?? '')).not.toContain('Нысан');
    expect(readPdf(set.docs[`${ID}.review.blank`]?.pdf ?? '')).toContain('Нысан');
  });
  it('App. 7 is never rendered from a package; App. 4 and 5 come with an App. 3 sheet', () => {
    expect(set.docs[`${stem(VALID)}.survey`]).toBeUndefined();
    expect(set.docs[`${stem(VALID)}.maxGradeTable`]).toBeDefined();
    expect(set.docs[`${stem(VALID)}.gradeTable`]).toBeDefined();
  });
});

describe('asa-a-corps: forms filled from packages', () => {
  it('App. 2 Table II: a mandatory KPI\'s deadline given as a date is written DD.MM.YYYY, as every other date of the form', () => {
    const d = set.docs['mandatory-date.agreementCategory2'];
    if (!d) throw new Error('not rendered');
    expect(readFileSync(MANDATORY_DATE, 'utf8')).toContain('deadline: 2025-12-20');
    for (const pdf of [d.pdf, d.lo]) {
      expect(readPdf(pdf), pdf).toContain('20.12.2025');
      expect(readPdf(pdf), pdf).not.toContain(squeeze('2025-12-20'));
    }
  });
  it('App. 6: the signatory is the surname and initials the label asks for, in both routes', () => {
    // «(лауазымы, қолы …, тегі, уәкілетті тұлғаның аты-жөнінің бірінші әріптері)»: a name typed in full was printed so
    const d = set.docs['full-name.review'];
    if (!d) throw new Error('not rendered');
    for (const pdf of [d.pdf, d.lo]) {
      expect(readPdf(pdf), pdf).toContain(squeeze('Сұлтанов Д. М. (лауазымы'));
      expect(readPdf(pdf), pdf).not.toContain(squeeze('Сұлтанов Дәурен'));
    }
  });
  const cases: [string, string, (f: Record<string, unknown>, pkg: Record<string, unknown>) => string[]][] = [
    [VALID, 'agreementCategory1', (f) => {
      const k = (f['kpis'] as Record<string, unknown>[])[0] ?? {};
      const m4 = (f['mandatory'] as Record<string, unknown>[]).find((m) => m['indicator'] === M4_AGENCY) ?? {};
      return [String(f['year']), String(k['name']), String(k['linkage']), String(m4['title']), String(m4['keyResult']), String((f['authorizedPerson'] as Record<string, string>)['position'])];
    }],
    [CATEGORY_2, 'agreementCategory2', (f, pkg) => [String((pkg['servant'] as Record<string, string>)['position']), String((f['kpis'] as Record<string, unknown>[])[0]?.['keyResult'])]],
    [VALID, 'evaluationSheet', (f, pkg) => [String((pkg['servant'] as Record<string, string>)['fullName']), comma(f['finalGrade']), String((f['kpis'] as Record<string, unknown>[])[4]?.['name']), '01.01.2025', String(f['result'])]],
    [VALID, 'review', (f) => [String(f['assessment']), String(f['additional']), String((f['signedBy'] as Record<string, string>)['name'])]],
  ];
  for (const [file, key, values] of cases) {
    it(`${stem(file)}.${key}: the act's title and headers and the package's values, in both routes`, () => {
      const d = set.docs[`${stem(file)}.${key}`];
      if (!d) throw new Error(`${file}: ${key} was not rendered`);
      expect(existsSync(d.lo), `LibreOffice did not open ${key}.docx`).toBe(true);
      for (const p of [...(PHRASES[key] ?? []), ...values(formOf(file, key), set.packages[file] ?? {})]) {
        expect(readPdf(d.pdf), `our PDF of ${key} lacks «${p}»`).toContain(squeeze(p));
        expect(readPdf(d.lo), `LibreOffice's PDF of ${key} lacks «${p}»`).toContain(squeeze(p));
      }
    });
  }
  it('App. 1 row 4 takes the Agency KPI by its name, not by position (passing and breaking order)', () => {
    const ts = loadTemplateSet(TEMPLATES, ID);
    const m4 = { indicator: M4_AGENCY, title: 'Төртінші НМИ', unit: 'бірлік', planned: 7 };
    const others = [{ indicator: M1_ASSIGNMENTS }, { indicator: M2_APPEALS }];
    const row4 = (mandatory: unknown[]): string => {
      const md = fillDocument('agreementCategory1.md.hbs', ts.read('agreementCategory1.md.hbs'), { methodology: { id: ID, title: ts.set.title }, form: { year: 2025, kpis: [], mandatory, authorizedPerson: { name: 'А', position: 'Б' }, servantSignature: { name: 'В' } } });
      return md.split('\n').find((l) => l.startsWith('| 4 |')) ?? '';
    };
    for (const order of [[...others, m4], [m4, ...others]]) {
      expect(row4(order)).toContain('Төртінші НМИ');
      expect(row4(order)).toContain('| 7 |');
    }
    expect(row4(others)).not.toContain('Төртінші НМИ'); // breaking case: no Agency KPI, nothing printed in row 4
  });

  it('App. 1 Table II rows 1–3 are the act\'s cells with nothing added, blank and filled; row 4\'s added line is in REPAIRS.md (issue 8 item 10)', () => {
    const ts = loadTemplateSet(TEMPLATES, ID);
    const src = ts.read('agreementCategory1.md.hbs');
    // the act prints Table II one cell per line (L380–L420): the cells of rows 1–3 after each row's number
    const lines = actText('002_aa478879640c4786.txt').split('\n').slice(379, 420).map((l) => l.trim()).filter(Boolean);
    const actRows = [1, 2, 3].map((n) => { const i = lines.indexOf(String(n)); return lines.slice(i, i + 6); });
    expect(actRows.map((r) => r[0])).toEqual(['1', '2', '3']);
    const rowsOf = (form: Record<string, unknown>): string[][] => {
      const md = fillDocument('agreementCategory1.md.hbs', src, { methodology: { id: ID, title: ts.set.title }, form });
      const t = markdownToModel(md, { meta: { title: 't', date: '2026-01-01', language: 'kk-KZ' } }).blocks.find((b): b is Table => b.kind === 'table' && b.rows[0]?.some((c) => c.paragraphs.some((p) => p.runs.some((r) => r.text === 'Міндетті түйінді НМИ'))) === true);
      return (t?.rows ?? []).slice(1, 4).map((row) => row.map((c) => c.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('\n')));
    };
    const same = (got: string[][]): boolean => JSON.stringify(got) === JSON.stringify(actRows);
    expect(same(rowsOf({}))).toBe(true);
    expect(same(rowsOf(formOf(VALID, 'agreementCategory1')))).toBe(true);
    // breaking case: a word added to row 1 is seen
    const added = rowsOf({}).map((r, i) => (i === 0 ? r.map((c, k) => (k === 1 ? `${c} (қосымша мәтін)` : c)) : r));
    expect(same(added)).toBe(false);
    expect(REPAIRS).toContain(squeeze('text added beyond the published form'));
    expect(REPAIRS).toContain(squeeze('App. 1, Table II rows 1–3'));
  });
});
