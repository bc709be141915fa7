/**
 * Row-set rule kind: a form's table holds a fixed list of rows (e.g. the 11 competencies of a
 * competency sheet), some of them only when a condition holds and forbidden otherwise
 * (mic-2018 App. 3 footnote: servants whose duties do not include public services are not
 * rated on two competencies). Names are compared without spaces, «*» and case.
 */
import { baseOf, fill, withTitle, type RuleBase, titleOf, reads, fromProvision, isStrings } from './base.js';
import { memo } from './memo.js';
import type { Report, Rule } from './rule.js';
import { NO_REPORTS } from './no-reports.js';

export interface RowSetSpec extends RuleBase {
  /** JSON Pointer of the table's rows; the rule is silent when absent. */
  rows: string;
  /** Field of a row holding its name. */
  keyField: string;
  /** Rows every table holds. */
  always: readonly string[];
  /** Rows held only when the field equals the value, and absent otherwise. */
  /** Rows required only where a field holds a value, and refused otherwise (`names`: by default the provision's value). */
  conditional?: { field: string; equals: unknown; names?: readonly string[] };
}

const NO_NAMES: readonly string[] = Object.freeze([]);

const key = memo((s: string): string => s.replace(/\*/g, '').replace(/\s+/g, '').toLowerCase());

export function rowSetRule(given: RowSetSpec): Rule {
  const c = given.conditional;
  const spec = { ...given, conditional: c ? { ...c, names: fromProvision(given, c.names, 'conditional.names', isStrings) } : undefined };
  // The keys of the rows always required, made once per rule rather than per package.
  const alwaysKeys = spec.always.map(key);
  const condKeys = spec.conditional ? spec.conditional.names.map(key) : NO_NAMES;
  const scratch: string[] = [];
  // The usual sheet, told without keys or lists: each row's name as written → the number of the row it is
  // (the always rows 0…, then the conditional ones), or -1 for a name of no row (bounded); `seen` counts
  // each number's rows in one package.
  const slotByName = new Map<string, number>();
  const slotOf = (written: string): number => {
    let n = slotByName.get(written);
    if (n === undefined) {
      const k = key(written);
      n = alwaysKeys.indexOf(k);
      if (n < 0) {
        const c = condKeys.indexOf(k);
        n = c < 0 ? -1 : alwaysKeys.length + c;
      }
      if (slotByName.size < 10_000) slotByName.set(written, n);
    }
    return n;
  };
  const seen = new Uint8Array(alwaysKeys.length + condKeys.length);
  /** Whether the table is exactly the rows it must hold, each once (then the full reading below finds nothing). */
  const overlap = condKeys.some((k) => alwaysKeys.includes(k)); // a name both always and conditional: only the full reading tells
  const exact = (rows: readonly unknown[], condHolds: boolean): boolean => {
    if (overlap) return false;
    seen.fill(0);
    for (let i = 0; i < rows.length; i++) {
      const r: unknown = rows[i];
      const v = r && typeof r === 'object' ? (r as Record<string, unknown>)[spec.keyField] : undefined;
      if (typeof v !== 'string') return false;
      const n = slotOf(v);
      if (n < 0 || seen[n]! > 0) return false;
      seen[n] = 1;
    }
    for (let n = 0; n < seen.length; n++) if ((seen[n] === 1) !== (n < alwaysKeys.length || condHolds)) return false;
    return true;
  };
  return {
    ...baseOf(spec),
    reads: reads(spec.rows, `${spec.rows}/*/${spec.keyField}`, spec.conditional?.field),
    quietWithoutInputs: true,
    check(ctx): Report[] {
      const rows = ctx.get(spec.rows);
      if (!Array.isArray(rows)) return NO_REPORTS;
      const cond = spec.conditional;
      const condHolds = cond ? ctx.get(cond.field) === cond.equals : false;
      if (exact(rows, condHolds)) return NO_REPORTS;
      // Plain loops: this runs for every package, and most sheets have every row once. The row keys go into
      // the rule's own scratch list (a check runs to its end before another starts; no report keeps the list).
      const names = scratch;
      names.length = 0;
      for (let i = 0; i < rows.length; i++) {
        const r: unknown = rows[i];
        const v = r && typeof r === 'object' ? (r as Record<string, unknown>)[spec.keyField] : undefined;
        names.push(typeof v === 'string' ? key(v) : '');
      }
      const conditional = cond && condHolds ? cond.names : NO_NAMES;
      const forbidden = cond && !condHolds ? cond.names : NO_NAMES;
      let out: Report[] | undefined;
      const nAlways = spec.always.length;
      for (let k = 0; k < nAlways + conditional.length; k++) {
        const name = k < nAlways ? spec.always[k]! : conditional[k - nAlways]!;
        if (names.includes(k < nAlways ? alwaysKeys[k]! : condKeys[k - nAlways]!)) continue;
        (out ??= []).push({
          path: spec.rows,
          message: withTitle(titleOf(spec), fill({ kk: '«{name}» жолы жоқ', ru: 'нет строки «{name}»', en: 'row «{name}» is missing' }, { name })),
          facts: { expected: name, found: null, condition: cond ? { field: cond.field, holds: condHolds } : undefined },
        });
      }
      for (let f = 0; f < forbidden.length; f++) {
        const name = forbidden[f]!;
        const i = names.indexOf(condKeys[f]!);
        if (i < 0) continue;
        (out ??= []).push({
          path: `${spec.rows}/${i}`,
          message: withTitle(titleOf(spec), fill({ kk: '«{name}» бойынша бағаланбауы тиіс еді ({field} ≠ {value})', ru: 'по «{name}» не оценивается ({field} ≠ {value})', en: '«{name}» must not be rated here ({field} is not {value})' }, { name, field: cond?.field ?? '', value: String(cond?.equals) })),
          facts: { expected: 'absent', found: name, condition: { field: cond?.field, holds: condHolds } },
        });
      }
      for (let i = 0; i < names.length; i++) {
        const n = names[i]!;
        if (n && names.indexOf(n) !== i) {
          (out ??= []).push({
            path: `${spec.rows}/${i}`,
            message: withTitle(titleOf(spec), fill({ kk: '«{name}» жолы қайталанған', ru: 'строка «{name}» повторяется', en: 'row «{name}» appears twice' }, { name: String((rows[i] as Record<string, unknown>)[spec.keyField]) })),
            facts: { duplicate: n },
          });
        }
      }
      return out ?? NO_REPORTS;
    },
  };
}
