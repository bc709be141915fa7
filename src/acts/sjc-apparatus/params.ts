/**
 * sjc-apparatus: every number the act sets, with its clause and the clause's Kazakh words
 * (OpenFisca-style: the value lives here once; rules read it from here).
 */
import type { Provision } from '../pack.js';

const p = <T>(value: T, clause: string, quote: string, note?: Provision<T>['note']): Provision<T> => (note ? { value, clause, quote, note } : { value, clause, quote });

export const params = {
  /** Cl. 4: NMI and ranking evaluations by the 10th day of the month after the reporting quarter. */
  quarterlyLimitDay: p(10, 'cl. 4', 'НМИ қол жеткізу және саралау әдісі бойынша бағалау тоқсан қорытындысы бойынша – есепті тоқсаннан кейінгі айдың оныншы күнінен кешіктірілмей', {
    kk: 'Мәтін күнді атайды: демалыс күніне түссе, ол жылжытылмайды',
    ru: 'Текст называет дату: если она выпадает на выходной, она не переносится',
    en: 'The text names a date: it does not move when it falls on a day off',
  }),
  /** Cl. 4: the 360 evaluation by the 10th day of the month after the reporting year. */
  surveyLimitDay: p(10, 'cl. 4', '360 әдісі бойынша – есепті жылдан кейінгі айдың оныншы күнінен кешіктірілмей жүргізіледі'),
  /** Cl. 5: under three months in the position during the period ⇒ not evaluated. */
  tenureMonths: p(3, 'cl. 5', 'Егер бағаланатын қызметшінің бағаланатын кезеңде нақты лауазымда болу мерзімі үш айдан кем болған жағдайда, оны бағалау жүргізілмейді.'),
  /** Cl. 5: NMI evaluation of a servant absent at evaluation time within five working days of return. */
  returnWorkingDays: p(5, 'cl. 5', 'қызметшіні НМИ қол жеткізу бойынша бағалау жұмысқа шыққаннан кейін бес жұмыс күні ішінде', {
    kk: '«Бағалау жүргізу кезеңі» тоқсан біткен күннің ертеңінен 4-тармақтағы шекті күнге дейінгі аралық деп алынды; жұмысқа шыққан күн — болмаудың соңғы күнінің ертеңі',
    ru: '«Период проведения оценки» принят как время со дня после окончания квартала до предельной даты п. 4; день выхода на работу — день после последнего дня отсутствия',
    en: '"While the evaluation is held" is taken as the days from the day after the quarter to the cl. 4 limit; the return day is the day after the absence\'s last day',
  }),
  /** Cl. 22: NMI set within ten working days after the period starts (or after appointment). */
  planWorkingDays: p(10, 'cl. 22', 'бағаланатын кезең басталғаннан кейін он жұмыс күні ішінде жасалатын'),
  planAppointedWorkingDays: p(10, 'cl. 22', 'Қызметші бағалау кезеңі басталғаннан кейін тағайындалған жағдайда НМИ лауазымға тағайындалған күннен бастап он жұмыс күні ішінде белгіленеді.'),
  /** Cl. 22: the plan posted in the information system within five working days of approval. */
  planPostWorkingDays: p(5, 'cl. 22', 'НМИ белгіленген (бекітілген) күннен бастап бес жұмыс күні ішінде Сектор жеке жұмыс жоспарының ақпараттық жүйеде (техникалық мүмкіндік болған жағдайда) орналастырылуын қамтамасыз етеді.'),
  /** Cl. 22: less than three months from appointment to the period's end ⇒ no NMI. */
  planTenureMonths: p(3, 'cl. 22', 'Егер қызметші тағайындалған күннен бастап бағалау кезеңінің сонына дейінгі мерзім үш айдан аз болса, аталған қызметшіге НМИ белгіленбейді.'),
  /** Cl. 22: pre-calculated actual values sent at least five working days before the cl. 4 limit. */
  actualsWorkingDaysBefore: p(5, 'cl. 22', 'Сектор НМИ-дің нақты мәндеріне алдын ала есептеу жүргізеді және оны осы Әдістеменің 4-тармағына сәйкес бағалау мерзімінің соңғы күніне дейінгі бес жұмыс күннен кешіктірмейтін мерзімде'),
  /** Cl. 23: three to five NMI. */
  kpiCount: p({ min: 3, max: 5 }, 'cl. 23', 'НМИ үштен беске дейінгі мөлшерде белгіленеді'),
  /** Cl. 26: heads notified by the 5th day of the month after the quarter. */
  headsNoticeDay: p(5, 'cl. 26', 'өткізу туралы есепті тоқсаннан кейінгі айдың бесінші күнінен кешіктірмей хабардар етеді'),
  /** Cl. 27: NMI grades 0 to 5 within the App. 3 band. */
  kpiGradeRange: p({ min: 0, max: 5 }, 'cl. 27', 'бағалау парағының тиісті бағанында (0-ден 5-ке дейін) баға қояды'),
  /** Cl. 30: other servants notified by the 10th day of the month after the quarter. */
  staffNoticeDay: p(10, 'cl. 30', 'оған қатысты бағалау жүргізілетіні туралы есепті тоқсаннан кейінгі айдың оныншы күнінен кешіктірмей хабардар етеді'),
  /** Cl. 31: ranking grades 0 to 5; App. 4 prints «1-ден 5 баллға дейін». */
  rankingGradeRange: p({ min: 0, max: 5 }, 'cl. 31', 'Бағалаушы адам осы Әдістеменің 4-қосымшасына сәйкес нысан бойынша бағалау парағының тиісті бағанында баға (0-ден 5-ке дейін) қояды.', {
    kk: '31-тармақ 0–5 дейді, 4-қосымша «1-ден 5 баллға дейін» дейді: 0–5-тен тыс баға — қате, 0 — ескерту',
    ru: 'п. 31 говорит 0–5, приложение 4 — «от 1 до 5 баллов»: оценка вне 0–5 — ошибка, 0 — предупреждение',
    en: 'cl. 31 says 0–5, App. 4 prints "1 to 5 points": a grade outside 0–5 is an error, a 0 a warning',
  }),
  rankingFormScale: p({ min: 1, max: 5 }, 'App. 4', 'Бағалау (1-ден 5 баллға дейін)'),
  /** Cl. 11: familiarisation within two working days after the evaluation. */
  familiarisationWorkingDays: p(2, 'cl. 11', 'Сектор бағаланатын қызметшіні бағалау нәтижелерімен ол аяқталған соң екі жұмыс күні ішінде ақпараттық жүйе арқылы таныстыруды қамтамасыз етеді.'),
  /** Cl. 12: application for a calibration session within five working days of familiarisation. */
  applicationWorkingDays: p(5, 'cl. 12', 'қызметші бағалау нәтижелерімен танысқан күннен бастап бес жұмыс күні ішінде Аппарат басшысына калибрлеу сессиясын өткізу жөнінде еркін нысанда тиісті өтінішпен жүргінеді.'),
  /** Cl. 35: three to seven respondents. */
  respondents: p({ min: 3, max: 7 }, 'cl. 35', 'үш адамнан кем болмауы және жеті адамнан артық болмауы тиіс', {
    kk: 'Өзін-өзі бағалау бұл санға кірмейді деп алынды (ол қорытынды бағалауда есепке алынбайды)',
    ru: 'Самооценка в это число не включена (она не учитывается в итоговой оценке)',
    en: 'The self-evaluation is not counted (it is left out of the final result)',
  }),
  /** Cl. 38: decision and members within three working days of the application. */
  orderWorkingDays: p(3, 'cl. 38', 'Аппарат басшысы қызметшінің өтініші түскен уақыттан бастап үш жұмыс күн ішінде калибрлеу сессиясын өткізу туралы шешім қабылдайды және оның құрамын бекітеді.'),
  /** Cl. 39: the session within ten working days of the application. */
  sessionWorkingDays: p(10, 'cl. 39', 'Калибрлеу сессиясы қызметшінің өтініші түскен уақыттан бастап он жұмыс күн ішінде'),
  /** Cl. 41: protocol posted within three working days of signing. */
  protocolPostWorkingDays: p(3, 'cl. 41', 'Сектор хаттамаға қол қойылған күннен бастап үш жұмыс күн ішінде оның ақпараттық жүйеге (техникалық мүмкіндік болған жағдайда) орналастырылуын қамтамасыз етеді.'),
  /** Cl. 14: documents kept three years (not checkable from a package). */
  retentionYears: p(3, 'cl. 14', 'Бағалаумен байланысты құжаттар бағалау аяқталған күннен бастап үш жыл ішінде Секторда'),
} as const;
