/**
 * The fuzz worker: a child process that runs one input at a time through the engine the CLI uses
 * and says what went wrong, if anything. It runs in its own process so that a hang (judged by the
 * parent on this process's CPU time) or a V8 FATAL is the campaign's finding, not its end.
 *
 * Oracles, per input:
 * - no exception escapes (check: `checkItem`, as `bagalau check` runs each file, render: the `render` command in-process, draft: `checkDraft`);
 * - no file is read outside the package's folder tree or the program's own files, none written outside --out;
 * - every DOCX is well-formed XML (and holds only XML characters); every PDF passes `qpdf --check`.
 */
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { syncBuiltinESMExports } from 'node:module';
import { dirname, join, relative, resolve, sep, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { docxProblem, pdfProblem } from './oracles.js';

export type Engine = 'check' | 'render' | 'draft';
export interface Job {
  id: number;
  engine: Engine;
  /** file name (extension chooses the parser) */
  name: string;
  /** methodology sample folder (check/render: its sessions/ are copied beside the input) */
  dir?: string;
  /** base64 of the input bytes */
  data: string;
  /** render: formats to write; draft: also import as a published act / render the draft */
  formats?: Array<'docx' | 'pdf'>;
  asText?: boolean;
  renderDraft?: boolean;
  /** run LibreOffice on the DOCX written (slow: a sample of inputs) */
  libreoffice?: boolean;
}
export interface Verdict {
  id: number;
  ok: boolean;
  /** a short class of the problem: exception, read-outside, write-outside, docx-xml, pdf-qpdf, libreoffice, … */
  problem?: string;
  detail?: string;
  /** CPU time of the engine on this input (the oracles' own time is not the engine's and is left out) */
  cpuMs: number;
  /** what the oracles checked */
  docx: number;
  pdf: number;
  lo: number;
}

const ROOT = ((): string => {
  let d = dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(join(d, 'package.json')) && dirname(d) !== d) d = dirname(d);
  return d;
})();
// The parent (Runner in fuzz/main.ts) makes this folder and removes it when the child has exited, however it
// ended: a child killed on a hang (SIGKILL) or at the end of a campaign (SIGTERM) runs no 'exit' handler.
const WORK = process.env['BAGALAU_FUZZ_WORK'] ?? '';
if (!WORK) throw new Error('fuzz/worker.js is started by fuzz/main.ts, which gives it BAGALAU_FUZZ_WORK');

// ---- file access monitor: every read and write through node:fs is recorded while an input runs ----
const reads: string[] = [];
const writes: string[] = [];
let watching = false;
const pathOf = (p: unknown): string | undefined => (typeof p === 'string' ? p : Buffer.isBuffer(p) ? p.toString() : p instanceof URL ? fileURLToPath(p) : undefined);
function wrap(name: keyof typeof fs, kind: 'read' | 'write', isWrite?: (args: unknown[]) => boolean): void {
  const orig = fs[name] as (...a: unknown[]) => unknown;
  if (typeof orig !== 'function') return;
  (fs as unknown as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
    if (watching) {
      const p = pathOf(args[0]);
      if (p !== undefined) (kind === 'write' || isWrite?.(args) ? writes : reads).push(resolve(p));
      if (name === 'renameSync' || name === 'copyFileSync') {
        const q = pathOf(args[1]);
        if (q !== undefined) writes.push(resolve(q));
      }
    }
    return orig.apply(this, args);
  };
}
for (const n of ['readFileSync', 'readdirSync', 'createReadStream', 'readFile', 'readdir'] as const) wrap(n, 'read');
wrap('openSync', 'read', (a) => typeof a[1] === 'string' && /[wa+]/.test(a[1]));
wrap('open', 'read', (a) => typeof a[1] === 'string' && /[wa+]/.test(a[1]));
for (const n of ['writeFileSync', 'appendFileSync', 'renameSync', 'copyFileSync', 'mkdirSync', 'unlinkSync', 'rmSync', 'createWriteStream', 'writeFile', 'rename', 'mkdir', 'symlinkSync', 'linkSync', 'truncateSync'] as const) wrap(n, 'write');
syncBuiltinESMExports();

const inside = (root: string, p: string): boolean => {
  const r = relative(root, p);
  return r === '' || (!r.startsWith('..' + sep) && r !== '..' && !isAbsolute(r));
};
/** The program's own files: its templates, schemas, fonts and code. */
const OWN = [join(ROOT, 'templates'), join(ROOT, 'schemas'), join(ROOT, 'node_modules'), join(ROOT, 'dist'), join(ROOT, 'package.json')];

// ---- engines (loaded once) ----
const { checkItem } = await import('../src/cli/check-source.js');
// every pack before the file watch starts (a check loads its package's pack on first use)
await import('../src/acts/index.js');
const { sessionLoader } = await import('../src/package/load.js');
const { createCalendar } = await import('../src/law/calendar/index.js');
const { checkDraft } = await import('../src/draft/check.js');
const { importPublishedAct } = await import('../src/draft/import.js');
// `draft render` prints what printableDraft leaves: the worker renders the same text
const { printableDraft } = await import('../src/draft/printable.js');
const { renderMarkdown } = await import('../src/render/index.js');
const { register: registerRender } = await import('../src/cli/render.js');
const { Command } = await import('commander');
const calendar = createCalendar();

const prepared = new Set<string>();
function packageTree(dir: string): string {
  const tree = join(WORK, 'pkg', dir.replace(/[^a-z0-9-]/gi, '_'));
  if (!prepared.has(tree)) {
    fs.mkdirSync(tree, { recursive: true });
    const sessions = join(ROOT, 'samples', dir, 'sessions');
    if (fs.existsSync(sessions)) fs.cpSync(sessions, join(tree, 'sessions'), { recursive: true });
    prepared.add(tree);
  }
  return tree;
}

function libreofficeProblem(docx: string): string | null {
  const out = join(WORK, 'lo');
  fs.mkdirSync(out, { recursive: true });
  const r = spawnSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${join(WORK, 'lo-profile')}`, '--convert-to', 'txt:Text', '--outdir', out, docx], { encoding: 'utf8', timeout: 120_000 });
  if (r.error) return null;
  const txt = join(out, docx.split(sep).pop()!.replace(/\.docx$/, '.txt'));
  const ok = fs.existsSync(txt);
  if (ok) fs.rmSync(txt);
  return ok ? null : `LibreOffice could not open it: ${(r.stderr || r.stdout).trim().slice(0, 200)}`;
}

let said = '';
const silent = <T>(f: () => Promise<T>): Promise<T> => {
  const w1 = process.stdout.write;
  const w2 = process.stderr.write;
  said = '';
  process.stdout.write = (() => true) as typeof process.stdout.write;
  process.stderr.write = ((s: string | Uint8Array) => ((said += String(s)), true)) as typeof process.stderr.write;
  return f().finally(() => {
    process.stdout.write = w1;
    process.stderr.write = w2;
  });
};

/** CPU time (µs) the oracles spent in the current job: subtracted from the job's time, which judges the engine */
let oracleUs = 0;
function timed<T>(f: () => T): T {
  const c0 = process.cpuUsage();
  try {
    return f();
  } finally {
    const c = process.cpuUsage(c0);
    oracleUs += c.user + c.system;
  }
}

export async function runJob(job: Job): Promise<Omit<Verdict, 'id' | 'cpuMs'>> {
  const bytes = Buffer.from(job.data, 'base64');
  oracleUs = 0;
  const v = { ok: true, docx: 0, pdf: 0, lo: 0 } as Omit<Verdict, 'id' | 'cpuMs'>;
  const fail = (problem: string, detail: string) => Object.assign(v, { ok: false, problem, detail });
  reads.length = 0;
  writes.length = 0;
  let allowedRead: string[] = [];
  let allowedWrite: string[] = [];
  try {
    if (job.engine === 'check') {
      const tree = packageTree(job.dir ?? 'x');
      const file = join(tree, job.name);
      fs.writeFileSync(file, bytes);
      allowedRead = [tree];
      watching = true;
      await checkItem(file, { today: '2026-11-22', calendar, loadSession: sessionLoader([tree]) });
    } else if (job.engine === 'render') {
      const tree = packageTree(job.dir ?? 'x');
      const file = join(tree, job.name);
      fs.writeFileSync(file, bytes);
      const out = fs.mkdtempSync(join(WORK, 'out-'));
      allowedRead = [tree, out];
      allowedWrite = [out];
      const program = new Command('bagalau').exitOverride();
      registerRender(program);
      watching = true;
      const formats = job.formats ?? ['docx'];
      await silent(() => program.parseAsync(['node', 'bagalau', 'render', file, '--format', formats.length === 2 ? 'both' : formats[0]!, '--out', out, '--no-progress']).catch((e: Error) => {
        // a usage error is the command's clear answer; anything else escaped
        if (e.name !== 'UsageError' && !(e as { code?: string }).code?.startsWith('commander.')) throw e;
      }));
      watching = false;
      // a message the user sees must not be a JavaScript error from inside the program
      const internal = /Cannot read propert|is not a function|is not iterable|Maximum call stack|undefined is not|Invalid (array|string) length|internal error|ішкі қате|внутренняя ошибка/.exec(said);
      if (internal) return fail('internal-message', said.split('\n').find((l) => l.includes(internal[0]))!.slice(0, 300));
      for (const f of fs.readdirSync(out)) {
        const p = join(out, f);
        if (f.endsWith('.docx')) {
          v.docx++;
          const problem = timed(() => docxProblem(new Uint8Array(fs.readFileSync(p))));
          if (problem) return fail('docx-xml', `${f}: ${problem}`);
          if (job.libreoffice && v.lo === 0) {
            v.lo++;
            const lo = timed(() => libreofficeProblem(p));
            if (lo) return fail('libreoffice', `${f}: ${lo}`);
          }
        } else if (f.endsWith('.pdf')) {
          v.pdf++;
          const problem = timed(() => pdfProblem(p));
          if (problem) return fail('pdf-qpdf', `${f}: ${problem}`);
        } else if (f.endsWith('.tmp')) return fail('half-written', `temporary file left: ${f}`);
      }
      fs.rmSync(out, { recursive: true, force: true });
    } else {
      const text = bytes.toString('utf8');
      watching = true;
      const md = job.asText ? importPublishedAct(text).markdown : text;
      checkDraft(md, { date: '2026-11-22', model: true });
      if (job.renderDraft) {
        let docx: Uint8Array | undefined;
        try {
          // a draft beyond the draft bounds is refused by `draft render`, as by `draft check`
          const printable = printableDraft(md);
          if (!printable.breach) docx = await renderMarkdown(printable.markdown, { format: 'docx', meta: { title: 'fuzz', date: '2026-11-22', language: 'kk-KZ' } });
        } catch (e) {
          // the renderer's own refusals are clear messages (`draft render` prints them as usage errors)
          if (!['MarkdownError', 'MissingGlyphError', 'TemplateError'].includes((e as Error)?.name)) throw e;
        }
        if (docx) {
          v.docx++;
          const problem = timed(() => docxProblem(docx!));
          if (problem) return fail('docx-xml', problem);
        }
      }
    }
  } catch (e) {
    watching = false;
    const err = e as Error;
    return fail('exception', `${err?.name}: ${String(err?.message).slice(0, 300)}`);
  } finally {
    watching = false;
  }
  const badRead = reads.find((p) => !allowedRead.some((r) => inside(r, p)) && !OWN.some((r) => inside(r, p)));
  if (badRead) return fail('read-outside', badRead);
  const badWrite = writes.find((p) => !allowedWrite.some((r) => inside(r, p)));
  if (badWrite) return fail('write-outside', badWrite);
  return v;
}

// ---- the child's loop: one job in, one verdict out ----
if (process.send) {
  // a batch of jobs in, one verdict out per job as soon as it is done (in order)
  let queue: Promise<void> = Promise.resolve();
  process.on('message', (jobs: Job[]) => {
    queue = queue.then(async () => {
      for (const job of jobs) {
        const c0 = process.cpuUsage();
        const v = await runJob(job);
        const c = process.cpuUsage(c0);
        process.send!({ id: job.id, cpuMs: Math.round(Math.max(0, c.user + c.system - oracleUs) / 1000), ...v } satisfies Verdict);
      }
    });
  });
  process.send({ ready: true });
}
