/**
 * Words typed with Latin letters that look like Cyrillic or Kazakh ones («тиiмдi» with a Latin i):
 * which allowed value was meant, and which letters differ — the same help category codes get.
 * Pure.
 */
import type { Text3 } from './finding.js';

/** Latin letter → the Cyrillic/Kazakh letter it is mistaken for. */
const TWIN: Readonly<Record<string, string>> = {
  a: 'а', c: 'с', e: 'е', i: 'і', o: 'о', p: 'р', x: 'х', y: 'у', k: 'к', h: 'һ',
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', I: 'І', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
};

export interface LetterChange {
  /** 1-based position in the value. */
  at: number;
  from: string;
  to: string;
}

/** The allowed value `found` was meant to be, with the letters typed in Latin, or undefined. */
export function lookAlike(found: string, allowed: readonly unknown[]): { value: string; changes: LetterChange[] } | undefined {
  if (!/[A-Za-z]/.test(found) || !/[\u0400-\u04FF]/.test(found)) return undefined;
  const fixed = [...found].map((ch) => TWIN[ch] ?? ch).join('');
  const value = allowed.find((a) => typeof a === 'string' && a === fixed) as string | undefined;
  if (!value) return undefined;
  const changes: LetterChange[] = [];
  [...found].forEach((ch, i) => {
    if (TWIN[ch]) changes.push({ at: i + 1, from: ch, to: TWIN[ch] });
  });
  return { value, changes };
}

/** «i→і (4, 6)»: the letters to retype. */
export function describeChanges(changes: readonly LetterChange[]): Text3 {
  const groups = new Map<string, number[]>();
  for (const c of changes) groups.set(`${c.from}→${c.to}`, [...(groups.get(`${c.from}→${c.to}`) ?? []), c.at]);
  const list = [...groups].map(([k, at]) => `${k} (${at.join(', ')})`).join('; ');
  return {
    kk: `латын әріптері: ${list}`,
    ru: `латинские буквы: ${list}`,
    en: `Latin letters: ${list}`,
  };
}
