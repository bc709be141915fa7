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
import type { Place } from '../pack.js';
import { CATALOGUE } from './catalogue.js';
import { PARAMS } from './params.js';

const ID = 'almaty-maslikhat-2018';

/** App. 5 (the protocol form) is not in act 001: its signature rules have no place here and are left out. */
export const QUOTES: Partial<Record<QuoteKey, Place>> = {
  'probation': { clause: 'cl. 4', quote: 'сондай-ақ сынақ мерзімінде бағалау өткізілмейді' },
  'plan-form': { clause: 'cl. 9', quote: 'жоспарында осы Әдістеменің сәйкес нысанда анықталады.1-қосымшасына' },
  'plan-approved': { clause: 'cl. 10', quote: 'ол бекіту үшін жоғары тұрған басшының қарауына енгізіледі' },
  'plan-approver': { clause: 'cl. 10', quote: 'ол бекіту үшін жоғары тұрған басшының қарауына енгізіледі' },
  'plan-approver-first-head': { clause: 'cl. 11', quote: 'тікелей басшысы мемлекеттік органның ( жергілікті атқарушы органның) бірінші басшысы болған жағдайда жеке жұмыс жоспары осы лауазымды тұлғамен бекітіледі' },
  'kpi-sheet-form': { clause: 'cl. 17', quote: 'осы Әдістеменің сәйкес нысанда НМИ бойынша бағалау парағын 2-қосымшасына толтырады және оған қол қояды' },
  'kpi-sheet-signer': { clause: 'cl. 17', quote: 'тікелей басшысы осы Әдістеменің сәйкес нысанда НМИ бойынша бағалау парағын 2-қосымшасына толтырады және оған қол қояды' },
  'kpi-sheet-year': { clause: 'cl. 18', quote: 'жеке жұмыс жоспары құрылған жыл қорытындысы бойынша НМИ бағалау негізінде' },
  'kpi-sheet-approved': { clause: 'cl. 21', quote: 'бағалау парағын қарау қорытындысы бойынша жоғары тұрған басшымен келесі шешімдердің бірі қабылданады' },
  'kpi-sheet-approver': { clause: 'cl. 19', quote: 'Бағалау парағы тікелей басшымен толтырылғаннан кейін, ол жоғары тұрған басшының қарауына енгізіледі.' },
  'kpi-sheet-approver-first-head': { clause: 'cl. 20', quote: 'тікелей басшысы мемлекеттік органның бірінші басшысы болған жағдайда бағалау парағы оның қарауына енгізіледі' },
  'competency-sheet-form': { clause: 'cl. 25', quote: 'осы Әдістеменің сәйкес нысан бойынша бағалау 3-қосымшасына парағы толтырылады' },
  'competency-sheet-signer': { clause: 'cl. 25', quote: 'Құзыреттерді бағалау тікелей басшымен жүргізіледі' },
  'open-vote': { clause: 'cl. 32', quote: 'Комиссияның шешімі ашық дауыс беру арқылы қабылданады.' },
  'majority': { clause: 'cl. 33', quote: 'Дауыс беру қорытындысы Комиссия мүшелерінің көпшілік дауысымен айқындалады. Дауыс саны тең болған жағдайда, бағалау жөніндегі комиссия төрағасының дауысы шешуші болып табылады.' },
  'secretary-no-vote': { clause: 'cl. 34', quote: 'Комиссияның хатшысы дауыс беруге қатыспайды.' },
  'secretary-hr': { clause: 'cl. 34', quote: 'Комиссияның хатшысы персоналды басқару қызметінің қызметшісі болып табылады.' },
  'protocol-form': { clause: 'cl. 36', quote: 'осы Әдістеменің сәйкес Комиссия отырысының 5-қосымшасына хаттамасының жобасын' },
  'correction-column': { clause: 'cl. 38', quote: 'Комиссия бағалау нәтижесін түзетіп, оны хаттаманың "Бағалау нәтижелері комиссиямен түзетілуі (бар болған жағдайда)" графасында көрсетіледі' },
  'protocol-approved': { clause: 'cl. 39', quote: 'Бағалаудың нәтижелері уәкілетті тұлғамен бекітіледі' },
  'refusal-act': { clause: 'cl. 41', quote: 'Қызметші танысудан бас тартқан жағдайда, еркін түрде акт құрылып' },
  'intranet': { clause: 'cl. 42', quote: 'персоналды басқару қызметімен "Б" корпусы қызметшісінің бағалау нәтижесі мемлекеттік органдардың интранет-порталы арқылы жолданады' },
  'plan-signatures': { clause: 'App. 1', quote: 'Қызметші ______________________________ (тегі, аты-жөнінің бірінші әріптері) күні _______________________ қолы ____________________' },
  'protocol-row': { clause: 'cl. 39', quote: 'осы Әдістеменің сәйкес нысан бойынша тиісті хаттамасында 5-қосымшасына тіркеледі' },
  // App. 5 is missing from act 001: its two signature rules are left out, the quotes only say why.
};

export const RULES: Rule[] = [
  ...procedureRules({ id: ID, P: PARAMS, Q: QUOTES, catalogue: CATALOGUE }),
  // 001-V11: App. 1 has «Қол жеткізу мерзімдері»; cl. 13(4) time-bound, cl. 18 the plan's year.
  dateWithinRule({
    id: `${ID}/kpi-deadline-in-period`, clause: 'cl. 13(4)', quote: 'уақытпен шектеулі (НМИ қол жеткізу мерзімі белгіленеді)',
    pattern: '/forms/workPlan/kpis/*/deadline', from: '/period/from', to: '/period/to',
    note: { kk: 'Жоспар жылдық (18-т.), сондықтан мерзім бағалау кезеңінің ішінде болуы тиіс деп оқылды.', ru: 'План годовой (п. 18), поэтому срок прочитан как лежащий внутри периода оценки.', en: 'The plan is annual (cl. 18), so each deadline is read as falling inside the evaluation period.' },
    title: { kk: 'НМИ қол жеткізу мерзімі бағалау кезеңінің ішінде', ru: 'Срок достижения ЦИ — внутри периода оценки', en: 'Each KPI deadline falls within the evaluation period' },
  }),
];
