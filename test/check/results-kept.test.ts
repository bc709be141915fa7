/**
 * A result, once returned, is the caller's: nothing the engine reuses between packages (the runner's per-pack
 * arrays, the rule kinds' date holders rewritten per package, the batch's caches) may be reachable from a finding.
 * Every bundled package (valid ones and every case) is checked in one batch, its result kept and written out at
 * once; after the whole batch, and again after the batch in the other order, each kept result must still read the
 * same. A report that gathers a folder's results before writing them (HTML, XLSX, the summary) would otherwise
 * show one package's dates or places in another's findings.
 */
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../src/acts/index.js';
import { newBatch } from '../../src/check/batch.js';
import { checkDocument, type FileResult } from '../../src/check/run.js';
import { createCalendar } from '../../src/law/calendar/index.js';
import { packPackages } from '../../src/package/cases.js';

const calendar = createCalendar();
const docs = PACKS.flatMap((p) => packPackages(p.id).map((x) => ({ label: x.label, doc: x.doc() })));

describe('results kept by the caller', () => {
  it('read the same after the packages checked after them', () => {
    const opts = { today: '2026-11-22', calendar, batch: newBatch() };
    const kept: Array<{ label: string; result: FileResult; json: string }> = [];
    const run = (order: typeof docs) => {
      for (const { label, doc } of order) {
        const result = checkDocument({ ...doc, findings: doc.findings.slice() }, opts);
        kept.push({ label, result, json: JSON.stringify(result) });
      }
    };
    run(docs);
    run([...docs].reverse());
    expect(kept.filter((k) => k.result.findings.some((f) => f.ruleId !== 'rules-not-run' && f.severity === 'error')).length).toBeGreaterThan(100);
    for (const k of kept) expect(JSON.stringify(k.result), k.label).toBe(k.json);
  });

  it("the batch's wording findings are each package's own copy, deep, equal to the first", () => {
    const pack = PACKS.find((p) => p.id === 'almaty-maslikhat-2018')!;
    const batch = newBatch();
    // after the repeal: outside-validity (its facts nest the validity and the period) and the other wording findings
    const period = { from: '2023-01-01', to: '2023-12-31' };
    const a = batch.wording(pack, period).findings;
    const json = JSON.stringify(a);
    expect(a.map((f) => f.ruleId)).toContain('outside-validity');
    const b = batch.wording(pack, { ...period }).findings;
    expect(JSON.stringify(b)).toBe(json);
    expect(b).toEqual(structuredClone(a));
    for (const f of a) {
      f.path = 'changed';
      (f.message as { kk: string }).kk = 'changed';
      for (const v of Object.values(f.facts ?? {})) if (v && typeof v === 'object') (v as Record<string, unknown>)['x'] = 1;
    }
    expect(JSON.stringify(b)).toBe(json);
    expect(JSON.stringify(batch.wording(pack, period).findings)).toBe(json);
  });
});
