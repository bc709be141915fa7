/**
 * almaty-maslikhat-2018 App. 4 catalogue: the act gives indicators for three categories only —
 * «D-1;», «D-3 (құрылымдық бөлімшенің басшысы);» and «D-4;» (Latin D, as printed). Any other
 * category of the maslikhat apparatus (D-2, D-5, D-O-x…) has no indicator set: the competency rule
 * reports the gap rather than borrowing another category's indicators. The D-3 annotation is
 * shown, not enforced (D-3 is listed once).
 */
import type { CompetencyCatalogue, IndicatorGroup } from '../../rules/competency.js';
import { catalogueOf, groupCode as code } from '../b-corps-2018/catalogue.js';
import indicators from './indicators.json' with { type: 'json' };

export const GROUPS: readonly IndicatorGroup[] = [
  { id: 'D-1', printed: 'D-1;', codes: [code('D-1')] },
  { id: 'D-3', printed: 'D-3 (құрылымдық бөлімшенің басшысы);', codes: [code('D-3', { positions: ['құрылымдық бөлімшенің басшысы'] })] },
  { id: 'D-4', printed: 'D-4;', codes: [code('D-4')] },
];

export const CATALOGUE: CompetencyCatalogue = catalogueOf(GROUPS, indicators);
