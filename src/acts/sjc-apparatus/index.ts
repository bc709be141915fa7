/**
 * sjc-apparatus: the methodology for evaluating corps "B" administrative servants of the Apparatus of
 * the Supreme Judicial Council (order No. 3-4/14 of 14.03.2018, the 2023 wording). Heads (category В-1)
 * are evaluated quarterly on target indicators (App. 1–3), other servants quarterly by ranking
 * (App. 4); everyone yearly by the anonymous 360 method (App. 5–8), with calibration sessions on
 * application (ch. 5). A package is one servant and one quarter (or one year for the 360).
 */
import { Type } from 'typebox';
import { Text } from '../common-schema.js';
import type { Pack } from '../pack.js';
import { act, pending, validity, wordings } from './act.js';
import { ABSENCE_KINDS, RESULTS, SESSION_DECISIONS } from './catalogue.js';
import { events } from './events.js';
import { forms } from './forms.js';
import { rules } from './rules.js';
import { params } from './params.js';
import unchecked from './unchecked.json' with { type: 'json' };
import appendices from './appendices.json' with { type: 'json' };

export const pack: Pack = {
  id: 'sjc-apparatus',
  act, validity, wordings, pending, appendices, forms, events, params, rules, unchecked,
  scope: {
    kk: 'ЖСК аппаратының "Б" корпусы қызметшілерін бағалау: басшыларды (В-1) тоқсан сайын НМИ бойынша (1–3-қосымшалар), қалғандарын саралау әдісімен (4-қосымша), барлығын жылына бір рет 360 әдісімен (5–8-қосымшалар); калибрлеу сессиялары. Пакет — бір қызметші, бір тоқсан (360 үшін — бір жыл). 2023 жылғы редакция ғана бар; 8-қосымшаның белгісі жоқ',
    ru: 'Оценка служащих корпуса «Б» аппарата ВСС: руководителей (В-1) ежеквартально по ЦИ (прил. 1–3), остальных ранжированием (прил. 4), всех ежегодно методом 360 (прил. 5–8); калибровочные сессии. Пакет — один служащий, один квартал (для 360 — год). Есть только редакция 2023 года; у приложения 8 нет пометки',
    en: 'Evaluation of corps "B" servants of the SJC Apparatus: heads (В-1) quarterly on target indicators (App. 1–3), others by ranking (App. 4), everyone yearly by the 360 method (App. 5–8); calibration sessions. A package is one servant and one quarter (one year for the 360). Only the 2023 wording is held; App. 8 lacks its label',
  },
  session: { kinds: ['calibration'], decisions: SESSION_DECISIONS, grades: RESULTS },
  servantExtra: {
    unitHead: Type.Optional(Text('құрылымдық бөлімшенің басшысы (саралау бойынша бағалаушы, 29-тармақ)', 'head of the structural unit (the ranking evaluator, cl. 29)')),
  },
  absenceKinds: ABSENCE_KINDS,
  categoryCodes: { clause: 'cl. 2(4)', quote: 'В-1 санатындағы Аппараттың "Б" корпусының мемлекеттік әкімшілік қызметшісі' },
};
