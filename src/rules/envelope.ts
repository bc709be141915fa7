/**
 * The package envelope every methodology shares, as JSON Schema (TypeBox): who is evaluated, the
 * period, the dated events of the procedure, the commission or calibration session; and the types
 * the rules read, derived from these schemas (`Static<>`), so a schema and its type cannot differ.
 * The forms themselves and every enum taken from an act are given by each pack (acts/envelope.ts
 * fills them in); here they are parameters, so the derived types read them as strings.
 */
import type { TObject, TOptional, TSchema, Static } from 'typebox';
import { Type } from '../law/schema-type.js';

/** Titles and descriptions in Kazakh and English, as the issue asks (editor completion shows them). */
export const doc = (kk: string, en: string) => ({ title: kk, description: en });

export const DateStr = (kk: string, en: string) => Type.String({ format: 'date', ...doc(kk, en) });
export const Text = (kk: string, en: string, minLength = 1) => Type.String({ minLength, ...doc(kk, en) });
export const Enum = <T extends string>(values: readonly T[], kk: string, en: string) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values], ...doc(kk, en) });

/**
 * Optional fields a methodology may lack altogether (a text that names no absences or no events has no
 * such field, since an empty enum is not a schema). Typed as present: a schema without them admits a
 * value without them, which their optional type already allows, so the derived type stays true.
 */
const optionalIf = <P extends Record<string, TOptional<TSchema>>>(when: boolean, props: P): P => (when ? props : ({} as P));

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
      ...optionalIf(absenceKinds.length > 0, { absences: Type.Optional(Type.Array(Absence(absenceKinds), doc('бағалау кезіндегі болмау кезеңдері', 'absences around the evaluation'))) }),
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

/**
 * One servant's item on the session's agenda; `extra`, a pack's own fields of a decision (asa-a-corps cl. 30: what
 * the protocol states of a revised result), so that the other packs' schemas stay as they are.
 */
export const SessionDecision = (decisions: readonly string[], grades: readonly (string | number)[], extra: Record<string, TSchema> = {}) =>
  Type.Object(
    {
      servant: Text('қызметшінің Т.А.Ә. немесе сәйкестендіргіші', 'servant full name or id'),
      evaluator: Type.Optional(Text('бағалаушы (тікелей басшы)', 'the evaluator (direct supervisor) of this servant')),
      applicant: Type.Optional(Text('өтініш берген адам', 'who applied for the calibration / review')),
      decision: Enum(decisions, 'шешім', 'decision'),
      grade: Type.Optional(Type.Unsafe<string | number>({ enum: [...grades], ...doc('түпкілікті баға', 'final grade') })),
      correctedGrade: Type.Optional(Type.Unsafe<string | number>({ enum: [...grades], ...doc('түзетілген баға', 'corrected grade') })),
      votes: Type.Optional(Type.Array(Vote, doc('дауыс беру', 'votes, member by member'))),
      ...extra,
    },
    { additionalProperties: false },
  );

export const Session = (kinds: readonly string[], decisions: readonly string[], grades: readonly (string | number)[], decisionExtra: Record<string, TSchema> = {}) =>
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
      decisions: Type.Array(SessionDecision(decisions, grades, decisionExtra), doc('қаралған қызметшілер', 'servants considered')),
      approvedBy: Type.Optional(Signature('бекіткен уәкілетті тұлға', 'approved by the authorized person')),
    },
    { additionalProperties: false },
  );

export const SessionRef = Type.Object(
  { ref: Text('отырыс файлына жол (осы файлға қатысты)', 'path of the session file, relative to this package') },
  { additionalProperties: false },
);

/** What a methodology gives the envelope: its id and title, its forms, its words for absences, events and session. */
export interface EnvelopeParts {
  id: string;
  /** The act's Kazakh title (the schema's title). */
  title: string;
  forms: Record<string, TSchema>;
  absenceKinds: readonly string[];
  servantExtra?: Record<string, TSchema>;
  eventTypes: readonly string[];
  /** The session schema, when the methodology has a session. */
  session?: TSchema;
}

export const SCHEMA_BASE = 'https://bagalau.kz/schemas';
export const schemaId = (packId: string, name: string): string => `${SCHEMA_BASE}/${packId}/${name}.schema.json`;

/** The package schema of a methodology (acts/envelope.ts gives it a pack's parts). */
export function Envelope(parts: EnvelopeParts) {
  const forms: Record<string, TSchema> = {};
  for (const [key, schema] of Object.entries(parts.forms)) forms[key] = Type.Optional(schema);
  const session = parts.session;
  return Type.Object(
    {
      $schema: Type.Optional(Type.String(doc('редактор үшін сызба сілтемесі', 'schema link for editors'))),
      bagalau: Type.Optional(Type.Literal(1, doc('пакет форматының нұсқасы', 'package format version'))),
      methodology: Type.Literal(parts.id, doc('әдістеме', 'methodology pack id')),
      servant: Servant(parts.absenceKinds, parts.servantExtra),
      period: Type.Object(
        {
          from: DateStr('бағалау кезеңінің басы', 'first day of the evaluation period'),
          to: DateStr('бағалау кезеңінің соңы', 'last day of the evaluation period'),
        },
        { additionalProperties: false, ...doc('бағалау кезеңі', 'evaluation period') },
      ),
      forms: Type.Optional(Type.Object(forms, { additionalProperties: false, ...doc('толтырылған нысандар', 'filled forms') })),
      // No event types in the text (kyzylorda-maslikhat-2018): no `events` field, since an empty enum is not a schema.
      ...optionalIf(parts.eventTypes.length > 0, {
        events: Type.Optional(Type.Array(Event(parts.eventTypes), doc('рәсімнің күні көрсетілген оқиғалары', 'dated events of the procedure'))),
      }),
      // A reference or an inline session: decided by the presence of `ref`, so an error names the
      // field that is wrong instead of both shapes failing at once (what anyOf reports).
      ...optionalIf(session !== undefined, {
        session: Type.Optional(
          Type.Unsafe<SessionRefData | SessionData>({
            ...doc('отырыс (комиссия немесе калибрлеу сессиясы), не оның файлына сілтеме', 'the session (commission or calibration), or a reference to its file'),
            if: { type: 'object', properties: { ref: true }, required: ['ref'] },
            then: SessionRef,
            else: session,
          }),
        ),
      }),
    },
    {
      $id: schemaId(parts.id, 'package'),
      additionalProperties: false,
      ...doc(`${parts.title} — бағалау пакеті`, `Evaluation package under ${parts.id}`),
    },
  );
}

// The types the rules read, each the `Static` of its schema above (a pack's enums read as strings).
/** A signature under a form or a session's approval. */
export type SignatureData = Static<ReturnType<typeof Signature>>;
/**
 * The servant evaluated: the shared fields, and a pack's own (`servantExtra`, any schema: read by key
 * as unknown). TypeScript drops an index signature from a spread, so the two parts are joined here.
 */
export type ServantData = Static<ReturnType<typeof Servant>> & Static<TObject<NonNullable<EnvelopeParts['servantExtra']>>>;
/** A dated event of the procedure, as recorded in a package's `events`. */
export type PackageEvent = Static<ReturnType<typeof Event>>;
export type SessionMember = Static<typeof Member>;
export type SessionVote = Static<typeof Vote>;
/** One servant's item on a session's agenda: the shared fields, and a pack's own (`decisionExtra`, read by key as unknown). */
export type SessionDecision = Static<ReturnType<typeof SessionDecision>> & Static<TObject<Record<string, TSchema>>>;
/** A commission or calibration session, inline in a package or in its own file. */
export type SessionData = Static<ReturnType<typeof Session>>;
/** A package's reference to its session file. */
export type SessionRefData = Static<typeof SessionRef>;
/** The package every rule kind reads: the envelope, with the forms as each pack's schema has them. */
export type PackageData = Omit<Static<ReturnType<typeof Envelope>>, 'servant'> & { servant: ServantData };
