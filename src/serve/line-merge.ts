/**
 * A three-way merge of texts, so that a save keeps a YAML file's own layout (src/serve/yaml-edit.ts): the yaml
 * library prints a document again whole, changing a few forms a person typed (`[a, b]` → `[ a, b ]`, several spaces
 * before `#` → one). Printed twice — the file as read (`base`) and the file as edited (`theirs`) — the two prints
 * differ only where the data changed; those differences are applied to the file as typed (`ours`), which differs
 * from `base` only in such forms. Where both touch the same lines, the lines are merged word by word, and where that
 * too collides the edited print's lines win (the data must be right; the caller reads the result back).
 *
 * Pure: strings in, string out. The difference of two sequences is jsdiff's (Myers, bounded); the three-way merge
 * over it is ours, since jsdiff merges patches, not sequences, and the policy (the edited print wins a collision) is
 * this save's.
 */
import { diffArrays } from 'diff';

/** More differences than this between two prints: not merged (the caller writes the edited print as it is). */
const MAX_EDITS = 2000;
/**
 * A line both prints changed that is longer than this is not merged word by word: the edited print's line is taken.
 * A 1 MB line (a long text typed on one line) took 2.4 s to merge by its words.
 */
const MAX_WORD_MERGE = 10_000;

/** `items` appended to `out` — not by `push(...items)`, which overflows the stack past ~100,000 items (lines, words). */
function append(out: string[], items: readonly string[]): void {
  for (const x of items) out.push(x);
}

/**
 * For each item of `a`, the index of the item of `b` it is kept as, or -1: a shortest edit script (Myers' algorithm,
 * jsdiff's `diffArrays`); null past MAX_EDITS differences.
 */
export function matchItems(a: readonly string[], b: readonly string[]): Int32Array | null {
  const changes = diffArrays(a as string[], b as string[], { maxEditLength: MAX_EDITS });
  if (!changes) return null;
  const match = new Int32Array(a.length).fill(-1);
  let i = 0;
  let j = 0;
  for (const c of changes) {
    const n = c.count ?? c.value.length;
    if (c.added) j += n;
    else if (c.removed) i += n;
    else for (let k = 0; k < n; k++) match[i++] = j++;
  }
  return match;
}

/** A change of one side: base items [s, e) replaced by `items` (s === e: inserted before base item s). */
interface Hunk {
  s: number;
  e: number;
  items: readonly string[];
  side: 0 | 1;
}

function hunks(match: Int32Array, other: readonly string[], side: 0 | 1): Hunk[] {
  const out: Hunk[] = [];
  let i0 = 0;
  let j0 = 0;
  for (let i = 0; i <= match.length; i++) {
    const j = i < match.length ? match[i]! : other.length;
    if (j < 0) continue;
    if (i > i0 || j > j0) out.push({ s: i0, e: i, items: other.slice(j0, j), side });
    i0 = i + 1;
    j0 = j + 1;
  }
  return out;
}

/** Base items [s, e) with a side's hunks (all within them) applied. */
function applied(base: readonly string[], s: number, e: number, hs: readonly Hunk[]): string[] {
  const out: string[] = [];
  let at = s;
  for (const h of hs) append(out, base.slice(at, h.s)), append(out, h.items), (at = h.e);
  append(out, base.slice(at, e));
  return out;
}

const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((s, i) => s === b[i]);

/**
 * `base` changed into `ours` and into `theirs`, both changes applied where they touch different items;
 * `collide(base, ours, theirs)` decides a stretch both changed. Null when a difference is too long to find.
 */
export function merge3(
  base: readonly string[],
  ours: readonly string[],
  theirs: readonly string[],
  collide: (b: readonly string[], o: readonly string[], t: readonly string[]) => readonly string[],
): string[] | null {
  const mo = matchItems(base, ours);
  const mt = matchItems(base, theirs);
  if (!mo || !mt) return null;
  // both sides' hunks by their place; an insertion before a replacement at the same place
  const all = [...hunks(mo, ours, 0), ...hunks(mt, theirs, 1)].sort((a, b) => a.s - b.s || a.e - a.s - (b.e - b.s));
  const out: string[] = [];
  let at = 0;
  for (let k = 0; k < all.length; ) {
    // a cluster: hunks that overlap, or insert at the same place
    let e = all[k]!.e;
    const s = all[k]!.s;
    let n = k + 1;
    while (n < all.length && (all[n]!.s < e || all[n]!.s === s)) {
      e = Math.max(e, all[n]!.e);
      n++;
    }
    const cluster = all.slice(k, n);
    append(out, base.slice(at, s));
    const o = cluster.filter((h) => h.side === 0);
    const t = cluster.filter((h) => h.side === 1);
    if (o.length === 0) append(out, applied(base, s, e, t));
    else if (t.length === 0) append(out, applied(base, s, e, o));
    else {
      const oo = applied(base, s, e, o);
      const tt = applied(base, s, e, t);
      append(out, same(oo, tt) ? oo : collide(base.slice(s, e), oo, tt));
    }
    at = e;
    k = n;
  }
  append(out, base.slice(at));
  return out;
}

/** A line's words: runs of letters and digits, runs of spaces, and each other sign alone. */
const words = (line: string): string[] => line.match(/[\p{L}\p{N}_]+|[ \t]+|[^]/gu) ?? [];

/**
 * Parts both sides changed, as many items each: merged item by item with `pick`; otherwise (or where `pick` throws
 * a Collision) the edited side's.
 */
function itemwise(pick: (b: string, o: string, t: string) => string) {
  return (b: readonly string[], o: readonly string[], t: readonly string[]): readonly string[] =>
    b.length === o.length && b.length === t.length ? t.map((x, j) => pick(b[j]!, o[j]!, x)) : t;
}

class Collision extends Error {}

/** One word both changed: the change that is not the base's, none when both changed it. */
const pickWord = (b: string, o: string, t: string): string => {
  if (b === o || o === t) return t;
  if (b === t) return o;
  throw new Collision();
};

/** One line both prints changed: merged word by word, else the edited print's. */
const pickLine = (b: string, o: string, t: string): string => {
  if (b.length > MAX_WORD_MERGE || o.length > MAX_WORD_MERGE || t.length > MAX_WORD_MERGE) return t;
  try {
    return merge3(words(b), words(o), words(t), itemwise(pickWord))?.join('') ?? t;
  } catch (e) {
    if (e instanceof Collision) return t;
    throw e;
  }
};

/**
 * Lines both prints changed: line by line where they are as many; else merged word by word as one text (a line end a
 * word), so that a typed layout of several lines (a folded text the print joins on one line) stays beside a value
 * changed on the next line — the edited print's lines had been taken whole. The edited print's where that collides.
 */
const pickLines = (b: readonly string[], o: readonly string[], t: readonly string[]): readonly string[] =>
  b.length === o.length && b.length === t.length ? t.map((x, j) => pickLine(b[j]!, o[j]!, x)) : pickLine(b.join('\n'), o.join('\n'), t.join('\n')).split('\n');

/** `ours` given the changes from `base` to `theirs`, split at `\n` (a `\r` before it is part of its line); null where it cannot be merged. */
export function mergeText(base: string, ours: string, theirs: string): string | null {
  try {
    const merged = merge3(base.split('\n'), ours.split('\n'), theirs.split('\n'), pickLines);
    return merged ? merged.join('\n') : null;
  } catch {
    return null;
  }
}
