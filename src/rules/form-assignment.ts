/**
 * Form-assignment rule kinds: which form a servant is evaluated on and who evaluates, by position
 * category and managerial status (asa-b-model cl. 17: categories В-1, С-1… by the direct supervisor
 * on App. 1; other managerial positions by the head of unit on App. 1; …). The pack lists the cases
 * in order; the first that matches the servant decides. Codes are compared after normalisation.
 */
import { categoryCodeOf } from '../law/category-code.js';
import type { Text3 } from '../law/finding.js';
import { baseOf, fill, formName, withTitle, type RuleBase, titleOf, reads } from './base.js';
import type { Report, Rule, RuleContext } from './rule.js';
import { NO_REPORTS } from './no-reports.js';
import { clauseText3 } from '../law/cite-text.js';
import { categoryKk, dueReader, holdsAny, missingFormReport, type FormDue } from './form-missing.js';

const clauseVars = (clause: string) => {
  const t = clauseText3(clause);
  return { clauseKk: t.kk, clauseRu: t.ru, clauseEn: t.en };
};

export interface AssignmentCase {
  /** Where the act says so, e.g. `cl. 17 pt. 1`: the finding cites this part. */
  clause: string;
  /** The part's own words (verbatim; a test finds them in exactly that part). */
  quote: string;
  /** Canonical category codes; absent: any category. */
  categories?: readonly string[];
  /** Required managerial status; absent: either. */
  managerial?: boolean;
  /** The form key to use. */
  form: string;
  /** JSON Pointer in the package of the person who must evaluate (e.g. `/servant/directSupervisor`). */
  evaluator: string;
  evaluatorLabel: Text3;
}

export interface AssignmentSpec extends RuleBase {
  cases: readonly AssignmentCase[];
  /** Where the category is read from (default: `/servant/category`, normalised as a position-category code). */
  by?: string;
  /** All the alternative form keys. */
  forms: readonly string[];
}

const categoryOf = (ctx: RuleContext, by?: string): string =>
  by === undefined ? categoryCodeOf(ctx.pkg.servant.category) : String(ctx.get(by) ?? '');

export function assignmentCase(ctx: RuleContext, cases: readonly AssignmentCase[], by?: string): AssignmentCase | undefined {
  const code = categoryOf(ctx, by);
  const managerial = ctx.pkg.servant['managerial'] === true;
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i]!;
    if ((!c.categories || c.categories.includes(code)) && (c.managerial === undefined || c.managerial === managerial)) return c;
  }
  return undefined;
}

/** The servant is evaluated on the form the act assigns to the category. */
/** Every part the cases rest on, with its words (a rule over cases cites the part of the case that applied). */
const casePlaces = (cases: readonly AssignmentCase[]) => [...new Map(cases.map((c) => [c.clause, { clause: c.clause, quote: c.quote }])).values()];

/** What an assignment reads: the forms, the category's place when it is not the servant's code, each case's evaluator. */
const assignmentReads = (spec: AssignmentSpec): string[] => [...spec.forms.map((k) => `/forms/${k}`), ...(spec.by ? [spec.by] : []), ...spec.cases.map((c) => c.evaluator)];


export function formAssignmentRule(spec: AssignmentSpec): Rule {
  // The forms' pointers written once, not for every package.
  const formPointers = spec.forms.map((k) => `/forms/${k}`);
  return {
    ...baseOf(spec),
    places: casePlaces(spec.cases),
    reads: reads(assignmentReads(spec)),
    check(ctx): Report[] {
      const c = assignmentCase(ctx, spec.cases, spec.by);
      if (!c) return NO_REPORTS;
      let out: Report[] | undefined;
      for (let i = 0; i < formPointers.length; i++) {
        const k = spec.forms[i]!;
        if (k === c.form || ctx.get(formPointers[i]!) === undefined) continue;
        const category = categoryOf(ctx, spec.by);
        const want = formName(ctx, c.form);
        const got = formName(ctx, k);
        (out ??= []).push({
          path: formPointers[i]!,
          clause: c.clause,
          message: withTitle(
            titleOf(spec),
            fill({ kk: '{categoryKk} ({clauseKk}): {wantKk} нысаны, толтырылғаны {gotKk}', ru: 'категория {category} ({clauseRu}): форма {wantRu}, заполнена {gotRu}', en: 'category {category} ({clauseEn}) uses {wantEn}, found {gotEn}' }, { category, categoryKk: categoryKk(category), ...clauseVars(c.clause), wantKk: want.kk, wantRu: want.ru, wantEn: want.en, gotKk: got.kk, gotRu: got.ru, gotEn: got.en }),
          ),
          facts: { expected: c.form, found: k, case: c.clause, managerial: ctx.pkg.servant['managerial'] === true },
        });
      }
      return out ?? NO_REPORTS;
    },
  };
}

export interface AssignedFormSpec extends AssignmentSpec {
  /** The evaluation's date limit (e.g. asa-b-model cl. 5): before it a missing form is open (info), after it an error. */
  due?: FormDue;
  /** The forms are agreements (asa-a-corps cl. 7), which a category concludes, not sheets it is evaluated on. */
  agreement?: boolean;
}

/**
 * The package holds the form the act assigns to the servant's case (cl. 17: App. 1 or App. 2): when it holds
 * none of `forms`, the finding names the case's form and the part of the clause that assigns it. A form of
 * another case filled in instead is `formAssignmentRule`'s finding, not this one's. Whether the servant is
 * evaluated at all (months in the post, days worked) is the pack's `applies`.
 */
export function assignedFormRequiredRule(spec: AssignedFormSpec): Rule {
  const limitFor = dueReader(spec.due);
  return {
    ...baseOf(spec),
    places: casePlaces(spec.cases),
    reads: reads(spec.forms.map((k) => `/forms/${k}`), spec.by ? [spec.by] : []),
    check(ctx): Report[] {
      if (holdsAny(ctx, spec.forms)) return NO_REPORTS;
      const c = assignmentCase(ctx, spec.cases, spec.by);
      if (!c) return NO_REPORTS;
      const why = clauseText3(c.clause);
      const r = missingFormReport(ctx, titleOf(spec), { category: categoryOf(ctx, spec.by), why, want: [c.form], group: c.clause, agreement: spec.agreement === true }, limitFor);
      r.clause = c.clause;
      return [r];
    },
  };
}

export interface EvaluatorSpec extends AssignmentSpec {
  /** Pointer inside the form of the evaluator's name, e.g. `/evaluator/name`. */
  namePath: string;
  /** Pointer inside the form of a stated exception (substitute, receiving body…); when present the rule is silent. */
  basisPath: string;
}

/** The evaluator named on the form is the person the act assigns (unless an exception is stated). */
export function evaluatorAssignmentRule(spec: EvaluatorSpec): Rule {
  // Each form's pointers to the evaluator's name and to a stated exception, written once.
  const namePointers = spec.forms.map((k) => `/forms/${k}${spec.namePath}`);
  const basisPointers = spec.forms.map((k) => `/forms/${k}${spec.basisPath}`);
  return {
    ...baseOf(spec),
    places: casePlaces(spec.cases),
    reads: reads(assignmentReads(spec), spec.forms.flatMap((k) => [`/forms/${k}${spec.namePath}`, `/forms/${k}${spec.basisPath}`])),
    check(ctx): Report[] {
      const c = assignmentCase(ctx, spec.cases, spec.by);
      if (!c) return NO_REPORTS;
      let out: Report[] | undefined;
      for (let i = 0; i < namePointers.length; i++) {
        const name = ctx.get(namePointers[i]!);
        if (typeof name !== 'string' || ctx.get(basisPointers[i]!) !== undefined) continue;
        const expected = ctx.get(c.evaluator);
        if (typeof expected !== 'string' || expected === name) continue;
        (out ??= []).push({
          path: namePointers[i]!,
          clause: c.clause,
          message: withTitle(
            titleOf(spec),
            fill({ kk: '{clauseKk}: бағалаушы — {roleKk} {expected}, парақта {found}', ru: '{clauseRu}: оценивает {roleRu} {expected}, в листе {found}', en: '{clauseEn}: the evaluator is the {roleEn} {expected}, the sheet names {found}' }, { ...clauseVars(c.clause), roleKk: c.evaluatorLabel.kk, roleRu: c.evaluatorLabel.ru, roleEn: c.evaluatorLabel.en, expected, found: name }),
          ),
          facts: { expected, found: name, reference: c.evaluator, case: c.clause },
        });
      }
      return out ?? NO_REPORTS;
    },
  };
}
