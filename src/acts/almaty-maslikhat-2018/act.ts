/** almaty-maslikhat-2018: metadata, validity and wording of Almaty city maslikhat Decision No. 211 of 17.04.2018 (act file 001). */
import type { ActMeta, PendingAmendment, Wording } from '../pack.js';
import type { Text3 } from '../../law/finding.js';

export const act: ActMeta = {
  source: '001_ff9ff2505105f243.txt',
  issuer: {
    kk: 'VІ сайланған Алматы қаласы мәслихатының XХVII сессиясы',
    ru: 'XXVII сессия Алматинского городского маслихата VI созыва',
    en: 'Almaty city maslikhat, VI convocation, XXVII session',
  },
  kind: 'шешім',
  number: '211',
  date: '2018-04-17',
  registration: { number: '1471', date: '2018-04-28' },
  title: {
    kk: '"Алматы қаласы Мәслихатының аппараты" коммуналдық мемлекеттік мекемесінің "Б" корпусы мемлекеттік әкімшілік қызметшілерінің қызметін бағалау Әдістемесін бекіту туралы',
    ru: 'Об утверждении Методики оценки деятельности административных государственных служащих корпуса «Б» коммунального государственного учреждения «Аппарат маслихата города Алматы»',
    en: 'On approval of the methodology for evaluating corps "B" administrative civil servants of the communal state institution "Apparatus of the Almaty City Maslikhat"',
  },
};

/**
 * Decision p. 5: in force from registration, put into effect ten calendar days after the first
 * official publication, whose date our text does not give. Repealed by Decision No. 153 of 12.09.2022,
 * itself put into effect ten calendar days after its first publication (date not given either).
 * Chosen: the earliest possible days (publication on the day of registration / of the repealing decision).
 */
export const validity: { from: string; to: string; fromNote: Text3; entry: { clause: string; quote: string }; repealedBy: Text3; repeal: string } = {
  from: '2018-05-09',
  to: '2022-09-22',
  entry: { clause: 'decision cl. 5', quote: 'алғашқы ресми жарияланған күннен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.' },
  repeal: 'Almaty city maslikhat Decision No. 153 of 12.09.2022',
  fromNote: {
    kk: 'Алғашқы ресми жарияланған күннен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі (5-т.); жариялану күні мәтінде жоқ — тіркелген күні (2018-04-28) жарияланған деп алынды.',
    ru: 'Вводится в действие по истечении десяти календарных дней после первого официального опубликования (п. 5); дата опубликования в тексте отсутствует — принята дата регистрации (2018-04-28).',
    en: 'Takes effect ten calendar days after its first official publication (p. 5); the text does not give that date, so publication on the registration day (2018-04-28) is assumed.',
  },
  repealedBy: {
    kk: 'Алматы қаласы мәслихатының 12.09.2022 № 153 шешімімен күші жойылды (алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң); жариялану күні белгісіз — ең ерте күн алынды.',
    ru: 'Утратила силу решением маслихата города Алматы от 12.09.2022 № 153 (через десять календарных дней после первого опубликования); дата опубликования неизвестна — взят самый ранний день.',
    en: 'Repealed by Almaty city maslikhat Decision No. 153 of 12.09.2022 (in effect ten calendar days after its first publication); that date is unknown, so the earliest possible day is used.',
  },
};

export const wordings: Wording[] = [
  {
    from: '2018-05-09',
    to: '2022-09-22',
    date: '2018-04-17',
    by: 'Decision No. 211 of 17.04.2018',
    label: { kk: 'бастапқы редакция (2018-04-17)', ru: 'первоначальная редакция (2018-04-17)', en: 'original wording (2018-04-17)' },
  },
];

export const pending: PendingAmendment[] = [];
