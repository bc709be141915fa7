/**
 * Turns calendar data (bundled years plus user files) into one table of the days
 * that differ from the plain Monday–Friday week, and checks the data while doing so.
 *
 * The order follows the law:
 *  1. holidays (Law on holidays art. 2–3) and religious days off (Labour Code art. 84 p. 5) are days off;
 *  2. a holiday (not a religious day off) that falls on Saturday or Sunday makes the next
 *     working day a day off (Law art. 5). "Next working day" skips weekends, other holidays,
 *     religious days off and substitutes already given, so chains resolve in date order:
 *     Nauryz 21–22 March on Sat–Sun with 23 March on Monday gives Tuesday 24 and Wednesday 25;
 *  3. transfers (Labour Code art. 85 p. 3: Government decrees up to 2023, MLSP orders from 2024)
 *     move a day off (`from`) onto a working day (`to`). `from` may be a substitute day: in 2020
 *     the decree moved the Monday 11 May substitute for Victory Day to Friday 8 May.
 */
import { t3, type Text3 } from '../finding.js';
import type { CalendarData, HolidayData, SourceData } from './schema.js';
import { compareIso, fromDayNumber, isValidIso, isWeekend, toDayNumber, yearOf } from './iso-date.js';
import { msg } from './messages.js';

export type DayKind =
  | 'workday'
  | 'weekend'
  | 'holiday'
  | 'religious'
  | 'substitute'
  | 'transfer-day-off'
  | 'transfer-working-day'
  | 'decreed-day-off';

/** A source as it appears in results: plain JSON, ready for a finding's `facts`. */
export interface SourceRef {
  id: string;
  kind: SourceData['kind'];
  title: Text3;
  number?: string;
  date?: string;
  adilet?: string;
  url?: string;
  clause?: string;
}

/** A day that is not an ordinary Monday–Friday working day or Saturday–Sunday rest day. */
export interface DayRecord {
  working: boolean;
  kind: DayKind;
  reason: Text3;
  source: SourceRef;
  estimated?: true;
  note?: Text3;
  /** For a holiday on a weekend: the day off it gave. */
  substitute?: string;
}

export interface HolidayEntry {
  date: string;
  name: Text3;
  kind: 'holiday' | 'religious';
  source: SourceRef;
  estimated?: true;
  /** Day off given in its place (Law art. 5), when it fell on a weekend and was not transferred away. */
  substitute?: string;
}

export interface CompiledYear {
  year: number;
  status: CalendarData['status'];
  holidays: HolidayEntry[];
  published?: CalendarData['published'];
  publishedSource?: SourceRef;
  notes: Text3[];
}

export interface Compiled {
  days: Map<number, DayRecord>;
  years: Map<number, CompiledYear>;
  sources: Map<string, SourceRef>;
}

/** Where a problem is: which input (`bundled` or the index of a user file), and a JSON Pointer in it. */
export interface DataProblem {
  input: 'bundled' | number;
  year?: number;
  pointer: string;
  message: Text3;
}

export class CalendarDataError extends Error {
  override name = 'CalendarDataError';
  constructor(readonly problems: DataProblem[]) {
    super(problems.map((p) => `${p.input === 'bundled' ? 'bundled data' : `calendar file #${p.input + 1}`} ${p.pointer}: ${p.message.en}`).join('; '));
  }
}

interface Tagged<T> {
  item: T;
  input: 'bundled' | number;
  pointer: string;
}

interface MergedYear {
  year: number;
  status: CalendarData['status'];
  holidays: Tagged<HolidayData>[];
  transfers: Tagged<NonNullable<CalendarData['transfers']>[number]>[];
  daysOff: Tagged<NonNullable<CalendarData['daysOff']>[number]>[];
  published?: CalendarData['published'];
  notes: Text3[];
}

const LAW_ART5 = 'law-holidays-art5';

const KIND_WORDS: Record<DayKind, string> = {
  workday: 'a working day',
  weekend: 'a weekend day',
  holiday: 'a holiday',
  religious: 'a religious day off',
  substitute: 'a substitute day off',
  'transfer-day-off': 'a transferred day off',
  'transfer-working-day': 'already a working day by transfer',
  'decreed-day-off': 'a decreed day off',
};

export function compile(
  bundled: readonly CalendarData[],
  bundledSources: Readonly<Record<string, SourceData>>,
  extra: readonly CalendarData[] = [],
): Compiled {
  const problems: DataProblem[] = [];
  const sources = new Map<string, SourceRef>();
  const rawSources = new Map<string, SourceData>();
  for (const [id, s] of Object.entries(bundledSources)) {
    sources.set(id, toRef(id, s));
    rawSources.set(id, s);
  }
  extra.forEach((data, input) => {
    for (const [id, s] of Object.entries(data.sources ?? {})) {
      const known = rawSources.get(id);
      if (known && JSON.stringify(known) !== JSON.stringify(s)) {
        problems.push({ input, year: data.year, pointer: `/sources/${id}`, message: problem(`source id "${id}" is already used by other calendar data with a different content; choose another id`) });
        continue;
      }
      sources.set(id, toRef(id, s));
      rawSources.set(id, s);
    }
  });
  if (!sources.has(LAW_ART5)) throw new Error(`bundled calendar sources lack "${LAW_ART5}"`);

  // Merge: bundled years, then user files (extend or replace).
  const merged = new Map<number, MergedYear>();
  const add = (data: CalendarData, input: 'bundled' | number) => {
    const existing = merged.get(data.year);
    const tag = <T>(arr: readonly T[] | undefined, name: string): Tagged<T>[] =>
      (arr ?? []).map((item, i) => ({ item, input, pointer: `/${name}/${i}` }));
    const fresh: MergedYear = {
      year: data.year,
      status: data.status,
      holidays: tag(data.holidays, 'holidays'),
      transfers: tag(data.transfers, 'transfers'),
      daysOff: tag(data.daysOff, 'daysOff'),
      ...(data.published ? { published: data.published } : {}),
      notes: [...(data.notes ?? [])],
    };
    if (!existing || data.mode === 'replace') {
      merged.set(data.year, fresh);
      return;
    }
    existing.holidays.push(...fresh.holidays);
    existing.transfers.push(...fresh.transfers);
    existing.daysOff.push(...fresh.daysOff);
    existing.notes.push(...fresh.notes);
    // A user file may settle a provisional year; it never makes a confirmed year provisional silently.
    if (data.status === 'confirmed') existing.status = 'confirmed';
    if (data.published) existing.published = data.published;
  };
  bundled.forEach((d) => add(d, 'bundled'));
  extra.forEach((d, i) => add(d, i));

  const days = new Map<number, DayRecord>();
  const years = new Map<number, CompiledYear>();
  const holidaysByDay = new Map<number, { h: HolidayData; ref: SourceRef }>();
  const sourceOf = (id: string, where: Tagged<unknown>, year: number): SourceRef | undefined => {
    const ref = sources.get(id);
    if (!ref) problems.push({ input: where.input, year, pointer: `${where.pointer}/source`, message: problem(`unknown source "${id}": define it under "sources" or use a bundled source id`) });
    return ref;
  };
  const dateIn = (date: string, year: number, where: Tagged<unknown>, field: string): number | undefined => {
    if (!isValidIso(date)) {
      problems.push({ input: where.input, year, pointer: `${where.pointer}/${field}`, message: problem(`"${date}" is not a real calendar date`) });
      return undefined;
    }
    const n = toDayNumber(date);
    if (yearOf(n) !== year) {
      problems.push({ input: where.input, year, pointer: `${where.pointer}/${field}`, message: problem(`${date} is not in the year ${year} this data describes`) });
      return undefined;
    }
    return n;
  };

  // 1. Holidays and religious days off.
  const sortedYears = [...merged.values()].sort((a, b) => a.year - b.year);
  for (const y of sortedYears) {
    for (const tagged of y.holidays) {
      const h = tagged.item;
      const n = dateIn(h.date, y.year, tagged, 'date');
      const ref = sourceOf(h.source, tagged, y.year);
      if (n === undefined || !ref) continue;
      if (holidaysByDay.has(n)) {
        const prev = holidaysByDay.get(n)!;
        // Two holidays on one day (e.g. Kurban Ait on Victory Day) give one day off; keep the law's holiday.
        if (prev.h.kind === 'holiday' || h.kind === 'religious') continue;
      }
      holidaysByDay.set(n, { h, ref });
      days.set(n, {
        working: false,
        kind: h.kind,
        reason: isWeekend(n) ? msg.holidayOnWeekend(h.name) : h.name,
        source: ref,
        ...(h.estimated ? { estimated: true as const } : {}),
      });
    }
    for (const tagged of y.daysOff) {
      const d = tagged.item;
      const n = dateIn(d.date, y.year, tagged, 'date');
      const ref = sourceOf(d.source, tagged, y.year);
      if (n === undefined || !ref) continue;
      if (days.has(n)) continue;
      days.set(n, { working: false, kind: 'decreed-day-off', reason: d.reason, source: ref, ...(d.note ? { note: d.note } : {}) });
    }
  }

  // 2. Weekend holidays move to the next working day (Law art. 5), in date order.
  const art5 = sources.get(LAW_ART5)!;
  const substituteFor = new Map<number, number>();
  for (const n of [...holidaysByDay.keys()].sort((a, b) => a - b)) {
    const { h } = holidaysByDay.get(n)!;
    if (h.kind !== 'holiday' || !isWeekend(n)) continue;
    let d = n + 1;
    while (isWeekend(d) || days.has(d)) d++;
    days.set(d, { working: false, kind: 'substitute', reason: msg.substitute(h.date, h.name), source: art5 });
    substituteFor.set(n, d);
  }

  // 3. Transfers of days off.
  for (const y of sortedYears) {
    for (const tagged of y.transfers) {
      const tr = tagged.item;
      const from = dateIn(tr.from, y.year, tagged, 'from');
      const to = dateIn(tr.to, y.year, tagged, 'to');
      const ref = sourceOf(tr.source, tagged, y.year);
      if (from === undefined || to === undefined || !ref) continue;
      const fromRec = days.get(from);
      // `from` must be a plain weekend day or a substitute day off; a holiday itself cannot be worked away.
      const fromOk = fromRec ? fromRec.kind === 'substitute' : isWeekend(from);
      if (!fromOk) {
        problems.push({ input: tagged.input, year: y.year, pointer: `${tagged.pointer}/from`, message: problem(`${tr.from} cannot become a working day by transfer: it is ${fromRec ? `${KIND_WORDS[fromRec.kind]} (${fromRec.reason.en})` : 'already a working day'}; "from" must be a weekend day or a substitute day off`) });
        continue;
      }
      const toRec = days.get(to);
      if (isWeekend(to) || (toRec && !toRec.working)) {
        problems.push({ input: tagged.input, year: y.year, pointer: `${tagged.pointer}/to`, message: problem(`${tr.to} is already a day off (${toRec ? toRec.reason.en : 'weekend'}); "to" must be a working weekday`) });
        continue;
      }
      days.set(from, { working: true, kind: 'transfer-working-day', reason: msg.transferWorkingDay(tr.to), source: ref, ...(tr.note ? { note: tr.note } : {}) });
      days.set(to, { working: false, kind: 'transfer-day-off', reason: msg.transferDayOff(tr.from), source: ref, ...(tr.note ? { note: tr.note } : {}) });
    }
  }

  if (problems.length > 0) throw new CalendarDataError(problems);

  for (const y of sortedYears) {
    const holidays: HolidayEntry[] = [];
    for (const tagged of y.holidays) {
      const h = tagged.item;
      const n = toDayNumber(h.date);
      const sub = substituteFor.get(n);
      const subStillOff = sub !== undefined && days.get(sub)?.kind === 'substitute';
      holidays.push({
        date: h.date,
        name: h.name,
        kind: h.kind,
        source: sources.get(h.source)!,
        ...(h.estimated ? { estimated: true as const } : {}),
        ...(subStillOff ? { substitute: fromDayNumber(sub) } : {}),
      });
    }
    holidays.sort((a, b) => compareIso(a.date, b.date));
    years.set(y.year, {
      year: y.year,
      status: y.status,
      holidays,
      ...(y.published ? { published: y.published, ...(sources.has(y.published.source) ? { publishedSource: sources.get(y.published.source)! } : {}) } : {}),
      notes: y.notes,
    });
  }
  return { days, years, sources };
}

function toRef(id: string, s: SourceData): SourceRef {
  return {
    id,
    kind: s.kind,
    title: s.title,
    ...(s.number ? { number: s.number } : {}),
    ...(s.date ? { date: s.date } : {}),
    ...(s.adilet ? { adilet: s.adilet } : {}),
    ...(s.url ? { url: s.url } : {}),
    ...(s.clause ? { clause: s.clause } : {}),
  };
}

/** Data problems are technical: the same English sentence in all three slots would hide the language; say it plainly. */
function problem(en: string): Text3 {
  return t3(`Күнтізбе деректерінде қате: ${en}`, `Ошибка в данных календаря: ${en}`, en);
}
