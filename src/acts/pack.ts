/**
 * A methodology pack: one act made data. Metadata and validity, the wordings we hold,
 * amendments whose wording we lack, the appendices (forms) with their JSON Schemas,
 * the procedure's event types, the parameters with their clauses, and the rules.
 * Modelled on OpenFisca's dated, referenced parameters: "what was the rule on date D"
 * is a lookup in `wordings`, never an `if`.
 */
import type { TSchema } from 'typebox';
import type { Text3 } from '../law/finding.js';
import type { Rule } from '../rules/rule.js';
import type { Place, Provision } from '../law/provision.js';

export interface ActMeta {
  /** File under ../shared/acts/ holding the Kazakh text. */
  source: string;
  issuer: Text3;
  /** бұйрық (order) | шешім (decision) | өкім (instruction) */
  kind: 'бұйрық' | 'шешім' | 'өкім';
  number: string;
  date: string;
  registration?: { number: string; date: string };
  title: Text3;
}

export interface Wording {
  /** First day this wording applies. */
  from: string;
  /** Last day it applies (absent: still in force as far as our texts know). */
  to?: string;
  /** The date that names the wording in citations (the amending act's date, or the act's own). */
  date: string;
  /** The act that gave this wording, as cited (`Order No. 121 of 28.07.2025`; the act itself for the original wording). */
  by: string;
  label: Text3;
}

export interface PendingAmendment {
  act: Text3;
  /** The amending act as cited, e.g. `Order No. 52 of 31.03.2026`. */
  cite: string;
  /** Day the amendment takes effect. */
  from: string;
  /** The clauses it touches, as the text says. */
  provisions: string[];
  note: Text3;
}

export interface Appendix {
  /** Number as printed («N-қосымша»), or e.g. 'order' for the order's own appendix. */
  no: number;
  title: string;
  titleEn: string;
  /** The one place (clause, part) that introduces the form: its text names the appendix («N-қосымша»). */
  clause: string;
  /** Where that place introduces the form without naming its number: the words that do (a test finds them there). */
  quote?: string;
  /** Key under `forms` in a package; absent for reference tables that are not filled in. */
  formKey?: string;
  /** false when the act references the appendix but its text is not in the act as published. */
  present: boolean;
  note?: Text3;
}

export interface EventType {
  type: string;
  label: Text3;
  /** The one place (clause, part or sub-clause) that prescribes the step. */
  clause: string;
  /** Further single places that prescribe the same step for another case (another group of servants, a late appointment). */
  also?: string[];
}

/** A value of the act with the clause it comes from, and its dated values (src/law/provision.ts). */
export type { Place, Provision, DatedValue } from '../law/provision.js';

/** A provision the checker cannot check from a package, and why. */
export interface Unchecked {
  clause: string;
  /** The reading notes' id of the provision (`M000-09`, `B-14`…), where they give one. */
  ref?: string;
  reason: Text3;
}

export interface Pack {
  id: string;
  act: ActMeta;
  /** What the pack covers and what it does not (e.g. act 003 holds only Appendix 4). */
  scope: Text3;
  /**
   * The periods the methodology governs: from entry into force to repeal. `entry` is the clause of the
   * approving act that puts it into force, with its words (cited by `outside-validity` and the
   * step-date findings); `repeal` names the repealing act as cited.
   */
  validity: {
    from: string;
    to?: string;
    fromNote?: Text3;
    entry: { clause: string; quote: string };
    repealedBy?: Text3;
    repeal?: string;
  };
  wordings: Wording[];
  pending: PendingAmendment[];
  appendices: Appendix[];
  /** JSON Schemas (TypeBox) of the filled forms, keyed by form key. */
  forms: Record<string, TSchema>;
  events: EventType[];
  /**
   * Session kinds this methodology knows (commission, calibration…), their decisions and grades, and the
   * methodology's own fields of a decision, if any (`decisionExtra`: asa-a-corps cl. 30).
   */
  session?: { kinds: readonly string[]; decisions: readonly string[]; grades: readonly (string | number)[]; decisionExtra?: Record<string, TSchema> };
  /**
   * The lists of a form whose rows the act numbers itself, one number per item whatever rows a sheet holds
   * (`forms.<form>.rows`: row «№» n is names[n − 1]), with the appendix that prints them: the page fills a row's empty
   * «№» from them (src/serve/act-numbers.ts). No clause makes a number that disagrees a finding, so no rule reads them.
   */
  actNumbered?: readonly { form: string; names: readonly string[]; place: Place }[];
  /** Extra envelope properties of the servant this methodology needs (e.g. `publicServices`). */
  servantExtra?: Record<string, TSchema>;
  absenceKinds: readonly string[];
  /**
   * The one place where the act prints the position-category codes the rules read (`servant.category`),
   * cited when a code is read in its canonical form. Absent where the act gives `servant.category` a
   * closed list of its own (asa-a-corps: cl. 7's categories), so no code is read.
   */
  categoryCodes?: { clause: string; quote: string };
  /**
   * The act's values and places, each with its clause and words (params.ts): what the rules read, what
   * `explain` and the docs tables show, what a test finds in the act and nowhere else in src/.
   */
  params: Readonly<Record<string, Provision<unknown> | Place>>;
  rules: Rule[];
  unchecked: Unchecked[];
}

/**
 * A pack whose rules are built when they are first read. The library (`import 'bagalau'`, whose `check` is
 * synchronous) loads every pack, and a check reads the rules of its own methodology only: building the five others'
 * (~200 rule objects, their messages and pointers) was a fifth of the library's start (issue 14). The rules are built
 * once, from the same params, whoever reads them first — the check, explain, methodologies, a test.
 */
export function withRules<P extends object>(parts: P, build: () => Rule[]): P & Pick<Pack, 'rules'> {
  let rules: Rule[] | undefined;
  return Object.defineProperty(parts, 'rules', { enumerable: true, get: () => (rules ??= build()) }) as P & Pick<Pack, 'rules'>;
}

/** The wording of a pack in force on a day (the lookup the as-of engine and the draft checker share), or undefined when we hold none for it. */
export const wordingOn = (pack: Pick<Pack, 'wordings'>, date: string): Wording | undefined =>
  pack.wordings.find((w) => w.from <= date && (w.to === undefined || date <= w.to));

/** The amendments whose wording we lack that are in force on a day. */
export const pendingOn = (pack: Pick<Pack, 'pending'>, date: string): PendingAmendment[] => pack.pending.filter((a) => a.from <= date);
