/**
 * A day as each language's reader writes it in a sentence: «14.04.2026» in Kazakh and Russian, as the
 * acts and the officials print dates; «2026-04-14» in English. Files, JSON and facts keep the ISO day;
 * only the words shown change. Pure.
 */
import type { Lang } from './finding.js';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2026-04-14` → «14.04.2026» (kk, ru) or itself (en); anything that is not an ISO day is returned as it is. */
export function dayText(value: string, lang: Lang): string {
  if (lang === 'en' || value.length !== 10) return value;
  const d = ISO_DAY.exec(value);
  return d ? `${d[3]}.${d[2]}.${d[1]}` : value;
}
