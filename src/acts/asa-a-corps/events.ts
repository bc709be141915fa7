/** The dated steps of the Annex 1 procedure a package records in `events`. */
import type { EventType } from '../pack.js';

export const events: EventType[] = [
  { type: 'draft-sent', clause: 'cl. 7 pt. 3', also: ['cl. 7 pt. 4'], label: { kk: 'келісім жобасы уәкілетті органға жіберілді', ru: 'проект соглашения направлен в уполномоченный орган', en: 'draft agreement sent to the Agency' } },
  { type: 'draft-returned', clause: 'cl. 7 pt. 5', label: { kk: 'жоба ескертулермен пысықтауға қайтарылды', ru: 'проект возвращён на доработку с замечаниями', en: 'draft returned with remarks' } },
  { type: 'draft-resubmitted', clause: 'cl. 7 pt. 6', label: { kk: 'пысықталған жоба қайта жіберілді', ru: 'доработанный проект направлен повторно', en: 'revised draft resubmitted' } },
  { type: 'draft-approved', clause: 'cl. 7 pt. 5', also: ['cl. 7 pt. 1'], label: { kk: 'жоба уәкілетті органмен келісілді', ru: 'проект согласован уполномоченным органом', en: 'draft approved by the Agency' } },
  { type: 'kpi-disagreement-referred', clause: 'cl. 12', label: { kk: 'НМИ бойынша келіспеушілік Ұлттық комиссияның жұмыс органына жолданды', ru: 'разногласие по НМИ направлено в рабочий орган Нацкомиссии', en: 'KPI disagreement referred to the National Commission’s working body' } },
  { type: 'monitoring-sent', clause: 'cl. 26 pt. 2', also: ['cl. 26 pt. 3'], label: { kk: 'бірінші жартыжылдық мониторингі жіберілді', ru: 'мониторинг за первое полугодие направлен', en: 'first half-year monitoring sent' } },
  { type: 'interview-notified', clause: 'cl. 22 pt. 3', label: { kk: 'әңгімелесу туралы хабарланды', ru: 'уведомлён о собеседовании', en: 'notified of the interview' } },
  { type: 'interview', clause: 'cl. 22', label: { kk: 'әңгімелесу өткізілді', ru: 'проведено собеседование', en: 'interview held' } },
  { type: 'familiarised', clause: 'cl. 24', also: ['cl. 25'], label: { kk: 'бағалау нәтижелерімен танысты', ru: 'ознакомлен с результатами', en: 'acquainted with the results' } },
  { type: 'sent-to-agency', clause: 'cl. 26 pt. 1', label: { kk: 'құжаттар уәкілетті органға жіберілді', ru: 'документы направлены в уполномоченный орган', en: 'documents sent to the Agency' } },
  { type: 'appeal-filed', clause: 'cl. 25', label: { kk: 'Ұлттық комиссияға өтініш берілді', ru: 'подано заявление в Национальную комиссию', en: 'application to the National Commission filed' } },
  { type: 'dismissed', clause: 'cl. 3 pt. 3', label: { kk: 'қызметші жұмыстан шығарылды', ru: 'служащий уволен', en: 'servant dismissed' } },
  { type: 'dismissed-notified', clause: 'cl. 24 pt. 2', label: { kk: 'жұмыстан босатылған адам нәтижелермен таныстырылды', ru: 'уволенное лицо ознакомлено с результатами', en: 'dismissed person notified of the results' } },
];
