/**
 * almaty-maslikhat-2018 rules: the Model-methodology procedure of ../b-corps-2018/procedure.ts with
 * act 001's parameters and verbatim Kazakh (reading notes act-001-004.md §A.4, 001-Vxx), plus the
 * plan columns App. 1 has and act 000 lacks (KPI deadlines within the plan's year).
 * Where act 001's wrapping displaced words («осы Әдістеменің  сәйкес … 1-қосымшасына»), the quote
 * keeps the printed order so it can be found in the text.
 */
import type { Rule } from '../../rules/rule.js';
import { dateWithinRule } from '../../rules/date-within.js';
import { procedureRules, type QuoteKey } from '../b-corps-2018/procedure.js';
import { CATALOGUE } from './catalogue.js';
import { PARAMS } from './params.js';

const ID = 'almaty-maslikhat-2018';

export const QUOTES: Record<QuoteKey, string> = {
  'probation': 'сондай-ақ сынақ мерзімінде бағалау өткізілмейді',
  'plan-form': 'жоспарында осы Әдістеменің сәйкес нысанда анықталады.1-қосымшасына',
  'plan-approved': 'ол бекіту үшін жоғары тұрған басшының қарауына енгізіледі',
  'plan-approver': 'ол бекіту үшін жоғары тұрған басшының қарауына енгізіледі',
  'plan-approver-first-head': 'тікелей басшысы мемлекеттік органның ( жергілікті атқарушы органның) бірінші басшысы болған жағдайда жеке жұмыс жоспары осы лауазымды тұлғамен бекітіледі',
  'kpi-sheet-form': 'осы Әдістеменің сәйкес нысанда НМИ бойынша бағалау парағын 2-қосымшасына толтырады және оған қол қояды',
  'kpi-sheet-signer': 'тікелей басшысы осы Әдістеменің сәйкес нысанда НМИ бойынша бағалау парағын 2-қосымшасына толтырады және оған қол қояды',
  'kpi-sheet-year': 'жеке жұмыс жоспары құрылған жыл қорытындысы бойынша НМИ бағалау негізінде',
  'kpi-sheet-approved': 'бағалау парағын қарау қорытындысы бойынша жоғары тұрған басшымен келесі шешімдердің бірі қабылданады',
  'kpi-sheet-approver': 'Бағалау парағы тікелей басшымен толтырылғаннан кейін, ол жоғары тұрған басшының қарауына енгізіледі.',
  'kpi-sheet-approver-first-head': 'тікелей басшысы мемлекеттік органның бірінші басшысы болған жағдайда бағалау парағы оның қарауына енгізіледі',
  'competency-sheet-form': 'осы Әдістеменің сәйкес нысан бойынша бағалау 3-қосымшасына парағы толтырылады',
  'competency-sheet-signer': 'Құзыреттерді бағалау тікелей басшымен жүргізіледі',
  'open-vote': 'Комиссияның шешімі ашық дауыс беру арқылы қабылданады.',
  'majority': 'Дауыс беру қорытындысы Комиссия мүшелерінің көпшілік дауысымен айқындалады. Дауыс саны тең болған жағдайда, бағалау жөніндегі комиссия төрағасының дауысы шешуші болып табылады.',
  'secretary-no-vote': 'Комиссияның хатшысы дауыс беруге қатыспайды.',
  'secretary-hr': 'Комиссияның хатшысы персоналды басқару қызметінің қызметшісі болып табылады.',
  'protocol-form': 'осы Әдістеменің сәйкес Комиссия отырысының 5-қосымшасына хаттамасының жобасын',
  'correction-column': 'Комиссия бағалау нәтижесін түзетіп, оны хаттаманың "Бағалау нәтижелері комиссиямен түзетілуі (бар болған жағдайда)" графасында көрсетіледі',
  'protocol-approved': 'Бағалаудың нәтижелері уәкілетті тұлғамен бекітіледі',
  'refusal-act': 'Қызметші танысудан бас тартқан жағдайда, еркін түрде акт құрылып',
  'intranet': 'персоналды басқару қызметімен "Б" корпусы қызметшісінің бағалау нәтижесі мемлекеттік органдардың интранет-порталы арқылы жолданады',
  'plan-signatures': 'Қызметші ______________________________ (тегі, аты-жөнінің бірінші әріптері) күні _______________________ қолы ____________________',
  'protocol-row': 'осы Әдістеменің сәйкес нысан бойынша тиісті хаттамасында 5-қосымшасына тіркеледі',
  // App. 5 is missing from act 001: its two signature rules are left out, the quotes only say why.
  'protocol-chair-signed': 'осы Әдістеменің сәйкес Комиссия отырысының 5-қосымшасына хаттамасының жобасын',
  'protocol-signatures': 'осы Әдістеменің сәйкес Комиссия отырысының 5-қосымшасына хаттамасының жобасын',
};

export const RULES: Rule[] = [
  ...procedureRules({ id: ID, P: PARAMS, Q: QUOTES, catalogue: CATALOGUE, omit: ['protocol-signatures', 'protocol-chair-signed'] }),
  // 001-V11: App. 1 has «Қол жеткізу мерзімдері»; cl. 13(4) time-bound, cl. 18 the plan's year.
  dateWithinRule({
    id: `${ID}/kpi-deadline-in-period`, clause: 'cl. 13(4)', quote: 'уақытпен шектеулі (НМИ қол жеткізу мерзімі белгіленеді)',
    pattern: '/forms/workPlan/kpis/*/deadline', from: '/period/from', to: '/period/to',
    note: { kk: 'Жоспар жылдық (18-т.), сондықтан мерзім бағалау кезеңінің ішінде болуы тиіс деп оқылды.', ru: 'План годовой (п. 18), поэтому срок прочитан как лежащий внутри периода оценки.', en: 'The plan is annual (cl. 18), so each deadline is read as falling inside the evaluation period.' },
    title: { kk: 'НМИ қол жеткізу мерзімі бағалау кезеңінің ішінде', ru: 'Срок достижения ЦИ — внутри периода оценки', en: 'Each KPI deadline falls within the evaluation period' },
  }),
];
