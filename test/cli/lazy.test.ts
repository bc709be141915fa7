/**
 * Pay only for what runs: the built CLI is started with a module-loading hook that writes down
 * every module it loads, and each command must leave the other commands' engines unloaded.
 * The top-level help is drawn from the table in src/cli/commands.ts: it must say what the
 * command modules register.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { PACK_IDS } from '../../src/acts/registry.js';
import { COMMANDS, COMMAND_NAMES } from '../../src/cli/commands.js';
import { moduleLog } from './module-log.js';
import { tempDir } from '../temp.js';

const CLI = 'dist/src/cli/main.js';
const modules = moduleLog();
const out = tempDir('bagalau-lazy-');
afterAll(() => modules.dispose());

/** The modules a render loads (it writes what it did to stderr: the wording, the editorial notes). */
function modulesRenderLoads(...args: string[]): string[] {
  const { result, urls } = modules.run(CLI, ['render', ...args, '--no-progress'], { TZ: 'Asia/Almaty' });
  expect(result.status, result.stderr).toBe(0);
  return urls;
}

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
/** A pack's own modules beyond its card (act.js and its act.json, appendices.json, pack.json): schemas, rules, params, catalogues. */
const PACKS = [(u: string) => /\/dist\/src\/acts\/[a-z0-9-]+\/(?!act\.js$|act\.json$|appendices\.json$|pack\.json$)[^/]+$/.test(u), own('acts/index.js')];
/** The modules of the packs other than `id`, beyond their cards (a pack's own folder: a family it shares, b-corps-2018, is not a pack). */
const otherPacksCode = (mods: string[], id: string): string[] =>
  mods.filter((u) => {
    const m = /\/dist\/src\/acts\/([a-z0-9-]+)\/([^/]+)$/.exec(u);
    return !!m && m[1] !== id && PACK_IDS.includes(m[1]!) && !/^(?:act\.js|act\.json|appendices\.json|pack\.json)$/.test(m[2]!);
  });
const PARSERS = [pkg('yaml'), pkg('remark-parse'), pkg('micromark'), pkg('unified'), pkg('handlebars/dist/cjs/handlebars/compiler'), pkg('handlebars/lib'), (u: string) => u.endsWith('/node_modules/handlebars/lib/index.js')];
const VALIDATION = [own('check'), pkg('ajv'), pkg('typebox'), own('package')];

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

  it('check of one file loads its own methodology\'s pack and no other pack\'s code', () => {
    const mods = modulesLoadedBy('check', 'samples/mic-2018/valid.yaml', '--today', '2026-11-22', '--format', 'json');
    expect(mods.some((m) => m.endsWith('/dist/src/acts/mic-2018/index.js'))).toBe(true);
    expect(otherPacksCode(mods, 'mic-2018')).toEqual([]);
    // not the module that holds them all either
    expect(mods.filter(own('acts/index.js'))).toEqual([]);
  });

  it('check of two methodologies\' files loads both packs (what the test above would see)', () => {
    const mods = modulesLoadedBy('check', 'samples/mic-2018/valid.yaml', 'samples/sjc-apparatus/valid.yaml', '--today', '2026-11-22', '--format', 'json');
    expect(otherPacksCode(mods, 'mic-2018').some((m) => m.endsWith('/dist/src/acts/sjc-apparatus/index.js'))).toBe(true);
    expect(otherPacksCode(mods, 'mic-2018').filter((m) => !m.includes('/dist/src/acts/sjc-apparatus/'))).toEqual([]);
  });

  it('render of one blank form loads its pack\'s card, no pack, no parser, no validator', () => {
    const mods = modulesRenderLoads('--blank', 'mic-2018', '1', '--format', 'pdf', '--out', join(out, 'blank'));
    expect(mods.some(own('render'))).toBe(true);
    // the card: what the wording report and the appendix numbers read
    expect(mods.some((m) => m.endsWith('/dist/src/acts/mic-2018/act.js'))).toBe(true);
    expect(loadedOf(mods, [...PACKS, ...PARSERS, ...VALIDATION, ...DRAFT])).toEqual([]);
  });

  it('render of one package loads the packs and the Markdown parser, not the template compiler nor the draft parser', () => {
    const mods = modulesRenderLoads('samples/mic-2018/valid.yaml', '--format', 'pdf', '--out', join(out, 'package'));
    expect(mods.some((m) => m.endsWith('/dist/src/acts/mic-2018/index.js'))).toBe(true);
    expect(mods.some(pkg('remark-parse'))).toBe(true);
    expect(loadedOf(mods, [pkg('handlebars/dist/cjs/handlebars/compiler'), own('draft')])).toEqual([]);
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
