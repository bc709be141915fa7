/**
 * almaty-maslikhat-2018 parameters: every number, enum and threshold of act 001 with its clause and
 * the clause's verbatim Kazakh (OpenFisca style; a test finds every quote in the act text), and the
 * places (clause and words) of the rules that read no value. What act 000 prints alike is in
 * ../b-corps-2018/model.ts. Where act 001's wrapping displaced words («осы Әдістеменің сәйкес …
 * 1-қосымшасына»), the quote keeps the printed order so it can be found in the text. App. 5 (the
 * protocol form) is not in act 001: its two signature places are absent, and their rules left out.
 */
import { place, provision } from '../../law/provision.js';
import { MODEL_NOTES, MODEL_PARAMS, MODEL_PLACES } from '../b-corps-2018/model.js';

export const params = {
  /** The provisions and places act 001 prints as act 000 and act 001 both do (../b-corps-2018/model.ts). */
  ...MODEL_PARAMS,
  ...MODEL_PLACES,
  absenceKinds: provision(
    ['еңбек демалысында', 'жалақы сақталмайтын демалысында', 'уақытша еңбекке жарамсыздығы кезеңінде', 'іс-сапарда', 'тағылымдамада', 'қайта даярлауға', 'біліктілігін арттыруға'] as const,
    'cl. 4',
    'еңбек демалысында, жалақы сақталмайтын демалысында, уақытша еңбекке жарамсыздығы кезеңінде, іс-сапарда немесе тағылымдамада болғанда, сондай-ақ қайта даярлауға, біліктілігін арттыруға жіберілгенде',
  ),
  /** App. 2 table: the achieved / not achieved column. */
  achieved: provision(['көрсеткішке қол жетті', 'көрсеткішке қол жетпеді'] as const, 'App. 2', 'Көрсеткішке қол ж е т т і / көрсеткішке қол жетпеді', {
    kk: 'Мәтінде «ж е т т і» әріптері бөлек басылған; мәні «көрсеткішке қол жетті».',
    ru: 'В тексте «ж е т т і» напечатано вразрядку; значение «көрсеткішке қол жетті».',
    en: 'The text letter-spaces «ж е т т і»; the value is «көрсеткішке қол жетті».',
  }),
  /** cl. 26: at most 10 indicators per competency (a property of App. 4, checked by the tests). */
  maxIndicators: provision(10, 'cl. 26', 'Бір құзырет бойынша мінез-құлық индикаторларының саны 10-нан аспайды.', MODEL_NOTES.effectiveOnly),
  meets: provision(['күтілетін нәтижеге сәйкес', 'күтілген нәтижеге сәйкес'] as const, 'App. 3', 'сәйкес/күтілетін нәтижеге сәйкес емес)'),
  notMeets: provision(['күтілетін нәтижеге сәйкес емес', 'күтілген нәтижеге сәйкес емес'] as const, 'App. 3', 'атауы (күтілетін нәтижеге сәйкес емес бағасын алған жағдайда)'),
  /** App. 3 rows as printed. */
  competencyRows: provision(
    ['Қызметті басқару', 'Ынтымақтастық', 'Шешім қабылдау', 'Жеделділік', 'Өздігінен даму', 'Қызметті тұтынушыға бағдарлану *', 'Қызметті тұтынушыларды хабарландыру *', 'Адалдық', 'Жауапкершілік', 'Бастамашылдық', 'Стресске орнықтылық'] as const,
    'App. 3',
    'Құзыреттер атауы',
  ),
  /** cl. 40: familiarised within 2 working days of completion. */
  familiariseWorkingDays: provision(2, 'cl. 40', 'Персоналды басқару қызметі "Б" корпусының қызметшісін бағалау нәтижелерімен ол аяқталған соң екі жұмыс күні ішінде таныстырады.', {
    kk: '«Аяқталған» күн — уәкілетті тұлға нәтижелерді хаттамада бекіткен күн (39-т.; 5-қосымша мәтінде жоқ).',
    ru: 'Днём «завершения» принят день утверждения результатов уполномоченным лицом в протоколе (п. 39; прил. 5 в тексте нет).',
    en: 'Completion is taken as the day the authorised person approved the results in the protocol (cl. 39; App. 5 is missing).',
  }),
  // The places of rules that read no value, in this act's own words.
  planForm: place('cl. 9', 'жоспарында осы Әдістеменің сәйкес нысанда анықталады.1-қосымшасына'),
  planApproverFirstHead: place('cl. 11', 'тікелей басшысы мемлекеттік органның ( жергілікті атқарушы органның) бірінші басшысы болған жағдайда жеке жұмыс жоспары осы лауазымды тұлғамен бекітіледі'),
  kpiSheetForm: place('cl. 17', 'осы Әдістеменің сәйкес нысанда НМИ бойынша бағалау парағын 2-қосымшасына толтырады және оған қол қояды'),
  kpiSheetSigner: place('cl. 17', 'тікелей басшысы осы Әдістеменің сәйкес нысанда НМИ бойынша бағалау парағын 2-қосымшасына толтырады және оған қол қояды'),
  competencySheetForm: place('cl. 25', 'осы Әдістеменің сәйкес нысан бойынша бағалау 3-қосымшасына парағы толтырылады'),
  protocolForm: place('cl. 36', 'осы Әдістеменің сәйкес Комиссия отырысының 5-қосымшасына хаттамасының жобасын'),
  correctionColumn: place('cl. 38', 'Комиссия бағалау нәтижесін түзетіп, оны хаттаманың "Бағалау нәтижелері комиссиямен түзетілуі (бар болған жағдайда)" графасында көрсетіледі'),
  planSignatures: place('App. 1', 'Қызметші ______________________________ (тегі, аты-жөнінің бірінші әріптері) күні _______________________ қолы ____________________'),
  protocolRow: place('cl. 39', 'осы Әдістеменің сәйкес нысан бойынша тиісті хаттамасында 5-қосымшасына тіркеледі'),
  /** 001-V11: App. 1 has «Қол жеткізу мерзімдері»; cl. 13(4) time-bound, cl. 18 the plan's year. */
  kpiDeadlineInPeriod: place('cl. 13(4)', 'уақытпен шектеулі (НМИ қол жеткізу мерзімі белгіленеді)', {
    kk: 'Жоспар жылдық (18-т.), сондықтан мерзім бағалау кезеңінің ішінде болуы тиіс деп оқылды.',
    ru: 'План годовой (п. 18), поэтому срок прочитан как лежащий внутри периода оценки.',
    en: 'The plan is annual (cl. 18), so each deadline is read as falling inside the evaluation period.',
  }),
} as const;
