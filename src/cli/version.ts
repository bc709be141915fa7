/** The installed package: its folder (found upwards from this module) and its version. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: { root: string | undefined; version: string } | undefined;
function find(): { root: string | undefined; version: string } {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const p = join(dir, 'package.json');
    if (existsSync(p)) {
      const pkg = JSON.parse(readFileSync(p, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'bagalau' && pkg.version) return (cached = { root: dir, version: pkg.version });
    }
    dir = dirname(dir);
  }
  return (cached = { root: undefined, version: '0.0.0' });
}

export const toolVersion = (): string => find().version;
/** The package folder (holding docs/, templates/, schemas/), if found. */
export const packageRoot = (): string | undefined => find().root;
