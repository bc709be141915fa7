/**
 * The compiled calendar (compile.ts) as plain JSON and back, so that the build can compile the bundled data once
 * (scripts/build-calendar.ts) and the command only reads the result: compiling the ten years at every start was
 * ~12 ms of a one-file check. Sources are written once and named by id where they are cited; everything else is
 * kept as compile() made it, in its order (days in the order compile set them, the keys of each record in theirs),
 * so that a calendar read back says, byte for byte, what a freshly compiled one says
 * (test/calendar/compiled-form.test.ts).
 */
import type { Compiled, CompiledYear, DayRecord, HolidayEntry, SourceRef } from './compile.js';
import type { BundledData } from './bundled.js';

/** What the build writes (scripts/build-calendar.ts), relative to the folder of the calendar's modules. */
export const COMPILED_CALENDAR_FILE = 'generated/calendar.json';

export interface CompiledCalendarFile {
  form: CompiledForm;
  data: BundledData;
}

type WithSourceId<T> = Omit<T, 'source'> & { source: string };

export interface CompiledForm {
  sources: SourceRef[];
  /** [day number, record] in the order compile() set them. */
  days: Array<[number, WithSourceId<DayRecord>]>;
  years: Array<Omit<CompiledYear, 'holidays' | 'publishedSource'> & { holidays: WithSourceId<HolidayEntry>[]; publishedSource?: string }>;
}

/** `{ …, source: ref }` → `{ …, source: ref.id }`, the key where it was. */
const bySourceId = <T extends { source: SourceRef }>(x: T): WithSourceId<T> => ({ ...x, source: x.source.id });

export function toForm(c: Compiled): CompiledForm {
  return {
    sources: [...c.sources.values()],
    days: [...c.days].map(([n, rec]) => [n, bySourceId(rec)]),
    years: [...c.years.values()].map((y) => {
      // spread, then overwritten in place: the keys keep compile()'s order
      const out = { ...y, holidays: y.holidays.map(bySourceId) } as unknown as CompiledForm['years'][number];
      if (y.publishedSource) out.publishedSource = y.publishedSource.id;
      return out;
    }),
  };
}

/** The form read back; a source id the form does not define is an error of the build, said as such. */
export function fromForm(f: CompiledForm): Compiled {
  const sources = new Map<string, SourceRef>();
  for (const s of f.sources) sources.set(s.id, s);
  const ref = (id: string): SourceRef => {
    const s = sources.get(id);
    if (!s) throw new Error(`compiled calendar: unknown source "${id}"`);
    return s;
  };
  const days = new Map<number, DayRecord>();
  for (const [n, rec] of f.days) days.set(n, { ...rec, source: ref(rec.source) });
  const years = new Map<number, CompiledYear>();
  for (const y of f.years) {
    const year: CompiledYear = { ...y, holidays: y.holidays.map((h) => ({ ...h, source: ref(h.source) })) } as CompiledYear;
    if (y.publishedSource !== undefined) year.publishedSource = ref(y.publishedSource);
    years.set(y.year, year);
  }
  return { days, years, sources };
}
