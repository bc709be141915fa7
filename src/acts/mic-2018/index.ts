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

export const pack: Pack = familyPack({
  id: 'mic-2018',
  act,
  scope: {
    kk: '"Б" корпусы қызметшілерінің жылдық бағалауы: жеке жұмыс жоспары, НМИ бағалау парағы, құзыреттер бағалау парағы (4-қосымша каталогы бойынша), комиссия, таныстыру, шағым. 2-қосымша мәтінде жоқ.',
    ru: 'Ежегодная оценка служащих корпуса «Б»: индивидуальный план, оценочный лист по ЦИ, лист по компетенциям (по каталогу прил. 4), комиссия, ознакомление, обжалование. Приложение 2 в тексте отсутствует.',
    en: 'Annual evaluation of corps "B" servants: work plan, KPI sheet, competency sheet (against the App. 4 catalogue), commission, familiarisation, appeal. Appendix 2 is missing from the text.',
  },
  validity,
  wordings,
  pending,
  appendices: [
    { no: 1, title: 'Жеке жұмыс жоспары', titleEn: 'Individual work plan', clause: 'cl. 9', formKey: 'workPlan', present: true, note: { kk: 'Мәтінде тақырыбы жоқ; астындағы кесте 2-қосымшаның бағандарын береді, жоспар соның бағандарынан қалпына келтірілді.', ru: 'В тексте без заголовка; таблица под ним содержит столбцы прил. 2, план восстановлен по его столбцам.', en: 'Untitled in the text; the table under it has the App. 2 columns, the plan is reconstructed from them.' } },
    { no: 2, title: 'НМИ бойынша бағалау парағы', titleEn: 'KPI evaluation sheet', clause: 'cl. 17', formKey: 'kpiSheet', present: false, note: { kk: '17-т. сілтейді, бірақ мәтінде жоқ; 1-қосымша тақырыбы астында басылған кесте пайдаланылды.', ru: 'П. 17 ссылается, но в тексте нет; использована таблица под заголовком прил. 1.', en: 'Referenced by cl. 17 but absent; the table printed under the App. 1 header is used.' } },
    { no: 3, title: 'Құзыреттер бойынша бағалау парағы', titleEn: 'Competency evaluation sheet', clause: 'cl. 25', formKey: 'competencySheet', present: true },
    { no: 4, title: 'Құзыреттердің мінез-құлық индикаторлары', titleEn: 'Behavioural indicators of competencies', clause: 'cl. 26', present: true },
    { no: 5, title: 'Бағалау жөніндегі комиссия отырысының хаттамасы', titleEn: 'Protocol of the evaluation commission', clause: 'cl. 39', formKey: 'protocol', present: true },
  ],
  forms,
  categoryCodes: { clause: 'App. 4', quote: 'C-2 (департамент директорының орынбасары)' },
  params,
  rules,
  unchecked,
});
