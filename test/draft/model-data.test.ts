/**
 * The model's parameters are read from the asa-b-model pack (src/acts/asa-b-model/params.ts), not
 * restated: the values are the pack's, and every quoted wording is in act 002 word for word.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { params } from '../../src/acts/asa-b-model/params.js';
import { MODEL_PARAMETERS } from '../../src/draft/model/asa-b-model.js';

const act = readFileSync(join(import.meta.dirname, '../../../shared/acts/002_aa478879640c4786.txt'), 'utf8').replace(/\s+/g, ' ');
const byId = (id: string) => MODEL_PARAMETERS.find((p) => p.id === id);

describe('model parameters come from the pack and the act', () => {
  for (const p of MODEL_PARAMETERS) {
    it(`${p.id}: «${p.wording.slice(0, 40)}…» is in act 002`, () => {
      expect(act.includes(p.wording.replace(/\s+/g, ' '))).toBe(true);
    });
  }
  it('a wording that is not in the act would be caught', () => {
    expect(act.includes('бес күнтізбелік күн ішінде калибрлеу')).toBe(false);
  });
  it('values are the pack\'s', () => {
    expect(byId('disagreement-deadline')?.expected).toBe(params.applicationDays.value);
    expect(byId('calibration-deadline')?.expected).toBe(params.sessionDays.value);
    expect(byId('calibration-decision-deadline')?.expected).toBe(params.decisionDays.value);
    expect(byId('calibration-minimum-members')?.expected).toBe(params.sessionSize.value.min);
    expect(byId('retention')?.expected).toBe(params.retentionYears.value);
    expect(byId('minimum-time-in-post')?.expected).toBe(params.minTenureMonths.value);
    expect(byId('minimum-days-worked')?.expected).toBe(params.minWorkedDays.value);
    expect(byId('evaluation-deadline')?.expected).toBe(params.quarterlyLimit.value.day);
    expect(byId('grade-scale')?.expected).toEqual([params.gradeRange.value.min, params.gradeRange.value.max]);
    expect(byId('grade-bands')?.expected).toEqual(params.bands.value.map((b) => ({ from: b.from, ...(b.below !== undefined ? { below: b.below } : {}) })));
  });
});
