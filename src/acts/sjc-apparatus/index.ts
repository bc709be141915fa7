/**
 * sjc-apparatus: the methodology for evaluating corps "B" administrative servants of the Apparatus of
 * the Supreme Judicial Council (order No. 3-4/14 of 14.03.2018, the 2023 wording). Heads (category В-1)
 * are evaluated quarterly on target indicators (App. 1–3), other servants quarterly by ranking
 * (App. 4); everyone yearly by the anonymous 360 method (App. 5–8), with calibration sessions on
 * application (ch. 5). A package is one servant and one quarter (or one year for the 360).
 */
import { Type } from '@sinclair/typebox';
import { Text } from '../common-schema.js';
import type { Pack } from '../pack.js';
import { act, pending, validity, wordings } from './act.js';
import { ABSENCE_KINDS, RESULTS, SESSION_DECISIONS } from './catalogue.js';
import { events } from './events.js';
import { forms } from './forms.js';
import { rules } from './rules.js';
import { params } from './params.js';
import unchecked from './unchecked.json' with { type: 'json' };

export const pack: Pack = {
  id: 'sjc-apparatus',
  act,
  scope: {
    kk: 'ЖСК аппаратының "Б" корпусы қызметшілерін бағалау: басшыларды (В-1) тоқсан сайын НМИ бойынша (1–3-қосымшалар), қалғандарын саралау әдісімен (4-қосымша), барлығын жылына бір рет 360 әдісімен (5–8-қосымшалар); калибрлеу сессиялары. Пакет — бір қызметші, бір тоқсан (360 үшін — бір жыл). 2023 жылғы редакция ғана бар; 8-қосымшаның белгісі жоқ',
    ru: 'Оценка служащих корпуса «Б» аппарата ВСС: руководителей (В-1) ежеквартально по ЦИ (прил. 1–3), остальных ранжированием (прил. 4), всех ежегодно методом 360 (прил. 5–8); калибровочные сессии. Пакет — один служащий, один квартал (для 360 — год). Есть только редакция 2023 года; у приложения 8 нет пометки',
    en: 'Evaluation of corps "B" servants of the SJC Apparatus: heads (В-1) quarterly on target indicators (App. 1–3), others by ranking (App. 4), everyone yearly by the 360 method (App. 5–8); calibration sessions. A package is one servant and one quarter (one year for the 360). Only the 2023 wording is held; App. 8 lacks its label',
  },
  validity,
  wordings,
  pending,
  appendices: [
    { no: 1, title: 'Аппараттың басшысы орынбасарының/ Аппараттың құрылымдық бөлімшесі басшысының жеке жұмыс жоспары', titleEn: 'Individual work plan of the deputy head / a head of a structural unit', clause: 'cl. 22', formKey: 'workPlan', present: true },
    { no: 2, title: 'НМИ бойынша бағалау парагы', titleEn: 'Target-indicator evaluation sheet', clause: 'cl. 27', formKey: 'kpiSheet', present: true },
    { no: 3, title: 'Нысаналы мақсатты индикаторды іске асыру пайызына байланысты рұқсат етілетін бағаны анықтау кестесі', titleEn: 'Table of allowed grades by percent of achievement', clause: 'cl. 27', present: true, note: { kk: '«40-44,49» жолы 40–44,99 деп оқылады', ru: 'строка «40-44,49» читается как 40–44,99', en: 'row «40-44,49» is read as 40–44.99' } },
    { no: 4, title: 'Саралау әдісі бойынша бағалау параметры', titleEn: 'Ranking-method evaluation parameters', clause: 'cl. 29', formKey: 'rankingSheet', present: true },
    { no: 5, title: 'Аппарат басшысының орынбасарын/ Аппараттың құрылымдық бөлімшелерінің басшыларын 360 әдісімен бағалау парагы', titleEn: '360 questionnaire for the deputy head / heads of structural units', clause: 'cl. 33', formKey: 'survey360Heads', present: true },
    { no: 6, title: '"Б" корпусы қызметшілерін 360 әдісімен бағалау парагы', titleEn: '360 questionnaire for corps "B" servants', clause: 'cl. 33', formKey: 'survey360Staff', present: true },
    { no: 7, title: 'Қызметшіні 360 әдісімен бағалау нәтижесі', titleEn: '360 result (deputy head / heads of structural units)', clause: 'cl. 36', formKey: 'result360Heads', present: true },
    { no: 8, title: 'Кызметшіні 360 градус әдісімен бағалау нәтижелері', titleEn: '360 results (corps "B" servants)', clause: 'cl. 36', formKey: 'result360Staff', present: true, note: { kk: '«…әдістемесіне 8-қосымша» белгісі мәтінде жоқ; 36-тармақ пен орны бойынша 8-қосымша', ru: 'пометка «…приложение 8» в тексте отсутствует; приложение 8 по п. 36 и по месту', en: 'the «8-қосымша» label is missing; App. 8 by cl. 36 and by its place' } },
  ],
  forms,
  events,
  session: { kinds: ['calibration'], decisions: SESSION_DECISIONS, grades: RESULTS },
  servantExtra: {
    unitHead: Type.Optional(Text('құрылымдық бөлімшенің басшысы (саралау бойынша бағалаушы, 29-тармақ)', 'head of the structural unit (the ranking evaluator, cl. 29)')),
  },
  absenceKinds: ABSENCE_KINDS,
  categoryCodes: { clause: 'cl. 2(4)', quote: 'В-1 санатындағы Аппараттың "Б" корпусының мемлекеттік әкімшілік қызметшісі' },
  params,
  rules,
  unchecked,
};
