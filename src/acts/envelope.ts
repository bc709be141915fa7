/**
 * The package envelope of one methodology: one servant, one period, the filled forms,
 * the dated events and the commission or calibration session (inline or in its own file).
 * The schema is built on the rules floor (../rules/envelope.ts), which derives the rules' types from it.
 */
import type { TObject, TSchema } from 'typebox';
import { Envelope, Session } from '../rules/envelope.js';
import type { Pack } from './pack.js';

export { SCHEMA_BASE, schemaId } from '../rules/envelope.js';

/** The session schema of a pack (for session files that many packages refer to). */
export function sessionSchema(pack: Pack): TSchema | undefined {
  if (!pack.session) return undefined;
  return Session(pack.session.kinds, pack.session.decisions, pack.session.grades, pack.session.decisionExtra);
}

export function packageSchema(pack: Pack): TObject {
  const session = sessionSchema(pack);
  return Envelope({
    id: pack.id,
    title: pack.act.title.kk,
    forms: pack.forms,
    absenceKinds: pack.absenceKinds,
    ...(pack.servantExtra ? { servantExtra: pack.servantExtra } : {}),
    eventTypes: pack.events.map((e) => e.type),
    ...(session ? { session } : {}),
  });
}
