/**
 * Runs a built entry point of the CLI with a module-loading hook that writes down the URL of every
 * module it loads, in load order. Shared by the lazy-loading test (dist/src modules) and the bundle
 * test (dist/bundle chunks).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tempDir } from '../temp.js';

export interface ModuleLog {
  /** Runs `entry` with `args`; returns the process result and the URLs it loaded. */
  run(entry: string, args: string[], env?: Record<string, string>): { result: SpawnSyncReturns<string>; urls: string[] };
  /** Removes the hook's files. */
  dispose(): void;
}

export function moduleLog(): ModuleLog {
  const dir = tempDir('bagalau-modules-');
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
  return {
    run(entry, args, env = {}) {
      const log = join(dir, `modules-${n++}.txt`);
      writeFileSync(log, '');
      const result = spawnSync(process.execPath, ['--import', pathToFileURL(join(dir, 'register.mjs')).href, entry, ...args], {
        encoding: 'utf8',
        env: { ...process.env, ...env, BAGALAU_MODULE_LOG: log },
      });
      return { result, urls: readFileSync(log, 'utf8').split('\n').filter(Boolean) };
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
