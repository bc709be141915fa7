/**
 * `bagalau check <folder> --format json --output <folder>/отчёт.json`, run twice (a lawyer checks a folder again after
 * HR corrected it, the report kept beside the packages): the second run does not read the first run's report as an
 * input, so both runs write the same report and say nothing on stderr — the second counted the report as a file
 * skipped («отчёт.json: Не пакет оценки …», `skipped: 1`).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp.js';

const CLI = 'dist/src/cli/main.js';
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

describe('a report written into the folder it checks', () => {
  it('is not read by the next run: two runs, one report', () => {
    const folder = join(tempDir('bagalau-output-twice-'), 'Отдел кадров');
    mkdirSync(folder);
    copyFileSync('samples/mic-2018/valid.yaml', join(folder, 'Оценка 01.yaml'));
    cpSync('samples/mic-2018/sessions', join(folder, 'sessions'), { recursive: true });
    const out = join(folder, 'отчёт.json');
    const reports = [1, 2].map(() => {
      const r = run('check', folder, '--format', 'json', '--output', out, '--today', '2026-12-04', '--lang', 'ru');
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('');
      return readFileSync(out, 'utf8');
    });
    expect(reports[1]).toBe(reports[0]);
    expect(JSON.parse(reports[1]!).summary).toMatchObject({ files: 1, skipped: 0 });
  });

  it('is still checked when it is named on its own and written elsewhere', () => {
    const dir = tempDir('bagalau-output-twice-');
    const pkg = join(dir, 'Оценка 01.yaml');
    copyFileSync('samples/mic-2018/valid.yaml', pkg);
    cpSync('samples/mic-2018/sessions', join(dir, 'sessions'), { recursive: true });
    const r = run('check', pkg, '--format', 'json', '--output', join(dir, 'r.json'), '--today', '2026-12-04');
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')).summary.files).toBe(1);
    expect(r.status).toBe(0);
  });
});
