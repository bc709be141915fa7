/**
 * The two evaluation sheets of Annex 2 as JSON Schemas (TypeBox): App. 1 for managerial positions,
 * App. 2 for the others. Columns as printed: «Параметрлер», «Бағалау (0-ден 5 баллға дейін)»,
 * «Түсініктеме (қалау бойынша)»; then «Орташа қорытынды баға», «Бағалау нәтижесі», «Қолы», «Күні».
 * The header's evaluatee and period are the package's `servant` and `period`.
 * Grades are not bounded in the schema: the 0–5 range is a rule (cl. 18) so the finding cites it.
 */
import type { TSchema } from 'typebox';
import { Type } from '../../law/schema-type.js';
import { DateStr, Enum, Text, doc } from '../../rules/envelope.js';
import { EVALUATOR_BASES, MANAGERIAL_PARAMETERS, NON_MANAGERIAL_PARAMETERS, RESULTS, SANCTION_KINDS } from './catalogue.js';

const Evaluator = Type.Object(
  {
    name: Text('Бағалайтын қызметшінің Т.А.Ә.', 'full name of the evaluating servant'),
    position: Text('мемлекеттік органды көрсете отырып лауазымы', 'position, with the state body'),
    basis: Type.Optional(
      Enum(EVALUATOR_BASES, 'кім ретінде бағалайды (4-т., 18-т.)', 'evaluating instead of the person cl. 17 names: maslikhat chair (cl. 4 pt. 3), substitute (pt. 4), receiving body (pt. 5), chief of staff (pt. 6), co-evaluator (cl. 18 pt. 3)'),
    ),
  },
  { additionalProperties: false, ...doc('Бағалайтын қызметші', 'the evaluator') },
);

const sheet = (parameters: readonly string[], kkTitle: string, enTitle: string, app: number): TSchema =>
  Type.Object(
    {
      evaluator: Evaluator,
      grades: Type.Array(
        Type.Object(
          {
            parameter: Enum(parameters, 'Параметрлер', 'parameter, as printed'),
            grade: Type.Number(doc('Бағалау (0-ден 5 баллға дейін)', 'grade from 0 to 5 (cl. 18 pt. 2)')),
            comment: Type.Optional(Type.String(doc('Түсініктеме (қалау бойынша)', 'comment (optional)'))),
          },
          { additionalProperties: false },
        ),
        doc('Параметрлер бойынша бағалар', 'grades by parameter (five rows)'),
      ),
      average: Type.Number(doc('Орташа қорытынды баға', 'average final grade (sum / number of parameters)')),
      result: Enum(RESULTS, 'Бағалау нәтижесі', 'result (cl. 8)'),
      signature: Type.Optional(
        Type.Object(
          {
            name: Text('Т.А.Ә.', 'who signed (by electronic digital signature)'),
            date: DateStr('Күні', 'date signed'),
          },
          { additionalProperties: false, ...doc('Қолы (электрондық цифрлық қолтаңба арқылы куәләндырылған)', 'signature (certified by EDS)') },
        ),
      ),
    },
    { additionalProperties: false, ...doc(`${app}-қосымша. ${kkTitle}`, `App. ${app}: ${enTitle}`) },
  );

export const forms = {
  managerialSheet: sheet(MANAGERIAL_PARAMETERS, 'Басшы лауазымды атқаратын адамның бағалау парағы', 'evaluation sheet of a person holding a managerial position', 1),
  nonManagerialSheet: sheet(NON_MANAGERIAL_PARAMETERS, 'Басшы лауазымды атқармайтын адамның бағалау парағы', 'evaluation sheet of a person not holding a managerial position', 2),
} satisfies Record<string, TSchema>;

export const FORM_KEYS = ['managerialSheet', 'nonManagerialSheet'] as const;

/** Servant facts the rules need that the envelope lacks. */
export const servantExtra: Record<string, TSchema> = {
  unitHead: Type.Optional(Text('құрылымдық бөлімшенің/мемлекеттік органның басшысы', 'head of the structural unit / state body (evaluator under cl. 17 pt. 2 and 4)')),
  disciplinarySanctions: Type.Optional(
    Type.Array(
      Type.Object(
        {
          kind: Enum(SANCTION_KINDS, 'тәртіптік жаза түрі', 'kind of disciplinary sanction (App. 1/2 row 5)'),
          appliedOn: DateStr('қолданылған күні', 'date applied'),
          order: Type.Optional(Text('бұйрық', 'order imposing it')),
        },
        { additionalProperties: false },
      ),
      doc('тәртіптік жазалар', 'disciplinary sanctions'),
    ),
  ),
};
