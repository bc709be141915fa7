/**
 * Ctrl-C in the middle of `bagalau check … --output FILE`: the report FILE held before is left as it was, no
 * temporary file stays beside it (Node's default end of a process left `.FILE.<pid>.tmp`, a file a Windows user
 * sees in the folder), the user is told in the chosen language, and the exit code is the shell's 130.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { samplesWithCases } from '../../src/package/cases.js';
import { tempDir } from '../temp.js';

const CLI = 'dist/src/cli/main.js';
const FOLDER = samplesWithCases(tempDir('bagalau-interrupt-samples-'));

/** Runs a check into `out`, sends SIGINT once its temporary file is there, and gives the exit code and stderr. */
function interrupted(out: string, lang: string): Promise<{ code: number | null; stderr: string; tmpSeen: boolean }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, 'check', FOLDER, '--format', 'html', '--output', out, '--today', '2026-12-04', '--lang', lang, '--jobs', '1'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let tmpSeen = false;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const dir = join(out, '..');
    const poll = setInterval(() => {
      if (readdirSync(dir).some((f) => f.endsWith('.tmp'))) {
        tmpSeen = true;
        clearInterval(poll);
        child.kill('SIGINT');
      }
    }, 2);
    child.on('exit', (code) => {
      clearInterval(poll);
      done({ code, stderr, tmpSeen });
    });
  });
}

describe('check interrupted with Ctrl-C', () => {
  it('leaves the report there before unchanged, no temporary file, and says so (ru)', async () => {
    const dir = tempDir('bagalau-interrupt-');
    const out = join(dir, 'отчёт.html');
    writeFileSync(out, 'the report of the last run');
    const r = await interrupted(out, 'ru');
    expect(r.tmpSeen).toBe(true);
    expect(r.code).toBe(130);
    expect(readFileSync(out, 'utf8')).toBe('the report of the last run');
    expect(readdirSync(dir)).toEqual(['отчёт.html']);
    expect(r.stderr).toContain(`${out}: проверка прервана, отчёт не записан; прежний файл не изменён`);
  }, 60_000);

  it('writes no report where there was none (en)', async () => {
    const dir = tempDir('bagalau-interrupt-');
    const out = join(dir, 'report.html');
    const r = await interrupted(out, 'en');
    expect(r.code).toBe(130);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
    expect(r.stderr).toContain(`${out}: the check was interrupted, the report not written\n`);
  }, 60_000);
});
