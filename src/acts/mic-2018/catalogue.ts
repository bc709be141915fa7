/**
 * mic-2018 App. 4 catalogue: the three category groups of «Мемлекеттік әкімшілік лауазымдар санаты»
 * (printed identically, script aside, in every competency's rows) and the indicators of ./indicators.json.
 * Codes are kept as printed and normalised with `normaliseCategoryCode` (digit «0» → letter «О»,
 * spaces dropped). The position annotations of G2 are shown, not enforced: act 000 lists each code
 * in one group only, so a С-2/С-3/С-О-4 servant in another post is still read against G2
 * (a choice; the reading notes call such posts a coverage gap).
 */
import type { CompetencyCatalogue, IndicatorGroup } from '../../rules/competency.js';
import { catalogueOf, groupCode as code } from '../b-corps-2018/catalogue.js';
import indicators from './indicators.json' with { type: 'json' };

export const GROUPS: readonly IndicatorGroup[] = [
  { id: 'G1', printed: 'С - 1 ; С-0-1.', codes: [code('С - 1'), code('С-0-1')] },
  {
    id: 'G2',
    printed: 'С-2 (департамент директорының орынбасары); С-3 (басқарма басшысы, басқарма басшысының орынбасары); С-0-4 (бөлім басшысы).',
    codes: [
      code('С-2', { positions: ['департамент директорының орынбасары'] }),
      code('С-3', { positions: ['басқарма басшысы', 'басқарма басшысының орынбасары'] }),
      code('С-0-4', { positions: ['бөлім басшысы'] }),
    ],
  },
  { id: 'G3', printed: 'С - 4 ; С - 5 ; С-0-5.', codes: [code('С - 4'), code('С - 5'), code('С-0-5')] },
];

export const CATALOGUE: CompetencyCatalogue = catalogueOf(GROUPS, indicators);
