/**
 * A streamed report reaches a file or a pipe in larger writes (src/cli/output.ts `coalescing`), and loses nothing of
 * what the per-file writes gave: the same bytes, a skipped file's line on standard error still in its place among
 * the results when both streams go to one file, and what was written before a failure.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coalescing, type Sink } from '../../src/cli/output.js';
import { tempDir } from '../temp.js';

/** A sink that notes what reaches it. */
function recorder(): Sink & { log: string[] } {
  const log: string[] = [];
  return { log, write: (c) => void log.push(typeof c === 'string' ? c : `<${c.length} bytes>`), commit: () => void log.push('commit'), abort: () => void log.push('abort') };
}

describe('coalescing', () => {
  it('joins writes until the limit, then writes them as one', () => {
    const r = recorder();
    const s = coalescing(r, 4);
    s.write('ab');
    expect(r.log).toEqual([]);
    s.write('cd');
    expect(r.log).toEqual(['abcd']);
    s.write('e');
    s.flush();
    s.flush();
    expect(r.log).toEqual(['abcd', 'e']);
  });

  it('writes what it holds before bytes, at commit and at abort', () => {
    const r = recorder();
    const s = coalescing(r);
    s.write('a');
    s.write(new Uint8Array(3));
    s.write('b');
    s.commit();
    expect(r.log).toEqual(['a', '<3 bytes>', 'b', 'commit']);
    const q = recorder();
    const t = coalescing(q);
    t.write('c');
    t.abort();
    expect(q.log).toEqual(['c', 'abort']);
  });

  it('writes what it holds after the delay, for a reader of a slow run', async () => {
    const r = recorder();
    const s = coalescing(r, 1 << 20, 20);
    s.write('x');
    expect(r.log).toEqual([]);
    await new Promise((done) => setTimeout(done, 80));
    expect(r.log).toEqual(['x']);
  });
});

describe('bagalau check into a file or a pipe', () => {
  const dir = tempDir('bagalau-coalescing-');
  const folder = join(dir, 'folder');
  mkdirSync(folder);
  const valid = readFileSync('samples/mic-2018/valid-session-inline.yaml', 'utf8');
  // a.yaml and c.yaml are packages, b.yaml is not (a line on standard error); the walk takes them in name order
  writeFileSync(join(folder, 'a.yaml'), valid);
  writeFileSync(join(folder, 'b.yaml'), 'title: минутки\n');
  writeFileSync(join(folder, 'c.yaml'), valid);
  const both = (format: string) => {
    const out = join(dir, `both-${format}.txt`);
    const fd = openSync(out, 'w');
    const r = spawnSync(process.execPath, ['dist/bundle/main.js', 'check', folder, '--format', format, '--lang', 'en', '--today', '2026-11-22', '--no-progress', '--jobs', '1'], { stdio: ['ignore', fd, fd] });
    closeSync(fd);
    expect(r.status).toBe(0);
    return readFileSync(out, 'utf8');
  };

  it('a skipped file\'s line on standard error stays between the results before and after it', () => {
    const text = both('text');
    const at = (s: string) => text.indexOf(s);
    expect(at('a.yaml')).toBeGreaterThanOrEqual(0);
    expect(at('b.yaml:')).toBeGreaterThan(at('a.yaml'));
    expect(at('c.yaml')).toBeGreaterThan(at('b.yaml:'));
  });
});
