/**
 * The library as `import … from 'bagalau'` gets it: package.json points at the bundle (dist/bundle/index.js,
 * scripts/build-bundle.ts), which must answer what the modules answer; and a program that only checks packages
 * must not load the renderer (issue 14: pay only for what runs), on the modules and in the bundle alike.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { moduleLog } from '../cli/module-log.js';
import { tempDir } from '../temp.js';

const BUNDLE = resolve('dist/bundle/index.js');
const MODULES = resolve('dist/src/index.js');
const dir = tempDir('bagalau-api-lazy-');
const modules = moduleLog();
afterAll(() => modules.dispose());

/** A program using the library: `check` of a sample, and with `render`, a blank form too; prints what it got as JSON. */
const program = join(dir, 'program.mjs');
writeFileSync(
  program,
  `const lib = await import(process.argv[2]);
const out = { check: lib.check(${JSON.stringify(readFileSync('samples/mic-2018/valid.yaml', 'utf8'))}, { today: '2026-11-22', file: 'valid.yaml' }) };
if (process.argv[3] === 'render') out.blank = (await lib.renderBlank('mic-2018', 1, { format: 'pdf' })).map((d) => [d.name, d.bytes.length]);
process.stdout.write(JSON.stringify(out));
`,
);
const runProgram = (lib: string, ...args: string[]) => {
  const { result, urls } = modules.run(program, [pathToFileURL(lib).href, ...args]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return { out: JSON.parse(result.stdout) as { check: { findings: unknown[] }; blank?: unknown }, urls };
};
/** The text of the bundle chunks loaded (esbuild marks each source file with a `// path` line). */
const chunkText = (urls: string[]) => urls.filter((u) => u.includes('/dist/bundle/')).map((u) => readFileSync(new URL(u), 'utf8')).join('\n');
const RENDERER_MODULES = (u: string) => u.includes('/dist/src/render/') || /\/node_modules\/(?:docx|pdf-lib|@pdf-lib|fontkit|handlebars)\//.test(u);
const RENDERER_CHUNKS = ['// src/render/', '// node_modules/docx/', '// node_modules/handlebars/'];

describe('the library entry', () => {
  it('package.json exports the bundle, with the modules\' types', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { main: string; exports: { '.': { default: string; types: string } } };
    expect(pkg.exports['.'].default).toBe('./dist/bundle/index.js');
    expect(pkg.main).toBe('./dist/bundle/index.js');
    expect(pkg.exports['.'].types).toBe('./dist/src/index.d.ts');
  });

  it('the bundle answers what the modules answer (check and a blank form)', () => {
    const a = runProgram(BUNDLE, 'render');
    const b = runProgram(MODULES, 'render');
    expect(a.out.check.findings.length).toBeGreaterThan(0); // the info findings of a valid package
    expect(a.out).toEqual(b.out);
  });

  it('a program that only checks loads no renderer (modules)', () => {
    const { urls } = runProgram(MODULES);
    expect(urls.some((u) => u.endsWith('/dist/src/check/run.js'))).toBe(true);
    expect(urls.filter(RENDERER_MODULES)).toEqual([]);
  });

  it('a program that only checks loads no renderer (bundle)', () => {
    const text = chunkText(runProgram(BUNDLE).urls);
    expect(text.includes('// src/check/run.ts')).toBe(true);
    expect(RENDERER_CHUNKS.filter((m) => text.includes(m))).toEqual([]);
  });

  // The check runs ajv code generated at build time and reads schemas as data: it needs no TypeBox (its ~270 modules,
  // a 210 KB chunk), whose builders src/law/schema-type.ts stands in for (test/acts/schema-type.test.ts).
  const TYPEBOX = (u: string) => u.includes('/node_modules/typebox/');
  it('a check loads no TypeBox: the library (modules and bundle) and the command', () => {
    expect(runProgram(MODULES).urls.filter(TYPEBOX)).toEqual([]);
    expect(chunkText(runProgram(BUNDLE).urls).includes('// node_modules/typebox/')).toBe(false);
    for (const cli of ['dist/src/cli/main.js', 'dist/bundle/main.js']) {
      const { result, urls } = modules.run(resolve(cli), ['check', 'samples/mic-2018/valid.yaml', '--today', '2026-11-22']);
      expect(result.status, result.stderr).toBe(0);
      expect(urls.some((u) => u.endsWith('/dist/src/check/run.js') || u.includes('/dist/bundle/check'))).toBe(true);
      expect(urls.filter(TYPEBOX), cli).toEqual([]);
      expect(chunkText(urls).includes('// node_modules/typebox/'), cli).toBe(false);
    }
  });

  it('the library loads no command line (commander): `methodologies()` describes the packs from the acts floor', () => {
    expect(runProgram(MODULES).urls.filter((u) => u.includes('/node_modules/commander/') || u.includes('/dist/src/cli/'))).toEqual([]);
    expect(chunkText(runProgram(BUNDLE).urls).includes('// node_modules/commander/')).toBe(false);
  });

  it('what the test above would see: a program that loads TypeBox', () => {
    const p = join(dir, 'typebox.mjs');
    writeFileSync(p, `await import(${JSON.stringify(pathToFileURL(resolve('node_modules/typebox/build/index.mjs')).href)});\n`);
    expect(modules.run(p, []).urls.filter(TYPEBOX).length).toBeGreaterThan(100);
  });

  it('the same program loads the renderer once it renders (what the two tests above would see)', () => {
    expect(runProgram(MODULES, 'render').urls.filter(RENDERER_MODULES).length).toBeGreaterThan(0);
    expect(RENDERER_CHUNKS.filter((m) => chunkText(runProgram(BUNDLE, 'render').urls).includes(m)).length).toBeGreaterThan(1);
  });
});
