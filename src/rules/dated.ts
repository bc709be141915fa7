/**
 * A rule whose provision has dated values: one instance of the rule kind per value, and on a package
 * only the instance of the value in force on the package's date runs (`valueOn`). The date a rule is
 * read on (the period's start, a step's date) is the rule's choice; which value applies is data.
 */
import { allValues, valueOn, type DatedValue, type Provision } from '../law/provision.js';
import { combineRules } from './combine.js';
import type { Rule, RuleContext } from './rule.js';

export function datedRule<T>(p: Provision<T>, dateOf: (ctx: RuleContext) => string, make: (v: Provision<T> | DatedValue<T>) => Rule): Rule {
  return combineRules(
    allValues(p).map((v) => {
      const r = make(v);
      return { ...r, applies: (ctx: RuleContext) => valueOn(p, dateOf(ctx)) === v && (!r.applies || r.applies(ctx)) };
    }),
  );
}
