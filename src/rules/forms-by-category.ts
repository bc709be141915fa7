/**
 * Forms-by-category rule kind: which evaluation method (and so which appendix forms) a servant's
 * position category calls for (sjc-apparatus cl. 2(4)–(5), 21, 28, 33: category В-1 heads by target
 * indicators and App. 5/7, all others by ranking and App. 6/8). A form of the other group filled in
 * for this servant is a breach; the runner has already normalised the category code.
 */
import { baseOf, formName, withTitle, type RuleBase, titleOf, reads } from './base.js';
import type { Report, Rule } from './rule.js';
import { NO_REPORTS } from './no-reports.js';

export interface CategoryGroup {
  /** Canonical category codes of the group; absent = every code not in another group. */
  categories?: readonly string[];
  label: { kk: string; ru: string; en: string };
  /** Form keys this group may not fill in. */
  forbidden: readonly string[];
}

export interface FormsByCategorySpec extends RuleBase {
  groups: readonly CategoryGroup[];
}

export function formsByCategoryRule(spec: FormsByCategorySpec): Rule {
  // Each listed code's group (the first that lists it), made when the rule is built; a code no group lists
  // falls to the group without a list, if any.
  const byCode = new Map<string, CategoryGroup>();
  for (const g of spec.groups) for (const code of g.categories ?? []) if (!byCode.has(code)) byCode.set(code, g);
  const rest = spec.groups.find((g) => g.categories === undefined);
  const groupOf = (code: string): CategoryGroup | undefined => byCode.get(code) ?? rest;
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
