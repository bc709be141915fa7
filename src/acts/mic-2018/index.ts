/**
 * mic-2018: MIC Order No. 103 of 26.03.2018, the methodology for evaluating corps "B" servants
 * of the Ministry of Information and Communications (act file 000). Annual, five KPIs (cl. 14, 18),
 * eleven competencies against the App. 4 catalogue (cl. 26–27), a commission of at least five (cl. 5).
 */
import type { Pack } from '../pack.js';
import about from './pack.json' with { type: 'json' };
import { familyPack } from '../b-corps-2018/family.js';
import { act, pending, validity, wordings } from './act.js';
import { forms } from './forms.js';
import { params } from './params.js';
import { rules } from './rules.js';
import unchecked from './unchecked.json' with { type: 'json' };
import appendices from './appendices.json' with { type: 'json' };

export const pack: Pack = familyPack({
  ...about,
  act, validity, wordings, pending, appendices, forms, params, rules, unchecked,
});
