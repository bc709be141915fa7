/**
 * Acts that no longer hold and bodies that changed their names, as the draft checker reports them.
 * Data, each entry with the text it comes from. Add entries here, not in code.
 */

export interface RepealedAct {
  id: string;
  /** How the act is cited in Kazakh texts: its date and number, matched together in one sentence. */
  match: { year: string; number: string; day?: string };
  title: string;
  repealedBy: string;
  /** The act now in force on the same matter, when there is one. */
  current?: string;
  source: string;
}

export interface RenamedBody {
  id: string;
  /** The former name as written in Kazakh (matched case-insensitively, spaces collapsed). */
  former: string;
  current: string;
  source: string;
}

export const REPEALED_ACTS: readonly RepealedAct[] = [
  {
    id: 'asa-order-110-2016',
    match: { year: '2016', number: '110', day: '29' },
    title: '«Мемлекеттік әкімшілік қызметшілердің қызметін бағалаудың кейбір мәселелері туралы» ҚР Мемлекеттік қызмет істері және сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі Төрағасының 2016 жылғы 29 желтоқсандағы № 110 бұйрығы (тіркеу № 12705)',
    repealedBy: 'Агенттік Төрағасының 2018 жылғы 16 қаңтардағы № 13 бұйрығы, 2-тармақ',
    current: 'Агенттік Төрағасының 2018 жылғы 16 қаңтардағы № 13 бұйрығы (2025 жылғы 28 шілдедегі № 121 бұйрығымен редакциясы), 2-қосымша — «Б» корпусы қызметшілерінің қызметін бағалаудың Үлгілік әдістемесі',
    source: 'shared/acts/002_aa478879640c4786.txt, order cl. 2 (L17)',
  },
  {
    id: 'almaty-maslikhat-96-2017',
    match: { year: '2017', number: '96' },
    title: 'Алматы қаласы мәслихатының 2017 жылғы 13 сәуірдегі № 96 шешімі',
    repealedBy: 'Алматы қаласы мәслихатының 2018 жылғы 17 сәуірдегі № 211 шешімі, 2-тармақ',
    source: 'shared/acts/001_ff9ff2505105f243.txt, decision cl. 2 (L29–34)',
  },
  {
    id: 'almaty-maslikhat-211-2018',
    match: { year: '2018', number: '211' },
    title: 'Алматы қаласы мәслихатының 2018 жылғы 17 сәуірдегі № 211 шешімі',
    repealedBy: 'Алматы қаласы мәслихатының 2022 жылғы 12 қыркүйектегі № 153 шешімі',
    source: 'shared/acts/001_ff9ff2505105f243.txt, status note (L5–10)',
  },
  {
    id: 'sjc-order-3-3-6-2017',
    match: { year: '2017', number: '3-3/6' },
    title: 'ҚР Жоғары Сот Кеңесі аппараты басшысының 2017 жылғы 17 ақпандағы № 3-3/6 өкімі',
    repealedBy: 'ҚР Жоғары Сот Кеңесі аппараты басшысының 2018 жылғы 14 наурыздағы № 3-4/14 өкімі, 2-тармақ',
    source: 'shared/acts/004_c35c6965a291465c.txt, order cl. 2 (L11)',
  },
  {
    id: 'kyzylorda-maslikhat-68-2021',
    match: { year: '2021', number: '68' },
    title: 'Қызылорда облыстық мәслихатының 2021 жылғы 25 қарашадағы № 68 шешімі',
    repealedBy: 'Қызылорда облыстық мәслихатының 2023 жылғы 24 сәуірдегі № 20 шешімі',
    source: 'shared/acts/003_9e3c672faa21bf14.txt, status note (L5–9)',
  },
];

export const RENAMED_BODIES: readonly RenamedBody[] = [
  {
    id: 'asa-anticorruption-agency',
    former: 'Мемлекеттік қызмет істері және сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі',
    current: 'Қазақстан Республикасының Мемлекеттік қызмет істері агенттігі (сыбайлас жемқорлыққа қарсы іс-қимыл бөлек агенттікке — Қазақстан Республикасының Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігіне (Сыбайлас жемқорлыққа қарсы қызмет) өтті)',
    source: 'shared/acts/003_9e3c672faa21bf14.txt, decision cl. 1 (the words replaced in App. 4); shared/acts/002_aa478879640c4786.txt L6 (the 2025 amendment is issued by «ҚР Мемлекеттік қызмет істері агенттігі Төрағасы»)',
  },
];
