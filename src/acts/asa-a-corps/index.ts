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

export const pack: Pack = {
  id: 'asa-a-corps',
  act,
  scope: {
    kk: '1-қосымша: жыл сайынғы келісім (1, 2-қосымшалар), бағалау парағы (3-қосымша), 4, 5-қосымшалардағы кестелер, пікір (6-қосымша), Ұлттық комиссияның шешімі. 7-қосымшадағы анонимді сауалнама пакетке кірмейді.',
    ru: 'Приложение 1: ежегодное соглашение (прил. 1, 2), оценочный лист (прил. 3), таблицы прил. 4, 5, отзыв (прил. 6), решение Национальной комиссии. Анонимный опрос прил. 7 в пакет не входит.',
    en: 'Annex 1: the annual agreement (App. 1, 2), the evaluation sheet (App. 3), the tables of App. 4 and 5, the review (App. 6), the National Commission’s decision. The anonymous survey (App. 7) is not part of a package.',
  },
  validity,
  wordings,
  pending,
  appendices: [
    { no: 1, title: '"А" корпусы қызметшілерінің жыл сайынғы келісімі (1-санаттағы қызметшілер үшін)', titleEn: 'Annual agreement (category 1)', clause: 'cl. 7 pt. 1', formKey: 'agreementCategory1', present: true },
    { no: 2, title: '"А" корпусы қызметшісінің жыл сайынғы келісімі (2-санаттағы қызметшілер үшін)', titleEn: 'Annual agreement (category 2)', clause: 'cl. 7 pt. 2', formKey: 'agreementCategory2', present: true },
    { no: 3, title: 'Бағалау парағы', titleEn: 'Evaluation sheet', clause: 'cl. 16 pt. 3', formKey: 'evaluationSheet', present: true },
    { no: 4, title: 'Тапсырмалардың сапалы және уақтылы орындалуын қамтамасыз ету бойынша НМИ іске асыру пайызына қарай максималды бағалауды айқындау кестесі', titleEn: 'Maximum grade by implementation percent (assignments KPI)', clause: 'cl. 19 pt. 2', present: true, note: { kk: '«40-44,49» жолы бүлінген, 40–44,99 деп оқылды.', ru: 'Строка «40-44,49» повреждена, прочитана как 40–44,99.', en: 'Row «40-44,49» is damaged; read as 40–44.99.' } },
    { no: 5, title: 'НМИ іске асыру пайызына байланысты рұқсат етілген бағалауды айқындау кестесі (тапсырмалардың сапалы және уақтылы орындалуын қамтамасыз ету жөніндегі НМИ қоспағанда)', titleEn: 'Permitted grade range by implementation percent (other KPIs)', clause: 'cl. 19 pt. 3', present: true, note: { kk: '«40-44,49» жолы бүлінген, 40–44,99 деп оқылды.', ru: 'Строка «40-44,49» повреждена, прочитана как 40–44,99.', en: 'Row «40-44,49» is damaged; read as 40–44.99.' } },
    { no: 6, title: '"А" корпусы мемлекеттік әкімшілік қызметшісінің қызметі туралы пікір', titleEn: 'Review of the servant’s activity', clause: 'cl. 23', quote: 'бағаланатын кезеңдегі оның қызметі туралы пікір толтырылады', formKey: 'review', present: true },
    { no: 7, title: '(атауы жоқ: анонимді сауалнама)', titleEn: 'Anonymous staff survey (printed without a title)', clause: 'cl. 16 pt. 4', present: true, note: { kk: 'Сауалнама ақпараттық жүйеде жинақталады, пакетке кірмейді.', ru: 'Опрос агрегируется в ИС и в пакет не входит.', en: 'Aggregated by the IS; not part of a package.' } },
  ],
  forms,
  events,
  session: { kinds: COMMISSION, decisions: COMMISSION_DECISIONS, grades: RESULTS },
  servantExtra,
  absenceKinds: ABSENCE_KINDS,
  params,
  rules,
  unchecked,
};
