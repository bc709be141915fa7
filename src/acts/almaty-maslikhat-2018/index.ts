/**
 * almaty-maslikhat-2018: Almaty city maslikhat Decision No. 211 of 17.04.2018, the methodology for
 * corps "B" servants of the maslikhat apparatus (act file 001; repealed by Decision No. 153 of
 * 12.09.2022). The same 44 clauses as the Model methodology (../b-corps-2018/procedure.ts); App. 4
 * gives indicators for D-1, D-3 and D-4 only; App. 5 is missing.
 */
import { Type } from '@sinclair/typebox';
import type { Pack } from '../pack.js';
import { doc } from '../common-schema.js';
import { EVENTS } from '../b-corps-2018/events.js';
import { ACT, PENDING, VALIDITY, WORDINGS } from './act.js';
import { FORMS } from './forms.js';
import { KPI_GRADES, PARAMS } from './params.js';
import { RULES } from './rules.js';
import { UNCHECKED } from './unchecked.js';

export const pack: Pack = {
  id: 'almaty-maslikhat-2018',
  act: ACT,
  scope: {
    kk: 'Алматы қаласы мәслихаты аппаратының "Б" корпусы қызметшілерінің жылдық бағалауы (2018–2022): жеке жұмыс жоспары, НМИ бағалау парағы, құзыреттер (D-1, D-3, D-4 санаттары ғана), комиссия, таныстыру, шағым. 5-қосымша мәтінде жоқ.',
    ru: 'Ежегодная оценка служащих корпуса «Б» аппарата маслихата г. Алматы (2018–2022): индивидуальный план, лист по ЦИ, компетенции (только категории D-1, D-3, D-4), комиссия, ознакомление, обжалование. Приложения 5 в тексте нет.',
    en: 'Annual evaluation of corps "B" servants of the Almaty city maslikhat apparatus (2018–2022): work plan, KPI sheet, competencies (categories D-1, D-3, D-4 only), commission, familiarisation, appeal. Appendix 5 is missing.',
  },
  validity: { from: VALIDITY.from, to: VALIDITY.to, fromNote: VALIDITY.fromNote, entry: VALIDITY.entry, repealedBy: VALIDITY.repealedBy, repeal: VALIDITY.repeal },
  wordings: WORDINGS,
  pending: PENDING,
  appendices: [
    { no: 1, title: '"Б" корпусы мемлекеттік әкімшілік қызметшісінің жеке жұмыс жоспары', titleEn: 'Individual work plan', clause: 'cl. 9', formKey: 'workPlan', present: true },
    { no: 2, title: 'НМИ бойынша бағалау парағы', titleEn: 'KPI evaluation sheet', clause: 'cl. 17', formKey: 'kpiSheet', present: true },
    { no: 3, title: 'Құзыреттер бойынша бағалау парағы', titleEn: 'Competency evaluation sheet', clause: 'cl. 25', formKey: 'competencySheet', present: true },
    { no: 4, title: 'Құзыреттердің мінез-құлық индикаторлары', titleEn: 'Behavioural indicators of competencies', clause: 'cl. 26', present: true },
    { no: 5, title: 'Комиссия отырысының хаттамасы', titleEn: 'Protocol of the commission session', clause: 'cl. 39', formKey: 'protocol', present: false, note: { kk: '36 және 39-т. сілтейді, бірақ мәтінде жоқ; `protocol` тек 38–39-т. атаған өрістерді ұстайды.', ru: 'Пп. 36 и 39 ссылаются, но в тексте нет; `protocol` содержит лишь поля, названные в пп. 38–39.', en: 'Referenced by cl. 36 and 39 but absent; `protocol` holds only what cl. 38–39 name.' } },
  ],
  forms: FORMS,
  events: EVENTS,
  session: { kinds: ['commission'], decisions: PARAMS.decisions.value, grades: KPI_GRADES },
  servantExtra: {
    publicServices: Type.Optional(Type.Boolean(doc('лауазымдық міндеттеріне мемлекеттік қызмет көрсету мәселелері жатады', 'duties include providing public services (App. 3 footnote)'))),
    supervisorIsFirstHead: Type.Optional(Type.Boolean(doc('тікелей басшысы мемлекеттік органның бірінші басшысы', 'the direct supervisor is the first head of the state body (cl. 11, 20)'))),
  },
  absenceKinds: PARAMS.absenceKinds.value,
  categoryCodes: { clause: 'App. 4', quote: 'D-3 (құрылымдық бөлімшенің басшысы);' },
  rules: RULES,
  unchecked: UNCHECKED,
};
