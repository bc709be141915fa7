/**
 * The schemas as ajv compiles them, and ajv as the package uses it. The published schemas
 * (schemas/<id>/, `packageSchema`) inline every form; here each form and the session is its
 * own schema, reached by `$ref`, and compiled with `inlineRefs: false`, so that each becomes
 * its own function: V8 does not optimise a function whose bytecode is too long, and a whole
 * package compiled into one function (100–166 KB of code) ran in the interpreter. Errors are
 * the same (instancePath, keyword, params); only schemaPath differs.
 *
 * Used at build time (scripts/build-validators.ts writes ajv standalone code from it) and,
 * for a pack the build did not see (a test's own pack), at run time by ./validators.ts.
 */
import { createRequire } from 'node:module';
import type { Ajv2020, Options } from 'ajv/dist/2020.js';
import type { TSchema } from 'typebox';
import { packageSchema, sessionSchema, schemaId } from '../acts/envelope.js';
import type { Pack } from '../acts/pack.js';
import { isDate } from './date-format.js';

export type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';

/** The options every ajv of ours gets; `allErrors` is set per pass (see ./validators.ts and `FAST_PASS`). */
export const AJV_OPTIONS = {
  strict: true,
  strictTypes: false,
  allowUnionTypes: true,
  // String lengths in UTF-16 units: our only length limits are «not empty», and counting
  // code points walked every long Kazakh text (a fifth of validation time).
  unicode: false,
  inlineRefs: false,
  // errors carry the value found, so an enum value typed with Latin look-alikes gets a «did you mean»
  verbose: true,
} as const satisfies Options;

/** ajv still honours `unicode: false` but calls it deprecated; keep every other warning. */
export const AJV_LOGGER = {
  log: (...a: unknown[]) => console.log(...a),
  warn: (...a: unknown[]) => (String(a[0]).includes('option unicode') ? undefined : console.warn(...a)),
  error: (...a: unknown[]) => console.error(...a),
};

/** Our one format: `date` (RFC 3339 full-date), the same answers as ajv-formats', without a RegExp. */
export function addOurFormats(a: Ajv2020): Ajv2020 {
  a.addFormat('date', isDate);
  return a;
}

/**
 * ajv itself (87 modules) is loaded only when a schema is compiled — at build time, or for a
 * pack the build did not see — never to run the generated validators.
 */
let AjvClass: typeof Ajv2020 | undefined;
export function ajvClass(): typeof Ajv2020 {
  return (AjvClass ??= (createRequire(import.meta.url)('ajv/dist/2020.js') as { Ajv2020: typeof Ajv2020 }).Ajv2020);
}

/** An ajv with our options and formats, reporting all errors (tests compile schemas with it). */
export function newAjv(): Ajv2020 {
  const Ajv = ajvClass();
  return addOurFormats(new Ajv({ ...AJV_OPTIONS, allErrors: true, logger: AJV_LOGGER }));
}

type Json = Record<string, unknown>;
/** A schema as plain JSON (TypeBox's own types say nothing of the keys written below). */
const clone = (s: TSchema): Json => JSON.parse(JSON.stringify(s)) as Json;

export interface SchemaSet {
  /** The package schema with each form and the session replaced by a `$ref`. */
  package: Json;
  /** The session schema (session files, and the package's inline session), if the pack has one. */
  session?: Json;
  /** One schema per form, each with its own `$id`. */
  forms: Json[];
}

/** A pack's schemas split for compilation: one schema per form and for the session. */
export function schemaSet(pack: Pack): SchemaSet {
  const pkg = clone(packageSchema(pack)) as Json & { properties: Record<string, Json> };
  const forms: Json[] = [];
  const formProps = (pkg.properties['forms'] as { properties?: Record<string, Json> } | undefined)?.properties ?? {};
  for (const key of Object.keys(formProps)) {
    const $id = schemaId(pack.id, `form-${key}`);
    forms.push({ ...formProps[key], $id });
    formProps[key] = { $ref: $id };
  }
  const s = sessionSchema(pack);
  const set: SchemaSet = { package: pkg, forms };
  if (s) {
    const $id = schemaId(pack.id, 'session');
    set.session = { ...clone(s), $id };
    const inPackage = pkg.properties['session'] as Json | undefined;
    if (inPackage && 'else' in inPackage) inPackage['else'] = { $ref: $id };
  }
  return set;
}

/**
 * The fast pass only answers valid or not: a package that fails it is validated again by the full pass, whose errors
 * are the ones reported (./validators.ts). So it stops at the first error and builds neither message texts nor the
 * `verbose` detail (the schema and value at each error): less code at every keyword. mic-2018's generated module went
 * from 206 to 155 KB, and a one-file check spends ~2 ms less loading it and ~3 ms less in its first run (issue 14).
 */
const FAST_PASS = { allErrors: false, verbose: false, messages: false } as const satisfies Options;

/** An ajv holding a pack's schema set (and our formats), ready to compile or to write standalone code. */
export function ajvFor(set: SchemaSet, allErrors: boolean, code?: Options['code']): Ajv2020 {
  const Ajv = ajvClass();
  const a = new Ajv({ ...AJV_OPTIONS, ...(allErrors ? { allErrors } : FAST_PASS), logger: AJV_LOGGER, ...(code ? { code } : {}) });
  addOurFormats(a);
  for (const f of set.forms) a.addSchema(f);
  if (set.session) a.addSchema(set.session);
  a.addSchema(set.package);
  return a;
}
