/**
 * The engines the library's synchronous functions need, as the TypeScript sources and dist/src/ hold them: every
 * pack, the draft engine and the SARIF report, imported at once. The bundle that `import … from 'bagalau'` loads (package.json
 * "exports") replaces this module by ./load-bundle.ts, which loads each of them when it is first needed
 * (scripts/build-bundle.ts; issue 14: pay only for what runs). Both answer the same (test/api/lazy.test.ts).
 */
import { PACKS } from '../acts/index.js';
import type { Pack } from '../acts/pack.js';
import * as draft from './draft-engine.js';
import * as sarif from '../report/sarif.js';

export type DraftEngine = typeof draft;
/** The SARIF report, which describes every rule it names from its pack (src/report/rule-info.ts loads every pack). */
export type SarifReport = typeof sarif;

/** Makes the pack of methodology `id` known to the checker (src/acts/registry.ts `loadedPack`); nothing for an id we do not hold. */
export function usePack(id: string | undefined): void {
  void id; // every pack is loaded with this module
}

/** Every pack, in the order the tool lists them. */
export const allPacks = (): readonly Pack[] => PACKS;

export const draftEngine = (): DraftEngine => draft;

export const sarifReport = (): SarifReport => sarif;
