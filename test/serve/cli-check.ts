/** `bagalau check TARGET --format json` as the built CLI gives it, for the session tests that hold the page to it. */
import { spawnSync } from 'node:child_process';
import { TODAY } from './helpers.js';

export interface CliFinding { ruleId: string; severity: string; path: string; file?: string; place?: { line: number; column: number } }

/** The findings of the package `file` (its path's end) in the check of `target` (that file, or a folder holding it). */
export function cliFindings(target: string, file: string): CliFinding[] {
  const r = spawnSync('node', ['dist/bundle/main.js', 'check', target, '--format', 'json', '--today', TODAY], { encoding: 'utf8' });
  const hit = (JSON.parse(r.stdout) as { results: { file: string; findings: CliFinding[] }[] }).results.find((x) => x.file.endsWith(file));
  if (!hit) throw new Error(`${file} not checked: ${r.stdout.slice(0, 400)}`);
  return hit.findings;
}
