/**
 * A worker thread of `bagalau check` (./check-source.ts): receives chunks of file names, answers with
 * their items in the same order. Settings arrive as workerData; the worker keeps its own batch and loads each
 * pack when its files first meet it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkItems, checkOptions, type CheckSpec } from './check-source.js';
import type { WalkNote } from '../package/load.js';
import { plainFinding } from '../law/finding.js';

const opts = await checkOptions(workerData as CheckSpec);
// one chunk after the other (a chunk waits only when it meets a pack not loaded yet)
let queue = Promise.resolve();
parentPort!.on('message', (m: { chunk: number; files: string[]; notes: Array<WalkNote | undefined> }) => {
  queue = queue.then(async () => {
    const items = await checkItems(m.files, opts, m.notes);
    // A finding's texts are made when read (src/rules/base.ts): plain copies cross to the parent thread.
    for (const item of items) if ('result' in item) item.result.findings.forEach(plainFinding);
    parentPort!.postMessage({ chunk: m.chunk, items });
  });
});
