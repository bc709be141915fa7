/**
 * The methodology packs, loaded when they are needed (issue 14: pay only for what runs). The packs with their
 * schemas (TypeBox), catalogues and rules are large modules; a blank form needs none of them, and a package needs
 * only its own methodology's. So the registry knows each pack's id and how to import its module, and imports a pack
 * only when it is asked for (`loadPack`, a dynamic import of that pack's own module; `loadAllPacks`, of ./index.ts,
 * which holds them all). What is known of a pack without loading it — its card: the act, its validity, wordings,
 * appendices — is in ./cards.ts, which a check does not need.
 *
 * The async step is taken where a command meets a package (`check` and `render` once a file is parsed and its
 * methodology known); the engines stay synchronous and look a loaded pack up with `loadedPack`. `./index.ts` loads
 * every pack at once for the code that walks them all (explain, methodologies, the API, the tests) and tells this
 * module of them.
 */
import type { Pack } from './pack.js';

type PackModule = { pack: Pack };

/**
 * Each pack, in the order the tool lists them: its id — the name of its folder, which its pack.json repeats
 * (`loadPack` refuses a module whose pack says otherwise, test/acts/registry.test.ts compares them all) — and how to
 * import its module (written out, not a template string, so that a bundler sees each one). Nothing else of a pack
 * is imported here: every module this one imports statically is loaded by every check.
 */
const ENTRIES: readonly { id: string; load: () => Promise<PackModule> }[] = [
  { id: 'mic-2018', load: () => import('./mic-2018/index.js') },
  { id: 'almaty-maslikhat-2018', load: () => import('./almaty-maslikhat-2018/index.js') },
  { id: 'asa-a-corps', load: () => import('./asa-a-corps/index.js') },
  { id: 'asa-b-model', load: () => import('./asa-b-model/index.js') },
  { id: 'kyzylorda-maslikhat-2018', load: () => import('./kyzylorda-maslikhat-2018/index.js') },
  { id: 'sjc-apparatus', load: () => import('./sjc-apparatus/index.js') },
];

const BY_ID = new Map(ENTRIES.map((e) => [e.id, e]));

/** The ids of the packs this version holds, in the order the tool lists them. */
export const PACK_IDS: readonly string[] = ENTRIES.map((e) => e.id);

const loaded = new Map<string, Pack>();

/** Note packs loaded by a static import (./index.ts), so that `loadedPack` finds them. */
export function remember(packs: readonly Pack[]): void {
  for (const p of packs) if (BY_ID.has(p.id)) loaded.set(p.id, p);
}

/** The pack of a methodology id, loaded on first ask (its own module only); undefined for an id we do not hold. */
export async function loadPack(id: string): Promise<Pack | undefined> {
  const have = loaded.get(id);
  if (have) return have;
  const entry = BY_ID.get(id);
  if (!entry) return undefined;
  const { pack } = await entry.load();
  if (pack.id !== id) throw new Error(`the module of pack ${id} holds pack ${pack.id}`);
  loaded.set(id, pack);
  return pack;
}

/** Every pack, loaded (./index.ts, which imports them all, tells this module of them). */
export async function loadAllPacks(): Promise<Pack[]> {
  await import('./index.js');
  return PACK_IDS.map((id) => loadedPack(id)!);
}

/**
 * A pack already loaded, for the synchronous engines: undefined for an id we do not hold. An id we hold whose
 * pack was not loaded yet is the caller's mistake (the command skipped its `loadPack`), and throws: treating it as
 * unknown would pass a package unchecked.
 */
export function loadedPack(id: string): Pack | undefined {
  const p = loaded.get(id);
  if (p || !BY_ID.has(id)) return p;
  throw new Error(`pack ${id} is used before it is loaded (await loadPack first)`);
}

/** The methodology id a package's data names, when it names one as text: the pack to load before it is checked or rendered. */
export function methodologyOf(data: unknown): string | undefined {
  const id = data !== null && typeof data === 'object' ? (data as { methodology?: unknown }).methodology : undefined;
  return typeof id === 'string' ? id : undefined;
}

/** A pack if it has been loaded, without asking for it (a blank render reads its templates without loading it). */
export const packIfLoaded = (id: string): Pack | undefined => loaded.get(id);

/** Is this the bundled pack of its id (loaded here), not another one built with the same id (a test's)? */
export const isBundledPack = (pack: Pack): boolean => loaded.get(pack.id) === pack;
