/**
 * sjc-apparatus: every number the act sets, with its clause and the clause's Kazakh words
 * (OpenFisca-style: the value lives here once; rules read it from here).
 */
import { place, provision } from '../../law/provision.js';
import { COMPETENCIES_HEADS, COMPETENCIES_STAFF } from './catalogue.js';


export const params = {
  /** Cl. 4: NMI and ranking evaluations by the 10th day of the month after the reporting quarter. */
  quarterlyLimitDay: provision(10, 'cl. 4', 'НМИ қол жеткізу және саралау әдісі бойынша бағалау тоқсан қорытындысы бойынша – есепті тоқсаннан кейінгі айдың оныншы күнінен кешіктірілмей', {
    kk: 'Мәтін күнді атайды: демалыс күніне түссе, ол жылжытылмайды',
    ru: 'Текст называет дату: если она выпадает на выходной, она не переносится',
    en: 'The text names a date: it does not move when it falls on a day off',
  }),
  /** Cl. 4: the 360 evaluation by the 10th day of the month after the reporting year. */
  surveyLimitDay: provision(10, 'cl. 4', '360 әдісі бойынша – есепті жылдан кейінгі айдың оныншы күнінен кешіктірілмей жүргізіледі'),
  /** Cl. 5: under three months in the position during the period ⇒ not evaluated. */
  tenureMonths: provision(3, 'cl. 5', 'Егер бағаланатын қызметшінің бағаланатын кезеңде нақты лауазымда болу мерзімі үш айдан кем болған жағдайда, оны бағалау жүргізілмейді.'),
  /** Cl. 5: NMI evaluation of a servant absent at evaluation time within five working days of return. */
  returnWorkingDays: provision(5, 'cl. 5', 'қызметшіні НМИ қол жеткізу бойынша бағалау жұмысқа шыққаннан кейін бес жұмыс күні ішінде', {
    kk: '«Бағалау жүргізу кезеңі» тоқсан біткен күннің ертеңінен 4-тармақтағы шекті күнге дейінгі аралық деп алынды; жұмысқа шыққан күн — болмаудың соңғы күнінің ертеңі',
    ru: '«Период проведения оценки» принят как время со дня после окончания квартала до предельной даты п. 4; день выхода на работу — день после последнего дня отсутствия',
    en: '"While the evaluation is held" is taken as the days from the day after the quarter to the cl. 4 limit; the return day is the day after the absence\'s last day',
  }),
  /** Cl. 22: NMI set within ten working days after the period starts (or after appointment). */
  planWorkingDays: provision(10, 'cl. 22', 'бағаланатын кезең басталғаннан кейін он жұмыс күні ішінде жасалатын'),
  planAppointedWorkingDays: provision(10, 'cl. 22', 'Қызметші бағалау кезеңі басталғаннан кейін тағайындалған жағдайда НМИ лауазымға тағайындалған күннен бастап он жұмыс күні ішінде белгіленеді.'),
  /** Cl. 22: the plan posted in the information system within five working days of approval. */
  planPostWorkingDays: provision(5, 'cl. 22', 'НМИ белгіленген (бекітілген) күннен бастап бес жұмыс күні ішінде Сектор жеке жұмыс жоспарының ақпараттық жүйеде (техникалық мүмкіндік болған жағдайда) орналастырылуын қамтамасыз етеді.'),
  /** Cl. 22: less than three months from appointment to the period's end ⇒ no NMI. */
  planTenureMonths: provision(3, 'cl. 22', 'Егер қызметші тағайындалған күннен бастап бағалау кезеңінің сонына дейінгі мерзім үш айдан аз болса, аталған қызметшіге НМИ белгіленбейді.'),
  /** Cl. 22: pre-calculated actual values sent at least five working days before the cl. 4 limit. */
  actualsWorkingDaysBefore: provision(5, 'cl. 22', 'Сектор НМИ-дің нақты мәндеріне алдын ала есептеу жүргізеді және оны осы Әдістеменің 4-тармағына сәйкес бағалау мерзімінің соңғы күніне дейінгі бес жұмыс күннен кешіктірмейтін мерзімде'),
  /** Cl. 23: three to five NMI. */
  kpiCount: provision({ min: 3, max: 5 }, 'cl. 23', 'НМИ үштен беске дейінгі мөлшерде белгіленеді'),
  /** Cl. 26: heads notified by the 5th day of the month after the quarter. */
  headsNoticeDay: provision(5, 'cl. 26', 'өткізу туралы есепті тоқсаннан кейінгі айдың бесінші күнінен кешіктірмей хабардар етеді'),
  /** Cl. 27: NMI grades 0 to 5 within the App. 3 band. */
  kpiGradeRange: provision({ min: 0, max: 5 }, 'cl. 27', 'бағалау парағының тиісті бағанында (0-ден 5-ке дейін) баға қояды'),
  /** Cl. 30: other servants notified by the 10th day of the month after the quarter. */
  staffNoticeDay: provision(10, 'cl. 30', 'оған қатысты бағалау жүргізілетіні туралы есепті тоқсаннан кейінгі айдың оныншы күнінен кешіктірмей хабардар етеді'),
  /** Cl. 31: ranking grades 0 to 5; App. 4 prints «1-ден 5 баллға дейін». */
  rankingGradeRange: provision({ min: 0, max: 5 }, 'cl. 31', 'Бағалаушы адам осы Әдістеменің 4-қосымшасына сәйкес нысан бойынша бағалау парағының тиісті бағанында баға (0-ден 5-ке дейін) қояды.', {
    kk: '31-тармақ 0–5 дейді, 4-қосымша «1-ден 5 баллға дейін» дейді: 0–5-тен тыс баға — қате, 0 — ескерту',
    ru: 'п. 31 говорит 0–5, приложение 4 — «от 1 до 5 баллов»: оценка вне 0–5 — ошибка, 0 — предупреждение',
    en: 'cl. 31 says 0–5, App. 4 prints "1 to 5 points": a grade outside 0–5 is an error, a 0 a warning',
  }),
  rankingFormScale: provision({ min: 1, max: 5 }, 'App. 4', 'Бағалау (1-ден 5 баллға дейін)'),
  /** Cl. 11: familiarisation within two working days after the evaluation. */
  familiarisationWorkingDays: provision(2, 'cl. 11', 'Сектор бағаланатын қызметшіні бағалау нәтижелерімен ол аяқталған соң екі жұмыс күні ішінде ақпараттық жүйе арқылы таныстыруды қамтамасыз етеді.'),
  /** Cl. 12: application for a calibration session within five working days of familiarisation. */
  applicationWorkingDays: provision(5, 'cl. 12', 'қызметші бағалау нәтижелерімен танысқан күннен бастап бес жұмыс күні ішінде Аппарат басшысына калибрлеу сессиясын өткізу жөнінде еркін нысанда тиісті өтінішпен жүргінеді.'),
  /** Cl. 35: three to seven respondents. */
  respondents: provision({ min: 3, max: 7 }, 'cl. 35', 'үш адамнан кем болмауы және жеті адамнан артық болмауы тиіс', {
    kk: 'Өзін-өзі бағалау бұл санға кірмейді деп алынды (ол қорытынды бағалауда есепке алынбайды)',
    ru: 'Самооценка в это число не включена (она не учитывается в итоговой оценке)',
    en: 'The self-evaluation is not counted (it is left out of the final result)',
  }),
  /** Cl. 38: decision and members within three working days of the application. */
  orderWorkingDays: provision(3, 'cl. 38', 'Аппарат басшысы қызметшінің өтініші түскен уақыттан бастап үш жұмыс күн ішінде калибрлеу сессиясын өткізу туралы шешім қабылдайды және оның құрамын бекітеді.'),
  /** Cl. 39: the session within ten working days of the application. */
  sessionWorkingDays: provision(10, 'cl. 39', 'Калибрлеу сессиясы қызметшінің өтініші түскен уақыттан бастап он жұмыс күн ішінде'),
  /** Cl. 41: protocol posted within three working days of signing. */
  protocolPostWorkingDays: provision(3, 'cl. 41', 'Сектор хаттамаға қол қойылған күннен бастап үш жұмыс күн ішінде оның ақпараттық жүйеге (техникалық мүмкіндік болған жағдайда) орналастырылуын қамтамасыз етеді.'),
  /** Cl. 14: documents kept three years (not checkable from a package). */
  retentionYears: provision(3, 'cl. 14', 'Бағалаумен байланысты құжаттар бағалау аяқталған күннен бастап үш жыл ішінде Секторда'),
  // The places (clause and words) of rules that read no value.
  methodByCategory: place('cl. 28', 'Аппараттың "Б" корпусының қызметшілерін бағалау саралау әдісі бойынша жүзеге асырылады.'),
  surveyFormByCategory: place('cl. 33', 'Аппарат басышысының орынбасары, Аппараттың құрылымдық бөлімшелерінің басшылары үшін 360 әдісі бойынша бағалау осы Әдістеменің 5-қосымшасына сәйкес нысан бойынша, "Б" корпусының қызметшілері үшін осы Әдістеменің 6-қосымшасына сәйкес нысан бойынша жүргізіледі.'),
  periodYear: place('cl. 33 pt. 1', '360 әдісі бойынша бағалау жылына бір рет ақпараттық жүйеде жасырын жүргізіледі.'),
  kpiResultBand: place('cl. 7', '"Функционалдық міндеттерін тиімді атқарады" нәтижесіне 4-тен 5 баллға дейін, "Функционалдық міндеттерін тиісті түрде атқарады" нәтижесіне 3-тен 3,99 баллға дейін, "Функционалдық міндеттерін қанағаттанарлық түрде атқарады" нәтижесіне 2-ден 2,99 баллға дейін, "Функционалдық міндеттерін қанағаттанарлықсыз түрде атқарады" нәтижесіне 0-ден 1,99 баллға дейінгі бағалар диапазоны сәйкес келеді.'),
  rankingResultBand: place('App. 4', 'Қызметшінің бағалау нәтижесі орташа қорытынды бағаның негізінде қойылады.'),
  planPresent: place('cl. 22', 'осы Әдістеменің 1-қосымшасына сәйкес нысан бойынша бағаланатын кезең басталғаннан кейін он жұмыс күні ішінде жасалатын Аппарат басышысы орынбасарының, Аппараттың құрылымдық бөлімшесі басшысының жеке жұмыс жоспарында белгілейді'),
  planAgreed: place('cl. 22', 'НМИ-ды бағалаушы адам Сектормен келісімі бойынша'),
  planApprovedBySuperior: place('App. 1', '"БЕКІТЕМІН" жоғары тұрган басшы'),
  kpiDeadlineInPeriod: place('cl. 24(4)', 'уақытпен шектеулі (бағаланатын кезең ішінде НМИ қол жеткізу мерзімі белгіленеді)'),
  kpiGradeBand: place('cl. 27 pt. 3', 'Бағаларды қою кезінде бағалаушы адам осы Әдістеменің 3-қосымшасына сәйкес нысан бойынша түйінді нысаналы индикаторды іске асыру пайызына қарай жол берілетін бағаны айқындау кестесін пайдаланады.'),
  kpiFinalMean: place('App. 2', 'НМИ санына бөлінген НМИ бойынша бағалау сомасы'),
  rankingByUnitHead: place('cl. 29', 'Аппараттың "Б" корпусының қызметшілерін саралау әдісі бойынша бағалауды Аппарат құрылымдық бөлімшениң басшысы осы Әдістеменің 4-қосымшасына сәйкес нысан бойынша'),
  rankingParameters: place('cl. 32', 'мынадай параметрлер бойынша айқындалады:'),
  rankingMean: place('App. 4', 'Орташа қорытынды бағаны есептеу үшін қойылған бағалар сомасын бағаланатын параметрлер санына бөлу керек.'),
  surveySelf: place('cl. 35 pt. 2', 'Қызметшіні 360 әдісімен бағалауда оның өзін-өзі бағалауы көзделген.'),
  surveyDirectHead: place('cl. 35 pt. 3', 'Саулнама алынатын адамдардың қатарына қосылады: 1) тікелей басшы;'),
  /** Cl. 34: the heads' 360 questionnaire rates the competencies cl. 34 lists for them (App. 5), the staff's those it lists for the staff (App. 6). */
  surveyCompetenciesHeads: provision(COMPETENCIES_HEADS.length, 'cl. 34', 'Аппарат басышысының орынбасары, Аппараттың құрылымдық бөлімшелерінің басшылары үшін: қызметті басқару;'),
  surveyCompetenciesStaff: provision(COMPETENCIES_STAFF.length, 'cl. 34', 'Аппараттың "Б" корпусының қызметшілері үшін: тиімді коммуникацияларды құру;'),
  resultRowsHeads: place('App. 7', 'Қызметшіні 360 әдісімен бағалау нәтижесі'),
  resultRowsStaff: place('App. 8', 'Кызметшіні 360 градус әдісімен бағалау нәтижелері'),
  surveyAverageHeads: place('App. 7', 'Әрбір құзырет бойынша бағалаудың орташа қорытынды нәтижелерін есептеу автоматты режимде әрбір респонденттің баллдарын қосу және респонденттердің санына бөлу (өзін-өзі бағалаудан басқа) арқылы жүзеге асырылады.'),
  surveyAverageStaff: place('App. 8', 'Әрбір құзырет бойынша бағалаудың орташа қорытынды нәтижелерін есептей автоматты режимде әрбір респонденттің баллдарын қосу және респонденттердің санына бөлу (өзін-өзі бағалаудан басқа) арқылы жүзеге асырылады.'),
  surveyReportHeads: place('cl. 36', 'Сектор 360 әдісі бойынша бағалау процесін басқарады, жеке есептерді жасайды және осы Әдістеменің 7 және 8-қосымшаларына сәйкес нысандағы 360 бағалау нәтижелері бойынша кері байланыс ұсынуды үйымдастырады.'),
  surveyReportStaff: place('cl. 36', 'Сектор 360 әдісі бойынша бағалау процесін басқарады, жеке есептерді жасайды және осы Әдістеменің 7 және 8-қосымшаларына сәйкес нысандағы 360 бағалау нәтижелері бойынша кері байланыс ұсынуды үйымдастырады.'),
  calibrationOnApplication: place('cl. 37', 'осы Әдістеменің 12-тармағында көзделген тәртіппен калибрлеу сессияларын өткізеді.'),
  calibrationEvaluator: place('cl. 41', 'Калибрлеу сессиясында бағалаушы адам бағаланатын адамның жұмысын қысқаша сипаттайтын және өз бағасына дәлел келтіреді.'),
  calibrationMajority: place('cl. 41', 'Қорытынды баға калибрлеу сессиясы қатысушыларының басым дауысымен қабылданады'),
  calibrationCorrection: place('cl. 41', 'Бағалауды түзетулер жоғарылау жағынан да, төмендеу жағынан да енгізілуі мүмкін.'),
  calibrationProtocol: place('cl. 41', 'тиісті хаттамамен рәсімделеді'),
  feedbackMeeting: place('cl. 42', 'Калибрлеу сессияның нәтижелері бойынша бағалаушы адам бағаланатын қызметшімен кездесу өткізеді'),
  surveyAnswersApp5: place('App. 5', 'Жауаптар бағанында жауаптың ұсынылған нұсқаларының бірі көрсетіледі:'),
  surveyAnswersApp6: place('App. 6', 'Жауаптар бағанында жауаптың ұсынылған нұсқаларының бірі көрсетіледі:'),
} as const;
