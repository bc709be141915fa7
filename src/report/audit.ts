/**
 * The auditor's view of a batch: per body → per unit, how many files, how many clean, errors,
 * warnings, overdue steps; the rules broken most often with their clause; and the servants whose evaluation
 * for one period is in several files (each counted in the totals). Every report
 * format (text --summary, HTML, XLSX) prints these same numbers. Pure.
 */
import type { ServantWho } from '../check/who.js';
import type { Cite, Finding, Lang } from '../law/finding.js';
import type { ResultEntry } from './summary.js';
import { noWordingInForce } from './i18n.js';

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
  /** How many files broke it. */
  files: number;
  /**
   * How many servants' files broke it (a servant told by body and id, else full name; a file naming neither counts as
   * one): a row says what the rule is and how widely it was broken, and no message naming one servant — evaluation
   * results are confidential (act 002 cl. 14) and the summary is handed on.
   */
  servants: number;
  cite?: Cite;
}

/**
 * One servant's evaluation for one period found in several files (a corrected package left beside
 * the first, a copy under another name): each file is counted in the totals, so the reader is told.
 */
export interface Repeat {
  servant: ServantWho;
  period: { from: string; to: string };
  /** Each file with the unit it names (a copy may name another). */
  files: Array<{ file: string; unit: string | null }>;
}

export interface Audit {
  /** Every file checked (equal to `--format json`'s summary): `packages` + `unread` + `sessions`. */
  total: Tally;
  /** The evaluation packages: the sum of the bodies' rows. */
  packages: Tally;
  /** The files not read (not YAML or JSON, broken, empty): no body's, counted apart. */
  unread: Tally;
  /** The session files found among the packages (checked with the packages that refer to them): no body's either. */
  sessions: Tally;
  bodies: Array<{ body: string | null; total: Tally; units: UnitRow[] }>;
  rules: RuleRow[];
  repeats: Repeat[];
}

/**
 * A body's or unit's name as the reports group and show it: each run of white space — a double space, a no-break
 * space or a tab copied from Word — one space, and none at either end (a cell copied from a spreadsheet often keeps
 * a trailing space). A reader sees such names alike (HTML and a terminal show them alike), so they are one body; the
 * reports listed «Управление здравоохранения» two or three times over.
 */
export function groupName(name: string | undefined): string | null {
  if (name === undefined) return null;
  return /\s\s|[^\S ]|^ | $/.test(name) ? name.replace(/\s+/g, ' ').trim() : name;
}

/** A servant as the reports tell one from another: by body and id, else by body and full name; undefined without either. */
function servantKey(s: ResultEntry['servant']): string | undefined {
  const who = s?.id !== undefined ? `id\u0000${s.id}` : s?.fullName !== undefined ? `name\u0000${s.fullName}` : undefined;
  return who === undefined ? undefined : `${groupName(s!.body) ?? ''}\u0000${who}`;
}

/** The same servant (by id, else by full name) of the same body for the same period, in two files or more. */
export function repeats(results: readonly ResultEntry[], lang: Lang = 'kk'): Repeat[] {
  const order = byName(lang);
  const groups = new Map<string, Repeat>();
  for (const r of results) {
    const s = r.servant;
    const who = servantKey(s);
    if (!s || who === undefined || !r.period) continue;
    const key = `${who}\u0000${r.period.from}\u0000${r.period.to}`;
    const g = groups.get(key);
    const file = { file: r.file, unit: groupName(s.unit) };
    if (g) g.files.push(file);
    else groups.set(key, { servant: s.body === undefined ? s : { ...s, body: groupName(s.body)! }, period: r.period, files: [file] });
  }
  return [...groups.values()]
    .filter((g) => g.files.length > 1)
    .map((g) => ({ ...g, files: [...g.files].sort((a, b) => a.file.localeCompare(b.file)) }))
    .sort((a, b) => order(a.servant.body ?? null, b.servant.body ?? null) || order(a.servant.fullName ?? null, b.servant.fullName ?? null) || a.period.from.localeCompare(b.period.from) || a.files[0]!.file.localeCompare(b.files[0]!.file));
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

/**
 * Names in the alphabetical order of the reader's language (a name not given last): Kazakh puts «Е» before «Ё» and
 * «І» after «Ы», Russian reads «Ё» as «Е» and has no «І», English puts Latin names first.
 */
export const byName =
  (lang: Lang) =>
  (a: string | null, b: string | null): number =>
    a === null ? (b === null ? 0 : 1) : b === null ? -1 : a.localeCompare(b, lang);

/** What a file is to the summary: an evaluation package (a body's), a file not read, or a session file. */
export type FileKind = 'package' | 'unread' | 'session';

/** A file the checker could not read (not YAML or JSON, cut short, too large): it has no servant to list it under. */
export const notRead = (r: ResultEntry): boolean => r.findings.some((f) => f.ruleId === 'input');

export function fileKind(r: ResultEntry): FileKind {
  if (notRead(r)) return 'unread';
  if (r.findings.some((f) => f.ruleId === 'session-file')) return 'session';
  return 'package';
}

/**
 * The files in the order the reports list them: by body, unit and servant as the summary names them (in the reader's
 * alphabet, a name not given last), then by path; the session files and then the files not read after every package.
 * The Findings sheet in the order of the files found left a body's rows on two pages with another body's between.
 */
export function listOrder(results: readonly ResultEntry[], lang: Lang): ResultEntry[] {
  const order = byName(lang);
  const rank: Record<FileKind, number> = { package: 0, session: 1, unread: 2 };
  return results
    .map((r) => ({ r, kind: rank[fileKind(r)] }))
    .sort(
      ({ r: x, kind: a }, { r: y, kind: b }) =>
        a - b ||
        order(groupName(x.servant?.body), groupName(y.servant?.body)) ||
        order(groupName(x.servant?.unit), groupName(y.servant?.unit)) ||
        order(x.servant?.fullName ?? null, y.servant?.fullName ?? null) ||
        x.file.localeCompare(y.file),
    )
    .map(({ r }) => r);
}

/** A line of the totals, named by its key in WORDS. */
export interface TotalLine {
  line: 'total' | 'packages' | 'unread' | 'sessions' | 'all';
  tally: Tally;
}

/**
 * The lines of the totals: one «Total» when every file is a package; else the packages (the sum of the bodies' rows),
 * the files not read, the session files (when there are any) and all the files, which add up to it.
 */
export function totalLines(a: Audit): TotalLine[] {
  if (a.unread.files + a.sessions.files === 0) return [{ line: 'total', tally: a.total }];
  return [
    { line: 'packages', tally: a.packages },
    ...(a.unread.files ? [{ line: 'unread' as const, tally: a.unread }] : []),
    ...(a.sessions.files ? [{ line: 'sessions' as const, tally: a.sessions }] : []),
    { line: 'all', tally: a.total },
  ];
}

/** `lang`: the reader's, whose alphabet orders the bodies, units and servants. */
export function audit(results: readonly ResultEntry[], lang: Lang = 'kk'): Audit {
  const total = empty();
  const packages = empty();
  const apart = { unread: empty(), sessions: empty() };
  const bodies = new Map<string | null, { total: Tally; units: Map<string | null, UnitRow> }>();
  const rules = new Map<string, RuleRow & { seen: Set<string>; who: Set<string>; citeOutside: boolean }>();
  for (const r of results) {
    add(total, r);
    // a file not read and a session file have no servant: listed apart, never as a package of «no body given»; what
    // is wrong with a file not read is said in its own list, not among the rules broken most often
    const kind = fileKind(r);
    if (kind === 'unread') {
      add(apart.unread, r);
      continue;
    }
    // a package of a period no wording was in force for cites the wording its clauses were read from: a rule's row
    // takes its citation from a package in force where there is one
    const outside = noWordingInForce(r);
    for (const f of r.findings) {
      let row = rules.get(f.ruleId);
      if (!row) rules.set(f.ruleId, (row = { ruleId: f.ruleId, severity: f.severity, count: 0, files: 0, servants: 0, seen: new Set(), who: new Set(), citeOutside: outside, ...(f.cite ? { cite: f.cite } : {}) }));
      else if (row.citeOutside && !outside && f.cite) (row.cite = f.cite), (row.citeOutside = false);
      row.count++;
      if (!row.seen.has(r.file)) (row.seen.add(r.file), row.files++);
      const who = servantKey(r.servant) ?? `file\u0000${r.file}`;
      if (!row.who.has(who)) (row.who.add(who), row.servants++);
    }
    if (kind === 'session') {
      add(apart.sessions, r);
      continue;
    }
    add(packages, r);
    const body = groupName(r.servant?.body);
    const unit = groupName(r.servant?.unit);
    let b = bodies.get(body);
    if (!b) bodies.set(body, (b = { total: empty(), units: new Map() }));
    let u = b.units.get(unit);
    if (!u) b.units.set(unit, (u = { body, unit, ...empty() }));
    add(b.total, r);
    add(u, r);
  }
  const order = byName(lang);
  return {
    total,
    packages,
    ...apart,
    bodies: [...bodies.entries()]
      .sort(([a], [b]) => order(a, b))
      .map(([body, b]) => ({ body, total: b.total, units: [...b.units.values()].sort((x, y) => order(x.unit, y.unit)) })),
    rules: [...rules.values()]
      .filter((r) => r.severity !== 'info')
      .sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId))
      .map(({ seen: _seen, who: _who, citeOutside: _outside, ...row }) => row),
    repeats: repeats(results, lang),
  };
}
