/**
 * Session-member rule kind: a person the act requires at the session sits in it and attended —
 * e.g. sjc-apparatus cl. 41: «Калибрлеу сессиясында бағалаушы адам бағаланатын адамның жұмысын қысқаша
 * сипаттайтын және өз бағасына дәлел келтіреді» (the evaluator presents the servant's work). The
 * person is read from the servant's decision (`evaluator`) or, failing that, a package field.
 */
import { baseOf, fill, withTitle, type RuleBase, titleOf, reads } from './base.js';
import type { Report, Rule } from './rule.js';
import { NO_REPORTS } from './no-reports.js';

export interface SessionMemberSpec extends RuleBase {
  kinds?: readonly string[];
  /** Decision field naming the person. */
  decisionField: 'evaluator' | 'applicant';
  /** Package field to fall back on, e.g. `/servant/directSupervisor`. */
  fallback?: string;
}

export function sessionMemberRule(spec: SessionMemberSpec): Rule {
  return {
    ...baseOf(spec),
    reads: reads(spec.fallback),
    sessionReads: reads(spec.kinds ? '/kind' : undefined, `/decisions/*/${spec.decisionField}`, '/members/*/name', '/members/*/present'),
    check(ctx): Report[] {
      const s = ctx.session;
      if (!s || !s.decision || (spec.kinds && !spec.kinds.includes(s.data.kind))) return NO_REPORTS;
      const fromDecision = s.decision.data[spec.decisionField];
      const fb = spec.fallback ? ctx.get(spec.fallback) : undefined;
      const who = fromDecision ?? (typeof fb === 'string' ? fb : undefined);
      if (!who) return NO_REPORTS;
      const m = s.data.members.find((x) => x.name === who);
      if (m?.present) return NO_REPORTS;
      return [
        {
          path: `${s.base}/members`,
          inSession: s.file !== undefined,
          message: withTitle(
            titleOf(spec),
            fill(m ? { kk: '{who} құрамда, бірақ қатыспаған', ru: '{who} в составе, но не присутствовал', en: '{who} is a member but did not attend' } : { kk: '{who} отырыс құрамында жоқ', ru: '{who} нет в составе заседания', en: '{who} is not among the session members' }, { who }),
          ),
          facts: { expected: who, found: m ? { present: false } : null },
        },
      ];
    },
  };
}
