/**
 * Package-checker bench: packages per second for the full check (schema + every rule of the
 * methodology, as `bagalau check` runs it on parsed packages), and in the same run bare ajv
 * validation of the same packages; then a folder of 100,000 package files checked by the CLI
 * in a child process, with its peak memory.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packById } from '../src/acts/index.js';
import { checkDocument } from '../src/check/run.js';
import { validators } from '../src/check/validators.js';
import { createCalendar } from '../src/law/calendar/index.js';
import { bundledSamples, corpus } from './corpus.js';

const N = Number(process.env['BENCH_PACKAGES'] ?? 20_000);
const FOLDER = Number(process.env['BENCH_FOLDER'] ?? 100_000);

function time(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

export async function run(): Promise<void> {
  const samples = bundledSamples();
  const pkgs = corpus(N, samples);
  const calendar = createCalendar();
  const opts = { today: '2026-11-22', calendar };
  const vals = pkgs.map((p) => validators(packById(p.methodology)!).pkg);
  // Warm up both paths (JIT, compiled validators, calendar caches).
  for (let i = 0; i < Math.min(2000, pkgs.length); i++) {
    vals[i]!(pkgs[i]!.data);
    checkDocument({ file: 'bench', data: pkgs[i]!.data, findings: [] }, opts);
  }
  let findings = 0;
  const bare = time(() => {
    for (let i = 0; i < pkgs.length; i++) vals[i]!(pkgs[i]!.data);
  });
  const full = time(() => {
    for (const p of pkgs) findings += checkDocument({ file: 'bench', data: p.data, findings: [] }, opts).findings.length;
  });
  const perMethod = new Map<string, number>();
  for (const p of pkgs) perMethod.set(p.methodology, (perMethod.get(p.methodology) ?? 0) + 1);
  console.log(`check: ${pkgs.length} packages (${[...perMethod].map(([k, v]) => `${k} ${v}`).join(', ')}), ${findings} findings`);
  console.log(`check: full check ${Math.round(pkgs.length / full)} packages/s; bare ajv ${Math.round(pkgs.length / bare)} packages/s; full/bare time ratio ${(full / bare).toFixed(2)}x (one core)`);

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
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
