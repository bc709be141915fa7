/**
 * `npm run schemas`: write schemas/<id>/*.schema.json and docs/format/<id>.md from the packs, and the
 * per-rule table of each docs/acts-<id>.md (a test checks they are all current).
 */
import { mkdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { schemaFiles } from '../src/acts/schema-files.js';
import { withRulesTable } from '../src/acts/format-doc.js';
import { PACKS } from '../src/acts/index.js';

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
// The per-rule tables of docs/acts-<id>.md (the rest of each page is written by hand).
for (const pack of PACKS) {
  const path = `docs/acts-${pack.id}.md`;
  const old = readFileSync(path, 'utf8');
  const text = withRulesTable(old, pack);
  if (text === old) continue;
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
  written++;
}
console.log(`schemas: ${written} file(s) written`);
