/**
 * kyzylorda-maslikhat-2018: the Kyzylorda oblast maslikhat apparatus methodology (Decision No. 199 of
 * 29.03.2018), of which our text (act file 003, Decision No. 68 of 25.11.2021) holds only the amended
 * Appendix 4. A package is checked against that catalogue alone: the competency sheet's indicators
 * against the servant's category group. Everything else is listed in `unchecked`, not borrowed.
 */
import { withRules, type Pack } from '../pack.js';
import about from './pack.json' with { type: 'json' };
import { act, pending, validity, wordings } from './act.js';
import { forms } from './forms.js';
import { params } from './params.js';
import { rules } from './rules.js';
import unchecked from './unchecked.json' with { type: 'json' };
import appendices from './appendices.json' with { type: 'json' };

export const pack: Pack = withRules(
  {
    ...about,
    act, validity, wordings, pending, appendices, forms, params, unchecked,
    events: [],
    absenceKinds: [],
  },
  rules,
);
