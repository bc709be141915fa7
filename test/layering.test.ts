/**
 * The floors of src/ (docs/architecture, README design): each folder imports only from the floors below
 * it — `law` (and `package` beside it) → `rules` → `acts` → `check` | `render` | `draft` → `report` →
 * `cli` | `serve` | `library` (what src/index.ts loads on first use). A shared rule never imports an act; no act imports the engine that runs it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/** What each folder may import besides itself. */
const MAY: Record<string, readonly string[]> = {
  law: [],
  package: ['law'],
  rules: ['law'],
  acts: ['law', 'rules'],
  check: ['law', 'package', 'rules', 'acts'],
  render: ['law', 'package', 'rules', 'acts'],
  draft: ['law', 'package', 'rules', 'acts'],
  report: ['law', 'package', 'rules', 'acts', 'check', 'render', 'draft'],
  cli: ['law', 'package', 'rules', 'acts', 'check', 'render', 'draft', 'report', 'serve'],
  serve: ['law', 'package', 'rules', 'acts', 'check', 'render', 'draft', 'report', 'cli'],
  // what the library entry (src/index.ts) loads when first needed: packs, the draft engine, the SARIF report
  library: ['law', 'package', 'rules', 'acts', 'check', 'render', 'draft', 'report'],
};

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : /\.ts$/.test(d.name) ? [join(dir, d.name)] : []));

/** The folder of src/ a path is in (`rules` for src/rules/envelope.ts), or undefined outside src/ or at its top. */
const floorOf = (path: string): string | undefined => {
  const parts = relative('src', path).split(sep);
  return parts.length > 1 && parts[0] !== '..' ? parts[0] : undefined;
};

/** Every relative import of a file (static, dynamic, `export … from`), resolved from the repository root. */
function importsOf(file: string, text = readFileSync(file, 'utf8')): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)'(\.[^']*)'/g)) out.push(join(dirname(file), m[1]!));
  return out;
}

describe('layering', () => {
  const all = files('src');

  it('reads the imports it judges (a file of each floor imports something)', () => {
    expect(importsOf('src/acts/envelope.ts').map(floorOf)).toContain('rules');
    expect(importsOf('src/check/run.ts').map(floorOf)).toEqual(expect.arrayContaining(['acts', 'rules', 'law']));
    for (const floor of Object.keys(MAY)) expect(all.some((f) => floorOf(f) === floor), floor).toBe(true);
  });

  it('no import runs against the floors', () => {
    expect(all.flatMap((f) => wrongImports(f))).toEqual([]);
  });

  it('a breaking import is seen: a rule kind importing an act, an act importing the runner', () => {
    expect(wrongImports('src/rules/count.ts', "import { params } from '../acts/mic-2018/params.js';")).toEqual(['src/rules/count.ts → src/acts/mic-2018/params.js']);
    expect(wrongImports('src/acts/mic-2018/index.ts', "const run = await import('../../check/run.js');")).toEqual(['src/acts/mic-2018/index.ts → src/check/run.js']);
    expect(wrongImports('src/acts/mic-2018/index.ts', "export type { Rule } from '../../rules/rule.js';")).toEqual([]);
    expect(wrongImports('src/oracle/x.ts', '')[0]).toMatch(/has no floor/);
  });
});

/** The imports of one file that run against the floors. */
function wrongImports(file: string, text?: string): string[] {
  const from = floorOf(file);
  if (from === undefined) return [];
  const may = MAY[from];
  if (!may) return [`${file}: folder «${from}» has no floor (add it to MAY and to the README's design section)`];
  const wrong: string[] = [];
  for (const target of importsOf(file, text)) {
    const to = floorOf(target);
    if (to === undefined && !target.startsWith('src')) continue; // schemas/, package.json…: data, not code
    if (to === from || (to !== undefined && may.includes(to))) continue;
    wrong.push(`${file} → ${target}`);
  }
  return wrong;
}
