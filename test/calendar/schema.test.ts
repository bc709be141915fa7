/**
 * The published JSON Schema is the TypeBox definition serialised (one source for the
 * schema and the TypeScript types), and every bundled file conforms to it.
 * Set UPDATE_CALENDAR_SCHEMA=1 to rewrite the JSON file after changing schema.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsMod from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { CALENDAR_SCHEMA_ID, CalendarDataSchema, SourcesFileSchema } from '../../src/law/calendar/schema.js';
import { BUNDLED_SOURCES, BUNDLED_YEARS } from '../../src/law/calendar/data/index.js';

const addFormats = ((addFormatsMod as unknown as { default?: unknown }).default ?? addFormatsMod) as (a: Ajv2020) => Ajv2020;
const schemaUrl = new URL('../../schemas/calendar/calendar-data.schema.json', import.meta.url);
const expected = `${JSON.stringify(CalendarDataSchema, null, 2)}\n`;
if (process.env['UPDATE_CALENDAR_SCHEMA'] === '1') writeFileSync(schemaUrl, expected);

function ajv(): Ajv2020 {
  const a = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(a);
  return a;
}

describe('calendar data schema', () => {
  const fileText = readFileSync(schemaUrl, 'utf8');
  const schema = JSON.parse(fileText) as Record<string, unknown>;

  it('is the TypeBox definition, serialised', () => {
    expect(fileText).toBe(expected);
  });

  it('is JSON Schema 2020-12 with an $id, and compiles in strict mode', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$id']).toBe(CALENDAR_SCHEMA_ID);
    expect(() => ajv().compile(schema)).not.toThrow();
  });

  it('accepts every bundled year and the bundled sources', () => {
    const validate = ajv().compile(schema);
    for (const data of BUNDLED_YEARS) expect(validate(data), `${data.year}: ${JSON.stringify(validate.errors)}`).toBe(true);
    const sources = ajv().compile(SourcesFileSchema);
    expect(sources({ sources: BUNDLED_SOURCES }), JSON.stringify(sources.errors)).toBe(true);
  });

  it('rejects what it should: unknown field, wrong kind, impossible date', () => {
    const validate = ajv().compile(schema);
    const base = { year: 2030, week: 'five-day', status: 'confirmed', holidays: [], transfers: [] };
    expect(validate(base)).toBe(true);
    expect(validate({ ...base, colour: 'red' })).toBe(false);
    expect(validate({ ...base, week: 'six-day' })).toBe(false);
    const holiday = { date: '2030-02-30', name: { kk: 'a', ru: 'b', en: 'c' }, kind: 'holiday', source: 'x' };
    expect(validate({ ...base, holidays: [holiday] })).toBe(false);
    expect(validate({ ...base, holidays: [{ ...holiday, date: '2030-02-28' }] })).toBe(true);
    expect(validate({ ...base, holidays: [{ ...holiday, date: '2030-02-28', kind: 'feast' }] })).toBe(false);
  });
});
