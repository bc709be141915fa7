/**
 * The pointers a pack's rules declare (`Rule.reads`), compiled once per pack into accessor functions:
 * a rule's `ctx.get(ptr)` is then one map lookup and a few property reads, with no pointer parsed or
 * token array walked per package (and the runner keeps what it read for the other rules of the package:
 * ./run.ts valueAt). A pointer no rule declared (a rule kind that does not declare, a
 * pattern's expansion) is read by walking its tokens, as before.
 */
import type { Pack } from '../acts/pack.js';
import { parsePointer } from '../law/json-pointer.js';

export type Accessor = (data: unknown) => unknown;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object';

/** The value at a pointer, or undefined (a non-object on the way reads nothing). */
export function walk(data: unknown, tokens: readonly string[]): unknown {
  let v: unknown = data;
  for (const tok of tokens) {
    if (!isObj(v)) return undefined;
    v = v[tok];
  }
  return v;
}

/** An accessor for a pointer of one to four tokens unrolled (the packs' pointers are at most this deep but for patterns); longer ones walk. */
export function compileAccessor(ptr: string): Accessor {
  const t = parsePointer(ptr);
  const [a, b, c, d] = t as [string, string, string, string];
  switch (t.length) {
    case 0:
      return (x) => x;
    case 1:
      return (x) => (isObj(x) ? x[a] : undefined);
    case 2:
      return (x) => {
        const v = isObj(x) ? x[a] : undefined;
        return isObj(v) ? v[b] : undefined;
      };
    case 3:
      return (x) => {
        let v = isObj(x) ? x[a] : undefined;
        v = isObj(v) ? v[b] : undefined;
        return isObj(v) ? v[c] : undefined;
      };
    case 4:
      return (x) => {
        let v = isObj(x) ? x[a] : undefined;
        v = isObj(v) ? v[b] : undefined;
        v = isObj(v) ? v[c] : undefined;
        return isObj(v) ? v[d] : undefined;
      };
    default:
      return (x) => walk(x, t);
  }
}

/** Generated from the pack's own declarations: kept for the pack object like its validators, one table per pack. */
const tables = new WeakMap<Pack, ReadonlyMap<string, Accessor>>();

/** The accessors of every pointer the pack's rules declare (patterns with `*` are expanded by their kinds, not here). */
export function accessorsOf(pack: Pack): ReadonlyMap<string, Accessor> {
  let m = tables.get(pack);
  if (!m) {
    const table = new Map<string, Accessor>();
    for (const rule of pack.rules) for (const ptr of rule.reads ?? []) if (!table.has(ptr) && !parsePointer(ptr).includes('*')) table.set(ptr, compileAccessor(ptr));
    tables.set(pack, (m = table));
  }
  return m;
}
