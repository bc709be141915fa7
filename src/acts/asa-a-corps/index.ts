/**
 * asa-a-corps: Annex 1 of act 002, the methodology for evaluating corps "А" administrative civil
 * servants: annual agreement with 5 KPIs, percent-to-grade tables (App. 4, App. 5), review, National Commission.
 */
import type { Pack } from '../pack.js';
import about from './pack.json' with { type: 'json' };
import { act, pending, validity, wordings } from './act.js';
import { annexPack } from '../asa-order-13/act.js';
import { COMMISSION, COMMISSION_DECISIONS, RESULTS } from './catalogue.js';
import events from './events.json' with { type: 'json' };
import { forms, INTERVIEW_FIELDS, REVISION_FIELDS, servantExtra } from './forms.js';
import { rules } from './rules.js';
import { params } from './params.js';
import unchecked from './unchecked.json' with { type: 'json' };
import appendices from './appendices.json' with { type: 'json' };

export const pack: Pack = annexPack({
  ...about,
  act, validity, wordings, pending, appendices, forms, events, servantExtra, params, rules, unchecked,
  session: { kinds: COMMISSION, decisions: COMMISSION_DECISIONS, grades: RESULTS, decisionExtra: { ...INTERVIEW_FIELDS, ...REVISION_FIELDS } },
});
