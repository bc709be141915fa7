/**
 * A worker thread of `bagalau check` (./check-source.ts): receives chunks of file names, answers with
 * their items in the same order. Settings arrive as workerData; the worker keeps its own batch and loads each
 * pack when its files first meet it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkItems, checkOptions, type CheckSpec } from './check-source.js';
import type { WalkNote } from '../package/load.js';

const opts = checkOptions(workerData as CheckSpec);
// one chunk after the other (a chunk waits only when it meets a pack not loaded yet)
let queue = Promise.resolve();
parentPort!.on('message', (m: { chunk: number; files: string[]; notes: Array<WalkNote | undefined> }) => {
  queue = queue.then(async () => parentPort!.postMessage({ chunk: m.chunk, items: await checkItems(m.files, opts, m.notes) }));
});
