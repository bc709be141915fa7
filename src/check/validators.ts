/**
 * A pack's validators, as the checker and the renderer use them: ajv standalone code that
 * `npm run build` generated for every bundled pack (scripts/build-validators.ts →
 * dist/src/check/generated/), so no schema is compiled at run time; a pack the build did not
 * see (a test's own) is compiled here on first use. Two passes: the fast validator stops at
 * the first error, and only a package that fails it is validated again collecting every error.
 */
import type { Pack } from '../acts/pack.js';
import { loadGenerated } from './load-generated.js';
import type { PackageData, SessionData } from '../rules/rule.js';
import { ajvFor, schemaSet, type ErrorObject } from './schemas.js';

export type { ErrorObject };

/**
 * Validates one document; `errors` holds every error of the last invalid one (null when valid). A valid
 * document is of the type derived from the envelope schema (src/rules/envelope.ts), which a pack's own
 * schema only narrows (its enums, its forms): the one place where a checked value gets its type.
 */
export interface Validate<T> {
  (data: unknown): data is T;
  errors: ErrorObject[] | null;
}

export interface Validators {
  pkg: Validate<PackageData>;
  session?: Validate<SessionData>;
}

interface RawValidate {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
/** One pass's functions: the package's, and the session file's where the pack has sessions. */
interface Pass {
  package: RawValidate;
  session?: RawValidate;
}

/** The file names the build writes, relative to this module's folder (shared with the build script). */
export const generatedFile = (packId: string, pass: 'fast' | 'full'): string => `generated/${packId}.${pass}.cjs`;

function compiledPass(pack: Pack, pass: 'fast' | 'full'): Pass {
  const set = schemaSet(pack);
  const a = ajvFor(set, pass === 'full');
  const pkg = a.getSchema(set.package['$id'] as string)!;
  const session = set.session ? a.getSchema(set.session['$id'] as string) : undefined;
  return session ? { package: pkg, session } : { package: pkg };
}

const loadPass = (pack: Pack, pass: 'fast' | 'full'): Pass => loadGenerated<Pass>(pack, generatedFile(pack.id, pass)) ?? compiledPass(pack, pass);

function twoPass<T>(fast: RawValidate, full: () => RawValidate): Validate<T> {
  const v = ((data: unknown): data is T => {
    if (fast(data)) {
      v.errors = null;
      return true;
    }
    const all = full();
    all(data);
    v.errors = all.errors ?? [];
    return false;
  }) as Validate<T>;
  v.errors = null;
  return v;
}

/** Generated code is code: kept for the process like any loaded module, one entry per pack object. */
const loaded = new WeakMap<Pack, Validators>();

export function validators(pack: Pack): Validators {
  let v = loaded.get(pack);
  if (!v) {
    const fast = loadPass(pack, 'fast');
    let full: Pass | undefined;
    const fullPass = () => (full ??= loadPass(pack, 'full'));
    v = { pkg: twoPass<PackageData>(fast.package, () => fullPass().package) };
    if (fast.session) v.session = twoPass<SessionData>(fast.session, () => fullPass().session!);
    loaded.set(pack, v);
  }
  return v;
}
