/**
 * Pay only for what runs: the built CLI is started with a module-loading hook that writes down
 * every module it loads, and each command must leave the other commands' engines unloaded.
 * The top-level help is drawn from the table in src/cli/commands.ts: it must say what the
 * command modules register.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS, COMMAND_NAMES } from '../../src/cli/commands.js';

const CLI = 'dist/src/cli/main.js';
const dir = mkdtempSync(join(tmpdir(), 'bagalau-lazy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'hooks.mjs'), `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  appendFileSync(process.env.BAGALAU_MODULE_LOG, url + '\\n');
  return next(url, context);
}
`);
writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';
register(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});
`);

let n = 0;
/** The modules a run of the CLI loads (URLs, in load order). */
function modulesLoadedBy(...args: string[]): string[] {
  const log = join(dir, `modules-${n++}.txt`);
  writeFileSync(log, '');
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(join(dir, 'register.mjs')).href, CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, BAGALAU_MODULE_LOG: log, TZ: 'Asia/Almaty' },
  });
  expect(r.stderr).toBe('');
  return readFileSync(log, 'utf8').split('\n').filter(Boolean);
}

const own = (area: string) => (url: string) => url.includes(`/dist/src/${area}/`);
const pkg = (name: string) => (url: string) => url.includes(`/node_modules/${name}/`);
const RENDERER = [own('render'), pkg('pdf-lib'), pkg('docx'), pkg('@pdf-lib/fontkit'), pkg('handlebars'), pkg('fflate')];
const DRAFT = [own('draft'), pkg('remark-parse'), pkg('micromark'), pkg('unified')];
const CHECKER = [own('check'), own('acts'), pkg('ajv'), pkg('@sinclair/typebox'), pkg('yaml')];
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
      expect({ term: help.subcommandTerm(cmd!), description: cmd!.description() }, name).toEqual(COMMANDS[name]);
    }
  });

  it('lists every command module main.ts can load', () => {
    const main = readFileSync('src/cli/main.ts', 'utf8');
    for (const name of COMMAND_NAMES) expect(main).toContain(`${name}: () => import('./${name}.js')`);
  });
});
