/** The `bagalau` command as a user runs it (built CLI in a child process): output shapes and exit codes. */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKS } from '../src/acts/index.js';
import { tempDir } from './temp.js';

const CLI = 'dist/src/cli/main.js';
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'Asia/Almaty' } });
const dir = tempDir('bagalau-cli-');
const bad = join(dir, 'bad.yaml');
writeFileSync(bad, 'methodology: [\n');
const unknown = join(dir, 'unknown.yaml');
writeFileSync(unknown, 'methodology: no-such\n');

describe('bagalau check', () => {
  it('--format json prints one object with results and summary; a clean package exits 0', () => {
    const r = run('check', 'samples/asa-b-model/valid.yaml', '--format', 'json', '--today', '2026-11-22');
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.version).toBe(1);
    expect(out.results[0]).toMatchObject({ file: 'samples/asa-b-model/valid.yaml', methodology: 'asa-b-model' });
    expect(typeof out.results[0].wording).toBe('string');
    expect(out.summary).toMatchObject({ files: 1, errors: 0, warnings: 0 });
    expect(r.status).toBe(0);
  });

  it('a package with an error exits 1; a file that cannot be read exits 2 while the others are still checked', () => {
    const one = run('check', unknown, '--format', 'json');
    expect(one.status).toBe(1);
    const both = run('check', bad, unknown, 'samples/asa-b-model/valid.yaml', '--format', 'json');
    expect(both.status).toBe(2);
    const out = JSON.parse(both.stdout);
    expect(out.results.map((x: { findings: Array<{ ruleId: string }> }) => x.findings[0]?.ruleId ?? 'ok')).toEqual(['input', 'unknown-methodology', 'ok']);
    expect(out.summary.files).toBe(3);
  });

  it('text output speaks the chosen language and gives line:column', () => {
    const kk = run('check', unknown);
    expect(kk.stdout).toContain('1:14');
    expect(kk.stdout).toContain('Белгісіз әдістеме');
    expect(run('check', unknown, '--lang', 'ru').stdout).toContain('Неизвестная методика');
    expect(run('check', unknown, '--lang', 'en').stdout).toContain('Unknown methodology');
  });

  it('--format sarif is SARIF 2.1.0', () => {
    const s = JSON.parse(run('check', unknown, '--format', 'sarif', '--lang', 'en').stdout);
    expect(s.version).toBe('2.1.0');
    expect(s.runs[0].results[0]).toMatchObject({ ruleId: 'unknown-methodology', level: 'error' });
    expect(s.runs[0].results[0].locations[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: 14 });
  });

  it('usage errors exit 2 with one line and no stack trace', () => {
    for (const args of [['check', unknown, '--format', 'xml'], ['check', unknown, '--today', '2026-02-30'], ['check', join(dir, 'empty-dir-none')], ['explain', 'no/such-rule']]) {
      const r = run(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('bagalau methodologies and explain', () => {
  it('lists the six methodology ids', () => {
    const r = run('methodologies', '--format', 'json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).methodologies.map((m: { id: string }) => m.id).sort()).toEqual(
      ['almaty-maslikhat-2018', 'asa-a-corps', 'asa-b-model', 'kyzylorda-maslikhat-2018', 'mic-2018', 'sjc-apparatus'],
    );
  });

  it('writes days as officials do: 26.03.2018 in Kazakh and Russian, 2018-03-26 in English (JSON keeps ISO)', () => {
    const iso = /\b\d{4}-\d{2}-\d{2}\b/;
    for (const lang of ['kk', 'ru'] as const) {
      for (const args of [['methodologies'], ['explain', 'mic-2018/plan-deadline']]) {
        const r = run(...args, '--lang', lang);
        expect(r.status, args.join(' ')).toBe(0);
        expect(r.stdout, `${args.join(' ')} --lang ${lang}`).not.toMatch(iso);
        expect(r.stdout).toContain('26.03.2018');
      }
    }
    expect(run('methodologies', '--lang', 'ru').stdout).toContain('приказ от 26.03.2018 № 103; рег. № 16753, 13.04.2018');
    expect(run('explain', 'mic-2018/plan-deadline', '--lang', 'kk').stdout).toContain('9-тармақ, 26.03.2018 редакциясы');
    const en = run('methodologies', '--lang', 'en').stdout;
    expect(en).toContain('order No. 103 of 2018-03-26; reg. No. 16753, 2018-04-13');
    expect(JSON.parse(run('methodologies', '--format', 'json').stdout).methodologies[0].act.date).toMatch(iso);
  });

  it('explains every rule of every pack with its clause and Kazakh text', () => {
    for (const pack of PACKS) {
      const rule = pack.rules[0];
      if (!rule) continue;
      const r = run('explain', rule.id, '--format', 'json');
      expect(r.status, rule.id).toBe(0);
      const info = JSON.parse(r.stdout);
      expect(info).toMatchObject({ ruleId: rule.id, methodology: pack.id, clause: rule.clause, quote: rule.quote });
    }
  });
});
