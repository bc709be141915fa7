/**
 * The packs' params are data (`src/acts/<id>/params.json`), read by one typed reader (`readParams`,
 * src/law/provision.ts) that checks each entry and gives it its type through a shape where JSON types it too
 * widely (src/acts/shapes.ts). Each check with a passing and a breaking case: a value of the wrong shape, a
 * dated value without a shape, an entry without its clause or words, a note not in three languages or naming
 * no known note, a derived value the file also states, all stop the pack from loading with the file and key named.
 */
import { describe, expect, it } from 'vitest';
import { readParams, type ParamEntry } from '../../src/law/provision.js';
import { bandsOf, dayLimit, fraction, monthEndLimit, oneOf } from '../../src/acts/shapes.js';

const at = { clause: 'cl. 1', quote: 'сөздер' };
const read = (data: Record<string, ParamEntry>, how: Parameters<typeof readParams>[2] = {}) => () => readParams('x/params.json', data, how);

describe('readParams: the entries', () => {
  it('gives the file\'s own objects: a provision with a value, a place without one, in the file\'s key order', () => {
    const data = { a: { value: 5, ...at }, b: { ...at, note: { kk: 'к', ru: 'р', en: 'e' } } };
    const p = readParams('x/params.json', data);
    expect(p.a).toBe(data.a);
    expect(p.b).toBe(data.b);
    expect(Object.keys(p)).toEqual(['a', 'b']);
    // the compiler types the value from the file: a number here
    const n: number = p.a.value;
    expect(n).toBe(5);
  });

  it('refuses an entry without its clause or its words', () => {
    expect(read({ a: { value: 1, clause: '', quote: 'q' } })).toThrow(/x\/params\.json: «a» needs a clause and its words/);
    expect(read(JSON.parse('{ "a": { "value": 1, "clause": "cl. 1" } }'))).toThrow(/«a» needs a clause/);
  });

  it('a note in kk, ru and en, or the name of a note the pack gives (put in its place)', () => {
    const notes = { shared: { kk: 'к', ru: 'р', en: 'e' } };
    const p = readParams('x/params.json', { a: { value: 1, ...at, note: 'shared' } }, { notes });
    expect(p.a.note).toBe(notes.shared);
    expect(Object.keys(p.a)).toEqual(['value', 'clause', 'quote', 'note']);
    expect(read({ a: { value: 1, ...at, note: 'other' } }, { notes })).toThrow(/«a» names the note «other», which the pack does not give/);
    expect(read({ a: { value: 1, ...at, note: { kk: 'к', ru: '', en: 'e' } } })).toThrow(/«a» has a note that is not in kk, ru and en/);
  });
});

describe('readParams: shapes give the narrower types, proven when the file is read', () => {
  it('a literal, a pair, a date limit, bands over the act\'s result words', () => {
    const p = readParams(
      'x/params.json',
      {
        period: { value: 'quarter', ...at },
        quorum: { value: [2, 3], ...at },
        limit: { value: { anchor: 'period-end', months: 1, day: 20 }, ...at },
        within: { value: { anchor: 'period-end', months: 1, day: 'last' }, ...at },
        bands: { value: [{ from: 3, label: 'жақсы' }, { from: 0, below: 3, label: 'нашар' }], ...at },
      },
      { shapes: { period: oneOf('quarter', 'year'), quorum: fraction, limit: dayLimit, within: monthEndLimit, bands: bandsOf(['жақсы', 'нашар']) } },
    );
    const period: 'quarter' | 'year' = p.period.value;
    const pair: [number, number] = p.quorum.value;
    const anchor: 'period-start' | 'period-end' = p.limit.value.anchor;
    const last: 'last' = p.within.value.day;
    expect([period, pair, anchor, last, p.bands.value.length]).toEqual(['quarter', [2, 3], 'period-end', 'last', 2]);
  });

  it('a value that fails its shape stops the pack', () => {
    expect(read({ period: { value: 'month', ...at } }, { shapes: { period: oneOf('quarter', 'year') } })).toThrow(/«period» has a value of the wrong shape/);
    expect(read({ q: { value: [2, 3, 4], ...at } }, { shapes: { q: fraction } })).toThrow(/«q» has a value of the wrong shape/);
    expect(read({ l: { value: { anchor: 'period-middle', months: 1, day: 20 }, ...at } }, { shapes: { l: dayLimit } })).toThrow(/wrong shape/);
    expect(read({ l: { value: { anchor: 'period-end', months: 1, day: 'last' }, ...at } }, { shapes: { l: dayLimit } })).toThrow(/wrong shape/);
    expect(read({ l: { value: { anchor: 'period-end', months: 1, day: 20, stale: true }, ...at } }, { shapes: { l: dayLimit } })).toThrow(/wrong shape/);
    expect(read({ b: { value: [{ from: 3, label: 'өте жақсы' }], ...at } }, { shapes: { b: bandsOf(['жақсы']) } })).toThrow(/«b» has a value of the wrong shape/);
    expect(read({ p: { ...at } }, { shapes: { p: oneOf('year') } })).toThrow(/«p» has a value of the wrong shape/);
  });

  it('a shape names an entry the file has', () => {
    expect(read({ a: { value: 1, ...at } }, { shapes: { b: fraction } as never })).toThrow(/«b» has a shape but no entry/);
  });
});

describe('readParams: dated values', () => {
  const dated = (d: Record<string, unknown>) => ({ m: { value: { anchor: 'period-start', months: 6, day: 10 }, ...at, dated: [{ from: '2025-01-01', value: { anchor: 'period-start', months: 7, day: 15 }, clause: 'cl. 2', quote: 'q', by: 'Order No. 1', ...d }] } });

  it('each checked by the shape of the value', () => {
    expect(readParams('x/params.json', dated({}), { shapes: { m: dayLimit } }).m.dated?.[0]?.value.day).toBe(15);
  });

  it('a dated value without a shape, its amending act, or of the wrong shape is refused', () => {
    expect(read(dated({}))).toThrow(/«m» has dated values but no shape/);
    expect(read(dated({ by: undefined }), { shapes: { m: dayLimit } })).toThrow(/«m» has a dated value without its day, clause, words, amending act/);
    expect(read(dated({ value: { anchor: 'period-start', months: 7 } }), { shapes: { m: dayLimit } })).toThrow(/a value of its shape/);
    expect(read(dated({ note: { kk: 'к' } }), { shapes: { m: dayLimit } })).toThrow(/«m» has a dated note that is not in kk, ru and en/);
  });
});

describe('readParams: values derived from the act\'s tables', () => {
  it('are put first in an entry that gives only the place', () => {
    const p = readParams('x/params.json', { n: { ...at } }, { derived: { n: 12 } });
    expect(p.n).toEqual({ value: 12, ...at });
    expect(Object.keys(p.n)[0]).toBe('value');
  });

  it('an entry that also states the value, or a derived key without an entry, is refused', () => {
    expect(read({ n: { value: 12, ...at } }, { derived: { n: 12 } })).toThrow(/«n» is derived from a table, so it states no value of its own/);
    expect(read({ n: { ...at } }, { derived: { m: 1 } as never })).toThrow(/«m» is derived but has no entry/);
  });
});
