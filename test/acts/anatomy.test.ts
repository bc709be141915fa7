/**
 * Packs of one anatomy (issue 12 item 4, docs/anatomy-of-a-pack.md): every pack folder has the same files and
 * its modules export the same names, so what is learnt in one pack is found in the others; and a pack's
 * provisions are read under one name, `params` — not `P` in one file, `p` in another (a provision read
 * as `P.kpiCount.value` is the same value, but a reader looking for `params.kpiCount` does not find it).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../src/acts/index.js';

const ACTS = 'src/acts';
/** Folders with an index.ts are packs; the others (b-corps-2018, asa-order-13) hold what two packs share. */
const PACK_DIRS = readdirSync(ACTS).filter((d) => statSync(join(ACTS, d)).isDirectory() && existsSync(join(ACTS, d, 'index.ts')));

/** The files every pack has, and the names its modules export (a module may export more, as helpers of its own). */
const FILES = ['index.ts', 'pack.json', 'act.ts', 'params.json', 'params.ts', 'rules.ts', 'forms.ts', 'appendices.json', 'unchecked.json'];
/** The files a pack may have besides: data its act gives (docs/anatomy-of-a-pack.md says what each holds). */
const OPTIONAL = ['act.json', 'catalogue.ts', 'events.json', 'indicators.json', 'notes.json', 'questionnaire.json', 'rules.json', 'tables.json', 'words.json'];
const EXPORTS: Record<string, { exactly?: readonly string[]; atLeast?: readonly string[] }> = {
  'index.ts': { exactly: ['pack'] },
  'act.ts': { exactly: ['act', 'pending', 'validity', 'wordings'] },
  'params.ts': { exactly: ['params'] },
  'rules.ts': { atLeast: ['rules'] },
  'forms.ts': { atLeast: ['forms'] },
};

describe('every pack folder is a registered pack of one anatomy', () => {
  it('the folders with an index.ts are the packs', () => {
    expect(PACK_DIRS.sort()).toEqual(PACKS.map((p) => p.id).sort());
  });
  for (const id of PACK_DIRS)
    describe(id, () => {
      it('has the files every pack has', () => {
        expect(FILES.filter((f) => !existsSync(join(ACTS, id, f)))).toEqual([]);
      });
      it('has no file the anatomy does not name (events are events.json, not code)', () => {
        expect(readdirSync(join(ACTS, id)).filter((f) => !FILES.includes(f) && !OPTIONAL.includes(f))).toEqual([]);
      });
      for (const [file, want] of Object.entries(EXPORTS))
        it(`${file} exports ${want.exactly ? 'exactly' : 'at least'} ${(want.exactly ?? want.atLeast)!.join(', ')}`, async () => {
          const names = Object.keys(await import(`../../${ACTS}/${id}/${file.replace(/\.ts$/, '.js')}`)).sort();
          if (want.exactly) expect(names).toEqual([...want.exactly].sort());
          else expect(names).toEqual(expect.arrayContaining([...want.atLeast!]));
        });
      it('its pack id is its folder', () => {
        expect(PACKS.find((p) => p.id === id)).toBeDefined();
      });
    });
});

/** Every key of every pack's params: a name that, read through `x.<key>.value`, is a provision. */
const PARAM_KEYS = new Set(PACKS.flatMap((p) => Object.keys(p.params)));

/** `P.kpiCount.value`, `p.minTenureMonths.clause`: a provision read through another name than `params`. */
export const aliasedReads = (src: string): string[] =>
  [...src.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"])\/\/[^\n]*/g, '$1').matchAll(/(?<![\w$.])([A-Za-z_$][\w$]*)\.(\w+)\.(value|clause|quote|note|dated)\b/g)]
    .filter((m) => m[1] !== 'params' && PARAM_KEYS.has(m[2]!))
    .map((m) => m[0]);

function tsUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? tsUnder(p) : n.endsWith('.ts') ? [p] : [];
  });
}

describe('a pack\'s provisions are read as `params`', () => {
  it('no file of src/acts reads a provision through another name', () => {
    expect(tsUnder(ACTS).flatMap((f) => aliasedReads(readFileSync(f, 'utf8')).map((r) => `${f}: ${r}`))).toEqual([]);
  });
  it('the scan finds an aliased read, not `params.` nor a comment nor a provision\'s own fields', () => {
    expect(aliasedReads('const n = P.kpiCount.value; const m = p.minTenureMonths.clause;')).toEqual(['P.kpiCount.value', 'p.minTenureMonths.clause']);
    expect(aliasedReads('const n = params.kpiCount.value; // P.kpiCount.value\nconst c = pr.clause.replace(x); const v = v.value.light;')).toEqual([]);
  });
});

describe('a pack proves its types, it does not bridge them', () => {
  it('no file of src/acts casts through `unknown` (`as unknown as`): a shape or a schema gives the type', () => {
    expect(tsUnder(ACTS).filter((f) => /\bas unknown as\b/.test(readFileSync(f, 'utf8')))).toEqual([]);
  });
});
