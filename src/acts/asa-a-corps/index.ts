/**
 * asa-a-corps: Annex 1 of act 002, the methodology for evaluating corps "А" administrative civil
 * servants: annual agreement with 5 KPIs, percent-to-grade tables (App. 4, App. 5), review, National Commission.
 */
import type { Pack } from '../pack.js';
import { act, pending, validity, wordings } from './act.js';
import { ABSENCE_KINDS } from '../asa-order-13/act.js';
import { COMMISSION, COMMISSION_DECISIONS, RESULTS } from './catalogue.js';
import events from './events.json' with { type: 'json' };
import { forms, servantExtra } from './forms.js';
import { rules } from './rules.js';
import { params } from './params.js';
import unchecked from './unchecked.json' with { type: 'json' };
import appendices from './appendices.json' with { type: 'json' };

export const pack: Pack = {
  id: 'asa-a-corps',
  act, validity, wordings, pending, appendices, forms, events, servantExtra, params, rules, unchecked,
  scope: {
    kk: '1-қосымша: жыл сайынғы келісім (1, 2-қосымшалар), бағалау парағы (3-қосымша), 4, 5-қосымшалардағы кестелер, пікір (6-қосымша), Ұлттық комиссияның шешімі. 7-қосымшадағы анонимді сауалнама пакетке кірмейді.',
    ru: 'Приложение 1: ежегодное соглашение (прил. 1, 2), оценочный лист (прил. 3), таблицы прил. 4, 5, отзыв (прил. 6), решение Национальной комиссии. Анонимный опрос прил. 7 в пакет не входит.',
    en: 'Annex 1: the annual agreement (App. 1, 2), the evaluation sheet (App. 3), the tables of App. 4 and 5, the review (App. 6), the National Commission’s decision. The anonymous survey (App. 7) is not part of a package.',
  },
  session: { kinds: COMMISSION, decisions: COMMISSION_DECISIONS, grades: RESULTS },
  absenceKinds: ABSENCE_KINDS,
};
