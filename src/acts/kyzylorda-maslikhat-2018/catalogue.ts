/**
 * kyzylorda-maslikhat-2018 App. 4 groups (act 003, as amended in 2021): 47 category codes in three
 * groups, printed with Latin letters, the digit «0» for the letter «О» and, in some rows, «V» for «В»
 * or «С-Р» for «С-R»; every code is kept as printed in the ҚЫЗМЕТТІК БАСҚАРУ rows and normalised
 * with `normaliseCategoryCode` (B → В, C → С, E → Е, 0 → О).
 *
 * Nine codes sit in two groups: the annotated position («сектор меңгерушісі», «бөлім басшысы»…) reads
 * the first, everyone else the group that marks the code «*» («* осы бағанның жоғары тұрған қатарында
 * көрсетілген тұлғалардан басқа»). The «*» follows the semicolon after the code it qualifies
 * («B-3;*», «C-2 ; *»), so it is read as belonging to the preceding code (reading notes §II.3).
 * The БАСТАМАШЫЛДЫҚ G3 cell is damaged (E-G-4 missing, stray G2 codes): the groups below are those
 * of every other row, used for all eleven competencies.
 */
import type { CompetencyCatalogue, IndicatorGroup } from '../../rules/competency.js';
import { catalogueOf, groupCode as code } from '../b-corps-2018/catalogue.js';
import indicators from './indicators.json' with { type: 'json' };

const HEAD_OF_UNIT = ['құрылымдық бөлімшенің басшысы'];

export const GROUPS: readonly IndicatorGroup[] = [
  {
    id: 'G1',
    printed: 'B-1; B-2 (Қазақстан Республикасының Жоғары Сот Кеңесі аппаратының құрылымдық бөлімше басшысы); C-1; C-0-1; D-1; D-O-1; E-1; E-R-1.',
    codes: [
      code('B-1'),
      code('B-2', { positions: ['Қазақстан Республикасының Жоғары Сот Кеңесі аппаратының құрылымдық бөлімше басшысы'] }),
      code('C-1'), code('C-0-1'), code('D-1'), code('D-O-1'), code('E-1'), code('E-R-1'),
    ],
  },
  {
    id: 'G2',
    printed:
      'B-2;* B-3 (Қазақстан Республикасының Мемлекеттік қызмет істері агенттігі, Қазақстан Республикасы Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі (Сыбайлас жемқорлыққа қарсы қызмет) басқармасының (қызметтің) басшысы); B-4 (сектор меңгерушісі); C-2 (департамент директорының орынбасары); C-3 (басқарма басшысы, басқарма басшысының орынбасары); C-0-2; C-0-3; C-0-4 (бөлім басшысы); C-R-1; C-R-2; C-R-3; D-2; D-3 (құрылымдық бөлімшенің басшысы); D-O-2; D-O-3; E-2; E-3 (құрылымдық бөлімшенің басшысы); E-R-2; E-R-3; E-G-1; E-G-2 (Құрылымдық бөлімшенің басшысы).',
    codes: [
      code('B-2', { except: true }),
      code('B-3', { positions: ['Қазақстан Республикасының Мемлекеттік қызмет істері агенттігі, Қазақстан Республикасы Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі (Сыбайлас жемқорлыққа қарсы қызмет) басқармасының (қызметтің) басшысы'] }),
      code('B-4', { positions: ['сектор меңгерушісі'] }),
      code('C-2', { positions: ['департамент директорының орынбасары'] }),
      code('C-3', { positions: ['басқарма басшысы', 'басқарма басшысының орынбасары'] }),
      code('C-0-2'), code('C-0-3'),
      code('C-0-4', { positions: ['бөлім басшысы'] }),
      code('C-R-1'), code('C-R-2'), code('C-R-3'), code('D-2'),
      code('D-3', { positions: HEAD_OF_UNIT }),
      code('D-O-2'), code('D-O-3'), code('E-2'),
      code('E-3', { positions: HEAD_OF_UNIT }),
      code('E-R-2'), code('E-R-3'), code('E-G-1'),
      code('E-G-2', { positions: HEAD_OF_UNIT }),
    ],
  },
  {
    id: 'G3',
    printed: 'B-3;* B-4 ;* B-5; B-6; C-2 ; * C-3; * C-4; C-5; C-0-4; * C-0-5; C-0-6; C-R-4; C-R-5; D-3; * D-4; D-5; D-O-4; D-O-5; D-O-6; E-3; * E-4; E-5; E-R-4; E-R-5; E-G-2; * E-G-3; E-G-4.',
    codes: [
      code('B-3', { except: true }), code('B-4', { except: true }), code('B-5'), code('B-6'),
      code('C-2', { except: true }), code('C-3', { except: true }), code('C-4'), code('C-5'),
      code('C-0-4', { except: true }), code('C-0-5'), code('C-0-6'), code('C-R-4'), code('C-R-5'),
      code('D-3', { except: true }), code('D-4'), code('D-5'), code('D-O-4'), code('D-O-5'), code('D-O-6'),
      code('E-3', { except: true }), code('E-4'), code('E-5'), code('E-R-4'), code('E-R-5'),
      code('E-G-2', { except: true }), code('E-G-3'), code('E-G-4'),
    ],
  },
];

export const CATALOGUE: CompetencyCatalogue = catalogueOf(GROUPS, indicators);

/** The eleven competencies as App. 4 of act 003 names them (upper case; the first is printed in lower case). */
export const COMPETENCY_NAMES = [
  'ҚЫЗМЕТТІК БАСҚАРУ', 'ЫНТЫМАҚТАСТЫҚ', 'ШЕШІМ ҚАБЫЛДАУ', 'ҚЫЗМЕТТІ ТҰТЫНУШЫҒА БАҒДАРЛАНУ', 'ҚЫЗМЕТТІ ТҰТЫНУШЫҒА АҚПАРАТТАНДЫРУ',
  'ЖЕДЕЛДІЛІК', 'ӨЗДІГІНЕН ДАМУ', 'АДАЛДЫҚ', 'СТРЕССКЕ ОРНЫҚТЫЛЫҚ', 'ЖАУАПКЕРШІЛІК', 'БАСТАМАШЫЛДЫҚ',
] as const;
