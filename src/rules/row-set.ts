/**
 * Row-set rule kind: a form's table holds a fixed list of rows (e.g. the 11 competencies of a
 * competency sheet), some of them only when a condition holds and forbidden otherwise
 * (mic-2018 App. 3 footnote: servants whose duties do not include public services are not
 * rated on two competencies). Names are compared without spaces, «*» and case.
 */
import { baseOf, fill, withTitle, type RuleBase, titleOf, reads } from './base.js';
import { memo } from './memo.js';
import type { Report, Rule } from './rule.js';

export interface RowSetSpec extends RuleBase {
  /** JSON Pointer of the table's rows; the rule is silent when absent. */
  rows: string;
  /** Field of a row holding its name. */
  keyField: string;
  /** Rows every table holds. */
  always: readonly string[];
  /** Rows held only when the field equals the value, and absent otherwise. */
  conditional?: { field: string; equals: unknown; names: readonly string[] };
}

const key = memo((s: string): string => s.replace(/\*/g, '').replace(/\s+/g, '').toLowerCase());

export function rowSetRule(spec: RowSetSpec): Rule {
  return {
    ...baseOf(spec),
    reads: reads(spec.rows, `${spec.rows}/*/${spec.keyField}`, spec.conditional?.field),
    quietWithoutInputs: true,
    check(ctx): Report[] {
      const rows = ctx.get(spec.rows);
      if (!Array.isArray(rows)) return [];
      const names = rows.map((r) => (r && typeof r === 'object' ? (r as Record<string, unknown>)[spec.keyField] : undefined)).map((v) => (typeof v === 'string' ? key(v) : ''));
      const cond = spec.conditional;
      const condHolds = cond ? ctx.get(cond.field) === cond.equals : false;
      const required = [...spec.always, ...(cond && condHolds ? cond.names : [])];
      const forbidden = cond && !condHolds ? cond.names : [];
      const out: Report[] = [];
      for (const name of required) {
        if (names.includes(key(name))) continue;
        out.push({
          path: spec.rows,
          message: withTitle(titleOf(spec), fill({ kk: '«{name}» жолы жоқ', ru: 'нет строки «{name}»', en: 'row «{name}» is missing' }, { name })),
          facts: { expected: name, found: null, condition: cond ? { field: cond.field, holds: condHolds } : undefined },
        });
      }
      for (const name of forbidden) {
        const i = names.indexOf(key(name));
        if (i < 0) continue;
        out.push({
          path: `${spec.rows}/${i}`,
          message: withTitle(titleOf(spec), fill({ kk: '«{name}» бойынша бағаланбауы тиіс еді ({field} ≠ {value})', ru: 'по «{name}» не оценивается ({field} ≠ {value})', en: '«{name}» must not be rated here ({field} is not {value})' }, { name, field: cond?.field ?? '', value: String(cond?.equals) })),
          facts: { expected: 'absent', found: name, condition: { field: cond?.field, holds: condHolds } },
        });
      }
      names.forEach((n, i) => {
        if (n && names.indexOf(n) !== i) {
          out.push({
            path: `${spec.rows}/${i}`,
            message: withTitle(titleOf(spec), fill({ kk: '«{name}» жолы қайталанған', ru: 'строка «{name}» повторяется', en: 'row «{name}» appears twice' }, { name: String((rows[i] as Record<string, unknown>)[spec.keyField]) })),
            facts: { duplicate: n },
          });
        }
      });
      return out;
    },
  };
}
