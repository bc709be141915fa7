/**
 * kyzylorda-maslikhat-2018: the Kyzylorda oblast maslikhat apparatus methodology (Decision No. 199 of
 * 29.03.2018), of which our text (act file 003, Decision No. 68 of 25.11.2021) holds only the amended
 * Appendix 4. A package is checked against that catalogue alone: the competency sheet's indicators
 * against the servant's category group. Everything else is listed in `unchecked`, not borrowed.
 */
import type { Pack } from '../pack.js';
import { act, pending, validity, wordings } from './act.js';
import { forms } from './forms.js';
import { params } from './params.js';
import { rules } from './rules.js';
import unchecked from './unchecked.json' with { type: 'json' };
import appendices from './appendices.json' with { type: 'json' };

export const pack: Pack = {
  id: 'kyzylorda-maslikhat-2018',
  act, validity, wordings, pending, appendices, forms, params, rules, unchecked,
  scope: {
    kk: 'Тек 4-қосымша (құзыреттердің мінез-құлық индикаторлары, 2021 жылғы редакция): қызметшінің санаты 47 кодтың бірі ме, екі топта тұрған код лауазымы бойынша қай топқа жатады, парақтағы индикаторлар сол топтікі ме. Әдістеменің қалған ережелері мен нысандары бізде жоқ және тексерілмейді.',
    ru: 'Только приложение 4 (индикаторы поведения, редакция 2021 г.): входит ли категория служащего в 47 кодов, к какой группе относится код из двух групп по должности, из этой ли группы индикаторы листа. Остальные положения и формы методики у нас отсутствуют и не проверяются.',
    en: "Appendix 4 only (behavioural indicators, 2021 wording): whether the servant's category is one of the 47 codes, which group a code listed twice belongs to by position, and whether the sheet's indicators are that group's. The methodology's other provisions and forms are not in our text and are not checked.",
  },
  events: [],
  absenceKinds: [],
  categoryCodes: { clause: 'App. 4', quote: 'B-1; B-2 (Қазақстан Республикасының Жоғары Сот Кеңесі аппаратының құрылымдық бөлімше' },
};
