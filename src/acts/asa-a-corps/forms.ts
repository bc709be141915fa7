/**
 * The filled forms of Annex 1 as JSON Schemas (TypeBox): the annual agreements (App. 1 for category 1,
 * App. 2 for category 2), the evaluation sheet (App. 3) and the review (App. 6). App. 4 and App. 5 are
 * reference tables (catalogue.ts); App. 7 is an anonymous survey aggregated by the IS, not part of a
 * servant's package. The header's evaluatee is the package's `servant`.
 */
import type { TSchema } from 'typebox';
import { Type } from '../../law/schema-type.js';
import { DateStr, Enum, Text, doc } from '../../rules/envelope.js';
import { CORPS_CATEGORIES, MANDATORY, RESULTS } from './catalogue.js';

const Planned = Type.Union([Type.Number(), Type.String({ minLength: 1 })], doc('Жоспарлы мәні', 'planned value'));

/** Table I «Уәкілетті тұлға айқындаған нысаналы мақсатты индикаторлар»: every column is required (cl. 10). */
const OwnKpi = Type.Object(
  {
    name: Text('НМИ атауы', 'KPI name'),
    linkage: Text('Мемлекеттік жоспарлау жүйесінің құжаттарымен және/немесе мемлекеттік органы/"А" корпусы қызметшісі қызметінің ерекшелігімен өзара байланыс', 'link to state planning documents and/or the specifics of the body / servant (cl. 10(5))'),
    unit: Text('Өлшем бірлігі', 'unit of measurement (cl. 10(2))'),
    planned: Planned,
    deadline: DateStr('Қол жеткізу мерзімдері', 'achievement deadline, within the evaluation period (cl. 10(4))'),
    keyResult: Text('Түйінді нәтиже* (НМИ қол жеткізуден күтілетін оң өзгерістер)', 'key result: expected positive changes (cl. 10(1))'),
  },
  { additionalProperties: false },
);

/** Table II «Міндетті тәртіппен белгіленетін НМИ»: rows 1–3 are printed pre-filled (%, 100, «Бағаланатын кезеңнің қорытындысы бойынша»). */
const MandatoryKpi = Type.Object(
  {
    indicator: Enum(MANDATORY, 'Міндетті түйінді НМИ', 'mandatory KPI, as printed'),
    title: Type.Optional(Text('НМИ (уәкілетті орган белгілеген)', 'the KPI the Agency set (row 4, cl. 7)')),
    unit: Type.Optional(Text('Өлшем бірлігі', 'unit (row 4)')),
    planned: Type.Optional(Planned),
    deadline: Type.Optional(Text('Қол жеткізу мерзімі', 'deadline (row 4)')),
    keyResult: Type.Optional(Text('Қорытынды нәтиже / Түйінді нәтиже', 'key result (row 4)')),
  },
  { additionalProperties: false },
);

const AuthorizedPerson = Type.Object(
  {
    name: Text('Уәкілетті тұлға: тегі, аты, әкесінің аты (болған жағдайда)', 'authorized person: full name'),
    position: Text('Лауазымы', 'position'),
    date: Type.Optional(DateStr('Күні', 'date signed (by EDS)')),
  },
  { additionalProperties: false, ...doc('Уәкілетті тұлға', 'the authorized person (cl. 4)') },
);

const ServantSignature = Type.Object(
  {
    name: Text('Қызметші: тегі, аты, әкесінің аты (болған жағдайда)', 'servant: full name'),
    date: Type.Optional(DateStr('Күні', 'date signed (by EDS)')),
  },
  { additionalProperties: false, ...doc('Қызметші', 'the servant') },
);

const agreement = (no: 1 | 2, kk: string, en: string): TSchema =>
  Type.Object(
    {
      year: Type.Integer({ minimum: 2018, ...doc('бағаланатын жыл', 'the evaluated year') }),
      kpis: Type.Array(OwnKpi, doc('Уәкілетті тұлға айқындаған НМИ', 'KPIs set by the authorized person')),
      mandatory: Type.Array(MandatoryKpi, doc('Міндетті тәртіппен белгіленетін НМИ (міндетті НМИ)', 'mandatory KPIs')),
      authorizedPerson: AuthorizedPerson,
      servantSignature: ServantSignature,
    },
    { additionalProperties: false, ...doc(`${no}-қосымша. ${kk}`, `App. ${no}: ${en}`) },
  );

const SheetRow = Type.Object(
  {
    name: Text('НМИ атауы', 'KPI name, as in the agreement'),
    indicator: Type.Optional(Enum(MANDATORY, 'міндетті НМИ болса — оның атауы', 'for a mandatory KPI: which one (selects App. 4 or App. 5)')),
    unit: Text('Өлшем бірлігі', 'unit'),
    planned: Planned,
    actual: Type.Union([Type.Number(), Type.String({ minLength: 1 })], doc('Нақты мәні', 'actual value (cl. 16)')),
    percent: Type.Number(doc('НМИ жүзеге асырудың пайызы', 'implementation percent (cl. 16)')),
    grade: Type.Number(doc('Баға (0-ден 5-ке дейін)*', 'grade from 0 to 5 (cl. 19)')),
  },
  { additionalProperties: false },
);

export const forms = {
  agreementCategory1: agreement(1, '"А" корпусы қызметшілерінің жыл сайынғы келісімі (1-санаттағы қызметшілер үшін)', 'annual agreement (category 1 servants)'),
  agreementCategory2: agreement(2, '"А" корпусы қызметшісінің жыл сайынғы келісімі (2-санаттағы қызметшілер үшін)', 'annual agreement (category 2 servants)'),
  evaluationSheet: Type.Object(
    {
      kpis: Type.Array(SheetRow, doc('НМИ бойынша бағалар', 'KPIs with values and grades')),
      finalGrade: Type.Number(doc('Қорытынды баға (НМИ санына бөлінген барлық бағалардың сомасы)', 'final grade (sum of the grades / number of KPIs, cl. 20)')),
      result: Enum(RESULTS, 'Бағалау нәтижесі', 'result (cl. 21)'),
      signature: Type.Optional(AuthorizedPerson),
    },
    { additionalProperties: false, ...doc('3-қосымша. Бағалау парағы', 'App. 3: evaluation sheet') },
  ),
  review: Type.Object(
    {
      assessment: Text('бағалау кезеңіне "А" корпусы қызметшісінің бағасы, сондай-ақ оның қызметі сипаттамасы, НМИ жетудің толық ақпараты', 'the grade, a description of the activity and full information on KPI achievement (cl. 23)'),
      additional: Text('Қосымша ақпарат (кәсіби деңгей мен жеке қасиеттердің сипаттамасы, тәртіптік жазалар, сондай-ақ қалауы бойынша басқа ақпарат)', 'professional level, personal qualities, disciplinary sanctions (present or absent), other (cl. 23)'),
      signedBy: Type.Object(
        { name: Text('тегі, уәкілетті тұлғаның аты-жөнінің бірінші әріптері', 'authorized person'), position: Text('лауазымы', 'position') },
        { additionalProperties: false, ...doc('лауазымы, қолы (электрондық цифрлық қолтаңба арқылы куәләндырылған)', 'signed by EDS') },
      ),
    },
    { additionalProperties: false, ...doc('6-қосымша. "А" корпусы мемлекеттік әкімшілік қызметшісінің қызметі туралы пікір', 'App. 6: review of the servant’s activity') },
  ),
} satisfies Record<string, TSchema>;

export const AGREEMENTS = ['agreementCategory1', 'agreementCategory2'] as const;

export const servantExtra: Record<string, TSchema> = {
  // For corps "А" the act knows no position-category codes: its categories are those of cl. 7, which
  // choose the agreement form (App. 1 or 2) and the mandatory KPIs (cl. 8 or 9). `category` holds one of them.
  category: Enum(
    CORPS_CATEGORIES,
    '"А" корпусы қызметшісінің санаты: 1-санат не 2-санат (7-т.; жыл сайынғы келісімнің нысанын — 1- не 2-қосымша — және міндетті НМИ-ді — 8- не 9-т. — айқындайды)',
    'the corps "А" servant\'s category under cl. 7: «1-санат» or «2-санат». It chooses the annual agreement form (App. 1 or App. 2) and the mandatory KPIs (cl. 8 or cl. 9). The act names the two categories without saying who belongs to which: the package states it',
  ),
  authorizedPerson: Type.Optional(Text('уәкілетті тұлға (тағайындау және босату құқығы бар тұлға)', 'the authorized person: who may appoint and dismiss (cl. 4)')),
};

/**
 * What the National Commission's protocol states of a result it revises (cl. 30: «хаттамада тиісті себептер мен
 * түсіндірмелер, сондай-ақ жүргізілген бағалаудың сапасы және уәкілетті тұлғаға қатысты тәртіптік шара бойынша
 * ұсынымдар көрсетіледі»), as fields of a session decision: asa-a-corps' own (`decisionExtra` of the session schema, index.ts),
 * titled by the clause's words. The revised result itself is the shared `correctedGrade`. The one sentence names the
 * recommendations on the quality of the evaluation and on a disciplinary measure together; they are two fields, as the
 * protocol prints two lines for them (templates/asa-a-corps/commissionProtocol.md.hbs).
 */
export const REVISION_FIELDS: Record<string, TSchema> = {
  reasons: Type.Optional(Text('тиісті себептер мен түсіндірмелер', 'the reasons and explanations of the revised result (cl. 30)')),
  qualityRecommendations: Type.Optional(Text('жүргізілген бағалаудың сапасы бойынша ұсынымдар', 'recommendations on the quality of the evaluation carried out (cl. 30)')),
  disciplinaryRecommendations: Type.Optional(Text('уәкілетті тұлғаға қатысты тәртіптік шара бойынша ұсынымдар', 'recommendations on a disciplinary measure regarding the authorized person (cl. 30)')),
};

/**
 * Whether the National Commission held an interview with the servant before its decision (cl. 29: it decides «жұмыс
 * органымен ұсынылған материалдарды қарау және "А" корпусы қызметшісімен әңгімелесу өткізу (қажеттілігіне қарай)
 * қорытындысы бойынша»): the interview is held as needed, so the session records whether it was. Optional — the act
 * requires no record of it; the protocol prints «өткізілді» or «өткізілмеді» when it is given and both alternatives,
 * to strike one by hand, when it is not (templates/asa-a-corps/commissionProtocol.md.hbs). Titled by the clause's words.
 * Not the interview of cl. 22 (held where the evaluation needs more information, the personnel service giving notice: the package's `interview` event).
 */
export const INTERVIEW_FIELDS: Record<string, TSchema> = {
  interviewHeld: Type.Optional(Type.Boolean(doc('"А" корпусы қызметшісімен әңгімелесу өткізу (қажеттілігіне қарай)', 'whether an interview with the corps "А" servant was held (as needed, cl. 29)'))),
};
