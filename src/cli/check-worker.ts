/**
 * A worker thread of `bagalau check` (./check-source.ts): receives chunks of file names, answers with
 * their items in the same order. Settings arrive as workerData; the worker keeps its own batch.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkItem, checkOptions, type CheckSpec } from './check-source.js';
import type { WalkNote } from '../package/load.js';

const opts = checkOptions(workerData as CheckSpec);
parentPort!.on('message', (m: { chunk: number; files: string[]; notes: Array<WalkNote | undefined> }) => {
  parentPort!.postMessage({ chunk: m.chunk, items: m.files.map((f, i) => checkItem(f, opts, m.notes[i])) });
});
