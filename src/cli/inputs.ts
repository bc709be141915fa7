/**
 * What `bagalau check` reads: the paths given (files, folders walked recursively), quoted globs
 * (`'evaluations/**\/*.yaml'`, expanded here so that shells and Windows behave alike), `-` for
 * standard input, minus what `.bagalauignore` (gitignore syntax, in the working folder) and the
 * config's `ignore` exclude.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Ignore } from 'ignore';
import { t3, type Finding } from '../law/finding.js';
import { isCandidate, walk } from '../package/load.js';
import type { SourceDoc } from '../package/source-doc.js';

export const STDIN = '-';
export const IGNORE_FILE = '.bagalauignore';

/**
 * The ignore rules: `.bagalauignore` in `cwd` plus the config's patterns. The matcher is loaded only when
 * there are patterns (a check of one named file needs none).
 */
export async function ignoreRules(cwd: string, extra: readonly string[] = []): Promise<Ignore | undefined> {
  const file = resolve(cwd, IGNORE_FILE);
  const patterns = [...(existsSync(file) ? readFileSync(file, 'utf8').split(/\r?\n/) : []), ...extra];
  if (patterns.every((p) => p.trim() === '' || p.trim().startsWith('#'))) return undefined;
  const { default: ignore } = await import('ignore');
  return ignore().add(patterns);
}

/**
 * Every file to check, in a stable order; a path that names nothing is kept so that loading reports it.
 * The glob matcher is loaded only for a path that names nothing (it may be a quoted glob).
 */
export async function expandInputs(paths: readonly string[], cwd: string, ig?: Ignore): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const ignored = (file: string): boolean => {
    if (!ig) return false;
    const rel = relative(cwd, resolve(cwd, file));
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && ig.ignores(rel.split('\\').join('/'));
  };
  for (const p of paths) {
    if (p === STDIN) {
      out.push(p);
      continue;
    }
    let named = [p];
    if (!existsSync(resolve(cwd, p))) {
      const { globSync, isDynamicPattern } = await import('tinyglobby');
      if (isDynamicPattern(p)) named = globSync(p, { cwd, onlyFiles: true, dot: false, ignore: ['**/node_modules/**'] }).sort().filter(isCandidate);
    }
    for (const file of walk(named)) {
      // a file named on the command line is checked even if ignored; what a walk or glob finds is filtered
      if (file !== p && ignored(file)) continue;
      if (seen.has(file)) continue;
      seen.add(file);
      out.push(file);
    }
  }
  return out;
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
