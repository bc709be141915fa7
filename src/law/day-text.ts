/**
 * A day as each language's reader writes it in a sentence: «14.04.2026» in Kazakh and Russian, as the
 * acts and the officials print dates; «2026-04-14» in English. Files, JSON and facts keep the ISO day;
 * only the words shown change. Pure.
 */
import type { Lang } from './finding.js';

/** The places of an ISO day's digits. */
const DIGITS = [0, 1, 2, 3, 5, 6, 8, 9] as const;

/** Whether character i of s is an ASCII digit. */
const digit = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/**
 * `2026-04-14` → «14.04.2026» (kk, ru) or itself (en); anything that is not an ISO day is returned as it is.
 * Read by character rather than by a RegExp: every deadline finding writes several days (issue 14).
 */
export function dayText(value: string, lang: Lang): string {
  if (lang === 'en' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return value;
  for (let k = 0; k < DIGITS.length; k++) if (!digit(value, DIGITS[k]!)) return value;
  return `${value.slice(8, 10)}.${value.slice(5, 7)}.${value.slice(0, 4)}`;
}
