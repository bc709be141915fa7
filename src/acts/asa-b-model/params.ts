/**
 * Every number of Annex 2 with its clause and the clause's Kazakh words (OpenFisca-style).
 * `quote` is verbatim from ../shared/acts/002_aa478879640c4786.txt (a test finds each one there).
 */
import type { Place, Provision } from '../pack.js';
import { place } from '../../law/provision.js';
import type { GradeBand } from '../../rules/grade-band.js';
import { RESULTS } from './catalogue.js';

const [EFFECTIVE, PROPER, SATISFACTORY, UNSATISFACTORY] = RESULTS;

export const params = {
  /** cl. 3(7): the evaluated period is a quarter. */
  period: {
    value: 'quarter' as const,
    clause: 'cl. 3(7)',
    quote: 'бағаланатын кезең – мемлекеттік қызметшінің жұмыс нәтижелері бағаланатын тоқсан',
  },
  /** cl. 5 pt. 1: by the 20th of the month after the quarter (a calendar date: it does not move off a day off). */
  quarterlyLimit: {
    value: { anchor: 'period-end' as const, months: 1, day: 20 },
    clause: 'cl. 5 pt. 1',
    quote: 'Бағалау тоқсан қорытындысы бойынша – есепті тоқсаннан кейінгі айдың жиырмасыншы күнінен кешіктірілмей жүргізіледі.',
    note: {
      kk: 'Мерзім күнтізбелік күнмен белгіленген, демалыс күнге түссе ауыстырылмайды; бағалау күні — бағалау парағына қол қойылған күн.',
      ru: 'Срок задан календарной датой и не переносится с выходного; датой оценки считается дата подписания оценочного листа.',
      en: 'The limit is a calendar date and does not move off a day off; the evaluation date is the date the sheet was signed.',
    },
  },
  /** cl. 6 pt. 1: not evaluated after less than one month in the post in the period. */
  minTenureMonths: {
    value: 1,
    clause: 'cl. 6 pt. 1',
    quote: 'Егер бағаланатын қызметшінің бағаланатын кезеңде нақты лауазымда болу мерзімі бағаланатын лауазымға тағайындалған немесе сайланған күннен бастап бір айдан кем болған жағдайда, оған бағалау жүргізілмейді.',
  },
  /** cl. 6 pt. 2: at least 15 working days actually worked. */
  minWorkedDays: {
    value: 15,
    clause: 'cl. 6 pt. 2',
    quote: 'Бұл ретте бағаланатын кезең қызметшінің нақты жұмыс істеген кемінде он бес жұмыс күнін қамтуы тиіс.',
    note: {
      kk: 'Жұмыс істелген күндер: лауазымдағы жұмыс күндері, еңбек демалысы, еңбекке уақытша жарамсыздық, қайта даярлау мен біліктілікті арттыру күндерін шегергенде; іссапар жұмыс болып саналады (4-т. бесінші бөлігі).',
      ru: 'Отработанные дни: рабочие дни в должности за вычетом отпуска, нетрудоспособности, переподготовки и повышения квалификации; командировка считается работой (п. 4 ч. 5).',
      en: 'Days worked: working days in the post less labour leave, sick leave, retraining and advanced training; a business trip counts as work (cl. 4 pt. 5).',
    },
  },
  /** cl. 10 pt. 2: dismissed persons acquainted within the month after the quarter. */
  dismissedNotice: {
    value: { anchor: 'period-end' as const, months: 1, day: 'last' as const },
    clause: 'cl. 10 pt. 2',
    quote: 'Жұмыстан босатылған адамдарды таныстыру, есепті тоқсаннан кейінгі айдың ішінде',
  },
  /** cl. 11: application for a calibration session within 5 working days of acquaintance. */
  applicationDays: {
    value: 5,
    clause: 'cl. 11',
    quote: 'Бағалау нәтижелерімен келіспеген жағдайда, қызметші бағалау нәтижелерімен танысқан күннен бастап бес жұмыс күні ішінде',
  },
  /** cl. 20 pt. 1: decision to hold the session and its composition within 3 working days of the application. */
  decisionDays: {
    value: 3,
    clause: 'cl. 20 pt. 1',
    quote: 'қызметшінің өтініші түскен уақыттан бастап үш жұмыс күн ішінде калибрлеу сессиясын өткізу туралы шешім қабылдайды қабылдайды және оның құрамын бекітеді.',
    note: {
      kk: 'Өтініштің берілген күні оның түскен күні деп алынады (пакетте бір ғана оқиға: calibration-applied).',
      ru: 'Дата подачи заявления считается датой его поступления (в пакете одно событие: calibration-applied).',
      en: 'The day the application was filed is taken as the day it was received (one event in the package: calibration-applied).',
    },
  },
  /** cl. 21: session held within 10 working days of the application. */
  sessionDays: {
    value: 10,
    clause: 'cl. 21',
    quote: 'Калибрлеу сессиясы қызметшінің өтініші түскен уақыттан бастап он жұмыс күн ішінде осы Үлгілік әдістеменің 11-тармағында көзделген тәртіппен өткізіледі.',
  },
  /** cl. 20 pt. 3: an odd number of members, at least three. */
  sessionSize: {
    value: { min: 3, odd: true },
    clause: 'cl. 20 pt. 3',
    quote: 'Калибрлеу сессиясының құрамы мүшелердің тақ санынан тұрады. Калибрлеу сессиясы мүшелерінің саны үштен кем болмауы тиіс.',
  },
  /** cl. 23 pt. 5: protocol posted in the IS within 3 working days of signing, «техникалық мүмкіндік болған жағдайда». */
  protocolPostDays: {
    value: 3,
    clause: 'cl. 23 pt. 5',
    quote: 'Персоналды басқару қызметі хаттамаға қол қойылған күннен бастап үш жұмыс күн ішінде оның ақпараттық жүйеге (техникалық мүмкіндік болған жағдайда) орналастырылуын қамтамасыз етеді.',
    note: {
      kk: '«техникалық мүмкіндік болған жағдайда» — сондықтан ескерту ретінде.',
      ru: '«при наличии технической возможности» — поэтому предупреждение.',
      en: '"where technically possible": hence a warning.',
    },
  },
  /** cl. 18 pt. 2: grades from 0 to 5. */
  gradeRange: {
    value: { min: 0, max: 5 },
    clause: 'cl. 18 pt. 2',
    quote: 'Бағалаушы адаммен 0-ден 5-ке дейінгі баға қойылады.',
  },
  /** App. 1/2 «Ескертпе»: the average is the sum divided by the number of parameters. */
  average: {
    value: { tolerance: 0.005 },
    clause: 'App. 1 (Ескертпе)',
    quote: 'Орташа қорытынды бағаны есептеу үшін қойылған бағалар сомасын бағаланатын параметрлер санына бөлу керек.',
    note: {
      kk: 'Дөңгелектеу ережесі жоқ: екі таңбаға дейін дөңгелектеу (±0,005) қабылданады.',
      ru: 'Правила округления нет: допускается округление до двух знаков (±0,005).',
      en: 'No rounding rule is given: any rounding to two decimals (±0.005) is accepted.',
    },
  },
  /** cl. 8: the bands, read half-open so that 1,995 or 2,999 fall somewhere. */
  bands: {
    value: [
      { from: 4, label: EFFECTIVE },
      { from: 3, below: 4, label: PROPER },
      { from: 2, below: 3, label: SATISFACTORY },
      { from: 0, below: 2, label: UNSATISFACTORY },
    ] as GradeBand[],
    clause: 'cl. 8',
    quote: '"Функционалдық міндеттерін тиімді атқарады" нәтижесіне 4-тен 5 баллға дейін, "Функционалдық міндеттерін тиісті түрде атқарады" нәтижесіне 3-тен 3,99 баллға дейін, "Функционалдық міндеттерін қанағаттанарлық түрде атқарады" нәтижесіне 2-ден 2,99 баллға дейін, "Функционалдық міндеттерін қанағаттанарлықсыз түрде атқарады" нәтижесіне 0-ден 1,99 баллға дейінгі бағалар диапазоны сәйкес келеді.',
    note: {
      kk: 'Мәтіндегі аралықтар арасында бос орын бар (1,99 мен 2 арасы т.б.), дөңгелектеу ережесі жоқ: аралықтар [0;2), [2;3), [3;4), [4;5] деп оқылады.',
      ru: 'Диапазоны в тексте имеют разрывы (между 1,99 и 2 и т.д.), правила округления нет: читаются как [0;2), [2;3), [3;4), [4;5].',
      en: 'The printed bands leave gaps (between 1.99 and 2, …) and give no rounding rule: read as [0;2), [2;3), [3;4), [4;5].',
    },
  },
  /** App. 1/2 row 5: caps for a sanction applied in the quarter. */
  sanctionCaps: {
    value: { light: 2.99, other: 1.99 },
    clause: 'App. 1 (row 5)',
    quote: 'Бағаланатын тоқсанда қолданылған тәртіптік жаза ескеріледі. Тәртіптік жаза болған жағдайда: - ескерту, сөгіс, қатаң сөгіс үшін баға 2,99 баллдан аспауы керек; - жазаның өзге де түрлері түрінде, оның ішінде мемлекеттік қызметке кір келтіретін теріс қылықтары үшін баға 1,99 баллдан аспауы тиіс.',
    note: {
      kk: 'Шек 5-параметрдің бағасына қолданылады (жалпы бағаға емес); жаза қолданылған күн тоқсан ішінде болуы тиіс.',
      ru: 'Предел относится к оценке параметра 5 (не к итоговой); дата применения взыскания должна быть в квартале.',
      en: 'The cap applies to the grade of parameter 5 (not the overall grade); the sanction must have been applied within the quarter.',
    },
  },
  /** cl. 13: documents kept three years (not checkable from a package). */
  retentionYears: {
    value: 3,
    clause: 'cl. 13',
    quote: 'Бағалаумен байланысты құжаттар бағалау аяқталған күннен бастап үш жыл ішінде персоналды басқару қызметінде және ақпараттық жүйеде сақталады.',
  },
  // The places (clause and words) of rules that read no value.
  managerialParameters: place('App. 1', 'Басшы лауазымды атқаратын адамның бағалау парағы'),
  nonManagerialParameters: place('App. 2', 'Басшы лауазымды атқармайтын адамның бағалау парағы'),
  calibrationWithoutParties: place('cl. 20 pt. 4', 'Нақты калибрлеу сессиясының құрамына бағамен келіспейтін адам, сондай-ақ оны бағалаған адам кірмейді.'),
  calibrationHrMember: place('cl. 20 pt. 5', 'Калибрлеу сессиясы мүшелерінің құрамына бағалаушы адамдар (бағалауы калибрлеу сессиясында қаралуға жататын адамды қоспағанда), сондай-ақ персоналды басқару қызметінің (кадр қызметінің) қызметкері не персоналды басқару қызметінің (кадр қызметінің) міндеттерін орындау жүктелген адам кіреді.'),
  calibrationMajority: place('cl. 23 pt. 5', 'Қорытынды баға калибрлеу сессиясы мүшелерінің басым дауысымен қабылданады және тиісті хаттамамен рәсімделеді.'),
  calibrationProtocol: place('cl. 23 pt. 5', 'Қорытынды баға калибрлеу сессиясы мүшелерінің басым дауысымен қабылданады және тиісті хаттамамен рәсімделеді.'),
  calibrationOnApplication: place('cl. 19', 'Бағалау процесіне бірыңғай тәсілді келісу және сақтау мақсатында мемлекеттік органдар осы Үлгілік әдістеменің 11-тармағында көзделген тәртіппен калибрлеу сессияларын өткізеді.'),
  feedbackMeeting: place('cl. 24', 'Калибрлеу сессиясының нәтижелері бойынша бағалаушы адам бағаланатын қызметшімен кездесу өткізеді және қорытынды бағалау нәтижесі туралы кері байланысты ұсынады.'),
  /** cl. 17: which sheet, and who evaluates, in the order its parts apply. */
  formByCategoryPt1: place('cl. 17 pt. 1', 'В-1, С-1 (орталық атқарушы орган комитеті төрағасының орынбасары, департамент директоры), D-1, D-3 (құрылымдық бөлімшелердің басшылары), C-O-1, D-O-1, D-R-1, C-R-1, Е-1, Е-2, E-R-1 санаттарының "Б" корпусының мемлекеттік әкімшілік қызметшілерін бағалау тікелей басшымен осы Үлгілік әдістеменің 1-қосымшасына сәйкес нысан бойынша жүргізіледі.'),
  formByCategoryPt2: place('cl. 17 pt. 2', 'Осы тармақтың бірінші бөлігінде көрсетілген адамдарды қоспағанда, басшы лауазымдарды атқаратын "Б" корпусының мемлекеттік әкімшілік қызметшілерін бағалау құрылымдық бөлімшенің/мемлекеттік органның басшысымен осы Үлгілік әдістеменің 1-қосымшасына сәйкес нысан бойынша жүргізіледі.'),
  formByCategoryPt3: place('cl. 17 pt. 3', 'С-1 (орталық атқарушы орган комитеті төрағасының орынбасарын, департамент директорын қоспағанда), D-1, D-3 санаттарының (құрылымдық бөлімшелердің басшыларын қоспағанда) "Б" корпусының мемлекеттік әкімшілік қызметшілерін бағалау тікелей басшымен осы Үлгілік әдістеменің 2-қосымшасына сәйкес нысан бойынша жүргізіледі.'),
  formByCategoryPt4: place('cl. 17 pt. 4', 'Өзге тұлғаларды бағалау құрылымдық бөлімшенің/мемлекеттік органның басшысымен осы Үлгілік әдістеменің 2-қосымшасына сәйкес нысан бойынша жүргізіледі.'),
} satisfies Record<string, Provision<unknown> | Place>;
