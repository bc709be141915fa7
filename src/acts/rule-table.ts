/**
 * Rules stated as data (a pack's `rules.json`): one row a rule, giving its kind, its name, the key of the
 * provision it implements in the pack's params, its title and the kind's own fields. What follows from the
 * provision's value (a deadline's count of days, a limit's months and day, a session's minimum size) is read
 * from the provision here, so it is written once, in params. Two packs that state different law in the same
 * shape share this one function instead of repeating the shape in code.
 *
 * Where a rule needs code, the row names it: `applies` names a predicate the pack gives; a row of kind
 * `code` stands, in its place, for the rule or rules the pack builds in TypeScript under that name.
 */
import type { Severity, Text3 } from '../law/finding.js';
import { countWord } from '../law/number-text.js';
import type { Place, Provision } from '../law/provision.js';
import { isNumber, type RuleBase } from '../rules/base.js';
import { compositionRule, majorityRule, sessionSizeRule, type CompositionSpec } from '../rules/commission.js';
import { combineRules } from '../rules/combine.js';
import { countRule } from '../rules/count.js';
import { gradeBandRule, type GradeBand } from '../rules/grade-band.js';
import { meanRule, type MeanSpec } from '../rules/mean.js';
import { rowSetRule } from '../rules/row-set.js';
import { valueRangeRule } from '../rules/value-range.js';
import { dateLimitRule, type DateLimitSpec } from '../rules/date-limit.js';
import type { DateRef } from '../rules/dates.js';
import { deadlineRule, type DeadlineSpec } from '../rules/deadline.js';
import { periodShapeRule } from '../rules/period-shape.js';
import { requiredRule, type RequiredSpec } from '../rules/presence.js';
import type { Rule, RuleContext } from '../rules/rule.js';
import { oneOf } from './shapes.js';

interface RowBase {
  /** The rule's name: its id is `<pack>/<name>`. */
  name: string;
  /** The key of the provision in the pack's params. */
  provision: string;
  title: Text3;
  severity?: Severity;
  /** The reading choice shown with every finding (`null`: none; absent: the provision's; a name: the pack's note of that name). */
  note?: Text3 | null | string;
  /** Take the note of another provision (a choice that concerns both). */
  noteOf?: string;
  /** The name of a predicate the pack gives: the rule applies only where it holds. */
  applies?: string;
  /**
   * One rule over several forms (a package holds one of them): the name of a `parts.over` entry, whose
   * keys replace `{key}` in the row's pointers, one instance each, combined into one rule.
   */
  over?: string;
  /** With `over`: each instance cites the provision at that form's own place (`parts.over[…].place`). */
  placeOnEach?: boolean;
}

/** The rows a pack's rules.json may hold. */
export type RuleRow =
  | (RowBase & { kind: 'deadline'; from: DateRef; to: DateRef; unit: DeadlineSpec['unit']; direction?: 'after' | 'before'; stale?: boolean })
  | (RowBase & { kind: 'date-limit'; at: DateRef[] })
  | (RowBase & { kind: 'required'; when?: RequiredSpec['when']; require: RequiredSpec['require']; path: string })
  | (RowBase & { kind: 'period-shape' })
  | (RowBase & { kind: 'count'; path: string })
  /** `always` names a list of `parts.lists`; `{count}` in the title is its length, in words. */
  | (RowBase & { kind: 'row-set'; rows: string; keyField: string; always: string })
  | (RowBase & { kind: 'value-range'; items: string; field: string })
  | (RowBase & { kind: 'mean'; items: string; field: string; stated: string })
  | (RowBase & { kind: 'grade-band'; value: string; label: string })
  | (RowBase & { kind: 'session-size' })
  | (RowBase & { kind: 'composition'; withoutEvaluator?: boolean; withoutApplicant?: boolean; withHr?: boolean })
  | (RowBase & { kind: 'majority'; chairCasting: boolean })
  | { kind: 'code'; name: string };

export interface TableParts {
  /** Predicates rows name in `applies`. */
  applies?: Readonly<Record<string, (ctx: RuleContext) => boolean>>;
  /** The session kinds the session rows concern (absent: every session). */
  sessionKinds?: readonly string[];
  /** The pack's reading notes, by the name a row's `note` gives them. */
  notes?: Readonly<Record<string, Text3>>;
  /** Lists of the pack's catalogues, by the name a row gives them (`always` of a row set). */
  lists?: Readonly<Record<string, readonly string[]>>;
  /** Forms a row may run over (`over`): their keys, and where the provision stands on each. */
  over?: Readonly<Record<string, { keys: readonly string[]; place?: <T>(key: string, p: Provision<T>) => Provision<T> }>>;
  /** Rules built in code, by the name a `code` row gives them. */
  code?: Readonly<Record<string, Rule | readonly Rule[]>>;
}

type Params = Readonly<Record<string, Provision<unknown> | Place>>;

function provisionOf<T>(params: Params, key: string, row: string, check: (v: unknown) => v is T): Provision<T> {
  const p = params[key];
  if (!p || !('value' in p) || !check(p.value)) throw new Error(`rules.json «${row}»: params.${key} is not a provision of the expected value`);
  return p as Provision<T>;
}
/** A provision or a place with no value (what a presence or session rule implements). */
function placeOf(params: Params, key: string, row: string): Provision<unknown> | Place {
  const p = params[key];
  if (!p) throw new Error(`rules.json «${row}»: no params.${key}`);
  return p;
}
const isLimit = (v: unknown): v is Pick<DateLimitSpec, 'anchor' | 'months' | 'day' | 'inclusive' | 'stale'> =>
  typeof v === 'object' && v !== null && 'anchor' in v && 'months' in v && 'day' in v;
const isSize = (v: unknown): v is { min?: number; odd?: boolean } => typeof v === 'object' && v !== null && ('min' in v || 'odd' in v);
const isRange = (v: unknown): v is { min: number; max: number } => typeof v === 'object' && v !== null && 'min' in v && 'max' in v;
const isTolerance = (v: unknown): v is { tolerance?: number } => typeof v === 'object' && v !== null;
const isBands = (v: unknown): v is readonly GradeBand[] => Array.isArray(v) && v.every((b) => typeof b === 'object' && b !== null && 'from' in b && 'label' in b);

type DataRow = Exclude<RuleRow, { kind: 'code' }>;

/** The fields each kind's row may hold besides the common ones: a misspelt field would otherwise be read as absent. */
const COMMON = ['kind', 'name', 'provision', 'title', 'severity', 'note', 'noteOf', 'applies', 'over', 'placeOnEach'];
const FIELDS: Readonly<Record<RuleRow['kind'], readonly string[]>> = {
  deadline: ['from', 'to', 'unit', 'direction', 'stale'],
  'date-limit': ['at'],
  required: ['when', 'require', 'path'],
  'period-shape': [],
  count: ['path'],
  'row-set': ['rows', 'keyField', 'always'],
  'value-range': ['items', 'field'],
  mean: ['items', 'field', 'stated'],
  'grade-band': ['value', 'label'],
  'session-size': [],
  composition: ['withoutEvaluator', 'withoutApplicant', 'withHr'],
  majority: ['chairCasting'],
  code: [],
};

function checkFields(row: RuleRow): void {
  const own = FIELDS[row.kind];
  if (!own) throw new Error(`rules.json «${row.name}»: unknown kind «${row.kind}»`);
  const allowed = row.kind === 'code' ? ['kind', 'name'] : [...COMMON, ...own];
  for (const k of Object.keys(row)) if (!allowed.includes(k)) throw new Error(`rules.json «${row.name}»: «${k}» is not a field of a ${row.kind} row`);
}

/** A row with `{key}` in its pointers replaced by one form's key (titles and notes keep their own `{…}`). */
function withKey(row: DataRow, key: string): DataRow {
  const sub = (v: unknown): unknown =>
    typeof v === 'string' ? v.replaceAll('{key}', key) : Array.isArray(v) ? v.map(sub) : v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, sub(x)])) : v;
  const { title, note, ...rest } = row;
  return { ...(sub(rest) as typeof rest), title, ...(note !== undefined ? { note } : {}) } as DataRow;
}

/** The rules of a pack's table, in the table's order. */
export function tableRules(id: string, params: Params, rows: readonly RuleRow[], parts: TableParts = {}): Rule[] {
  const kinds = parts.sessionKinds ? { kinds: parts.sessionKinds } : {};
  /** One rule of a row; `at` gives the provision at the place this instance cites. */
  const one = (row: DataRow, at: <T>(p: Provision<T>) => Provision<T>): Rule => {
    const value = <T,>(check: (v: unknown) => v is T): Provision<T> => at(provisionOf(params, row.provision, row.name, check));
    const base = (p: Provision<unknown> | Place): RuleBase => {
      const b: RuleBase = { id: `${id}/${row.name}`, provision: p, title: row.title };
      if (row.severity) b.severity = row.severity;
      if (row.noteOf !== undefined) {
        const note = params[row.noteOf]?.note;
        if (note) b.note = note;
      } else if (typeof row.note === 'string') {
        const note = parts.notes?.[row.note];
        if (!note) throw new Error(`rules.json «${row.name}»: no note «${row.note}»`);
        b.note = note;
      } else if (row.note !== undefined) b.note = row.note;
      if (row.applies !== undefined) {
        const f = parts.applies?.[row.applies];
        if (!f) throw new Error(`rules.json «${row.name}»: no predicate «${row.applies}»`);
        b.applies = f;
      }
      return b;
    };
    switch (row.kind) {
      case 'deadline': {
        const p = value(isNumber);
        const spec: DeadlineSpec = { ...base(p), from: row.from, to: row.to, count: p.value, unit: row.unit };
        if (row.direction) spec.direction = row.direction;
        if (row.stale !== undefined) spec.stale = row.stale;
        return deadlineRule(spec);
      }
      case 'date-limit': {
        const p = value(isLimit);
        return dateLimitRule({ ...base(p), at: row.at, ...p.value });
      }
      case 'required': {
        const spec: RequiredSpec = { ...base(placeOf(params, row.provision, row.name)), require: row.require, path: row.path };
        if (row.when) spec.when = row.when;
        return requiredRule(spec);
      }
      case 'period-shape': {
        const p = value(oneOf('quarter', 'year'));
        return periodShapeRule({ ...base(p), unit: p.value });
      }
      case 'count': {
        const p = value(isNumber);
        return countRule({ ...base(p), path: row.path, exactly: p.value });
      }
      case 'row-set': {
        const always = parts.lists?.[row.always];
        if (!always) throw new Error(`rules.json «${row.name}»: no list «${row.always}»`);
        const spec = { ...base(placeOf(params, row.provision, row.name)), rows: row.rows, keyField: row.keyField, always };
        const count = (lang: 'kk' | 'ru' | 'en') => spec.title[lang].replaceAll('{count}', countWord(always.length, lang));
        return rowSetRule({ ...spec, title: { kk: count('kk'), ru: count('ru'), en: count('en') } });
      }
      case 'value-range': {
        const p = value(isRange);
        return valueRangeRule({ ...base(p), items: row.items, field: row.field, ...p.value });
      }
      case 'mean': {
        const p = value(isTolerance);
        const spec: MeanSpec = { ...base(p), items: row.items, field: row.field, stated: row.stated };
        if (p.value.tolerance !== undefined) spec.tolerance = p.value.tolerance;
        return meanRule(spec);
      }
      case 'grade-band': {
        const p = value(isBands);
        return gradeBandRule({ ...base(p), value: row.value, label: row.label, bands: p.value });
      }
      case 'session-size': {
        const p = value(isSize);
        return sessionSizeRule({ ...base(p), ...kinds, ...p.value });
      }
      case 'composition': {
        const spec: CompositionSpec = { ...base(placeOf(params, row.provision, row.name)), ...kinds };
        if (row.withoutEvaluator !== undefined) spec.withoutEvaluator = row.withoutEvaluator;
        if (row.withoutApplicant !== undefined) spec.withoutApplicant = row.withoutApplicant;
        if (row.withHr !== undefined) spec.withHr = row.withHr;
        return compositionRule(spec);
      }
      case 'majority':
        return majorityRule({ ...base(placeOf(params, row.provision, row.name)), ...kinds, chairCasting: row.chairCasting });
      default:
        // rules.json is read as JSON: a kind this table does not know is a mistake in the data, said at load.
        throw new Error(`rules.json «${(row as { name: string }).name}»: unknown kind «${(row as { kind: string }).kind}»`);
    }
  };
  const out: Rule[] = [];
  const used = new Set<string>();
  for (const row of rows) {
    checkFields(row);
    if (row.kind === 'code') {
      const r = parts.code?.[row.name];
      if (!r) throw new Error(`rules.json: no rule built in code under «${row.name}»`);
      used.add(row.name);
      if (Array.isArray(r)) out.push(...r);
      else out.push(r as Rule);
      continue;
    }
    if (row.over === undefined) {
      out.push(one(row, (p) => p));
      continue;
    }
    const over = parts.over?.[row.over];
    if (!over) throw new Error(`rules.json «${row.name}»: no forms «${row.over}» to run over`);
    const place = row.placeOnEach ? over.place : undefined;
    out.push(combineRules(over.keys.map((key) => one(withKey(row, key), (p) => (place ? place(key, p) : p)))));
  }
  for (const name of Object.keys(parts.code ?? {})) if (!used.has(name)) throw new Error(`rules.json: the rule built in code as «${name}» has no row`);
  return out;
}
