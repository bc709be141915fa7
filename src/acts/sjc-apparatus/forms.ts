/**
 * sjc-apparatus: JSON Schemas (TypeBox) of the appendix forms, fields and columns as printed.
 * Structure only: counts, ranges and sums are rules (with their clauses), so a breach is reported
 * with the clause it breaks rather than as a bare schema error.
 */
import type { TSchema } from 'typebox';
import { Type } from '../../law/schema-type.js';
import { DateStr, Enum, Interval, Signature, Text, doc } from '../../rules/envelope.js';
import { ANSWERS, RANKING_PARAMETERS, RESPONDENT_GROUPS, RESULTS, RESULT_ROWS_HEADS, RESULT_ROWS_STAFF } from './catalogue.js';

const Num = (kk: string, en: string) => Type.Number(doc(kk, en));

/** Four quarterly columns («1 - тоқсан … 4 - тоқсан»); a column may be empty. */
const Quarters = (item: () => TSchema, kk: string, en: string) =>
  Type.Object(
    { q1: Type.Optional(item()), q2: Type.Optional(item()), q3: Type.Optional(item()), q4: Type.Optional(item()) },
    { additionalProperties: false, ...doc(`${kk} (1–4-тоқсан)`, `${en}, by quarter (q1–q4)`) },
  );

const Result = Enum(RESULTS, 'Бағалау нәтижесі (7-тармақ)', 'evaluation result, one of the four phrases of cl. 7');

/** App. 1 «Аппараттың басшысы орынбасарының/ Аппараттың құрылымдық бөлімшесі басшысының жеке жұмыс жоспары». */
export const workPlan = Type.Object(
  {
    approvedBy: Type.Optional(Signature('"БЕКІТЕМІН" жоғары тұрған басшы (тегі, бас әріптер), күні, қолы', 'I APPROVE: the superior head (surname, initials), date, signature')),
    planPeriod: Interval('жыл (жеке жоспар құрылатын кезең)', 'the period the plan is drawn up for (the year)'),
    servantName: Text('Қызметшінің тегі, аты, әкесінің аты (болған жағдайда)', "servant's full name"),
    position: Text('Қызметшінің лауазымы', "servant's position"),
    unit: Text('Қызметшінің құрылымдық бөлімшесінің атауы', "name of the servant's structural unit"),
    kpis: Type.Array(
      Type.Object(
        {
          no: Type.Integer(doc('№ р/р', 'row number')),
          name: Text('НМИ атауы', 'name of the target indicator'),
          source: Text('"А" корпусы қызметшісі келісімінің қай көрсеткішінен немесе мемлекеттік жоспарлау жүйесінің құжатынан түйінделеді', 'which indicator of the corps "A" agreement or which state-planning document it derives from'),
          unit: Text('Өлшем бірлігі', 'unit of measure'),
          planned: Quarters(() => Num('Жоспарлы мәні', 'planned value'), 'Жоспарлы мәні', 'planned value'),
          deadlines: Quarters(() => DateStr('Қол жеткізу мерзімі', 'achievement deadline'), 'Қол жеткізу мерзімі', 'achievement deadline'),
          keyResult: Text('Түйінді нәтиже (нысаналы мақсатты индикаторға қол жеткізуден күтілетін оң өзгерістер)', 'key result: the positive change expected from reaching the indicator'),
        },
        { additionalProperties: false },
      ),
      doc('нысаналы мақсатты индикаторлар (НМИ)', 'target indicators'),
    ),
  },
  { additionalProperties: false, ...doc('1-қосымша: жеке жұмыс жоспары', 'App. 1: individual work plan (deputy head / head of a structural unit)') },
);

/** App. 2 «НМИ бойынша бағалау парагы»: one sheet, four quarterly columns; the package's quarter is the one evaluated. */
export const kpiSheet = Type.Object(
  {
    evaluee: Text('бағаланатын адамның Т.А.Ә., лауазымы', 'the evaluee: full name, position'),
    period: Text('бағаланатын кезең', 'the evaluated period, as written on the sheet'),
    kpis: Type.Array(
      Type.Object(
        {
          no: Type.Integer(doc('№ р/р', 'row number')),
          name: Text('НМИ атауы', 'name of the target indicator'),
          unit: Text('Өлшем бірлігі', 'unit of measure'),
          planned: Quarters(() => Num('Жоспарлы мәні', 'planned value'), 'Жоспарлы мәні', 'planned value'),
          actual: Quarters(() => Num('Нақты мәні', 'actual value'), 'Нақты мәні', 'actual value'),
          percent: Quarters(() => Num('НМИ пайыздық іске асуы', 'percent achieved'), 'НМИ пайыздық іске асуы', 'percent achieved'),
          grade: Quarters(() => Num('Бағалау (0-ден 5-ке дейін)', 'grade, 0 to 5'), 'Бағалау', 'grade'),
        },
        { additionalProperties: false },
      ),
      doc('НМИ бойынша бағалау', 'grades by target indicator'),
    ),
    finalGrade: Num('Қорытынды бағалау (НМИ санына бөлінген НМИ бойынша бағалау сомасы)', 'final grade: the sum of the grades divided by the number of indicators'),
    result: Result,
    evalueeSignature: Type.Optional(Signature('Бағаланатын адам (тегі, бас әріптер), күні, қолы', 'the evaluee: surname, initials, date, signature')),
    evaluatorSignature: Type.Optional(Signature('Бағалайтын адам (тегі, бас әріптер), күні, қолы', 'the evaluator: surname, initials, date, signature')),
  },
  { additionalProperties: false, ...doc('2-қосымша: НМИ бойынша бағалау парағы', 'App. 2: target-indicator evaluation sheet') },
);

/** App. 4 «Саралау әдісі бойынша бағалау параметры». */
export const rankingSheet = Type.Object(
  {
    evaluee: Text('Бағаланатын қызметшінің Т.А.Ә.', 'the evaluee'),
    evaluator: Text('Бағалайтын қызметшінің Т.А.Ә.', 'the evaluator'),
    parameters: Type.Array(
      Type.Object(
        {
          parameter: Enum(RANKING_PARAMETERS, 'Параметрлер', 'parameter'),
          grade: Num('Бағалау (1-ден 5 баллға дейін)', 'grade, points'),
          reason: Type.Optional(Type.String(doc('Негіздеме', 'justification'))),
        },
        { additionalProperties: false },
      ),
      doc('параметрлер бойынша бағалар', 'grades by parameter'),
    ),
    average: Num('Орташа қорытынды баға', 'average final grade'),
    result: Result,
    justification: Type.Optional(Type.String(doc('Қойылған бағаға негіздеме', 'justification of the grade given'))),
  },
  { additionalProperties: false, ...doc('4-қосымша: саралау әдісі бойынша бағалау', 'App. 4: ranking-method evaluation sheet') },
);

/** App. 5 / App. 6: the anonymous 360 questionnaires, one answer list per competency (in the printed order), three answers each. */
const survey = (kk: string, en: string) =>
  Type.Object(
    {
      evaluee: Text('Бағаланатын қызметкердің Т.А.Ә', 'the evaluee'),
      responses: Type.Array(
        Type.Object(
          {
            group: Enum(RESPONDENT_GROUPS, 'респондент (35-тармақ): тікелей басшы, бағынатын қызметші, бір деңгейдегі әріптес немесе өзін-өзі бағалау', 'respondent group (cl. 35); no names: the survey is anonymous (cl. 33)'),
            answers: Type.Array(Type.Array(Enum(ANSWERS, 'Жауаптар', 'answer'), doc('құзырет бойынша сұрақтарға жауаптар', "answers to the competency's questions")), doc('құзыреттер бойынша (қосымшадағы ретімен)', 'by competency, in the printed order')),
          },
          { additionalProperties: false },
        ),
        doc('сауалнама жауаптары (респонденттердің аты-жөнінсіз)', 'questionnaire responses (respondents are not named)'),
      ),
    },
    { additionalProperties: false, ...doc(kk, en) },
  );

export const survey360Heads = survey('5-қосымша: басшыларды 360 әдісімен бағалау парағы', 'App. 5: 360 questionnaire for the deputy head / heads of structural units');
export const survey360Staff = survey('6-қосымша: "Б" корпусы қызметшілерін 360 әдісімен бағалау парағы', 'App. 6: 360 questionnaire for corps "B" servants');

const result360 = (rows: readonly string[], kk: string, en: string) =>
  Type.Object(
    {
      evaluee: Text('Т.А.Ә.', 'the evaluee'),
      rows: Type.Array(
        Type.Object(
          {
            no: Type.Integer(doc('№', 'number')),
            competency: Enum(rows, 'Құзырет', 'competency'),
            average: Num('Құзыреттер бойынша орташа қорытынды баға', 'average final grade by competency'),
          },
          { additionalProperties: false },
        ),
        doc('құзыреттер', 'competencies'),
      ),
      result: Type.Optional(Type.String(doc('Бағалау нәтижесі', 'evaluation result (the act does not say what it holds)'))),
    },
    { additionalProperties: false, ...doc(kk, en) },
  );

export const result360Heads = result360(RESULT_ROWS_HEADS, '7-қосымша: қызметшіні 360 әдісімен бағалау нәтижесі (басшылар үшін)', 'App. 7: 360 result (deputy head / heads of structural units)');
export const result360Staff = result360(RESULT_ROWS_STAFF, '8-қосымша (белгісі мәтінде жоқ): 360 градус әдісімен бағалау нәтижелері ("Б" корпусы қызметшілері үшін)', 'App. 8 (label missing in the text): 360 results (corps "B" servants)');

export const forms = { workPlan, kpiSheet, rankingSheet, survey360Heads, survey360Staff, result360Heads, result360Staff };

/** Servant facts the rules need that the envelope lacks. */
export const servantExtra: Record<string, TSchema> = {
  unitHead: Type.Optional(Text('құрылымдық бөлімшенің басшысы (саралау бойынша бағалаушы, 29-тармақ)', 'head of the structural unit (the ranking evaluator, cl. 29)')),
};
