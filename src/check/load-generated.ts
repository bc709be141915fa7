/**
 * A module `npm run build` wrote beside this one for a bundled pack (dist/src/check/generated/: the validators
 * of scripts/build-validators.ts, the accessors of scripts/build-accessors.ts), loaded with Node's `require`
 * (in the page, scripts/build-web.ts's `createRequire`). Undefined where there is none: a pack the build did not
 * see (a test's own, even with a bundled pack's id), a run from the TypeScript sources (vitest), a module the
 * page did not register. Then the caller makes the same thing at run time.
 */
import { createRequire } from 'node:module';
import { isBundledPack } from '../acts/registry.js';
import type { Pack } from '../acts/pack.js';

const requireHere = createRequire(import.meta.url);

/** `file` relative to this module's folder, as the build script and the caller name it. */
export function loadGenerated<T>(pack: Pack, file: string): T | undefined {
  if (!isBundledPack(pack)) return undefined;
  try {
    return requireHere(`./${file}`) as T;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') return undefined;
    throw e;
  }
}
