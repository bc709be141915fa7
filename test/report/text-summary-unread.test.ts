/**
 * `bagalau check <folder> --summary`, the lawyer's summary on a terminal or kept in a file: like the HTML and XLSX
 * reports it names the files not read (each at its line:column with what is wrong) and the files skipped as no
 * package, with their count under the totals — it counted the files not read among «(орган не указан)» and named
 * neither, so a summary kept in a file (`> сводка.txt`, no stderr) did not say which files to send back.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORDS } from '../../src/report/i18n.js';
import { BROKEN, SKIPPED, unitFolder } from './audit-folder.js';

const CLI = 'dist/src/cli/main.js';
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
const FOLDER = unitFolder('bagalau-text-summary-unread-');

describe('text summary: the files not checked', () => {
  for (const lang of ['ru', 'kk', 'en'] as const)
    it(`names each file not read with its place and message, then the file skipped, and counts it (${lang})`, () => {
      const w = WORDS[lang];
      const r = run('check', FOLDER, '--summary', '--today', '2026-12-04', '--lang', lang);
      expect(r.status).toBe(2);
      const out = r.stdout;
      const unread = out.indexOf(`\n${w.unread}\n  ${w.unreadNote}\n`);
      expect(unread, out).toBeGreaterThan(0);
      for (const name of Object.keys(BROKEN)) expect(out.slice(unread)).toContain(`\n  ${join(FOLDER, name)}`);
      // the JSON file cut short, at the place the parser stopped
      expect(out).toMatch(new RegExp(`\\n  ${join(FOLDER, 'truncated.json').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:1:\\d+  \\S`));
      expect(out).toContain(`\n${w.skippedNote}\n  ${join(FOLDER, SKIPPED)}\n`);
      expect(out.trimEnd().split('\n').at(-1)).toBe({ ru: '1 файл пропущен', kk: '1 файл өткізілді', en: '1 file skipped' }[lang]);
    });

  for (const lang of ['ru', 'kk', 'en'] as const)
    it(`counts the files not read on a line of their own, under no body, and the lines add up; says what, of which day and folder (${lang})`, () => {
      const w = WORDS[lang];
      const out = run('check', FOLDER, '--summary', '--today', '2026-12-04', '--lang', lang).stdout;
      const lines = out.split('\n');
      // its title, then the check date and the folder checked, as the HTML report's heading
      expect(lines[0]).toBe(w.title);
      expect(lines[1]).toBe(`${w.checkedOn}: ${lang === 'en' ? '2026-12-04' : '04.12.2026'} · ${w.checked}: ${FOLDER}`);
      // the one package names its body: no body «not given» holds the three files not read
      expect(lines).not.toContain(w.noBody);
      const row = (label: string) => lines.find((l) => l.startsWith(`  ${label} `))?.slice(label.length + 2).trim().split(/\s+/).map(Number);
      const broken = Object.keys(BROKEN).length;
      const packages = row(w.packages)!;
      const unread = row(w.unread)!;
      expect(packages[0]).toBe(1);
      expect(unread.slice(0, 2)).toEqual([broken, 0]);
      expect(row(w.all)).toEqual(packages.map((n, i) => n + unread[i]!));
      expect(lines.some((l) => l.startsWith(`  ${w.counted} `))).toBe(true);
    });

  it('has neither list when every file was read', () => {
    const r = run('check', join(FOLDER, 'Оценка 01.yaml'), '--summary', '--today', '2026-12-04', '--lang', 'ru');
    expect(r.stdout).not.toContain(WORDS.ru.unread);
    expect(r.stdout).not.toContain(WORDS.ru.skippedNote);
  });
});
