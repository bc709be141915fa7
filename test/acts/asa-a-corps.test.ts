/** asa-a-corps against act 002's text: the mandatory KPIs, the App. 4/5 tables row by row; the percent lookup (quotes, enums, schemas and cases: invariants.test.ts). */
import { describe, expect, it } from 'vitest';
import { pack } from '../../src/acts/asa-a-corps/index.js';
import { APP4_MAX, APP4_PRINTED, APP5_PRINTED, APP5_RANGE, MANDATORY_CATEGORY_1 } from '../../src/acts/asa-a-corps/catalogue.js';
import { lookupPercent } from '../../src/rules/percent-table.js';
// the bundled packs, which checkDocument looks up once loaded (a command loads the one its package names)
import '../../src/acts/index.js';
import { checkDocument } from '../../src/check/run.js';
import { createCalendar } from '../../src/law/calendar/index.js';
import { loadFile } from '../../src/package/load.js';
import { actOf, normalise } from './act-text.js';

describe('asa-a-corps against the text of act 002', () => {
  const text = actOf(pack).normal;

  it('the mandatory KPIs are printed in App. 1', () => {
    for (const m of MANDATORY_CATEGORY_1) expect(text).toContain(normalise(m));
  });

  /** The table's cells in print order: «95-99,99 4,75 90-94,99 4,5 …». */
  const printedSequence = (rows: typeof APP4_PRINTED) => rows.map(([p, g]) => `${p} ${g}`).join(' ');

  it('App. 4 is transcribed row by row as printed (including the damaged «40-44,49»)', () => {
    expect(APP4_PRINTED).toHaveLength(21);
    expect(text).toContain(printedSequence(APP4_PRINTED));
  });

  it('App. 5 is transcribed row by row as printed', () => {
    expect(APP5_PRINTED).toHaveLength(21);
    expect(text).toContain(printedSequence(APP5_PRINTED));
  });

  it('the rules read the numbers of each row from its printed cells', () => {
    expect(APP4_MAX[1]).toMatchObject({ printed: '95-99,99', from: 95, to: 99.99, min: 0, max: 4.75 });
    expect(APP5_RANGE[1]).toMatchObject({ printed: '95-99,99', from: 95, to: 99.99, min: 4.75, max: 4.99 });
    expect(APP5_RANGE[0]).toMatchObject({ from: 100, min: 5, max: 5 });
    expect(APP5_RANGE[0]!.to).toBeUndefined();
  });
});

describe('percent lookup in the App. 4 / App. 5 tables', () => {
  it('finds the row by printed bounds, truncating to two decimals', () => {
    expect(lookupPercent(APP4_MAX, 96.5, 2)?.row.max).toBe(4.75);
    expect(lookupPercent(APP4_MAX, 99.995, 2)?.row.max).toBe(4.75);
    expect(lookupPercent(APP4_MAX, 100, 2)?.row.max).toBe(5);
    expect(lookupPercent(APP4_MAX, 150, 2)?.row.max).toBe(5);
    expect(lookupPercent(APP4_MAX, 0, 2)?.row.max).toBe(0);
    expect(lookupPercent(APP5_RANGE, 72, 2)?.row).toMatchObject({ min: 3.5, max: 3.74 });
  });

  it('reads the damaged row 40-44,49 as 40-44,99 and says so', () => {
    expect(lookupPercent(APP5_RANGE, 44.49, 2)).toMatchObject({ repaired: false, row: { min: 2, max: 2.24 } });
    expect(lookupPercent(APP5_RANGE, 44.7, 2)).toMatchObject({ repaired: true, row: { min: 2, max: 2.24 } });
    expect(lookupPercent(APP5_RANGE, 45, 2)).toMatchObject({ repaired: false, row: { min: 2.25, max: 2.49 } });
  });
});

describe('asa-a-corps boundaries, through the runner', () => {
  const base = loadFile('samples/asa-a-corps/valid.yaml');
  const calendar = createCalendar();
  const run = (change: (p: Record<string, any>) => void) => {
    const data = structuredClone(base.data) as Record<string, any>;
    change(data);
    return checkDocument({ ...base, data, findings: [] }, { today: '2026-11-22', calendar }).findings.map((f) => `${f.severity} ${f.ruleId}`);
  };
  const sheet = (p: Record<string, any>) => p['forms'].evaluationSheet;

  it('App. 4: the assignments KPI may be graded below its maximum, never above', () => {
    expect(run((p) => { sheet(p).kpis[0].grade = 4.75; sheet(p).finalGrade = 4.73; })).toEqual([]);
    expect(run((p) => { sheet(p).kpis[0].grade = 3; sheet(p).finalGrade = 4.38; })).toEqual([]);
    expect(run((p) => { sheet(p).kpis[0].grade = 4.76; sheet(p).finalGrade = 4.73; })).toContain('error asa-a-corps/assignments-kpi-maximum');
  });

  it('App. 5: at 100 % and above only 5 is permitted', () => {
    expect(run((p) => { sheet(p).kpis[3].grade = 4.9; sheet(p).finalGrade = 4.66; })).toContain('error asa-a-corps/other-kpi-range');
  });

  it('cl. 7 pt. 3–4: appointed on 20 January the draft is due that day; appointed on 21 January, 10 working days later', () => {
    expect(run((p) => { p['servant'].appointedOn = '2025-01-20'; p['events'][0].date = '2025-01-20'; })).not.toContain('error asa-a-corps/category1-draft-deadline');
    const after = run((p) => { p['servant'].appointedOn = '2025-01-21'; p['events'][0].date = '2025-01-29'; });
    expect(after).not.toContain('error asa-a-corps/category1-draft-deadline');
    expect(after).not.toContain('error asa-a-corps/category1-draft-after-appointment');
  });

  it('cl. 21: 3.995 is «қанағаттанарлық» (half-open bands)', () => {
    const all = (g: number, result: string) => (p: Record<string, any>) => {
      sheet(p).kpis = sheet(p).kpis.map((k: Record<string, unknown>) => ({ ...k, grade: g }));
      sheet(p).finalGrade = g;
      sheet(p).result = result;
    };
    // 3.995 breaks the tables for rows graded 5 or 4.25–4.49; only the band is asserted here.
    expect(run(all(3.995, 'қанағаттанарлық'))).not.toContain('error asa-a-corps/result-band');
    expect(run(all(3.995, 'тиімді'))).toContain('error asa-a-corps/result-band');
  });
});

describe('cl. 26: the half-year monitoring limit is the dated value in force on the period\'s first day', () => {
  const base = loadFile('samples/asa-a-corps/valid.yaml');
  const calendar = createCalendar();
  const monitoring = (year: number, sent: string) => {
    const data = structuredClone(base.data) as Record<string, any>;
    data['period'] = { from: `${year}-01-01`, to: `${year}-12-31` };
    data['events'] = (data['events'] as Array<{ type: string; date: string }>).map((e) => (e.type === 'monitoring-sent' ? { ...e, date: sent } : e));
    return checkDocument({ ...base, data, findings: [] }, { today: '2027-11-22', calendar }).findings.filter((f) => f.ruleId === 'asa-a-corps/half-year-monitoring');
  };
  it('2025 (cl. 26 pt. 3): before 15 August', () => {
    expect(monitoring(2025, '2025-08-14')).toEqual([]);
    expect(monitoring(2025, '2025-08-15')).toMatchObject([{ severity: 'error', cite: { clause: 'cl. 26 pt. 3' }, facts: { limit: '2025-08-15', inclusive: false } }]);
  });
  it('2026 and later (cl. 26 pt. 2): by 10 July', () => {
    expect(monitoring(2026, '2026-07-10')).toEqual([]);
    expect(monitoring(2026, '2026-07-13')).toMatchObject([{ severity: 'error', cite: { clause: 'cl. 26 pt. 2' }, facts: { limit: '2026-07-10', inclusive: true } }]);
    expect(monitoring(2026, '2026-08-14')).toMatchObject([{ cite: { clause: 'cl. 26 pt. 2' } }]);
  });
});

describe('the days of the year the rules read from the date limits of the params (not written in the rules)', () => {
  const calendar = createCalendar();
  const findings = (file: string, change: (p: Record<string, any>) => void, rule: string) => {
    const base = loadFile(file);
    const data = structuredClone(base.data) as Record<string, any>;
    change(data);
    return checkDocument({ ...base, data, findings: [] }, { today: '2027-11-22', calendar }).findings.filter((f) => f.ruleId === `asa-a-corps/${rule}`);
  };
  it('cl. 7 pt. 2: the category 2 limit binds a servant appointed before 1 February, not one appointed on it', () => {
    const late = (appointedOn: string) => (p: Record<string, any>) => {
      p['servant'].appointedOn = appointedOn;
      p['forms'].agreementCategory2.servantSignature.date = '2025-02-03';
    };
    expect(findings('samples/asa-a-corps/valid-category2.yaml', late('2025-01-31'), 'category2-agreement-deadline')).toMatchObject([{ severity: 'error', facts: { limit: '2025-02-01' } }]);
    expect(findings('samples/asa-a-corps/valid-category2.yaml', late('2025-02-01'), 'category2-agreement-deadline')).toEqual([]);
  });
  it('cl. 26 pt. 2: the half-year monitoring binds a servant appointed before 1 July, not one appointed on it', () => {
    const late = (appointedOn: string) => (p: Record<string, any>) => {
      p['servant'].appointedOn = appointedOn;
      p['period'] = { from: '2026-01-01', to: '2026-12-31' };
      p['events'] = (p['events'] as Array<{ type: string; date: string }>).map((e) => (e.type === 'monitoring-sent' ? { ...e, date: '2026-07-20' } : e));
    };
    expect(findings('samples/asa-a-corps/valid.yaml', late('2026-06-30'), 'half-year-monitoring')).toMatchObject([{ severity: 'error', facts: { limit: '2026-07-10' } }]);
    expect(findings('samples/asa-a-corps/valid.yaml', late('2026-07-01'), 'half-year-monitoring')).toEqual([]);
  });
});
