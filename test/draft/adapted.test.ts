/**
 * Issue 9: a faithful adaptation (test/draft/cases/adapted.md: values in other words and units, bands
 * as a table, reordered and merged clauses) gives no error and no "not stated" for a parameter it
 * states; each value is read and found the same as the model's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/draft/check.js';

const adapted = readFileSync(join(import.meta.dirname, 'cases/adapted.md'), 'utf8');
const DATE = '2026-01-15';

describe('a faithful adaptation', () => {
  const r = checkDraft(adapted, { date: DATE });
  it('gives no error and no «not stated»', () => {
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.findings.filter((f) => f.ruleId === 'draft/model-parameter-absent' || f.ruleId === 'draft/model-parameter-unreadable')).toEqual([]);
  });
  it('reads every value it states in its own words, and finds it the same as the model\'s', () => {
    const status = (id: string) => r.comparison?.parameters.find((p) => p.parameter.id === id);
    for (const id of ['evaluation-deadline', 'minimum-time-in-post', 'calibration-minimum-members', 'calibration-odd-members', 'disagreement-deadline', 'retention', 'grade-bands']) {
      expect([id, status(id)?.status]).toEqual([id, 'same']);
    }
    expect(status('grade-bands')?.found).toEqual([[4, 5], [3, 3.99], [2, 2.99], [0, 1.99]]);
    expect(status('evaluation-deadline')?.sentence).toMatch(/20-күнінен/);
  });
  it('the same values with a unit changed are deviations (the comparison can fail)', () => {
    const changed = adapted.replace('5 (бес) жұмыс күні ішінде', '5 (бес) күн ішінде').replace('| тиісті түрде атқарады | 3-3,99 |', '| тиісті түрде атқарады | 2,5-3,99 |');
    const dev = checkDraft(changed, { date: DATE }).findings.filter((f) => f.ruleId === 'draft/model-parameter-deviation').map((f) => f.facts?.['parameter']);
    expect(dev.sort()).toEqual(['disagreement-deadline', 'grade-bands']);
  });
});
