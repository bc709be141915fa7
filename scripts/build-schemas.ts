/** `npm run schemas`: write schemas/<id>/*.schema.json from the packs (a test checks they are current). */
import { mkdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { schemaFiles } from '../src/acts/schema-files.js';

let written = 0;
for (const [path, text] of schemaFiles()) {
  let old: string | undefined;
  try {
    old = readFileSync(path, 'utf8');
  } catch {
    old = undefined;
  }
  if (old === text) continue;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
  written++;
}
console.log(`schemas: ${written} file(s) written`);
