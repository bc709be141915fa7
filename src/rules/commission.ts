/**
 * Commission rule kinds (e.g. mic-2018 cl. 5, 30, 32–34): size, quorum, open voting,
 * majority with the chair's casting vote, the secretary who does not vote.
 * Who counts as a member: everyone but the secretary (the acts say the secretary is an
 * HR employee without a vote; we do not count the secretary towards size or quorum —
 * a choice stated in the finding's note where it matters).
 */
import { baseOf, boundsSigns, boundsText, fill, withTitle, type RuleBase, titleOf, reads, fromProvision, isFraction } from './base.js';
import type { Report, Rule, RuleContext, SessionMember } from './rule.js';
import { NO_REPORTS } from './no-reports.js';
import type { Text3 } from '../law/finding.js';
import { pluralEn } from '../law/plural.js';
import { NO_VOTE, SESSION_WORDS } from './session-words.js';

const voting = (m: SessionMember) => m.role !== 'secretary';

/** «жақтап», «қарсы» and their ru/en: the words of a vote's tally in a message, from the one table. */
const TALLY_WORDS = (({ for: pro, against: con }) => ({ forKk: pro.kk, forRu: pro.ru, forEn: pro.en, againstKk: con.kk, againstRu: con.ru, againstEn: con.en }))(SESSION_WORDS.vote);

/** Whether a member of that name was present with a vote. */
function presentVoter(members: readonly SessionMember[], name: string): boolean {
  for (let i = 0; i < members.length; i++) if (members[i]!.present && voting(members[i]!) && members[i]!.name === name) return true;
  return false;
}

/** Whether a member of that name is the secretary. */
function isSecretary(members: readonly SessionMember[], name: string): boolean {
  for (let i = 0; i < members.length; i++) if (members[i]!.role === 'secretary' && members[i]!.name === name) return true;
  return false;
}

/** Members with a vote (everyone but the secretary), counted in place. */
function votingCount(members: readonly SessionMember[]): number {
  let n = 0;
  for (let i = 0; i < members.length; i++) if (voting(members[i]!)) n++;
  return n;
}

/** The place of the first member of that name, or -1 (a list of the names is not made per package). */
function memberIndex(members: readonly SessionMember[], name: string): number {
  for (let i = 0; i < members.length; i++) if (members[i]!.name === name) return i;
  return -1;
}

/** What `sessionOf` reads of the session: its kind, when the rule is for some kinds only. */
const kindRead = (kinds?: readonly string[]) => (kinds ? '/kind' : undefined);
/** What every rule that sets the secretary apart reads of the members. */
const VOTERS = ['/members/*/role', '/members/*/name', '/members/*/present'] as const;
/** What a rule that counts the votes on the servant's decision reads of them. */
const VOTES_READ = ['/decisions/*/votes/*/member', '/decisions/*/votes/*/vote'] as const;

const sessionOf = (ctx: RuleContext, kinds?: readonly string[]) => {
  const s = ctx.session;
  if (!s) return undefined;
  if (kinds && !kinds.includes(s.data.kind)) return undefined;
  return s;
};

export interface SizeSpec extends RuleBase {
  kinds?: readonly string[];
  /** At least this many members: by default the provision's value, where it is a number. */
  min?: number;
  odd?: boolean;
}

/** Commission or session size: at least N members (secretary not counted), odd if required. */
export function sessionSizeRule(given: SizeSpec): Rule {
  const p = given.provision;
  const spec = given.min === undefined && p && 'value' in p && typeof p.value === 'number' ? { ...given, min: p.value } : given;
  return {
    ...baseOf(spec),
    sessionReads: reads(kindRead(spec.kinds), '/members/*/role'),
    check(ctx): Report[] {
      const s = sessionOf(ctx, spec.kinds);
      if (!s) return NO_REPORTS;
      const n = votingCount(s.data.members);
      if ((spec.min === undefined || n >= spec.min) && !(spec.odd && n % 2 === 0)) return NO_REPORTS;
      const problems: string[] = [];
      if (spec.min !== undefined && n < spec.min) problems.push(boundsSigns({ min: spec.min }));
      if (spec.odd && n % 2 === 0) problems.push('odd');
      // in words: «не менее 5», «нечётное число» (the facts keep the signs)
      const atLeast = spec.min !== undefined ? boundsText({ min: spec.min }) : undefined;
      const req = (odd: string, lang: 'kk' | 'ru' | 'en') => problems.map((p) => (p === 'odd' ? odd : atLeast![lang])).join(', ');
      return [
        {
          path: `${s.base}/members`,
          inSession: s.file !== undefined,
          message: withTitle(
            titleOf(spec),
            {
              kk: `мүшелер саны (хатшысыз) ${n}, талап: ${req('тақ сан', 'kk')}`,
              ru: `членов (без секретаря) ${n}, требуется: ${req('нечётное число', 'ru')}`,
              en: pluralEn(`${n} member(s) without the secretary, required: ${req('an odd number', 'en')}`),
            },
          ),
          facts: { expected: problems, found: n },
        },
      ];
    },
  };
}

export interface QuorumSpec extends RuleBase {
  kinds?: readonly string[];
  /** Fraction of members that must be present, e.g. [2, 3]: by default the provision's value. */
  fraction?: readonly [number, number];
}

export function quorumRule(spec: QuorumSpec): Rule {
  const [num, den] = fromProvision(spec, spec.fraction, 'fraction', isFraction);
  return {
    ...baseOf(spec),
    sessionReads: reads(kindRead(spec.kinds), '/members/*/role', '/members/*/present'),
    check(ctx): Report[] {
      const s = sessionOf(ctx, spec.kinds);
      if (!s) return NO_REPORTS;
      let voters = 0;
      let present = 0;
      for (const m of s.data.members)
        if (voting(m)) {
          voters++;
          if (m.present) present++;
        }
      if (present * den >= voters * num) return NO_REPORTS;
      const needed = Math.ceil((voters * num) / den);
      return [
        {
          path: `${s.base}/members`,
          inSession: s.file !== undefined,
          message: withTitle(
            titleOf(spec),
            fill(
              { kk: '{total} мүшенің {present} қатысты, кемінде {needed} қажет', ru: 'присутствовало {present} из {total}, нужно не менее {needed}', en: '{present} of {total} members present, at least {needed} needed' },
              { total: voters, present, needed },
            ),
          ),
          facts: { members: voters, present, needed, fraction: `${num}/${den}` },
        },
      ];
    },
  };
}

export interface OpenVoteSpec extends RuleBase {
  kinds?: readonly string[];
}

/** «хаттамада жасырын дауыс беру, талап: ашық дауыс беру»: the ballots by the table's words. */
const OPEN_VOTE_MESSAGE: Text3 = (({ open, secret }) => ({
  kk: `хаттамада ${secret.kk}, талап: ${open.kk}`,
  ru: `в протоколе ${secret.ru}, требуется: ${open.ru}`,
  en: `the protocol records a ${secret.en}; required: an ${open.en}`,
}))(SESSION_WORDS.voting);

export function openVoteRule(spec: OpenVoteSpec): Rule {
  return {
    ...baseOf(spec),
    sessionReads: reads(kindRead(spec.kinds), '/voting'),
    check(ctx): Report[] {
      const s = sessionOf(ctx, spec.kinds);
      if (!s || s.data.voting === undefined || s.data.voting === 'open') return NO_REPORTS;
      return [
        {
          path: `${s.base}/voting`,
          inSession: s.file !== undefined,
          message: withTitle(titleOf(spec), OPEN_VOTE_MESSAGE),
          facts: { expected: 'open', found: s.data.voting },
        },
      ];
    },
  };
}

export interface SecretaryNoVoteSpec extends RuleBase {
  kinds?: readonly string[];
}

/** The secretary has no vote; and a voter must be a member who was present. */
export function secretaryNoVoteRule(spec: SecretaryNoVoteSpec): Rule {
  return {
    ...baseOf(spec),
    sessionReads: reads(kindRead(spec.kinds), '/members/*/role', '/members/*/name', VOTES_READ),
    check(ctx): Report[] {
      const s = sessionOf(ctx, spec.kinds);
      const d = s?.decision;
      if (!s || !d || !d.data.votes) return NO_REPORTS;
      // Plain loops: a session has a handful of members and votes, and this runs for every package.
      const votes = d.data.votes;
      let out: Report[] | undefined;
      for (let i = 0; i < votes.length; i++) {
        const v = votes[i]!;
        if (!isSecretary(s.data.members, v.member)) continue;
        (out ??= []).push({
          path: `${s.base}/decisions/${d.index}/votes/${i}`,
          inSession: s.file !== undefined,
          message: withTitle(titleOf(spec), fill({ kk: '{kk} {name} дауыс берген', ru: '{ru} {name} голосовал', en: 'the {en} {name} voted' }, { ...SESSION_WORDS.role.secretary, name: v.member })),
          facts: { expected: 'no vote', found: v.vote, member: v.member },
        });
      }
      return out ?? NO_REPORTS;
    },
  };
}

export interface MajoritySpec extends RuleBase {
  kinds?: readonly string[];
  /** Whether the chair's vote decides a tie. */
  chairCasting: boolean;
}

/**
 * The recorded decision must carry a majority of the votes cast by present voting members
 * ("for" the decision recorded); in a tie the chair's vote decides when the act says so.
 */
export function majorityRule(spec: MajoritySpec): Rule {
  return {
    ...baseOf(spec),
    sessionReads: reads(kindRead(spec.kinds), VOTERS, VOTES_READ, '/decisions/*/decision'),
    check(ctx): Report[] {
      const s = sessionOf(ctx, spec.kinds);
      const d = s?.decision;
      if (!s || !d || !d.data.votes) return NO_REPORTS;
      // Plain loops over the handful of members and votes (this runs for every package).
      const members = s.data.members;
      const votes = d.data.votes;
      let chair: SessionMember | undefined;
      for (let i = 0; i < members.length && !chair; i++) if (members[i]!.role === 'chair') chair = members[i];
      let pro = 0;
      let con = 0;
      let chairVote: string | undefined;
      let chairFound = false;
      for (let i = 0; i < votes.length; i++) {
        const v = votes[i]!;
        if (!presentVoter(members, v.member)) continue;
        if (v.vote === 'for') pro++;
        else if (v.vote === 'against') con++;
        if (chair && !chairFound && v.member === chair.name) {
          chairFound = true;
          chairVote = v.vote;
        }
      }
      const carried = pro > con || (pro === con && spec.chairCasting && chairVote === 'for');
      let out: Report[] | undefined;
      for (let i = 0; i < votes.length; i++) {
        const v = votes[i]!;
        if (presentVoter(members, v.member) || isSecretary(members, v.member)) continue;
        (out ??= []).push({
          path: `${s.base}/decisions/${d.index}/votes/${i}`,
          inSession: s.file !== undefined,
          message: withTitle(titleOf(spec), fill({ kk: '{name} отырысқа қатысқан мүше емес, бірақ дауыс берген', ru: '{name} не присутствовавший член, но голосовал', en: '{name} voted but is not a member present' }, { name: v.member })),
          facts: { member: v.member },
        });
      }
      if (!carried) {
        (out ??= []).push({
          path: `${s.base}/decisions/${d.index}`,
          inSession: s.file !== undefined,
          message: withTitle(
            titleOf(spec),
            fill(
              // the protocol's tally, in the words the protocol prints a vote with (./session-words.ts)
              { kk: '«{decision}» шешімі: {forKk} — {pro}, {againstKk} — {con}{tieKk} — шешім қабылданбаған', ru: 'решение «{decision}»: {forRu} — {pro}, {againstRu} — {con}{tieRu} — решение не принято', en: 'decision «{decision}»: {pro} {forEn}, {con} {againstEn}{tieEn} — not carried' },
              { decision: d.data.decision, pro, con, ...TALLY_WORDS, ...chairTie(pro === con && spec.chairCasting, chairVote) },
            ),
          ),
          facts: { for: pro, against: con, chairVote: chairVote ?? null, chairCasting: spec.chairCasting },
        });
      }
      return out ?? NO_REPORTS;
    },
  };
}

export interface CompositionSpec extends RuleBase {
  kinds?: readonly string[];
  /** The servant's evaluator may not sit in the session. */
  withoutEvaluator?: boolean;
  /** The applicant may not sit in the session. */
  withoutApplicant?: boolean;
  /** At least one member from the HR service. */
  withHr?: boolean;
}

export function compositionRule(spec: CompositionSpec): Rule {
  return {
    ...baseOf(spec),
    reads: reads(spec.withoutEvaluator ? '/servant/directSupervisor' : undefined),
    sessionReads: reads(
      kindRead(spec.kinds),
      spec.withoutEvaluator || spec.withoutApplicant ? '/members/*/name' : undefined,
      spec.withoutEvaluator ? '/decisions/*/evaluator' : undefined,
      spec.withoutApplicant ? '/decisions/*/applicant' : undefined,
      spec.withHr ? '/members/*/hr' : undefined,
    ),
    check(ctx): Report[] {
      const s = sessionOf(ctx, spec.kinds);
      if (!s) return NO_REPORTS;
      let out: Report[] | undefined;
      const inSession = s.file !== undefined;
      const d = s.decision?.data;
      // Each part reads only what it needs, so that what the kind declares is what it reads.
      const members = s.data.members;
      const fallback = spec.withoutEvaluator && d?.evaluator === undefined ? ctx.get('/servant/directSupervisor') : undefined;
      const evaluator = spec.withoutEvaluator ? (d?.evaluator ?? (typeof fallback === 'string' ? fallback : undefined)) : undefined;
      const evaluatorAt = evaluator ? memberIndex(members, evaluator) : -1;
      if (evaluator && evaluatorAt >= 0) {
        (out ??= []).push({
          path: `${s.base}/members/${evaluatorAt}`,
          inSession,
          message: withTitle(titleOf(spec), fill({ kk: 'бағалаушы {name} отырыс құрамында', ru: 'оценивающий {name} входит в состав', en: 'the evaluator {name} sits in the session' }, { name: evaluator })),
          facts: { expected: 'without the evaluator', found: evaluator },
        });
      }
      const applicant = spec.withoutApplicant ? d?.applicant : undefined;
      const applicantAt = applicant ? memberIndex(members, applicant) : -1;
      if (applicant && applicantAt >= 0) {
        (out ??= []).push({
          path: `${s.base}/members/${applicantAt}`,
          inSession,
          message: withTitle(titleOf(spec), fill({ kk: 'өтініш беруші {name} отырыс құрамында', ru: 'заявитель {name} входит в состав', en: 'the applicant {name} sits in the session' }, { name: applicant })),
          facts: { expected: 'without the applicant', found: applicant },
        });
      }
      if (spec.withHr && !members.some((m) => m.hr)) {
        (out ??= []).push({
          path: `${s.base}/members`,
          inSession,
          message: withTitle(titleOf(spec), { kk: 'құрамда персоналды басқару қызметінің қызметкері жоқ', ru: 'в составе нет работника службы управления персоналом', en: 'no member from the HR service' }),
          facts: { expected: 'an HR member', found: 'none' },
        });
      }
      return out ?? NO_REPORTS;
    },
  };
}

/** «(төраға: қарсы)», «(председатель: против)», "(chair: against)": how the chair voted in a tie, with the table's words. */
function chairTie(tie: boolean | undefined, vote: string | undefined): { tieKk: string; tieRu: string; tieEn: string } {
  if (!tie) return { tieKk: '', tieRu: '', tieEn: '' };
  const votes: Readonly<Record<string, Text3>> = SESSION_WORDS.vote;
  const w = vote === undefined ? NO_VOTE : Object.hasOwn(votes, vote) ? votes[vote]! : { kk: vote, ru: vote, en: vote };
  const chair = SESSION_WORDS.role.chair;
  return { tieKk: ` (${chair.kk}: ${w.kk})`, tieRu: ` (${chair.ru}: ${w.ru})`, tieEn: ` (${chair.en}: ${w.en})` };
}
