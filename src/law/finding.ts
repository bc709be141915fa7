/**
 * The one result shape every engine speaks (check, draft, calendar, render).
 * Close to unified's vfile messages: a stable `ruleId`, a severity, a message in
 * the three working languages, where it is, and the clause of the act it rests on.
 */

/** Languages of messages: Kazakh (default), Russian, English. */
export type Lang = 'kk' | 'ru' | 'en';
export const LANGS: readonly Lang[] = ['kk', 'ru', 'en'];

/** A text in the three working languages. */
export interface Text3 {
  kk: string;
  ru: string;
  en: string;
}

export type Severity = 'error' | 'warning' | 'info';

/**
 * Where a rule comes from: the methodology (pack id), the clause or appendix,
 * and the date of the wording the rule was taken from.
 */
export interface Cite {
  /** Methodology pack id, e.g. `mic-2018`; or a legal act id for calendar/draft rules. */
  act: string;
  /** `cl. 14`, `cl. 4 ¶2`, `App. 3`, `Annex 2 cl. 19` … */
  clause: string;
  /** ISO date of the wording the rule was read from. */
  wording: string;
}

/** A position in a source file, 1-based. */
export interface Place {
  line: number;
  column: number;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: Text3;
  /** JSON Pointer into the package (or a node path in a draft). */
  path: string;
  /** line:column in the source file, when known. */
  place?: Place;
  /**
   * The field `path` names, as the forms caption it — «Form» › «field», row n — in the three languages
   * (src/check/field-place.ts), for a reader who has the paper form and not the file; absent where the
   * pack's schema captions no step of the path (the envelope's own fields, a draft's nodes).
   */
  field?: Text3;
  /** The file the finding is in, when it is not the package file itself (e.g. a session file). */
  file?: string;
  cite?: Cite;
  /** What was expected and what was found; for deadlines the dates and the days counted. */
  facts?: Record<string, unknown>;
  /** A choice the toolkit made where the act is damaged or ambiguous, shown to the reader. */
  note?: Text3;
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

/** Build a Text3 from three strings (keeps call sites short). */
export const t3 = (kk: string, ru: string, en: string): Text3 => ({ kk, ru, en });

/** A text as a plain object of its three strings (a rule's message is made when read: see src/rules/base.ts). */
export const plainText = (t: Text3): Text3 => ({ kk: t.kk, ru: t.ru, en: t.en });

/**
 * The finding with its texts as plain objects, changed in place and returned: for a copy that keeps no
 * prototypes (a structured clone to another thread), where a text made on reading would arrive empty.
 */
export function plainFinding(f: Finding): Finding {
  f.message = plainText(f.message);
  if (f.note) f.note = plainText(f.note);
  if (f.field) f.field = plainText(f.field);
  return f;
}

/**
 * A copy of findings that share nothing with the originals: a finding is plain data (objects, arrays,
 * strings, numbers, booleans, null), copied key by key in order, as `structuredClone` copies it but
 * without serialising it (a batch hands out its cached wording findings this way: structuredClone was
 * ~14 µs a package that has them).
 */
export function copyFindings(fs: readonly Finding[]): Finding[] {
  const out: Finding[] = new Array(fs.length);
  for (let i = 0; i < fs.length; i++) out[i] = copyPlain(fs[i]) as Finding;
  return out;
}

function copyPlain(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) {
    const a: unknown[] = new Array(v.length);
    for (let i = 0; i < v.length; i++) a[i] = copyPlain(v[i]);
    return a;
  }
  if (Object.getPrototypeOf(v) !== Object.prototype) return structuredClone(v);
  const o: Record<string, unknown> = {};
  for (const k in v) {
    if (!Object.hasOwn(v, k)) continue;
    const x = copyPlain((v as Record<string, unknown>)[k]);
    // a key `__proto__` (a package's own, read from JSON) stays a key, as structuredClone keeps it
    if (k === '__proto__') Object.defineProperty(o, k, { value: x, enumerable: true, writable: true, configurable: true });
    else o[k] = x;
  }
  return o;
}
