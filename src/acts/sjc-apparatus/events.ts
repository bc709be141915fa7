/** sjc-apparatus: the dated steps of the procedure a package records, with the clause of each. */
import type { EventType } from '../pack.js';

export const EVENTS = {
  planAgreed: 'plan-agreed',
  planPosted: 'plan-posted',
  notified: 'notified',
  actualsSent: 'actuals-sent',
  sheetSent: 'sheet-sent',
  evaluated: 'evaluated',
  familiarised: 'familiarised',
  evaluated360: 'evaluated-360',
  familiarised360: 'familiarised-360',
  calibrationApplied: 'calibration-applied',
  calibrationOrdered: 'calibration-ordered',
  protocolSigned: 'protocol-signed',
  protocolPosted: 'protocol-posted',
  feedbackMeeting: 'feedback-meeting',
} as const;

export const events: EventType[] = [
  { type: EVENTS.planAgreed, clause: 'cl. 22', label: { kk: 'НМИ Сектормен келісілді', ru: 'ЦИ согласованы с Сектором', en: 'target indicators agreed with the Sector' } },
  { type: EVENTS.planPosted, clause: 'cl. 22', label: { kk: 'жеке жұмыс жоспары ақпараттық жүйеде орналастырылды', ru: 'индивидуальный план размещён в информационной системе', en: 'work plan posted in the information system' } },
  { type: EVENTS.notified, clause: 'cl. 26', also: ['cl. 30'], label: { kk: 'қызметші бағалау туралы хабардар етілді', ru: 'служащий уведомлён об оценке', en: 'servant notified of the evaluation' } },
  { type: EVENTS.actualsSent, clause: 'cl. 22', label: { kk: 'Сектор НМИ нақты мәндерінің алдын ала есебін бағалаушыға жолдады', ru: 'Сектор направил оценивающему предварительный расчёт фактических значений ЦИ', en: "the Sector sent the pre-calculated actual values to the evaluator" } },
  { type: EVENTS.sheetSent, clause: 'cl. 27 pt. 1', also: ['cl. 31 pt. 1'], label: { kk: 'бағалау парағы бағалаушыға жолданды', ru: 'оценочный лист направлен оценивающему', en: 'evaluation sheet sent to the evaluator' } },
  { type: EVENTS.evaluated, clause: 'cl. 4', label: { kk: 'тоқсандық бағалау аяқталды (НМИ немесе саралау)', ru: 'квартальная оценка завершена (ЦИ или ранжирование)', en: 'quarterly evaluation completed (target indicators or ranking)' } },
  { type: EVENTS.familiarised, clause: 'cl. 11', label: { kk: 'қызметші бағалау нәтижелерімен танысты', ru: 'служащий ознакомлен с результатами', en: 'servant acquainted with the results' } },
  { type: EVENTS.evaluated360, clause: 'cl. 33 pt. 1', also: ['cl. 4 pt. 1'], label: { kk: '360 әдісі бойынша бағалау аяқталды', ru: 'оценка методом 360 завершена', en: '360 evaluation completed' } },
  { type: EVENTS.familiarised360, clause: 'cl. 11', label: { kk: 'қызметші 360 бағалау нәтижелерімен танысты', ru: 'служащий ознакомлен с результатами оценки 360', en: 'servant acquainted with the 360 results' } },
  { type: EVENTS.calibrationApplied, clause: 'cl. 12', label: { kk: 'калибрлеу сессиясын өткізу туралы өтініш Аппарат басшысына түсті', ru: 'заявление о калибровочной сессии поступило Руководителю аппарата', en: 'application for a calibration session received by the Head of the Apparatus' } },
  { type: EVENTS.calibrationOrdered, clause: 'cl. 38', label: { kk: 'Аппарат басшысы калибрлеу сессиясын өткізу туралы шешім қабылдап, құрамын бекітті', ru: 'Руководитель аппарата решил провести калибровочную сессию и утвердил состав', en: 'the Head of the Apparatus decided to hold the session and approved its members' } },
  { type: EVENTS.protocolSigned, clause: 'cl. 41', label: { kk: 'калибрлеу сессиясының хаттамасына қол қойылды', ru: 'протокол калибровочной сессии подписан', en: 'calibration protocol signed' } },
  { type: EVENTS.protocolPosted, clause: 'cl. 41', label: { kk: 'хаттама ақпараттық жүйеде орналастырылды', ru: 'протокол размещён в информационной системе', en: 'protocol posted in the information system' } },
  { type: EVENTS.feedbackMeeting, clause: 'cl. 42', label: { kk: 'бағалаушы қызметшімен кездесіп, кері байланыс берді', ru: 'оценивающий провёл встречу и дал обратную связь', en: 'the evaluator met the servant and gave feedback' } },
];
