/** Procedure events of the 2018 Model-methodology family (mic-2018, almaty-maslikhat-2018; same clause numbers) (the dated steps a package records besides the signature dates on the forms). */
import type { EventType } from '../pack.js';

export const EVENTS: EventType[] = [
  { type: 'plan-returned', clause: 'cl. 12', label: { kk: 'жеке жұмыс жоспары түзетуге қайтарылды', ru: 'индивидуальный план возвращён на доработку', en: 'work plan sent back for correction' } },
  { type: 'plan-resubmitted', clause: 'cl. 12', label: { kk: 'жеке жұмыс жоспары қайта енгізілді', ru: 'индивидуальный план внесён повторно', en: 'work plan resubmitted' } },
  { type: 'kpi-sheet-returned', clause: 'cl. 21', also: ['cl. 22'], label: { kk: 'НМИ бағалау парағы түзетуге жіберілді', ru: 'оценочный лист по ЦИ направлен на доработку', en: 'KPI sheet sent back for correction' } },
  { type: 'kpi-sheet-resubmitted', clause: 'cl. 23', label: { kk: 'НМИ бағалау парағы қайта енгізілді', ru: 'оценочный лист по ЦИ внесён повторно', en: 'KPI sheet resubmitted' } },
  { type: 'kpi-sheet-to-commission', clause: 'cl. 24', label: { kk: 'НМИ бағалау парағы Комиссияның қарауына ұсынылды', ru: 'оценочный лист по ЦИ передан в комиссию', en: 'KPI sheet passed to the commission' } },
  { type: 'competency-sheet-to-commission', clause: 'cl. 28', label: { kk: 'құзыреттер бағалау парағы Комиссияның қарауына ұсынылды', ru: 'оценочный лист по компетенциям передан в комиссию', en: 'competency sheet passed to the commission' } },
  { type: 'notice', clause: 'cl. 29', label: { kk: 'бағалау жүргізу туралы хабарлама', ru: 'уведомление о проведении оценки', en: 'notice of the evaluation' } },
  { type: 'familiarised', clause: 'cl. 40', also: ['cl. 41'], label: { kk: 'қызметші нәтижелермен жазбаша таныстырылды (немесе таныстыруға ұсынылды)', ru: 'служащий ознакомлен с результатами письменно (или ему предложено ознакомиться)', en: 'servant acquainted with the results in writing (or offered to be)' } },
  { type: 'familiarisation-refused', clause: 'cl. 41', label: { kk: 'қызметші танысудан бас тартты', ru: 'служащий отказался от ознакомления', en: 'servant refused to be acquainted' } },
  { type: 'sent-via-intranet', clause: 'cl. 42', label: { kk: 'нәтиже интранет-портал арқылы жолданды', ru: 'результат направлен через интранет-портал', en: 'result sent via the intranet portal' } },
  { type: 'appeal-filed', clause: 'cl. 43', label: { kk: 'шағым берілді', ru: 'подана жалоба', en: 'appeal filed' } },
  { type: 'returned-to-work', clause: 'cl. 4', label: { kk: 'жұмысына қайта кірісті', ru: 'вышел на работу', en: 'returned to work' } },
];
