/**
 * Forms-by-category rule kinds: which evaluation method (and so which appendix forms) a servant's
 * position category calls for (sjc-apparatus cl. 2(4)–(5), 21, 28, 33: category В-1 heads by target
 * indicators and App. 5/7, all others by ranking and App. 6/8). A form of the other group filled in
 * for this servant is a breach (`formsByCategoryRule`); so is a package holding none of the forms its
 * group is evaluated on (`formRequiredRule`). The runner has already normalised the category code.
 */
import type { Text3 } from '../law/finding.js';
import { baseOf, formName, withTitle, type RuleBase, titleOf, reads } from './base.js';
import { dueReader, holdsAny, missingFormReport, type FormDue } from './form-missing.js';
import type { Report, Rule } from './rule.js';
import { NO_REPORTS } from './no-reports.js';

export interface CategoryGroup {
  /** Canonical category codes of the group; absent = every code not in another group. */
  categories?: readonly string[];
  label: Text3;
  /** Form keys this group may not fill in. */
  forbidden: readonly string[];
  /** Form keys this group is evaluated on: a package of the group holds at least one (`formRequiredRule`). */
  required?: readonly string[];
}

export interface FormsByCategorySpec extends RuleBase {
  groups: readonly CategoryGroup[];
}

/**
 * Each listed code's group (the first that lists it), made when the rule is built; a code no group lists
 * falls to the group without a list, if any.
 */
function groupsByCode(groups: readonly CategoryGroup[]): (code: string) => CategoryGroup | undefined {
  const byCode = new Map<string, CategoryGroup>();
  for (const g of groups) for (const code of g.categories ?? []) if (!byCode.has(code)) byCode.set(code, g);
  const rest = groups.find((g) => g.categories === undefined);
  return (code) => byCode.get(code) ?? rest;
}

export function formsByCategoryRule(spec: FormsByCategorySpec): Rule {
  const groupOf = groupsByCode(spec.groups);
  return {
    ...baseOf(spec),
    reads: reads('/servant/category', [...new Set(spec.groups.flatMap((g) => g.forbidden))].map((k) => `/forms/${k}`)),
    check(ctx): Report[] {
      const forms = ctx.pkg.forms;
      if (!forms) return NO_REPORTS;
      const category = ctx.pkg.servant.category;
      const g = groupOf(category);
      if (!g) return NO_REPORTS;
      let out: Report[] | undefined;
      for (let i = 0; i < g.forbidden.length; i++) {
        const k = g.forbidden[i]!;
        if (forms[k] === undefined) continue;
        const form = formName(ctx, k);
        (out ??= []).push({
          path: `/forms/${k}`,
          message: withTitle(titleOf(spec), {
            kk: `санат ${category} (${g.label.kk}) үшін ${form.kk} нысаны толтырылмайды`,
            ru: `для категории ${category} (${g.label.ru}) форма ${form.ru} не заполняется`,
            en: `category ${category} (${g.label.en}) does not fill in the form ${form.en}`,
          }),
          facts: { category, group: g.label.en, form: k, forbidden: g.forbidden },
        });
      }
      return out ?? NO_REPORTS;
    },
  };
}

export interface FormRequiredSpec extends RuleBase {
  /** The groups, each with the forms it is evaluated on (`required`). */
  groups: readonly CategoryGroup[];
  /** The evaluation's date limit: before it a missing form is open (info), after it an error. */
  due?: FormDue;
}

/**
 * The package holds a form its servant's group is evaluated on (sjc-apparatus cl. 21: heads, App. 2; cl. 28–29:
 * the others, App. 4). The rule is silent when the package holds any form some group is evaluated on: a form of
 * the other group is `formsByCategoryRule`'s finding. Whether the servant is evaluated at all (time in post,
 * absence) and which evaluation the package is (quarterly, annual) are the pack's `applies`.
 */
export function formRequiredRule(spec: FormRequiredSpec): Rule {
  const groupOf = groupsByCode(spec.groups);
  const any = [...new Set(spec.groups.flatMap((g) => g.required ?? []))];
  const limitFor = dueReader(spec.due);
  return {
    ...baseOf(spec),
    reads: reads('/servant/category', any.map((k) => `/forms/${k}`)),
    check(ctx): Report[] {
      if (holdsAny(ctx, any)) return NO_REPORTS;
      const category = ctx.pkg.servant.category;
      const g = groupOf(category);
      if (!g?.required || g.required.length === 0) return NO_REPORTS;
      return [missingFormReport(ctx, titleOf(spec), { category, why: g.label, want: g.required, group: g.label.en }, limitFor)];
    },
  };
}
