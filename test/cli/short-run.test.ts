/**
 * A short `check` (at most SHORT_RUN_FILES files) or `render` (at most SHORT_RENDER_FILES package files, or blank
 * forms or an order) runs without V8's optimising compiler, which only costs it CPU (src/cli/short-run.ts); a longer
 * one keeps it. Seen as V8 reports it (`--trace-opt`: a «[compiling method …»
 * line per function compiled by TurboFan) on the bundle users run: 64 files compile only what was compiled before
 * the files were known, 65 files many functions. And a program that loads the command's module without being the
 * command (a test, a library host) is never tuned.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHORT_RENDER_FILES, SHORT_RUN_FILES, tuneForShortRun } from '../../src/cli/short-run.js';
import { tempDir } from '../temp.js';

const dir = tempDir('bagalau-short-run-');

// Copies of the samples (their session files beside them); the package files among them, in a fixed order.
const methodologies = readdirSync('samples').filter((d) => d !== 'drafts' && statSync(join('samples', d)).isDirectory());
for (let i = 0; i < 20; i++) for (const m of methodologies) cpSync(join('samples', m), join(dir, String(i).padStart(2, '0'), m), { recursive: true });
const packages = methodologies
  .flatMap((m) => readdirSync(join('samples', m)).filter((f) => /^valid.*\.yaml$/.test(f)).map((f) => [m, f] as const))
  .flatMap(([m, f]) => Array.from({ length: 20 }, (_, i) => join(dir, String(i).padStart(2, '0'), m, f)))
  .sort();

const turbofanCompiles = (files: string[]): number => {
  const r = spawnSync(process.execPath, ['--trace-opt', 'dist/bundle/main.js', 'check', ...files, '--today', '2026-11-22', '--format', 'json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  expect(r.status === 0 || r.status === 1, r.stderr).toBe(true);
  return r.stdout.split('\n').filter((l) => l.startsWith('[compiling method')).length;
};

describe('a short check leaves the optimising compiler off', () => {
  it(`${SHORT_RUN_FILES} files: (almost) nothing compiled by TurboFan; one more: the optimiser works`, () => {
    expect(packages.length).toBeGreaterThan(SHORT_RUN_FILES);
    const short = turbofanCompiles(packages.slice(0, SHORT_RUN_FILES));
    const long = turbofanCompiles(packages.slice(0, SHORT_RUN_FILES + 1));
    expect(short).toBeLessThan(15);
    expect(long).toBeGreaterThan(40);
  });

  it('is never tuned outside the command\'s own process', () => {
    expect(tuneForShortRun(1)).toBe(false);
    expect(tuneForShortRun(1, SHORT_RENDER_FILES)).toBe(false);
  });
});

const renderCompiles = (...args: string[]): number => {
  const out = mkdtempSync(join(dir, 'render-'));
  const r = spawnSync(process.execPath, ['--trace-opt', 'dist/bundle/main.js', 'render', ...args, '--format', 'pdf', '--out', out, '--no-progress'], { encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, TZ: 'Asia/Almaty' } });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.split('\n').filter((l) => l.startsWith('[compiling method')).length;
};

describe('a short render leaves the optimising compiler off', () => {
  // one methodology's packages (each renders the same forms), in a fixed order
  const mic = packages.filter((p) => p.endsWith(join('mic-2018', 'valid.yaml')));

  it(`${SHORT_RENDER_FILES} package files: (almost) nothing compiled by TurboFan; one more: the optimiser works`, () => {
    expect(mic.length).toBeGreaterThan(SHORT_RENDER_FILES);
    expect(renderCompiles(...mic.slice(0, SHORT_RENDER_FILES))).toBeLessThan(15);
    expect(renderCompiles(...mic.slice(0, SHORT_RENDER_FILES + 1))).toBeGreaterThan(40);
  });

  it('all the blank forms of a methodology, and its order, are a short run', () => {
    expect(renderCompiles('--blank', 'mic-2018', 'all')).toBeLessThan(15);
    expect(renderCompiles('--order', 'asa-b-model')).toBeLessThan(15);
  });
});
