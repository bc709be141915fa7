/**
 * Temporary folders for tests, each removed when what made it is done: `tempDir('bagalau-x-')` in a test is
 * removed when that test finishes; anywhere else (the file's top, a describe, a beforeAll) when the test file
 * finishes. Use it instead of a bare mkdtempSync: vitest ends its workers without a process 'exit' event, so
 * nothing registered there ever runs, and a folder nobody removes stays in the temporary folder for good.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

const remove = (dir: string): void => rmSync(dir, { recursive: true, force: true });

/** Folders made outside a test; removed after the last test of the file that imported this module. */
const fileScoped = new Set<string>();
// Registered while the test file is collected (its imports are evaluated then, afresh for every file as
// vitest isolates them): a hook registered later, from a running hook or test, would be silently dropped.
afterAll(() => {
  for (const dir of fileScoped) remove(dir);
  fileScoped.clear();
});

/** A fresh folder `<tmpdir>/<prefix>XXXXXX`, removed when the test or, outside a test, the file is done. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    onTestFinished(() => remove(dir));
  } catch {
    // not inside a test (onTestFinished throws there): the folder lives as long as the file
    fileScoped.add(dir);
  }
  return dir;
}
