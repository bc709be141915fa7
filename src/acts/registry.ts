/**
 * The methodology packs, loaded when they are needed (issue 14: pay only for what runs). The packs with their
 * schemas (TypeBox), catalogues and rules are large modules; a blank form needs none of them, and a package needs
 * only its own methodology's. So the registry knows each pack's id and its card — the act, its validity, the
 * wordings and amendments we hold, its appendices: small data the pack itself is built from, read from the same
 * modules (the id from its pack.json) — and imports a pack only when it is asked for (`loadPack`, a dynamic import
 * of that pack's own module; `loadAllPacks`, of ./index.ts, which holds them all).
 *
 * The async step is taken where a command meets a package (`check` and `render` once a file is parsed and its
 * methodology known); the engines stay synchronous and look a loaded pack up with `loadedPack`. `./index.ts` loads
 * every pack at once for the code that walks them all (explain, methodologies, the API, the tests) and tells this
 * module of them.
 */
import type { Pack } from './pack.js';
import * as micAct from './mic-2018/act.js';
import micAppendices from './mic-2018/appendices.json' with { type: 'json' };
import micAbout from './mic-2018/pack.json' with { type: 'json' };
import * as almatyAct from './almaty-maslikhat-2018/act.js';
import almatyAppendices from './almaty-maslikhat-2018/appendices.json' with { type: 'json' };
import almatyAbout from './almaty-maslikhat-2018/pack.json' with { type: 'json' };
import * as asaAAct from './asa-a-corps/act.js';
import asaAAppendices from './asa-a-corps/appendices.json' with { type: 'json' };
import asaAAbout from './asa-a-corps/pack.json' with { type: 'json' };
import * as asaBAct from './asa-b-model/act.js';
import asaBAppendices from './asa-b-model/appendices.json' with { type: 'json' };
import asaBAbout from './asa-b-model/pack.json' with { type: 'json' };
import * as kyzylordaAct from './kyzylorda-maslikhat-2018/act.js';
import kyzylordaAppendices from './kyzylorda-maslikhat-2018/appendices.json' with { type: 'json' };
import kyzylordaAbout from './kyzylorda-maslikhat-2018/pack.json' with { type: 'json' };
import * as sjcAct from './sjc-apparatus/act.js';
import sjcAppendices from './sjc-apparatus/appendices.json' with { type: 'json' };
import sjcAbout from './sjc-apparatus/pack.json' with { type: 'json' };

/** What is known of a pack without loading it: the parts it takes from its act module and its appendices file. */
export type PackCard = Pick<Pack, 'id' | 'act' | 'validity' | 'wordings' | 'pending' | 'appendices'>;

type ActModule = Pick<Pack, 'act' | 'validity' | 'wordings' | 'pending'>;
const card = (id: string, m: ActModule, appendices: Pack['appendices']): PackCard => ({ id, act: m.act, validity: m.validity, wordings: m.wordings, pending: m.pending, appendices });

type PackModule = { pack: Pack };

/**
 * Each pack, in the order the tool lists them: its card, and how to import its module (written out, not a template
 * string, so that a bundler sees each one). A check of one file loads the one pack its package names; a folder loads
 * each pack when it first meets it. A blank form loads none.
 */
const ENTRIES: readonly { card: PackCard; load: () => Promise<PackModule> }[] = [
  { card: card(micAbout.id, micAct, micAppendices), load: () => import('./mic-2018/index.js') },
  { card: card(almatyAbout.id, almatyAct, almatyAppendices), load: () => import('./almaty-maslikhat-2018/index.js') },
  { card: card(asaAAbout.id, asaAAct, asaAAppendices), load: () => import('./asa-a-corps/index.js') },
  { card: card(asaBAbout.id, asaBAct, asaBAppendices), load: () => import('./asa-b-model/index.js') },
  { card: card(kyzylordaAbout.id, kyzylordaAct, kyzylordaAppendices), load: () => import('./kyzylorda-maslikhat-2018/index.js') },
  { card: card(sjcAbout.id, sjcAct, sjcAppendices), load: () => import('./sjc-apparatus/index.js') },
];

const BY_ID = new Map(ENTRIES.map((e) => [e.card.id, e]));

/** The ids of the packs this version holds, in the order the tool lists them. */
export const PACK_IDS: readonly string[] = ENTRIES.map((e) => e.card.id);

/** The cards of every pack, in the order of PACK_IDS. */
export const PACK_CARDS: readonly PackCard[] = ENTRIES.map((e) => e.card);

/** A pack's card, without loading the pack; undefined for an id we do not hold. */
export const packCard = (id: string): PackCard | undefined => BY_ID.get(id)?.card;

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

/** A pack if it has been loaded, without asking for it (a blank render reads its templates without loading it). */
export const packIfLoaded = (id: string): Pack | undefined => loaded.get(id);

/** Is this the bundled pack of its id (loaded here), not another one built with the same id (a test's)? */
export const isBundledPack = (pack: Pack): boolean => loaded.get(pack.id) === pack;
