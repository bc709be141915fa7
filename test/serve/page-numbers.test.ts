/**
 * A competency row's «№» as the act numbers it (README «Web page»): mic-2018 and almaty-maslikhat-2018 App. 3 print
 * their eleven competencies 1–11, sjc-apparatus App. 7 and 8 theirs 1–12 and 1–8; when the officer picks a competency
 * and the row's «№» is empty, the page fills it from that list (the pack's data, src/serve/act-numbers.ts), never over a
 * number typed (web/lib.ts `actNumbered`; the browser case: officer-2018.test.ts).
 */
import { describe, expect, it } from 'vitest';
import '../../src/acts/index.js';
import { loadedPack } from '../../src/acts/registry.js';
import { actNumbers } from '../../src/serve/act-numbers.js';

// web/lib.ts is typed against the browser's DOM, which this project's Node typecheck leaves out (see field-line.test.ts)
const WEB_LIB = '../../web/lib.js';
const { actNumbered } = (await import(WEB_LIB)) as {
  actNumbered: (before: unknown, after: unknown, lists: readonly { path: readonly string[]; names: readonly string[] }[]) => unknown;
};

const mic = actNumbers(loadedPack('mic-2018')!);
const lists = mic.map((n) => ({ path: ['rows'], names: n.names }));
const sheet = (...rows: Record<string, unknown>[]) => ({ year: 2025, rows });

describe("the act's numbers of the competencies", () => {
  it('are the packs\u2019 own lists, with their appendix', () => {
    expect(mic).toEqual([{ form: 'competencySheet', names: expect.any(Array), clause: 'App. 3' }]);
    expect(mic[0]!.names).toHaveLength(11);
    expect(mic[0]!.names[7]).toBe('Адалдық');
    expect(actNumbers(loadedPack('almaty-maslikhat-2018')!)[0]!.names).toHaveLength(11);
    expect(actNumbers(loadedPack('sjc-apparatus')!).map((n) => [n.form, n.names.length, n.clause])).toEqual([['result360Heads', 12, 'App. 7'], ['result360Staff', 8, 'App. 8']]);
    // a form without an act-numbered list: nothing to fill
    expect(actNumbers(loadedPack('kyzylorda-maslikhat-2018')!)).toEqual([]);
    expect(actNumbers(loadedPack('asa-b-model')!)).toEqual([]);
  });

  it('fill an empty «№» when a competency is picked, as the act numbers it (rows 6–7 with or without their «*»)', () => {
    const before = sheet({ no: 1, competency: 'Қызметті басқару' }, {});
    expect(actNumbered(before, sheet({ no: 1, competency: 'Қызметті басқару' }, { competency: 'Адалдық' }), lists)).toEqual(sheet({ no: 1, competency: 'Қызметті басқару' }, { no: 8, competency: 'Адалдық' }));
    expect(actNumbered(before, sheet({ no: 1, competency: 'Қызметті басқару' }, { competency: 'Қызметті тұтынушыға бағдарлану' }), lists)).toMatchObject({ rows: [{}, { no: 6 }] });
    expect(actNumbered(before, sheet({ no: 1, competency: 'Қызметті басқару' }, { competency: 'Қызметті тұтынушыларды хабарландыру *' }), lists)).toMatchObject({ rows: [{}, { no: 7 }] });
  });

  it('never change a number typed, a row whose competency did not change, or a name the list does not have', () => {
    const typed = sheet({ no: 3, competency: 'Адалдық' });
    expect(actNumbered(sheet({ no: 3 }), typed, lists)).toBe(typed);
    const cleared = sheet({ competency: 'Адалдық' });
    expect(actNumbered(sheet({ no: 8, competency: 'Адалдық' }), cleared, lists)).toBe(cleared);
    const other = sheet({ competency: 'Басқа құзырет' });
    expect(actNumbered(sheet({}), other, lists)).toBe(other);
  });
});
