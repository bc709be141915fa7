/**
 * The auditor's view of a batch: per body → per unit, how many files, how many clean, errors,
 * warnings, overdue steps; and the rules broken most often with their clause. Every report
 * format (text --summary, HTML, XLSX) prints these same numbers. Pure.
 */
import type { Cite, Finding } from '../law/finding.js';
import type { ResultEntry } from './summary.js';

export interface Tally {
  files: number;
  clean: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Deadline steps done late or not done by the check date. */
  overdue: number;
}

export interface UnitRow extends Tally {
  body: string | null;
  unit: string | null;
}

export interface RuleRow {
  ruleId: string;
  severity: Finding['severity'];
  count: number;
  files: number;
  cite?: Cite;
  /** One message of the rule, for a reader who does not know its id. */
  example: Finding['message'];
}

export interface Audit {
  total: Tally;
  bodies: Array<{ body: string | null; total: Tally; units: UnitRow[] }>;
  rules: RuleRow[];
}

const empty = (): Tally => ({ files: 0, clean: 0, errors: 0, warnings: 0, infos: 0, overdue: 0 });

/** A deadline step done late, or not done although its deadline has passed. */
export const isOverdue = (f: Finding): boolean =>
  f.facts !== undefined && (f.facts['status'] === 'overdue' || (typeof f.facts['workingDaysLate'] === 'number' && f.facts['workingDaysLate'] > 0));

function add(t: Tally, r: ResultEntry): void {
  t.files++;
  let bad = false;
  for (const f of r.findings) {
    if (f.severity === 'error') (t.errors++, (bad = true));
    else if (f.severity === 'warning') (t.warnings++, (bad = true));
    else t.infos++;
    if (isOverdue(f)) t.overdue++;
  }
  if (!bad) t.clean++;
}

const byName = (a: string | null, b: string | null): number => (a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'kk'));

export function audit(results: readonly ResultEntry[]): Audit {
  const total = empty();
  const bodies = new Map<string | null, { total: Tally; units: Map<string | null, UnitRow> }>();
  const rules = new Map<string, RuleRow & { seen: Set<string> }>();
  for (const r of results) {
    const body = r.servant?.body ?? null;
    const unit = r.servant?.unit ?? null;
    let b = bodies.get(body);
    if (!b) bodies.set(body, (b = { total: empty(), units: new Map() }));
    let u = b.units.get(unit);
    if (!u) b.units.set(unit, (u = { body, unit, ...empty() }));
    add(total, r);
    add(b.total, r);
    add(u, r);
    for (const f of r.findings) {
      let row = rules.get(f.ruleId);
      if (!row) rules.set(f.ruleId, (row = { ruleId: f.ruleId, severity: f.severity, count: 0, files: 0, example: f.message, seen: new Set(), ...(f.cite ? { cite: f.cite } : {}) }));
      row.count++;
      if (!row.seen.has(r.file)) (row.seen.add(r.file), row.files++);
    }
  }
  return {
    total,
    bodies: [...bodies.entries()]
      .sort(([a], [b]) => byName(a, b))
      .map(([body, b]) => ({ body, total: b.total, units: [...b.units.values()].sort((x, y) => byName(x.unit, y.unit)) })),
    rules: [...rules.values()]
      .filter((r) => r.severity !== 'info')
      .sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId))
      .map(({ seen: _seen, ...row }) => row),
  };
}
