/** asa-b-model against act 002's text (its parameters and category codes; quotes, enums, schemas and cases: invariants.test.ts), plus the new rule kinds it uses, each with a passing and a breaking case. */
import { describe, expect, it } from 'vitest';
import { pack } from '../../src/acts/asa-b-model/index.js';
import { params } from '../../src/acts/asa-b-model/params.js';
import { MANAGERIAL_PARAMETERS, NON_MANAGERIAL_PARAMETERS, PT1_ALWAYS, PT1_IF_HEAD } from '../../src/acts/asa-b-model/catalogue.js';
import { createCalendar } from '../../src/law/calendar/index.js';
import { normaliseCategoryCode } from '../../src/law/category-code.js';
import { bandOf } from '../../src/rules/grade-band.js';
import { dateLimit } from '../../src/rules/date-limit.js';
import { wholePeriodFrom } from '../../src/rules/period-shape.js';
import { workedDays } from '../../src/rules/worked-days.js';
import type { PackageData, RuleContext } from '../../src/rules/rule.js';
// the bundled packs, which checkDocument looks up once loaded (a command loads the one its package names)
import '../../src/acts/index.js';
import { checkDocument } from '../../src/check/run.js';
import { loadFile, sessionLoader } from '../../src/package/load.js';
import { actOf, normalise } from './act-text.js';

describe('asa-b-model against the text of act 002', () => {
  const text = actOf(pack).normal;

  it('the sheets list five parameters each, as printed', () => {
    expect(MANAGERIAL_PARAMETERS).toHaveLength(5);
    expect(NON_MANAGERIAL_PARAMETERS).toHaveLength(5);
    for (const p of [...MANAGERIAL_PARAMETERS, ...NON_MANAGERIAL_PARAMETERS]) expect(text, p).toContain(normalise(p));
  });

  it('cl. 17 category codes are printed in the act and normalise to valid codes', () => {
    for (const c of [...PT1_ALWAYS, ...PT1_IF_HEAD]) {
      expect(text).toContain(c.printed);
      expect(normaliseCategoryCode(c.code).valid, c.printed).toBe(true);
    }
    // The act mixes alphabets: Latin «C-O-1» and Cyrillic «В-1» become one canonical alphabet.
    expect(PT1_ALWAYS.find((c) => c.printed === 'C-O-1')?.code).toBe('С-О-1');
  });
});

describe('rule kinds used by asa-b-model', () => {
  it('cl. 8 bands are half-open: 1.995 is unsatisfactory, 2 satisfactory, 3.999 proper, 4 and 5 effective', () => {
    const b = params.bands.value;
    expect(bandOf(b, 1.995)?.label).toMatch(/қанағаттанарлықсыз/);
    expect(bandOf(b, 2)?.label).toMatch(/қанағаттанарлық түрде/);
    expect(bandOf(b, 3.999)?.label).toMatch(/тиісті/);
    expect(bandOf(b, 4)?.label).toMatch(/тиімді/);
    expect(bandOf(b, 5)?.label).toMatch(/тиімді/);
  });

  it('cl. 5 limit: the 20th of the month after the quarter, Q4 → 20 January of the next year', () => {
    const v = params.quarterlyLimit.value;
    expect(dateLimit(v, { from: '2026-01-01', to: '2026-03-31' })).toBe('2026-04-20');
    expect(dateLimit(v, { from: '2026-10-01', to: '2026-12-31' })).toBe('2027-01-20');
    expect(dateLimit(params.dismissedNotice.value, { from: '2026-01-01', to: '2026-03-31' })).toBe('2026-04-30');
  });

  it('a quarter is recognised only when it starts on a quarter day', () => {
    expect(wholePeriodFrom('2026-04-01', 'quarter')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(wholePeriodFrom('2026-02-01', 'quarter')).toBeUndefined();
    expect(wholePeriodFrom('2026-01-01', 'year')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('days worked subtract leave but not a business trip, and stop at dismissal', () => {
    const calendar = createCalendar();
    const ctxOf = (servant: Partial<PackageData['servant']>, events: PackageData['events'] = []): RuleContext => {
      const pkg: PackageData = { methodology: 'asa-b-model', servant: { fullName: 'x', position: 'бас маман', body: 'мемлекеттік орган', category: 'С-О-5', appointedOn: '2020-01-01', ...servant }, period: { from: '2026-01-01', to: '2026-03-31' }, events };
      return { pkg, today: '2026-11-22', calendar, get: () => undefined, events: (t) => events.flatMap((event, index) => (event.type === t ? [{ index, event }] : [])) };
    };
    const spec = { notWorking: ['еңбек демалыстары'], endEvent: 'dismissed' };
    const all = workedDays(ctxOf({}), spec).worked;
    expect(all).toBeGreaterThan(55);
    const trip = workedDays(ctxOf({ absences: [{ kind: 'іссапар', from: '2026-02-02', to: '2026-02-06' }] }), spec).worked;
    expect(trip).toBe(all);
    const leave = workedDays(ctxOf({ absences: [{ kind: 'еңбек демалыстары', from: '2026-02-02', to: '2026-02-06' }] }), spec).worked;
    expect(leave).toBe(all - 5);
    const dismissed = workedDays(ctxOf({}, [{ type: 'dismissed', date: '2026-01-16' }]), spec);
    expect(dismissed.to).toBe('2026-01-16');
    expect(dismissed.worked).toBeLessThan(15);
  });
});

describe('asa-b-model boundaries, through the runner', () => {
  // The valid sample, changed in memory: each case pins down a choice made on the text.
  const base = loadFile('samples/asa-b-model/valid.yaml');
  const calendar = createCalendar();
  const run = (change: (p: Record<string, any>) => void) => {
    const data = structuredClone(base.data) as Record<string, any>;
    change(data);
    return checkDocument({ ...base, data, findings: [] }, { today: '2026-11-22', calendar, loadSession: sessionLoader() }).findings.map((f) => `${f.severity} ${f.ruleId}`);
  };

  it('cl. 6: appointed on 1 March holds one whole month in Q1; appointed on 2 March does not', () => {
    const noLeave = (p: Record<string, any>) => (p['servant'].absences = []);
    expect(run((p) => { noLeave(p); p['servant'].appointedOn = '2026-03-01'; })).not.toContain('error asa-b-model/tenure-one-month');
    expect(run((p) => { noLeave(p); p['servant'].appointedOn = '2026-03-02'; })).toContain('error asa-b-model/tenure-one-month');
  });

  it('cl. 5: signed on 20 April is in time, on 21 April late', () => {
    expect(run((p) => (p['forms'].managerialSheet.signature.date = '2026-04-20'))).not.toContain('error asa-b-model/quarterly-deadline');
    expect(run((p) => (p['forms'].managerialSheet.signature.date = '2026-04-21'))).toContain('error asa-b-model/quarterly-deadline');
  });

  it('cl. 4 pt. 4: a substitute evaluator stated as such is not a breach; unstated, it is', () => {
    const other = (p: Record<string, any>) => (p['forms'].managerialSheet.evaluator.name = 'Қасымов Бауыржан Төлегенұлы');
    expect(run((p) => { other(p); p['forms'].managerialSheet.evaluator.basis = 'алмастырушы адам'; })).toEqual([]);
    expect(run(other)).toContain('error asa-b-model/evaluator-by-category');
  });

  it('cl. 8: an average of 3.995 is «тиісті» (half-open bands), 4 is «тиімді»', () => {
    const sheet = (avg: number, result: string) => (p: Record<string, any>) => {
      p['forms'].managerialSheet.grades = p['forms'].managerialSheet.grades.map((g: { grade: number }) => ({ ...g, grade: avg }));
      p['forms'].managerialSheet.average = avg;
      p['forms'].managerialSheet.result = result;
    };
    expect(run(sheet(3.995, 'Функционалдық міндеттерін тиісті түрде атқарады'))).toEqual([]);
    expect(run(sheet(4, 'Функционалдық міндеттерін тиісті түрде атқарады'))).toContain('error asa-b-model/result-band');
  });

  it('App. 1 row 5: a sanction applied before the quarter does not cap the grade', () => {
    expect(run((p) => (p['servant'].disciplinarySanctions = [{ kind: 'сөгіс', appliedOn: '2025-12-15' }]))).toEqual([]);
    expect(run((p) => (p['servant'].disciplinarySanctions = [{ kind: 'сөгіс', appliedOn: '2026-01-15' }]))).toContain('error asa-b-model/sanction-cap');
  });
});
