/**
 * Count-each rule kind: every list matched by a pattern holds exactly / at least / at most N items,
 * optionally counting only the items whose field has (or has not) a value. `*` in the pattern
 * stands for every index of an array (or every key of an object), so one rule checks a whole questionnaire: e.g. sjc-apparatus
 * cl. 35 «үш адамнан кем болмауы және жеті адамнан артық болмауы тиіс» counts the respondents
 * other than the self-evaluation; cl. 34 and App. 5 give each respondent 12 competencies × 3 questions.
 */
import { parsePointer } from '../law/json-pointer.js';
import { baseOf, fill, withTitle, type RuleBase, titleOf, reads } from './base.js';
import type { Report, Rule } from './rule.js';

export interface CountEachSpec extends RuleBase {
  /** JSON Pointer with `*` for "every index", e.g. `/forms/survey/responses/*\/answers`. */
  pattern: string;
  exactly?: number;
  min?: number;
  max?: number;
  /** Count only the items whose `field` equals (or, with `not`, differs from) `value`. */
  where?: { field: string; value: unknown; not?: boolean };
}

const escapeToken = (k: string): string => (k.includes('~') || k.includes('/') ? k.replace(/~/g, '~0').replace(/\//g, '~1') : k);

/** Every [pointer, value] the pattern matches in the data (pointers built as it goes). */
export function expand(data: unknown, pattern: string): Array<[string, unknown]> {
  let found: Array<[string, unknown]> = [['', data]];
  for (const tok of parsePointer(pattern)) {
    const next: Array<[string, unknown]> = [];
    for (const [path, v] of found) {
      if (v === null || typeof v !== 'object') continue;
      if (tok === '*') {
        if (Array.isArray(v)) for (let i = 0; i < v.length; i++) next.push([`${path}/${i}`, v[i]]);
        else for (const k of Object.keys(v)) next.push([`${path}/${escapeToken(k)}`, (v as Record<string, unknown>)[k]]);
      } else if (tok in (v as Record<string, unknown>)) {
        next.push([`${path}/${escapeToken(tok)}`, (v as Record<string, unknown>)[tok]]);
      }
    }
    found = next;
  }
  return found;
}

export function countEachRule(spec: CountEachSpec): Rule {
  const expected =
    spec.exactly !== undefined ? `= ${spec.exactly}` : [spec.min !== undefined ? `≥ ${spec.min}` : '', spec.max !== undefined ? `≤ ${spec.max}` : ''].filter(Boolean).join(', ');
  const w = spec.where;
  const counts = (it: unknown): boolean => {
    if (!w) return true;
    const v = it && typeof it === 'object' ? (it as Record<string, unknown>)[w.field] : undefined;
    return w.not ? v !== w.value : v === w.value;
  };
  return {
    ...baseOf(spec),
    reads: reads(spec.pattern, spec.where ? `${spec.pattern}/*/${spec.where.field}` : undefined),
    check(ctx): Report[] {
      const out: Report[] = [];
      for (const [path, list] of expand(ctx.pkg, spec.pattern)) {
        if (!Array.isArray(list)) continue;
        const n = list.filter(counts).length;
        const ok = (spec.exactly === undefined || n === spec.exactly) && (spec.min === undefined || n >= spec.min) && (spec.max === undefined || n <= spec.max);
        if (ok) continue;
        out.push({
          path,
          message: withTitle(titleOf(spec), fill({ kk: 'күтілгені {expected}, табылғаны {found}', ru: 'ожидалось {expected}, найдено {found}', en: 'expected {expected}, found {found}' }, { expected, found: n })),
          facts: { expected, found: n, ...(w ? { counted: w } : {}) },
        });
      }
      return out;
    },
  };
}
