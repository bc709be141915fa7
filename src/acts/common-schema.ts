/**
 * Building blocks of the package envelope shared by every methodology: who is evaluated,
 * the period, the dated events of the procedure, the commission or calibration session.
 * The forms themselves and every enum taken from an act are defined by each pack.
 */
import { Type, type TSchema, type Static } from 'typebox';

/** Titles and descriptions in Kazakh and English, as the issue asks (editor completion shows them). */
export const doc = (kk: string, en: string) => ({ title: kk, description: en });

export const DateStr = (kk: string, en: string) => Type.String({ format: 'date', ...doc(kk, en) });
export const Text = (kk: string, en: string, minLength = 1) => Type.String({ minLength, ...doc(kk, en) });
export const Enum = <T extends string>(values: readonly T[], kk: string, en: string) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values], ...doc(kk, en) });

export const Interval = (kk: string, en: string) =>
  Type.Object(
    { from: DateStr('басы', 'first day'), to: DateStr('соңы', 'last day') },
    { additionalProperties: false, ...doc(kk, en) },
  );

/** A signature under a form: who signed, in what capacity, when. */
export const Signature = (kk: string, en: string) =>
  Type.Object(
    {
      name: Text('Т.А.Ә.', 'full name'),
      position: Type.Optional(Text('лауазымы', 'position')),
      date: Type.Optional(DateStr('қол қойылған күні', 'date signed')),
    },
    { additionalProperties: false, ...doc(kk, en) },
  );

export const Absence = (kinds: readonly string[]) =>
  Type.Object(
    {
      kind: Enum(kinds, 'болмау себебі (әдістеменің мәтіні бойынша)', 'reason of absence, as the methodology words it'),
      from: DateStr('басы', 'first day'),
      to: DateStr('соңы (жұмысқа шыққанның алдындағы күн)', 'last day (the day before returning to work)'),
    },
    { additionalProperties: false },
  );

export const Servant = (absenceKinds: readonly string[], extra: Record<string, TSchema> = {}) =>
  Type.Object(
    {
      id: Type.Optional(Text('табель нөмірі немесе ішкі сәйкестендіргіш', 'personnel number or other internal id (used to match session decisions)')),
      fullName: Text('Т.А.Ә.', 'full name'),
      position: Text('лауазымы', 'position held'),
      category: Text('лауазым санаты (мысалы С-4, D-O-3)', 'position category code (e.g. С-4, D-O-3)'),
      managerial: Type.Optional(Type.Boolean(doc('басшы лауазым', 'holds a managerial position'))),
      unit: Type.Optional(Text('құрылымдық бөлімше', 'structural unit')),
      body: Text('мемлекеттік орган', 'state body'),
      appointedOn: DateStr('осы лауазымға тағайындалған (немесе әлеуметтік демалыстан/оқудан оралған) күні', 'date the servant took up this position (or returned from social leave / studies)'),
      probation: Type.Optional(Interval('сынақ мерзімі', 'probation period')),
      // A methodology whose text names no absences (kyzylorda-maslikhat-2018 holds App. 4 alone) has no such field: an empty enum is not a schema.
      ...(absenceKinds.length > 0 ? { absences: Type.Optional(Type.Array(Absence(absenceKinds), doc('бағалау кезіндегі болмау кезеңдері', 'absences around the evaluation'))) } : {}),
      directSupervisor: Type.Optional(Text('тікелей басшы', 'direct supervisor (name)')),
      superiorManager: Type.Optional(Text('жоғары тұрған басшы', 'superior manager (name)')),
      ...extra,
    },
    { additionalProperties: false, ...doc('бағаланатын қызметші', 'the servant evaluated') },
  );

export const Event = (types: readonly string[]) =>
  Type.Object(
    {
      type: Enum(types, 'рәсім оқиғасы', 'procedure event (see `bagalau methodologies`)'),
      date: DateStr('күні', 'date it happened'),
      by: Type.Optional(Text('кім', 'who did it')),
      note: Type.Optional(Type.String(doc('ескертпе', 'note'))),
    },
    { additionalProperties: false },
  );

export const MEMBER_ROLES = ['chair', 'deputy-chair', 'member', 'secretary'] as const;
export const VOTES = ['for', 'against', 'abstain'] as const;

export const Member = Type.Object(
  {
    name: Text('Т.А.Ә.', 'full name'),
    role: Enum(MEMBER_ROLES, 'рөлі', 'role in the session: chair, deputy-chair, member, secretary'),
    position: Type.Optional(Text('лауазымы', 'position')),
    hr: Type.Optional(Type.Boolean(doc('персоналды басқару қызметінің қызметкері', 'employee of the HR service'))),
    present: Type.Boolean(doc('отырысқа қатысты', 'attended the session')),
  },
  { additionalProperties: false },
);

export const Vote = Type.Object(
  { member: Text('мүше', 'member name'), vote: Enum(VOTES, 'дауыс', 'vote') },
  { additionalProperties: false },
);

/** One servant's item on the session's agenda. */
export const SessionDecision = (decisions: readonly string[], grades: readonly (string | number)[]) =>
  Type.Object(
    {
      servant: Text('қызметшінің Т.А.Ә. немесе сәйкестендіргіші', 'servant full name or id'),
      evaluator: Type.Optional(Text('бағалаушы (тікелей басшы)', 'the evaluator (direct supervisor) of this servant')),
      applicant: Type.Optional(Text('өтініш берген адам', 'who applied for the calibration / review')),
      decision: Enum(decisions, 'шешім', 'decision'),
      grade: Type.Optional(Type.Unsafe<string | number>({ enum: [...grades], ...doc('түпкілікті баға', 'final grade') })),
      correctedGrade: Type.Optional(Type.Unsafe<string | number>({ enum: [...grades], ...doc('түзетілген баға', 'corrected grade') })),
      votes: Type.Optional(Type.Array(Vote, doc('дауыс беру', 'votes, member by member'))),
    },
    { additionalProperties: false },
  );

export const Session = (kinds: readonly string[], decisions: readonly string[], grades: readonly (string | number)[]) =>
  Type.Object(
    {
      kind: Enum(kinds, 'отырыс түрі', 'session kind'),
      date: DateStr('отырыс күні', 'date of the session'),
      number: Type.Optional(Text('хаттама нөмірі', 'protocol number')),
      voting: Type.Optional(Enum(['open', 'secret'] as const, 'дауыс беру тәсілі', 'open or secret ballot')),
      formedBy: Type.Optional(
        Type.Object(
          { number: Text('бұйрық нөмірі', 'order number'), date: DateStr('бұйрық күні', 'order date') },
          { additionalProperties: false, ...doc('комиссияны құру туралы бұйрық', 'order forming the commission') },
        ),
      ),
      members: Type.Array(Member, { minItems: 1, ...doc('құрамы', 'members') }),
      decisions: Type.Array(SessionDecision(decisions, grades), doc('қаралған қызметшілер', 'servants considered')),
      approvedBy: Type.Optional(Signature('бекіткен уәкілетті тұлға', 'approved by the authorized person')),
    },
    { additionalProperties: false },
  );

export const SessionRef = Type.Object(
  { ref: Text('отырыс файлына жол (осы файлға қатысты)', 'path of the session file, relative to this package') },
  { additionalProperties: false },
);

export type SessionT = Static<ReturnType<typeof Session>>;
export type MemberT = Static<typeof Member>;
