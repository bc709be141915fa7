/**
 * The dated steps are looked for only where a pack's forms' schemas let a `date` stand (the plan read
 * once per pack): every `date` of every bundled sample's forms is still found, each at its own pointer;
 * a schema the plan cannot read narrowly is walked whole.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../src/acts/index.js';
import { checkDocument } from '../../src/check/run.js';
import { datePlan, formsDatePlan, type DatePlan } from '../../src/check/step-dates.js';
import { createCalendar } from '../../src/law/calendar/index.js';
import { dayKey } from '../../src/rules/dates.js';
import { loadFile, sessionLoader } from '../../src/package/load.js';

const calendar = createCalendar();
const addDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Every `date` string under a value, found by walking it all (what the check did before it had plans). */
function allDates(v: unknown, p: string, out: Array<{ path: string; set: (d: string) => void }>): typeof out {
  if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) {
      if (k === 'date' && typeof x === 'string') out.push({ path: `${p}/${k}`, set: (d) => ((v as Record<string, unknown>)[k] = d) });
      else allDates(x, `${p}/${k}`, out);
    }
  return out;
}

describe('dated steps in the forms', () => {
  for (const pack of PACKS)
    it(`${pack.id}: every date of its samples' forms, moved before entry into force, is a step-before-entry at its pointer`, () => {
      let seen = 0;
      for (const file of readdirSync(join('samples', pack.id)).filter((f) => f.endsWith('.yaml'))) {
        const doc = loadFile(join('samples', pack.id, file));
        const dates = allDates((doc.data as Record<string, unknown>)['forms'], '/forms', []);
        seen += dates.length;
        const before = addDays(pack.validity.from, -1);
        for (const d of dates) d.set(before);
        const r = checkDocument(doc, { today: '2026-11-22', calendar, loadSession: sessionLoader() });
        const found = r.findings.filter((f) => f.ruleId === 'step-before-entry' && f.path.startsWith('/forms/')).map((f) => f.path);
        expect(found.sort(), file).toEqual(dates.map((d) => d.path).sort());
      }
      expect(seen, 'the samples have dated steps in their forms').toBeGreaterThan(0);
    });

  it("the steps are reported in the package's own order, not the schema's", () => {
    const pack = PACKS.find((p) => p.id === 'mic-2018')!;
    const data = loadFile(join('samples', pack.id, 'valid.yaml')).data as Record<string, unknown>;
    // every object of the forms with its keys in the reverse of the file's (and the schema's) order
    const reversed = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(reversed) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reversed(x)])) : v;
    data['forms'] = reversed(data['forms']);
    const dates = allDates(data['forms'], '/forms', []);
    expect(dates.length).toBeGreaterThan(2);
    for (const d of dates) d.set(addDays(pack.validity.from, -1));
    const r = checkDocument({ file: 'p.json', data, findings: [] }, { today: '2026-11-22', calendar });
    const found = r.findings.filter((f) => f.ruleId === 'step-before-entry' && f.path.startsWith('/forms/')).map((f) => f.path);
    expect(found).toEqual(dates.map((d) => d.path));
  });

  it('a bundled pack is read narrowly: no form is walked whole', () => {
    const anyIn = (p: DatePlan | undefined): boolean => !!p && (p.any || Object.values(p.props ?? {}).some(anyIn) || anyIn(p.items));
    for (const pack of PACKS) expect(anyIn(formsDatePlan(pack)), pack.id).toBe(false);
  });

  it('keeps the keys that lead to a date and drops those that cannot', () => {
    const sig = { type: 'object', additionalProperties: false, properties: { name: { type: 'string' }, date: { type: 'string', format: 'date' } } };
    const plan = datePlan({
      type: 'object',
      additionalProperties: false,
      properties: {
        year: { type: 'integer' },
        kpis: { type: 'array', items: { type: 'object', additionalProperties: false, properties: { name: { type: 'string' } } } },
        signature: sig,
        members: { type: 'array', items: sig },
        either: { anyOf: [{ type: 'null' }, sig] },
      },
    });
    expect(Object.keys(plan!.props!).sort()).toEqual(['either', 'members', 'signature']);
    expect(Object.keys(plan!.props!['members']!.items!.props!)).toEqual(['date']);
    expect(datePlan({ type: 'array', items: { type: 'string' } })).toBeUndefined();
  });

  it('walks whole what it cannot read narrowly: open objects, $ref, allOf, untyped schemas', () => {
    expect(datePlan({ type: 'object', properties: { a: { type: 'string' } } })?.any).toBe(true);
    expect(datePlan({ $ref: 'x' })?.any).toBe(true);
    expect(datePlan({ allOf: [{ type: 'object' }] })?.any).toBe(true);
    expect(datePlan({})?.any).toBe(true);
    expect(datePlan({ type: 'object', additionalProperties: false, properties: { x: { type: 'object', properties: {} } } })?.props?.['x']?.any).toBe(true);
  });

  it("a date on the validity's first or last day is no step; the day before the first or after the last is", () => {
    const pack = PACKS.find((p) => p.id === 'almaty-maslikhat-2018')!;
    const { from, to } = pack.validity;
    expect(to, 'a repealed pack').toBeDefined();
    const doc = loadFile(join('samples', pack.id, 'valid.yaml'));
    const data = doc.data as Record<string, unknown>;
    const dates = allDates(data['forms'], '/forms', []);
    expect(dates.length).toBeGreaterThan(3);
    const at = [from, to!, addDays(from, -1), addDays(to!, 1)];
    dates.forEach((d, i) => d.set(at[i % 4]!));
    // the period inside the validity, so that the steps are looked at
    data['period'] = { from: addDays(to!, -60), to: to! };
    const r = checkDocument(doc, { today: '2026-11-22', calendar, loadSession: sessionLoader() });
    const steps = r.findings.filter((f) => f.ruleId.startsWith('step-') && f.path.startsWith('/forms/')).map((f) => `${f.ruleId} ${f.path}`);
    const want = dates.flatMap((d, i) => (i % 4 === 2 ? [`step-before-entry ${d.path}`] : i % 4 === 3 ? [`step-after-repeal ${d.path}`] : []));
    expect(steps.sort()).toEqual(want.sort());
  });

  it('each key of a plan carries its own plan in order, and only a key Object.prototype also has asks whether a value is its own', () => {
    const sig = { type: 'object', additionalProperties: false, properties: { date: { type: 'string', format: 'date' } } };
    const plan = datePlan({ type: 'object', additionalProperties: false, properties: { a: sig, b: { type: 'array', items: sig } } })!;
    expect(plan.keys).toEqual(['a', 'b']);
    expect(plan.subs).toEqual([plan.props!['a'], plan.props!['b']]);
    expect(plan.inherits).toBe(false);
    expect(datePlan({ type: 'object', additionalProperties: false, properties: { constructor: sig } })!.inherits).toBe(true);
    expect(datePlan({ type: 'object', additionalProperties: false, properties: { ['__proto__']: sig } })!.inherits).toBe(true);
  });
});

describe('dayKey', () => {
  it('reads a date as YYYYMMDD, ordered as the text is', () => {
    expect(dayKey('2018-04-14')).toBe(20180414);
    expect(dayKey('0000-00-00')).toBe(0);
    const days = ['2017-12-31', '2018-01-01', '2018-01-02', '2018-02-01', '2019-01-01', '2099-12-31'];
    for (let i = 1; i < days.length; i++) expect(dayKey(days[i - 1]) < dayKey(days[i]), days[i]).toBe(true);
  });
  it('is -1 for what is not written as a date', () => {
    for (const v of ['2018-4-14', '2018/04/14', '2018-04-1x', ' 2018-04-14', '2018-04-144', '', 20180414, null, undefined, {}]) expect(dayKey(v), String(v)).toBe(-1);
  });
});
