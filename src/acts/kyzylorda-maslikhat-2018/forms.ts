/**
 * kyzylorda-maslikhat-2018 forms. The methodology's own competency sheet (its App. 3) is not in our
 * text, so `competencySheet` holds only what App. 4 lets us check: per competency (App. 4 name), the
 * behavioural indicators the evaluator relied on (observed or not; App. 4 text), and the result as
 * written (free text: the grade words of Decision No. 199 are not in our text).
 */
import { Type } from '../../law/schema-type.js';
import { Enum, Signature, Text, doc } from '../../rules/envelope.js';
import { COMPETENCY_NAMES } from './catalogue.js';

const Row = Type.Object(
  {
    competency: Enum(COMPETENCY_NAMES, 'Құзыреттер атауы (4-қосымша)', 'competency, as App. 4 names it'),
    result: Type.Optional(Type.String(doc('бағалау нәтижесі (парақта жазылғандай)', 'result as written on the sheet (not checked: the grading is not in our text)'))),
    indicators: Type.Optional(
      Type.Array(Type.String({ minLength: 1 }), doc('басшылыққа алынған мінез-құлық индикаторлары (4-қосымша мәтіні)', 'behavioural indicators relied on (App. 4 text), observed or not')),
    ),
  },
  { additionalProperties: false },
);

export const CompetencySheet = Type.Object(
  {
    year: Type.Integer({ minimum: 2018, maximum: 2100, ...doc('бағаланатын жыл', 'year evaluated') }),
    servantName: Text('Бағаланатын қызметшінің тегі, аты, әкесінің аты', 'servant full name'),
    position: Text('Бағаланатын қызметшінің лауазымы', 'position (decides the group of a code listed twice in App. 4)'),
    rows: Type.Array(Row, doc('құзыреттер', 'competencies')),
    supervisorSignature: Type.Optional(Signature('Тікелей басшы', 'the evaluator')),
  },
  { additionalProperties: false, ...doc('Құзыреттер бойынша бағалау парағы (нысаны бізде жоқ; 4-қосымша бойынша тексеріледі)', 'Competency sheet (its form is not in our text; checked against App. 4)') },
);

export const forms = { competencySheet: CompetencySheet };
