/**
 * What makes a pack of the 2018 corps "B" family (mic-2018, almaty-maslikhat-2018) besides its own act's
 * words: the envelope fields both acts' rules read, the provisions neither package can show, and the
 * parts of the pack that follow from the params (session decisions and grades, absences, events, rules).
 */
import { Type } from '../../law/schema-type.js';
import { doc } from '../../rules/envelope.js';
import { withRules, type Pack, type Unchecked } from '../pack.js';
import type { Rule } from '../../rules/rule.js';
import EVENTS from './events.json' with { type: 'json' };
import { KPI_GRADES } from './catalogue.js';
import type { ProcedureParams } from './procedure.js';
import shared from './unchecked.json' with { type: 'json' };

/** The servant's envelope fields the family's rules read (App. 3 footnote; cl. 11, 20). */
export const servantExtra = {
  publicServices: Type.Optional(Type.Boolean(doc('лауазымдық міндеттеріне мемлекеттік қызмет көрсету мәселелері жатады', 'duties include providing public services (App. 3 footnote)'))),
  supervisorIsFirstHead: Type.Optional(Type.Boolean(doc('тікелей басшысы мемлекеттік органның бірінші басшысы', 'the direct supervisor is the first head of the state body (cl. 11, 20)'))),
};

/** The pack's own act-level parts; the rest follows from the family. */
export type FamilyParts = Omit<Pack, 'session' | 'servantExtra' | 'absenceKinds' | 'events' | 'unchecked' | 'params' | 'rules'> & {
  params: ProcedureParams;
  unchecked: readonly Unchecked[];
  /** Builds the rules, when they are first read (`withRules`). */
  rules: () => Rule[];
};

/** A pack of the family: the session, absences and events its params and the family give, the provisions the family leaves unchecked and the pack's own. */
export function familyPack({ params, unchecked, rules, ...own }: FamilyParts): Pack {
  return withRules({
    ...own,
    params,
    events: EVENTS,
    session: { kinds: ['commission'], decisions: params.decisions.value, grades: KPI_GRADES },
    // App. 3 numbers its eleven competencies 1–11 (rows 6–7 for servants who provide public services only)
    actNumbered: [{ form: 'competencySheet', names: params.competencyRows.value, place: params.competencyRows }],
    servantExtra,
    absenceKinds: params.absenceKinds.value,
    unchecked: [...shared, ...unchecked],
  }, rules);
}
