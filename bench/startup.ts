/**
 * Start-up bench: what a user waits for when running one command. Each command runs in its own
 * process; a preload hook writes the process's CPU time (user + system, all threads) when it
 * exits. `node -e 0` runs in the same rounds, and the commands alternate round after round
 * (after two warm-up rounds), so a machine loaded by others weighs on all of them alike; the
 * figures are medians, and the ratios are taken in CPU time.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hundredKbAct } from './draft.js';

const ROUNDS = Number(process.env['BENCH_STARTUP_ROUNDS'] ?? 7);
const WARMUP = 2;
/** What users run (`bin`, `npm start`): the bundle (scripts/build-bundle.ts). */
const CLI = 'dist/bundle/main.js';

interface Case {
  label: string;
  args: string[];
  /** The target as a ratio to `node -e 0`, or in ms of CPU. */
  target?: { ratio: number } | { ms: number };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bagalau-startup-'));
  try {
    const probe = join(dir, 'probe.mjs');
    writeFileSync(probe, `import { writeFileSync } from 'node:fs';
process.on('exit', () => { const c = process.cpuUsage(); writeFileSync(process.env.BAGALAU_BENCH_CPU, String((c.user + c.system) / 1000)); });
`);
    const draft = join(dir, 'act-100kb.txt');
    writeFileSync(draft, hundredKbAct());
    const out = join(dir, 'out');
    // The library as a program imports it (package.json "exports"), checking one package.
    const lib = join(dir, 'library.mjs');
    const entry = (JSON.parse(readFileSync('package.json', 'utf8')) as { exports: { '.': { default: string } } }).exports['.'].default;
    writeFileSync(lib, `import { readFileSync } from 'node:fs';
const { check } = await import(${JSON.stringify(pathToFileURL(resolve(entry)).href)});
check(readFileSync('samples/mic-2018/valid.yaml', 'utf8'), { today: '2026-11-22', file: 'valid.yaml' });
`);
    const cases: Case[] = [
      { label: 'node -e 0', args: ['-e', '0'] },
      { label: 'bagalau --help', args: [CLI, '--help'], target: { ratio: 2 } },
      { label: 'bagalau check (one file)', args: [CLI, 'check', 'samples/mic-2018/valid.yaml', '--today', '2026-11-22'], target: { ratio: 4 } },
      { label: 'bagalau render (one form, PDF)', args: [CLI, 'render', '--blank', 'mic-2018', '1', '--format', 'pdf', '--out', out, '--no-progress'], target: { ms: 300 } },
      { label: "import 'bagalau' + check() of one package", args: [lib] },
      { label: 'bagalau draft check (100 KB)', args: [CLI, 'draft', 'check', draft, '--date', '2026-11-22'], target: { ms: 300 } },
    ];
    // NODE_EXTRA_CA_CERTS makes every Node process read and parse a CA bundle when it starts (on the project machine
    // ~45 ms of CPU, four fifths of a bare `node -e 0`): work that is neither Node's own start nor ours, added alike to
    // the yardstick and to each command, so that it flattered every ratio. No case makes a TLS connection: it is unset.
    const env: NodeJS.ProcessEnv = { ...process.env, TZ: 'Asia/Almaty' };
    delete env['NODE_EXTRA_CA_CERTS'];
    const cpu = cases.map((): number[] => []);
    const wall = cases.map((): number[] => []);
    const cpuFile = join(dir, 'cpu.txt');
    for (let round = 0; round < WARMUP + ROUNDS; round++) {
      cases.forEach((c, i) => {
        writeFileSync(cpuFile, '');
        const t0 = process.hrtime.bigint();
        const r = spawnSync(process.execPath, ['--import', pathToFileURL(probe).href, ...c.args], { encoding: 'utf8', env: { ...env, BAGALAU_BENCH_CPU: cpuFile } });
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        // every case succeeds (exit 0): a command that failed to load would otherwise pass as a fast one
        if (r.status !== 0) throw new Error(`${c.label}: exit ${r.status}: ${r.stderr}`);
        if (round < WARMUP) return;
        cpu[i]!.push(Number(readFileSync(cpuFile, 'utf8')));
        wall[i]!.push(ms);
      });
    }
    const base = median(cpu[0]!);
    cases.forEach((c, i) => {
      const ms = median(cpu[i]!);
      const ratio = ms / base;
      const target = !c.target ? '' : 'ratio' in c.target ? `; target ≤ ${c.target.ratio}×` : `; target < ${c.target.ms} ms`;
      console.log(`startup: ${c.label}: ${ms.toFixed(0)} ms CPU, ${median(wall[i]!).toFixed(0)} ms wall${i === 0 ? '' : `, ${ratio.toFixed(2)}× node -e 0 (CPU)`}${target}`);
    });
    console.log(`startup: medians of ${ROUNDS} alternating rounds after ${WARMUP} warm-up rounds`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
