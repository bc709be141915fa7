/**
 * `npm run bench`: every area's figures in one run (start-up, check, calendar, render, draft, serve). Each area runs
 * in its own Node process, one after the other: the figures an area compares side by side are taken in its process,
 * and no area inherits another's heap (after the check area's 100,000-file corpus, the calendar's deadline measured
 * 21 µs in the same process against 2.8 µs in its own).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
let failed = 0;
for (const area of ['startup', 'check', 'calendar', 'render', 'draft', 'serve']) {
  const file = `${here}${area}.js`;
  if (!existsSync(file)) {
    console.log(`${area}: no bench`);
    continue;
  }
  const r = spawnSync(process.execPath, [...process.execArgv, file], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.log(`${area}: the bench process ended with ${r.status ?? r.signal}`);
  }
}
if (failed) process.exitCode = 1;
