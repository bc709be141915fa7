/**
 * Package-checker bench: packages per second for the full check (schema + every rule of the
 * methodology, as `bagalau check` runs it on parsed packages), and in the same run bare ajv
 * validation of the same packages; then a folder of 100,000 package files checked by the CLI
 * in a child process, with its peak memory.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance, PerformanceObserver } from 'node:perf_hooks';
import { packById } from '../src/acts/index.js';
import { newBatch } from '../src/check/batch.js';
import { checkDocument } from '../src/check/run.js';
import { validators } from '../src/check/validators.js';
import { createCalendar } from '../src/law/calendar/index.js';
import { bundledSamples, corpus } from './corpus.js';

const N = Number(process.env['BENCH_PACKAGES'] ?? 20_000);
const FOLDER = Number(process.env['BENCH_FOLDER'] ?? 100_000);

/** One pass over the corpus: CPU time (user + system of this process) and wall time, in seconds. */
function pass(fn: () => void): { cpu: number; wall: number } {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  fn();
  const c = process.cpuUsage(c0);
  return { cpu: (c.user + c.system) / 1e6, wall: Number(process.hrtime.bigint() - t0) / 1e9 };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const WARMUP = 2;
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 5);

export async function run(): Promise<void> {
  const samples = bundledSamples();
  const pkgs = corpus(N, samples);
  const calendar = createCalendar();
  const opts = { today: '2026-11-22', calendar, batch: newBatch() };
  // Bare ajv: the validators the checker runs (the build's standalone code), nothing else.
  const vals = pkgs.map((p) => validators(packById(p.methodology)!).pkg);
  let findings = 0;
  const bare = () => {
    for (let i = 0; i < pkgs.length; i++) vals[i]!(pkgs[i]!.data);
  };
  const full = () => {
    findings = 0;
    for (const p of pkgs) findings += checkDocument({ file: 'bench', data: p.data, findings: [] }, opts).findings.length;
  };
  // A forced full collection (so that one path's garbage is not charged to the other) frees the hidden
  // classes of the objects no longer alive (a finding's, a report's), and V8 throws away every optimised
  // function that names one («deoptimization, reason: weak objects» under --trace-deopt): the pass right
  // after it ran at 1.8–2× the CPU of the next, the first thousand packages at 6–10× (code before and
  // after issue 14's work alike). So each timed pass follows a collection and one untimed pass of its own.
  const collect = (settle: () => void) => {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (!gc) return;
    gc();
    settle();
  };
  // Warm up both paths (JIT, loaded validators, calendar tables), then alternate them pass by pass
  // so that a machine loaded by others weighs on both alike.
  for (let i = 0; i < WARMUP; i++) {
    bare();
    full();
  }
  const bareRuns: Array<{ cpu: number; wall: number }> = [];
  const fullRuns: Array<{ cpu: number; wall: number }> = [];
  // A breakdown, not part of the ratio: the collections V8 reports while the timed full passes run (their pauses, in wall time).
  const gcs: Array<{ at: number; ms: number }> = [];
  const gcSeen = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcs.push({ at: e.startTime, ms: e.duration });
  });
  gcSeen.observe({ entryTypes: ['gc'] });
  const fullSpans: Array<[number, number]> = [];
  for (let i = 0; i < ROUNDS; i++) {
    collect(bare);
    bareRuns.push(pass(bare));
    collect(full);
    const t0 = performance.now();
    fullRuns.push(pass(full));
    fullSpans.push([t0, performance.now()]);
  }
  // The observer hears of a collection after it, on the event loop: let the last ones arrive.
  await new Promise((r) => setTimeout(r, 20));
  gcSeen.disconnect();
  const inFull = gcs.filter((g) => fullSpans.some(([a, b]) => g.at >= a && g.at < b));
  const gcMs = inFull.reduce((t, g) => t + g.ms, 0);
  const fullCpu = median(fullRuns.map((r) => r.cpu));
  const bareCpu = median(bareRuns.map((r) => r.cpu));
  const perMethod = new Map<string, number>();
  for (const p of pkgs) perMethod.set(p.methodology, (perMethod.get(p.methodology) ?? 0) + 1);
  console.log(`check: ${pkgs.length} packages (${[...perMethod].map(([k, v]) => `${k} ${v}`).join(', ')}), ${findings} findings; medians of ${ROUNDS} alternating passes after ${WARMUP} warm-up passes`);
  const fullWall = fullRuns.reduce((t, r) => t + r.wall, 0);
  console.log(`check: breakdown: garbage collection paused the timed full passes ${(inFull.length / ROUNDS).toFixed(1)} times a pass, ${((100 * gcMs) / 1000 / fullWall).toFixed(1)} % of their wall time`);
  console.log(`check: full check ${Math.round(pkgs.length / fullCpu)} packages/s CPU (${Math.round(pkgs.length / median(fullRuns.map((r) => r.wall)))} wall); bare ajv ${Math.round(pkgs.length / bareCpu)} packages/s CPU (${Math.round(pkgs.length / median(bareRuns.map((r) => r.wall)))} wall); full/bare ${(fullCpu / bareCpu).toFixed(2)}× in CPU time (one core; targets ≥ 20,000/s and ≤ 2×)`);

  if (FOLDER <= 0) return;
  const dir = mkdtempSync(join(tmpdir(), 'bagalau-bench-'));
  try {
    const folder = corpus(FOLDER, samples);
    folder.forEach((p, i) => {
      const sub = join(dir, String(Math.floor(i / 1000)));
      if (i % 1000 === 0) mkdirSync(sub);
      writeFileSync(join(sub, `p${i}.json`), JSON.stringify(p.data));
    });
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['dist/bench/check-folder.js', dir], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    const out = (r.stdout || '').trim();
    console.log(`check: folder of ${FOLDER} package files: ${out || r.stderr.trim()} in ${secs.toFixed(1)} s (${Math.round(FOLDER / secs)} files/s including reading and parsing)`);
    // The CLI itself on the same folder: one thread, then every core (worker threads, `--jobs`), wall time.
    const cores = availableParallelism();
    const wall: Record<number, number> = {};
    for (const jobs of cores > 1 ? [1, cores] : [1]) {
      const t1 = process.hrtime.bigint();
      const c = spawnSync(process.execPath, ['dist/bundle/main.js', 'check', dir, '--format', 'json', '--no-progress', '--today', '2026-11-22', '--jobs', String(jobs)], { stdio: ['ignore', 'ignore', 'ignore'] });
      wall[jobs] = Number(process.hrtime.bigint() - t1) / 1e9;
      console.log(`check: bagalau check of the folder, --format json, --jobs ${jobs}: ${wall[jobs]!.toFixed(1)} s wall, ${Math.round(FOLDER / wall[jobs]!)} files/s (exit ${c.status})`);
    }
    if (cores > 1) console.log(`check: all ${cores} cores / one: ${(wall[1]! / wall[cores]!).toFixed(2)}× faster (wall)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
