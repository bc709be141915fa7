/**
 * Part of `npm run build`: the `bagalau` command as one small entry module and chunks
 * (esbuild, code splitting) in dist/bundle/, which `bin` and `npm start` run. Loading ~360
 * modules one by one (TypeBox alone is 200) was most of a one-file check's time; a few chunks
 * load in a fraction of it. Each command stays its own chunk behind a dynamic import, so
 * `--help` loads no engine and `check` no renderer (test/cli/lazy.test.ts proves it on the
 * modules, test/cli/bundle.test.ts that the bundle says what the modules say).
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { COMPILED_CALENDAR_FILE, type CompiledCalendarFile } from '../src/law/calendar/compiled-form.js';
import { PACK_IDS } from '../src/acts/registry.js';

/**
 * commander requires `node:child_process` when it loads, for git-style executable subcommands we do not have; Node
 * then builds the module (and `net`, `dgram`… behind it) in every run. In the bundle commander gets it on first use.
 */
const lazyChildProcess: Plugin = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (a) => (/[\\/]node_modules[\\/]commander[\\/]/.test(a.importer) ? { path: 'child_process', namespace: 'lazy-child-process' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "let cp; const get = () => (cp ??= require('node:child_process')); module.exports = { spawn: (...a) => get().spawn(...a) };",
      loader: 'js',
    }));
  },
};

/**
 * linebreak builds its table of line-break classes when it loads: a Unicode trie shipped deflated twice, which
 * tiny-inflate unpacks in JavaScript (~10 ms warm, more at start-up, in every `render`). In the bundle the trie comes
 * unpacked (its 58 KB as base64, decoded natively), built here by unicode-trie itself from the same bytes; the
 * trie's own constructor takes it as it is. The renders of the bundle and of the modules are compared byte for byte
 * (test/cli/bundle.test.ts).
 */
const unpackedLinebreakTrie: Plugin = {
  name: 'unpacked-linebreak-trie',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]linebreak[\\/]dist[\\/][^\\/]+\.(?:cjs|mjs)$/ }, (a) => {
      const source = readFileSync(a.path, 'utf8');
      const req = createRequire(a.path);
      const UnicodeTrie = req('unicode-trie') as new (data: Uint8Array) => { data: Uint32Array; highStart: number; errorValue: number };
      const base64 = req('base64-js') as { toByteArray(s: string): Uint8Array };
      let n = 0;
      const contents = source.replace(/(const [\w$]+ = )[^\n]*?\.toByteArray\("([A-Za-z0-9+/=]+)"\);/g, (_, decl: string, packed: string) => {
        n++;
        const trie = new UnicodeTrie(base64.toByteArray(packed));
        const bytes = Buffer.from(trie.data.buffer, trie.data.byteOffset, trie.data.byteLength).toString('base64');
        return `${decl}{ data: new Uint32Array(Uint8Array.from(Buffer.from(${JSON.stringify(bytes)}, "base64")).buffer), highStart: ${trie.highStart}, errorValue: ${trie.errorValue} };`;
      });
      if (n !== 1) throw new Error(`build-bundle: expected one packed trie in ${a.path}, found ${n}`);
      return { contents, loader: 'js' };
    });
  },
};

/**
 * The yaml library as ES modules (its `browser` build, the same source as its CommonJS `dist`), so that esbuild joins
 * it into one scope and leaves out what no command uses, instead of 73 CommonJS wrappers compiled and run one by one
 * when the first file is read: ~30 million fewer instructions in a one-file check (valgrind, 636 against 665 million).
 * The two builds differ in four places. The bundle keeps the Node build's behaviour in two: warnings go through
 * `process.emitWarning` (dist/log.js itself is used), and a `!!binary` value is read by `Buffer` (patched here as
 * dist/schema/yaml-1.1/binary.js has it). It leaves out the other two, the library's own debugging switches
 * LOG_TOKENS and LOG_STREAM (environment variables that print its tokens): the parser read process.env, a call
 * into C++, for every token.
 */
const yamlModules: Plugin = {
  name: 'yaml-modules',
  setup(b) {
    const pkg = dirname(createRequire(import.meta.url).resolve('yaml/package.json'));
    const esm = join(pkg, 'browser');
    b.onResolve({ filter: /^yaml$/ }, () => ({ path: join(esm, 'index.js') }));
    b.onLoad({ filter: /[\\/]node_modules[\\/]yaml[\\/]browser[\\/]dist[\\/]log\.js$/ }, () => ({
      contents: `export { debug, warn } from ${JSON.stringify(join(pkg, 'dist', 'log.js'))};`,
      loader: 'js',
    }));
    b.onLoad({ filter: /[\\/]node_modules[\\/]yaml[\\/]browser[\\/]dist[\\/]schema[\\/]yaml-1\.1[\\/]binary\.js$/ }, (a) => {
      const source = readFileSync(a.path, 'utf8');
      const from = '    resolve(src, onError) {\n        if (typeof atob === \'function\') {';
      const to = "    resolve(src, onError) {\n        if (typeof Buffer === 'function') {\n            return Buffer.from(src, 'base64');\n        }\n        else if (typeof atob === 'function') {";
      if (source.split(from).length !== 2) throw new Error(`build-bundle: the yaml library's binary tag changed (${a.path}): check the Node and browser builds again`);
      return { contents: source.replace(from, to), loader: 'js' };
    });
  },
};

/**
 * The library's loader (src/library/load.ts imports every pack and the draft engine, as the sources and dist/src/ need)
 * becomes src/library/load-bundle.ts, which loads each of them from its own entry below when a program first needs it.
 */
const lazyLibrary: Plugin = {
  name: 'lazy-library',
  setup(b) {
    b.onResolve({ filter: /^\.\/library\/load\.js$/ }, (a) => (a.importer === join(root, 'src', 'index.ts') ? { path: join(root, 'src', 'library', 'load-bundle.ts') } : undefined));
  },
};

let root = dirname(fileURLToPath(import.meta.url));
while (!existsSync(join(root, 'package.json'))) root = dirname(root);

/**
 * The calendar compiled by the build (scripts/build-calendar.ts, which ran before this script) in place of
 * src/law/calendar/bundled.ts, which compiles the ten years of data at every start (~12 ms of a one-file check):
 * the compiled form and the data it came from (for user files, merged with it) as JSON texts, parsed when asked for.
 * The data files' own modules are then not in the bundle at all. test/calendar/compiled-form.test.ts proves the
 * file is what the data gives, test/cli/bundle.test.ts that the bundle's calendar says what the modules' says.
 */
const compiledCalendar: Plugin = {
  name: 'compiled-calendar',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]law[\\/]calendar[\\/]bundled\.ts$/ }, (a) => {
      const file = join(root, 'dist', 'src', 'law', 'calendar', COMPILED_CALENDAR_FILE);
      const { form, data } = JSON.parse(readFileSync(file, 'utf8')) as CompiledCalendarFile;
      mkdirSync(join(out, 'generated'), { recursive: true });
      writeFileSync(join(out, 'generated', 'calendar-data.json'), JSON.stringify(data));
      return {
        contents: [
          "import { fromForm } from './compiled-form.js';",
          "import { readFileSync } from 'node:fs';",
          `const FORM = ${JSON.stringify(JSON.stringify(form))};`,
          "export const bundledData = () => JSON.parse(readFileSync(new URL('./generated/calendar-data.json', import.meta.url), 'utf8'));",
          'export const bundledCompiled = () => fromForm(JSON.parse(FORM));',
        ].join('\n'),
        loader: 'ts',
        resolveDir: dirname(a.path),
      };
    });
  },
};

const out = join(root, 'dist', 'bundle');
rmSync(out, { recursive: true, force: true });
await build({
  // the check's worker thread is its own entry: check-source.ts starts it beside the chunk that holds it;
  // the library (`import … from 'bagalau'`, package.json "exports") is the third, sharing the command's chunks
  // (named: from sources in two folders esbuild would otherwise write cli/main.js beside index.js)
  // Each pack, the library's draft engine and the SARIF report are entries too, under names src/library/load-bundle.ts knows: the library
  // loads them with `require` when first needed, and the command's dynamic imports of a pack (src/acts/registry.ts) get
  // the same files.
  entryPoints: {
    main: join(root, 'src', 'cli', 'main.ts'),
    'check-worker': join(root, 'src', 'cli', 'check-worker.ts'),
    index: join(root, 'src', 'index.ts'),
    'draft-engine': join(root, 'src', 'library', 'draft-engine.ts'),
    'sarif-report': join(root, 'src', 'report', 'sarif.ts'),
    ...Object.fromEntries(PACK_IDS.map((id) => [`packs/${id}`, join(root, 'src', 'acts', id, 'index.ts')])),
  },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: out,
  // Bundled CommonJS packages call require(); ESM output gets one from node:module.
  banner: { js: "import { createRequire as __bagalauRequire } from 'node:module'; const require = __bagalauRequire(import.meta.url);" },
  // Kazakh and Russian text as it is, not as \uXXXX escapes: a third of the bytes for V8 to scan at start (the model act's JSON alone is 196 KB escaped).
  charset: 'utf8',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [lazyChildProcess, unpackedLinebreakTrie, compiledCalendar, yamlModules, lazyLibrary],
});
// The generated validators are required beside the code that loads them (src/check/validators.ts).
cpSync(join(root, 'dist', 'src', 'check', 'generated'), join(out, 'generated'), { recursive: true });
// The deflated standard font subsets and the compiled templates are read beside the code that reads them (src/cli/render.ts).
cpSync(join(root, 'dist', 'src', 'cli', 'generated', 'standard-fonts.json'), join(out, 'generated', 'standard-fonts.json'));
cpSync(join(root, 'dist', 'src', 'cli', 'generated', 'templates'), join(out, 'generated', 'templates'), { recursive: true });
