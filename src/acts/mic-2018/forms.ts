/**
 * mic-2018 forms as JSON Schemas (TypeBox): field and column titles as printed in the appendices,
 * enum values exact Kazakh from the act.
 *
 * Damage handled here (see docs/acts-mic-2018.md): Appendix 2 (the KPI evaluation sheet, cl. 17)
 * is missing from the published text, and the body printed under the «1-қосымша» header has the
 * sheet's columns («Нақты мәні», achieved / not achieved, «Бағалау нәтижесі»). So `kpiSheet` is that
 * printed body, and `workPlan` (cl. 9) is reconstructed from its plan columns (№, KPI, unit, planned value).
 */
import { Type } from '../../law/schema-type.js';
import { Enum, Signature, Text, doc } from '../../rules/envelope.js';
import { competencySheetOf, kpiSheetEnd, No as no, RefusalAct, servantAndSupervisor, Value, Year as year } from '../b-corps-2018/forms.js';
import { params } from './params.js';

const Year = year();
const No = no();
const Planned = Value('Жоспарлы мәні', 'planned (target) value');

const PlanKpi = Type.Object(
  {
    no: No,
    name: Text('Нысаналы мақсатты индикаторлардың атауы', 'KPI name'),
    unit: Text('Өлшем бірлігі', 'unit of measure'),
    planned: Planned,
  },
  { additionalProperties: false },
);

/** App. 1 (reconstructed): the individual work plan (жеке жұмыс жоспары), cl. 9–15. */
export const WorkPlan = Type.Object(
  {
    approvedBy: Signature('"БЕКІТЕМІН" Жоғары тұрған басшы', 'approved by the superior manager (or the first head, cl. 11)'),
    year: Year,
    kpis: Type.Array(PlanKpi, doc('нысаналы мақсатты индикаторлар', 'KPIs (five, cl. 14)')),
    ...servantAndSupervisor('the direct supervisor'),
  },
  { additionalProperties: false, ...doc('Жеке жұмыс жоспары (1-қосымша, қалпына келтірілген)', 'Individual work plan (App. 1, reconstructed)') },
);

const SheetKpi = Type.Object(
  {
    no: No,
    name: Text('Нысаналы мақсатты индикаторлардың атауы', 'KPI name'),
    unit: Text('Өлшем бірлігі', 'unit of measure'),
    planned: Planned,
    actual: Value('Нақты мәні', 'actual value'),
    achieved: Enum(params.achieved.value, 'Көрсеткішке қол жетті/көрсеткішке қол жетпеді', 'achieved / not achieved'),
  },
  { additionalProperties: false },
);

/** App. 2 (absent; the body printed under App. 1): the KPI evaluation sheet, cl. 17–24. */
export const KpiSheet = Type.Object(
  {
    approvedBy: Signature('"БЕКІТЕМІН" Жоғары тұрған басшы', 'signed by the superior manager (cl. 21, 24)'),
    year: Year,
    ...kpiSheetEnd(SheetKpi),
  },
  { additionalProperties: false, ...doc('НМИ бойынша бағалау парағы (2-қосымша; мәтінде 1-қосымша астында)', 'KPI evaluation sheet (App. 2; printed under App. 1)') },
);

/** App. 3: the competency evaluation sheet, cl. 25–28. */
export const CompetencySheet = competencySheetOf(params);

const ProtocolRow = Type.Object(
  {
    no: No,
    servant: Text('Қызметшілердің тегі, аты, әкесінің аты (болған жағдайда)', 'servant full name'),
    results: Text('Бағалау нәтижелері туралы мәлімет', 'information on the results'),
    corrected: Type.Optional(Text('Бағалау нәтижелері комиссиямен түзетілуі (бар болған жағдайда)', 'correction by the commission (if any, cl. 38)')),
    recommendations: Type.Optional(Text('Комиссияның ұсыныстары', 'recommendations of the commission')),
  },
  { additionalProperties: false },
);

/** App. 5: the protocol of the commission session, cl. 36–39. */
export const Protocol = Type.Object(
  {
    approvedBy: Signature('"БЕКІТЕМІН" Лауазымды тұлға', 'approved by the authorised person (cl. 39)'),
    number: Type.Optional(Text('Бағалау жөніндегі комиссия отырысының хаттамасы', 'protocol number')),
    body: Text('мемлекеттік органның атауы', 'state body'),
    year: Type.Integer({ minimum: 2018, maximum: 2100, ...doc('бағалау мерзімі жыл', 'evaluation year') }),
    rows: Type.Array(ProtocolRow, { minItems: 1, ...doc('Бағалау нәтижелері', 'evaluation results') }),
    conclusion: Type.Optional(Type.String(doc('Комиссия қорытындысы', "commission's conclusion"))),
    checked: Type.Optional(Type.String(doc('Тексерілді', 'checked'))),
    secretary: Signature('Комиссияның хатшысы', 'secretary of the commission'),
    chair: Signature('Комиссияның төрағасы', 'chair of the commission'),
    members: Type.Array(Signature('Комиссияның мүшесі', 'member of the commission'), doc('Комиссияның мүшелері', 'members')),
  },
  { additionalProperties: false, ...doc('Бағалау жөніндегі комиссия отырысының хаттамасы (5-қосымша)', 'Protocol of the evaluation commission (App. 5)') },
);

export const forms = { workPlan: WorkPlan, kpiSheet: KpiSheet, competencySheet: CompetencySheet, protocol: Protocol, refusalAct: RefusalAct };
