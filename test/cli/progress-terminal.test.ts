/**
 * `bagalau check <folder>` on a terminal, standard output and standard error both on it (as a lawyer runs it): the
 * progress line is cleared before each file's result is written, so no result line begins with «[i/n] file» — they
 * ran on after it («[1/57] …файл.yamlВходящие/…»). Read as the terminal shows it: the run goes through `script`, a
 * pseudo-terminal, and its bytes through a small line model (carriage return, «erase line»).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp.js';

const CLI = resolve('dist/src/cli/main.js');
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

/** The lines a terminal shows for `bytes`: «\r» goes back to the line's start, «ESC[2K» erases the line. */
function screen(bytes: string): string[] {
  const lines: string[] = [];
  let line: string[] = [];
  let col = 0;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (bytes.startsWith('\x1b[2K', i)) {
      line = [];
      i += 3;
    } else if (c === '\r') col = 0;
    else if (c === '\n') {
      lines.push(line.join(''));
      line = [];
      col = 0;
    } else line[col++] = c;
  }
  if (line.length) lines.push(line.join(''));
  return lines;
}

/** 60 packages in a body's folder with a Cyrillic name and spaces: enough for the progress line (from 50 files). */
const ROOT = tempDir('bagalau-progress-terminal-');
const FOLDER = join(ROOT, 'Управление здравоохранения');
mkdirSync(FOLDER);
for (let i = 1; i <= 60; i++) copyFileSync('samples/mic-2018/valid.yaml', join(FOLDER, `Оценка ${String(i).padStart(2, '0')}.yaml`));

describe('the progress line on the terminal the results are written to', () => {
  it.skipIf(!hasScript)('is cleared before each result, so every result line reads as it was written', () => {
    const cmd = `'${process.execPath}' '${CLI}' check 'Управление здравоохранения' --today 2026-12-04 --lang ru`;
    const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, COLUMNS: '100' }, maxBuffer: 64 << 20 });
    const shown = screen(r.stdout);
    const heads = shown.filter((l) => l.includes('Оценка '));
    expect(heads).toHaveLength(60);
    for (const l of heads) expect(l, l).toMatch(/^Управление здравоохранения\/Оценка \d\d\.yaml {2}mic-2018/);
    // the bar was drawn: the terminal got it, and erased it
    expect(r.stdout).toMatch(/\[\d+\/60\] /);
  });
});
