/**
 * What is known of each methodology pack without loading it: its card — the act, its validity, the wordings and
 * amendments we hold, its appendices. Small data the pack itself is built from, read from the same modules (the id
 * from its pack.json), for the commands that show a pack without checking a package (a blank form, the wording
 * report). A check needs none of it: ./registry.ts, which it loads, knows only the packs' ids and modules.
 */
import type { Pack } from './pack.js';
import { PACK_IDS } from './registry.js';
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

const CARDS = [
  card(micAbout.id, micAct, micAppendices),
  card(almatyAbout.id, almatyAct, almatyAppendices),
  card(asaAAbout.id, asaAAct, asaAAppendices),
  card(asaBAbout.id, asaBAct, asaBAppendices),
  card(kyzylordaAbout.id, kyzylordaAct, kyzylordaAppendices),
  card(sjcAbout.id, sjcAct, sjcAppendices),
];
const BY_ID = new Map(CARDS.map((c) => [c.id, c]));

/** The cards of every pack, in the order of the registry's PACK_IDS. */
export const PACK_CARDS: readonly PackCard[] = PACK_IDS.map((id) => {
  const c = BY_ID.get(id);
  if (!c) throw new Error(`the registry names pack ${id}, which has no card here`);
  return c;
});

/** A pack's card, without loading the pack; undefined for an id we do not hold. */
export const packCard = (id: string): PackCard | undefined => BY_ID.get(id);
