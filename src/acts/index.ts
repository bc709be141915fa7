/**
 * Every methodology pack, loaded at once (see ../shared/acts/README.md for the ids): for the code that walks
 * them all — explain, methodologies, the library API, the build scripts, the tests. A command that meets one
 * methodology at a time loads only its pack through ./registry.ts, which this module tells of the packs it holds.
 */
import type { Pack } from './pack.js';
import { PACK_IDS, remember } from './registry.js';
import { pack as mic2018 } from './mic-2018/index.js';
import { pack as almaty2018 } from './almaty-maslikhat-2018/index.js';
import { pack as asaA } from './asa-a-corps/index.js';
import { pack as asaB } from './asa-b-model/index.js';
import { pack as kyzylorda2018 } from './kyzylorda-maslikhat-2018/index.js';
import { pack as sjc } from './sjc-apparatus/index.js';

const ALL = [mic2018, almaty2018, asaA, asaB, kyzylorda2018, sjc];
const BY_ID = new Map(ALL.map((p) => [p.id, p]));

/** In the registry's order (PACK_IDS). */
export const PACKS: readonly Pack[] = PACK_IDS.map((id) => {
  const p = BY_ID.get(id);
  if (!p) throw new Error(`the registry names pack ${id}, which this module does not import`);
  return p;
});
remember(PACKS);

export const packById = (id: string): Pack | undefined => BY_ID.get(id);
