/**
 * Part of `npm run build`: the accessor of every pointer each bundled pack's rules read, written as its
 * own function to dist/src/check/generated/<pack>.accessors.cjs (src/check/accessors.ts says why and
 * loads it). Deterministic: the same packs give the same bytes (test/check/accessors.test.ts).
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PACKS } from '../src/acts/index.js';
import { accessorsFile, accessorsModule, packPointers } from '../src/check/accessors.js';

/** Every generated file: its path relative to src/check/ (and dist/src/check/) and its text. */
export const accessorFiles = (): Array<[string, string]> => PACKS.map((pack) => [accessorsFile(pack.id), accessorsModule(pack.id, packPointers(pack))]);

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const checkDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'check');
  let pointers = 0;
  for (const [rel, text] of accessorFiles()) {
    const path = join(checkDir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(`${path}.tmp`, text);
    renameSync(`${path}.tmp`, path);
    pointers += text.split('\n').filter((l) => l.startsWith('  "')).length;
  }
  console.log(`accessors: ${PACKS.length} packs, ${pointers} pointers in ${checkDir}/generated`);
}
