/**
 * What the fill page makes of a form's schema and data before the officer sees or saves them (web/lib.ts): a row's
 * «№ р/с» is its place in the list, kept in order when a row is added, removed or moved (a file's own numbering kept
 * until then); a KPI's planned or actual value, a number or the act's free text, is marked for the page's number
 * widget, which saves «5» as 5 and «2,5» as 2.5 (the browser test: row-labels.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { packageSchema } from '../../src/acts/envelope.js';
import { loadedPack } from '../../src/acts/registry.js';
import '../../src/acts/index.js';

type Schema = Record<string, unknown> & { properties?: Record<string, Schema>; items?: Schema; type?: string; numberOrText?: true; readOnly?: boolean };
// web/lib.ts is typed against the browser's DOM, which this project's Node typecheck leaves out (see field-line.test.ts)
const WEB_LIB = '../../web/lib.js';
const { inOrder, ordinalLists, localise } = (await import(WEB_LIB)) as {
  inOrder: (before: unknown, after: unknown, lists: string[][]) => unknown;
  ordinalLists: (schema: Schema) => string[][];
  localise: (schema: Schema, lang: 'kk' | 'ru' | 'en', methodology: string, pointer: string) => Schema;
};

const formSchema = (methodology: string, form: string): Schema => (packageSchema(loadedPack(methodology)!) as unknown as Schema).properties!['forms']!.properties![form]!;
const rows = (...nos: unknown[]) => ({ year: 2025, rows: nos.map((no, i) => ({ no, competency: `c${i}` })) });
const nosOf = (v: unknown) => (v as { rows: { no: unknown }[] }).rows.map((r) => r.no);

describe("a list row's ordinal number", () => {
  it('is found by the act\'s caption («№ р/с», «№ п/п», «№ р/р»), not in the 360 results, whose «№» is the competency\'s', () => {
    // the competency sheet's «№ р/с» is the act's number of the competency (App. 3 prints 1–11, rows 6–7 for some only)
    expect(ordinalLists(formSchema('mic-2018', 'competencySheet'))).toEqual([]);
    expect(ordinalLists(formSchema('mic-2018', 'kpiSheet'))).toEqual([['kpis']]);
    expect(ordinalLists(formSchema('almaty-maslikhat-2018', 'kpiSheet'))).toEqual([['kpis']]);
    expect(ordinalLists(formSchema('sjc-apparatus', 'workPlan'))).toEqual([['kpis']]);
    expect(ordinalLists(formSchema('sjc-apparatus', 'result360Heads'))).toEqual([]);
  });

  it('is renumbered 1…n when a row is removed, moved or added, or has none', () => {
    const lists = [['rows']];
    expect(nosOf(inOrder(rows(1, 2, 3), rows(1, 3), lists))).toEqual([1, 2]); // removed
    expect(nosOf(inOrder(rows(1, 2, 3), rows(2, 1, 3), lists))).toEqual([1, 2, 3]); // moved
    expect(nosOf(inOrder(rows(1, 2), rows(1, 2, undefined), lists))).toEqual([1, 2, 3]); // added
    expect(nosOf(inOrder(rows(1, 2), rows(1, undefined), lists))).toEqual([1, 2]);
  });

  it("keeps a file's own numbers while its rows stay (another field typed), and the rest of the form as it is", () => {
    const before = rows(1, 2, 3, 8);
    const after = { ...rows(1, 2, 3, 8), year: 2026 };
    expect(inOrder(before, after, [['rows']])).toBe(after);
    const moved = inOrder(rows(1, 2), { ...rows(2, 1), year: 2026 }, [['rows']]) as { year: number; rows: { competency: string }[] };
    expect(moved.year).toBe(2026);
    expect(moved.rows.map((r) => r.competency)).toEqual(['c0', 'c1']);
  });

  it('is shown, not typed', () => {
    const local = localise(formSchema('mic-2018', 'kpiSheet'), 'ru', 'mic-2018', '/forms/kpiSheet');
    expect(local.properties!['kpis']!.items!.properties!['no']!.readOnly).toBe(true);
    // a competency's number is the act's (App. 3), typed: never read-only
    expect(localise(formSchema('mic-2018', 'competencySheet'), 'ru', 'mic-2018', '/forms/competencySheet').properties!['rows']!.items!.properties!['no']!.readOnly).toBeUndefined();
    expect(localise(formSchema('sjc-apparatus', 'result360Heads'), 'ru', 'sjc-apparatus', '/forms/result360Heads').properties!['rows']!.items!.properties!['no']!.readOnly).toBeUndefined();
  });
});

describe('a number-or-text value (a KPI\'s planned and actual values)', () => {
  it('is one text field marked for the number widget; a plain text field is not', () => {
    const kpi = localise(formSchema('mic-2018', 'kpiSheet'), 'kk', 'mic-2018', '/forms/kpiSheet').properties!['kpis']!.items!.properties!;
    expect(kpi['planned']).toMatchObject({ type: 'string', numberOrText: true });
    expect(kpi['actual']).toMatchObject({ type: 'string', numberOrText: true });
    expect(kpi['planned']!['anyOf']).toBeUndefined();
    expect(kpi['name']!.numberOrText).toBeUndefined();
  });
});
