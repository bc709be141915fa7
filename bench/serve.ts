/**
 * `bagalau serve` under a bounded load on loopback (autocannon): POST /api/check requests per second and
 * latency percentiles with a valid package; then a run of malformed and oversized bodies, after which the
 * server must still answer. The server runs in its own process, as a user starts it.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const SECONDS = Number(process.env['BENCH_SERVE_SECONDS'] ?? 10);
const CONNECTIONS = Number(process.env['BENCH_SERVE_CONNECTIONS'] ?? 8);

const root = fileURLToPath(new URL('../..', import.meta.url));

function cannon(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bagalau-bench-serve-'));
  cpSync(join(root, 'samples'), dir, { recursive: true });
  const child = spawn(process.execPath, [join(root, 'dist/src/cli/main.js'), 'serve', '--dir', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /(http:\/\/[^\s]+\/)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`serve exited (${code}) before listening`)));
    });
    const body = readFileSync(join(root, 'samples/asa-b-model/valid.yaml'), 'utf8');
    const check = `${url}api/check?file=asa-b-model/valid.yaml&today=2026-06-01`;
    // warm-up: the first check compiles the pack's validators
    await fetch(check, { method: 'POST', body, headers: { 'content-type': 'application/yaml' } });
    const r = await cannon({ url: check, method: 'POST', body, headers: { 'content-type': 'application/yaml' }, connections: CONNECTIONS, duration: SECONDS });
    console.log(
      `serve: POST /api/check (asa-b-model valid package, ${CONNECTIONS} connections, ${SECONDS} s, loopback): ` +
        `${Math.round(r.requests.average)} req/s, latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ` +
        `${r.requests.total} requests, non-2xx ${r.non2xx}, errors ${r.errors}, timeouts ${r.timeouts}`,
    );

    // malformed and oversized bodies: 400 and 413 only, and the server answers afterwards
    const big = 'x'.repeat(3 * 1024 * 1024);
    const statuses = new Map<number, number>();
    const bad = await cannon({
      url: `${url}api/check`,
      connections: 4,
      duration: Math.max(3, Math.round(SECONDS / 2)),
      requests: [
        { method: 'POST', body: '{"methodology": ', headers: { 'content-type': 'application/json' } },
        { method: 'POST', body: 'a: [1, 2', headers: { 'content-type': 'application/yaml' } },
        { method: 'POST', body: '- not\n- a package', headers: { 'content-type': 'application/yaml' } },
        { method: 'POST', body: big, headers: { 'content-type': 'application/yaml' } },
      ],
    });
    const counted = bad as autocannon.Result & { statusCodeStats?: Record<string, { count: number }> };
    for (const [code, s] of Object.entries(counted.statusCodeStats ?? {})) statuses.set(Number(code), s?.count ?? 0);
    const after = await fetch(`${url}api/methodologies`);
    const alive = after.ok && child.exitCode === null;
    console.log(
      `serve: malformed/oversized bodies (${bad.requests.total} requests): ${[...statuses].map(([c, n]) => `${c}×${n}`).join(', ') || 'no responses'}; ` +
        `server ${alive ? 'still up' : 'DOWN'} afterwards`,
    );
    if (!alive || statuses.has(500)) process.exitCode = 1;
  } finally {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}
