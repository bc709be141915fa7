/** `bagalau check` behaves like its neighbours (eslint, prettier, ruff): each convention with a passing and a breaking case. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseText, findCase, listCases, writeCase } from '../../src/package/cases.js';
import { PACKS } from '../../src/acts/index.js';
import { tempDir } from '../temp.js';
const CLI = resolve('dist/src/cli/main.js');
const TODAY = '2026-12-04';
const run = (args, opts = {}) => {
    const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '' }, ...opts });
    return { status: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
};
const json = (args, opts = {}) => {
    const r = run([...args, '--format', 'json', '--today', TODAY], opts);
    return { ...r, out: JSON.parse(r.stdout) };
};
/** A small project: two clean packages, one with a late familiarisation, a package.json. */
function project() {
    const dir = tempDir('bagalau-conv-');
    mkdirSync(join(dir, 'evals/archive'), { recursive: true });
    cpSync('samples/mic-2018/valid.yaml', join(dir, 'evals/a.yaml'));
    cpSync('samples/mic-2018/valid.yaml', join(dir, 'evals/archive/old.yaml'));
    writeFileSync(join(dir, 'evals/late.yaml'), caseText(findCase('mic-2018', 'familiarisation')));
    cpSync('samples/mic-2018/sessions', join(dir, 'evals/sessions'), { recursive: true });
    cpSync('samples/mic-2018/sessions', join(dir, 'sessions'), { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{"name":"hr-evals","private":true}\n');
    return dir;
}
describe('check conventions', () => {
    it('--version prints the package version', () => {
        const r = run(['--version']);
        expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
        expect(r.status).toBe(0);
    });
    it('--fail-on: warnings fail the run only when asked', () => {
        // appeal-late: a warning and no error
        const f = writeCase(findCase('mic-2018', 'appeal-late'), tempDir('bagalau-conv-'));
        const base = json(['check', f]);
        expect(base.out.summary['errors']).toBe(0);
        expect(base.out.summary['warnings']).toBeGreaterThan(0);
        expect(base.status).toBe(0);
        expect(run(['check', f, '--fail-on', 'warning', '--today', TODAY]).status).toBe(1);
        expect(run(['check', f, '--fail-on', 'info', '--today', TODAY]).status).toBe(1);
        expect(run(['check', 'samples/mic-2018/valid.yaml', '--fail-on', 'warning', '--today', TODAY]).status).toBe(0);
    });
    it('stdin as - with --stdin-filepath: the name is used, session refs resolve from it', () => {
        // the case's package piped in, named as if it lay beside the valid package (its session ref is sessions/…)
        const text = caseText(findCase('mic-2018', 'familiarisation'));
        const r = json(['check', '-', '--stdin-filepath', 'samples/mic-2018/familiarisation.yaml'], { input: text });
        expect(r.out.results[0].file).toBe('samples/mic-2018/familiarisation.yaml');
        expect(r.out.results[0].findings.map((f) => f.ruleId)).toContain('mic-2018/familiarisation');
        const broken = json(['check', '-'], { input: 'methodology: [\n' });
        expect(broken.out.results[0].file).toBe('<stdin>');
        expect(broken.status).toBe(2);
        expect(run(['check', 'samples/mic-2018/valid.yaml', '--stdin-filepath', 'x.yaml']).status).toBe(2);
    });
    it('quoted globs are expanded by the command', () => {
        const cwd = tempDir('bagalau-glob-');
        for (const pack of PACKS)
            for (const c of listCases(pack.id))
                writeCase(c, join(cwd, 'cases'));
        const r = json(['check', 'cases/*/fam*.yaml'], { cwd });
        const files = r.out.results.map((x) => x.file);
        expect(files.length).toBeGreaterThan(2);
        expect(files.every((f) => /^cases\/[^/]+\/fam[^/]*\.yaml$/.test(f))).toBe(true);
        expect(new Set(files.map((f) => f.split('/')[1])).size).toBeGreaterThan(1);
        const none = run(['check', 'cases/mic-2018/zzz*.yaml', '--lang', 'en'], { cwd });
        expect(none.status).toBe(2);
        expect(none.stderr).toContain('no package files');
    });
    it('.bagalauignore (gitignore syntax) leaves out what it names; a file named on the command line is still checked', () => {
        const dir = project();
        const before = json(['check', 'evals'], { cwd: dir });
        expect(before.out.results.map((x) => x.file).sort()).toEqual(['evals/a.yaml', 'evals/archive/old.yaml', 'evals/late.yaml']);
        writeFileSync(join(dir, '.bagalauignore'), '# old files\narchive/\nlate.*\n');
        const after = json(['check', 'evals'], { cwd: dir });
        expect(after.out.results.map((x) => x.file)).toEqual(['evals/a.yaml']);
        expect(json(['check', 'evals/late.yaml'], { cwd: dir }).out.results).toHaveLength(1);
    });
    it('YAML/JSON that is not a package (package.json) is skipped with one info line, not an error', () => {
        const dir = project();
        const r = run(['check', 'package.json', 'evals/a.yaml', '--today', TODAY, '--lang', 'ru'], { cwd: dir });
        expect(r.status).toBe(0);
        expect(r.stderr).toBe('package.json: Не пакет оценки (нет ключа «methodology»), пропущен\n');
        expect(r.stdout).toContain('1 файл пропущен');
        // a package with its methodology key misspelt is still reported
        writeFileSync(join(dir, 'typo.yaml'), 'methodolgy: mic-2018\nservant: {fullName: X}\n');
        const typo = run(['check', 'typo.yaml', '--today', TODAY, '--lang', 'en'], { cwd: dir });
        expect(typo.status).toBe(2);
        expect(typo.stdout).toContain('Not an evaluation package: no top-level «methodology» field');
    });
    it('config file: lang, today, ignore and severity overrides, each override shown on its finding', () => {
        const dir = project();
        writeFileSync(join(dir, 'bagalau.config.yaml'), 'lang: en\ntoday: 04.12.2026\nignore: [archive/]\nseverity:\n  mic-2018/familiarisation: warning\n');
        const r = run(['check', 'evals'], { cwd: dir });
        expect(r.stdout).toContain('Total: 2 files');
        expect(r.stdout).toMatch(/warning .*\[mic-2018\/familiarisation\]/);
        expect(r.stdout).toContain('severity set by config (' + join(dir, 'bagalau.config.yaml') + '): error → warning');
        expect(r.status).toBe(0);
        const j = json(['check', 'evals/late.yaml'], { cwd: dir });
        expect(j.out.results[0].findings.find((f) => f.ruleId === 'mic-2018/familiarisation').facts['override']).toMatchObject({ from: 'error', to: 'warning' });
        // --no-config: the act's severity again
        expect(run(['check', 'evals/late.yaml', '--no-config', '--today', TODAY], { cwd: dir }).status).toBe(1);
        // a bad config is a usage error naming file and key, in the config's language
        writeFileSync(join(dir, '.bagalaurc'), 'severity: {x: fatal}\n');
        const bad = run(['check', 'evals', '--config', '.bagalaurc', '--lang', 'ru'], { cwd: dir });
        expect(bad.status).toBe(2);
        expect(bad.stderr).toBe('bagalau: .bagalaurc: «severity.x»: error, warning, info или off\n');
    });
    it('--calendar takes one file per flag and never swallows a package path', () => {
        const cal = 'test/calendar/fixtures/' + (spawnSync('ls', ['test/calendar/fixtures'], { encoding: 'utf8' }).stdout.split('\n').find((f) => /valid|2028|ok/.test(f) && f.endsWith('.json')) ?? '');
        const r = json(['check', '--calendar', cal, 'samples/mic-2018/valid.yaml']);
        expect(r.out.results.map((x) => x.file)).toEqual(['samples/mic-2018/valid.yaml']);
    });
    it('dates as officials write them (04.12.2026) are accepted; others refused with the expected forms in the user language', () => {
        expect(json(['check', 'samples/mic-2018/valid.yaml', '--today', '04.12.2026']).status).toBe(0);
        const kk = run(['check', 'samples/mic-2018/valid.yaml', '--today', '2026/12/04']);
        expect(kk.status).toBe(2);
        expect(kk.stderr).toBe('bagalau: --today: «2026/12/04» күн емес; күнді 2026-12-04 немесе 04.12.2026 түрінде жазыңыз\n');
        const ru = run(['check', 'samples/mic-2018/valid.yaml', '--today', '31.02.2026'], { env: { ...process.env, LANG: 'ru_RU.UTF-8', LC_ALL: '' } });
        expect(ru.stderr).toBe('bagalau: --today: «31.02.2026» — не дата; напишите дату как 2026-12-04 или 04.12.2026\n');
    });
});
