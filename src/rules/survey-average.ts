/**
 * Survey-average rule kind: the per-competency averages of a 360 result sheet equal the points of
 * the questionnaire's answers, added up and divided by their number, the self-evaluation left out
 * (sjc-apparatus App. 5/6 «баллдарды қосу және … жауаптарының санына бөлу», App. 7/8 «өзін-өзі
 * бағалаудан басқа»). The points of the verbal answers are a parameter: the act gives none, so the
 * pack states its choice and the finding shows it.
 */
import { baseOf, fill, withTitle, type RuleBase, titleOf, reads } from './base.js';
import type { Report, Rule } from './rule.js';
import { NO_REPORTS } from './no-reports.js';

export interface SurveyAverageSpec extends RuleBase {
  /** JSON Pointer of the responses: `[{group, answers: [[answer…] per competency]}]`. */
  responses: string;
  /** Field of a response telling the respondent's group, and the group of the self-evaluation. */
  groupField: string;
  selfGroup: string;
  answersField: string;
  points: Readonly<Record<string, number>>;
  /** JSON Pointer of the result rows `[{no, average}]`, `no` = the competency's number (1-based). */
  rows: string;
  noField: string;
  averageField: string;
  tolerance?: number;
}

export function surveyAverageRule(spec: SurveyAverageSpec): Rule {
  const tol = spec.tolerance ?? 0.005;
  return {
    ...baseOf(spec),
    reads: reads(spec.responses, `${spec.responses}/*/${spec.groupField}`, `${spec.responses}/*/${spec.answersField}`, spec.rows, `${spec.rows}/*/${spec.noField}`, `${spec.rows}/*/${spec.averageField}`),
    quietWithoutInputs: true,
    check(ctx): Report[] {
      const responses = ctx.get(spec.responses);
      const rows = ctx.get(spec.rows);
      if (!Array.isArray(responses) || !Array.isArray(rows)) return NO_REPORTS;
      // Plain loops, nothing made per package but a finding: the points are summed left to right in
      // answer order (as adding up a list of them would), the self-evaluation's response skipped.
      let respondents = 0;
      for (let k = 0; k < responses.length; k++) if ((responses[k] as Record<string, unknown>)?.[spec.groupField] !== spec.selfGroup) respondents++;
      let out: Report[] | undefined;
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i] as Record<string, unknown>;
        const no = typeof r[spec.noField] === 'number' ? (r[spec.noField] as number) : i + 1;
        const stated = r[spec.averageField];
        if (typeof stated !== 'number') continue;
        let sum = 0;
        let count = 0;
        for (let k = 0; k < responses.length; k++) {
          const resp = responses[k] as Record<string, unknown>;
          if (resp?.[spec.groupField] === spec.selfGroup) continue;
          const answers = resp[spec.answersField];
          const forComp: unknown = Array.isArray(answers) ? answers[no - 1] : undefined;
          if (!Array.isArray(forComp)) continue;
          for (let a = 0; a < forComp.length; a++) {
            const x: unknown = forComp[a];
            if (typeof x === 'string' && x in spec.points) {
              sum += spec.points[x] as number;
              count++;
            }
          }
        }
        if (count === 0) continue;
        const mean = sum / count;
        if (Math.abs(mean - stated) <= tol + 1e-9) continue;
        (out ??= []).push({
          path: `${spec.rows}/${i}/${spec.averageField}`,
          message: withTitle(
            titleOf(spec),
            fill(
              { kk: '№{no}: {n} жауап (өзін-өзі бағалаусыз), орташасы {mean}, көрсетілгені {stated}', ru: '№{no}: {n} ответов (без самооценки), среднее {mean}, указано {stated}', en: 'no. {no}: {n} answers (self-evaluation left out) average {mean}, stated {stated}' },
              { no, n: count, mean: Math.round(mean * 1000) / 1000, stated },
            ),
          ),
          facts: { competency: no, answers: count, respondents, expected: mean, found: stated, points: spec.points, tolerance: tol },
        });
      }
      return out ?? NO_REPORTS;
    },
  };
}
