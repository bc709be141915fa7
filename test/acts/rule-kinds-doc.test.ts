/**
 * The table of rules.json kinds in docs/adding-a-rule-kind.md is the one src/acts/rule-table.ts builds: each
 * `case '<kind>'` of its switch, the kind function it calls, and the src/rules/ file that function is
 * imported from. A newcomer reading `"kind": "composition"` in a rules.json found no composition.ts; the
 * table says where it is, and this test keeps it true when a kind is added or moved.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const source = readFileSync('src/acts/rule-table.ts', 'utf8');
const page = readFileSync('docs/adding-a-rule-kind.md', 'utf8');

/** kind → [function, file], read from rule-table.ts's switch and imports. */
function built(): Map<string, [string, string]> {
  const fileOf = new Map<string, string>();
  for (const [, names, from] of source.matchAll(/^import \{([^}]*)\} from '\.\.\/rules\/([\w-]+)\.js';$/gm)) {
    for (const n of names!.split(',')) fileOf.set(n.trim(), `src/rules/${from}.ts`);
  }
  const out = new Map<string, [string, string]>();
  const cases = [...source.matchAll(/case '([\w-]+)':([\s\S]*?)(?=\n\s*case '|\n\s*default:)/g)];
  for (const [, kind, body] of cases) {
    const fn = /\b(\w+Rule)\(/.exec(body!)?.[1];
    if (!fn) throw new Error(`rule-table.ts: case «${kind}» calls no kind function`);
    out.set(kind!, [fn, fileOf.get(fn) ?? '?']);
  }
  return out;
}

/** kind → [function, file], read from the page's table. */
function shown(): Map<string, [string, string]> {
  const out = new Map<string, [string, string]>();
  for (const [, kind, fn, file] of page.matchAll(/^\| `([\w-]+)` \| `(\w+)` \| `([\w/.-]+)` \|$/gm)) out.set(kind!, [fn!, file!]);
  return out;
}

describe('docs/adding-a-rule-kind.md, the rules.json kinds', () => {
  it('the switch is read (a rewrite of rule-table.ts that this test no longer parses fails here)', () => {
    expect(built().size).toBeGreaterThanOrEqual(10);
  });

  it('the page lists every kind rule-table.ts builds, with its function and file, and no other', () => {
    expect(shown()).toEqual(built());
  });

  it('the page names the row that stands for a rule built in code', () => {
    expect(source).toContain("row.kind === 'code'");
    expect(page).toMatch(/^\| `code` \| — \|/m);
  });
});
