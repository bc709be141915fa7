/**
 * The library's loader in the bundle (scripts/build-bundle.ts puts this module in place of ./load.ts): a pack is
 * loaded when a package of its methodology is checked, the draft engine when a draft is, the SARIF report (which
 * loads every pack to describe the rules) when one is written, and nothing of them when a program only imports the
 * library. The library's functions are synchronous (`check` returns its result), so the
 * bundle's own entries for them (`packs/<id>.js`, `draft-engine.js`, `sarif-report.js`, beside this chunk in dist/bundle/) are loaded
 * with `require`, which loads an ES module synchronously on the Node versions package.json "engines" names (20.19+,
 * 22.13+). They are the same module instances a dynamic `import()` of them gives (the command's src/acts/registry.ts
 * `loadPack`): Node keeps one per URL.
 */
import { createRequire } from 'node:module';
import type { Pack } from '../acts/pack.js';
import { packIfLoaded, PACK_IDS, remember } from '../acts/registry.js';
import type { DraftEngine, SarifReport } from './load.js';

export type { DraftEngine, SarifReport };

// Named apart from `require`, which the bundler would read as a module to bundle: these files exist only in the bundle.
const load = createRequire(import.meta.url);

export function usePack(id: string | undefined): void {
  if (id === undefined || !PACK_IDS.includes(id) || packIfLoaded(id)) return;
  const { pack } = load(`./packs/${id}.js`) as { pack: Pack };
  if (pack.id !== id) throw new Error(`the module of pack ${id} holds pack ${pack.id}`);
  remember([pack]);
}

export function allPacks(): readonly Pack[] {
  for (const id of PACK_IDS) usePack(id);
  return PACK_IDS.map((id) => packIfLoaded(id)!);
}

let draft: DraftEngine | undefined;
export const draftEngine = (): DraftEngine => (draft ??= load('./draft-engine.js') as DraftEngine);

let sarif: SarifReport | undefined;
export const sarifReport = (): SarifReport => (sarif ??= load('./sarif-report.js') as SarifReport);
