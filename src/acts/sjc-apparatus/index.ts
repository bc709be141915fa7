/**
 * sjc-apparatus: the methodology for evaluating corps "B" administrative servants of the Apparatus of
 * the Supreme Judicial Council (instruction (өкім) No. 3-4/14 of 14.03.2018, the 2023 wording). Heads (category В-1)
 * are evaluated quarterly on target indicators (App. 1–3), other servants quarterly by ranking
 * (App. 4); everyone yearly by the anonymous 360 method (App. 5–8), with calibration sessions on
 * application (ch. 5). A package is one servant and one quarter (or one year for the 360).
 */
import { withRules, type Pack } from '../pack.js';
import about from './pack.json' with { type: 'json' };
import { act, pending, validity, wordings } from './act.js';
import { ABSENCE_KINDS, RESULTS, RESULT_ROWS_HEADS, RESULT_ROWS_STAFF, SESSION_DECISIONS } from './catalogue.js';
import events from './events.json' with { type: 'json' };
import { forms, servantExtra } from './forms.js';
import { rules } from './rules.js';
import { params } from './params.js';
import unchecked from './unchecked.json' with { type: 'json' };
import appendices from './appendices.json' with { type: 'json' };

export const pack: Pack = withRules(
  {
    ...about,
    act, validity, wordings, pending, appendices, forms, events, servantExtra, params, unchecked,
    session: { kinds: ['calibration'], decisions: SESSION_DECISIONS, grades: RESULTS },
    absenceKinds: ABSENCE_KINDS,
    // App. 7 numbers its twelve competencies 1–12, App. 8 its eight 1–8
    actNumbered: [
      { form: 'result360Heads', names: RESULT_ROWS_HEADS, place: params.resultRowsHeads },
      { form: 'result360Staff', names: RESULT_ROWS_STAFF, place: params.resultRowsStaff },
    ],
  },
  rules,
);
