/**
 * `bagalau serve` under a bounded load on loopback (autocannon): POST /api/check requests per second and
 * latency percentiles with a valid package; then a run of malformed and oversized bodies, after which the
 * server must still answer. The server runs in its own process, as a user starts it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import autocannon from 'autocannon';
import { writeSamples } from '../src/package/cases.js';

const SECONDS = Number(process.env['BENCH_SERVE_SECONDS'] ?? 10);
const CONNECTIONS = Number(process.env['BENCH_SERVE_CONNECTIONS'] ?? 8);

const root = fileURLToPath(new URL('../..', import.meta.url));

function cannon(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

/** The page's files as the browser fetches them (dist/web/bundle.json says what each is), raw and gzipped. */
function pageSizes(): void {
  const web = join(root, 'dist/web');
  const roles = JSON.parse(readFileSync(join(web, 'bundle.json'), 'utf8')) as Record<string, string>;
  const kb = (n: number) => `${Math.round(n / 1024)} KB`;
  const rows = Object.entries(roles).map(([file, role]) => {
    const bytes = readFileSync(join(web, file));
    return { role, raw: bytes.byteLength, gz: gzipSync(bytes, { level: 9 }).byteLength };
  });
  const sum = (role: (r: string) => boolean) => rows.filter((r) => role(r.role)).reduce((a, r) => ({ raw: a.raw + r.raw, gz: a.gz + r.gz }), { raw: 0, gz: 0 });
  const show = (name: string, s: { raw: number; gz: number }) => `${name} ${kb(s.raw)} (${kb(s.gz)} gzipped)`;
  const v = rows.filter((r) => r.role.startsWith('validators'));
  console.log(
    `serve: page bundle: ${show('page at start', sum((r) => r.startsWith('page')))}; ${show('check engine, on the first check', sum((r) => r.startsWith('check engine')))}; ` +
      `validators per methodology ${kb(Math.min(...v.map((r) => r.raw)))}–${kb(Math.max(...v.map((r) => r.raw)))} (${kb(Math.min(...v.map((r) => r.gz)))}–${kb(Math.max(...v.map((r) => r.gz)))} gzipped)`,
  );
}

/** The check as the page runs it (src/serve/page-engine.ts, the same code the page bundles), per keystroke's check. */
async function pageCheck(): Promise<void> {
  const { checkPackage } = await import(pathToFileURL(join(root, 'dist/src/serve/page-engine.js')).href);
  const data = parseYaml(readFileSync(join(root, 'samples/asa-b-model/valid.yaml'), 'utf8')) as unknown;
  const sessions = new Map([['asa-b-model/sessions/2026-q1.yaml', readFileSync(join(root, 'samples/asa-b-model/sessions/2026-q1.yaml'), 'utf8')]]);
  const once = () => checkPackage(data, 'asa-b-model/valid.yaml', '2026-06-01', sessions) as { findings: unknown[] };
  for (let i = 0; i < 30; i++) once();
  const n = 200;
  const t = performance.now();
  for (let i = 0; i < n; i++) once();
  console.log(`serve: the page's check (asa-b-model valid package, ${once().findings.length} findings; the page's engine run in Node): ${((performance.now() - t) / n).toFixed(1)} ms per check`);
}

export async function run(): Promise<void> {
  pageSizes();
  await pageCheck();
  const dir = mkdtempSync(join(tmpdir(), 'bagalau-bench-serve-'));
  try {
    await overHttp(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The server over a copy of the samples in `dir` (the caller removes it, whatever fails here). */
async function overHttp(dir: string): Promise<void> {
  writeSamples(dir, root); // samples/ and the package of every case (test/cases/)
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
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
