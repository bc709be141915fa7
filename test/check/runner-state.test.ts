/**
 * What the runner keeps per pack between packages (the presence answers of quiet rules, ./run.ts
 * anyPresent) never carries one package's answers into the next: a quiet rule that fires on a package
 * fires on it too right after a package without the rule's inputs, and is skipped on that package
 * right after the one with them.
 */
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../src/acts/index.js';
import { newBatch } from '../../src/check/batch.js';
import { checkDocument } from '../../src/check/run.js';
import { createCalendar } from '../../src/law/calendar/index.js';
import { packPackages } from '../../src/package/cases.js';
import { without } from './without-inputs.js';

const calendar = createCalendar();

describe('the runner between packages', () => {
  it("a quiet rule's presence answers are the package's own", () => {
    let pairs = 0;
    for (const bundled of PACKS) {
      const quiet = bundled.rules.filter((r) => r.quietWithoutInputs);
      const all = { today: '2026-11-22', calendar, batch: newBatch() };
      const found = (data: unknown) => checkDocument({ file: 'p.json', data, findings: [] }, all);
      // The pack as a new object: the runner's plan for it (and its presence answers) starts empty.
      const pack = { ...bundled };
      const opts = { ...all, batch: newBatch(), packs: { byId: () => pack, ids: [pack.id] } };
      const check = (data: unknown) => checkDocument({ file: 'p.json', data, findings: [] }, opts);
      for (const p of packPackages(pack.id)) {
        const data = p.doc().data;
        if (!data || typeof data !== 'object') continue;
        for (const rule of quiet) {
          if (!found(data).findings.some((f) => f.ruleId === rule.id)) continue;
          const bare = without(data, rule);
          // the package without the inputs first, on the fresh plan
          const r = check(bare);
          // only a package that still passes its schema reaches the rules
          if (r.findings.some((f) => f.ruleId === 'rules-not-run')) continue;
          expect(r.findings.map((f) => f.ruleId)).not.toContain(rule.id);
          expect(check(data).findings.map((f) => f.ruleId), `${p.label}: ${rule.id} after a package without its inputs`).toContain(rule.id);
          expect(check(bare).findings.map((f) => f.ruleId)).not.toContain(rule.id);
          pairs++;
        }
      }
    }
    expect(pairs, 'quiet rules that fire on a case, tried right after the case without their inputs').toBeGreaterThan(5);
  });
});
