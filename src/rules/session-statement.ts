/**
 * Session-statement rule kind: where a session decision records one thing, its protocol states another beside it —
 * e.g. asa-a-corps cl. 30: where the National Commission revises a result (`correctedGrade`), «хаттамада тиісті
 * себептер мен түсіндірмелер … көрсетіледі» (`reasons`). A statement of blanks only states nothing.
 */
import type { Text3 } from '../law/finding.js';
import { baseOf, fill, reads, titleOf, withTitle, type RuleBase } from './base.js';
import type { Report, Rule } from './rule.js';
import { NO_REPORTS } from './no-reports.js';

export interface SessionStatementSpec extends RuleBase {
  kinds?: readonly string[];
  /** The decision field whose value makes the statement due (e.g. `correctedGrade`: the result was revised). */
  when: string;
  /** What that field holds, in words (the finding names it with its value). */
  given: Text3;
  /** The decision field that states it (e.g. `reasons`). */
  require: string;
  /** What that field states, in words (the finding names it as missing). */
  what: Text3;
}

const stated = (v: unknown): boolean => v !== undefined && v !== null && (typeof v !== 'string' || v.trim() !== '');

export function sessionStatementRule(spec: SessionStatementSpec): Rule {
  const { when, require, given, what } = spec;
  // the words are the spec's, so the message's template is made once, with the value its one placeholder
  const found: Text3 = {
    kk: `${given.kk} «{value}» жазылған, бірақ ${what.kk} жоқ`,
    ru: `записано: ${given.ru} «{value}», но не указано: ${what.ru}`,
    en: `${given.en} «{value}» is recorded, but no ${what.en}`,
  };
  return {
    ...baseOf(spec),
    sessionReads: reads(spec.kinds ? '/kind' : undefined, `/decisions/*/${when}`, `/decisions/*/${require}`),
    check(ctx): Report[] {
      const s = ctx.session;
      const d = s?.decision;
      if (!s || !d || (spec.kinds && !spec.kinds.includes(s.data.kind))) return NO_REPORTS;
      const value = d.data[when];
      if (!stated(value) || stated(d.data[require])) return NO_REPORTS;
      return [
        {
          path: `${s.base}/decisions/${d.index}`,
          inSession: s.file !== undefined,
          message: withTitle(
            titleOf(spec),
            fill(found, { value: String(value) }),
          ),
          facts: { [when]: value, expected: require, found: null },
        },
      ];
    },
  };
}
