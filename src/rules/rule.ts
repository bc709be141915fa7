/**
 * A rule is one requirement of an act's text, made checkable: an id, a severity, the clause
 * it rests on with the clause's Kazakh wording, and a check over a package. Rules are built
 * by the small rule kinds in this folder from a methodology pack's parameters, so two acts
 * that share a rule share its code (architecture: `law` → `rules` → `acts` → `check`).
 */
import type { Cite, Finding, Severity, Text3 } from '../law/finding.js';
import type { Calendar } from '../law/calendar/index.js';
import type { DatedAt } from './dates.js';

// The package, session and event types are the schemas' own (`Static<>` of ./envelope.ts), not written twice.
import type { PackageData, PackageEvent, SessionData, SessionDecision } from './envelope.js';
export type { PackageData, PackageEvent, ServantData, SessionData, SessionDecision, SessionMember, SessionRefData, SessionVote, SignatureData } from './envelope.js';

/** The session a package is judged with, wherever it was written. */
export interface ResolvedSession {
  data: SessionData;
  /** JSON Pointer of the session object in its file (`/session` when inline, `` when its own file). */
  base: string;
  /** The session file, when it is not the package file. */
  file?: string;
  /** The decision about this package's servant, with its index in `decisions`. */
  decision?: { index: number; data: SessionDecision };
}

/** What a rule emits; the runner adds rule id, cite and severity. */
export interface Report {
  path: string;
  message: Text3;
  facts?: Record<string, unknown>;
  severity?: Severity;
  note?: Text3;
  /** When the finding points into the session file rather than the package. */
  inSession?: boolean;
  /**
   * The one place the breached text is in, when the rule's text stands in several places (e.g. the
   * same row of App. 1 and App. 2): the place for the form actually used. Default: the rule's clause.
   */
  clause?: string;
}

export interface RuleContext {
  readonly pkg: PackageData;
  /** The check date: open deadlines are judged against it. */
  readonly today: string;
  readonly calendar: Calendar;
  readonly session?: ResolvedSession;
  /** Value at a JSON Pointer of the package, or undefined. */
  get(ptr: string): unknown;
  /** Events of a type, in file order, with their index in `events` (read-only; the runner rewrites the list and its entries for the next package: a report copies what it needs). */
  events(type: string): ReadonlyArray<{ index: number; event: PackageEvent }>;
  /** The dates of the events of a type, in file order, made once per package (the runner's context); else resolved afresh. */
  eventDates?(type: string): readonly DatedAt[];
  /**
   * A package pointer as the officer sees it on paper, the form's and the field's captions («Form» › «field»),
   * when the runner knows the pack (src/check/field-place.ts); asked only when a finding is made.
   */
  caption?(ptr: string): Text3 | undefined;
  /** An event type as the pack's data words it («келісім жобасы уәкілетті органға жіберілді»), when the runner knows it. */
  eventLabel?(type: string): Text3 | undefined;
}

export interface Rule {
  /** Stable id, `<methodology>/<name>`, kebab-case. */
  id: string;
  severity: Severity;
  /** The one clause, part, sub-clause or appendix the rule's text is in, e.g. `cl. 14`, `cl. 7 pt. 2`, `cl. 3(7)`, `App. 3`. */
  clause: string;
  /** The clause's Kazakh text (verbatim excerpt of the act; a test checks it is in the act). */
  quote: string;
  /** What the rule requires, in the three languages. */
  title: Text3;
  /** A choice made where the text is damaged or ambiguous; shown with every finding. */
  note?: Text3;
  /**
   * Where the same requirement stands in several places, one per form (App. 1 for managerial sheets,
   * App. 2 for the others…): every place with its own quote. A finding cites the one its report names.
   */
  places?: Array<{ clause: string; quote: string }>;
  /** A rule that reads a printed percent table: its rows as printed, damaged rows repaired (tests read it). */
  table?: { rows: ReadonlyArray<{ printed: string; from: number; to?: number; min: number; max: number; readTo?: number; damaged?: Text3 }>; precision: number };
  /** Wording date the rule was read from; defaults to the pack's wording in force. */
  wording?: string;
  /**
   * The JSON Pointers of the package the rule reads, declared by its rule kind from the spec (`*`: every
   * index or key). test/acts/pointers.test.ts proves that each resolves in the pack's package schema and
   * that the rule reads through `ctx.get` nothing it has not declared (a misspelt pointer reads nothing,
   * so the rule would never find anything).
   */
  reads?: readonly string[];
  /**
   * The JSON Pointers of the session document the rule reads (a session file, or a package's inline
   * `session` taken as its own document: `/voting`, not `/session/voting`; `*` for every index), declared by its
   * rule kind from the spec. Kept apart from `reads` (package pointers, which the runner may look up to skip
   * a `quietWithoutInputs` rule): these never make a rule skipped. test/acts/pointers.test.ts walks each
   * through the pack's session schema and proves that a rule reads nothing of a session it has not declared.
   */
  sessionReads?: readonly string[];
  /**
   * The rule reports nothing when none of the pointers it `reads` holds a value (its kind looks at those
   * inputs first and finds nothing without them): the runner then skips it, each pointer looked up once
   * per package for all the rules that read it (a pattern's part before its first `*`).
   * test/rules/quiet.test.ts holds every bundled rule that says so to it.
   */
  quietWithoutInputs?: boolean;
  /** Whether the rule applies to this package at all (e.g. only managerial positions). */
  applies?(ctx: RuleContext): boolean;
  check(ctx: RuleContext): Report[];
}

/** Turns a rule's report into a finding (the runner adds places). */
export const toFinding = (rule: Rule, r: Report, cite: Cite): Finding => {
  const f: Finding = {
    ruleId: rule.id,
    severity: r.severity ?? rule.severity,
    message: r.message,
    path: r.path,
    cite,
  };
  if (r.facts) f.facts = r.facts;
  const note = r.note ?? rule.note;
  if (note) f.note = note;
  return f;
};
