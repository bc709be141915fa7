/**
 * dist/src rebuilt with tsc only when a source under src/ is newer than the build (a developer who edited src/ and runs
 * one test file). tsc rewrites every file of dist/src, so a rebuild while another test file — in another worker, at the
 * same moment — starts the CLI from dist/ lets that CLI load a file half written (an empty main.js runs, says nothing
 * and exits 0: seen once in CI as an empty stderr). `npm test` and CI build before the tests, so there nothing is written.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const newest = (dir: string): number => {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
};

export function buildIfStale(): void {
  let built = 0;
  try {
    built = statSync('dist/src/cli/main.js').mtimeMs;
  } catch { /* not built */ }
  if (built < newest('src')) spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'ignore' });
}
