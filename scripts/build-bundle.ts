/**
 * Part of `npm run build`: the `bagalau` command as one small entry module and chunks
 * (esbuild, code splitting) in dist/bundle/, which `bin` and `npm start` run. Loading ~360
 * modules one by one (TypeBox alone is 200) was most of a one-file check's time; a few chunks
 * load in a fraction of it. Each command stays its own chunk behind a dynamic import, so
 * `--help` loads no engine and `check` no renderer (test/cli/lazy.test.ts proves it on the
 * modules, test/cli/bundle.test.ts that the bundle says what the modules say).
 */
import { cpSync, existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

let root = dirname(fileURLToPath(import.meta.url));
while (!existsSync(join(root, 'package.json'))) root = dirname(root);
const out = join(root, 'dist', 'bundle');
rmSync(out, { recursive: true, force: true });
await build({
  // the check's worker thread is its own entry: check-source.ts starts it beside the chunk that holds it
  entryPoints: [join(root, 'src', 'cli', 'main.ts'), join(root, 'src', 'cli', 'check-worker.ts')],
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: out,
  // Bundled CommonJS packages call require(); ESM output gets one from node:module.
  banner: { js: "import { createRequire as __bagalauRequire } from 'node:module'; const require = __bagalauRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});
// The generated validators are required beside the code that loads them (src/check/validators.ts).
cpSync(join(root, 'dist', 'src', 'check', 'generated'), join(out, 'generated'), { recursive: true });
// The deflated standard font subsets and the compiled templates are read beside the code that reads them (src/cli/render.ts).
cpSync(join(root, 'dist', 'src', 'cli', 'generated', 'standard-fonts.json'), join(out, 'generated', 'standard-fonts.json'));
cpSync(join(root, 'dist', 'src', 'cli', 'generated', 'templates'), join(out, 'generated', 'templates'), { recursive: true });
