/**
 * almaty-maslikhat-2018 forms (JSON Schemas, TypeBox): titles as printed in act 001's appendices,
 * enum values exact Kazakh. Appendices 1–3 are complete; Appendix 5 (the protocol, cl. 36, 39) is
 * referenced but missing, so `protocol` holds only what the clauses themselves name: the authorised
 * person's approval (cl. 39) and the correction column «Бағалау нәтижелері комиссиямен түзетілуі
 * (бар болған жағдайда)» (cl. 38).
 */
import { Type } from '../../law/schema-type.js';
import { DateStr, Enum, Signature, Text, doc } from '../../rules/envelope.js';
import { competencySheetOf, kpiSheetEnd, No, RefusalAct, servantAndSupervisor, servantFields, Value, Year } from '../b-corps-2018/forms.js';
import { params } from './params.js';

const PlanKpi = Type.Object(
  {
    no: No('№ п/п'),
    name: Text('Нысаналы мақсатты индикаторлардың атауы', 'KPI name'),
    source: Text(
      'Саяси мемлекеттік қызметшінің немесе "А" корпусы қызметішісі келісімінің қай көрсеткішінен немесе мемлекеттік жоспарлау жүйесінің құжатынан түйінделеді',
      'the memorandum / agreement indicator or state-planning document it derives from',
    ),
    unit: Text('Өлшем бірлігі', 'unit of measure'),
    planned: Value('Жоспарлы мәні', 'planned (target) value'),
    deadline: DateStr('Қол жеткізу мерзімдері', 'achievement deadline'),
    keyResult: Text('Түйінді нәтиже* (нысаналы мақсатты индикатор қол жеткізуден күтілетін оң өзгерістер)', 'key result: the positive change expected'),
  },
  { additionalProperties: false },
);

/** App. 1: «"Б" корпусы мемлекеттік әкімшілік қызметшісінің жеке жұмыс жоспары», cl. 9–15. */
export const WorkPlan = Type.Object(
  {
    approvedBy: Signature('"БЕКІТЕМІН" Жоғары тұрған басшы', 'approved by the superior manager (or the first head, cl. 11)'),
    year: Year('жыл (жеке жоспар құрастырылатын кезең)', 'year the plan covers'),
    ...servantFields('Қызметшінің (тегі, аты, әкесінің аты (болған жағдайда))', 'Қызметшінің лауазымы', 'Қызметшінің құрылымдық бөлімшесінің атауы'),
    kpis: Type.Array(PlanKpi, doc('нысаналы мақсатты индикаторлар', 'KPIs (five, cl. 14)')),
    ...servantAndSupervisor('the direct supervisor'),
  },
  { additionalProperties: false, ...doc('"Б" корпусы мемлекеттік әкімшілік қызметшісінің жеке жұмыс жоспары (1-қосымша)', 'Individual work plan (App. 1)') },
);

const SheetKpi = Type.Object(
  {
    no: No('№ п/п'),
    name: Text('Нысаналы мақсатты индикаторлардың атауы', 'KPI name'),
    unit: Text('Өлшем бірлігі', 'unit of measure'),
    planned: Value('Жоспарлы мәні', 'planned (target) value'),
    actual: Value('Нақты мәні', 'actual value'),
    achieved: Enum(params.achieved.value, 'Көрсеткішке қол жетті / көрсеткішке қол жетпеді', 'achieved / not achieved'),
  },
  { additionalProperties: false },
);

/** App. 2: «НМИ бойынша бағалау парағы», cl. 17–24. */
export const KpiSheet = Type.Object(
  {
    approvedBy: Signature('"БЕКІТЕМІН" Жоғары тұрған басшы', 'signed by the superior manager (cl. 21, 24)'),
    evaluee: Text('(Т.А.Ә., бағаланатын тұлғаның лауазымы)', 'full name and position of the servant'),
    year: Year('(бағаланатын кезең)', 'the period (year) evaluated'),
    ...kpiSheetEnd(SheetKpi),
  },
  { additionalProperties: false, ...doc('НМИ бойынша бағалау парағы (2-қосымша)', 'KPI evaluation sheet (App. 2)') },
);

/** App. 3. */
export const CompetencySheet = competencySheetOf(params);

/** App. 5 is missing: only what cl. 38–39 name. */
export const Protocol = Type.Object(
  {
    approvedBy: Signature('уәкілетті тұлға (39-т.)', 'the authorised person approving the results (cl. 39)'),
    number: Type.Optional(Text('хаттама нөмірі', 'protocol number')),
    rows: Type.Array(
      Type.Object(
        {
          servant: Text('қызметшінің тегі, аты, әкесінің аты', 'servant full name'),
          results: Type.Optional(Text('бағалау нәтижелері', 'evaluation results')),
          corrected: Type.Optional(Text('Бағалау нәтижелері комиссиямен түзетілуі (бар болған жағдайда)', 'correction by the commission (if any, cl. 38)')),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, ...doc('бағалау нәтижелері', 'evaluation results') },
    ),
  },
  { additionalProperties: false, ...doc('Комиссия отырысының хаттамасы (5-қосымша мәтінде жоқ; 38–39-т. бойынша)', 'Commission protocol (App. 5 missing; per cl. 38–39)') },
);

export const forms = { workPlan: WorkPlan, kpiSheet: KpiSheet, competencySheet: CompetencySheet, protocol: Protocol, refusalAct: RefusalAct };
