/**
 * vitest globalSetup: the whole run gets one temporary folder of its own, removed at the end, so whatever a
 * test, the CLI it starts, LibreOffice or Chromium leaves in the temporary folder goes with it. TMPDIR (and
 * TMP, TEMP, which os.tmpdir() and other tools read on other systems) is set here in vitest's own process
 * before its workers start; each worker and each child process inherits it. Leftovers named `bagalau-*` were
 * made by a test that did not clean up after itself (test/temp.ts does): they are named in one line.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

const VARS = ['TMPDIR', 'TMP', 'TEMP'] as const;

declare module 'vitest' {
  export interface ProvidedContext {
    /** the run's temporary folder (test/temp.test.ts checks that workers and child processes use it) */
    tmpRun: string;
  }
}

export default function setup(project: TestProject): () => void {
  const run = mkdtempSync(join(tmpdir(), 'bagalau-test-run-'));
  const saved = VARS.map((k) => [k, process.env[k]] as const);
  for (const k of VARS) process.env[k] = run;
  project.provide('tmpRun', run);
  return () => {
    const left = readdirSync(run).filter((n) => n.startsWith('bagalau-'));
    // a warning, not a failure: the pass/fail counts stay those of the tests
    if (left.length > 0) console.warn(`temporary folders left by tests (removed now; make them with test/temp.ts tempDir): ${left.sort().join(', ')}`);
    rmSync(run, { recursive: true, force: true });
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
}
