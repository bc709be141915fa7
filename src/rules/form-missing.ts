/**
 * The finding for a package that holds none of the forms its servant's category is evaluated on (asa-b-model
 * cl. 17: App. 1 or App. 2; sjc-apparatus cl. 21, 28: App. 2 or App. 4; asa-a-corps cl. 7: the agreement, App. 1
 * or App. 2): the form named by its appendix and
 * title, the category and why it calls for that form, and — where the act dates the evaluation — the limit
 * judged on the check date: passed (the rule's severity) or still ahead (info: the form may yet be filled in).
 * Written once for the kinds that know which form a category calls for (forms-by-category's groups,
 * form-assignment's cases). Pure.
 */
import { deadline } from '../law/calendar/index.js';
import { clauseText3 } from '../law/cite-text.js';
import type { Text3 } from '../law/finding.js';
import type { Provision } from '../law/provision.js';
import { fill, formName, withTitle } from './base.js';
import { limitOf, type DateLimitSpec } from './date-limit.js';
import type { Report, RuleContext } from './rule.js';

/**
 * The limit a missing form is judged by: the act's date limit of the period, as a date-limit rule gives it, or a
 * limit the package itself dates (asa-a-corps cl. 7 pt. 1: five working days from the Agency's approval;
 * sjc-apparatus cl. 5: five working days from a head's return), which the pack works out.
 */
export type FormDue = Pick<DateLimitSpec, 'anchor' | 'months' | 'day'> | DueReader;

/**
 * The last day the form may be filled in; the provision it comes from (its clause shown beside the limit and
 * given in the facts as `limitClause`); what follows the clause (the day the limit runs from: a template whose
 * `{name}`s are `vars`, so its dates are written as every date of a finding is); its facts.
 */
export interface DueDate {
  limit: string;
  of?: Pick<Provision<unknown>, 'clause' | 'quote'>;
  basis?: Text3;
  vars?: Record<string, string | number>;
  facts?: Record<string, unknown>;
}
export type DueReader = (ctx: RuleContext) => DueDate;

/**
 * A limit of `of.value` working days from a day the package records (asa-a-corps cl. 7 pt. 1: from the Agency's
 * approval; sjc-apparatus cl. 5: from a head's return), counted as every term is: the day is a `basis` var and a fact
 * under the names the pack gives it, beside the count (`n`, `workingDays`) and the days skipped.
 */
export function workingDaysDue(ctx: RuleContext, of: Pick<Provision<number>, 'clause' | 'quote' | 'value'>, from: { date: string; var: string; fact: string }, basis: Text3): DueDate {
  const n = of.value;
  const d = deadline(ctx.calendar, { from: from.date, count: n, unit: 'working-days' });
  return { limit: d.deadline, of, basis, vars: { [from.var]: from.date, n }, facts: { [from.fact]: from.date, workingDays: n, skipped: d.skipped } };
}

/** Does the package hold any of these forms? */
export function holdsAny(ctx: RuleContext, keys: readonly string[]): boolean {
  const forms = ctx.pkg.forms;
  if (!forms) return false;
  for (let i = 0; i < keys.length; i++) if (forms[keys[i]!] !== undefined) return true;
  return false;
}

const OR = { kk: ' не ', ru: ' или ', en: ' or ' } as const;

const M = {
  missing: {
    kk: '{categoryKk} ({whyKk}) {wantKk} нысаны бойынша бағаланады, пакетте ол жоқ',
    ru: 'категория {category} ({whyRu}) оценивается по форме {wantRu}, в пакете её нет',
    en: 'category {category} ({whyEn}) is evaluated on {wantEn}, which the package does not hold',
  },
  overdue: {
    kk: '; шекті күн {limit} өтіп кетті (тексеру күні {today})',
    ru: '; предельная дата {limit} прошла (дата проверки {today})',
    en: '; the limit {limit} has passed (as of {today})',
  },
  open: {
    kk: '; әлі толтырылмаған, шекті күн {limit} (тексеру күні {today})',
    ru: '; ещё не заполнена, предельная дата {limit} (дата проверки {today})',
    en: '; not filled in yet, the limit is {limit} (as of {today})',
  },
} satisfies Record<string, Text3>;

/**
 * What a form other than an evaluation sheet is missing as: an agreement is not what a category «is evaluated on»
 * but what it concludes (asa-a-corps cl. 7), so its rule words its own first half.
 */
export const AGREEMENT_MISSING: Text3 = {
  kk: '{categoryKk} ({whyKk}) {wantKk} нысаны бойынша келісім жасайды, пакетте ол жоқ',
  ru: 'категория {category} ({whyRu}) заключает соглашение по форме {wantRu}, в пакете его нет',
  en: 'category {category} ({whyEn}) concludes its agreement on {wantEn}, which the package does not hold',
};

const joined = (a: Text3, b: Text3): Text3 => ({ kk: a.kk + b.kk, ru: a.ru + b.ru, en: a.en + b.en });
const withLimit = (missing: Text3) => ({ overdue: joined(missing, M.overdue), open: joined(missing, M.open) });
const WITH_LIMIT = withLimit(M.missing);
const AGREEMENT_WITH_LIMIT = withLimit(AGREEMENT_MISSING);
/** The template with the limit's clause and basis in brackets after the limit. */
function withBasis(t: Text3, due: DueDate): Text3 {
  const c = due.of ? clauseText3(due.of.clause) : undefined;
  const b = (lang: keyof Text3): string => [c?.[lang], due.basis?.[lang]].filter(Boolean).join(': ');
  return { kk: t.kk.replace('{limit}', `{limit} (${b('kk')})`), ru: t.ru.replace('{limit}', `{limit} (${b('ru')})`), en: t.en.replace('{limit}', `{limit} (${b('en')})`) };
}

/** «С-О-3 санаты»; a value that says «санат» itself (corps «А»: «1-санат») as it is, not «1-санат санаты». */
export const categoryKk = (category: string): string => (/санат$/u.test(category) ? category : `${category} санаты`);

export interface MissingForm {
  /** The servant's category as the finding shows it (normalised code). */
  category: string;
  /** Why that category calls for the form: the group's name or the clause's part, in kk/ru/en. */
  why: Text3;
  /** The forms the category is evaluated on (any one of them is the evaluation); the first is the one named first. */
  want: readonly string[];
  /** The group's name for the facts (en). */
  group: string;
  /** The form is an agreement (its words: {@link AGREEMENT_MISSING}), not an evaluation sheet. */
  agreement?: boolean;
}

/**
 * A limit reader made when the rule is built (`limitOf` remembers the last period's limit), the pack's own reader
 * for a limit the package dates, or undefined where the act gives the evaluation no date.
 */
export function dueReader(due: FormDue | undefined): DueReader | undefined {
  if (due === undefined || typeof due === 'function') return due;
  const limitFor = limitOf(due);
  return (ctx) => ({ limit: limitFor(ctx.pkg.period) });
}

/** The finding: the form the category calls for is not in the package (with the limit's status where there is one). */
export function missingFormReport(ctx: RuleContext, title: Text3, m: MissingForm, limitFor?: DueReader): Report {
  const names = m.want.map((k) => formName(ctx, k));
  const vars: Record<string, string> = {
    category: m.category,
    categoryKk: categoryKk(m.category),
    whyKk: m.why.kk,
    whyRu: m.why.ru,
    whyEn: m.why.en,
    wantKk: names.map((n) => n.kk).join(OR.kk),
    wantRu: names.map((n) => n.ru).join(OR.ru),
    wantEn: names.map((n) => n.en).join(OR.en),
  };
  const facts: Record<string, unknown> = { category: m.category, group: m.group, expected: m.want };
  if (!limitFor) return { path: '/servant/category', message: withTitle(title, fill(m.agreement ? AGREEMENT_MISSING : M.missing, vars)), facts };
  const due = limitFor(ctx);
  const limit = due.limit;
  const passed = ctx.today > limit;
  facts['limit'] = limit;
  if (due.of) facts['limitClause'] = due.of.clause;
  if (due.facts) Object.assign(facts, due.facts);
  facts['today'] = ctx.today;
  facts['status'] = passed ? 'overdue' : 'open';
  vars['limit'] = limit;
  vars['today'] = ctx.today;
  if (due.vars) Object.assign(vars, due.vars);
  const t = m.agreement ? AGREEMENT_WITH_LIMIT : WITH_LIMIT;
  const template = passed ? t.overdue : t.open;
  const message = withTitle(title, fill(due.of || due.basis ? withBasis(template, due) : template, vars));
  return passed ? { path: '/servant/category', message, facts } : { path: '/servant/category', severity: 'info', message, facts };
}
