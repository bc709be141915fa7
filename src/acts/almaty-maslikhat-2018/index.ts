/**
 * almaty-maslikhat-2018: Almaty city maslikhat Decision No. 211 of 17.04.2018, the methodology for
 * corps "B" servants of the maslikhat apparatus (act file 001; repealed by Decision No. 153 of
 * 12.09.2022). The same 44 clauses as the Model methodology (../b-corps-2018/procedure.ts); App. 4
 * gives indicators for D-1, D-3 and D-4 only; App. 5 is missing.
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
