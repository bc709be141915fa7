/**
 * mic-2018 rules: the Model-methodology procedure of ../b-corps-2018/procedure.ts with this act's
 * parameters and the verbatim Kazakh of act 000 for each rule (M000-xx of the reading notes).
 */
import type { Rule } from '../../rules/rule.js';
import { procedureRules, type QuoteKey } from '../b-corps-2018/procedure.js';
import type { Place } from '../pack.js';
import { CATALOGUE } from './catalogue.js';
import { PARAMS } from './params.js';

/** The place (clause and words of this act) each rule rests on, where it is not a parameter's. */
export const QUOTES: Record<QuoteKey, Place> = {
  'probation': { clause: 'cl. 4', quote: 'сондай-ақ сынақ мерзімінде бағалау өткізілмейді' },
  'plan-form': { clause: 'cl. 9', quote: 'осы Әдістемеге 1-қосымшаға сәйкес нысанда анықталады' },
  'plan-approved': { clause: 'cl. 10', quote: 'ол бекіту үшін жоғары тұрған басшының қарауына енгізіледі' },
  'plan-approver': { clause: 'cl. 10', quote: 'ол бекіту үшін жоғары тұрған басшының қарауына енгізіледі' },
  'plan-approver-first-head': { clause: 'cl. 11', quote: 'тікелей басшысы мемлекеттік органның бірінші басшысы болған жағдайда жеке жұмыс жоспары осы лауазымды тұлғамен бекітіледі' },
  'kpi-sheet-form': { clause: 'cl. 17', quote: 'осы Әдістемеге 2-қосымшаға сәйкес нысанда НМИ бойынша бағалау парағын толтырады және оған қол қояды' },
  'kpi-sheet-signer': { clause: 'cl. 17', quote: 'тікелей басшысы осы Әдістемеге 2-қосымшаға сәйкес нысанда НМИ бойынша бағалау парағын толтырады және оған қол қояды' },
  'kpi-sheet-year': { clause: 'cl. 18', quote: 'жеке жұмыс жоспары құрылған жыл қорытындысы бойынша НМИ бағалау негізінде' },
  'kpi-sheet-approved': { clause: 'cl. 21', quote: 'бағалау парағын қарау қорытындысы бойынша жоғары тұрған басшымен келесі шешімдердің бірі қабылданады' },
  'kpi-sheet-approver': { clause: 'cl. 19', quote: 'Бағалау парағы тікелей басшымен толтырылғаннан кейін, ол жоғары тұрған басшының қарауына енгізіледі.' },
  'kpi-sheet-approver-first-head': { clause: 'cl. 20', quote: 'тікелей басшысы мемлекеттік органның бірінші басшысы болған жағдайда бағалау парағы оның қарауына енгізіледі' },
  'competency-sheet-form': { clause: 'cl. 25', quote: 'осы Әдістемеге 3-қосымшаға сәйкес нысан бойынша бағалау парағы толтырылады' },
  'competency-sheet-signer': { clause: 'cl. 25', quote: 'Құзыреттерді бағалау тікелей басшымен жүргізіледі' },
  'open-vote': { clause: 'cl. 32', quote: 'Комиссияның шешімі ашық дауыс беру арқылы қабылданады.' },
  'majority': { clause: 'cl. 33', quote: 'Дауыс беру қорытындысы Комиссия мүшелерінің көпшілік дауысымен айқындалады. Дауыс саны тең болған жағдайда, бағалау жөніндегі комиссия төрағасының дауысы шешуші болып табылады.' },
  'secretary-no-vote': { clause: 'cl. 34', quote: 'Комиссияның хатшысы дауыс беруге қатыспайды.' },
  'secretary-hr': { clause: 'cl. 34', quote: 'Комиссияның хатшысы персоналды басқару қызметінің қызметшісі болып табылады.' },
  'protocol-form': { clause: 'cl. 36', quote: 'осы Әдістемеге 5-қосымшаға сәйкес Комиссия отырысының хаттамасының жобасын' },
  'correction-column': { clause: 'cl. 38', quote: 'Комиссия бағалау нәтижесін түзетіп, оны хаттаманың "Бағалау нәтижелері комиссиямен түзетілуі (бар болған жағдайда)" деген бағанында көрсетіледі' },
  'protocol-approved': { clause: 'cl. 39', quote: 'Бағалаудың нәтижелері уәкілетті тұлғамен бекітіледі' },
  'refusal-act': { clause: 'cl. 41', quote: 'Қызметші танысудан бас тартқан жағдайда, еркін түрде акт құрылып' },
  'intranet': { clause: 'cl. 42', quote: 'персоналды басқару қызметімен "Б" корпусы қызметшісінің бағалау нәтижесі мемлекеттік органдардың интранет-порталы арқылы жолданады' },
  'plan-signatures': { clause: 'App. 1', quote: 'Қызметші Тікелей басшы (тегі, аты-жөні) (тегі, аты-жөні) күні _____ күні _____' },
  'protocol-row': { clause: 'cl. 39', quote: 'осы Әдістемеге 5-қосымшаға сәйкес нысан бойынша тиісті хаттамасында тіркеледі' },
  'protocol-chair-signed': { clause: 'App. 5', quote: 'Комиссияның төрағасы: _____ Күні: _____' },
  'protocol-signatures': { clause: 'App. 5', quote: 'Комиссияның хатшысы: _____ Күні: _____' },
};

export const RULES: Rule[] = procedureRules({ id: 'mic-2018', P: PARAMS, Q: QUOTES, catalogue: CATALOGUE });
