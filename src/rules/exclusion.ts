/**
 * Exclusion rule kinds (e.g. mic-2018 cl. 4): a servant in the position for less than
 * N months, or on probation, is not evaluated; a servant absent at the time of evaluation
 * is evaluated within N working days after returning. "The time of evaluation" is the date
 * the rule is given (by default the session date, else the last day of the period).
 */
import { addMonths, addMonthsDay, toDayNumber } from '../law/calendar/index.js';
import { baseOf, fill, withTitle, type RuleBase, titleOf, reads, fromProvision, isNumber, isStrings } from './base.js';
import { dateResolver, type DateRef, type DatedAt, refReads, refSessionReads } from './dates.js';
import type { Report, Rule, RuleContext } from './rule.js';
import { NO_REPORTS } from './no-reports.js';

type Resolver = (ctx: RuleContext) => readonly DatedAt[];

/** The evaluation date: the first of the references' dates found (resolvers made when the rule is built), else the period's last day. */
const evaluationDate = (ctx: RuleContext, at: readonly Resolver[]): string => {
  for (let i = 0; i < at.length; i++) {
    const d = at[i]!(ctx)[0];
    if (d) return d.date;
  }
  return ctx.pkg.period.to;
};

/** Is anything of the evaluation recorded (a filled form or a session decision)? Own keys walked in place, no list of values made. */
export function evaluated(ctx: RuleContext): boolean {
  const forms = ctx.pkg.forms;
  if (forms) for (const k in forms) if (Object.hasOwn(forms, k) && forms[k] !== undefined) return true;
  return ctx.session?.decision !== undefined;
}

export interface TenureSpec extends RuleBase {
  /** By default the provision's value. */
  months?: number;
  /** Where the evaluation date is read from, first found wins. */
  at: DateRef[];
  /**
   * The evaluation day itself counts as a day in the post (e.g. `at` is the period's last day:
   * appointed 1 September, the quarter ending 30 September holds one whole month). Default false.
   */
  atDayCounts?: boolean;
}

export function tenureRule(given: TenureSpec): Rule {
  const spec = { ...given, months: fromProvision(given, given.months, 'months', isNumber) };
  const atDates = spec.at.map(dateResolver);
  return {
    ...baseOf(spec),
    reads: reads(refReads(spec.at), '/servant/appointedOn'),
    sessionReads: refSessionReads(spec.at),
    check(ctx): Report[] {
      const at = evaluationDate(ctx, atDates);
      const since = ctx.pkg.servant.appointedOn;
      // Compared in day numbers; the earliest day is written out only for a finding.
      const earliestDay = addMonthsDay(since, spec.months);
      const atDay = toDayNumber(at);
      if ((spec.atDayCounts ? atDay + 1 : atDay) >= earliestDay || !evaluated(ctx)) return NO_REPORTS;
      const earliest = addMonths(since, spec.months);
      return [
        {
          path: '/servant/appointedOn',
          message: withTitle(
            titleOf(spec),
            fill(
              { kk: 'лауазымда {since} бастап, бағалау {at} — {months} айдан кем; бағалау {earliest} бастап қана мүмкін', ru: 'в должности с {since}, оценка {at} — менее {months} мес.; оценка возможна с {earliest}', en: 'in the position since {since}, evaluated {at}: less than {months} month(s) (not before {earliest})' },
              { since, at, months: spec.months, earliest },
            ),
          ),
          facts: { appointedOn: since, evaluationDate: at, minimumMonths: spec.months, earliestEvaluation: earliest },
        },
      ];
    },
  };
}

export interface ProbationSpec extends RuleBase {
  at: DateRef[];
}

export function probationRule(spec: ProbationSpec): Rule {
  const atDates = spec.at.map(dateResolver);
  return {
    ...baseOf(spec),
    reads: reads(refReads(spec.at), '/servant/probation'),
    sessionReads: refSessionReads(spec.at),
    quietWithoutInputs: true,
    check(ctx): Report[] {
      const p = ctx.pkg.servant['probation'] as { from: string; to: string } | undefined;
      if (!p || !evaluated(ctx)) return NO_REPORTS;
      const at = evaluationDate(ctx, atDates);
      if (at < p.from || at > p.to) return NO_REPORTS;
      return [
        {
          path: '/servant/probation',
          message: withTitle(titleOf(spec), fill({ kk: 'бағалау {at} сынақ мерзімінде ({from}–{to})', ru: 'оценка {at} в период испытательного срока ({from}–{to})', en: 'evaluated {at}, during probation ({from}–{to})' }, { at, from: p.from, to: p.to })),
          facts: { evaluationDate: at, probation: p },
        },
      ];
    },
  };
}

export interface AbsenceSpec extends RuleBase {
  at: DateRef[];
  /** Absence kinds (exact Kazakh of the clause) that defer the evaluation. */
  /** By default the provision's value. */
  kinds?: readonly string[];
}

/** An evaluation dated inside an absence the act lists is a breach: the servant is evaluated after return. */
export function absenceRule(given: AbsenceSpec): Rule {
  const spec = { ...given, kinds: fromProvision(given, given.kinds, 'kinds', isStrings) };
  const atDates = spec.at.map(dateResolver);
  return {
    ...baseOf(spec),
    reads: reads(refReads(spec.at), '/servant/absences'),
    sessionReads: refSessionReads(spec.at),
    quietWithoutInputs: true,
    check(ctx): Report[] {
      const list = ctx.pkg.servant['absences'] as Array<{ kind: string; from: string; to: string }> | undefined;
      if (!list || list.length === 0 || !evaluated(ctx)) return NO_REPORTS;
      const at = evaluationDate(ctx, atDates);
      let out: Report[] | undefined;
      for (let i = 0; i < list.length; i++) {
        const a = list[i]!;
        if (!spec.kinds.includes(a.kind) || at < a.from || at > a.to) continue;
        (out ??= []).push({
          path: `/servant/absences/${i}`,
          message: withTitle(titleOf(spec), fill({ kk: 'бағалау {at} қызметші болмаған кезде («{kind}», {from}–{to})', ru: 'оценка {at} в период отсутствия («{kind}», {from}–{to})', en: 'evaluated {at} while the servant was absent («{kind}», {from}–{to})' }, { at, kind: a.kind, from: a.from, to: a.to })),
          facts: { evaluationDate: at, absence: a },
        });
      }
      return out ?? NO_REPORTS;
    },
  };
}
