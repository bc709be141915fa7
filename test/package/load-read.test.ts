/**
 * loadFile reads a file with the size its stat gave (no second stat): what it reads must be what readFileSync reads,
 * for files of any size and content, and for a file whose stat says 0 bytes but which has some (/proc).
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docFromBytes, loadFile } from '../../src/package/load.js';
import { tempDir } from '../temp.js';

const dir = tempDir('bagalau-read-');

const plain = (d: ReturnType<typeof loadFile>) => JSON.parse(JSON.stringify({ ...d, placeOf: undefined, places: ['', '/a', '/servant'].map((p) => d.placeOf?.(p)) })) as unknown;

describe('a file read by loadFile', () => {
  it('has the bytes readFileSync reads, for every size around the buffer pool and beyond', () => {
    const text = readFileSync('samples/mic-2018/valid.yaml');
    for (const size of [0, 1, 2, 3, 4, 100, 4095, 4096, 4097, 8191, 8192, 8193, text.length, 70_000, 300_000]) {
      const bytes = Buffer.alloc(size);
      for (let i = 0; i < size; i++) bytes[i] = text[i % text.length]!;
      for (const ext of ['yaml', 'json', 'bin']) {
        const file = join(dir, `f${size}.${ext}`);
        writeFileSync(file, bytes);
        expect(plain(loadFile(file)), file).toEqual(plain(docFromBytes(file, readFileSync(file))));
      }
    }
  });

  it('of 0 bytes by its stat but with content (a /proc file) is read to its end', () => {
    const file = '/proc/self/status';
    if (!existsSync(file)) return;
    const doc = loadFile(file);
    // a process's status is read as YAML (`Name:\tnode` …): it has data, as readFileSync's bytes give
    expect(doc.data).toBeTypeOf('object');
    expect(Object.keys(doc.data as object)).toContain('Name');
  });
});
