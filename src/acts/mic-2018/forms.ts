/**
 * mic-2018 forms as JSON Schemas (TypeBox): field and column titles as printed in the appendices,
 * enum values exact Kazakh from the act.
 *
 * Damage handled here (see docs/acts-mic-2018.md): Appendix 2 (the KPI evaluation sheet, cl. 17)
 * is missing from the published text, and the body printed under the «1-қосымша» header has the
 * sheet's columns («Нақты мәні», achieved / not achieved, «Бағалау нәтижесі»). So `kpiSheet` is that
 * printed body, and `workPlan` (cl. 9) is reconstructed from its plan columns (№, KPI, unit, planned value).
 */
import { Type } from '@sinclair/typebox';
import { DateStr, Enum, Signature, Text, doc } from '../common-schema.js';
import { KPI_GRADES, PARAMS } from './params.js';

const Year = Type.Integer({ minimum: 2018, maximum: 2100, ...doc('жыл (бағаланатын жыл)', 'year evaluated') });
const No = Type.Integer({ minimum: 1, ...doc('№ р/с', 'item number') });
const Planned = Type.Union([Type.Number(), Type.String({ minLength: 1 })], doc('Жоспарлы мәні', 'planned (target) value'));

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
    servantSignature: Signature('Қызметші', 'the servant'),
    supervisorSignature: Signature('Тікелей басшы', 'the direct supervisor'),
  },
  { additionalProperties: false, ...doc('Жеке жұмыс жоспары (1-қосымша, қалпына келтірілген)', 'Individual work plan (App. 1, reconstructed)') },
);

const SheetKpi = Type.Object(
  {
    no: No,
    name: Text('Нысаналы мақсатты индикаторлардың атауы', 'KPI name'),
    unit: Text('Өлшем бірлігі', 'unit of measure'),
    planned: Planned,
    actual: Type.Union([Type.Number(), Type.String({ minLength: 1 })], doc('Нақты мәні', 'actual value')),
    achieved: Enum(PARAMS.achieved.value, 'Көрсеткішке қол жетті/көрсеткішке қол жетпеді', 'achieved / not achieved'),
  },
  { additionalProperties: false },
);

/** App. 2 (absent; the body printed under App. 1): the KPI evaluation sheet, cl. 17–24. */
export const KpiSheet = Type.Object(
  {
    approvedBy: Signature('"БЕКІТЕМІН" Жоғары тұрған басшы', 'signed by the superior manager (cl. 21, 24)'),
    year: Year,
    kpis: Type.Array(SheetKpi, doc('нысаналы мақсатты индикаторлар', 'KPIs with results')),
    result: Enum(KPI_GRADES, 'Бағалау нәтижесі (қанағаттанарлықсыз, қанағаттанарлық, тиімді, өте жақсы)', 'evaluation result (cl. 18)'),
    servantSignature: Signature('Қызметші', 'the servant'),
    supervisorSignature: Signature('Тікелей басшы', 'the direct supervisor (fills in and signs, cl. 17)'),
  },
  { additionalProperties: false, ...doc('НМИ бойынша бағалау парағы (2-қосымша; мәтінде 1-қосымша астында)', 'KPI evaluation sheet (App. 2; printed under App. 1)') },
);

const CompetencyRow = Type.Object(
  {
    no: No,
    competency: Enum(PARAMS.competencyRows.value, 'Құзыреттер атауы', 'competency (as printed on App. 3)'),
    result: Enum([...PARAMS.meets.value, ...PARAMS.notMeets.value], 'Бағалау нәтижелері (күтілетін нәтижеге сәйкес/күтілетін нәтижеге сәйкес емес)', 'result (cl. 27)'),
    notObserved: Type.Optional(
      Type.Array(Type.String({ minLength: 1 }), doc('Қызметшіде байқамаған мінез-құлық индикатор атауы (күтілетін нәтижеге сәйкес емес бағасын алған жағдайда)', 'indicators not observed (App. 4 texts), when the result is «does not meet»')),
    ),
  },
  { additionalProperties: false },
);

/** App. 3: the competency evaluation sheet, cl. 25–28. */
export const CompetencySheet = Type.Object(
  {
    year: Year,
    servantName: Text('Бағаланатын қызметшінің (тегі, аты, әкесінің аты (болған жағдайда)', 'servant full name'),
    position: Text('Бағаланатын қызметшінің лауазымы', 'position'),
    unit: Text('Бағаланатын қызметшінің құрылымдық бөлімшесінің атауы', 'structural unit'),
    rows: Type.Array(CompetencyRow, doc('құзыреттер', 'competencies')),
    servantSignature: Signature('Қызметші', 'the servant'),
    supervisorSignature: Signature('Тікелей басшы', 'the direct supervisor (evaluates, cl. 25)'),
  },
  { additionalProperties: false, ...doc('Құзыреттер бойынша бағалау парағы (3-қосымша)', 'Competency evaluation sheet (App. 3)') },
);

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

/** cl. 41: the act drawn up in free form when the servant refuses to be acquainted. */
export const RefusalAct = Type.Object(
  {
    date: DateStr('акт күні', 'date of the act'),
    text: Type.Optional(Type.String(doc('акт мәтіні (еркін түрде)', 'text of the act (free form)'))),
    signatories: Type.Array(
      Type.Object(
        {
          name: Text('Т.А.Ә.', 'full name'),
          position: Type.Optional(Text('лауазымы', 'position')),
          hr: Type.Optional(Type.Boolean(doc('персоналды басқару қызметі', 'from the HR service'))),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, ...doc('қол қойғандар', 'signatories') },
    ),
  },
  { additionalProperties: false, ...doc('Танысудан бас тарту туралы акт (41-т.)', 'Act of refusal to be acquainted (cl. 41)') },
);

export const FORMS = {
  workPlan: WorkPlan,
  kpiSheet: KpiSheet,
  competencySheet: CompetencySheet,
  protocol: Protocol,
  refusalAct: RefusalAct,
};
