/**
 * Pay only for what runs: the built CLI is started with a module-loading hook that writes down
 * every module it loads, and each command must leave the other commands' engines unloaded.
 * The top-level help is drawn from the table in src/cli/commands.ts: it must say what the
 * command modules register.
 */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS, COMMAND_NAMES } from '../../src/cli/commands.js';
import { moduleLog } from './module-log.js';

const CLI = 'dist/src/cli/main.js';
const modules = moduleLog();
afterAll(() => modules.dispose());

/** The modules a run of the CLI loads (URLs, in load order). */
function modulesLoadedBy(...args: string[]): string[] {
  const { result, urls } = modules.run(CLI, args, { TZ: 'Asia/Almaty' });
  expect(result.stderr).toBe('');
  return urls;
}

const own = (area: string) => (url: string) => url.includes(`/dist/src/${area}/`);
const pkg = (name: string) => (url: string) => url.includes(`/node_modules/${name}/`);
const RENDERER = [own('render'), pkg('docx'), pkg('handlebars'), pkg('fflate')];
const DRAFT = [own('draft'), pkg('remark-parse'), pkg('micromark'), pkg('unified')];
const CHECKER = [own('check'), own('acts'), pkg('ajv'), pkg('typebox'), pkg('yaml')];
const loadedOf = (mods: string[], groups: Array<(u: string) => boolean>) => mods.filter((m) => groups.some((g) => g(m)));

describe('each command loads only its own engine', () => {
  it('--help loads no engine: no renderer, no draft parser, no checker', () => {
    const mods = modulesLoadedBy('--help');
    expect(mods.some((m) => m.endsWith('/dist/src/cli/main.js'))).toBe(true);
    expect(loadedOf(mods, [...RENDERER, ...DRAFT, ...CHECKER])).toEqual([]);
  });

  it('check of one file loads the checker but neither the renderer nor the draft parser', () => {
    const mods = modulesLoadedBy('check', 'samples/mic-2018/valid.yaml', '--today', '2026-11-22', '--format', 'json');
    expect(mods.some(own('check'))).toBe(true);
    expect(loadedOf(mods, [...RENDERER, ...DRAFT])).toEqual([]);
  });

  it('the hook sees the renderer when a command does load it (render --help)', () => {
    const mods = modulesLoadedBy('render', '--help');
    expect(loadedOf(mods, RENDERER).length).toBeGreaterThan(0);
  });
});

describe('the top-level help table (src/cli/commands.ts)', () => {
  it('says for each command what its module registers', async () => {
    const help = new Command().createHelp();
    for (const name of COMMAND_NAMES) {
      const program = new Command('bagalau');
      const mod = (await import(`../../src/cli/${name}.ts`)) as { register: (p: Command) => void };
      mod.register(program);
      const cmd = program.commands.find((c) => c.name() === name);
      expect(cmd, name).toBeDefined();
      expect({ term: help.subcommandTerm(cmd!) }, name).toEqual(COMMANDS[name]);
    }
  });

  it('lists every command module main.ts can load', () => {
    const main = readFileSync('src/cli/main.ts', 'utf8');
    for (const name of COMMAND_NAMES) expect(main).toContain(`${name}: () => import('./${name}.js')`);
  });
});
