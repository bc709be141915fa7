/**
 * asa-b-model: Annex 2 of act 002, the MODEL methodology for evaluating corps "Б" administrative
 * civil servants (quarterly grades 0–5 on two sheets, calibration sessions). Every state body's own
 * methodology is built on it, and it applies directly where a body has none (cl. 2).
 */
import type { Pack } from '../pack.js';
import { act, pending, validity, wordings } from './act.js';
import { ABSENCE_KINDS } from '../asa-order-13/act.js';
import { RESULTS, SESSION_DECISIONS, SESSION_KINDS } from './catalogue.js';
import events from './events.json' with { type: 'json' };
import { forms, servantExtra } from './forms.js';
import { rules } from './rules.js';
import { params } from './params.js';
import unchecked from './unchecked.json' with { type: 'json' };
import appendices from './appendices.json' with { type: 'json' };

export const pack: Pack = {
  id: 'asa-b-model',
  act, validity, wordings, pending, appendices, forms, events, servantExtra, params, rules, unchecked,
  scope: {
    kk: '2-қосымша толық: тоқсандық бағалау (1, 2-қосымшалардағы бағалау парақтары), калибрлеу сессиялары, кері байланыс. Мемлекеттік органның өз әдістемесі бұл пакетпен тексерілмейді.',
    ru: 'Приложение 2 полностью: квартальная оценка (оценочные листы приложений 1, 2), калибровочные сессии, обратная связь. Собственная методика госоргана этим пакетом не проверяется.',
    en: 'All of Annex 2: the quarterly evaluation (sheets of App. 1 and App. 2), calibration sessions, feedback. A body’s own methodology is not checked by this pack.',
  },
  session: { kinds: SESSION_KINDS, decisions: SESSION_DECISIONS, grades: RESULTS },
  absenceKinds: ABSENCE_KINDS,
  categoryCodes: { clause: 'cl. 17 pt. 1', quote: 'В-1, С-1 (орталық атқарушы орган комитеті төрағасының орынбасары, департамент директоры), D-1, D-3 (құрылымдық бөлімшелердің басшылары)' },
};
