/**
 * Regenerate the committed model methodology Markdown from the published act 002:
 *   node dist/scripts/draft-model.js [path/to/002_aa478879640c4786.txt]
 * Writes src/draft/model/asa-b-model.2025-07-28.md, its string module asa-b-model-text.ts (engines
 * are pure and read no files, so the checker imports the text as a module) and the model as parsed,
 * asa-b-model-act.ts (JSON: `draft check` reads it instead of parsing the model on every run).
 * test/draft/model.test.ts checks both are what this script would write.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importPublishedAct } from '../src/draft/import.js';
import { extractModelMarkdown, MODEL_SOURCE_FILE } from '../src/draft/model/extract.js';
import { modelActModule, modelTextModule } from '../src/draft/model/text-module.js';
import { parseDraft } from '../src/draft/parse.js';

/** The checkout: the nearest folder above this script that holds src/draft/model. */
function findRepo(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) if (existsSync(resolve(dir, 'src/draft/model/extract.ts'))) return dir;
  return process.cwd();
}
const repo = findRepo(dirname(fileURLToPath(import.meta.url)));
const source = process.argv[2] ?? resolve(repo, 'samples/drafts/published', MODEL_SOURCE_FILE);
const { markdown, lineMap } = importPublishedAct(readFileSync(source, 'utf8'));
const model = extractModelMarkdown(markdown, lineMap);
const write = (path: string, text: string): void => {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
};
write(resolve(repo, 'src/draft/model/asa-b-model.2025-07-28.md'), model);
write(resolve(repo, 'src/draft/model/asa-b-model-text.ts'), modelTextModule(model));
write(resolve(repo, 'src/draft/model/asa-b-model-act.ts'), modelActModule(parseDraft(model)));
process.stdout.write(`model: ${model.split('\n').length} lines from ${source}\n`);
