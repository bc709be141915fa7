/**
 * The build compiles every template once (scripts/build-templates.ts → dist/src/cli/generated/templates/<id>.js);
 * the CLI hands a methodology's compiled templates to the engine when it renders that methodology. The text they
 * fill must be the text the run-time compiler fills: every document of every methodology — blank forms, the
 * approval order, the sample package's documents — is filled both ways here and compared. The same module holds
 * the YAML and the Markdown syntax trees the build read: the blank forms and orders must be planned and made into
 * models from them with no parser loaded, and the models must be those the parsers give.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';

const TEMPLATES = 'templates';
const IDS = readdirSync(TEMPLATES).sort();
type Entries = [string, { spec: unknown; paths: string[][] }][];
type Generated = { default: Entries; yaml: string };
const generatedModule = async (id: string): Promise<Generated> => (await import(pathToFileURL(resolve(`dist/src/cli/generated/templates/${id}.js`)).href)) as Generated;
const generated = async (id: string): Promise<Entries> => (await generatedModule(id)).default;

/** Every document's Markdown, in a fresh copy of the engine modules (so no template is cached from a run before). */
async function allDocuments(precompiled?: Entries): Promise<Record<string, string>> {
  vi.resetModules();
  await import('../../src/render/index.js');
  const template = await import('../../src/render/template.js');
  if (precompiled) template.providePrecompiledTemplates(precompiled as never);
  const cli = await import('../../src/cli/render.js');
  const { loadFile, sessionLoader } = await import('../../src/package/load.js');
  const out: Record<string, string> = {};
  for (const id of IDS) {
    const ts = cli.loadTemplateSet(TEMPLATES, id);
    for (const j of cli.blankJobs(ts, 'all')) out[j.name] = j.markdown;
    if (ts.set.order.length) out[`${id}.order`] = cli.orderJob(ts).markdown;
    const file = join('samples', id, 'valid.yaml');
    let data: unknown;
    try { data = loadFile(file).data; } catch { continue; }
    const loadSession = sessionLoader([file]);
    for (const j of cli.packageJobs(file, data, TEMPLATES, (ref) => loadSession(ref, file).data)) out[`${id}:${j.name}`] = j.markdown;
  }
  return out;
}

describe('templates compiled by the build', () => {
  it('cover every *.md.hbs of templates/, keyed by its text', async () => {
    const { sourceKey } = await import('../../src/render/template.js');
    for (const id of IDS) {
      const keys = new Set((await generated(id)).map(([k]) => k));
      for (const f of readdirSync(join(TEMPLATES, id)).filter((x) => x.endsWith('.md.hbs'))) {
        expect(keys.has(sourceKey(readFileSync(join(TEMPLATES, id, f), 'utf8'))), `${id}/${f}`).toBe(true);
      }
    }
  });

  it('fill every document of every methodology with the same text as the run-time compiler', async () => {
    const all: Entries = [];
    for (const id of IDS) all.push(...(await generated(id)));
    const runtime = await allDocuments();
    expect(Object.keys(runtime).length).toBeGreaterThan(50);
    expect(await allDocuments(all)).toEqual(runtime);
  }, 120_000);

  it('are what the engine fills with when given (a wrong entry would show)', async () => {
    const mic = await generated('mic-2018');
    const src = readFileSync(join(TEMPLATES, 'mic-2018', 'workPlan.md.hbs'), 'utf8');
    vi.resetModules();
    const template = await import('../../src/render/template.js');
    const other = mic.find(([k]) => k !== template.sourceKey(src));
    expect(other).toBeDefined();
    // the key of the work plan with another template's code: the engine takes it, so the filled text changes
    template.providePrecompiledTemplates([[template.sourceKey(src), other![1] as never]]);
    const { fillDocument } = await import('../../src/render/documents.js');
    const poisoned = fillDocument('workPlan.md.hbs', src, { methodology: { id: 'mic-2018', title: 't' } });
    vi.resetModules();
    await import('../../src/render/index.js');
    const fresh = await import('../../src/render/documents.js');
    expect(poisoned).not.toBe(fresh.fillDocument('workPlan.md.hbs', src, { methodology: { id: 'mic-2018', title: 't' } }));
  });
});

/** The models of every blank form and order, made in a fresh copy of the engine: with the parsers, or from the build's results alone. */
async function blankModels(from: 'parsers' | 'build', poison?: (chunks: [string, string][]) => void): Promise<Record<string, unknown>> {
  vi.resetModules();
  if (from === 'parsers') await import('../../src/render/index.js');
  else {
    const template = await import('../../src/render/template.js');
    const markdown = await import('../../src/render/markdown.js');
    const yaml = await import('../../src/render/yaml-text.js');
    for (const id of IDS) {
      const m = await generatedModule(id);
      template.providePrecompiledTemplates(m.default as never);
      yaml.provideParsedYaml(JSON.parse(m.yaml) as [string, string][]);
      const dir = `dist/src/cli/generated/templates/${id}`;
      for (const f of readdirSync(dir)) {
        const chunks = JSON.parse(readFileSync(join(dir, f), 'utf8')) as [string, string][];
        poison?.(chunks);
        markdown.provideParsedChunks(chunks);
      }
    }
  }
  const cli = await import('../../src/cli/render.js');
  const { markdownToModel } = await import('../../src/render/markdown.js');
  const out: Record<string, unknown> = {};
  for (const id of IDS) {
    const ts = cli.loadTemplateSet(TEMPLATES, id);
    const jobs = [...cli.blankJobs(ts, 'all'), ...(ts.set.order.length ? [cli.orderJob(ts)] : [])];
    for (const j of jobs) out[j.name] = markdownToModel(j.markdown, { meta: { title: j.title, date: j.date, language: 'kk-KZ' } });
  }
  return out;
}

describe('YAML and Markdown read by the build', () => {
  it('make every blank form and order with no parser loaded, into the models the parsers give', async () => {
    const parsed = await blankModels('parsers');
    expect(Object.keys(parsed).length).toBeGreaterThan(30);
    expect(await blankModels('build')).toEqual(parsed);
  }, 120_000);

  it('are what the engine reads when given (a changed tree shows), and without them a parser is asked for', async () => {
    const parsed = await blankModels('parsers');
    const poisoned = await blankModels('build', (chunks) => {
      for (const c of chunks) c[1] = c[1].replace(/"depth":1/g, '"depth":3');
    });
    expect(poisoned).not.toEqual(parsed);
    vi.resetModules();
    const { ParserNotLoaded } = await import('../../src/render/parsers.js');
    const cli = await import('../../src/cli/render.js');
    let thrown: unknown;
    try {
      cli.loadTemplateSet(TEMPLATES, 'mic-2018');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ParserNotLoaded);
    expect((thrown as InstanceType<typeof ParserNotLoaded>).parser).toBe('yaml');
  }, 120_000);
});
