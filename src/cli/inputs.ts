/**
 * What `bagalau check` reads: the paths given (files, folders walked recursively), quoted globs
 * (`'evaluations/**\/*.yaml'`, expanded here so that shells and Windows behave alike), `-` for
 * standard input, minus what `.bagalauignore` (gitignore syntax, in the working folder) and the
 * config's `ignore` exclude.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { t3, type Finding } from '../law/finding.js';
import { decode } from '../package/decode.js';
import { isCandidate, walk } from '../package/load.js';
import { kindOf, parseText } from '../package/parse.js';
import type { SourceDoc } from '../package/source-doc.js';
import { jsonSourceMap, sourceMap } from '../package/source-map.js';

export const STDIN = '-';
export const IGNORE_FILE = '.bagalauignore';

/** The ignore rules: `.bagalauignore` in `cwd` plus the config's patterns. */
export function ignoreRules(cwd: string, extra: readonly string[] = []): Ignore | undefined {
  const file = resolve(cwd, IGNORE_FILE);
  const patterns = [...(existsSync(file) ? readFileSync(file, 'utf8').split(/\r?\n/) : []), ...extra];
  if (patterns.every((p) => p.trim() === '' || p.trim().startsWith('#'))) return undefined;
  return ignore().add(patterns);
}

/** Every file to check, in a stable order; a path that names nothing is kept so that loading reports it. */
export function* expandInputs(paths: readonly string[], cwd: string, ig?: Ignore): Generator<string> {
  const seen = new Set<string>();
  const ignored = (file: string): boolean => {
    if (!ig) return false;
    const rel = relative(cwd, resolve(cwd, file));
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && ig.ignores(rel.split('\\').join('/'));
  };
  for (const p of paths) {
    if (p === STDIN) {
      yield p;
      continue;
    }
    const named = !existsSync(resolve(cwd, p)) && isDynamicPattern(p) ? globSync(p, { cwd, onlyFiles: true, dot: false, ignore: ['**/node_modules/**'] }).sort().filter(isCandidate) : [p];
    for (const file of walk(named)) {
      // a file named on the command line is checked even if ignored; what a walk or glob finds is filtered
      if (file !== p && ignored(file)) continue;
      if (seen.has(file)) continue;
      seen.add(file);
      yield file;
    }
  }
}

/** A package read from standard input, named by `--stdin-filepath` (for messages, the parser and session refs). */
export function loadStdin(name: string, bytes: Uint8Array): SourceDoc {
  const dec = decode(bytes);
  const kind = kindOf(name, dec.text);
  const parsed = parseText(dec.text, kind);
  const placeOf = kind === 'json' && parsed.data !== undefined ? jsonSourceMap(dec.text) : sourceMap(dec.text);
  const doc: SourceDoc = { file: name, findings: [...dec.findings, ...parsed.findings], placeOf };
  if (parsed.data !== undefined) doc.data = parsed.data;
  return doc;
}

/**
 * A YAML/JSON file that is not an evaluation package (no `methodology` key: `package.json`, a CI file)
 * and not a session file: skipped with one info line, not an error.
 */
export function notAPackage(doc: SourceDoc): boolean {
  const d = doc.data;
  if (d === null || typeof d !== 'object') return false;
  if (Array.isArray(d)) return true;
  const o = d as Record<string, unknown>;
  if ('methodology' in o) return false;
  // session files are recognised by the runner (members and decisions)
  if (Array.isArray(o['members']) && Array.isArray(o['decisions'])) return false;
  // something that looks like a package with its key misspelt is still reported
  return !('servant' in o || 'forms' in o || 'period' in o);
}

export const skippedFinding = (): Finding => ({
  ruleId: 'not-a-package',
  severity: 'info',
  path: '',
  message: t3(
    'Бағалау пакеті емес («methodology» кілті жоқ), өткізілді',
    'Не пакет оценки (нет ключа «methodology»), пропущен',
    'Not an evaluation package (no «methodology» key), skipped',
  ),
});
