/** Options several commands share: language, dates, the calendar, the check date. */
import { Option } from 'commander';
import type { Calendar } from '../law/calendar/index.js';
import { createCalendar } from '../law/calendar/index.js';
import type { Lang } from '../law/finding.js';
import { UsageError } from './usage-error.js';

export { langOption } from './lang.js';

export { parseDate } from './dates.js';

/** Today's date where the user is (the machine's local date), as YYYY-MM-DD. */
export function localToday(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** `--calendar FILE`: exactly one file per flag (repeat the flag for more), so it never swallows a package path. */
export const calendarFileOption = () =>
  new Option('--calendar <file>').argParser(
    (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
  );

/**
 * The bundled calendar, extended by the user's files; a bad file is a usage error naming file and place. The
 * reader of calendar files is loaded only when there are some.
 */
export async function calendarFor(files: readonly string[] | undefined, lang: Lang): Promise<Calendar> {
  if (!files || files.length === 0) return createCalendar();
  const { calendarFromFiles, CalendarFileError, formatCalendarProblem } = await import('../package/calendar-file.js');
  try {
    return calendarFromFiles(files);
  } catch (e) {
    if (e instanceof CalendarFileError) throw new UsageError(e.problems.map((p) => formatCalendarProblem(p, lang)).join('\n'));
    throw e;
  }
}
