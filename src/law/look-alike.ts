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

/** Cyrillic/Kazakh letter → the Latin letter it is mistaken for: a Latin code (a session member's role «chair») typed with one. */
const LATIN_TWIN: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(TWIN).map(([latin, cyr]) => [cyr, latin]));

/** One direction of look-alikes: the allowed value `found` becomes when its `twin` letters are retyped, with the changes. */
function retyped(found: string, allowed: readonly unknown[], twin: Readonly<Record<string, string>>): { value: string; changes: LetterChange[] } | undefined {
  const fixed = [...found].map((ch) => twin[ch] ?? ch).join('');
  const value = allowed.find((a) => typeof a === 'string' && a === fixed) as string | undefined;
  if (!value) return undefined;
  const changes: LetterChange[] = [];
  [...found].forEach((ch, i) => {
    if (twin[ch]) changes.push({ at: i + 1, from: ch, to: twin[ch] });
  });
  return { value, changes };
}

/**
 * The allowed value `found` was meant to be, with some letters typed in Latin (a Kazakh word) or in Cyrillic (a Latin
 * code, «сhair» with a Cyrillic с), or undefined. Only a value mixing both alphabets is read so.
 */
export function lookAlike(found: string, allowed: readonly unknown[]): { value: string; changes: LetterChange[] } | undefined {
  if (!/[A-Za-z]/.test(found) || !/[\u0400-\u04FF]/.test(found)) return undefined;
  return retyped(found, allowed, TWIN) ?? retyped(found, allowed, LATIN_TWIN);
}

/** «i→і (4, 6)»: the letters to retype, named by the alphabet they were typed in. */
export function describeChanges(changes: readonly LetterChange[]): Text3 {
  const groups = new Map<string, number[]>();
  for (const c of changes) groups.set(`${c.from}→${c.to}`, [...(groups.get(`${c.from}→${c.to}`) ?? []), c.at]);
  const list = [...groups].map(([k, at]) => `${k} (${at.join(', ')})`).join('; ');
  if (changes.length > 0 && changes.every((c) => !/[A-Za-z]/.test(c.from))) {
    return { kk: `кирилл әріптері: ${list}`, ru: `кириллические буквы: ${list}`, en: `Cyrillic letters: ${list}` };
  }
  return {
    kk: `латын әріптері: ${list}`,
    ru: `латинские буквы: ${list}`,
    en: `Latin letters: ${list}`,
  };
}
