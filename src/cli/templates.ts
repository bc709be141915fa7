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
import { ManifestError } from '../render/documents.js';
import type { ContractProblem, JsonSchema } from '../render/template-check.js';
import { defaultTemplatesDir, loadTemplateSet } from './render.js';
// every manifest is read, whatever the build read ahead
import '../render/yaml-parser.js';
import { UsageError } from './usage-error.js';
import { t3, type Lang } from '../law/finding.js';

/** The words of `templates check`: each template's verdict and the total. */
const WORDS: Record<Lang, { ok: string; fail: string; total: (good: number, bad: number) => string }> = {
  kk: { ok: 'дұрыс', fail: 'ҚАТЕ', total: (good, bad) => `үлгілер: ${good} келісімге сай, ${bad} сай емес` },
  ru: { ok: 'верно', fail: 'ОШИБКА', total: (good, bad) => `шаблонов соответствует контракту: ${good}, не соответствует: ${bad}` },
  en: { ok: 'ok', fail: 'FAIL', total: (good, bad) => `${good === 1 ? '1 template keeps' : `${good} templates keep`} the contract, ${bad} ${bad === 1 ? 'does' : 'do'} not` },
};

function readSchema(path: string): JsonSchema | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as JsonSchema;
  } catch (e) {
    throw new UsageError(t3(`${path}: JSON емес (${(e as Error).message})`, `${path}: не JSON (${(e as Error).message})`, `${path}: not JSON (${(e as Error).message})`));
  }
}

export interface CheckedTemplate { methodology: string; file: string; problems: ContractProblem[] }

export function checkAllTemplates(templatesDir: string, schemasDir: string): CheckedTemplate[] {
  const out: CheckedTemplate[] = [];
  const ids = readdirSync(templatesDir, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(templatesDir, d.name, 'templates.yaml'))).map((d) => d.name).sort();
  for (const id of ids) {
    const manifest = join(templatesDir, id, 'templates.yaml');
    let ts: ReturnType<typeof loadTemplateSet>;
    try {
      ts = loadTemplateSet(templatesDir, id);
    } catch (e) {
      // a manifest that cannot be read is this methodology's problem; the other methodologies are still checked
      if (!(e instanceof ManifestError)) throw e;
      out.push({ methodology: id, file: manifest, problems: [{ template: manifest, kind: 'template-error', message: e.detail }] });
      continue;
    }
    const packageSchema = readSchema(join(schemasDir, id, 'package.schema.json'));
    const entries: { file: string; formKey?: string }[] = [
      ...Object.entries(ts.set.forms).map(([k, f]) => ({ file: f.file, formKey: k })),
      ...Object.values(ts.set.documents).map((d) => ({ file: d.file })),
    ];
    for (const e of entries) {
      const path = join(ts.dir, e.file);
      const problems: ContractProblem[] = [];
      if (!existsSync(path)) {
        out.push({ methodology: id, file: path, problems: [{ template: path, kind: 'template-error', message: t3(`templates.yaml ішінде ${e.file} аталған, бірақ ол жоқ`, `templates.yaml называет ${e.file}, но такого файла нет`, `templates.yaml names ${e.file}, which does not exist`) }] });
        continue;
      }
      const formSchema = e.formKey ? readSchema(join(schemasDir, id, `${e.formKey}.schema.json`)) : undefined;
      if (e.formKey && !formSchema) problems.push({ template: path, kind: 'no-schema', message: t3(`${e.formKey} нысанының схемасы ${join(schemasDir, id, `${e.formKey}.schema.json`)} жоқ`, `нет схемы ${join(schemasDir, id, `${e.formKey}.schema.json`)} для формы ${e.formKey}`, `no schema ${join(schemasDir, id, `${e.formKey}.schema.json`)} for form ${e.formKey}`) });
      if (!packageSchema) problems.push({ template: path, kind: 'no-schema', message: t3(`пакет схемасы ${join(schemasDir, id, 'package.schema.json')} жоқ`, `нет схемы пакета ${join(schemasDir, id, 'package.schema.json')}`, `no package schema ${join(schemasDir, id, 'package.schema.json')}`) });
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
    .action((opts: { templates?: string; schemas?: string; lang: Lang }) => {
      const W = WORDS[opts.lang];
      const tdir = opts.templates ? resolve(opts.templates) : defaultTemplatesDir();
      const sdir = opts.schemas ? resolve(opts.schemas) : join(dirname(tdir), 'schemas');
      const results = checkAllTemplates(tdir, sdir);
      let bad = 0;
      for (const r of results) {
        const shown = relative(process.cwd(), r.file) || r.file;
        if (r.problems.length === 0) {
          process.stdout.write(`${W.ok}  ${shown}\n`);
          continue;
        }
        bad++;
        for (const p of r.problems) process.stdout.write(`${W.fail}  ${shown}${p.line ? `:${p.line}:${(p.column ?? 0) + 1}` : ''} ${p.kind}: ${p.message[opts.lang]}\n`);
      }
      process.stdout.write(`${W.total(results.length - bad, bad)}\n`);
      if (bad) process.exitCode = 1;
    });
}
