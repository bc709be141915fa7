/**
 * The five published acts, imported and checked on 2026-11-22: each reports the defects its reading
 * notes list (shared/notes/act-*.md), at the line of the published text where the defect is. The
 * expected lines are found in the text itself, by the words of the defect.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/law/finding.js';
import { checkDraft, type DraftCheckResult } from '../../src/draft/check.js';
import { importPublishedAct } from '../../src/draft/import.js';

const dir = join(import.meta.dirname, '../../samples/drafts/published');
const DATE = '2026-11-22';

interface Checked {
  text: string;
  lines: string[];
  result: DraftCheckResult;
  /** Findings with their line in the published text. */
  found: Array<Finding & { txtLine: number }>;
}

function check(file: string, date = DATE): Checked {
  const text = readFileSync(join(dir, file), 'utf8');
  const { markdown, lineMap } = importPublishedAct(text);
  const result = checkDraft(markdown, { date });
  const found = result.findings.map((f) => ({ ...f, txtLine: f.place ? (lineMap[f.place.line - 1] ?? 0) : 0 }));
  return { text, lines: text.split('\n'), result, found };
}

/** 1-based line of the published text holding `needle` (the n-th occurrence). */
function lineOf(c: Checked, needle: string, nth = 1): number {
  let seen = 0;
  for (let i = 0; i < c.lines.length; i++) if ((c.lines[i] as string).includes(needle) && ++seen === nth) return i + 1;
  throw new Error(`«${needle}» not in the text`);
}

/** 1-based line that is exactly `text` (after trimming). */
const lineIs = (c: Checked, text: string): number => c.lines.findIndex((l) => l.trim() === text) + 1;

const rule = (c: Checked, id: string): Array<Finding & { txtLine: number }> => c.found.filter((f) => f.ruleId === id);

describe('act 000 (MIC order No. 103 of 2018)', () => {
  const c = check('000_f0867a3cdc66af81.txt');
  it('Appendix 2 is referred to (cl. 17) but absent, and the appendices skip from 1 to 3', () => {
    expect(rule(c, 'draft/appendix-missing').map((f) => [f.facts?.['appendix'], f.txtLine])).toEqual([[2, lineOf(c, '17. Бағалауды өткізу үшін')]]);
    expect(rule(c, 'draft/numbering-gap').map((f) => [f.facts?.['series'], f.txtLine])).toEqual([['appendix', lineIs(c, '3-қосымша')]]);
  });
  it('«НМИ» is used in cl. 2 1) before cl. 2 5) defines it', () => {
    expect(rule(c, 'draft/abbreviation-before-definition').map((f) => f.txtLine)).toEqual([lineOf(c, '1) жеке жұмыс жоспары')]);
  });
  it('App. 3 writes «күтілетін» where cl. 27 defines «күтілген»', () => {
    const f = rule(c, 'draft/enum-mismatch');
    expect(f.map((x) => [x.facts?.['form'], x.facts?.['clause'], x.txtLine])).toEqual([
      ['күтілетін нәтижеге сәйкес', 27, lineOf(c, 'Бағалау нәтижелері (күтілетін')],
      ['күтілетін нәтижеге сәйкес емес', 27, lineOf(c, 'Бағалау нәтижелері (күтілетін')],
    ]);
  });
  it('category codes: digit 0 for О everywhere, Latin C in the ӨЗДІГІНЕН ДАМУ rows', () => {
    const codes = rule(c, 'draft/category-code-lookalike');
    expect(codes.length).toBeGreaterThan(20);
    const latin = codes.filter((f) => (f.facts?.['codes'] as Array<{ raw: string }>).some((k) => k.raw.startsWith('C')));
    expect(latin.map((f) => f.txtLine)).toEqual([lineOf(c, 'ӨЗДІГІНЕН ДАМУ'), lineOf(c, 'C-2 (департамент'), lineOf(c, 'C - 4 ; C - 5')]);
  });
  it('the former name of the Agency in cl. 1', () => {
    expect(rule(c, 'draft/former-name').map((f) => f.txtLine)).toEqual([lineOf(c, '1. Осы Қазақстан Республикасы Ақпарат')]);
  });
  it('departs from the 2025 model: annual period, three months in post, no confidentiality clause, no ӘРПК appeal', () => {
    const dev = rule(c, 'draft/model-parameter-deviation');
    expect(dev.map((f) => [f.facts?.['parameter'], f.facts?.['found'], f.txtLine])).toEqual([
      ['minimum-time-in-post', 3, lineOf(c, '4. "Б" корпусы қызметшісінің нақты лауазымға')],
      ['evaluation-period', 'year', lineOf(c, '18. Жеке жұмыс жоспарының')],
    ]);
    const missing = rule(c, 'draft/model-provision-missing').map((f) => f.facts?.['modelClause']);
    expect(missing).toEqual(expect.arrayContaining([8, 14, 18]));
    expect(rule(c, 'draft/model-parameter-absent').map((f) => f.facts?.['parameter'])).toContain('appeal-route');
    expect(c.found.filter((f) => f.ruleId === 'draft/model-amended')).toHaveLength(1);
  });
});

describe('act 001 (Almaty maslikhat decision No. 211 of 2018)', () => {
  const c = check('001_ff9ff2505105f243.txt');
  it('Appendix 5 is referred to in cl. 36 2) and cl. 39 but absent', () => {
    const f = rule(c, 'draft/appendix-missing');
    expect(f.map((x) => x.facts?.['appendix'])).toEqual([5, 5]);
    // The published text wraps lines: the finding is at the line where the clause or sub-clause starts.
    expect(f.map((x) => x.txtLine)).toEqual([lineOf(c, '2) осы Әдістеменің', 1), lineOf(c, '39. Бағалаудың нәтижелері')]);
  });
  it('departs from the 2025 model like act 000', () => {
    expect(rule(c, 'draft/model-parameter-deviation').map((f) => f.facts?.['parameter']).sort()).toEqual(['evaluation-period', 'minimum-time-in-post']);
  });
});

describe('act 002 (Agency order No. 13, wording of 2025): the model against itself', () => {
  const c = check('002_aa478879640c4786.txt');
  it('the corps "B" annex matches every model clause and parameter', () => {
    const cmp = c.result.comparison;
    expect(cmp?.matches.length).toBe(24);
    for (const m of cmp?.matches ?? []) expect(m.draft?.number).toBe(m.model.number);
    expect(rule(c, 'draft/model-provision-missing')).toEqual([]);
    expect(rule(c, 'draft/model-parameter-deviation')).toEqual([]);
    expect(cmp?.parameters.filter((p) => p.status !== 'same').map((p) => p.parameter.id)).toEqual([]);
  });
  it('no structure errors in the 2025 text', () => {
    expect(c.found.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('act 003 (Kyzylorda maslikhat decision No. 68 of 2021)', () => {
  const c = check('003_9e3c672faa21bf14.txt');
  it('category codes in App. 4: romanised V, Cyrillic Р for R, digit 0 for О', () => {
    const codes = rule(c, 'draft/category-code-lookalike').flatMap((f) =>
      (f.facts?.['codes'] as Array<{ raw: string; code: string }>).map((k) => ({ raw: k.raw, code: k.code, line: f.txtLine })));
    const find = (raw: string): { raw: string; code: string; line: number } | undefined => codes.find((k) => k.raw === raw);
    expect(find('V-1')?.code).toBe('В-1');
    expect(find('С-Р-1')?.code).toBe('С-R-1');
    expect(find('D-0-1')?.code).toBe('D-О-1');
    expect(find('D-0-1')?.line).toBe(lineOf(c, 'D-0-1'));
  });
  it('only Appendix 4 is carried: there is no methodology text to compare with the model', () => {
    expect(rule(c, 'draft/model-nothing-to-compare')).toHaveLength(1);
    expect(rule(c, 'draft/numbering-gap').map((f) => f.facts?.['found'])).toEqual([4]);
  });
});

describe('act 004 (SJC apparatus order No. 3-4/14, wording of 2023)', () => {
  const c = check('004_c35c6965a291465c.txt');
  it('cl. 5 refers to itself («5-тармақта белгіленген мерзімдерде»)', () => {
    expect(rule(c, 'draft/reference-self').map((f) => [f.facts?.['clause'], f.txtLine])).toEqual([[5, lineOf(c, '5-тармақта белгіленген')]]);
  });
  it('App. 3 «40-44,49» leaves 44,50–44,99 % without a grade', () => {
    expect(rule(c, 'draft/band-gap').map((f) => [f.facts?.['gap'], f.facts?.['bands'], f.txtLine])).toEqual([[[44.5, 44.99], ['40-44,49', '45-49,99'], lineOf(c, '40-44,49')]]);
  });
  it('the «8-қосымша» label is missing, so cl. 36 refers to an Appendix 8 that has no label', () => {
    expect(rule(c, 'draft/appendix-unnumbered')).toHaveLength(1);
    expect(rule(c, 'draft/appendix-missing').map((f) => [f.facts?.['appendix'], f.txtLine])).toEqual([[8, lineOf(c, '36. Сектор 360')]]);
  });
  it('close to the 2025 model, but three months in post instead of one', () => {
    expect(rule(c, 'draft/model-parameter-deviation').map((f) => [f.facts?.['parameter'], f.facts?.['found']])).toEqual([['minimum-time-in-post', 3]]);
    // Model cl. 17 (who evaluates which categories on which sheet) has no counterpart: the closest
    // clause, cl. 33, is about the annual 360-degree evaluation, and does not name categories.
    expect(rule(c, 'draft/model-provision-missing').map((f) => f.facts?.['modelClause'])).toEqual([17]);
  });
});
