/**
 * What act 000 (mic-2018) and act 001 (almaty-maslikhat-2018) print word for word, both being written
 * on the 2018 Model methodology: the provisions (value, clause, the clause's Kazakh, our reading where
 * the text leaves a choice) and the places rules rest on. Each pack's params.ts spreads these and adds
 * what its own act words differently; the pack tests find every quote in each act's own text, so a
 * provision stays here only while both acts really print it.
 */
import { place, provision } from '../../law/provision.js';

export const MODEL_PARAMS = {
  /** cl. 4 ¶1: not evaluated with less than three months in the position, nor on probation. */
  minTenureMonths: provision(3, 'cl. 4', 'нақты лауазымға келу мерзімі үш айдан кем болған жағдайда соның ішінде әлеуметтік демалыстан шыққаннан немесе оқуды аяқтағаннан кейін, сондай-ақ сынақ мерзімінде бағалау өткізілмейді', {
    kk: '«Бағалау» күні ретінде комиссия отырысының күні алынды (мәтін күнді атамайды).',
    ru: 'Датой «оценки» принята дата заседания комиссии (текст её не называет).',
    en: 'The commission session date is taken as the date of "evaluation" (the text does not name one).',
  }),
  /** cl. 4 ¶2: absent at the time of evaluation → evaluated within 5 working days of return. */
  returnWorkingDays: provision(5, 'cl. 4', 'жұмысына қайта кіріскеннен кейін 5 жұмыс күні ішінде бағалаудан өтеді'),
  /** cl. 5: at least five members. */
  commissionMin: provision(5, 'cl. 5', 'комиссия мүшелерінің саны 5 адамнан кем болмауы тиіс', {
    kk: 'Хатшы мүше ретінде саналмайды (34-т.: дауыс беруге қатыспайды).',
    ru: 'Секретарь не считается членом (п. 34: не голосует).',
    en: 'The secretary is not counted as a member (cl. 34: does not vote).',
  }),
  /** cl. 9: KPIs set in the plan within 10 working days of the period's start. */
  planWorkingDays: provision(10, 'cl. 9', 'Бағалау кезеңі басталғаннан кейін 10 жұмыс күні ішінде', {
    kk: 'НМИ анықталған күн — тікелей басшы жеке жұмыс жоспарына қол қойған күн.',
    ru: 'День определения ЦИ — день подписания индивидуального плана непосредственным руководителем.',
    en: 'The day the KPIs are set is taken as the day the direct supervisor signed the work plan.',
  }),
  /** cl. 12, 23: resubmission within 2 working days of the return for correction. */
  planResubmitWorkingDays: provision(2, 'cl. 12', 'түзетуге жолданған күннен бастап 2 жұмыс күнінен кешіктірілмей жүзеге асырылады'),
  sheetResubmitWorkingDays: provision(2, 'cl. 23', 'оны түзетуге жолдағаннан кейін 2 жұмыс күнінен кешіктірілмей жүзеге асырылады'),
  /** cl. 14: five KPIs. */
  kpiCount: provision(5, 'cl. 14', 'НМИ саны 5 құрайды.'),
  /** cl. 18: grade by the number of KPIs achieved (of 5). */
  kpiGrades: provision(
    [
      { min: 5, grade: 'өте жақсы' },
      { min: 4, max: 4, grade: 'тиімді' },
      { min: 3, max: 3, grade: 'қанағаттанарлық' },
      { min: 0, max: 2, grade: 'қанағаттанарлықсыз' },
    ],
    'cl. 18',
    'НМИ барлығы орындалған жағдайда "өте жақсы" баға қойылады. НМИ санының 5-нен 4-і орындалған жағдайда "тиімді" баға қойылады. НМИ санының 5-нен 3-і орындалған жағдайда "қанағаттанарлық" баға қойылады. НМИ санының 5-нен 3-тен азы орындалған жағдайда "қанағаттанарлықсыз" баға қойылады.',
  ),
  /** cl. 24, 28: HR passes the signed sheet to the commission within 2 working days. */
  kpiSubmitWorkingDays: provision(2, 'cl. 24', 'Жоғары тұрған басшымен бағалау парағына қол қойылғаннан кейін персоналды басқару қызметі 2 жұмыс күнінен кешіктірмей оны Комиссияның қарауына ұсынады.'),
  competencySubmitWorkingDays: provision(2, 'cl. 28', 'Тікелей басшымен бағалау парағына қол қойылғаннан кейін персоналды басқару қызметі 2 жұмыс күнінен кешіктірмей оны Комиссияның қарауына ұсынады.'),
  /** cl. 27: «meets» when 3/4 or more of the indicators are observed. */
  competencyThreshold: provision([3, 4] as [number, number], 'cl. 27', 'мінез-құлық индикторларының 3/4 немесе одан көбі байқалған жағдайда "күтілген нәтижеге сәйкес" бағасы қойылады', {
    kk: '3/4 тиімді индикаторлардан есептеледі; 3-қосымшадағы «күтілетін» және 27-т. «күтілген» жазылуы екеуі де қабылданады.',
    ru: '3/4 считается от эффективных индикаторов; принимаются оба написания — «күтілетін» (прил. 3) и «күтілген» (п. 27).',
    en: '3/4 is counted over the effective indicators; both spellings, «күтілетін» (App. 3) and «күтілген» (cl. 27), are accepted.',
  }),
  publicServiceRows: provision(
    ['Қызметті тұтынушыға бағдарлану *', 'Қызметті тұтынушыларды хабарландыру *'] as const,
    'App. 3',
    '*Лауазымдық міндеттеріне мемлекеттік қызмет көрсету мәселелері жатпайтын "Б" корпусының мемлекеттік қызметшілері "Қызметті тұтынушыға бағдарлану" және "Қызметті тұтынушыларды хабарландыру" құзыреттері бойынша бағаланбайды.',
  ),
  /** cl. 29: notice 7 working days before the evaluation. */
  noticeWorkingDays: provision(7, 'cl. 29', 'бағалауды өткізуге дейін жеті жұмыс күні аралығында бағалауды жүргізетін тұлғаларды бағалау жүргізу туралы хабарлайды', {
    kk: '«Жеті жұмыс күні аралығында» — отырысқа дейін кемінде 7 жұмыс күні бұрын деп оқылды.',
    ru: '«В течение семи рабочих дней до» прочитано как «не позднее чем за 7 рабочих дней до» заседания.',
    en: '«жеті жұмыс күні аралығында» is read as "at least 7 working days before" the session.',
  }),
  /** cl. 30: quorum two thirds. */
  quorum: provision([2, 3] as [number, number], 'cl. 30', 'Комиссияның отырысы оның құрамының кем дегенде үштен екісі қатысқан жағдайда өкілетті болып есептеледі.'),
  /** cl. 37: the two decisions of the commission. */
  decisions: provision(['бағалау нәтижелерін бекіту', 'бағалау нәтижелерін қайта қарау'] as const, 'cl. 37', 'Комиссия бағалау нәтижелерін қарайды да келесі шешімдердің біреуін қабылдайды:'),
  /** cl. 41: refusal act signed by the HR service and two other employees. */
  refusalSignatories: provision({ hr: 1, others: 2 }, 'cl. 41', 'персоналды басқару қызметімен және мемлекеттік органның басқа екі қызметшісімен қол қойылған акт толтырылады'),
  /** cl. 43: appeal within 10 working days of the decision. */
  appealWorkingDays: provision(10, 'cl. 43', 'шешім шыққан күннен бастап он жұмыс күні ішінде жүзеге асырылады', {
    kk: 'Шешім шыққан күн — комиссия отырысының күні.',
    ru: 'Днём вынесения решения принят день заседания комиссии.',
    en: 'The day of the decision is taken as the commission session date.',
  }),
  /** cl. 8: documents kept three years (not checkable from a package). */
  retentionYears: provision(3, 'cl. 8', 'Бағалауға байланысты құжаттар персоналды басқару қызметінде бағалау аяқталғаннан кейін үш жыл бойы сақталады.'),
} as const;

/** The places (clause and words) of rules that read no value, where both acts print the same words. */
export const MODEL_PLACES = {
  probation: place('cl. 4', 'сондай-ақ сынақ мерзімінде бағалау өткізілмейді'),
  planApproved: place('cl. 10', 'ол бекіту үшін жоғары тұрған басшының қарауына енгізіледі'),
  planApprover: place('cl. 10', 'ол бекіту үшін жоғары тұрған басшының қарауына енгізіледі'),
  kpiSheetYear: place('cl. 18', 'жеке жұмыс жоспары құрылған жыл қорытындысы бойынша НМИ бағалау негізінде'),
  kpiSheetApproved: place('cl. 21', 'бағалау парағын қарау қорытындысы бойынша жоғары тұрған басшымен келесі шешімдердің бірі қабылданады'),
  kpiSheetApprover: place('cl. 19', 'Бағалау парағы тікелей басшымен толтырылғаннан кейін, ол жоғары тұрған басшының қарауына енгізіледі.'),
  kpiSheetApproverFirstHead: place('cl. 20', 'тікелей басшысы мемлекеттік органның бірінші басшысы болған жағдайда бағалау парағы оның қарауына енгізіледі'),
  competencySheetSigner: place('cl. 25', 'Құзыреттерді бағалау тікелей басшымен жүргізіледі'),
  openVote: place('cl. 32', 'Комиссияның шешімі ашық дауыс беру арқылы қабылданады.'),
  majority: place('cl. 33', 'Дауыс беру қорытындысы Комиссия мүшелерінің көпшілік дауысымен айқындалады. Дауыс саны тең болған жағдайда, бағалау жөніндегі комиссия төрағасының дауысы шешуші болып табылады.'),
  secretaryNoVote: place('cl. 34', 'Комиссияның хатшысы дауыс беруге қатыспайды.'),
  secretaryHr: place('cl. 34', 'Комиссияның хатшысы персоналды басқару қызметінің қызметшісі болып табылады.'),
  protocolApproved: place('cl. 39', 'Бағалаудың нәтижелері уәкілетті тұлғамен бекітіледі'),
  refusalAct: place('cl. 41', 'Қызметші танысудан бас тартқан жағдайда, еркін түрде акт құрылып'),
  intranet: place('cl. 42', 'персоналды басқару қызметімен "Б" корпусы қызметшісінің бағалау нәтижесі мемлекеттік органдардың интранет-порталы арқылы жолданады'),
} as const;

/** The KPI grades in the order both acts print them (App. 1 of act 000, App. 2 of act 001; cl. 18 names them). */
export const KPI_GRADES = ['қанағаттанарлықсыз', 'қанағаттанарлық', 'тиімді', 'өте жақсы'] as const;

/** Readings both acts need where their words differ only in spelling. */
export const MODEL_NOTES = {
  /** cl. 26 counts at most 10 indicators per competency: which ones. */
  effectiveOnly: {
    kk: 'Тек тиімді индикаторлар саналады (АДАЛДЫҚ тиімді+тиімсіз 12 болар еді).',
    ru: 'Считаются только эффективные индикаторы (АДАЛДЫҚ с неэффективными дал бы 12).',
    en: 'Only effective indicators are counted (АДАЛДЫҚ would have 12 with the ineffective ones).',
  },
} as const;
