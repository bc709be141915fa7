/** The methodology packs, one per act (see ../shared/acts/README.md for the ids). */
import type { Pack } from './pack.js';
import { pack as mic2018 } from './mic-2018/index.js';
import { pack as almaty2018 } from './almaty-maslikhat-2018/index.js';
import { pack as asaA } from './asa-a-corps/index.js';
import { pack as asaB } from './asa-b-model/index.js';
import { pack as kyzylorda2018 } from './kyzylorda-maslikhat-2018/index.js';
import { pack as sjc } from './sjc-apparatus/index.js';

export const PACKS: readonly Pack[] = [mic2018, almaty2018, asaA, asaB, kyzylorda2018, sjc];

const BY_ID = new Map(PACKS.map((p) => [p.id, p]));

export const packById = (id: string): Pack | undefined => BY_ID.get(id);
