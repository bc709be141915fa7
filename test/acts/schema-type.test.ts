/**
 * Our schema builders (src/law/schema-type.ts) give what TypeBox gives — key for key, in TypeBox's key order — so
 * that the schemas we publish and compile are the ones TypeBox would write, while the check loads no TypeBox. Each
 * builder is compared with TypeBox's on its own; then every published schema (each pack's package, session and
 * form schemas, their format docs, the calendar's) is built once with our builders and once with TypeBox's in
 * their place, and the two must be the same text.
 */
import { Type as TB } from 'typebox';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Type } from '../../src/law/schema-type.js';

/** The text a schema is published as: key order counts. */
const text = (schema: unknown): string => JSON.stringify(schema, null, 2);

const doc = { title: 'т', description: 'd' };
/** Each case: a schema built with our builders (T = ours) and the same with TypeBox's (T = TypeBox). */
const CASES: Array<[string, (T: typeof Type) => unknown]> = [
  ['string with options', (T) => T.String({ minLength: 1, ...doc })],
  ['integer, number, boolean', (T) => [T.Integer({ minimum: 1 }), T.Number(), T.Boolean(doc)]],
  ['literal (string and number)', (T) => [T.Literal('a', doc), T.Literal(1)]],
  ['union', (T) => T.Union([T.Number(), T.String({ minLength: 1 })], doc)],
  ['array', (T) => T.Array(T.String(), { minItems: 1, ...doc })],
  ['unsafe', (T) => T.Unsafe<string>({ type: 'string', enum: ['x', 'y'], ...doc })],
  ['object: required from the non-optional keys, then properties, then options', (T) => T.Object({ a: T.String(), b: T.Optional(T.Integer()), c: T.Boolean() }, { additionalProperties: false, ...doc })],
  ['object with only optional keys: no `required`', (T) => T.Object({ a: T.Optional(T.String()) })],
  ['optional unsafe in an object', (T) => T.Object({ g: T.Optional(T.Unsafe<number>({ enum: [1, 2] })) })],
  ['record of a pattern', (T) => T.Record(T.String({ pattern: '^[a-z]+$' }), T.Object({ x: T.String() }), { description: 'd' })],
  ['nested, with $id', (T) => T.Object({ o: T.Object({ a: T.Array(T.Object({ d: T.Optional(T.String({ format: 'date' })) })) }, doc) }, { $id: 'https://x/y.schema.json', additionalProperties: false })],
];

describe('each builder gives what TypeBox gives', () => {
  for (const [name, build] of CASES) it(name, () => expect(text(build(Type))).toBe(text(build(TB as unknown as typeof Type))));

  it('the comparison sees key order and `required` (a builder that differed in either would fail it)', () => {
    const ours = Type.Object({ a: Type.String(), b: Type.Optional(Type.String()) });
    const reordered = { properties: (ours as { properties: unknown }).properties, type: 'object', required: ['a'] };
    expect(text(reordered)).not.toBe(text(TB.Object({ a: TB.String(), b: TB.Optional(TB.String()) })));
    expect(text(Type.Object({ a: Type.String(), b: Type.String() }))).not.toBe(text(TB.Object({ a: TB.String(), b: TB.Optional(TB.String()) })));
  });

  it('an optional property is marked as TypeBox marks it: each reads the other\'s (a test\'s TypeBox pack in our envelope)', () => {
    expect(TB.Object({ a: Type.Optional(Type.String()), b: Type.String() }).required).toEqual(['b']);
    expect((Type.Object({ a: TB.Optional(TB.String()), b: TB.String() }) as { required?: string[] }).required).toEqual(['b']);
    // the marker is hidden, as TypeBox hides it: not in the published text
    expect(Object.keys(Type.Optional(Type.String()))).toEqual(['type']);
  });

  it('refuses a record key it does not build as TypeBox does', () => {
    expect(() => Type.Record(Type.String(), Type.String())).toThrow(/pattern/);
  });
});

describe('every published schema is the same built with TypeBox', () => {
  afterEach(() => {
    vi.doUnmock('../../src/law/schema-type.js');
    vi.resetModules();
  });

  const published = async () => {
    const { schemaFiles } = await import('../../src/acts/schema-files.js');
    const { CalendarDataSchema } = await import('../../src/law/calendar/schema.js');
    return { files: [...schemaFiles()], calendar: text(CalendarDataSchema) };
  };

  it('each pack\'s package, session and form schemas, their format docs, and the calendar data schema', async () => {
    vi.resetModules();
    const ours = await published();
    vi.resetModules();
    vi.doMock('../../src/law/schema-type.js', () => ({ Type: TB }));
    const typebox = await published();
    expect(ours.files.length).toBeGreaterThan(40);
    expect(ours.files.map(([path]) => path)).toEqual(typebox.files.map(([path]) => path));
    for (let i = 0; i < ours.files.length; i++) expect(ours.files[i]![1], ours.files[i]![0]).toBe(typebox.files[i]![1]);
    expect(ours.calendar).toBe(typebox.calendar);
  });
});
