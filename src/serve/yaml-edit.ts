/**
 * A YAML file edited in place to hold new data, so that a save from the page keeps what the officer (or a colleague)
 * wrote around the values: comments (`# Приказ №12 от 05.01.2026`, a note beside a KPI), key order, quoting and
 * blank lines. The yaml library's Document keeps them on its nodes; the file's nodes are changed only where the data
 * differs — a value set in place keeps its line comment, a key or a row removed takes its comments with it, a row
 * added is written plainly. Pure: text and data in, text out.
 *
 * A list's rows are matched to the file's rows by their content, not by index (a row removed from the middle, the
 * rows after it renumbered, must not hand its comment to the next row): the order-keeping match that pairs the most
 * alike rows (at least half of their fields equal), then the rows left between two matched ones in order (a row
 * edited), then a row moved elsewhere by its content.
 */
import { isAlias, isMap, isNode, isPair, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { parseYamlDocument } from '../package/bounded.js';
import { mergeText } from './line-merge.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Deep equality of JSON data (objects by their keys, not their order). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameData(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && sameData(a[k], b[k]));
  }
  return false;
}

/** How alike two rows are, 0…1: equal → 1; two objects → the share of their fields that are equal; else 0. */
function likeness(a: unknown, b: unknown): number {
  if (sameData(a, b)) return 1;
  if (!isObject(a) || !isObject(b)) return 0;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  let same = 0;
  for (const k of keys) if (sameData(a[k], b[k])) same++;
  return keys.size ? same / keys.size : 0;
}

/** Two rows at least this alike are one row changed. */
const ALIKE = 0.5;
/** Lists longer than this (old × new rows) are matched by place: the alignment would cost more than it is worth. */
const MAX_ALIGN = 250_000;

/**
 * For each new row, the index of the file's row it continues (or -1: a row added). Order-keeping alignment that
 * maximises the likeness of the matched rows, then the unmatched between two matches paired in order, then moves.
 */
export function matchRows(old: readonly unknown[], next: readonly unknown[]): number[] {
  const n = old.length;
  const m = next.length;
  const out = new Array<number>(m).fill(-1);
  if (n * m > MAX_ALIGN) {
    for (let j = 0; j < Math.min(n, m); j++) out[j] = j;
    return out;
  }
  const like: number[][] = old.map((a) => next.map((b) => likeness(a, b)));
  // best[i][j]: the most likeness matching old[i..] with next[j..]
  const best: Float64Array[] = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = like[i]![j]!;
      best[i]![j] = Math.max(best[i + 1]![j]!, best[i]![j + 1]!, s >= ALIKE ? s + best[i + 1]![j + 1]! : -1);
    }
  }
  const usedOld = new Array<boolean>(n).fill(false);
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    const s = like[i]![j]!;
    if (s >= ALIKE && best[i]![j] === s + best[i + 1]![j + 1]!) pairs.push([i, j]), i++, j++;
    else if (best[i]![j] === best[i + 1]![j]) i++;
    else j++;
  }
  // between two matched rows (and before the first, after the last), the rows left are edited rows, in order
  const bounds: [number, number][] = [[-1, -1], ...pairs, [n, m]];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const [i0, j0] = bounds[k]!;
    const [i1, j1] = bounds[k + 1]!;
    if (k > 0) (out[j0] = i0), (usedOld[i0] = true);
    for (let d = 1; i0 + d < i1 && j0 + d < j1; d++) (out[j0 + d] = i0 + d), (usedOld[i0 + d] = true);
  }
  // a row moved: its content found among the file's rows left
  for (let j = 0; j < m; j++) {
    if (out[j] !== -1) continue;
    let at = -1;
    let top = ALIKE;
    for (let i = 0; i < n; i++) if (!usedOld[i] && like[i]![j]! >= top) (at = i), (top = like[i]![j]!);
    if (at >= 0) (out[j] = at), (usedOld[at] = true);
  }
  return out;
}

const keyOf = (p: Pair): string => String(isScalar(p.key) ? p.key.value : p.key);

/** `node` (may be null: an empty value) changed to hold `value`; the node to put in its place. */
function edit(doc: Document, node: unknown, value: Json): Node {
  // an alias still naming what the data holds there stays an alias (its anchor's node may have been edited before)
  if (isAlias(node) && sameData(node.resolve(doc)?.toJS(doc), value)) return node;
  if (Array.isArray(value) && isSeq(node)) {
    editSeq(doc, node, value);
    return node;
  }
  if (isObject(value) && isMap(node)) {
    editMap(doc, node, value as Record<string, Json>);
    return node;
  }
  if (isScalar(node) && (value === null || typeof value !== 'object')) {
    if (node.value !== value) node.value = value;
    return node;
  }
  // another kind of value: a new node, with the comments of the one it replaces
  const fresh = doc.createNode(value) as Node;
  if (isNode(node)) {
    fresh.commentBefore = node.commentBefore;
    fresh.comment = node.comment;
    fresh.spaceBefore = node.spaceBefore;
  }
  return fresh;
}

/**
 * The comment above a collection's first entry is the collection's in the library's tree (`commentBefore`): it is the
 * entry's, written at its place as the other entries' comments are (our reading). Removed with the entry; moved onto
 * it when another entry now comes first.
 */
function leadComment(coll: YAMLMap | YAMLSeq, first: unknown, holder: (entry: unknown) => Node | null): void {
  const lead = coll.commentBefore;
  if (!lead || first === undefined || coll.items[0] === first) return;
  coll.commentBefore = undefined;
  const at = (coll.items as unknown[]).includes(first) ? holder(first) : null;
  if (at) at.commentBefore = at.commentBefore ? `${lead}\n${at.commentBefore}` : lead;
}

function editMap(doc: Document, map: YAMLMap, value: Record<string, Json>): void {
  const want = Object.keys(value).filter((k) => value[k] !== undefined);
  const first = map.items[0];
  // a key removed goes with its comments
  map.items = map.items.filter((p) => Object.hasOwn(value, keyOf(p)) && value[keyOf(p)] !== undefined);
  for (const [w, k] of want.entries()) {
    const pair = map.items.find((p) => keyOf(p) === k);
    if (pair) {
      pair.value = edit(doc, pair.value, value[k]!);
      continue;
    }
    // a key added: after the key the data has before it, else before the first key the file has after it
    const before = want.slice(0, w).reverse().map((b) => map.items.findIndex((p) => keyOf(p) === b)).find((i) => i >= 0);
    const added = doc.createPair(k, value[k]) as Pair;
    map.items.splice(before === undefined ? 0 : before + 1, 0, added);
  }
  leadComment(map, first, (p) => (isPair(p) && isNode(p.key) ? p.key : null));
}

function editSeq(doc: Document, seq: YAMLSeq, value: Json[]): void {
  const olds = seq.items.map((it) => (isNode(it) ? it.toJS(doc) : it) as unknown);
  const from = matchRows(olds, value);
  const items = value.map((v, j) => (from[j]! >= 0 ? edit(doc, seq.items[from[j]!], v) : (doc.createNode(v) as Node)));
  // the first row's node as it is now (an edit may have replaced it by a node of another kind)
  const j0 = from.indexOf(0);
  const first = olds.length === 0 ? undefined : j0 >= 0 ? items[j0] : null;
  seq.items = items;
  leadComment(seq, first, (n) => (isNode(n) ? n : null));
}

const STRINGIFY = { lineWidth: 0, flowCollectionPadding: true } as const;

/**
 * `original` (a YAML file's text) edited to hold `data`, its comments, key order and layout kept where the data did
 * not change; the text itself when the data is what it holds. The library prints the document again whole, so the
 * file as read and the file as edited are both printed and their difference applied to the text as typed
 * (src/serve/line-merge.ts): a file with one value changed differs from the original on that value's line only —
 * a flow list's inner spaces, spaces before `#`, blank lines stay as typed. An alias stays while the data under it is
 * its anchor's; one that no longer is becomes the data written out. Null where it cannot be done faithfully — the
 * file is not one readable YAML document, or the edited text would not read back as `data` — and the caller writes
 * the data plainly instead.
 */
export function editedYaml(original: string, data: unknown): string | null {
  let doc: Document;
  try {
    doc = parseYamlDocument(original, { uniqueKeys: true, prettyErrors: false, strict: true, schema: 'core', keepSourceTokens: false });
  } catch {
    return null;
  }
  if (doc.errors.length > 0) return null;
  try {
    if (sameData(doc.toJS(), data)) return original;
    const base = doc.toString(STRINGIFY);
    doc.contents = edit(doc, doc.contents, data as Json) as typeof doc.contents;
    const edited = doc.toString(STRINGIFY);
    // each line keeps its own line end: the prints are given the file's most used one (what lines added get), and a
    // line typed with the other keeps it as another form typed (a file mixing CRLF and LF had all its lines rewritten)
    const crlfs = original.match(/\r\n/g)?.length ?? 0;
    const eol = (text: string): string => (crlfs * 2 > (original.match(/\n/g)?.length ?? 0) ? text.replace(/\n/g, '\r\n') : text);
    for (const text of [mergeText(eol(base), original, eol(edited)), eol(edited)]) {
      if (text === null) continue;
      const back = parseYamlDocument(text, { uniqueKeys: true, strict: true, schema: 'core' });
      if (back.errors.length === 0 && sameData(back.toJS(), data)) return text;
    }
    return null;
  } catch {
    return null;
  }
}
