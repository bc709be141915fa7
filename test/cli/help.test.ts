/**
 * The help in the user's language: every command, option and argument the command modules register
 * has its text in src/cli/help-text.ts in kk, ru and en (and the table holds nothing that is not
 * registered), and the built CLI's help speaks the language chosen by --lang or LANG, commander's own
 * words included.
 */
import { spawnSync } from 'node:child_process';
import { Command, type Argument } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../src/cli/commands.js';
import { HELP, localizeHelp } from '../../src/cli/help-text.js';

const CLI = 'dist/src/cli/main.js';
const help = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '', ...env } });

async function registered(): Promise<Command> {
  const program = new Command('bagalau').version('0', '-V, --version');
  for (const name of COMMAND_NAMES) ((await import(`../../src/cli/${name}.ts`)) as { register: (p: Command) => void }).register(program);
  return program;
}

const walk = (c: Command, path: string[] = []): Array<[string, Command]> => [[path.join(' '), c], ...c.commands.flatMap((s) => walk(s, [...path, s.name()]))];

describe('help texts (src/cli/help-text.ts)', () => {
  it('cover every command, option and argument registered, in kk, ru and en, and nothing else', async () => {
    const program = await registered();
    const missing: string[] = [];
    const used = new Set<string>();
    for (const [path, cmd] of walk(program)) {
      const h = HELP[path];
      if (!h) {
        missing.push(`command «${path}»`);
        continue;
      }
      used.add(path);
      for (const o of cmd.options) {
        const key = (o.long ?? '').replace(/^--/, '');
        if (!h.options?.[key]) missing.push(`«${path}» option --${key}`);
        else used.add(`${path} --${key}`);
      }
      for (const a of cmd.registeredArguments as Argument[]) {
        if (!h.arguments?.[a.name()]) missing.push(`«${path}» argument ${a.name()}`);
        else used.add(`${path} <${a.name()}>`);
      }
    }
    expect(missing).toEqual([]);
    const unused: string[] = [];
    for (const [path, h] of Object.entries(HELP)) {
      if (!used.has(path)) unused.push(path);
      for (const k of Object.keys(h.options ?? {})) if (!used.has(`${path} --${k}`)) unused.push(`${path} --${k}`);
      for (const k of Object.keys(h.arguments ?? {})) if (!used.has(`${path} <${k}>`)) unused.push(`${path} <${k}>`);
      for (const text of [h.description, ...Object.values(h.options ?? {}), ...Object.values(h.arguments ?? {})]) {
        for (const lang of ['kk', 'ru', 'en'] as const) expect(text[lang], `${path} ${lang}`).toMatch(/\S/);
        expect(new Set([text.kk, text.ru]).size, `${path}: kk and ru texts are the same`).toBe(2);
      }
    }
    expect(unused).toEqual([]);
  });

  it('are put on the commands: a registered program described in Russian', async () => {
    const program = await registered();
    localizeHelp(program, 'ru');
    const check = program.commands.find((c) => c.name() === 'check')!;
    expect(check.description()).toMatch(/^проверить пакеты оценки/);
    expect(check.helpInformation()).toMatch(/^Использование: bagalau check \[параметры\] <пути\.\.\.>/);
    expect(check.helpInformation().replace(/\s+/g, ' ')).toContain('--fail-on <уровень> завершаться с кодом 1 при нарушении этого уровня или серьёзнее (значения: «error», «warning», «info»; по умолчанию: «error»)');
  });
});

describe('the built CLI help', () => {
  const cases = [
    { lang: 'kk', usage: 'Қолданылуы:', options: 'Параметрлер:', help: 'команданың анықтамасын көрсету' },
    { lang: 'ru', usage: 'Использование:', options: 'Параметры:', help: 'показать справку по команде' },
    { lang: 'en', usage: 'Usage:', options: 'Options:', help: 'display help for command' },
  ] as const;
  for (const c of cases) {
    it(`${c.lang}: top-level and each command's help, commander's words included`, () => {
      for (const args of [['--help'], ['check', '--help'], ['draft', 'check', '--help'], ['help', 'render'], ['templates', 'check', '--help']]) {
        const r = help([...args, '--lang', c.lang]);
        expect(r.status, args.join(' ')).toBe(0);
        expect(r.stdout).toContain(c.usage);
        expect(r.stdout).toContain(c.options);
        expect(r.stdout).toContain(c.help);
        if (c.lang !== 'en') expect(r.stdout, args.join(' ')).not.toMatch(/Usage:|Options:|Arguments:|Commands:|display help|\[options\]|default:|choices:/);
      }
    });
  }

  it('takes the language from LANG when --lang is not given, and --lang wins over it', () => {
    expect(help(['--help'], { LANG: 'ru_RU.UTF-8' }).stdout).toMatch(/^Использование: bagalau \[параметры\] \[команда\]/);
    expect(help(['--help'], { LANG: 'en_US.UTF-8' }).stdout).toMatch(/^Usage: bagalau \[options\] \[command\]/);
    expect(help(['--help'], { LANG: 'C' }).stdout).toMatch(/^Қолданылуы:/);
    expect(help(['check', '--help', '--lang', 'en'], { LANG: 'ru_RU.UTF-8' }).stdout).toMatch(/^Usage: bagalau check \[options\] <paths\.\.\.>/);
  });

  it('usage errors name arguments and values in the same words', () => {
    const r = help(['check', '--lang', 'ru']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('ошибка: не указан обязательный аргумент «пути»\n');
    const bad = help(['init', 'mic-2019', '--lang', 'kk']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^қате: «әдістеме» аргументі үшін «mic-2019» мәні жарамсыз; болатын мәндер: «mic-2018»/);
  });
});
