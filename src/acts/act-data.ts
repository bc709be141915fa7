/**
 * An act's metadata, validity, wordings and pending amendments as data (a pack's `act.json`): read as
 * JSON, the one field JSON cannot type (the kind of act) is checked here, so a mistake is said at load.
 */
import type { ActMeta, Pack, PendingAmendment, Wording } from './pack.js';

const KINDS: ReadonlyArray<ActMeta['kind']> = ['бұйрық', 'шешім', 'өкім'];

export interface ActData {
  act: ActMeta;
  validity: Pack['validity'];
  wordings: Wording[];
  pending: PendingAmendment[];
}

/** The act's parts from its act.json. */
export function actData(json: Omit<ActData, 'act'> & { act: Omit<ActMeta, 'kind'> & { kind: string } }): ActData {
  const kind = KINDS.find((k) => k === json.act.kind);
  if (!kind) throw new Error(`act.json: «${json.act.kind}» is not a kind of act (${KINDS.join(', ')})`);
  return { act: { ...json.act, kind }, validity: json.validity, wordings: json.wordings, pending: json.pending };
}
