/**
 * The suite leaves nothing in the system's temporary folder: the run has one of its own (test/temp-run.ts)
 * that workers and child processes really use, and test/temp.ts removes each test's folders as it goes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { tempDir } from './temp.js';

describe('the run temporary folder', () => {
  it('is what os.tmpdir() gives in a worker and in a child process', () => {
    const run = inject('tmpRun');
    expect(run).toMatch(/bagalau-test-run-/);
    expect(tmpdir()).toBe(run);
    const child = spawnSync(process.execPath, ['-p', 'require("node:os").tmpdir()'], { encoding: 'utf8' });
    expect(child.stdout.trim()).toBe(run);
    // LibreOffice and Chromium read TMPDIR themselves
    expect(spawnSync('sh', ['-c', 'printf %s "$TMPDIR"'], { encoding: 'utf8' }).stdout).toBe(run);
  });
});

describe('tempDir', () => {
  let made = '';
  it('makes a folder under the temporary folder', () => {
    made = tempDir('bagalau-temp-test-');
    writeFileSync(join(made, 'f'), 'x');
    expect(made.startsWith(join(tmpdir(), 'bagalau-temp-test-'))).toBe(true);
  });
  it('removes a folder made in a test when that test is done', () => {
    expect(made).not.toBe('');
    expect(existsSync(made)).toBe(false);
  });

  it('removes the folders made outside a test when the file is done, and the run folder names and removes what a test forgot', () => {
    const outer = tempDir('bagalau-temp-outer-');
    const r = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--config', 'test/temp-fixture/vitest.config.ts'], {
      encoding: 'utf8',
      env: { ...process.env, TMPDIR: outer, TMP: outer, TEMP: outer, NO_COLOR: '1' },
    });
    const out = r.stdout + r.stderr;
    expect(r.status, out).toBe(0);
    expect(out).toMatch(/Tests\s+1 passed/);
    // only the bare mkdtempSync is named: the tempDir folders were removed by the file itself
    const line = out.split('\n').find((l) => l.includes('temporary folders left by tests'));
    expect(line, out).toMatch(/: bagalau-fixture-leak-\w+$/);
    // and the run folder, with the leak in it, is gone (vitest's own cache folder too)
    expect(readdirSync(outer)).toEqual([]);
  });
});
