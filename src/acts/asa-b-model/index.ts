/**
 * asa-b-model: Annex 2 of act 002, the MODEL methodology for evaluating corps "Б" administrative
 * civil servants (quarterly grades 0–5 on two sheets, calibration sessions). Every state body's own
 * methodology is built on it, and it applies directly where a body has none (cl. 2).
 */
import type { Pack } from '../pack.js';
import about from './pack.json' with { type: 'json' };
import { act, pending, validity, wordings } from './act.js';
import { annexPack } from '../asa-order-13/act.js';
import { RESULTS, SESSION_DECISIONS, SESSION_KINDS } from './catalogue.js';
import events from './events.json' with { type: 'json' };
import { forms, servantExtra } from './forms.js';
import { rules } from './rules.js';
import { params } from './params.js';
import unchecked from './unchecked.json' with { type: 'json' };
import appendices from './appendices.json' with { type: 'json' };

export const pack: Pack = annexPack({
  ...about,
  act, validity, wordings, pending, appendices, forms, events, servantExtra, params, rules, unchecked,
  session: { kinds: SESSION_KINDS, decisions: SESSION_DECISIONS, grades: RESULTS },
});
