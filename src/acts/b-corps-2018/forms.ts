/**
 * Form pieces the 2018 Model-methodology packs share: the App. 3 competency sheet (built from each
 * act's printed rows and grade values) and the free-form refusal act of cl. 41.
 */
import { Type } from '../../law/schema-type.js';
import type { TSchema } from 'typebox';
import { DateStr, Enum, Signature, Text, doc } from '../../rules/envelope.js';
import { KPI_GRADES } from './catalogue.js';
import type { ProcedureValues } from './procedure.js';

export const Year = (kk = 'жыл (бағаланатын жыл)', en = 'year evaluated') => Type.Integer({ minimum: 2018, maximum: 2100, ...doc(kk, en) });
export const No = (kk = '№ р/с') => Type.Integer({ minimum: 1, ...doc(kk, 'item number') });
export const Value = (kk: string, en: string) => Type.Union([Type.Number(), Type.String({ minLength: 1 })], doc(kk, en));

/** The servant's name, position and unit, captioned as the form prints them (each act and form words them its own way). */
export const servantFields = (name: string, position: string, unit: string) => ({
  servantName: Text(name, 'servant full name'),
  position: Text(position, 'position'),
  unit: Text(unit, 'structural unit'),
});

/** The two signatures under the family's plan and sheets: the servant's, and the direct supervisor's (`supervisor`: what they do). */
export const servantAndSupervisor = (supervisor: string) => ({
  servantSignature: Signature('Қызметші', 'the servant'),
  supervisorSignature: Signature('Тікелей басшы', supervisor),
});

/** App. 3 «Құзыреттер бойынша бағалау парағы», cl. 25–28. */
export function competencySheet(rows: readonly string[], results: readonly string[]) {
  const Row = Type.Object(
    {
      no: No(),
      // As printed (rows 6–7 end in «*»), or without the «*» as the footnote itself writes them.
      competency: Enum([...new Set([...rows, ...rows.map((r) => r.replace(/\s*\*$/, ''))])], 'Құзыреттер атауы', 'competency (as printed on App. 3; the «*» may be left out)'),
      result: Enum(results, 'Бағалау нәтижелері (күтілетін нәтижеге сәйкес/күтілетін нәтижеге сәйкес емес)', 'result (cl. 27)'),
      notObserved: Type.Optional(
        Type.Array(
          Type.String({ minLength: 1 }),
          doc('Қызметшіде байқамаған мінез-құлық индикатор атауы (күтілетін нәтижеге сәйкес емес бағасын алған жағдайда)', 'indicators not observed (App. 4 texts), when the result is «does not meet»'),
        ),
      ),
    },
    { additionalProperties: false },
  );
  return Type.Object(
    {
      year: Year(),
      ...servantFields('Бағаланатын қызметшінің (тегі, аты, әкесінің аты (болған жағдайда)', 'Бағаланатын қызметшінің лауазымы', 'Бағаланатын қызметшінің құрылымдық бөлімшесінің атауы'),
      rows: Type.Array(Row, doc('құзыреттер', 'competencies')),
      ...servantAndSupervisor('the direct supervisor (evaluates, cl. 25)'),
    },
    { additionalProperties: false, ...doc('Құзыреттер бойынша бағалау парағы (3-қосымша)', 'Competency evaluation sheet (App. 3)') },
  );
}

/** The pack's App. 3 sheet: its printed rows and the two result words of cl. 27 in both spellings. */
export const competencySheetOf = (params: Pick<ProcedureValues, 'competencyRows' | 'meets' | 'notMeets'>) => competencySheet(params.competencyRows.value, [...params.meets.value, ...params.notMeets.value]);

/** The end of the KPI sheet both acts print alike (cl. 17–18): the KPI rows, the grade, the two signatures. */
export const kpiSheetEnd = (row: TSchema) => ({
  kpis: Type.Array(row, doc('нысаналы мақсатты индикаторлар', 'KPIs with results')),
  result: Enum(KPI_GRADES, 'Бағалау нәтижесі (қанағаттанарлықсыз, қанағаттанарлық, тиімді, өте жақсы)', 'evaluation result (cl. 18)'),
  ...servantAndSupervisor('the direct supervisor (fills in and signs, cl. 17)'),
});

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
