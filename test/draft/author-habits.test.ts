/**
 * Drafts written as other authors write them, beyond the six Markdown habits of dialects.test.ts:
 * Kazakh chapter headings in capitals («1-ТАРАУ ЖАЛПЫ ЕРЕЖЕЛЕР», no full stop) or with a space for the
 * hyphen («1 тарау.»), as Russian ones («ГЛАВА 1 ОБЩИЕ ПОЛОЖЕНИЯ») were already read. Before, such a
 * Kazakh draft had no chapters at all, silently: a gap in their numbers went unreported.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/draft/check.js';
import { importPublishedAct } from '../../src/draft/import.js';

const kk = readFileSync(join(import.meta.dirname, 'cases/faithful.md'), 'utf8');
const DATE = '2026-01-15';
const mapLines = (md: string, f: (l: string) => string): string => md.split('\n').map(f).join('\n');

const CHAPTER_HABITS: Record<string, (md: string) => string> = {
  capitals: (md) => mapLines(md, (l) => l.replace(/^### (\d+)-тарау\. (.*)$/, (_m, n: string, t: string) => `### ${n}-ТАРАУ ${t.toUpperCase()}`)),
  'capitals, bold': (md) => mapLines(md, (l) => l.replace(/^### (\d+)-тарау\. (.*)$/, (_m, n: string, t: string) => `**${n}-ТАРАУ. ${t.toUpperCase()}**`)),
  'space for the hyphen': (md) => mapLines(md, (l) => l.replace(/^### (\d+)-тарау\. /, '### $1 тарау. ')),
  'en dash': (md) => mapLines(md, (l) => l.replace(/^### (\d+)-тарау\. /, '### $1–тарау. ')),
  'en dash between spaces (Word AutoCorrect)': (md) => mapLines(md, (l) => l.replace(/^### (\d+)-тарау\. /, '### $1 – тарау. ')),
  'em dash': (md) => mapLines(md, (l) => l.replace(/^### (\d+)-тарау\. /, '### $1 — тарау. ')),
  'em dash, no space': (md) => mapLines(md, (l) => l.replace(/^### (\d+)-тарау\. /, '### $1—тарау. ')),
  'a dash before the title': (md) => mapLines(md, (l) => l.replace(/^### (\d+)-тарау\. /, '### $1-тарау – ')),
  'non-breaking hyphen (Ctrl+Shift+-)': (md) => mapLines(md, (l) => l.replace(/^### (\d+)-тарау\. /, '### $1\u2011тарау. ')),
  'soft hyphen for the hyphen (Ctrl+-)': (md) => mapLines(md, (l) => l.replace(/^### (\d+)-тарау\. /, '### $1\u00adтарау. ')),
  'soft hyphen beside the hyphen': (md) => mapLines(md, (l) => l.replace(/^### (\d+)-тарау\. /, '### $1\u00ad-тарау. ')),
};

describe('Kazakh chapter headings as authors type them', () => {
  it('are chapters, with the same findings as the draft written «1-тарау. …»', () => {
    const base = checkDraft(kk, { date: DATE });
    const chapters = base.act.documents[0]?.chapters.map((c) => c.number);
    expect(chapters).toEqual([1, 2, 3]);
    for (const [name, f] of Object.entries(CHAPTER_HABITS)) {
      const r = checkDraft(f(kk), { date: DATE });
      expect(r.act.documents[0]?.chapters.map((c) => c.number), name).toEqual(chapters);
      expect(r.act.documents[0]?.clauses.map((c) => c.chapter), name).toEqual(base.act.documents[0]?.clauses.map((c) => c.chapter));
      expect(r.findings, name).toEqual([]);
      // A chapter number skipped is reported.
      const gap = checkDraft(f(kk.replace('### 3-тарау.', '### 4-тарау.')), { date: DATE }).findings.filter((x) => x.ruleId === 'draft/numbering-gap');
      expect(gap.map((x) => x.message.en), name).toEqual([expect.stringMatching(/chapter/i)]);
    }
  });

  it('a dash between the chapter and its title is no part of the title: «2-тарау – …», «Глава 2 – …», «Глава 2 — …»', () => {
    const titles = (md: string) => checkDraft(md, { date: DATE }).act.documents[0]?.chapters.map((c) => c.title);
    const kkTitles = titles(kk);
    expect(titles(kk.replace('### 2-тарау. ', '### 2-тарау – '))).toEqual(kkTitles);
    expect(titles(kk.replace('### 2-тарау. ', '2 — тарау — '))).toEqual(kkTitles);
    const ruTitles = titles(ru);
    expect(ruTitles?.[1]).toBe('Порядок оценки');
    for (const dash of ['–', '—', '-']) expect(titles(ru.replace('### Глава 2. ', `### Глава 2 ${dash} `)), dash).toEqual(ruTitles);
    // a title's own dash stays: «Глава 2. Оценка – порядок»
    expect(titles(ru.replace('### Глава 2. Порядок оценки', '### Глава 2. Оценка – порядок'))?.[1]).toBe('Оценка – порядок');
  });

  it('a chapter\'s number and title on two lines of one paragraph (Shift+Enter), plain or in bold as a Word file gives it', () => {
    const heading = kk.split('\n').find((l) => l.startsWith('### 3-тарау. ')) as string;
    const title = heading.replace('### 3-тарау. ', '');
    const base = checkDraft(kk, { date: DATE }).act.documents[0];
    for (const typed of [`3-тарау.\\\n${title}`, `**3-тарау.**\\\n**${title}**`, `3-ТАРАУ\\\n${title.toUpperCase()}`]) {
      const doc = checkDraft(kk.replace(heading, typed), { date: DATE }).act.documents[0];
      expect(doc?.chapters.map((c) => c.number), typed).toEqual([1, 2, 3]);
      expect(doc?.chapters[2]?.title.toLowerCase(), typed).toBe(title.toLowerCase());
      expect(doc?.clauses.map((c) => c.chapter), typed).toEqual(base?.clauses.map((c) => c.chapter));
    }
    // a part whose first line merely begins with a chapter's words and goes on as text is no chapter
    const part = checkDraft(kk.replace(heading, `${heading}\n\n3 тараудан тұрады.\\\nОсы тарау қолданылады.`), { date: DATE }).act.documents[0];
    expect(part?.chapters.map((c) => c.number)).toEqual([1, 2, 3]);
  });

  it('a paragraph that speaks of chapters is not one («3 тараудан тұрады»)', () => {
    const r = checkDraft(kk.replace('### 2-тарау.', '3 тараудан тұратын бөлім.\n\n### 2-тарау.'), { date: DATE });
    expect(r.act.documents[0]?.chapters.map((c) => c.number)).toEqual([1, 2, 3]);
  });
});

const ru = readFileSync(join(import.meta.dirname, 'cases/russian-model.md'), 'utf8');

describe('Russian chapter headings with a Roman number: «Глава I.», «ГЛАВА IV»', () => {
  it('are chapters numbered as the Roman number reads (Latin letters or the Cyrillic «І», «Х»); a gap is told', () => {
    const chapters = (md: string) => checkDraft(md, { date: DATE }).act.documents[0]?.chapters.map((c) => `${c.number} ${c.title}`);
    const base = chapters(ru);
    expect(base?.length).toBeGreaterThan(2);
    const roman = ['I', 'II', 'III', 'IV', 'V', 'VI'];
    const written = (f: (n: number) => string) => ru.replace(/^### Глава (\d+)\. /gm, (_m, n: string) => f(Number(n)));
    expect(chapters(written((n) => `### Глава ${roman[n - 1]}. `))).toEqual(base);
    expect(chapters(written((n) => `### ГЛАВА ${(roman[n - 1] as string).replace(/I/g, 'І')} `))?.map((c) => c.split(' ')[0])).toEqual(base?.map((c) => c.split(' ')[0]));
    const findings = checkDraft(written((n) => `### Глава ${roman[n - 1]}. `), { date: DATE }).findings;
    expect(findings).toEqual(checkDraft(ru, { date: DATE }).findings);
    const gap = checkDraft(written((n) => `### Глава ${roman[n === 2 ? 2 : n - 1]}. `), { date: DATE }).findings.filter((x) => x.ruleId === 'draft/numbering-duplicate' || x.ruleId === 'draft/numbering-gap');
    expect(gap.map((x) => x.message.en).join(' ')).toMatch(/chapter/i);
    // Kazakh, as older texts number them: «II тарау. …», «ІІ-тарау» (Cyrillic «І»)
    const kkChapters = (md: string) => checkDraft(md, { date: DATE }).act.documents[0]?.chapters.map((c) => c.number);
    expect(kkChapters(kk.replace(/^### (\d+)-тарау\. /gm, (_m, n: string) => `### ${roman[Number(n) - 1]} тарау. `))).toEqual([1, 2, 3]);
    expect(kkChapters(kk.replace(/^### (\d+)-тарау\. /gm, (_m, n: string) => `### ${(roman[Number(n) - 1] as string).replace(/I/g, 'І')}-тарау. `))).toEqual([1, 2, 3]);
    // not a Roman number: a paragraph that begins «Глава IIV …» or «Глава Иванова …» is no chapter
    expect(chapters(ru.replace('### Глава 2. ', '### Глава IIV. '))?.length).toBe((base?.length ?? 0) - 1);
  });
});

describe('chapter headings in a published text (draft import), however the hyphen or the number was typed', () => {
  const act = readFileSync(join(import.meta.dirname, '../../samples/drafts/published/002_aa478879640c4786.txt'), 'utf8');
  const headingsOf = (markdown: string): string[] => markdown.split('\n').filter((l) => l.startsWith('### ') && /тарау|Глава/u.test(l));
  const headings = (text: string): string[] => headingsOf(importPublishedAct(text).markdown);
  const base = headings(act);
  it('Kazakh: a space, an en or em dash, a non-breaking or soft hyphen for the hyphen, capitals', () => {
    expect(base[0]).toBe('### 1-тарау. Жалпы ережелер');
    for (const typed of ['1–тарау. ', '1—тарау. ', '1 – тарау. ', '1 — тарау. ', '1\u2011тарау. ', '1\u00adтарау. ', '1\u00ad-тарау. ', '1 тарау. ', '1-ТАРАУ. ']) {
      const text = act.replace('1-тарау. Жалпы ережелер', `${typed}Жалпы ережелер`);
      expect(text, typed).not.toBe(act);
      expect(headings(text), typed).toEqual(base);
    }
    // a paragraph that speaks of chapters is not one
    expect(headings(act.replace('1-тарау. Жалпы ережелер', '3 тараудан тұрады'))).toEqual(base.slice(1));
  });
  it('Russian: «Глава 1.», «ГЛАВА 1», «Глава I», kept with the number as written and read by the parser', () => {
    for (const [typed, heading] of [['Глава 1. Общие положения', '### Глава 1. Общие положения'], ['ГЛАВА 1 ОБЩИЕ ПОЛОЖЕНИЯ', '### Глава 1. ОБЩИЕ ПОЛОЖЕНИЯ'], ['Глава I. Общие положения', '### Глава I. Общие положения'], ['Глава IV – Общие положения', '### Глава IV. Общие положения']] as const) {
      const imported = importPublishedAct(act.replace('1-тарау. Жалпы ережелер', typed));
      expect(headingsOf(imported.markdown)[0], typed).toBe(heading);
      const doc = checkDraft(imported.markdown, { date: DATE, model: false }).act.documents.find((d) => d.chapters.length > 0);
      expect(doc?.chapters[0]?.number, typed).toBe(typed.includes('IV') ? 4 : 1);
    }
  });
});
/** The clauses of the methodology (after its title) relabelled; the order's points are left as they are. */
const relabel = (md: string, f: (n: string) => string): string => {
  const at = md.indexOf('\n## ');
  return md.slice(0, at) + md.slice(at).replace(/^(\d+)\. /gm, (_m, n: string) => f(n));
};

describe('letters written decomposed (NFD: «и» and a combining breve for «й»), as text pasted from a Mac or a PDF', () => {
  it('read as the letters they show: the same findings as the draft written composed, Kazakh and Russian', () => {
    for (const [name, md] of [['kk', kk], ['ru', ru.replace('в течение трех лет', 'в течение одного года')]] as const) {
      const nfd = md.normalize('NFD');
      expect(nfd, name).not.toBe(md);
      const at = (x: string) => checkDraft(x, { date: DATE }).findings.map((f) => `${f.ruleId} ${f.place?.line} ${f.message.en}`);
      expect(at(nfd), name).toEqual(at(md));
    }
  });
});

describe('clauses labelled in words: «3-тармақ.», «п. 3.», «Пункт 3.»', () => {
  it('are clauses, with the same findings as «3.» (Kazakh and Russian)', () => {
    const broken = ru.replace('в течение трех лет', 'в течение одного года');
    for (const [name, md, f] of [['kk N-тармақ', kk, (n: string) => `${n}-тармақ. `], ['ru п. N', broken, (n: string) => `п. ${n}. `], ['ru Пункт N', broken, (n: string) => `Пункт ${n}. `], ['ru п.N', broken, (n: string) => `п.${n}. `]] as const) {
      const base = checkDraft(md, { date: DATE });
      const r = checkDraft(relabel(md, f), { date: DATE });
      expect(r.act.documents[0]?.clauses.map((c) => c.number), name).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
      expect(r.findings.map((x) => `${x.ruleId} ${x.place?.line}`), name).toEqual(base.findings.map((x) => `${x.ruleId} ${x.place?.line}`));
    }
    expect(checkDraft(relabel(broken, (n) => `п. ${n}. `), { date: DATE }).findings.map((x) => x.ruleId)).toContain('draft/model-parameter-deviation');
  });
  it('«п. 5 настоящей Методики …» opening a part is text, not a clause', () => {
    const r = checkDraft(ru.replace('Итоговая оценка формируется', 'п. 5 настоящей Методики: итоговая оценка формируется'), { date: DATE });
    expect(r.act.documents[0]?.clauses.map((c) => c.number)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
  });
});

describe('clauses numbered «1)» throughout, as sub-clauses are', () => {
  it('one warning says no clause was read and why; references to clauses are not called dangling', () => {
    for (const [name, md] of [['kk', kk], ['ru', ru]] as const) {
      const r = checkDraft(relabel(md, (n) => `${n}) `), { date: DATE });
      expect(r.act.documents[0]?.clauses, name).toEqual([]);
      const w = r.findings.filter((x) => x.ruleId === 'draft/clause-numbering');
      expect(w.length, name).toBe(1);
      expect(w[0]?.severity).toBe('warning');
      expect(w[0]?.message.ru).toMatch(/^В методике нет пунктов с номером «N\.», а \d+ абзацев пронумерованы «1\)», «2\)» … \(первый — в строке \d+\): «N\)» читается как подпункт/);
      expect(w[0]?.message.en).toContain('So no clause was read: references to clauses and the comparison with the model were not checked');
      expect(w[0]?.message.kk).toContain('тармақтар оқылмады');
      expect(r.findings.filter((x) => x.ruleId === 'draft/clause-missing' || x.ruleId === 'draft/subclause-missing'), name).toEqual([]);
    }
    // A draft written «N.» gives no such warning.
    expect(checkDraft(kk, { date: DATE }).findings).toEqual([]);
  });
});

describe('the grade scale as a table', () => {
  const kkBands = kk.split('\n').find((l) => l.startsWith('"Функционалдық міндеттерін тиімді атқарады" нәтижесіне 4-тен')) ?? '';
  const ruBands = ru.split('\n').find((l) => l.startsWith('Результату «эффективно» соответствует')) ?? '';
  const table = (head: string, rows: string[][]): string => [`| ${head} |`, `|${head.split('|').map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  const twoColumns = (third: string): string[][] => [['тиімді', '4', '5'], ['тиісті', '3', third], ['қанағаттанарлық', '2', '2,99'], ['қанағаттанарлықсыз', '0', '1,99']];
  const ranges = (third: string): string[][] => [['тиімді', '4–5'], ['тиісті', `3–${third}`], ['қанағаттанарлық', '2–2,99'], ['қанағаттанарлықсыз', '0–1,99']];
  const bandFindings = (md: string): string[] => checkDraft(md, { date: DATE }).findings
    .filter((f) => f.ruleId === 'draft/band-gap' || (f.ruleId.startsWith('draft/model-parameter') && f.facts?.['parameter'] === 'grade-bands'))
    .map((f) => `${f.ruleId} ${JSON.stringify(f.facts?.['found'] ?? f.facts?.['gap'])}`);
  it('bands in one column («3–3,99») or in «from» and «to» columns («3 | 3,99»): compared with the model cl. 8 and checked for gaps, Kazakh and Russian', () => {
    expect(kkBands && ruBands).toBeTruthy();
    for (const [name, md, line] of [['kk', kk, kkBands], ['ru', ru, ruBands]] as const) {
      for (const [layout, head, rows] of [['one column', 'Нәтиже | Балл', ranges], ['two columns', 'Нәтиже | бастап | дейін', twoColumns]] as const) {
        expect(bandFindings(md.replace(line, table(head, rows('3,99')))), `${name} ${layout}`).toEqual([]);
        expect(bandFindings(md.replace(line, table(head, rows('3,89')))).sort(), `${name} ${layout}`).toEqual([
          'draft/band-gap [3.9,3.99]',
          'draft/model-parameter-deviation [[4,5],[3,3.89],[2,2.99],[0,1.99]]',
        ]);
      }
    }
  });
  it('a «№» column beside a score column is not a band', () => {
    const md = kk.replace(kkBands, table('№ | Нәтиже | Балл', [['1', 'тиімді', '5'], ['2', 'тиісті', '4'], ['3', 'қанағаттанарлық', '3'], ['4', 'қанағаттанарлықсыз', '1']]));
    expect(checkDraft(md, { date: DATE }).findings.filter((f) => f.ruleId === 'draft/band-gap' || f.ruleId === 'draft/band-overlap')).toEqual([]);
  });
});
