/**
 * Count-each rule kind: every list matched by a pattern holds exactly / at least / at most N items,
 * optionally counting only the items whose field has (or has not) a value. `*` in the pattern
 * stands for every index of an array (or every key of an object), so one rule checks a whole questionnaire: e.g. sjc-apparatus
 * cl. 35 «үш адамнан кем болмауы және жеті адамнан артық болмауы тиіс» counts the respondents
 * other than the self-evaluation; cl. 34 and App. 5 give each respondent 12 competencies × 3 questions.
 */
import { parsePointer } from '../law/json-pointer.js';
import { baseOf, withTitle, type RuleBase, titleOf, reads, boundsOf, boundsSigns, boundsText, countMismatch } from './base.js';
import type { Report, Rule } from './rule.js';
import { NO_REPORTS } from './no-reports.js';

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

/** Who is told of each match of a compiled pattern; it may ask the pattern for the match's pointer while told. */
export interface PatternVisitor {
  visit(value: unknown, at: Pattern): void;
}

/**
 * A pattern parsed once (rule kinds make theirs when the rule is built): it walks a package with the
 * indices and keys of the match in hand on its own stack, and writes a match's pointer only when asked
 * (for a finding: a questionnaire has hundreds of answers and few breaches). A walk runs to its end
 * before the next one starts, so one stack serves every package.
 */
export class Pattern {
  readonly tokens: readonly string[];
  /**
   * The keys of the match being visited, `keys[0 … depth − 1]`: one array per pattern, as long as the
   * pattern, written over by each walk (emptying an array and pushing again made a new store per package).
   */
  private readonly keys: Array<string | number>;
  private depth = 0;
  constructor(readonly text: string) {
    this.tokens = parsePointer(text);
    this.keys = new Array<string | number>(this.tokens.length).fill('');
  }

  /** Tells the visitor of every value the pattern matches in the data, in document order. */
  each(data: unknown, visitor: PatternVisitor): void {
    this.depth = 0;
    this.walk(data, 0, visitor);
  }

  /** The pointer of the match being visited (the keys as they are; they are escaped only here). */
  path(): string {
    let out = '';
    for (let i = 0; i < this.depth; i++) {
      const k = this.keys[i]!;
      out += `/${typeof k === 'number' ? k : escapeToken(k)}`;
    }
    return out;
  }

  private walk(v: unknown, i: number, visitor: PatternVisitor): void {
    const tokens = this.tokens;
    const keys = this.keys;
    // Fixed tokens in a row are followed without recursion; only a `*` branches.
    for (; i < tokens.length; i++) {
      if (v === null || typeof v !== 'object') return;
      const tok = tokens[i]!;
      if (tok === '*') break;
      if (!(tok in (v as Record<string, unknown>))) return;
      keys[this.depth++] = tok;
      v = (v as Record<string, unknown>)[tok];
    }
    const depth = this.depth;
    if (i === tokens.length) visitor.visit(v, this);
    else if (Array.isArray(v))
      for (let j = 0; j < v.length; j++) {
        keys[depth] = j;
        this.depth = depth + 1;
        this.walk(v[j], i + 1, visitor);
      }
    else {
      // for…in with an own-key test visits the keys in Object.keys' order, without a list of them.
      const o = v as Record<string, unknown>;
      for (const k in o) {
        if (!Object.hasOwn(o, k)) continue;
        keys[depth] = k;
        this.depth = depth + 1;
        this.walk(o[k], i + 1, visitor);
      }
    }
    this.depth = depth;
  }
}

/** Every [pointer, value] the pattern matches in the data, in document order. */
export function expand(data: unknown, pattern: string): Array<[string, unknown]> {
  const found: Array<[string, unknown]> = [];
  new Pattern(pattern).each(data, { visit: (v, at) => found.push([at.path(), v]) });
  return found;
}

export function countEachRule(given: CountEachSpec): Rule {
  const spec = boundsOf(given);
  const expected = boundsSigns(spec);
  const said = boundsText(spec);
  const w = spec.where;
  const counts = (it: unknown): boolean => {
    if (!w) return true;
    const v = it && typeof it === 'object' ? (it as Record<string, unknown>)[w.field] : undefined;
    return w.not ? v !== w.value : v === w.value;
  };
  const pattern = new Pattern(spec.pattern);
  // The rule's visitor, made once: it collects one package's reports while the pattern walks it.
  const visitor = {
    out: undefined as Report[] | undefined,
    visit(list: unknown, at: Pattern): void {
      if (!Array.isArray(list)) return;
      let n = 0;
      for (let i = 0; i < list.length; i++) if (counts(list[i])) n++;
      const ok = (spec.exactly === undefined || n === spec.exactly) && (spec.min === undefined || n >= spec.min) && (spec.max === undefined || n <= spec.max);
      if (ok) return;
      (this.out ??= []).push({
        path: at.path(),
        message: withTitle(titleOf(spec), countMismatch(said, n)),
        facts: { expected, found: n, ...(w ? { counted: w } : {}) },
      });
    },
  };
  return {
    ...baseOf(spec),
    reads: reads(spec.pattern, spec.where ? `${spec.pattern}/*/${spec.where.field}` : undefined),
    quietWithoutInputs: true,
    check(ctx): Report[] {
      visitor.out = undefined;
      pattern.each(ctx.pkg, visitor);
      const out = visitor.out;
      visitor.out = undefined;
      return out ?? NO_REPORTS;
    },
  };
}
