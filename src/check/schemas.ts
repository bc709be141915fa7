/**
 * Compile once, validate many (ajv's lesson): one validator per pack for the package
 * and one for its session files, compiled on first use and kept.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsMod from 'ajv-formats';
import { packageSchema, sessionSchema, schemaId } from '../acts/envelope.js';
import type { Pack } from '../acts/pack.js';

const addFormats = ((addFormatsMod as unknown as { default?: unknown }).default ?? addFormatsMod) as (a: Ajv2020) => Ajv2020;

let ajv: Ajv2020 | undefined;
const cache = new Map<string, { pkg: ValidateFunction; session?: ValidateFunction }>();

export function newAjv(): Ajv2020 {
  // unicode: false — string lengths in UTF-16 units: our only length limits are «not empty», and counting
  // code points walked every long Kazakh text (a fifth of validation time).
  // ajv still honours the option but calls it deprecated; keep every other warning.
  const logger = {
    log: (...a: unknown[]) => console.log(...a),
    warn: (...a: unknown[]) => (String(a[0]).includes('option unicode') ? undefined : console.warn(...a)),
    error: (...a: unknown[]) => console.error(...a),
  };
  const a = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, allowUnionTypes: true, unicode: false, logger });
  addFormats(a);
  return a;
}

export function validators(pack: Pack): { pkg: ValidateFunction; session?: ValidateFunction } {
  let v = cache.get(pack.id);
  if (!v) {
    const a = (ajv ??= newAjv());
    try {
      const pkg = a.compile(packageSchema(pack));
      const s = sessionSchema(pack);
      v = s ? { pkg, session: a.compile({ ...s, $id: schemaId(pack.id, 'session') }) } : { pkg };
    } catch (e) {
      // A failed compile leaves the ids registered; forget them so the error is reported the same way every time.
      a.removeSchema(schemaId(pack.id, 'package'));
      a.removeSchema(schemaId(pack.id, 'session'));
      throw e;
    }
    cache.set(pack.id, v);
  }
  return v;
}

export type { ErrorObject };
