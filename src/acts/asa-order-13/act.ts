/**
 * Act 002: Order No. 13 of 16.01.2018 of the Chairman of the Agency for Civil Service Affairs
 * (reg. No. 16299, 01.02.2018), in the wording of Order No. 121 of 28.07.2025. Its two annexes are two
 * packs: Annex 1, the corps "А" methodology (asa-a-corps), and Annex 2, the MODEL methodology for
 * corps "Б" (asa-b-model). What belongs to the order rather than to an annex lives here once: the
 * issuer and registration, entry into force, the wording we hold, the amendment we lack, the absences
 * Annex 1 names for both.
 */
import type { Text3 } from '../../law/finding.js';
import { withRules, type ActMeta, type PendingAmendment, type Pack, type Wording } from '../pack.js';
import type { Rule } from '../../rules/rule.js';

/** The order, with the title of one of its annexes. */
export const orderAct = (title: Text3): ActMeta => ({
  source: '002_aa478879640c4786.txt',
  issuer: {
    kk: 'Қазақстан Республикасының Мемлекеттік қызмет істері және сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің төрағасы',
    ru: 'Председатель Агентства Республики Казахстан по делам государственной службы и противодействию коррупции',
    en: 'Chairman of the Agency of the Republic of Kazakhstan for Civil Service Affairs and Anti-Corruption',
  },
  kind: 'бұйрық',
  number: '13',
  date: '2018-01-16',
  registration: { number: '16299', date: '2018-02-01' },
  title,
});

/**
 * Order 13 takes effect on its first official publication (order cl. 5), a date our text does not give;
 * the registration day is the earliest it can be.
 */
export const validity: Pack['validity'] = {
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
export const ORDER_121: Wording = {
  from: '2025-07-28',
  date: '2025-07-28',
  by: 'Order No. 121 of 28.07.2025',
  label: {
    kk: 'ҚР Мемлекеттік қызмет істері агенттігі Төрағасының 28.07.2025 № 121 бұйрығының редакциясы (2018–2025 жылдардағы бұрынғы редакциялар мәтінде жоқ)',
    ru: 'в редакции приказа Председателя Агентства по делам государственной службы от 28.07.2025 № 121 (прежние редакции 2018–2025 гг. в тексте отсутствуют)',
    en: 'wording of Order No. 121 of 28.07.2025 of the Chairman of the Agency for Civil Service Affairs (earlier wordings 2018–2025 are not in our text)',
  },
};

export const ORDER_52: Text3 = {
  kk: 'ҚР Мемлекеттік қызмет істері агенттігі Төрағасының 31.03.2026 № 52 бұйрығы',
  ru: 'приказ Председателя Агентства РК по делам государственной службы от 31.03.2026 № 52',
  en: 'Order No. 52 of 31.03.2026 of the Chairman of the Agency for Civil Service Affairs',
};

/** Order No. 52 amends the provisions of an annex that its «ЗҚАИ-ның ескертпесі!» notes name (14 in all: 9 in Annex 2, 5 in Annex 1). */
export const order52 = (provisions: string[]): PendingAmendment => ({
  act: ORDER_52,
  cite: 'Order No. 52 of 31.03.2026',
  from: '2026-07-11',
  provisions,
  note: {
    kk: 'ЗҚАИ-ның ескертпесі: жаңа редакция 11.07.2026 бастап қолданысқа енгізіледі; оның мәтіні бізде жоқ, тексеру қолдағы редакция бойынша жүргізіледі.',
    ru: 'Примечание ИЗПИ: новая редакция вводится с 11.07.2026; её текста у нас нет, проверка ведётся по имеющейся редакции.',
    en: 'Institute of Legislation note: new wording from 11.07.2026; its text is not in our sources, so checks use the wording we hold.',
  },
});

/**
 * Absence kinds. Annex 2 names none; Annex 1 cl. 3 pt. 3 names these (inflected there: «Еңбек
 * демалыстарындағы, еңбекке уақытша жарамсыздық кезеңіндегі не қайта даярлауға, біліктілігін арттыруға
 * және іссапарға жіберілген»); we use their stems. A business trip is work (Annex 2 cl. 4 pt. 5: the
 * receiving body evaluates it), so it does not reduce the days worked.
 */
export const ABSENCE_KINDS = ['еңбек демалыстары', 'еңбекке уақытша жарамсыздық', 'қайта даярлау', 'біліктілігін арттыру', 'іссапар'] as const;
export const NOT_WORKED = ['еңбек демалыстары', 'еңбекке уақытша жарамсыздық', 'қайта даярлау', 'біліктілігін арттыру'] as const;

/** A pack of one of the order's annexes: its own parts, and what the order gives both (the absences Annex 1 names). */
export const annexPack = ({ rules, ...own }: Omit<Pack, 'absenceKinds' | 'rules'> & { rules: () => Rule[] }): Pack =>
  withRules({ ...own, absenceKinds: ABSENCE_KINDS }, rules);
