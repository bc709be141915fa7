/**
 * Drafts written as more authors write them (issue: methodology authors' drafts), in Kazakh and Russian:
 * headings in bold instead of `#`, the chapter's number on its own line and its title on the next
 * («**1-тарау**» / «**Жалпы ережелер**», «**Глава 1**» / «**Общие положения**»), the grade bands as a
 * table, the appendix label typed as a paragraph above the stamp that repeats it, and the same Markdown
 * saved as Word by LibreOffice. Each must give what the faithful draft gives.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/law/finding.js';
import { checkDraft } from '../../src/draft/check.js';
import { docxToMarkdown } from '../../src/draft/docx.js';
import { tempDir } from '../temp.js';

const cases = join(import.meta.dirname, 'cases');
const DATE = '2026-01-15';
const kk = readFileSync(join(cases, 'faithful.md'), 'utf8');
const ru = readFileSync(join(cases, 'russian-model.md'), 'utf8');
const lines = (md: string, f: (l: string) => string): string => md.split('\n').map(f).join('\n');

/** Headings in bold, the chapter's number and title on two lines, appendix labels as plain paragraphs. */
function boldAuthor(md: string): string {
  return lines(md, (l) => l
    .replace(/^#{1,2} (.*)$/, '**$1**')
    .replace(/^### (\d+)-тарау\. (.*)$/, '**$1-тарау**\n\n**$2**')
    .replace(/^### Глава (\d+)\. (.*)$/, '**Глава $1**\n\n**$2**')
    .replace(/^### (\d+-қосымша|Приложение \d+)$/, '$1')
    .replace(/^#### (.*)$/, '**$1**'));
}

const KK_BANDS = /^"Функционалдық міндеттерін тиімді атқарады" нәтижесіне 4-тен.*$/m;
const KK_TABLE = `Бағалау нәтижелеріне мынадай бағалар диапазоны сәйкес келеді:

| Бағалау нәтижесі | Бағалар диапазоны (балл) |
|---|---|
| "Функционалдық міндеттерін тиімді атқарады" | 4-тен 5-ке дейін |
| "Функционалдық міндеттерін тиісті түрде атқарады" | 3-тен 3,99-ға дейін |
| "Функционалдық міндеттерін қанағаттанарлық түрде атқарады" | 2-ден 2,99-ға дейін |
| "Функционалдық міндеттерін қанағаттанарлықсыз түрде атқарады" | 0-ден 1,99-ға дейін |`;
const RU_BANDS = /^Результату «эффективно» соответствует.*$/m;
const RU_TABLE = `Результатам оценки соответствуют следующие диапазоны оценок:

| Результат оценки | Диапазон оценок (баллы) |
|---|---|
| эффективно | от 4 до 5 |
| надлежаще | от 3 до 3,99 |
| удовлетворительно | от 2 до 2,99 |
| неудовлетворительно | от 0 до 1,99 |`;

const kkAuthor = boldAuthor(kk).replace(KK_BANDS, KK_TABLE);
const ruAuthor = boldAuthor(ru).replace(RU_BANDS, RU_TABLE);
const key = (f: Finding): string => `${f.severity} ${f.ruleId} ${f.cite?.clause ?? ''} ${JSON.stringify(f.facts?.['found'] ?? null)}`;
const grades = (fs: readonly Finding[]): Finding[] => fs.filter((f) => f.facts?.['parameter'] === 'grade-bands');

describe('bold headings, a chapter\'s number and title on two lines, grade bands as a table', () => {
  it('Kazakh: the same act and no finding, as the faithful draft', () => {
    expect(kkAuthor).not.toMatch(/^#/m);
    expect(kkAuthor).toContain('**1-тарау**\n\n**Жалпы ережелер**');
    const base = checkDraft(kk, { date: DATE });
    const r = checkDraft(kkAuthor, { date: DATE });
    const doc = r.act.documents[0];
    expect(doc?.chapters.map((c) => c.number)).toEqual([1, 2, 3]);
    expect(doc?.clauses.map((c) => c.number)).toEqual(base.act.documents[0]?.clauses.map((c) => c.number));
    expect(doc?.appendices.map((a) => a.number)).toEqual([1, 2]);
    expect(r.findings.map(key)).toEqual([]);
    // The table is read as the bands: a band changed in it is reported, cited to the model's cl. 8.
    const broken = checkDraft(kkAuthor.replace('| 3-тен 3,99-ға дейін |', '| 3-тен 3,89-ға дейін |'), { date: DATE }).findings;
    expect(grades(broken).map(key)).toEqual(['error draft/model-parameter-deviation Annex 2 cl. 8 [[4,5],[3,3.89],[2,2.99],[0,1.99]]']);
  });

  it('Russian: every clause paired by number, the 13 values compared, the bands from the table', () => {
    expect(ruAuthor).toContain('**Глава 1**\n\n**Общие положения**');
    const r = checkDraft(ruAuthor, { date: DATE });
    expect(r.act.documents[0]?.chapters.map((c) => c.number)).toEqual([1, 2, 3]);
    expect(r.act.documents[0]?.appendices.map((a) => a.number)).toEqual([1, 2]);
    expect(r.findings.map((f) => f.ruleId)).toEqual(['draft/model-language']);
    expect(r.findings[0]?.facts?.['values']).toMatchObject({ compared: 13, of: 13, differ: 0 });
    expect(r.comparison?.parameters.find((p) => p.parameter.id === 'grade-bands')).toMatchObject({ status: 'same', clause: 8 });
    const broken = checkDraft(ruAuthor.replace('| от 3 до 3,99 |', '| от 3 до 3,89 |'), { date: DATE }).findings;
    expect(grades(broken).map(key)).toEqual(['error draft/model-parameter-deviation Annex 2 cl. 8 [[4,5],[3,3.89],[2,2.99],[0,1.99]]']);
  });
});

describe('a grade table with no header row, as a table made in Word has', () => {
  it('reads its first row as the first band (it was skipped as a header: a false «the draft has 3–3,99; 2–2,99; 0–1,99» error)', () => {
    const kkNoHead = kkAuthor.replace('| Бағалау нәтижесі | Бағалар диапазоны (балл) |\n|---|---|\n| "Функционалдық міндеттерін тиімді атқарады" | 4-тен 5-ке дейін |\n', '| "Функционалдық міндеттерін тиімді атқарады" | 4-тен 5-ке дейін |\n|---|---|\n');
    const ruNoHead = ruAuthor.replace('| Результат оценки | Диапазон оценок (баллы) |\n|---|---|\n| эффективно | от 4 до 5 |\n', '| эффективно | от 4 до 5 |\n|---|---|\n');
    expect(kkNoHead).not.toBe(kkAuthor);
    expect(ruNoHead).not.toBe(ruAuthor);
    for (const [name, md] of [['kk', kkNoHead], ['ru', ruNoHead]] as const) {
      const r = checkDraft(md, { date: DATE });
      expect(grades(r.findings).map(key), name).toEqual([]);
      expect(r.comparison?.parameters.find((p) => p.parameter.id === 'grade-bands'), name).toMatchObject({ status: 'same', found: [[4, 5], [3, 3.99], [2, 2.99], [0, 1.99]] });
    }
    // «From» and «to» in two columns, with no header row: the Kazakh draft was told it «does not state» the bands.
    for (const [name, md, rows] of [
      ['kk', kk.replace(KK_BANDS, ''), ['тиімді', 'тиісті', 'қанағаттанарлық', 'қанағаттанарлықсыз']],
      ['ru', ru.replace(RU_BANDS, ''), ['эффективно', 'надлежаще', 'удовлетворительно', 'неудовлетворительно']],
    ] as const) {
      const bounds = [['4', '5'], ['3', '3,99'], ['2', '2,99'], ['0', '1,99']] as const;
      const table = rows.map((r, i) => `| ${r} | ${bounds[i]?.[0]} | ${bounds[i]?.[1]} |`);
      const withTable = md.replace(/^(8\. .*)$/m, `$1\n\n${table[0]}\n|---|---|---|\n${table.slice(1).join('\n')}`);
      expect(withTable, name).toContain('|---|---|---|');
      const r = checkDraft(withTable, { date: DATE });
      expect(r.findings.filter((f) => f.ruleId.startsWith('draft/model-parameter')).map(key), name).toEqual([]);
      expect(r.comparison?.parameters.find((p) => p.parameter.id === 'grade-bands'), name).toMatchObject({ status: 'same', found: [[4, 5], [3, 3.99], [2, 2.99], [0, 1.99]] });
    }
    // A header that names the whole scale is not a band.
    const scale = checkDraft(ruAuthor.replace('| Результат оценки | Диапазон оценок (баллы) |', '| Результат оценки | 0–5 |'), { date: DATE });
    expect(scale.comparison?.parameters.find((p) => p.parameter.id === 'grade-bands')).toMatchObject({ status: 'same', found: [[4, 5], [3, 3.99], [2, 2.99], [0, 1.99]] });
  });
});

describe('an appendix label typed as a paragraph above the stamp that ends with it', () => {
  it('is one appendix (it was two with the same number, and a «repeated number» error)', () => {
    // «1-қосымша» alone, then the stamp «… Әдістемесіне↵1-қосымша»: the author's label and the stamp's.
    const md = lines(kk, (l) => l.replace(/^### (\d+-қосымша)$/, '$1'));
    expect(md).toMatch(/^1-қосымша\n\n> әкімшілік/m);
    const r = checkDraft(md, { date: DATE });
    expect(r.act.documents[0]?.appendices.map((a) => a.number)).toEqual([1, 2]);
    expect(r.act.documents[0]?.appendices[0]?.stamp.map((s) => s.text).join('|')).toMatch(/^1-қосымша\|.*Әдістемесіне\n1-қосымша$/s);
    expect(r.findings.map(key)).toEqual([]);
    // Another number in the stamp is another appendix, as before: the gap is reported.
    const other = checkDraft(md.replace(/^1-қосымша\n\n> әкімшілік/m, '3-қосымша\n\n> әкімшілік'), { date: DATE });
    expect(other.act.documents[0]?.appendices.map((a) => a.number)).toEqual([3, 1, 2]);
  });
});

describe('an appendix stamp typed as right-aligned paragraphs, its label last', () => {
  // «әкімшілік қызметшілерінің» / «қызметін бағалаудың» / «Әдістемесіне» / «1-қосымша», each a paragraph
  // of its own, as a Word author aligns them at the right (no quote, no text box).
  const md = kk.replace(/### (\d)-қосымша\n\n((?:> .*\n)+)/g, (_m, n: string, q: string) => {
    const ls = q.split('\n').filter(Boolean).map((l) => l.replace(/^> /, '').replace(/\\$/, ''));
    if (!/қосымша$/.test(ls[ls.length - 1] ?? '')) ls.push(`${n}-қосымша`);
    return `${ls.join('\n\n')}\n\n`;
  });
  it('is the appendix\'s stamp: not parts of the last clause, nor the text of the appendix before', () => {
    expect(md).toContain('талқылау.\n\nБағалаушы адам кездесу кезінде ашық және достық қалыптағы диалогты қамтамасыз етеді.\n\nәкімшілік қызметшілерінің\n\nқызметін бағалаудың\n\nӘдістемесіне\n\n1-қосымша');
    const r = checkDraft(md, { date: DATE });
    const doc = r.act.documents[0];
    expect(doc?.appendices.map((a) => [a.number, a.stamp.map((x) => x.text)])).toEqual([1, 2].map((n) => [n, ['әкімшілік қызметшілерінің', 'қызметін бағалаудың', 'Әдістемесіне', `${n}-қосымша`]]));
    const last = doc?.clauses[doc.clauses.length - 1];
    expect(last?.paragraphs.map((p) => p.text).join('|')).not.toMatch(/Әдістемесіне|қызметін бағалаудың/);
    // The form's lines to fill in stay the form's: they are not taken for the next stamp.
    expect(doc?.appendices[0]?.text.map((p) => p.text).slice(-4).join('|')).toMatch(/Күні _+/);
    expect(doc?.appendices[0]?.text.map((p) => p.text).join('|')).not.toContain('Әдістемесіне');
    expect(r.findings.map(key)).toEqual([]);
  });
});

const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!hasSoffice)('the same drafts saved as Word by LibreOffice (libreoffice --convert-to docx draft.md)', () => {
  it('give the same findings as their Markdown, in Kazakh and Russian', () => {
    const dir = tempDir('bagalau-other-authors-');
    const files = { 'kk-author.md': kkAuthor, 'ru-author.md': ruAuthor.replace('в течение трех лет', 'в течение одного года') };
    for (const [name, md] of Object.entries(files)) writeFileSync(join(dir, name), md);
    const r = spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'docx', '--outdir', dir, ...Object.keys(files).map((f) => join(dir, f))], { encoding: 'utf8', timeout: 240_000 });
    if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
    for (const [name, md] of Object.entries(files)) {
      const d = docxToMarkdown(new Uint8Array(readFileSync(join(dir, name.replace(/\.md$/, '.docx')))));
      const got = checkDraft(d.markdown, { date: DATE, source: { unit: 'paragraphs', of: d.paragraphOf, text: d.paragraphText } }).findings;
      const want = checkDraft(md, { date: DATE }).findings;
      expect(got.map(key), name).toEqual(want.map(key));
      expect(got.map((f) => f.place?.line), name).toEqual(want.map((f) => f.place?.line));
    }
  }, 300_000);
});
