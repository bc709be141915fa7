/**
 * mic-2018: MIC Order No. 103 of 26.03.2018, the methodology for evaluating corps "B" servants
 * of the Ministry of Information and Communications (act file 000). Annual, five KPIs (cl. 14, 18),
 * eleven competencies against the App. 4 catalogue (cl. 26–27), a commission of at least five (cl. 5).
 */
import type { Pack } from '../pack.js';
import { ACT, PENDING, VALIDITY, WORDINGS } from './act.js';
import { EVENTS } from '../b-corps-2018/events.js';
import { FORMS } from './forms.js';
import { KPI_GRADES, PARAMS } from './params.js';
import { RULES } from './rules.js';
import { UNCHECKED } from './unchecked.js';
import { Type } from '@sinclair/typebox';
import { doc } from '../common-schema.js';

export const pack: Pack = {
  id: 'mic-2018',
  act: ACT,
  scope: {
    kk: '"Б" корпусы қызметшілерінің жылдық бағалауы: жеке жұмыс жоспары, НМИ бағалау парағы, құзыреттер бағалау парағы (4-қосымша каталогы бойынша), комиссия, таныстыру, шағым. 2-қосымша мәтінде жоқ.',
    ru: 'Ежегодная оценка служащих корпуса «Б»: индивидуальный план, оценочный лист по ЦИ, лист по компетенциям (по каталогу прил. 4), комиссия, ознакомление, обжалование. Приложение 2 в тексте отсутствует.',
    en: 'Annual evaluation of corps "B" servants: work plan, KPI sheet, competency sheet (against the App. 4 catalogue), commission, familiarisation, appeal. Appendix 2 is missing from the text.',
  },
  validity: { from: VALIDITY.from, fromNote: VALIDITY.fromNote, entry: VALIDITY.entry },
  wordings: WORDINGS,
  pending: PENDING,
  appendices: [
    { no: 1, title: 'Жеке жұмыс жоспары', titleEn: 'Individual work plan', clause: 'cl. 9', formKey: 'workPlan', present: true, note: { kk: 'Мәтінде тақырыбы жоқ; астындағы кесте 2-қосымшаның бағандарын береді, жоспар соның бағандарынан қалпына келтірілді.', ru: 'В тексте без заголовка; таблица под ним содержит столбцы прил. 2, план восстановлен по его столбцам.', en: 'Untitled in the text; the table under it has the App. 2 columns, the plan is reconstructed from them.' } },
    { no: 2, title: 'НМИ бойынша бағалау парағы', titleEn: 'KPI evaluation sheet', clause: 'cl. 17', formKey: 'kpiSheet', present: false, note: { kk: '17-т. сілтейді, бірақ мәтінде жоқ; 1-қосымша тақырыбы астында басылған кесте пайдаланылды.', ru: 'П. 17 ссылается, но в тексте нет; использована таблица под заголовком прил. 1.', en: 'Referenced by cl. 17 but absent; the table printed under the App. 1 header is used.' } },
    { no: 3, title: 'Құзыреттер бойынша бағалау парағы', titleEn: 'Competency evaluation sheet', clause: 'cl. 25', formKey: 'competencySheet', present: true },
    { no: 4, title: 'Құзыреттердің мінез-құлық индикаторлары', titleEn: 'Behavioural indicators of competencies', clause: 'cl. 26', present: true },
    { no: 5, title: 'Бағалау жөніндегі комиссия отырысының хаттамасы', titleEn: 'Protocol of the evaluation commission', clause: 'cl. 39', formKey: 'protocol', present: true },
  ],
  forms: FORMS,
  events: EVENTS,
  session: { kinds: ['commission'], decisions: PARAMS.decisions.value, grades: KPI_GRADES },
  servantExtra: {
    publicServices: Type.Optional(Type.Boolean(doc('лауазымдық міндеттеріне мемлекеттік қызмет көрсету мәселелері жатады', 'duties include providing public services (App. 3 footnote)'))),
    supervisorIsFirstHead: Type.Optional(Type.Boolean(doc('тікелей басшысы мемлекеттік органның бірінші басшысы', 'the direct supervisor is the first head of the state body (cl. 11, 20)'))),
  },
  absenceKinds: PARAMS.absenceKinds.value,
  categoryCodes: { clause: 'App. 4', quote: 'C-2 (департамент директорының орынбасары)' },
  rules: RULES,
  unchecked: UNCHECKED,
};
