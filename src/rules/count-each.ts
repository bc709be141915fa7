/**
 * Count-each rule kind: every list matched by a pattern holds exactly / at least / at most N items,
 * optionally counting only the items whose field has (or has not) a value. `*` in the pattern
 * stands for every index of an array (or every key of an object), so one rule checks a whole questionnaire: e.g. sjc-apparatus
 * cl. 35 «үш адамнан кем болмауы және жеті адамнан артық болмауы тиіс» counts the respondents
 * other than the self-evaluation; cl. 34 and App. 5 give each respondent 12 competencies × 3 questions.
 */
import { parsePointer } from '../law/json-pointer.js';
import { baseOf, fill, withTitle, type RuleBase, titleOf, reads, boundsOf } from './base.js';
import type { Report, Rule } from './rule.js';

export interface CountEachSpec extends RuleBase {
  /** JSON Pointer with `*` for "every index", e.g. `/forms/survey/responses/*\/answers`. */
  pattern: string;
  /** Exactly, at least, at most: where none is given, the provision's value (a number: exactly; `{min, max}`: those). */
  exactly?: number;
  min?: number;
  max?: number;
  /** Count only the items whose `field` equals (or, with `not`, differs from) `value`. */
  where?: { field: string; value: unknown; not?: boolean };
}

const escapeToken = (k: string): string => (k.includes('~') || k.includes('/') ? k.replace(/~/g, '~0').replace(/\//g, '~1') : k);

type Visit = (value: unknown, path: () => string) => void;

function walkPattern(v: unknown, tokens: readonly string[], i: number, stack: Array<string | number>, path: () => string, visit: Visit): void {
  if (i === tokens.length) {
    visit(v, path);
    return;
  }
  if (v === null || typeof v !== 'object') return;
  const tok = tokens[i]!;
  if (tok === '*') {
    if (Array.isArray(v))
      for (let j = 0; j < v.length; j++) {
        stack.push(j);
        walkPattern(v[j], tokens, i + 1, stack, path, visit);
        stack.pop();
      }
    else
      for (const k of Object.keys(v)) {
        stack.push(escapeToken(k));
        walkPattern((v as Record<string, unknown>)[k], tokens, i + 1, stack, path, visit);
        stack.pop();
      }
  } else if (tok in (v as Record<string, unknown>)) {
    stack.push(escapeToken(tok));
    walkPattern((v as Record<string, unknown>)[tok], tokens, i + 1, stack, path, visit);
    stack.pop();
  }
}

/**
 * Visits every value the pattern matches in the data, in document order. Its pointer is written only
 * when `path()` is called (for a finding): a questionnaire has hundreds of answers and few breaches.
 */
export function eachMatch(data: unknown, pattern: string, visit: Visit): void {
  const stack: Array<string | number> = [];
  const path = (): string => (stack.length === 0 ? '' : `/${stack.join('/')}`);
  walkPattern(data, parsePointer(pattern), 0, stack, path, visit);
}

/** Every [pointer, value] the pattern matches in the data. */
export function expand(data: unknown, pattern: string): Array<[string, unknown]> {
  const found: Array<[string, unknown]> = [];
  eachMatch(data, pattern, (v, path) => found.push([path(), v]));
  return found;
}

export function countEachRule(given: CountEachSpec): Rule {
  const spec = boundsOf(given);
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
    quietWithoutInputs: true,
    check(ctx): Report[] {
      const out: Report[] = [];
      eachMatch(ctx.pkg, spec.pattern, (list, path) => {
        if (!Array.isArray(list)) return;
        let n = 0;
        for (let i = 0; i < list.length; i++) if (counts(list[i])) n++;
        const ok = (spec.exactly === undefined || n === spec.exactly) && (spec.min === undefined || n >= spec.min) && (spec.max === undefined || n <= spec.max);
        if (ok) return;
        out.push({
          path: path(),
          message: withTitle(titleOf(spec), fill({ kk: 'күтілгені {expected}, табылғаны {found}', ru: 'ожидалось {expected}, найдено {found}', en: 'expected {expected}, found {found}' }, { expected, found: n })),
          facts: { expected, found: n, ...(w ? { counted: w } : {}) },
        });
      });
      return out;
    },
  };
}
