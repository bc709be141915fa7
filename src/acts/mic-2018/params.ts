/**
 * mic-2018 parameters: every number, enum and threshold of act 000 with its clause and the clause's
 * verbatim Kazakh (OpenFisca style; a test finds every quote in the act text), and the places (clause
 * and words) of the rules that read no value. What act 001 prints alike is in ../b-corps-2018/model.ts.
 */
import { place, provision } from '../../law/provision.js';
import { MODEL_NOTES, MODEL_PARAMS, MODEL_PLACES } from '../b-corps-2018/model.js';

export const params = {
  /** The provisions and places act 000 prints as act 000 and act 001 both do (../b-corps-2018/model.ts). */
  ...MODEL_PARAMS,
  ...MODEL_PLACES,
  absenceKinds: provision(
    ['еңбек демалысында', 'жалақы сақталмайтын демалысында', 'уақытша еңбекке жарамсыздығы кезеңінде', 'іссапарда', 'тағылымдамада', 'қайта даярлауға', 'біліктілігін арттыруға'] as const,
    'cl. 4',
    'еңбек демалысында, жалақы сақталмайтын демалысында, уақытша еңбекке жарамсыздығы кезеңінде, іссапарда немесе тағылымдамада болғанда, сондай-ақ қайта даярлауға, біліктілігін арттыруға жіберілгенде',
  ),
  /** App. 1 table: the achieved / not achieved column. */
  achieved: provision(['көрсеткішке қол жетті', 'көрсеткішке қол жетпеді'] as const, 'App. 1', 'Көрсеткішке қол жетті/көрсеткішке қол жетпеді'),
  /** cl. 26: at most 10 indicators per competency (a property of App. 4, checked by the tests). */
  maxIndicators: provision(10, 'cl. 26', 'Бір құзырет бойынша мінез-құлық индикторларының саны 10-нан аспайды.', MODEL_NOTES.effectiveOnly),
  meets: provision(['күтілетін нәтижеге сәйкес', 'күтілген нәтижеге сәйкес'] as const, 'App. 3', 'Бағалау нәтижелері (күтілетін нәтижеге сәйкес/күтілетін нәтижеге сәйкес емес)'),
  notMeets: provision(['күтілетін нәтижеге сәйкес емес', 'күтілген нәтижеге сәйкес емес'] as const, 'App. 3', 'Бағалау нәтижелері (күтілетін нәтижеге сәйкес/күтілетін нәтижеге сәйкес емес)'),
  /** App. 3 rows as printed. */
  competencyRows: provision(
    ['Қызметті басқару', 'Ынтымақтастық', 'Шешім қабылдау', 'Жеделділік', 'Өздігінен даму', 'Қызметті тұтынушыға бағдарлану *', 'Қызметті тұтынушыларды хабарландыру *', 'Адалдық', 'Жауапкершілік', 'Бастамашылдық', 'Стреске орнықтылық'] as const,
    'App. 3',
    'Құзыреттер атауы',
  ),
  /** cl. 40: familiarised within 2 working days of completion. */
  familiariseWorkingDays: provision(2, 'cl. 40', 'Персоналды басқару қызметі "Б" корпусының қызметшісін бағалау нәтижелерімен ол аяқталған соң екі жұмыс күні ішінде таныстырады.', {
    kk: '«Аяқталған» күн — уәкілетті тұлға хаттаманы бекіткен күн (39-т.).',
    ru: 'Днём «завершения» принят день утверждения протокола уполномоченным лицом (п. 39).',
    en: 'Completion is taken as the day the authorised person approved the protocol (cl. 39).',
  }),
  // The places of rules that read no value, in this act's own words.
  planForm: place('cl. 9', 'осы Әдістемеге 1-қосымшаға сәйкес нысанда анықталады'),
  planApproverFirstHead: place('cl. 11', 'тікелей басшысы мемлекеттік органның бірінші басшысы болған жағдайда жеке жұмыс жоспары осы лауазымды тұлғамен бекітіледі'),
  kpiSheetForm: place('cl. 17', 'осы Әдістемеге 2-қосымшаға сәйкес нысанда НМИ бойынша бағалау парағын толтырады және оған қол қояды'),
  kpiSheetSigner: place('cl. 17', 'тікелей басшысы осы Әдістемеге 2-қосымшаға сәйкес нысанда НМИ бойынша бағалау парағын толтырады және оған қол қояды'),
  competencySheetForm: place('cl. 25', 'осы Әдістемеге 3-қосымшаға сәйкес нысан бойынша бағалау парағы толтырылады'),
  protocolForm: place('cl. 36', 'осы Әдістемеге 5-қосымшаға сәйкес Комиссия отырысының хаттамасының жобасын'),
  correctionColumn: place('cl. 38', 'Комиссия бағалау нәтижесін түзетіп, оны хаттаманың "Бағалау нәтижелері комиссиямен түзетілуі (бар болған жағдайда)" деген бағанында көрсетіледі'),
  planSignatures: place('App. 1', 'Қызметші Тікелей басшы (тегі, аты-жөні) (тегі, аты-жөні) күні _____ күні _____'),
  protocolRow: place('cl. 39', 'осы Әдістемеге 5-қосымшаға сәйкес нысан бойынша тиісті хаттамасында тіркеледі'),
  protocolChairSigned: place('App. 5', 'Комиссияның төрағасы: _____ Күні: _____'),
  protocolSignatures: place('App. 5', 'Комиссияның хатшысы: _____ Күні: _____'),
} as const;
