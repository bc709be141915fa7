/**
 * Dates typed by users: ISO `2026-12-04`, or `04.12.2026` as Kazakh officials write them.
 * Anything else is refused with the expected forms, in the user's language.
 */
import { isValidIso } from '../law/calendar/iso-date.js';
import { t3 } from '../law/finding.js';
import { UsageError } from './usage-error.js';

const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** The ISO form of a user's date, or undefined if it is not a real date in either form. */
export function readDate(value: string): string | undefined {
  const v = value.trim();
  if (isValidIso(v)) return v;
  const m = DOTTED.exec(v);
  if (!m) return undefined;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isValidIso(iso) ? iso : undefined;
}

export function dateError(name: string, value: string): UsageError {
  return new UsageError(
    t3(
      `${name}: «${value}» күн емес; күнді 2026-12-04 немесе 04.12.2026 түрінде жазыңыз`,
      `${name}: «${value}» — не дата; напишите дату как 2026-12-04 или 04.12.2026`,
      `${name}: «${value}» is not a date; write it as 2026-12-04 or 04.12.2026`,
    ),
  );
}

export function parseDate(name: string) {
  return (value: string): string => {
    const iso = readDate(value);
    if (!iso) throw dateError(name, value);
    return iso;
  };
}
