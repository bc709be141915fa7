/**
 * Session-correction rule kind: when the commission decides to revise a result it writes the
 * corrected result in the protocol's correction column, and only then (e.g. mic-2018 cl. 37–38:
 * «Бағалау нәтижелері комиссиямен түзетілуі (бар болған жағдайда)»).
 */
import { baseOf, fill, withTitle, type RuleBase, titleOf, reads } from './base.js';
import type { Report, Rule } from './rule.js';
import { NO_REPORTS } from './no-reports.js';

export interface SessionCorrectionSpec extends RuleBase {
  kinds?: readonly string[];
  /** Decisions that require the corrected result. */
  revise: readonly string[];
}

export function sessionCorrectionRule(spec: SessionCorrectionSpec): Rule {
  return {
    ...baseOf(spec),
    sessionReads: reads(spec.kinds ? '/kind' : undefined, '/decisions/*/decision', '/decisions/*/correctedGrade'),
    check(ctx): Report[] {
      const s = ctx.session;
      const d = s?.decision;
      if (!s || !d || (spec.kinds && !spec.kinds.includes(s.data.kind))) return NO_REPORTS;
      const revise = spec.revise.includes(d.data.decision);
      const has = d.data.correctedGrade !== undefined;
      if (revise === has) return NO_REPORTS;
      return [
        {
          path: `${s.base}/decisions/${d.index}${has ? '/correctedGrade' : ''}`,
          inSession: s.file !== undefined,
          message: withTitle(
            titleOf(spec),
            revise
              ? fill({ kk: '«{decision}» шешімі, бірақ түзетілген нәтиже жазылмаған', ru: 'решение «{decision}», но исправленный результат не записан', en: 'decision «{decision}» but no corrected result is recorded' }, { decision: d.data.decision })
              : fill({ kk: '«{decision}» шешімі, бірақ түзетілген нәтиже жазылған', ru: 'решение «{decision}», но записан исправленный результат', en: 'decision «{decision}» yet a corrected result is recorded' }, { decision: d.data.decision }),
          ),
          facts: { decision: d.data.decision, correctedGrade: d.data.correctedGrade ?? null },
        },
      ];
    },
  };
}
