/**
 * almaty-maslikhat-2018 parameters (act 001): every number, enum and threshold of the methodology with its clause and
 * the clause's verbatim Kazakh (OpenFisca style; a test finds every quote in the act text).
 */
import type { Provision } from '../pack.js';

const p = <T>(value: T, clause: string, quote: string, note?: Provision<T>['note']): Provision<T> => ({ value, clause, quote, ...(note ? { note } : {}) });

export const PARAMS = {
  /** cl. 4 ¶1: not evaluated with less than three months in the position, nor on probation. */
  minTenureMonths: p(3, 'cl. 4', 'нақты лауазымға келу мерзімі үш айдан кем болған жағдайда соның ішінде әлеуметтік демалыстан шыққаннан немесе оқуды аяқтағаннан кейін, сондай-ақ сынақ мерзімінде бағалау өткізілмейді', {
    kk: '«Бағалау» күні ретінде комиссия отырысының күні алынды (мәтін күнді атамайды).',
    ru: 'Датой «оценки» принята дата заседания комиссии (текст её не называет).',
    en: 'The commission session date is taken as the date of "evaluation" (the text does not name one).',
  }),
  /** cl. 4 ¶2: absent at the time of evaluation → evaluated within 5 working days of return. */
  returnWorkingDays: p(5, 'cl. 4', 'жұмысына қайта кіріскеннен кейін 5 жұмыс күні ішінде бағалаудан өтеді'),
  absenceKinds: p(
    ['еңбек демалысында', 'жалақы сақталмайтын демалысында', 'уақытша еңбекке жарамсыздығы кезеңінде', 'іс-сапарда', 'тағылымдамада', 'қайта даярлауға', 'біліктілігін арттыруға'] as const,
    'cl. 4',
    'еңбек демалысында, жалақы сақталмайтын демалысында, уақытша еңбекке жарамсыздығы кезеңінде, іс-сапарда немесе тағылымдамада болғанда, сондай-ақ қайта даярлауға, біліктілігін арттыруға жіберілгенде',
  ),
  /** cl. 5: at least five members. */
  commissionMin: p(5, 'cl. 5', 'комиссия мүшелерінің саны 5 адамнан кем болмауы тиіс', {
    kk: 'Хатшы мүше ретінде саналмайды (34-т.: дауыс беруге қатыспайды).',
    ru: 'Секретарь не считается членом (п. 34: не голосует).',
    en: 'The secretary is not counted as a member (cl. 34: does not vote).',
  }),
  /** cl. 9: KPIs set in the plan within 10 working days of the period's start. */
  planWorkingDays: p(10, 'cl. 9', 'Бағалау кезеңі басталғаннан кейін 10 жұмыс күні ішінде', {
    kk: 'НМИ анықталған күн — тікелей басшы жеке жұмыс жоспарына қол қойған күн.',
    ru: 'День определения ЦИ — день подписания индивидуального плана непосредственным руководителем.',
    en: 'The day the KPIs are set is taken as the day the direct supervisor signed the work plan.',
  }),
  /** cl. 12, 23: resubmission within 2 working days of the return for correction. */
  planResubmitWorkingDays: p(2, 'cl. 12', 'түзетуге жолданған күннен бастап 2 жұмыс күнінен кешіктірілмей жүзеге асырылады'),
  sheetResubmitWorkingDays: p(2, 'cl. 23', 'оны түзетуге жолдағаннан кейін 2 жұмыс күнінен кешіктірілмей жүзеге асырылады'),
  /** cl. 14: five KPIs. */
  kpiCount: p(5, 'cl. 14', 'НМИ саны 5 құрайды.'),
  /** cl. 18: grade by the number of KPIs achieved (of 5). */
  kpiGrades: p(
    [
      { min: 5, grade: 'өте жақсы' },
      { min: 4, max: 4, grade: 'тиімді' },
      { min: 3, max: 3, grade: 'қанағаттанарлық' },
      { min: 0, max: 2, grade: 'қанағаттанарлықсыз' },
    ],
    'cl. 18',
    'НМИ барлығы орындалған жағдайда "өте жақсы" баға қойылады. НМИ санының 5-нен 4-і орындалған жағдайда "тиімді" баға қойылады. НМИ санының 5-нен 3-і орындалған жағдайда "қанағаттанарлық" баға қойылады. НМИ санының 5-нен 3-тен азы орындалған жағдайда "қанағаттанарлықсыз" баға қойылады.',
  ),
  /** App. 2 table: the achieved / not achieved column. */
  achieved: p(['көрсеткішке қол жетті', 'көрсеткішке қол жетпеді'] as const, 'App. 2', 'Көрсеткішке қол ж е т т і / көрсеткішке қол жетпеді', {
    kk: 'Мәтінде «ж е т т і» әріптері бөлек басылған; мәні «көрсеткішке қол жетті».',
    ru: 'В тексте «ж е т т і» напечатано вразрядку; значение «көрсеткішке қол жетті».',
    en: 'The text letter-spaces «ж е т т і»; the value is «көрсеткішке қол жетті».',
  }),
  /** cl. 24, 28: HR passes the signed sheet to the commission within 2 working days. */
  kpiSubmitWorkingDays: p(2, 'cl. 24', 'Жоғары тұрған басшымен бағалау парағына қол қойылғаннан кейін персоналды басқару қызметі 2 жұмыс күнінен кешіктірмей оны Комиссияның қарауына ұсынады.'),
  competencySubmitWorkingDays: p(2, 'cl. 28', 'Тікелей басшымен бағалау парағына қол қойылғаннан кейін персоналды басқару қызметі 2 жұмыс күнінен кешіктірмей оны Комиссияның қарауына ұсынады.'),
  /** cl. 26: at most 10 indicators per competency (a property of App. 4, checked by the tests). */
  maxIndicators: p(10, 'cl. 26', 'Бір құзырет бойынша мінез-құлық индикаторларының саны 10-нан аспайды.', {
    kk: 'Тек тиімді индикаторлар саналады (АДАЛДЫҚ тиімді+тиімсіз 12 болар еді).',
    ru: 'Считаются только эффективные индикаторы (АДАЛДЫҚ с неэффективными дал бы 12).',
    en: 'Only effective indicators are counted (АДАЛДЫҚ would have 12 with the ineffective ones).',
  }),
  /** cl. 27: «meets» when 3/4 or more of the indicators are observed. */
  competencyThreshold: p([3, 4] as [number, number], 'cl. 27', 'мінез-құлық индикторларының 3/4 немесе одан көбі байқалған жағдайда "күтілген нәтижеге сәйкес" бағасы қойылады', {
    kk: '3/4 тиімді индикаторлардан есептеледі; 3-қосымшадағы «күтілетін» және 27-т. «күтілген» жазылуы екеуі де қабылданады.',
    ru: '3/4 считается от эффективных индикаторов; принимаются оба написания — «күтілетін» (прил. 3) и «күтілген» (п. 27).',
    en: '3/4 is counted over the effective indicators; both spellings, «күтілетін» (App. 3) and «күтілген» (cl. 27), are accepted.',
  }),
  meets: p(['күтілетін нәтижеге сәйкес', 'күтілген нәтижеге сәйкес'] as const, 'App. 3', 'сәйкес/күтілетін нәтижеге сәйкес емес)'),
  notMeets: p(['күтілетін нәтижеге сәйкес емес', 'күтілген нәтижеге сәйкес емес'] as const, 'App. 3', 'атауы (күтілетін нәтижеге сәйкес емес бағасын алған жағдайда)'),
  /** App. 3 rows as printed. */
  competencyRows: p(
    ['Қызметті басқару', 'Ынтымақтастық', 'Шешім қабылдау', 'Жеделділік', 'Өздігінен даму', 'Қызметті тұтынушыға бағдарлану *', 'Қызметті тұтынушыларды хабарландыру *', 'Адалдық', 'Жауапкершілік', 'Бастамашылдық', 'Стресске орнықтылық'] as const,
    'App. 3',
    'Құзыреттер атауы',
  ),
  publicServiceRows: p(
    ['Қызметті тұтынушыға бағдарлану *', 'Қызметті тұтынушыларды хабарландыру *'] as const,
    'App. 3',
    '*Лауазымдық міндеттеріне мемлекеттік қызмет көрсету мәселелері жатпайтын "Б" корпусының мемлекеттік қызметшілері "Қызметті тұтынушыға бағдарлану" және "Қызметті тұтынушыларды хабарландыру" құзыреттері бойынша бағаланбайды.',
  ),
  /** cl. 29: notice 7 working days before the evaluation. */
  noticeWorkingDays: p(7, 'cl. 29', 'бағалауды өткізуге дейін жеті жұмыс күні аралығында бағалауды жүргізетін тұлғаларды бағалау жүргізу туралы хабарлайды', {
    kk: '«Жеті жұмыс күні аралығында» — отырысқа дейін кемінде 7 жұмыс күні бұрын деп оқылды.',
    ru: '«В течение семи рабочих дней до» прочитано как «не позднее чем за 7 рабочих дней до» заседания.',
    en: '«жеті жұмыс күні аралығында» is read as "at least 7 working days before" the session.',
  }),
  /** cl. 30: quorum two thirds. */
  quorum: p([2, 3] as [number, number], 'cl. 30', 'Комиссияның отырысы оның құрамының кем дегенде үштен екісі қатысқан жағдайда өкілетті болып есептеледі.'),
  /** cl. 37: the two decisions of the commission. */
  decisions: p(['бағалау нәтижелерін бекіту', 'бағалау нәтижелерін қайта қарау'] as const, 'cl. 37', 'Комиссия бағалау нәтижелерін қарайды да келесі шешімдердің біреуін қабылдайды:'),
  /** cl. 40: familiarised within 2 working days of completion. */
  familiariseWorkingDays: p(2, 'cl. 40', 'Персоналды басқару қызметі "Б" корпусының қызметшісін бағалау нәтижелерімен ол аяқталған соң екі жұмыс күні ішінде таныстырады.', {
    kk: '«Аяқталған» күн — уәкілетті тұлға нәтижелерді хаттамада бекіткен күн (39-т.; 5-қосымша мәтінде жоқ).',
    ru: 'Днём «завершения» принят день утверждения результатов уполномоченным лицом в протоколе (п. 39; прил. 5 в тексте нет).',
    en: 'Completion is taken as the day the authorised person approved the results in the protocol (cl. 39; App. 5 is missing).',
  }),
  /** cl. 41: refusal act signed by the HR service and two other employees. */
  refusalSignatories: p({ hr: 1, others: 2 }, 'cl. 41', 'персоналды басқару қызметімен және мемлекеттік органның басқа екі қызметшісімен қол қойылған акт толтырылады'),
  /** cl. 43: appeal within 10 working days of the decision. */
  appealWorkingDays: p(10, 'cl. 43', 'шешім шыққан күннен бастап он жұмыс күні ішінде жүзеге асырылады', {
    kk: 'Шешім шыққан күн — комиссия отырысының күні.',
    ru: 'Днём вынесения решения принят день заседания комиссии.',
    en: 'The day of the decision is taken as the commission session date.',
  }),
  /** cl. 8: documents kept three years (not checkable from a package). */
  retentionYears: p(3, 'cl. 8', 'Бағалауға байланысты құжаттар персоналды басқару қызметінде бағалау аяқталғаннан кейін үш жыл бойы сақталады.'),
} as const;

/** KPI grades in the order App. 1 prints them. */
export const KPI_GRADES = ['қанағаттанарлықсыз', 'қанағаттанарлық', 'тиімді', 'өте жақсы'] as const;
