/**
 * The model methodology as held (generated Markdown, checked against the published act 002), its
 * wording by date, and parameters read from drafts made by changing one value of the model.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/draft/check.js';
import { importPublishedAct } from '../../src/draft/import.js';
import { extractModelMarkdown } from '../../src/draft/model/extract.js';
import { MODEL_MARKDOWN } from '../../src/draft/model/asa-b-model-text.js';
import { modelActModule, modelTextModule } from '../../src/draft/model/text-module.js';
import { parseDraft } from '../../src/draft/parse.js';
import { modelIndexData } from '../../src/draft/align.js';
import { MODEL_PARAMETERS } from '../../src/draft/model/asa-b-model.js';
import { amendedProvisions, model } from '../../src/draft/model-check.js';

const root = join(import.meta.dirname, '../..');
const committedMd = readFileSync(join(root, 'src/draft/model/asa-b-model.2025-07-28.md'), 'utf8');

describe('the model as held', () => {
  it('is what scripts/draft-model.ts makes from act 002, and the module carries the same text', () => {
    const { markdown, lineMap } = importPublishedAct(readFileSync(join(root, 'samples/drafts/published/002_aa478879640c4786.txt'), 'utf8'));
    expect(extractModelMarkdown(markdown, lineMap)).toBe(committedMd);
    expect(MODEL_MARKDOWN).toBe(committedMd);
    expect(readFileSync(join(root, 'src/draft/model/asa-b-model-text.ts'), 'utf8')).toBe(modelTextModule(committedMd));
  });
  it('is read as parsed at build time: the same act parseDraft makes of the Markdown, shared objects shared', () => {
    expect(readFileSync(join(root, 'src/draft/model/asa-b-model-act.ts'), 'utf8')).toBe(modelActModule(parseDraft(committedMd)));
    const parsed = parseDraft(MODEL_MARKDOWN);
    const held = model();
    expect(held.act).toEqual(parsed);
    // The table inside cl. 24 is the document's own table object, as the parser makes it.
    const withTable = held.doc.clauses.filter((c) => c.tables?.length);
    expect(withTable.length).toBeGreaterThan(0);
    for (const c of withTable) for (const t of c.tables ?? []) expect(held.doc.tables).toContain(t);
    expect(held.doc.tables.some((t) => withTable.some((c) => c.tables?.includes(t)))).toBe(true);
    // Its side of the alignment, built ahead, is what alignment would build from its clauses.
    expect(held.index).toEqual(modelIndexData(parsed.documents[0]!.clauses));
    expect(held.index.tokens.length).toBe(24);
  });
  it('a stale parsed model would be caught (a changed clause makes another module)', () => {
    expect(modelActModule(parseDraft(committedMd.replace('бес жұмыс күні ішінде', 'он жұмыс күні ішінде')))).not.toBe(modelActModule(parseDraft(committedMd)));
  });
  it('has 3 chapters, clauses 1–24 and Appendices 1–2', () => {
    const { doc } = model();
    expect(doc.chapters.map((c) => c.number)).toEqual([1, 2, 3]);
    expect(doc.clauses.map((c) => c.number)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(doc.appendices.map((a) => a.number)).toEqual([1, 2]);
  });
  it('lists the 9 provisions of Annex 2 that Order No. 52 amends from 11.07.2026', () => {
    expect(amendedProvisions(model().act)).toEqual([
      '4-тармақтың бірінші бөлігі', '5-тармақтың екінші бөлігі', '9-тармақ', '10-тармақтың бірінші бөлігі', '13-тармақ',
      '18-тармақтың бірінші бөлігі', '23-тармақтың бесінші бөлігі', '1-қосымшаға', '2-қосымшаға',
    ]);
  });
  it('every parameter is read from the model itself with the value the data states', () => {
    const { parameters } = checkDraft(MODEL_MARKDOWN, { date: '2026-01-15' }).comparison ?? { parameters: [] };
    expect(parameters.map((p) => [p.parameter.id, p.status])).toEqual(MODEL_PARAMETERS.map((p) => [p.id, 'same']));
  });
});

describe('wording by date', () => {
  const ids = (date: string): string[] => checkDraft(MODEL_MARKDOWN, { date }).findings.map((f) => f.ruleId).filter((r) => r.startsWith('draft/model-'));
  it('before the wording we hold: a warning', () => {
    expect(ids('2025-07-27')).toEqual(['draft/model-wording-not-held']);
  });
  it('between 28.07.2025 and 10.07.2026: nothing to say', () => {
    expect(ids('2025-07-28')).toEqual([]);
    expect(ids('2026-07-10')).toEqual([]);
  });
  it('from 11.07.2026: a warning naming Order No. 52', () => {
    const f = checkDraft(MODEL_MARKDOWN, { date: '2026-07-11' }).findings.filter((x) => x.ruleId === 'draft/model-amended');
    expect(f).toHaveLength(1);
    expect(f[0]?.message.en).toContain('Order No. 52 of 31.03.2026');
  });
});

/** The model with one value changed, as an author might write it. */
const variant = (from: string, to: string): string => {
  expect(MODEL_MARKDOWN).toContain(from);
  return MODEL_MARKDOWN.replace(from, to);
};
const deviations = (md: string, date = '2026-01-15') =>
  checkDraft(md, { date }).findings.filter((f) => f.ruleId === 'draft/model-parameter-deviation').map((f) => [f.facts?.['parameter'], f.facts?.['found'], f.severity]);

describe('parameters that depart from the model', () => {
  it('a different deadline to disagree is an error (not a body\'s specific)', () => {
    expect(deviations(variant('танысқан күннен бастап бес жұмыс күні ішінде', 'танысқан күннен бастап 10 жұмыс күні ішінде'))).toEqual([['disagreement-deadline', 10, 'error']]);
  });
  it('a longer retention is allowed, a shorter one is an error', () => {
    expect(deviations(variant('үш жыл ішінде персоналды', 'бес жыл ішінде персоналды'))).toEqual([]);
    expect(deviations(variant('үш жыл ішінде персоналды', 'бір жыл ішінде персоналды'))).toEqual([['retention', 1, 'error']]);
  });
  it('on/after 11.07.2026 the retention clause (amended as a whole) is only a warning', () => {
    expect(deviations(variant('үш жыл ішінде персоналды', 'бір жыл ішінде персоналды'), '2026-08-01')).toEqual([['retention', 1, 'warning']]);
  });
  it('an earlier quarterly deadline is allowed, a later one is a warning', () => {
    expect(deviations(variant('айдың жиырмасыншы күнінен', 'айдың оныншы күнінен'))).toEqual([]);
    expect(deviations(variant('айдың жиырмасыншы күнінен', 'айдың жиырма бесінші күнінен'))).toEqual([['evaluation-deadline', 25, 'warning']]);
  });
  it('a calibration session of two members is below the model\'s three', () => {
    expect(deviations(variant('үштен кем болмауы тиіс', 'екіден кем болмауы тиіс'))).toEqual([['calibration-minimum-members', 2, 'warning']]);
  });
  it('a calibration session of at least five is within the model\'s bound: shown as info, not a deviation', () => {
    const md = variant('үштен кем болмауы тиіс', 'бестен кем болмауы тиіс');
    expect(deviations(md)).toEqual([]);
    const within = checkDraft(md, { date: '2026-01-15' }).findings.filter((f) => f.ruleId === 'draft/model-parameter-within-bound');
    expect(within.map((f) => [f.facts?.['parameter'], f.facts?.['found'], f.severity])).toEqual([['calibration-minimum-members', 5, 'info']]);
  });
  it('grade bands moved', () => {
    expect(deviations(variant('3-тен 3,99 баллға', '3,5-тен 3,99 баллға'))).toEqual([['grade-bands', [[4, 5], [3.5, 3.99], [2, 2.99], [0, 1.99]], 'error']]);
  });
  it('a deleted confidentiality clause is a missing provision (an error)', () => {
    const md = MODEL_MARKDOWN.replace(/^14\. Бағалау нәтижелері жасырын.*$/m, '');
    const f = checkDraft(md, { date: '2026-01-15' }).findings.filter((x) => x.cite?.clause === 'Annex 2 cl. 14');
    expect(f.map((x) => [x.ruleId, x.severity])).toEqual([['draft/model-provision-missing', 'error']]);
  });
  it('a confidentiality clause rewritten without «жасырын» loses the guarantee (one error on cl. 14)', () => {
    const md = MODEL_MARKDOWN.replace(/^14\. Бағалау нәтижелері жасырын.*$/m, '14. Бағалау нәтижелері үшінші адамдарға жария етілуі мүмкін.');
    const f = checkDraft(md, { date: '2026-01-15' }).findings.filter((x) => x.cite?.clause === 'Annex 2 cl. 14');
    expect(f).toHaveLength(1);
    expect(f[0]?.severity).toBe('error');
    expect(['draft/model-provision-missing', 'draft/model-parameter-absent']).toContain(f[0]?.ruleId);
  });
  it('clauses are aligned by content, not by number: renumbered clauses still match', () => {
    // Swap the texts of clauses 13 and 14: numbers now disagree with the model, contents do not.
    const lines = MODEL_MARKDOWN.split('\n');
    const i13 = lines.findIndex((l) => l.startsWith('13. '));
    const i14 = lines.findIndex((l) => l.startsWith('14. '));
    const t13 = (lines[i13] as string).slice(4);
    lines[i13] = `13. ${(lines[i14] as string).slice(4)}`;
    lines[i14] = `14. ${t13}`;
    const cmp = checkDraft(lines.join('\n'), { date: '2026-01-15' }).comparison;
    const m = (n: number): number | undefined => cmp?.matches.find((x) => x.model.number === n)?.draft?.number;
    expect([m(13), m(14)]).toEqual([14, 13]);
  });
});
