/**
 * Secretary rule kind: the session has a secretary and the secretary is an employee of the
 * HR service (e.g. mic-2018 cl. 34: «Комиссияның хатшысы персоналды басқару қызметінің қызметшісі болып табылады»).
 */
import { baseOf, withTitle, type RuleBase, titleOf, reads } from './base.js';
import type { Report, Rule } from './rule.js';
import { NO_REPORTS } from './no-reports.js';

export interface SecretaryHrSpec extends RuleBase {
  kinds?: readonly string[];
}

export function secretaryHrRule(spec: SecretaryHrSpec): Rule {
  return {
    ...baseOf(spec),
    sessionReads: reads(spec.kinds ? '/kind' : undefined, '/members/*/role', '/members/*/hr'),
    check(ctx): Report[] {
      const s = ctx.session;
      if (!s || (spec.kinds && !spec.kinds.includes(s.data.kind))) return NO_REPORTS;
      const i = s.data.members.findIndex((m) => m.role === 'secretary');
      const inSession = s.file !== undefined;
      if (i < 0) {
        return [{ path: `${s.base}/members`, inSession, message: withTitle(titleOf(spec), { kk: 'хатшы жоқ', ru: 'секретарь не указан', en: 'no secretary recorded' }), facts: { expected: 'a secretary from the HR service', found: null } }];
      }
      if (s.data.members[i]?.hr === true) return NO_REPORTS;
      return [
        {
          path: `${s.base}/members/${i}`,
          inSession,
          message: withTitle(titleOf(spec), { kk: 'хатшы персоналды басқару қызметінің қызметкері ретінде белгіленбеген', ru: 'секретарь не отмечен как работник службы управления персоналом', en: 'the secretary is not marked as an HR-service employee' }),
          facts: { expected: { hr: true }, found: { hr: s.data.members[i]?.hr ?? null } },
        },
      ];
    },
  };
}
