/** mic-2018: metadata, validity and wordings of MIC Order No. 103 of 26.03.2018 (act file 000). */
import type { ActMeta, PendingAmendment, Wording } from '../pack.js';
import type { Text3 } from '../../law/finding.js';

export const act: ActMeta = {
  source: '000_f0867a3cdc66af81.txt',
  issuer: {
    kk: 'Қазақстан Республикасы Ақпарат және коммуникациялар министрі',
    ru: 'Министр информации и коммуникаций Республики Казахстан',
    en: 'Minister of Information and Communications of the Republic of Kazakhstan',
  },
  kind: 'бұйрық',
  number: '103',
  date: '2018-03-26',
  registration: { number: '16753', date: '2018-04-13' },
  title: {
    kk: 'Қазақстан Республикасы Ақпарат және коммуникациялар министрлігінің "Б" корпусы мемлекеттік әкімшілік қызметшілерінің қызметін бағалау әдістемесін бекіту туралы',
    ru: 'Об утверждении Методики оценки деятельности административных государственных служащих корпуса «Б» Министерства информации и коммуникаций Республики Казахстан',
    en: 'On approval of the methodology for evaluating the activity of corps "B" administrative civil servants of the Ministry of Information and Communications',
  },
};

/**
 * Order p. 3: «Осы бұйрық алғашқы ресми жарияланған күнінен кейін қолданысқа енгізіледі».
 * The publication date is not in our text; the earliest possible day is the day after
 * registration (13.04.2018), chosen here. The text carries no repeal note.
 */
export const validity: { from: string; fromNote: Text3; entry: { clause: string; quote: string } } = {
  from: '2018-04-14',
  entry: { clause: 'order cl. 3', quote: 'Осы бұйрық алғашқы ресми жарияланған күнінен кейін қолданысқа енгізіледі.' },
  fromNote: {
    kk: 'Бұйрық алғашқы ресми жарияланған күнінен кейін қолданысқа енгізіледі (3-т.); жариялану күні мәтінде жоқ, сондықтан тіркелген күннен (2018-04-13) кейінгі ең ерте күн алынды.',
    ru: 'Приказ вводится в действие после дня первого официального опубликования (п. 3); дата опубликования в тексте отсутствует, взят самый ранний возможный день — следующий за регистрацией (2018-04-13).',
    en: 'The order takes effect after the day of its first official publication (p. 3); the text does not give that date, so the earliest possible day, the day after registration (2018-04-13), is used.',
  },
};

export const wordings: Wording[] = [
  {
    from: '2018-04-14',
    date: '2018-03-26',
    by: 'Order No. 103 of 26.03.2018',
    label: { kk: 'бастапқы редакция (2018-03-26)', ru: 'первоначальная редакция (2018-03-26)', en: 'original wording (2018-03-26)' },
  },
];

export const pending: PendingAmendment[] = [];
