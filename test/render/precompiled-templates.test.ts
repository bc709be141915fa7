/**
 * The build compiles every template once (scripts/build-templates.ts → dist/src/cli/generated/templates/<id>.js);
 * the CLI hands a methodology's compiled templates to the engine when it renders that methodology. The text they
 * fill must be the text the run-time compiler fills: every document of every methodology — blank forms, the
 * approval order, the sample package's documents — is filled both ways here and compared.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';

const TEMPLATES = 'templates';
const IDS = readdirSync(TEMPLATES).sort();
type Entries = [string, { spec: unknown; paths: string[][] }][];
const generated = async (id: string): Promise<Entries> =>
  ((await import(pathToFileURL(resolve(`dist/src/cli/generated/templates/${id}.js`)).href)) as { default: Entries }).default;

/** Every document's Markdown, in a fresh copy of the engine modules (so no template is cached from a run before). */
async function allDocuments(precompiled?: Entries): Promise<Record<string, string>> {
  vi.resetModules();
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
    const fresh = await import('../../src/render/documents.js');
    expect(poisoned).not.toBe(fresh.fillDocument('workPlan.md.hbs', src, { methodology: { id: 'mic-2018', title: 't' } }));
  });
});
