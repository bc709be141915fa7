/**
 * Form-rows rule kind: a table of a form holds exactly the rows the act prints, each once
 * (e.g. the five parameters of asa-b-model App. 1/2, the mandatory KPIs of asa-a-corps App. 1/2).
 * With `subset`, the printed rows must all be there but other rows may be added.
 */
import { baseOf, fill, withTitle, type RuleBase } from './base.js';
import type { Report, Rule } from './rule.js';

export interface FormRowsSpec extends RuleBase {
  /** JSON Pointer of the array; silent when absent. */
  path: string;
  /** The field naming the row. */
  field: string;
  expected: readonly string[];
  /** Other rows allowed besides the expected ones. */
  subset?: boolean;
}

export function formRowsRule(spec: FormRowsSpec): Rule {
  return {
    ...baseOf(spec),
    check(ctx): Report[] {
      const rows = ctx.get(spec.path);
      if (!Array.isArray(rows)) return [];
      const names = rows.map((r) => String((r as Record<string, unknown> | null)?.[spec.field] ?? ''));
      const missing = spec.expected.filter((e) => !names.includes(e));
      const duplicated = [...new Set(names.filter((n, i) => names.indexOf(n) !== i))];
      const unexpected = spec.subset ? [] : names.filter((n) => !spec.expected.includes(n));
      if (missing.length + duplicated.length + unexpected.length === 0) return [];
      const parts = [
        ...missing.map((m) => `− «${m}»`),
        ...duplicated.map((d) => `×2 «${d}»`),
        ...unexpected.map((u) => `+ «${u}»`),
      ].join('; ');
      return [
        {
          path: spec.path,
          message: withTitle(spec.title, fill({ kk: 'жолдар нысанға сай емес: {parts}', ru: 'строки не соответствуют форме: {parts}', en: 'rows do not match the form: {parts}' }, { parts })),
          facts: { missing, duplicated, unexpected, expected: spec.expected, found: names },
        },
      ];
    },
  };
}
