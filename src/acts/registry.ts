/**
 * The methodology packs, loaded when they are needed (issue 14: pay only for what runs). The packs with their
 * schemas (TypeBox), catalogues and rules are large modules; a blank form needs none of them. So the registry knows
 * each pack's id and its card — the act, its validity, the wordings and amendments we hold, its appendices: small
 * data the pack itself is built from, read from the same modules (the id from its pack.json) — and imports the packs
 * only when one is asked for (`loadPack`, a dynamic import of ./index.ts, which holds them all).
 *
 * The async step is taken where a command meets a package (`render` before it validates one); the engines stay
 * synchronous and look a loaded pack up with `loadedPack`. `./index.ts` loads every pack at once for the code that
 * walks them all (check, explain, methodologies, the API, the tests) and tells this module of them.
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

/**
 * Each pack, in the order the tool lists them: its card. The packs themselves load together (`./index.ts`, one dynamic
 * import): one import per pack split the bundle's packs and shared rules into ~30 more chunks, which `check` (it loads
 * every pack) paid for in files read and compiled — more than a filled render saves by loading one pack. A blank form
 * loads none.
 */
const ENTRIES: readonly { card: PackCard }[] = [
  { card: card(micAbout.id, micAct, micAppendices) },
  { card: card(almatyAbout.id, almatyAct, almatyAppendices) },
  { card: card(asaAAbout.id, asaAAct, asaAAppendices) },
  { card: card(asaBAbout.id, asaBAct, asaBAppendices) },
  { card: card(kyzylordaAbout.id, kyzylordaAct, kyzylordaAppendices) },
  { card: card(sjcAbout.id, sjcAct, sjcAppendices) },
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

/** The pack of a methodology id, loaded on first ask; undefined for an id we do not hold. */
export async function loadPack(id: string): Promise<Pack | undefined> {
  const have = loaded.get(id);
  if (have) return have;
  if (!BY_ID.has(id)) return undefined;
  // ./index.ts tells this module of every pack it imports (`remember`)
  await import('./index.js');
  const pack = loaded.get(id);
  if (!pack) throw new Error(`./index.ts does not hold pack ${id}`);
  return pack;
}

/** Every pack, loaded. */
export const loadAllPacks = async (): Promise<Pack[]> => Promise.all(PACK_IDS.map(async (id) => (await loadPack(id))!));

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
