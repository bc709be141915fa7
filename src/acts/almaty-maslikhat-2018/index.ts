/**
 * almaty-maslikhat-2018: Almaty city maslikhat Decision No. 211 of 17.04.2018, the methodology for
 * corps "B" servants of the maslikhat apparatus (act file 001; repealed by Decision No. 153 of
 * 12.09.2022). The same 44 clauses as the Model methodology (../b-corps-2018/procedure.ts); App. 4
 * gives indicators for D-1, D-3 and D-4 only; App. 5 is missing.
 */
import type { Pack } from '../pack.js';
import { familyPack } from '../b-corps-2018/family.js';
import { act, pending, validity, wordings } from './act.js';
import { forms } from './forms.js';
import { params } from './params.js';
import { rules } from './rules.js';
import unchecked from './unchecked.json' with { type: 'json' };
import appendices from './appendices.json' with { type: 'json' };

export const pack: Pack = familyPack({
  id: 'almaty-maslikhat-2018',
  act, validity, wordings, pending, appendices, forms, params, rules, unchecked,
  scope: {
    kk: 'Алматы қаласы мәслихаты аппаратының "Б" корпусы қызметшілерінің жылдық бағалауы (2018–2022): жеке жұмыс жоспары, НМИ бағалау парағы, құзыреттер (D-1, D-3, D-4 санаттары ғана), комиссия, таныстыру, шағым. 5-қосымша мәтінде жоқ.',
    ru: 'Ежегодная оценка служащих корпуса «Б» аппарата маслихата г. Алматы (2018–2022): индивидуальный план, лист по ЦИ, компетенции (только категории D-1, D-3, D-4), комиссия, ознакомление, обжалование. Приложения 5 в тексте нет.',
    en: 'Annual evaluation of corps "B" servants of the Almaty city maslikhat apparatus (2018–2022): work plan, KPI sheet, competencies (categories D-1, D-3, D-4 only), commission, familiarisation, appeal. Appendix 5 is missing.',
  },
  categoryCodes: { clause: 'App. 4', quote: 'D-3 (құрылымдық бөлімшенің басшысы);' },
});
