/** The dated steps of the Annex 2 procedure a package records in `events`. */
import type { EventType } from '../pack.js';

export const events: EventType[] = [
  { type: 'sheet-sent', clause: 'cl. 18 pt. 1', label: { kk: 'бағалау парағы бағалаушыға жіберілді', ru: 'оценочный лист направлен оценивающему', en: 'evaluation sheet sent to the evaluator' } },
  { type: 'familiarised', clause: 'cl. 10 pt. 1', also: ['cl. 11'], label: { kk: 'қызметші бағалау нәтижелерімен танысты', ru: 'служащий ознакомлен с результатами', en: 'servant acquainted with the results' } },
  { type: 'dismissed', clause: 'cl. 7', label: { kk: 'қызметші жұмыстан шығарылды', ru: 'служащий уволен', en: 'servant dismissed' } },
  { type: 'dismissed-notified', clause: 'cl. 10 pt. 2', label: { kk: 'жұмыстан босатылған адам нәтижелермен таныстырылды', ru: 'уволенное лицо ознакомлено с результатами', en: 'dismissed person notified of the results' } },
  { type: 'calibration-applied', clause: 'cl. 11', label: { kk: 'калибрлеу сессиясын өткізу туралы өтініш берілді', ru: 'подано заявление о калибровочной сессии', en: 'application for a calibration session filed' } },
  { type: 'calibration-convened', clause: 'cl. 20 pt. 1', label: { kk: 'калибрлеу сессиясын өткізу туралы шешім қабылданып, құрамы бекітілді', ru: 'принято решение о калибровочной сессии, утверждён состав', en: 'decision to hold the session taken, composition approved' } },
  { type: 'protocol-signed', clause: 'cl. 23 pt. 5', label: { kk: 'калибрлеу сессиясының хаттамасына қол қойылды', ru: 'протокол калибровочной сессии подписан', en: 'session protocol signed' } },
  { type: 'protocol-posted', clause: 'cl. 23 pt. 5', label: { kk: 'хаттама ақпараттық жүйеге орналастырылды', ru: 'протокол размещён в информационной системе', en: 'protocol posted in the information system' } },
  { type: 'feedback-meeting', clause: 'cl. 24', label: { kk: 'кері байланыс кездесуі өткізілді', ru: 'проведена встреча обратной связи', en: 'feedback meeting held' } },
  { type: 'appeal-filed', clause: 'cl. 12', label: { kk: 'калибрлеу сессиясының шешіміне шағым берілді', ru: 'обжаловано решение калибровочной сессии', en: 'appeal against the session decision filed' } },
];
