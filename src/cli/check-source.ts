/**
 * Where `bagalau check` gets its results from: each file loaded and checked in this thread, or — for a
 * large folder on a machine with more than one core — in worker threads (./check-worker.ts), handed
 * back in the files' order so that every output is byte for byte what one thread writes. A worker gets
 * the same settings (today, wording, calendar files, session folders) and builds its own batch; the
 * user's config (severity overrides) is applied by the caller, once, in this thread.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { loadPack, methodologyOf, packIfLoaded } from '../acts/registry.js';
import { newBatch } from '../check/batch.js';
import { checkDocument, failedResult, type CheckOptions, type FileResult } from '../check/run.js';
import type { Lang, Text3 } from '../law/finding.js';
import { loadFile, sessionLoader, walkNoteOf, type WalkNote } from '../package/load.js';
import type { SourceDoc } from '../package/source-doc.js';
import { notAPackage, skippedFinding } from './inputs.js';
import { calendarFor } from './options.js';

/** One file's outcome: its result, or the line saying why it was skipped as not a package. */
export type Item = { file: string; result: FileResult } | { file: string; skipped: Text3 };

/** What a worker needs to check files as this thread would (plain data: it crosses to the worker). */
export interface CheckSpec {
  /** The paths named on the command line (session refs are confined to them). */
  roots: string[];
  sessions: string[];
  calendar: string[];
  lang: Lang;
  today: string;
  wording?: string;
}

export async function checkOptions(spec: CheckSpec): Promise<CheckOptions> {
  return {
    today: spec.today,
    calendar: await calendarFor(spec.calendar, spec.lang),
    loadSession: sessionLoader(spec.roots, spec.sessions),
    batch: newBatch(),
    ...(spec.wording ? { wordingDate: spec.wording } : {}),
  };
}

/**
 * One parsed package checked. The async step of a check: the pack its package names is loaded the first time
 * it is met (only that pack: a check of one file loads one; `loadPack` answers nothing for an id we do not hold),
 * and the engine, synchronous, looks it up.
 */
export async function checkLoaded(doc: SourceDoc, opts: CheckOptions): Promise<FileResult> {
  const id = methodologyOf(doc.data);
  if (id !== undefined && packIfLoaded(id) === undefined) await loadPack(id);
  return checkDocument(doc, opts);
}

/** One file from disk: loaded, skipped if it is no package, else checked; whatever throws is the file's own finding. */
export async function checkItem(file: string, opts: CheckOptions, note: WalkNote | undefined = walkNoteOf(file)): Promise<Item> {
  try {
    const doc = loadFile(file, note);
    if (notAPackage(doc)) return { file: doc.file, skipped: skippedFinding().message };
    return { file, result: await checkLoaded(doc, opts) };
  } catch (e) {
    return { file, result: failedResult(file, e) };
  }
}

/** Files one after the other, in their order. */
export async function checkItems(files: readonly string[], opts: CheckOptions, notes?: ReadonlyArray<WalkNote | undefined>): Promise<Item[]> {
  const items: Item[] = [];
  for (let i = 0; i < files.length; i++) items.push(await checkItem(files[i]!, opts, notes ? notes[i] : walkNoteOf(files[i]!)));
  return items;
}

/** Below this many files a folder is checked in this thread: starting workers costs more than it saves. */
export const PARALLEL_FROM = 400;
const CHUNK = 64;
/** Chunks answered but not yet taken, per worker, before the workers get more: a slow reader of the results (a program iterating `checkFiles`) keeps memory bounded. */
const AHEAD = 4;

/** The worker thread's module, beside the module (or the bundle chunk) that holds this one. */
export const checkWorkerUrl = (): URL => new URL('./check-worker.js', import.meta.url);

/** How many threads to use: `--jobs N`, else every core for a large folder, else one. */
export function jobsFor(requested: number | undefined, files: number): number {
  if (requested !== undefined) return Math.max(1, Math.min(requested, files));
  return files >= PARALLEL_FROM ? Math.max(1, Math.min(availableParallelism(), 8)) : 1;
}

/**
 * The results of `files` in their order, from `jobs` worker threads. A worker that dies (it should
 * not: each file's faults are caught inside it) has its unfinished files checked here instead, so
 * no file is lost.
 */
export async function* checkInWorkers(files: readonly string[], spec: CheckSpec, jobs: number, workerUrl: URL): AsyncGenerator<Item> {
  // (loaded here: a check in one thread never starts a worker)
  const { Worker } = await import('node:worker_threads');
  const chunks: string[][] = [];
  for (let i = 0; i < files.length; i += CHUNK) chunks.push(files.slice(i, i + CHUNK));
  const done = new Map<number, Item[]>();
  let next = 0; // next chunk to hand out
  let wake: (() => void) | undefined;
  let failure: unknown;
  const ready = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  let local: CheckOptions | undefined;
  const inThisThread = async (c: number) => {
    local ??= await checkOptions(spec);
    done.set(c, await checkItems(chunks[c]!, local));
  };
  const workers: Worker[] = [];
  const givers: Array<() => void> = [];
  let alive = 0;
  for (let w = 0; w < jobs; w++) {
    const worker = new Worker(workerUrl, { workerData: spec });
    const inFlight = new Set<number>();
    let gone = false;
    alive++;
    const give = () => {
      if (gone) return; // a worker that died gets nothing more (its chunks are checked in this thread)
      // two chunks in flight per worker keep it busy while its last answer is read
      while (inFlight.size < 2 && next < chunks.length && done.size < AHEAD * jobs) {
        inFlight.add(next);
        // each file with what the walk learnt about it (a link out of the folder, a name that is not UTF-8): the worker did not walk
        worker.postMessage({ chunk: next, files: chunks[next], notes: chunks[next]!.map(walkNoteOf) });
        next++;
      }
      if (inFlight.size === 0 && next >= chunks.length) void worker.terminate();
    };
    givers.push(give);
    worker.on('message', (m: { chunk: number; items: Item[] }) => {
      inFlight.delete(m.chunk);
      done.set(m.chunk, m.items);
      give();
      ready();
    });
    const lost = async () => {
      if (gone) return;
      gone = true;
      alive--;
      const mine = [...inFlight];
      inFlight.clear();
      try {
        for (const c of mine) await inThisThread(c);
      } catch (e) {
        failure = e;
      }
      ready();
    };
    worker.on('error', () => void lost());
    worker.on('exit', () => void lost());
    workers.push(worker);
    give();
  }
  try {
    for (let c = 0; c < chunks.length; c++) {
      while (!done.has(c)) {
        if (failure) throw failure;
        if (alive === 0 && next < chunks.length) {
          // no worker left (none could start, or all died): the rest is checked here
          while (next < chunks.length) await inThisThread(next++);
          continue;
        }
        // (a dead worker's chunks are being checked here by `lost`, which wakes this loop when they are done)
        await new Promise<void>((r) => (wake = r));
      }
      const items = done.get(c)!;
      done.delete(c);
      // room again for the workers that waited for the reader
      for (const give of givers) give();
      yield* items;
    }
  } finally {
    for (const w of workers) void w.terminate();
  }
}
