/**
 * mic-2018: MIC Order No. 103 of 26.03.2018, the methodology for evaluating corps "B" servants
 * of the Ministry of Information and Communications (act file 000). Annual, five KPIs (cl. 14, 18),
 * eleven competencies against the App. 4 catalogue (cl. 26–27), a commission of at least five (cl. 5).
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
  id: 'mic-2018',
  act, validity, wordings, pending, appendices, forms, params, rules, unchecked,
  scope: {
    kk: '"Б" корпусы қызметшілерінің жылдық бағалауы: жеке жұмыс жоспары, НМИ бағалау парағы, құзыреттер бағалау парағы (4-қосымша каталогы бойынша), комиссия, таныстыру, шағым. 2-қосымша мәтінде жоқ.',
    ru: 'Ежегодная оценка служащих корпуса «Б»: индивидуальный план, оценочный лист по ЦИ, лист по компетенциям (по каталогу прил. 4), комиссия, ознакомление, обжалование. Приложение 2 в тексте отсутствует.',
    en: 'Annual evaluation of corps "B" servants: work plan, KPI sheet, competency sheet (against the App. 4 catalogue), commission, familiarisation, appeal. Appendix 2 is missing from the text.',
  },
  categoryCodes: { clause: 'App. 4', quote: 'C-2 (департамент директорының орынбасары)' },
});
