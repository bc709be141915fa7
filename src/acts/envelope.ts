/**
 * The package envelope of one methodology: one servant, one period, the filled forms,
 * the dated events and the commission or calibration session (inline or in its own file).
 */
import { Type, type TObject, type TSchema } from 'typebox';
import { DateStr, Event, Servant, Session, SessionRef, doc } from './common-schema.js';
import type { Pack } from './pack.js';

export const SCHEMA_BASE = 'https://bagalau.kz/schemas';
export const schemaId = (packId: string, name: string): string => `${SCHEMA_BASE}/${packId}/${name}.schema.json`;

/** The session schema of a pack (for session files that many packages refer to). */
export function sessionSchema(pack: Pack): TSchema | undefined {
  if (!pack.session) return undefined;
  return Session(pack.session.kinds, pack.session.decisions, pack.session.grades);
}

export function packageSchema(pack: Pack): TObject {
  const forms: Record<string, TSchema> = {};
  for (const [key, schema] of Object.entries(pack.forms)) forms[key] = Type.Optional(schema);
  const session = sessionSchema(pack);
  return Type.Object(
    {
      $schema: Type.Optional(Type.String(doc('редактор үшін сызба сілтемесі', 'schema link for editors'))),
      bagalau: Type.Optional(Type.Literal(1, doc('пакет форматының нұсқасы', 'package format version'))),
      methodology: Type.Literal(pack.id, doc('әдістеме', 'methodology pack id')),
      servant: Servant(pack.absenceKinds, pack.servantExtra),
      period: Type.Object(
        {
          from: DateStr('бағалау кезеңінің басы', 'first day of the evaluation period'),
          to: DateStr('бағалау кезеңінің соңы', 'last day of the evaluation period'),
        },
        { additionalProperties: false, ...doc('бағалау кезеңі', 'evaluation period') },
      ),
      forms: Type.Optional(Type.Object(forms, { additionalProperties: false, ...doc('толтырылған нысандар', 'filled forms') })),
      // No event types in the text (kyzylorda-maslikhat-2018): no `events` field, since an empty enum is not a schema.
      ...(pack.events.length > 0
        ? {
            events: Type.Optional(
              Type.Array(
                Event(pack.events.map((e) => e.type)),
                doc('рәсімнің күні көрсетілген оқиғалары', 'dated events of the procedure'),
              ),
            ),
          }
        : {}),
      // A reference or an inline session: decided by the presence of `ref`, so an error names the
      // field that is wrong instead of both shapes failing at once (what anyOf reports).
      ...(session
        ? {
            session: Type.Optional(
              Type.Unsafe<unknown>({
                ...doc('отырыс (комиссия немесе калибрлеу сессиясы), не оның файлына сілтеме', 'the session (commission or calibration), or a reference to its file'),
                if: { type: 'object', properties: { ref: true }, required: ['ref'] },
                then: SessionRef,
                else: session,
              }),
            ),
          }
        : {}),
    },
    {
      $id: schemaId(pack.id, 'package'),
      additionalProperties: false,
      ...doc(`${pack.act.title.kk} — бағалау пакеті`, `Evaluation package under ${pack.id}`),
    },
  );
}

