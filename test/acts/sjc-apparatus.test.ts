/**
 * sjc-apparatus: the pack's tables and questionnaires are act 004's own text, and the rule kinds
 * written for it pass and break where the act says. Its quotes, enums, schemas and a breaking case per
 * rule are checked with every pack's in invariants.test.ts; its cases run in test/samples.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { pack } from '../../src/acts/sjc-apparatus/index.js';
import { actOf, normalise } from './act-text.js';
import TABLES from '../../src/acts/sjc-apparatus/tables.json' with { type: 'json' };
import {
  ABSENCE_KINDS,
  ANSWERS,
  APP3_TABLE,
  COMPETENCIES_HEADS,
  COMPETENCIES_STAFF,
  RANKING_CRITERIA,
  RANKING_PARAMETERS,
  RESULT_BANDS,
  RESULT_ROWS_HEADS,
  RESULT_ROWS_STAFF,
} from '../../src/acts/sjc-apparatus/catalogue.js';
import { quarterKey } from '../../src/acts/sjc-apparatus/rules.js';
import { createCalendar } from '../../src/law/calendar/index.js';
import { parsePointer } from '../../src/law/json-pointer.js';
import { expand } from '../../src/rules/count-each.js';
import { bandOf } from '../../src/rules/grade-band.js';
import { lookupPercent } from '../../src/rules/percent-table.js';
const bandFor = (t: Parameters<typeof lookupPercent>[0], p: number) => lookupPercent(t, p, 2)?.row;
import type { PackageData, Rule, RuleContext } from '../../src/rules/rule.js';

// ── The act text ─────────────────────────────────────────────────────────────────────────
const act = actOf(pack).normal;
const inAct = (s: string) => act.includes(normalise(s));

// ── A minimal rule context (the runner's is in src/check/run.ts) ─────────────────────────
const calendar = createCalendar();
const get = (data: unknown, ptr: string): unknown =>
  parsePointer(ptr).reduce<unknown>((v, t) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[t] : undefined), data);
const ctxOf = (pkg: PackageData, today = '2026-11-22'): RuleContext => ({
  pkg,
  today,
  calendar,
  get: (ptr) => get(pkg, ptr),
  events: (type) => (pkg.events ?? []).map((event, index) => ({ index, event })).filter((e) => e.event.type === type),
});
const rule = (name: string): Rule => {
  const r = pack.rules.find((x) => x.id === `sjc-apparatus/${name}`);
  if (!r) throw new Error(`no rule ${name}`);
  return r;
};
const run = (name: string, pkg: PackageData, today?: string) => {
  const r = rule(name);
  const ctx = ctxOf(pkg, today);
  return r.applies && !r.applies(ctx) ? [] : r.check(ctx);
};
const headPkg = (over: Partial<PackageData> = {}): PackageData => ({
  methodology: 'sjc-apparatus',
  servant: { fullName: 'Ермекова Айнұр Сәкенқызы', position: 'бас маман', body: 'ЖСК аппараты', category: 'В-1', appointedOn: '2024-02-05' },
  period: { from: '2026-04-01', to: '2026-06-30' },
  forms: { kpiSheet: { kpis: [] } },
  events: [],
  ...over,
});

describe('sjc-apparatus: the pack is the act', () => {
  it('the tables and questionnaires are printed in the act: App. 3 rows, App. 4 parameters and criteria, App. 5–8', () => {
    const texts = [
      ...APP3_TABLE.map((r) => r.printed),
      ...RANKING_PARAMETERS,
      ...Object.values(RANKING_CRITERIA),
      ...ANSWERS,
      ...ABSENCE_KINDS,
      ...RESULT_ROWS_HEADS,
      ...RESULT_ROWS_STAFF,
      ...[...COMPETENCIES_HEADS, ...COMPETENCIES_STAFF].flatMap((c) => [c.name, c.clause34, ...c.questions]),
    ];
    expect(texts.filter((s) => !inAct(s))).toEqual([]);
  });

  it('App. 5 has 12 competencies, App. 6 has 8, three questions each, and App. 7/8 list as many rows', () => {
    expect(COMPETENCIES_HEADS.length).toBe(12);
    expect(COMPETENCIES_STAFF.length).toBe(8);
    expect(RESULT_ROWS_HEADS.length).toBe(12);
    expect(RESULT_ROWS_STAFF.length).toBe(8);
    for (const c of [...COMPETENCIES_HEADS, ...COMPETENCIES_STAFF]) expect(c.questions.length).toBe(3);
  });

  it('App. 3 is transcribed row by row as printed, both columns (tables.json)', () => {
    expect(actOf(pack).normal).toContain(TABLES.app3.map(([p, g]) => `${p} ${g}`).join(' '));
  });

  it('App. 3 follows its pattern (5 % steps, ¼-point bands) except the printed «40-44,49», which carries a note', () => {
    const rows = [...APP3_TABLE].reverse();
    rows.forEach((r, k) => {
      if (k === rows.length - 1) return expect([r.from, r.min, r.max]).toEqual([100, 5, 5]);
      expect([r.from, r.min, r.max]).toEqual([5 * k, 0.25 * k, Math.round((0.25 * k + 0.24) * 100) / 100]);
      const printedTop = r.printed.split('-')[1];
      if (r.damaged) expect(printedTop).toBe('44,49');
      else expect(printedTop).toBe(`${5 * k + 4},99`);
    });
  });

  it('App. 1–8 are all there, App. 8 though its label is missing', () => {
    expect(pack.appendices.map((a) => a.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(pack.appendices.find((a) => a.no === 8)?.note?.en).toMatch(/label is missing/);
  });

  it('every unchecked provision says why in three languages', () => {
    expect(pack.unchecked.length).toBeGreaterThan(10);
    for (const u of pack.unchecked) expect(u.reason.kk && u.reason.ru && u.reason.en, u.clause).toBeTruthy();
  });
});

describe('sjc-apparatus: bands and tables', () => {
  it('cl. 7 bands: 4–5 «тиімді», 3–3,99 «тиісті», 2–2,99 «қанағаттанарлық», 0–1,99 «қанағаттанарлықсыз»; gaps go to the lower band', () => {
    expect(bandOf(RESULT_BANDS, 4)?.label).toMatch(/тиімді/);
    expect(bandOf(RESULT_BANDS, 3.99)?.label).toMatch(/тиісті/);
    expect(bandOf(RESULT_BANDS, 3.995)?.label).toMatch(/тиісті/);
    expect(bandOf(RESULT_BANDS, 2)?.label).toMatch(/қанағаттанарлық түрде/);
    expect(bandOf(RESULT_BANDS, 1.99)?.label).toMatch(/қанағаттанарлықсыз/);
  });

  it('App. 3 lookup: 100 % and above → 5; 87 % → 4,25–4,49; 99,995 % closes the printed gap; 44,7 % falls in the damaged row', () => {
    expect(bandFor(APP3_TABLE, 130)).toMatchObject({ min: 5, max: 5 });
    expect(bandFor(APP3_TABLE, 87)).toMatchObject({ min: 4.25, max: 4.49 });
    expect(bandFor(APP3_TABLE, 99.995)).toMatchObject({ printed: '95-99,99' });
    expect(bandFor(APP3_TABLE, 44.7)?.damaged).toBeDefined();
    expect(bandFor(APP3_TABLE, 0)).toMatchObject({ min: 0, max: 0.24 });
  });

  it('the evaluated quarter is the quarter of the period\'s last day', () => {
    expect(quarterKey(ctxOf(headPkg()))).toBe('q2');
    expect(quarterKey(ctxOf(headPkg({ period: { from: '2026-10-01', to: '2026-12-31' } })))).toBe('q4');
  });

  it('wildcards expand over arrays and object keys', () => {
    const data = { forms: { a: { responses: [1, 2] }, b: { responses: [3] }, c: {} } };
    expect(expand(data, '/forms/*/responses').map(([p]) => p)).toEqual(['/forms/a/responses', '/forms/b/responses']);
    expect(expand(data, '/forms/a/responses/*').map(([, v]) => v)).toEqual([1, 2]);
  });
});

describe('sjc-apparatus: rules pass and break', () => {
  const kpi = (percent: number, grade: number) => ({ percent: { q2: percent }, grade: { q2: grade } });

  it('kpi-grade-band: 87 % graded 4,3 passes, graded 4,6 breaks; a missing grade breaks', () => {
    expect(run('kpi-grade-band', headPkg({ forms: { kpiSheet: { kpis: [kpi(87, 4.3)] } } }))).toEqual([]);
    const bad = run('kpi-grade-band', headPkg({ forms: { kpiSheet: { kpis: [kpi(87, 3.3), kpi(87, 4.6)] } } }));
    expect(bad.map((r) => r.path)).toEqual(['/forms/kpiSheet/kpis/0/grade/q2', '/forms/kpiSheet/kpis/1/grade/q2']);
    const missing = run('kpi-grade-band', headPkg({ forms: { kpiSheet: { kpis: [{ percent: { q2: 50 }, grade: {} }] } } }));
    expect(missing[0]?.facts).toMatchObject({ found: null, allowed: { min: 2.5, max: 2.74 } });
  });

  it('kpi-final-mean reads the evaluated quarter\'s column and divides by the number of indicators', () => {
    const sheet = (finalGrade: number) => ({ kpiSheet: { kpis: [{ grade: { q1: 1, q2: 5 } }, { grade: { q1: 1, q2: 4 } }, { grade: { q1: 1 } }], finalGrade } });
    expect(run('kpi-final-mean', headPkg({ forms: sheet(3) }))).toEqual([]);
    expect(run('kpi-final-mean', headPkg({ forms: sheet(4.5) }))[0]?.facts).toMatchObject({ expected: 3, count: 3 });
  });

  it('tenure: in post since the quarter\'s first day passes, from its second day breaks (cl. 5)', () => {
    const pkg = (appointedOn: string) => headPkg({ servant: { fullName: 'x', position: 'бас маман', body: 'ЖСК аппараты', category: 'В-1', appointedOn } });
    expect(run('tenure', pkg('2026-04-01'))).toEqual([]);
    expect(run('tenure', pkg('2026-04-02'))).toHaveLength(1);
  });

  it('plan-short-tenure: appointed 30 September 2026 gets a 2026 plan, 2 October does not (cl. 22)', () => {
    const pkg = (appointedOn: string) =>
      headPkg({ servant: { fullName: 'x', position: 'бас маман', body: 'ЖСК аппараты', category: 'В-1', appointedOn }, forms: { workPlan: { planPeriod: { from: '2026-01-01', to: '2026-12-31' } } } });
    expect(run('plan-short-tenure', pkg('2026-09-30'))).toEqual([]);
    expect(run('plan-short-tenure', pkg('2026-10-02'))).toHaveLength(1);
  });

  it('absent-kpi-evaluation: back on 15 July 2026, evaluated within five working days passes, later or while away breaks', () => {
    const pkg = (evaluated: string) =>
      headPkg({
        servant: { fullName: 'x', position: 'бас маман', body: 'ЖСК аппараты', category: 'В-1', appointedOn: '2024-02-05', absences: [{ kind: 'іссапарда', from: '2026-07-01', to: '2026-07-14' }] },
        events: [{ type: 'evaluated', date: evaluated }],
      });
    expect(run('absent-kpi-evaluation', pkg('2026-07-21'))).toEqual([]);
    const late = run('absent-kpi-evaluation', pkg('2026-07-23'));
    expect(late[0]?.facts).toMatchObject({ returned: '2026-07-15', deadline: '2026-07-22' });
    expect(run('absent-kpi-evaluation', pkg('2026-07-07'))).toHaveLength(1);
    // The ordinary cl. 4 limit does not apply to the absent head…
    expect(run('quarterly-deadline', pkg('2026-07-21'))).toEqual([]);
    // …and an absence that ends before the evaluation window changes nothing.
    const early = headPkg({ servant: { fullName: 'x', position: 'бас маман', body: 'ЖСК аппараты', category: 'В-1', appointedOn: '2024-02-05', absences: [{ kind: 'іссапарда', from: '2026-06-01', to: '2026-06-10' }] }, events: [{ type: 'evaluated', date: '2026-07-07' }] });
    expect(run('absent-kpi-evaluation', early)).toEqual([]);
    expect(run('quarterly-deadline', early)).toEqual([]);
  });

  it('actuals-sent: five working days before 10 July 2026 skips Capital Day (6 July) and lands on 2 July', () => {
    const pkg = (date: string) => headPkg({ events: [{ type: 'actuals-sent', date }] });
    expect(run('actuals-sent', pkg('2026-07-02'))).toEqual([]);
    const late = run('actuals-sent', pkg('2026-07-03'));
    expect(late[0]?.facts).toMatchObject({ limit: '2026-07-10', deadline: '2026-07-02' });
  });

  it('survey-respondents counts everyone but the self-evaluation: 3 pass, 2 break', () => {
    const group = (g: string) => ({ group: g, answers: [] });
    const pkg = (groups: string[]) => headPkg({ forms: { survey360Heads: { responses: groups.map(group) } } });
    const peer = 'лауазымы бойынша бағаланушы адаммен бір деңгейде';
    expect(run('survey-respondents', pkg(['тікелей басшы', peer, peer, 'өзін-өзі бағалау']))).toEqual([]);
    expect(run('survey-respondents', pkg(['тікелей басшы', peer, 'өзін-өзі бағалау']))).toHaveLength(1);
  });

  it('survey averages leave the self-evaluation out (App. 7)', () => {
    const [lo, , , , hi] = ANSWERS;
    const pkg = (average: number) =>
      headPkg({
        forms: {
          survey360Heads: { responses: [{ group: 'тікелей басшы', answers: [[lo, lo, lo]] }, { group: 'өзін-өзі бағалау', answers: [[hi, hi, hi]] }] },
          result360Heads: { rows: [{ no: 1, average }] },
        },
      });
    expect(run('survey-average-heads', pkg(1))).toEqual([]);
    expect(run('survey-average-heads', pkg(3))).toHaveLength(1);
  });

  it('method-by-category: a В-1 head with App. 2 passes; a В-4 servant with App. 2, or a head with App. 4, breaks', () => {
    expect(run('method-by-category', headPkg())).toEqual([]);
    expect(run('method-by-category', headPkg({ servant: { fullName: 'x', position: 'бас маман', body: 'ЖСК аппараты', category: 'В-4', appointedOn: '2024-02-05' } }))).toHaveLength(1);
    expect(run('method-by-category', headPkg({ forms: { rankingSheet: {} } }))).toHaveLength(1);
  });
});
