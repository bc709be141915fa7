/**
 * `init` and `draft` say in words why a file could not be read or written (src/package/os-error.ts), as `check`
 * does: «нет прав доступа (EACCES)», never the bare code, an «internal error» or a stack trace. Each case is
 * provoked for real: a read-only folder, a file where a folder is expected, a folder where a file is, a missing file.
 * A read-only folder stops root from nothing, so as root the command runs as user nobody (setpriv).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp.js';

const CLI = resolve('dist/src/cli/main.js');
const root = process.getuid?.() === 0;
const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p));
/** Whether a read-only folder can be provoked here: as another user than root, or as root through setpriv. */
const canDeny = !root || setpriv !== undefined;

const dir = tempDir('bagalau-os-errors-');
chmodSync(dir, 0o755);
// the folders above it (this run's temporary folder) are the test's own: nobody may pass through them
if (root && setpriv) for (let d = dirname(dir); d !== dirname(d); d = dirname(d)) if ((statSync(d).mode & 0o001) === 0) chmodSync(d, statSync(d).mode | 0o001);
const ro = join(dir, 'read-only');
mkdirSync(ro);
chmodSync(ro, 0o555);
const aFile = join(dir, 'a-file');
writeFileSync(aFile, 'not a folder\n');
const draft = join(dir, 'draft.md');
writeFileSync(draft, readFileSync('samples/drafts/numbering-gap.md'));
const staff = join(dir, 'staff.csv');
writeFileSync(staff, 'ФИО,Должность,Категория,Государственный орган,Дата назначения\nИванов Иван,эксперт,С-4,Министерство,01.03.2023\n');

/** The CLI in Russian, as an ordinary user (nobody, when the tests run as root). */
function run(...args: string[]): { status: number | null; out: string } {
  const argv = [CLI, ...args, '--lang', 'ru'];
  const r = root && setpriv
    ? spawnSync(setpriv, ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, ...argv], { cwd: dir, encoding: 'utf8' })
    : spawnSync(process.execPath, argv, { cwd: dir, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** The output says `words (CODE)`, and nowhere a code alone, an internal error or a stack trace. */
function saysInWords(out: string, words: string, code: string): void {
  expect(out).toContain(`${words} (${code})`);
  expect(out.replace(/\((E[A-Z]+)\)/g, '')).not.toMatch(/\bE[A-Z]{3,}\b/);
  expect(out).not.toMatch(/внутренняя ошибка|^\s+at /m);
}

const DENIED = ['нет прав доступа', 'EACCES'] as const;
const EXISTS = ['файл с таким именем уже есть', 'EEXIST'] as const;
const NO_FILE = ['нет такого файла или папки', 'ENOENT'] as const;
const IS_DIR = ['это папка, а не файл', 'EISDIR'] as const;
const NOT_DIR = ['часть пути не является папкой', 'ENOTDIR'] as const;

describe('init says why it cannot read or write', () => {
  it.skipIf(!canDeny)('a read-only folder', () => {
    const r = run('init', 'mic-2018', '-o', join(ro, 'x.yaml'));
    expect(r.status).toBe(2);
    saysInWords(r.out, ...DENIED);
    expect(r.out).toContain('файл не записать');
  });
  it('a file where the folder should be', () => {
    const r = run('init', 'mic-2018', '-o', join(aFile, 'x.yaml'));
    expect(r.status).toBe(2);
    saysInWords(r.out, ...EXISTS);
    expect(r.out).toContain(`${aFile}: папку не создать`);
  });
  it('a staff list that is not there, or is a folder', () => {
    saysInWords(run('init', '--from', 'none.csv', '--methodology', 'mic-2018', '--period', '2025').out, ...NO_FILE);
    saysInWords(run('init', '--from', ro, '--methodology', 'mic-2018', '--period', '2025').out, ...IS_DIR);
  });
  it.skipIf(!canDeny)('a staff list\'s rows into a read-only folder: each row says why', () => {
    const r = run('init', '--from', staff, '--methodology', 'mic-2018', '--period', '2025', '--out', ro);
    expect(r.status).toBe(1);
    saysInWords(r.out, ...DENIED);
  });
  it('a staff list\'s packages into a folder under a file', () => {
    const r = run('init', '--from', staff, '--methodology', 'mic-2018', '--period', '2025', '--out', join(aFile, 'sub'));
    expect(r.status).toBe(2);
    saysInWords(r.out, ...NOT_DIR);
  });
});

describe('draft says why it cannot read or write', () => {
  it('check: a draft that is not there, or is a folder', () => {
    saysInWords(run('draft', 'check', 'none.md').out, ...NO_FILE);
    saysInWords(run('draft', 'check', ro).out, ...IS_DIR);
  });
  it('import: a path through a file', () => {
    const r = run('draft', 'import', join(aFile, 'x.txt'));
    expect(r.status).toBe(2);
    saysInWords(r.out, ...NOT_DIR);
  });
  it.skipIf(!canDeny)('import -o, check --alignment, render --out into a read-only folder', () => {
    for (const args of [['draft', 'import', draft, '-o', join(ro, 'y.md')], ['draft', 'check', draft, '--alignment', join(ro, 'a.md')], ['draft', 'render', draft, '--format', 'docx', '--out', ro]]) {
      const r = run(...args);
      expect(r.status, args.join(' ')).toBe(2);
      saysInWords(r.out, ...DENIED);
    }
  });
  it('render --out a file', () => {
    const r = run('draft', 'render', draft, '--format', 'docx', '--out', aFile);
    expect(r.status).toBe(2);
    saysInWords(r.out, ...EXISTS);
  });
});
