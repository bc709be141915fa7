/**
 * `bagalau templates check`: the template ↔ schema contract for every methodology that has templates.
 * Each data path a template reads must exist in its form's JSON Schema (schemas/<id>/<formKey>.schema.json)
 * or in the package envelope (schemas/<id>/package.schema.json); each required form field must appear.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { langOption } from './lang.js';
import { checkContract } from '../render/template-check.js';
import type { ContractProblem, JsonSchema } from '../render/template-check.js';
import { defaultTemplatesDir, loadTemplateSet } from './render.js';
import { UsageError } from './usage-error.js';

function readSchema(path: string): JsonSchema | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as JsonSchema;
  } catch (e) {
    throw new UsageError(`${path}: not JSON (${(e as Error).message})`);
  }
}

export interface CheckedTemplate { methodology: string; file: string; problems: ContractProblem[] }

export function checkAllTemplates(templatesDir: string, schemasDir: string): CheckedTemplate[] {
  const out: CheckedTemplate[] = [];
  const ids = readdirSync(templatesDir, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(templatesDir, d.name, 'templates.yaml'))).map((d) => d.name).sort();
  for (const id of ids) {
    const ts = loadTemplateSet(templatesDir, id);
    const packageSchema = readSchema(join(schemasDir, id, 'package.schema.json'));
    const entries: { file: string; formKey?: string }[] = [
      ...Object.entries(ts.set.forms).map(([k, f]) => ({ file: f.file, formKey: k })),
      ...Object.values(ts.set.documents).map((d) => ({ file: d.file })),
    ];
    for (const e of entries) {
      const path = join(ts.dir, e.file);
      const problems: ContractProblem[] = [];
      if (!existsSync(path)) {
        out.push({ methodology: id, file: path, problems: [{ template: path, kind: 'template-error', message: `templates.yaml names ${e.file}, which does not exist` }] });
        continue;
      }
      const formSchema = e.formKey ? readSchema(join(schemasDir, id, `${e.formKey}.schema.json`)) : undefined;
      if (e.formKey && !formSchema) problems.push({ template: path, kind: 'no-schema', message: `no schema ${join(schemasDir, id, `${e.formKey}.schema.json`)} for form ${e.formKey}` });
      if (!packageSchema) problems.push({ template: path, kind: 'no-schema', message: `no package schema ${join(schemasDir, id, 'package.schema.json')}` });
      problems.push(...checkContract({
        name: path,
        source: ts.read(e.file),
        ...(formSchema ? { formSchema } : {}),
        ...(packageSchema ? { packageSchema } : {}),
      }).filter((p) => p.kind !== 'no-schema'));
      out.push({ methodology: id, file: path, problems });
    }
  }
  return out;
}

export function register(program: Command): void {
  const templates = program.command('templates');
  templates
    .command('check')
    .option('--templates <dir>')
    .option('--schemas <dir>')
    .addOption(langOption())
    .action((opts: { templates?: string; schemas?: string }) => {
      const tdir = opts.templates ? resolve(opts.templates) : defaultTemplatesDir();
      const sdir = opts.schemas ? resolve(opts.schemas) : join(dirname(tdir), 'schemas');
      const results = checkAllTemplates(tdir, sdir);
      let bad = 0;
      for (const r of results) {
        const shown = relative(process.cwd(), r.file) || r.file;
        if (r.problems.length === 0) {
          process.stdout.write(`ok   ${shown}\n`);
          continue;
        }
        bad++;
        for (const p of r.problems) process.stdout.write(`FAIL ${shown}${p.line ? `:${p.line}:${(p.column ?? 0) + 1}` : ''} ${p.kind}: ${p.message}\n`);
      }
      process.stdout.write(`${results.length - bad} template(s) keep the contract, ${bad} do not\n`);
      if (bad) process.exitCode = 1;
    });
}
