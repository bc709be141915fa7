/** `bagalau calendar`, run as a user runs it: the built CLI in a child process. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const main = `${root}dist/src/cli/main.js`;
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

function run(...args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [main, 'calendar', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, TZ: 'America/Santiago' } });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  // `npm test` builds first; when this file is run alone, build it here.
  if (!existsSync(main)) execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
});

describe('bagalau calendar YEAR', () => {
  it('--format json gives the year with months, days off and working weekends, with sources', () => {
    const r = run('2025', '--format', 'json');
    expect(r.code).toBe(0);
    const y = JSON.parse(r.out);
    expect(y.year).toBe(2025);
    expect(y.workingDays).toBe(246);
    expect(y.months).toHaveLength(12);
    expect(y.months[0]).toMatchObject({ month: 1, workingDays: 20 });
    expect(y.daysOff[0]).toMatchObject({ date: '2025-01-01', reason: { en: 'New Year' }, source: { id: 'law-holidays-2022' } });
    expect(y.workingWeekends).toEqual([expect.objectContaining({ date: '2025-01-05', source: expect.objectContaining({ adilet: 'G24G0000436' }) })]);
  });
  it('text in Kazakh by default, Russian with --lang ru', () => {
    const kk = run('2024');
    expect(kk.code).toBe(0);
    expect(kk.out).toContain('Барлығы');
    expect(kk.out).toMatch(/маусым\s+20/);
    const ru = run('2024', '--lang', 'ru');
    expect(ru.out).toContain('Итого');
    // a day as Kazakh and Russian readers write it; English keeps ISO
    expect(ru.out).toContain('08.05.2024');
    expect(ru.out).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(run('2024', '--lang', 'en').out).toContain('2024-05-08');
    expect(ru.out).toContain('Официально опубликовано: 248');
  });
  it('a year outside the data prints weekends only and says so', () => {
    const r = run('2031', '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ status: 'no-data', outsideData: { years: [2031] } });
  });
});

describe('bagalau calendar --add', () => {
  it('prints the date five working days later with the explanation', () => {
    const r = run('--add', '2025-03-19', '5', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('2025-03-31 Monday');
    expect(r.out).toContain('Non-working days skipped: 2025-03-21 (Nauryz)');
    // typed as officials write a day, answered in their words
    const ru = run('--add', '19.03.2025', '5', '--lang', 'ru');
    expect(ru.out.split('\n')[0]).toBe('31.03.2025 понедельник');
    expect(ru.out).toContain('Пропущены нерабочие дни: 21.03.2025 (Наурыз мейрамы); 24.03.2025 (день отдыха вместо 22.03.2025 (Наурыз мейрамы), совпавшего с выходным)');
  });
  it('json, backwards, and other units', () => {
    const back = JSON.parse(run('--add', '2025-03-31', '-5', '--format', 'json').out);
    expect(back).toMatchObject({ deadline: '2025-03-19', direction: 'before', count: 5, unit: 'working-days' });
    const months = JSON.parse(run('--add', '2024-01-31', '1', '--unit', 'months', '--format', 'json').out);
    expect(months.deadline).toBe('2024-02-29');
  });
  it('--calendar FILE extends the data', () => {
    const without = JSON.parse(run('--add', '2028-01-05', '1', '--format', 'json').out);
    expect(without).toMatchObject({ deadline: '2028-01-06', outsideData: { years: [2028] } });
    const withFile = JSON.parse(run('--add', '2028-01-05', '1', '--format', 'json', '--calendar', fixture('2028-transfer.json')).out);
    expect(withFile.deadline).toBe('2028-01-08');
    expect(withFile.outsideData).toBeUndefined();
  });
});

describe('user errors: exit 2, one line, no stack trace', () => {
  const cases: [string, string[], RegExp][] = [
    ['impossible date', ['--add', '2025-02-30', '5', '--lang', 'en'], /--add: «2025-02-30» is not a date; write it as 2026-12-04 or 04.12.2026/],
    ['impossible dotted date', ['--day', '30.02.2025', '--lang', 'ru'], /--day: «30\.02\.2025» — не дата/],
    ['missing count', ['--add', '2025-03-19', '--lang', 'en'], /needs a whole number/],
    ['not a year', ['20x5', '--lang', 'en'], /not a year/],
    ['no argument', ['--lang', 'en'], /give a year/],
    ['bad calendar file', ['2027', '--calendar', fixture('bad-transfer.json'), '--lang', 'en'], /bad-transfer\.json:7:7: \/transfers\/0\/from: 2027-03-15 cannot become a working day/],
    ['missing calendar file', ['2027', '--calendar', 'nope.json', '--lang', 'en'], /nope\.json: cannot read the file/],
  ];
  for (const [name, args, pattern] of cases) {
    it(name, () => {
      const r = run(...args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(pattern);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).not.toMatch(/\bat .*\.js:\d+/);
    });
  }
});
