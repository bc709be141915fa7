/**
 * Test cases a lawyer reads (test/cases/<pack>/<name>.yaml, see docs/cases.md): one small file
 * that names the valid package it starts `from`, the `change` made to it (set / add / remove at
 * JSON Pointers, in the order given) and the `findings` the changed package must yield.
 * This module turns a case into the package it describes, for the tests, the bench and the fuzz
 * seeds; it is not used by the CLI. The change is made on the base's YAML document, so the package
 * keeps the base's layout and comments and a finding's line points where a reader looks.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { isMap, isSeq, parse, parseDocument, type Document } from 'yaml';
import type { Finding } from '../law/finding.js';
import { parsePointer } from '../law/json-pointer.js';
import { docFromBytes } from './from-bytes.js';
import { loadFile } from './load.js';
import type { SourceDoc } from './source-doc.js';

/** One step of a case's change. `add` inserts into a list before the item at the index (`-`: at the end). */
export type Change = { set: string; to: unknown } | { add: string; item: unknown } | { remove: string };

/** A finding the case expects: the facts listed must be the finding's facts (others may be there too). */
export interface ExpectedFinding {
  ruleId: string;
  severity: Finding['severity'];
  path?: string;
  cite?: string;
  facts?: Record<string, unknown>;
}

export interface Case {
  /** Pack id: the folder the case lies in. */
  pack: string;
  /** File name without `.yaml`. */
  name: string;
  /** The case file. */
  file: string;
  description: string;
  /** The package the change starts from, a path from the repository root (`samples/<pack>/valid.yaml`). */
  from: string;
  today?: string;
  wording?: string;
  change: Change[];
  findings: ExpectedFinding[];
}

export const CASES_ROOT = 'test/cases';

const fail = (file: string, what: string): never => {
  throw new Error(`${file}: ${what}`);
};

/** Reads and checks the shape of one case file (a wrong shape is an error naming the file and the place). */
export function readCase(file: string, root = '.'): Case {
  return parseCase(readFileSync(join(root, file), 'utf8'), file);
}

/** A case from its text; `file` is where it lies (its folder names the pack). */
export function parseCase(text: string, file: string): Case {
  const raw = parse(text, { schema: 'core' }) as Record<string, unknown> | null;
  if (!raw || typeof raw !== 'object') return fail(file, 'not a case (a mapping with description, from, change, findings)');
  const known = new Set(['description', 'from', 'today', 'wording', 'change', 'findings']);
  for (const k of Object.keys(raw)) if (!known.has(k)) fail(file, `unknown key «${k}»`);
  const str = (k: string, optional = false): string | undefined => {
    const v = raw[k];
    if (v === undefined && optional) return undefined;
    return typeof v === 'string' && v !== '' ? v : fail(file, `«${k}» must be a non-empty text`);
  };
  const change = raw['change'] ?? [];
  if (!Array.isArray(change)) fail(file, '«change» must be a list');
  (change as unknown[]).forEach((c, i) => {
    const keys = c && typeof c === 'object' ? Object.keys(c).sort().join(',') : '';
    if (!['set,to', 'add,item', 'remove'].includes(keys)) fail(file, `change ${i + 1}: one of {set, to}, {add, item}, {remove}`);
  });
  const findings = raw['findings'];
  if (!Array.isArray(findings) || findings.length === 0) fail(file, '«findings» must list at least one finding');
  (findings as unknown[]).forEach((f, i) => {
    const o = f as Record<string, unknown>;
    if (!o || typeof o.ruleId !== 'string' || !['error', 'warning', 'info'].includes(String(o.severity))) fail(file, `finding ${i + 1}: ruleId and severity (error, warning, info) are needed`);
  });
  const c: Case = {
    pack: basename(dirname(file)),
    name: basename(file).replace(/\.ya?ml$/, ''),
    file,
    description: str('description')!,
    from: str('from')!,
    change: change as Change[],
    findings: findings as ExpectedFinding[],
  };
  const today = str('today', true);
  const wording = str('wording', true);
  if (today) c.today = today;
  if (wording) c.wording = wording;
  return c;
}

/** The cases of one pack, by name. */
export function listCases(pack: string, root = '.', casesRoot = CASES_ROOT): Case[] {
  const dir = join(root, casesRoot, pack);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => readCase(join(casesRoot, pack, f), root));
}

/** The pointer's parent node in the document and the last token, or an error naming the step. */
function parentOf(doc: Document, ptr: string, where: string): { parent: unknown; key: string } {
  const tokens = parsePointer(ptr);
  if (tokens.length === 0) return fail(where, `«${ptr}»: the whole package cannot be changed`);
  const parent = tokens.length === 1 ? doc.contents : doc.getIn(tokens.slice(0, -1), true);
  if (!isMap(parent) && !isSeq(parent)) return fail(where, `«${ptr}»: no map or list at ${tokens.slice(0, -1).join('/') || 'the top'}`);
  return { parent, key: tokens[tokens.length - 1]! };
}

const index = (key: string, length: number, where: string, ptr: string, end: boolean): number => {
  if (end && key === '-') return length;
  const i = /^(0|[1-9]\d*)$/.test(key) ? Number(key) : NaN;
  if (!(i >= 0 && i < length + (end ? 1 : 0))) fail(where, `«${ptr}»: no item ${key} in a list of ${length}`);
  return i;
};

/** Applies the change, step by step, to a parsed YAML document (mutates it). */
export function applyChange(doc: Document, change: readonly Change[], where = 'change'): void {
  change.forEach((c, n) => {
    const at = `${where}, step ${n + 1}`;
    if ('set' in c) {
      const { parent, key } = parentOf(doc, c.set, at);
      if (isSeq(parent)) parent.set(index(key, parent.items.length, at, c.set, false), doc.createNode(c.to));
      else if (isMap(parent)) parent.set(key, doc.createNode(c.to));
    } else if ('add' in c) {
      const { parent, key } = parentOf(doc, c.add, at);
      if (!isSeq(parent)) return fail(at, `«${c.add}»: add inserts into a list; use set for a field`);
      parent.items.splice(index(key, parent.items.length, at, c.add, true), 0, doc.createNode(c.item));
    } else {
      const { parent, key } = parentOf(doc, c.remove, at);
      if (isSeq(parent)) parent.items.splice(index(key, parent.items.length, at, c.remove, false), 1);
      else if (isMap(parent)) {
        if (!parent.has(key)) fail(at, `«${c.remove}»: no such field to remove`);
        parent.delete(key);
      }
    }
  });
}

/**
 * The case's package as YAML text: the base changed as the case says, headed by the case's description.
 * `at`: the folder the text will lie in, when not beside its base; a relative session reference is then
 * rebased so that it still names the base's session file.
 */
export function caseText(c: Case, root = '.', at?: string): string {
  const doc = parseDocument(readFileSync(join(root, c.from), 'utf8'), { schema: 'core' });
  if (doc.errors.length) fail(c.from, doc.errors[0]!.message);
  applyChange(doc, c.change, c.file);
  const ref = doc.getIn(['session', 'ref']);
  if (at !== undefined && typeof ref === 'string' && !isAbsolute(ref)) doc.setIn(['session', 'ref'], relative(at, join(dirname(c.from), ref)));
  // the base's own heading describes the base: the case's replaces it
  const first = isMap(doc.contents) ? doc.contents.items[0]?.key : undefined;
  if (first && typeof first === 'object' && 'commentBefore' in first) first.commentBefore = undefined;
  doc.commentBefore = ` Case ${c.file}: ${c.description}\n Made from ${c.from}; the change is in the case file.`;
  return doc.toString({ lineWidth: 0 });
}

/**
 * Where the case's package is taken to lie: beside its base (`samples/<pack>/<name>.yaml`), so the
 * base's session references (`sessions/x.yaml`) resolve as they do for the base.
 */
export const casePath = (c: Case): string => join(dirname(c.from), `${c.name}.yaml`);

/** The case's package as the loader would hand it to the checker. */
export function caseDoc(c: Case, root = '.'): SourceDoc {
  return docFromBytes(casePath(c), new TextEncoder().encode(caseText(c, root)));
}

/**
 * Writes the case's package as a file, for tests that run the CLI on a file: `<dir>/<pack>/<name>.yaml`
 * (or `<dir>/<pack>/<folder>/<name>.yaml`), with the base's `sessions/` folder copied to `<dir>/<pack>/sessions`.
 * Returns the file's path.
 */
export function writeCase(c: Case, dir: string, root = '.', folder = ''): string {
  const packDir = join(dir, c.pack);
  const out = join(packDir, folder);
  mkdirSync(out, { recursive: true });
  const sessions = join(root, dirname(c.from), 'sessions');
  if (existsSync(sessions) && !existsSync(join(packDir, 'sessions'))) cpSync(sessions, join(packDir, 'sessions'), { recursive: true });
  const file = join(out, `${c.name}.yaml`);
  writeFileSync(file, caseText(c, root, join(dirname(c.from), folder)));
  return file;
}

/**
 * A folder of packages to run the CLI or the server on: a copy of samples/ (drafts left out) with the
 * package of every case in `<pack>/fixtures/`, as the samples held them before the cases were written.
 */
export function writeSamples(dir: string, root = '.', packs: readonly string[] = readdirSync(join(root, CASES_ROOT))): void {
  cpSync(join(root, 'samples'), dir, { recursive: true, filter: (src) => !src.includes('/drafts') });
  for (const pack of packs) for (const c of listCases(pack, root)) writeCase(c, dir, root, 'fixtures');
}

/** One case by pack and name (for tests that use a particular case). */
export function findCase(pack: string, name: string, root = '.'): Case {
  return readCase(join(CASES_ROOT, pack, `${name}.yaml`), root);
}

/** The valid packages of a pack, the bases cases start from: `samples/<pack>/valid*.yaml`. */
export function validPackages(pack: string, root = '.'): string[] {
  const dir = join('samples', pack);
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir))
    .filter((f) => /^valid.*\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/** Every package of a pack a test runs the checker on: the valid packages, then each case's package. */
export function packPackages(pack: string, root = '.'): Array<{ label: string; doc: () => SourceDoc; case?: Case }> {
  return [
    ...validPackages(pack, root).map((f) => ({ label: f, doc: () => loadFile(join(root, f)) })),
    ...listCases(pack, root).map((c) => ({ label: c.file, doc: () => caseDoc(c, root), case: c })),
  ];
}

/**
 * The samples as a folder of packages with findings, for tests and scripts that run the CLI over a folder: a copy
 * of samples/ with every case's package in `<pack>/fixtures/` (writeSamples), written to `<dir>/samples`. The
 * caller owns `dir` and removes it (a test's tempDir, a script's `finally`): a removal left to process 'exit'
 * never ran in vitest's workers, which end without one. Returns the copy of `samples`.
 */
export function samplesWithCases(dir: string, root = '.'): string {
  const samples = join(dir, 'samples');
  writeSamples(samples, root);
  return samples;
}
