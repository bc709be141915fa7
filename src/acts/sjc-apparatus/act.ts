/**
 * sjc-apparatus: the act, its validity and the wordings we hold.
 * Source: ../shared/acts/004_c35c6965a291465c.txt (Kazakh, the authority).
 */
import type { ActMeta, Pack, PendingAmendment, Wording } from '../pack.js';

export const act: ActMeta = {
  source: '004_c35c6965a291465c.txt',
  issuer: {
    kk: 'Қазақстан Республикасы Жоғары Сот Кеңесінің аппараты Басшысы',
    ru: 'Руководитель аппарата Высшего Судебного Совета Республики Казахстан',
    en: 'Head of the Apparatus of the Supreme Judicial Council of the Republic of Kazakhstan',
  },
  // The text calls it «өкім» («№ 3-4/14 өкімі»).
  kind: 'өкім',
  number: '3-4/14',
  date: '2018-03-14',
  registration: { number: '16671', date: '2018-03-29' },
  title: {
    kk: 'Қазақстан Республикасының Жоғары Сот Кеңесі аппаратының "Б" корпусы мемлекеттік әкімшілік қызметшілерінің қызметін бағалаудың әдістемесін бекіту туралы',
    ru: 'Об утверждении Методики оценки деятельности административных государственных служащих корпуса «Б» аппарата Высшего Судебного Совета Республики Казахстан',
    en: 'On approval of the Methodology for evaluating the activity of corps "B" administrative civil servants of the Apparatus of the Supreme Judicial Council of the Republic of Kazakhstan',
  },
};

export const validity: Pack['validity'] = {
  // Order §5: «Осы өкім алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі». The publication
  // date is not in the text; the registration date is the earliest day the order can have applied.
  from: '2018-03-29',
  entry: { clause: 'instruction cl. 5', quote: 'Осы өкім алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі.' },
  fromNote: {
    kk: '5-тармақ: алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі; жариялау күні мәтінде жоқ, сондықтан тіркелген күн (2018-03-29) алынды',
    ru: 'п. 5 приказа: вводится в действие со дня первого официального опубликования; дата опубликования в тексте отсутствует, взята дата регистрации (2018-03-29)',
    en: 'Order §5: in force from the day of first official publication; the text does not give that day, so the registration date (2018-03-29) is used',
  },
};

/**
 * We hold only the 2023 wording («Әдістеме жаңа редакцияда – … 14.03.2023 № 1-9/13 өкімімен»). Its entry
 * into force is not stated; the amending order's date is taken. Periods before it are checked under
 * this wording with a `wording-not-held` warning from the runner.
 */
export const wordings: Wording[] = [
  {
    from: '2023-03-14',
    date: '2023-03-14',
    by: 'Order No. 1-9/13 of 14.03.2023',
    label: {
      kk: 'ҚР Жоғары Сот Кеңесінің аппараты Басшысының 14.03.2023 № 1-9/13 өкімімен жаңа редакция',
      ru: 'новая редакция приказом Руководителя аппарата ВСС РК от 14.03.2023 № 1-9/13',
      en: 'new wording by order No. 1-9/13 of 14.03.2023 of the Head of the SJC Apparatus (entry into force not stated; the order date is used)',
    },
  },
];

export const pending: PendingAmendment[] = [];
