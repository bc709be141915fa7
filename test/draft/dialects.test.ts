/**
 * Issue 9: the act's structure is read from the words of the law, whatever the Markdown. One faithful
 * draft (test/draft/cases/faithful.md) and the same draft with defects, in six dialects, give the same
 * structure and the same findings at the same lines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/draft/check.js';
import type { DraftAct } from '../../src/draft/act.js';
import { DIALECTS } from './dialects.js';

const faithful = readFileSync(join(import.meta.dirname, 'cases/faithful.md'), 'utf8');
const DATE = '2026-01-15';

/** What a reader would say the draft holds. */
export function outline(act: DraftAct): unknown {
  return {
    title: act.title?.text,
    marker: act.operativeMarker?.place.line,
    points: act.operative.map((p) => [p.number, p.place.line, p.subPoints.map((s) => s.number)]),
    signature: act.signature.map((s) => s.text),
    documents: act.documents.map((d) => ({
      title: d.title?.text,
      stamp: d.stamp.length,
      chapters: d.chapters.map((c) => [c.number, c.title, c.place.line]),
      clauses: d.clauses.map((c) => [c.number, c.place.line, c.chapter, c.paragraphs.length, c.subClauses.map((s) => [s.number, s.place.line])]),
      appendices: d.appendices.map((a) => [a.number, a.place.line, a.stamp.length, a.formLabel?.line, a.caption?.text, a.tables.length]),
    })),
  };
}

const findingsOf = (md: string): string[] =>
  checkDraft(md, { date: DATE }).findings.map((f) => `${f.severity} ${f.ruleId} @${f.place?.line ?? '-'} ${f.cite?.clause ?? ''}`);

/** The faithful draft with defects of several kinds, to have findings to compare. */
const defective = faithful
  .replace('бес жұмыс күні ішінде', 'он жұмыс күні ішінде')
  .replace('осы Әдістеменің 11-тармағында көзделген тәртіппен калибрлеу', 'осы Әдістеменің 31-тармағында көзделген тәртіппен калибрлеу')
  .replace('осы Әдістеменің 2-қосымшасына сәйкес нысан бойынша жүргізіледі.\n\nӨзге', 'осы Әдістеменің 3-қосымшасына сәйкес нысан бойынша жүргізіледі.\n\nӨзге')
  .replace(/\n14\. Бағалау нәтижелері[^\n]*\n/, '\n');

describe('one draft in six Markdown dialects', () => {
  it('the defective variant really differs (the comparison can fail)', () => {
    expect(defective).not.toBe(faithful);
    const found = findingsOf(defective);
    expect(found.some((f) => f.includes('draft/model-parameter-deviation'))).toBe(true);
    expect(found.some((f) => f.includes('draft/appendix-missing'))).toBe(true);
    expect(found.some((f) => f.includes('draft/clause-missing'))).toBe(true);
    expect(found.some((f) => f.includes('draft/model-provision-missing'))).toBe(true);
  });
  const base = checkDraft(faithful, { date: DATE });
  it('the faithful draft as imported: 3 chapters, clauses 1–24, appendices 1–2, no finding', () => {
    const d = base.act.documents;
    expect(d).toHaveLength(1);
    expect(d[0]?.chapters.map((c) => c.number)).toEqual([1, 2, 3]);
    expect(d[0]?.clauses.map((c) => c.number)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(d[0]?.appendices.map((a) => a.number)).toEqual([1, 2]);
    expect(base.act.operative.map((p) => p.number)).toEqual([1, 2, 3, 4]);
    expect(base.findings).toEqual([]);
  });
  const expectedOutline = outline(base.act);
  const expectedDefects = findingsOf(defective);
  for (const [name, dialect] of Object.entries(DIALECTS)) {
    it(`${name}: the same structure and the same findings`, () => {
      const md = dialect(faithful);
      if (name !== 'imported') expect(md).not.toBe(faithful);
      expect(md.split('\n')).toHaveLength(faithful.split('\n').length);
      expect(outline(checkDraft(md, { date: DATE }).act)).toEqual(expectedOutline);
      expect(findingsOf(md)).toEqual([]);
      expect(findingsOf(dialect(defective))).toEqual(expectedDefects);
    });
  }
});
