/**
 * Act 002: Order No. 13 of 16.01.2018 of the Chairman of the Agency for Civil Service Affairs
 * (reg. No. 16299, 01.02.2018), in the wording of Order No. 121 of 28.07.2025. Annex 2 is the
 * MODEL methodology for corps "Б" (this pack); Annex 1 the corps "А" methodology (asa-a-corps,
 * which reuses the act-level data below).
 */
import type { ActMeta, PendingAmendment, Wording } from '../pack.js';

export const ACT_002_SOURCE = '002_aa478879640c4786.txt';

export const ISSUER = {
  kk: 'Қазақстан Республикасының Мемлекеттік қызмет істері және сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің төрағасы',
  ru: 'Председатель Агентства Республики Казахстан по делам государственной службы и противодействию коррупции',
  en: 'Chairman of the Agency of the Republic of Kazakhstan for Civil Service Affairs and Anti-Corruption',
};

export const ORDER_TITLE = {
  kk: 'Мемлекеттік әкімшілік қызметшілердің қызметін бағалаудың кейбір мәселелері туралы',
  ru: 'О некоторых вопросах оценки деятельности административных государственных служащих',
  en: 'On some issues of evaluating the activity of administrative civil servants',
};

export const act: ActMeta = {
  source: ACT_002_SOURCE,
  issuer: ISSUER,
  kind: 'бұйрық',
  number: '13',
  date: '2018-01-16',
  registration: { number: '16299', date: '2018-02-01' },
  title: {
    kk: '"Б" корпусы мемлекеттік әкімшілік қызметшілерінің қызметін бағалау Үлгілік әдістемесі (2-қосымша)',
    ru: 'Типовая методика оценки деятельности административных государственных служащих корпуса «Б» (приложение 2)',
    en: 'Model methodology for evaluating corps "B" administrative civil servants (Annex 2)',
  },
};

/**
 * Order 13 takes effect on its first official publication (order cl. 5), a date our text does not give;
 * the registration day is the earliest it can be.
 */
export const validity = {
  from: '2018-02-01',
  entry: { clause: 'order cl. 5', quote: 'Осы бұйрық алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі.' },
  fromNote: {
    kk: 'Бұйрық алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі (5-тармақ); жариялау күні мәтінде жоқ, сондықтан тіркелген күн (01.02.2018) алынды.',
    ru: 'Приказ вводится в действие со дня первого официального опубликования (п. 5); дата опубликования в тексте не указана, взята дата регистрации (01.02.2018).',
    en: 'The order takes effect on its first official publication (order cl. 5); the text does not give that date, so the registration day (01.02.2018) is used as the earliest possible.',
  },
};

/**
 * The only wording we hold: Order No. 121 of 28.07.2025 (annex «жаңа редакцияда», in force «алғашқы ресми
 * жарияланған күнінен бастап»). The publication day is not in the text; 28.07.2025 (the order's date) is the
 * earliest it can be. Earlier wordings (2018–2025) are not in our texts: the runner warns for periods before this.
 */
export const wording2025: Wording = {
  from: '2025-07-28',
  date: '2025-07-28',
  by: 'Order No. 121 of 28.07.2025',
  label: {
    kk: 'ҚР Мемлекеттік қызмет істері агенттігі Төрағасының 28.07.2025 № 121 бұйрығының редакциясы (2018–2025 жылдардағы бұрынғы редакциялар мәтінде жоқ)',
    ru: 'в редакции приказа Председателя Агентства по делам государственной службы от 28.07.2025 № 121 (прежние редакции 2018–2025 гг. в тексте отсутствуют)',
    en: 'wording of Order No. 121 of 28.07.2025 of the Chairman of the Agency for Civil Service Affairs (earlier wordings 2018–2025 are not in our text)',
  },
};

export const ORDER_52 = {
  kk: 'ҚР Мемлекеттік қызмет істері агенттігі Төрағасының 31.03.2026 № 52 бұйрығы',
  ru: 'приказ Председателя Агентства РК по делам государственной службы от 31.03.2026 № 52',
  en: 'Order No. 52 of 31.03.2026 of the Chairman of the Agency for Civil Service Affairs',
};

const PENDING_NOTE = {
  kk: 'ЗҚАИ-ның ескертпесі: жаңа редакция 11.07.2026 бастап қолданысқа енгізіледі; оның мәтіні бізде жоқ, тексеру қолдағы редакция бойынша жүргізіледі.',
  ru: 'Примечание ИЗПИ: новая редакция вводится с 11.07.2026; её текста у нас нет, проверка ведётся по имеющейся редакции.',
  en: 'Institute of Legislation note: new wording from 11.07.2026; its text is not in our sources, so checks use the wording we hold.',
};

/** The 9 notes «ЗҚАИ-ның ескертпесі!» in Annex 2 (the other 5 of Order 52 touch Annex 1). */
export const pendingB: PendingAmendment = {
  act: ORDER_52,
  cite: 'Order No. 52 of 31.03.2026',
  from: '2026-07-11',
  provisions: ['cl. 4 pt. 1', 'cl. 5 pt. 2', 'cl. 9', 'cl. 10 pt. 1', 'cl. 13', 'cl. 18 pt. 1', 'cl. 23 pt. 5', 'App. 1', 'App. 2'],
  note: PENDING_NOTE,
};

/** The 5 notes in Annex 1. */
export const pendingA: PendingAmendment = {
  act: ORDER_52,
  cite: 'Order No. 52 of 31.03.2026',
  from: '2026-07-11',
  provisions: ['cl. 2 pt. 2', 'cl. 16 pt. 4', 'cl. 16 pt. 5', 'cl. 18', 'cl. 24 pt. 1'],
  note: PENDING_NOTE,
};
