/**
 * The calendar data format (жұмыс күндерінің күнтізбесі), written once in TypeBox so
 * that the JSON Schema (`schemas/calendar/calendar-data.schema.json`) and the
 * TypeScript types come from one definition. The JSON file is this object
 * serialised; `test/calendar/schema.test.ts` fails if the two drift apart.
 *
 * One file describes one year of the five-day working week: the holidays and
 * days off that fall in it, the transfers of days off decided for it, and the
 * sources of each.
 */
import type { Static } from 'typebox';
import { Type } from '../schema-type.js';

export const CALENDAR_SCHEMA_ID = 'https://bagalau.kz/schemas/calendar/calendar-data.schema.json';

const isoDate = (description = 'A calendar date, YYYY-MM-DD.') =>
  Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', format: 'date', description });
const IsoDate = isoDate();

const Text3 = Type.Object(
  {
    kk: Type.String({ minLength: 1 }),
    ru: Type.String({ minLength: 1 }),
    en: Type.String({ minLength: 1 }),
  },
  { additionalProperties: false, description: 'A text in Kazakh, Russian and English.' },
);

const SourceId = Type.String({
  pattern: '^[a-z0-9][a-z0-9.-]*$',
  description: 'Id of a source: one of the bundled sources or one defined in this file’s `sources`.',
});

export const SourceSchema = Type.Object(
  {
    kind: Type.Union(
      ['law', 'code', 'decree', 'order', 'announcement', 'estimate', 'publication'].map((k) => Type.Literal(k)),
      { description: 'law, code, Government decree (қаулы), ministerial order (бұйрық), announcement (e.g. ДУМК), estimate, publication (a production calendar).' },
    ),
    title: Text3,
    number: Type.Optional(Type.String({ minLength: 1 })),
    date: Type.Optional(IsoDate),
    adilet: Type.Optional(Type.String({ pattern: '^[A-Z0-9_]+$', description: 'Document id on adilet.zan.kz, e.g. G24G0000436.' })),
    url: Type.Optional(Type.String({ minLength: 1 })),
    clause: Type.Optional(Type.String({ minLength: 1 })),
    quote: Type.Optional(
      Type.Object(
        { lang: Type.Union([Type.Literal('kk'), Type.Literal('ru'), Type.Literal('en')]), text: Type.String({ minLength: 1 }) },
        { additionalProperties: false },
      ),
    ),
    note: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

export const HolidaySchema = Type.Object(
  {
    date: IsoDate,
    name: Text3,
    kind: Type.Union([Type.Literal('holiday'), Type.Literal('religious')], {
      description:
        '`holiday`: a holiday under the Law on holidays; when it falls on Saturday or Sunday the next working day is a day off (Law art. 5). `religious`: a day off under Labour Code art. 84 p. 5 (Orthodox Christmas, first day of Kurban Ait); never moved.',
    }),
    source: SourceId,
    estimated: Type.Optional(Type.Boolean({ description: 'The date is an estimate, not yet announced.' })),
    note: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

export const TransferSchema = Type.Object(
  {
    from: isoDate('The day off that becomes a working day (usually a Saturday or Sunday).'),
    to: isoDate('The working day that becomes a day off.'),
    source: SourceId,
    note: Type.Optional(Text3),
  },
  { additionalProperties: false },
);

export const ExtraDayOffSchema = Type.Object(
  {
    date: IsoDate,
    reason: Text3,
    source: SourceId,
    note: Type.Optional(Text3),
  },
  { additionalProperties: false, description: 'A one-off non-working day decided by an act (not a holiday, not a transfer).' },
);

const Difference = Type.Object(
  {
    date: IsoDate,
    published: Type.Union([Type.Literal('working'), Type.Literal('off')]),
    now: Type.Union([Type.Literal('working'), Type.Literal('off')]),
    why: Text3,
  },
  { additionalProperties: false },
);

export const PublishedSchema = Type.Object(
  {
    workingDays: Type.Integer({ minimum: 0, maximum: 366 }),
    restDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 366 })),
    months: Type.Optional(Type.Array(Type.Integer({ minimum: 0, maximum: 31 }), { minItems: 12, maxItems: 12 })),
    source: SourceId,
    differences: Type.Array(Difference, {
      description: 'Days on which this data differs from the published calendar, each with the later decision that explains it.',
    }),
    discrepancy: Type.Optional(
      Type.Object(
        {
          days: Type.Integer({ description: 'This data’s working days minus (the published figure adjusted by `differences`).' }),
          why: Text3,
        },
        { additionalProperties: false, description: 'A gap not tied to any day’s status, e.g. a counting slip in the publication; shown, never hidden.' },
      ),
    ),
  },
  { additionalProperties: false, description: 'The figures of the production calendar published for the year (5-day week, 40 hours).' },
);

export const CalendarDataSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    year: Type.Integer({ minimum: 1991, maximum: 2100 }),
    mode: Type.Optional(
      Type.Union([Type.Literal('extend'), Type.Literal('replace')], {
        description: '`extend` (default) adds to the bundled data for the year; `replace` discards it.',
      }),
    ),
    week: Type.Literal('five-day'),
    status: Type.Union([Type.Literal('confirmed'), Type.Literal('provisional')], {
      description: '`provisional`: the year’s transfer act is not known yet or a date is estimated.',
    }),
    holidays: Type.Array(HolidaySchema),
    transfers: Type.Array(TransferSchema),
    daysOff: Type.Optional(Type.Array(ExtraDayOffSchema)),
    sources: Type.Optional(Type.Record(Type.String({ pattern: '^[a-z0-9][a-z0-9.-]*$' }), SourceSchema)),
    published: Type.Optional(PublishedSchema),
    notes: Type.Optional(Type.Array(Text3, { description: 'Choices made where sources are damaged, ambiguous or disagree.' })),
  },
  {
    $id: CALENDAR_SCHEMA_ID,
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'bagalau working-day calendar data (one year)',
    description:
      'Holidays, days off and transfers of days off for one year of the five-day working week in Kazakhstan, each with its source.',
    additionalProperties: false,
  },
);

/** The file of bundled sources shared by the year files. */
export const SourcesFileSchema = Type.Object(
  { sources: Type.Record(Type.String({ pattern: '^[a-z0-9][a-z0-9.-]*$' }), SourceSchema) },
  { additionalProperties: false },
);

export type CalendarData = Static<typeof CalendarDataSchema>;
export type HolidayData = Static<typeof HolidaySchema>;
export type TransferData = Static<typeof TransferSchema>;
export type ExtraDayOffData = Static<typeof ExtraDayOffSchema>;
export type SourceData = Static<typeof SourceSchema>;
export type PublishedData = Static<typeof PublishedSchema>;
