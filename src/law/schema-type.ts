/**
 * The few JSON Schema builders our schemas are written with (the package envelope, the packs' forms), with
 * TypeBox's names, signatures and types — `Static<>` derives the rules' types from them as before — but not its
 * code. TypeBox is ~270 modules (a 210 KB chunk in the bundle, ~20 ms of every `check` to load) for builders
 * that, for the schemas we write, only join a few keys: `{ type: 'object', required, properties, ...options }`.
 * The check runs ajv code generated at build time and reads the forms' schemas only as data (where a form can
 * hold a date), so nothing at run time needs TypeBox itself (issue 14: pay only for what runs).
 *
 * Each builder gives the object TypeBox 1.x gives, key for key and in its key order (the published schemas are
 * these objects serialised); an optional property is marked the way TypeBox marks it (a hidden `~optional`), so
 * that the two can be mixed (a test's pack built with TypeBox goes into our envelope). test/acts/schema-type.test.ts
 * compares every builder, and every pack's schemas, with TypeBox's.
 */
import type { Type as TypeBox } from 'typebox';

/** The builders we use, typed as TypeBox types them. */
export type Builders = Pick<typeof TypeBox, 'Object' | 'Array' | 'Union' | 'Literal' | 'String' | 'Integer' | 'Number' | 'Boolean' | 'Optional' | 'Unsafe' | 'Record'>;

type Json = Record<string, unknown>;

/** A copy with a hidden (non-enumerable) marker, as TypeBox marks a schema optional or unsafe. */
function marked(schema: object, key: '~optional' | '~unsafe', value: true | null): Json {
  const copy = { ...schema } as Json;
  Object.defineProperty(copy, key, { configurable: true, writable: true, enumerable: false, value });
  return copy;
}

const isOptional = (schema: unknown): boolean => typeof schema === 'object' && schema !== null && Object.hasOwn(schema, '~optional');

const literalType = (value: unknown): string => {
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'bigint':
      return typeof value;
    default:
      throw new Error(`Invalid Literal value: ${String(value)}`);
  }
};

const builders = {
  Object(properties: Json, options: Json = {}) {
    const required = Object.keys(properties).filter((k) => !isOptional(properties[k]));
    return { type: 'object', ...(required.length > 0 ? { required } : {}), properties, ...options };
  },
  Array: (items: unknown, options?: Json) => ({ type: 'array', items, ...options }),
  Union: (anyOf: unknown[], options: Json = {}) => ({ anyOf, ...options }),
  Literal: (value: unknown, options?: Json) => ({ type: literalType(value), const: value, ...options }),
  String: (options?: Json) => ({ type: 'string', ...options }),
  Integer: (options?: Json) => ({ type: 'integer', ...options }),
  Number: (options?: Json) => ({ type: 'number', ...options }),
  Boolean: (options?: Json) => ({ type: 'boolean', ...options }),
  Optional: (schema: object) => marked(schema, '~optional', true),
  Unsafe: (schema: object) => marked(schema, '~unsafe', null),
  /** Only keys given as a string with a `pattern` (what our schemas use); TypeBox reads other keys in ways we do not need. */
  Record(key: { pattern?: unknown }, value: unknown, options: Json = {}) {
    if (typeof key.pattern !== 'string') throw new Error('schema-type: a Record key must be a string schema with a pattern');
    return { type: 'object', patternProperties: { [key.pattern]: value }, ...options };
  },
};

export const Type = builders as unknown as Builders;
