/**
 * Draft bench: a 100 KB act (act 002 as published, 94 KB, with act 004's methodology clauses
 * appended to its corps "B" annex until it passes 100 KB) imported and checked, structure rules and
 * model comparison, on one core. Prints the cold first run and the median and 95th percentile of
 * warm runs; the target is a median under 300 ms. The command end to end (start to exit, beside
 * `node -e 0`) is measured by bench/startup.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDraft } from '../src/draft/check.js';
import { importPublishedAct } from '../src/draft/import.js';

function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (dir !== dirname(dir) && !existsSync(join(dir, 'samples/drafts/published'))) dir = dirname(dir);
  return dir;
}

/** Act 002 with extra clauses (act 004's chapter 1 text) until it is at least 100 KB. */
export function hundredKbAct(): string {
  const dir = join(repoRoot(), 'samples/drafts/published');
  const base = readFileSync(join(dir, '002_aa478879640c4786.txt'), 'utf8');
  const extra = readFileSync(join(dir, '004_c35c6965a291465c.txt'), 'utf8').split('\n').filter((l) => /^\d+\. /.test(l));
  let text = base;
  let n = 25;
  // Insert the extra clauses right after clause 24 of the model annex (before its Appendix 1 stamp).
  const at = text.indexOf('24. Калибрлеу сессиясының нәтижелері');
  const end = text.indexOf('\n', text.indexOf('Бағалаушы адам кездесу кезінде', at));
  let added = '';
  for (let i = 0; Buffer.byteLength(text) + Buffer.byteLength(added) < 100 * 1024; i++) {
    added += `\n\n      ${n++}. ${(extra[i % extra.length] as string).replace(/^\d+\.\s*/, '')}`;
  }
  text = text.slice(0, end) + added + text.slice(end);
  return text;
}

export async function run(): Promise<void> {
  const text = hundredKbAct();
  const kb = Buffer.byteLength(text) / 1024;
  /** Wall time and CPU time (user + system) of one run, in ms: CPU time is what one core spends, even on a busy machine. */
  const once = (): [number, number] => {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const { markdown } = importPublishedAct(text);
    const r = checkDraft(markdown, { date: '2026-11-22' });
    if (r.findings.length < 0) console.log('');
    const c = process.cpuUsage(c0);
    return [Number(process.hrtime.bigint() - t0) / 1e6, (c.user + c.system) / 1e3];
  };
  const cold = once();
  for (let i = 0; i < 5; i++) once();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 30; i++) {
    const [w, c] = once();
    wall.push(w);
    cpu.push(c);
  }
  const med = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  const p95 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] as number;
  console.log(`draft: import+check ${kb.toFixed(1)} KB act: median ${med(wall).toFixed(0)} ms wall / ${med(cpu).toFixed(0)} ms CPU, p95 ${p95(wall).toFixed(0)} ms wall, cold first run ${cold[0].toFixed(0)} ms wall / ${cold[1].toFixed(0)} ms CPU (30 warm runs; target median < 300 ms on one core)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
