/**
 * One-off conversion of the old fixtures (samples/<pack>/fixtures/x.yaml, a full copy of the valid
 * package with one change, and x.expect.yaml) into cases a lawyer reads (test/cases/<pack>/x.yaml:
 * the base package, the change as a patch, the findings with their facts; see docs/cases.md).
 *
 * For each fixture: the smallest change found from the pack's valid package to the fixture's data
 * (lists aligned item by item, so one inserted or removed item is one step), the expected findings
 * with the facts the checker gives them, and then the proof: the case is read back from its own text,
 * its package is built and checked, and every finding (rule, severity, path, clause, facts) must be
 * the old file's. A case that does not reproduce its fixture is not written, and the run fails.
 *
 *   node dist/scripts/convert-fixtures.js [--write] [--delete] [--from-cases]
 *
 * Without --write it only reports; --delete removes the old files once every case of the run is written.
 * --from-cases reads the cases already converted instead (after a valid package is added to samples/<pack>/,
 * each case is written again from the base its change is smallest from, with the same proof).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { isMap, isSeq, parse, parseDocument, Document } from 'yaml';
import { PACKS } from '../src/acts/index.js';
import { checkDocument } from '../src/check/run.js';
import { createCalendar } from '../src/law/calendar/index.js';
import type { Finding } from '../src/law/finding.js';
import { pointer } from '../src/law/json-pointer.js';
import { caseDoc, caseText, CASES_ROOT, listCases, parseCase, type Case, type Change, type ExpectedFinding } from '../src/package/cases.js';
import { loadFile, sessionLoader } from '../src/package/load.js';

const DEFAULT_TODAY = '2026-11-22';
const calendar = createCalendar();
const args = new Set(process.argv.slice(2));

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const canon = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1))) : x));
const isObj = (v: unknown): v is Record<string, Json> => !!v && typeof v === 'object' && !Array.isArray(v);
const cost = (ops: Change[]): number => canon(ops).length;

/** The change from a to b: fields set or removed one by one, list items aligned by their longest common run. */
function diff(a: Json, b: Json, path: Array<string | number>): Change[] {
  if (canon(a) === canon(b)) return [];
  const whole: Change[] = [{ set: pointer(...path), to: b }];
  let ops: Change[] | undefined;
  if (isObj(a) && isObj(b)) {
    ops = [];
    for (const k of Object.keys(a)) if (!(k in b)) ops.push({ remove: pointer(...path, k) });
    for (const k of Object.keys(b)) ops.push(...(k in a ? diff(a[k]!, b[k]!, [...path, k]) : [{ set: pointer(...path, k), to: b[k] }]));
  } else if (Array.isArray(a) && Array.isArray(b)) {
    ops = diffList(a, b, path);
  }
  return ops && (path.length === 0 || cost(ops) <= cost(whole)) ? ops : whole;
}

function diffList(a: Json[], b: Json[], path: Array<string | number>): Change[] {
  const ca = a.map(canon);
  const cb = b.map(canon);
  // longest common subsequence table
  const L: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) L[i]![j] = ca[i] === cb[j] ? L[i + 1]![j + 1]! + 1 : Math.max(L[i + 1]![j]!, L[i]![j + 1]!);
  const ops: Change[] = [];
  let i = 0;
  let j = 0;
  let k = 0; // index in the list as changed so far
  const gap = (ie: number, je: number) => {
    const pairs = Math.min(ie - i, je - j);
    for (let t = 0; t < pairs; t++) ops.push(...diff(a[i + t]!, b[j + t]!, [...path, k++]));
    for (let t = pairs; t < ie - i; t++) ops.push({ remove: pointer(...path, k) });
    for (let t = pairs; t < je - j; t++) ops.push({ add: pointer(...path, k++), item: b[j + t] });
    i = ie;
    j = je;
  };
  let si = 0;
  let sj = 0;
  while (si < a.length && sj < b.length) {
    if (ca[si] === cb[sj]) {
      gap(si, sj);
      i++;
      j++;
      k++;
      si++;
      sj++;
    } else if (L[si + 1]![sj]! >= L[si]![sj + 1]!) si++;
    else sj++;
  }
  gap(a.length, b.length);
  return ops;
}

/** The facts a reader checks: dates, counts, expected and found values; not the derived prose or the act's tables. */
function keptFacts(facts: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!facts) return undefined;
  const hasText3 = (v: unknown): boolean => isObj(v) ? ('kk' in v && 'en' in v) || Object.values(v).some(hasText3) : Array.isArray(v) && v.some(hasText3);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(facts)) {
    if (v === undefined || k === 'explanation' || k === 'today' || hasText3(v)) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    if (v && typeof v === 'object' && canon(v).length > 120) continue; // a table of the act (points per answer), not a fact of this case
    out[k] = v;
  }
  return Object.keys(out).length ? out : undefined;
}

interface OldExpect {
  description?: string;
  today?: string;
  wording?: string;
  findings?: ExpectedFinding[];
}

const shownFile = (f: Finding): string => (f.file ? relative('.', resolve(f.file)) : '');
const fullKey = (f: Finding): string => `${f.severity} ${f.ruleId} ${f.path} [${f.cite?.clause ?? ''}] ${shownFile(f)} ${canon(f.facts ?? {})}`;

const matches = (e: ExpectedFinding, f: Finding): boolean =>
  f.ruleId === e.ruleId && f.severity === e.severity && (e.path === undefined || f.path === e.path) && (e.cite === undefined || f.cite?.clause === e.cite);

/** YAML a lawyer reads: short lists and maps on one line, long ones in blocks, text never folded. */
function caseYaml(c: Omit<Case, 'pack' | 'name' | 'file'>, comments: string[]): string {
  const doc = new Document(
    {
    description: c.description,
    from: c.from,
    ...(c.today ? { today: c.today } : {}),
    ...(c.wording ? { wording: c.wording } : {}),
    change: c.change,
      findings: c.findings,
    },
    { aliasDuplicateObjects: false },
  );
  const flowSmall = (node: unknown, depth: number): void => {
    if (!isMap(node) && !isSeq(node)) return;
    const items = node.items as unknown[];
    for (const it of items) flowSmall(isMap(node) ? (it as { value: unknown }).value : it, depth + 1);
    if (depth >= 3 && String(node).length <= 110) node.flow = true;
  };
  flowSmall(doc.contents, 0);
  if (comments.length) doc.commentBefore = comments.map((l) => ` ${l}`).join('\n');
  const change = doc.get('change', true);
  if (isSeq(change) && change.items.length === 0) change.flow = true;
  return doc.toString({ lineWidth: 0 });
}

function check(doc: ReturnType<typeof loadFile>, today: string, wording?: string): Finding[] {
  return checkDocument(doc, { today, calendar, loadSession: sessionLoader(), ...(wording ? { wordingDate: wording } : {}) }).findings;
}

/** What a case is made from: an old fixture (or, with --from-cases, a case already converted). */
interface Source {
  pack: string;
  name: string;
  label: string;
  data: Json;
  findings: Finding[];
  exp: OldExpect;
  comments: string[];
  lines: number;
  files: string[];
}

function* fixtureSources(pack: string): Generator<Source> {
  const dir = join('samples', pack, 'fixtures');
  if (!existsSync(dir)) return;
  const baseTexts = bases(pack).map((b) => readFileSync(b, 'utf8'));
  for (const name of readdirSync(dir).filter((f) => /\.yaml$/.test(f) && !f.endsWith('.expect.yaml')).sort()) {
    const fixture = join(dir, name);
    const expFile = fixture.replace(/\.yaml$/, '.expect.yaml');
    const text = readFileSync(fixture, 'utf8');
    const expText = readFileSync(expFile, 'utf8');
    const exp = parse(expText) as OldExpect;
    const doc = loadFile(fixture);
    const findings = check(doc, exp.today ?? DEFAULT_TODAY, exp.wording);
    // the fixture's data as it would read beside the base: its session reference rebased from fixtures/ to the pack's folder
    const data = structuredClone(doc.data) as Json;
    const session = isObj(data) ? data['session'] : undefined;
    if (isObj(session) && typeof session['ref'] === 'string' && !isAbsolute(session['ref'])) session['ref'] = relative(join('samples', pack), resolve(dir, session['ref']));
    // comments of the fixture that say more than its description (its header repeats it)
    const comments = text
      .split('\n')
      .map((l) => /(?:^|\s)#\s?(.*)$/.exec(l)?.[1]?.trimEnd())
      .filter((l): l is string => l !== undefined && l !== '' && !baseTexts.some((b) => b.includes(l)) && !/^Generated from /.test(l) && l.replace(/^Fixture:\s*/, '') !== exp.description);
    yield { pack, name, label: fixture, data, findings, exp, comments, lines: text.split('\n').length + expText.split('\n').length, files: [fixture, expFile] };
  }
}

function* caseSources(pack: string): Generator<Source> {
  for (const c of listCases(pack)) {
    const text = readFileSync(c.file, 'utf8');
    const findings = check(caseDoc(c), c.today ?? DEFAULT_TODAY, c.wording);
    const data = parse(caseText(c), { schema: 'core' }) as Json;
    const comments = parseDocument(text).commentBefore?.split('\n').map((l) => l.trim()) ?? [];
    const exp: OldExpect = { description: c.description, findings: c.findings.map(({ facts: _facts, ...e }) => e), ...(c.today ? { today: c.today } : {}), ...(c.wording ? { wording: c.wording } : {}) };
    yield { pack, name: `${c.name}.yaml`, label: c.file, data, findings, exp, comments, lines: text.split('\n').length, files: [] };
  }
}

/** The packages a case may start from: the pack's valid packages, the files directly in samples/<pack>/. */
const bases = (pack: string): string[] =>
  readdirSync(join('samples', pack))
    .filter((f) => /^valid.*\.yaml$/.test(f))
    .sort()
    .map((f) => join('samples', pack, f));

let written = 0;
let refused = 0;
let oldLines = 0;
let newLines = 0;
const done: string[] = [];
for (const pack of PACKS) {
  const baseData = bases(pack.id).map((from) => ({ from, data: loadFile(from).data as Json }));
  for (const src of args.has('--from-cases') ? caseSources(pack.id) : fixtureSources(pack.id)) {
    const { exp, findings: oldFindings } = src;
    const today = exp.today ?? DEFAULT_TODAY;
    // the base the change is smallest from
    const { from, change } = baseData
      .map((b) => ({ from: b.from, change: diff(b.data, src.data, []) }))
      .sort((x, y) => cost(x.change) - cost(y.change))[0]!;
    // the expected findings as before, each with the facts of the finding it matches
    const pool = [...oldFindings];
    const findings: ExpectedFinding[] = (exp.findings ?? []).map((e) => {
      const i = pool.findIndex((f) => matches(e, f));
      const f = i >= 0 ? pool.splice(i, 1)[0] : undefined;
      const facts = keptFacts(f?.facts);
      return { ruleId: e.ruleId, severity: e.severity, ...(e.path !== undefined ? { path: e.path } : {}), ...(e.cite ? { cite: e.cite } : {}), ...(facts ? { facts } : {}) };
    });
    const caseFile = join(CASES_ROOT, pack.id, src.name);
    const yamlText = caseYaml({ description: exp.description ?? src.name, from, ...(exp.today ? { today: exp.today } : {}), ...(exp.wording ? { wording: exp.wording } : {}), change, findings }, src.comments);
    // the proof: the written text, read back and applied, yields the old file's findings
    let problem = '';
    try {
      const c = parseCase(yamlText, caseFile);
      const got = check(caseDoc(c), today, exp.wording);
      const a = oldFindings.map(fullKey).sort();
      const b = got.map(fullKey).sort();
      if (canon(a) !== canon(b)) problem = `findings differ:\n  old only: ${a.filter((x) => !b.includes(x)).join('\n            ')}\n  new only: ${b.filter((x) => !a.includes(x)).join('\n            ')}`;
      for (const e of c.findings) {
        const f = got.find((g) => matches(e, g) && Object.entries(e.facts ?? {}).every(([k, v]) => canon(g.facts?.[k]) === canon(v)));
        if (!f) problem ||= `expected finding ${e.severity} ${e.ruleId} ${e.path ?? ''} not found with its facts`;
      }
    } catch (e) {
      problem = e instanceof Error ? e.message : String(e);
    }
    if (problem) {
      refused++;
      console.error(`REFUSED ${src.label}: ${problem}`);
      continue;
    }
    oldLines += src.lines;
    newLines += yamlText.split('\n').length;
    if (args.has('--write')) {
      mkdirSync(dirname(caseFile), { recursive: true });
      writeFileSync(caseFile, yamlText);
    }
    written++;
    done.push(...src.files);
  }
}
console.log(`${written} cases ${args.has('--write') ? 'written' : 'would be written'}, ${refused} refused; ${oldLines} lines in became ${newLines} lines of cases`);
if (refused > 0) process.exit(1);
if (args.has('--write') && args.has('--delete')) {
  for (const f of done) rmSync(f);
  for (const pack of PACKS) {
    const dir = join('samples', pack.id, 'fixtures');
    if (existsSync(dir) && readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
  }
  console.log(`${done.length} old files deleted`);
}
