/**
 * Builds the page of `bagalau serve` (web/) into dist/web/: ES module chunks (React, react-jsonschema-form;
 * the check engine; one chunk per methodology's validators), the stylesheet and index.html. Runs at
 * `npm run build` after build-validators (and so at `npm ci`'s prepare), so `npx bagalau serve` works right
 * after install. No source maps, no external URL in the output.
 *
 * The check engine runs in the page (src/serve/page-engine.ts, loaded on first use as `bagalau:engine`).
 * The engines are pure except for one thing: src/check/validators.ts loads the ajv standalone code the build
 * generated with Node's `createRequire`. In the page, `node:module` is a small module of this script's own
 * making whose `createRequire` answers from the validator chunks already loaded (`loadValidators(id)` fetches
 * one methodology's chunk before its first check). Nothing is compiled in the page: its CSP allows no eval.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeMetafile, build, type Plugin } from 'esbuild';

let root = dirname(fileURLToPath(import.meta.url));
while (!existsSync(join(root, 'package.json'))) root = dirname(root);
const out = join(root, 'dist', 'web');
const generated = join(root, 'dist', 'src', 'check', 'generated');
const packIds = existsSync(generated)
  ? readdirSync(generated).map((f) => /^(.+)\.fast\.cjs$/.exec(f)?.[1]).filter((x): x is string => !!x).sort()
  : [];
if (packIds.length === 0) throw new Error(`build-web: no generated validators in ${generated} (run build-validators first)`);

const js = JSON.stringify;
/** `createRequire` for the page: `./generated/<id>.<pass>.cjs` from the registered chunks, anything else «not found». */
const nodeModuleShim = `
const loaded = new Map();
export function register(id, fast, full) {
  loaded.set('./generated/' + id + '.fast.cjs', fast);
  loaded.set('./generated/' + id + '.full.cjs', full);
}
export function createRequire() {
  return (id) => {
    const m = loaded.get(id);
    if (m) return m;
    const e = new Error('Cannot find module ' + id + ' in the page');
    e.code = 'MODULE_NOT_FOUND';
    throw e;
  };
}`;
const engineModule = `
import { register } from 'node:module';
export { checkPackage, checkSession, indicatorChoices } from ${js(join(root, 'src', 'serve', 'page-engine.ts'))};
const chunks = {
${packIds.map((id) => `  ${js(id)}: () => import(${js(`bagalau:validators/${id}`)}),`).join('\n')}
};
export async function loadValidators(id) {
  const load = chunks[id];
  if (!load) return false;
  const m = await load();
  register(id, m.fast, m.full);
  return true;
}`;
const validatorsModule = (id: string) => `
import fast from ${js(join(generated, `${id}.fast.cjs`))};
import full from ${js(join(generated, `${id}.full.cjs`))};
export { fast, full };`;

const virtual: Plugin = {
  name: 'bagalau-virtual',
  setup(b) {
    b.onResolve({ filter: /^(node:module|bagalau:engine|bagalau:validators\/.+)$/ }, (a) => ({ path: a.path, namespace: 'bagalau' }));
    b.onLoad({ filter: /.*/, namespace: 'bagalau' }, (a) => {
      const contents = a.path === 'node:module' ? nodeModuleShim : a.path === 'bagalau:engine' ? engineModule : validatorsModule(a.path.slice('bagalau:validators/'.length));
      return { contents, loader: 'js', resolveDir: root };
    });
  },
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const result = await build({
  entryPoints: [join(root, 'web', 'app.tsx')],
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: ['chrome110', 'firefox115', 'safari16'],
  minify: true,
  legalComments: 'none',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  outdir: out,
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  plugins: [virtual],
  logLevel: 'warning',
  metafile: true,
});
for (const f of ['index.html', 'app.css', 'favicon.svg']) copyFileSync(join(root, 'web', f), join(out, f));

/** What each output file is (the page, the check engine, one methodology's validators, shared code): bench/serve.ts reports their sizes. */
const roles: Record<string, string> = {};
for (const [file, o] of Object.entries(result.metafile.outputs)) {
  if (!file.endsWith('.js')) continue;
  const inputs = Object.keys(o.inputs);
  const pack = inputs.map((i) => /generated\/(.+)\.fast\.cjs$/.exec(i)?.[1]).find(Boolean);
  roles[file.split('/').pop()!] = o.entryPoint?.endsWith('app.tsx') ? 'page' : inputs.some((i) => i.endsWith('src/serve/page-engine.ts')) ? 'check engine' : pack ? `validators ${pack}` : 'shared';
}
// A chunk of shared code belongs to what loads it: the page's (static imports from the page, fetched at start) or
// the check engine's (static imports from the engine, fetched on the first check); the packs' code is the latter.
const outputs = result.metafile.outputs;
const staticClosure = (start: string): Set<string> => {
  const seen = new Set<string>();
  const todo = [start];
  while (todo.length > 0) {
    const f = todo.pop()!;
    if (seen.has(f) || !outputs[f]) continue;
    seen.add(f);
    for (const i of outputs[f]!.imports) if (i.kind === 'import-statement') todo.push(i.path);
  }
  return seen;
};
const entryOf = (role: string): string | undefined => Object.keys(outputs).find((f) => roles[f.split('/').pop()!] === role);
const pageFiles = staticClosure(entryOf('page') ?? '');
const engineFiles = staticClosure(entryOf('check engine') ?? '');
for (const f of Object.keys(outputs)) {
  const name = f.split('/').pop()!;
  if (roles[name] !== 'shared') continue;
  if (pageFiles.has(f)) roles[name] = 'page (shared code)';
  else if (engineFiles.has(f)) roles[name] = 'check engine (shared code)';
}
writeFileSync(join(out, 'bundle.json'), JSON.stringify(roles, null, 2) + '\n');
// BAGALAU_WEB_SIZES=1: each file's size, and what each chunk is made of (the README reports these)
if (process.env['BAGALAU_WEB_SIZES']) {
  for (const f of readdirSync(out).sort()) console.log(`${f}\t${statSync(join(out, f)).size}`);
  console.log(await analyzeMetafile(result.metafile, { verbose: false }));
}
