/**
 * JSON Pointer → line:column in the source text. Built lazily (only when a file has
 * findings) from the `yaml` library's syntax tree, which reads JSON too.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, type Node } from 'yaml';
import { parseYamlDocument } from './bounded.js';
import type { Place } from '../law/finding.js';
import { parsePointer } from '../law/json-pointer.js';
import { jsonValueOffset, lineColumnAt } from './json-place.js';
import type { Parsed, YamlTree } from './parse.js';

export type PlaceOf = (pointer: string) => Place | undefined;

/** Places in a JSON text: a scan along the pointer asked for, instead of the YAML composer or a map of every value. */
export function jsonSourceMap(text: string): PlaceOf {
  return (ptr: string) => lineColumnAt(text, jsonValueOffset(text, ptr));
}

/**
 * Places in a YAML text (or a JSON text that could not be read as JSON): from `tree`, the syntax tree its data was
 * read from, else from a parse of its own, made when a place is first asked for.
 */
export function sourceMap(text: string, tree?: YamlTree): PlaceOf {
  let built: YamlTree | null | undefined = tree;
  return (pointer: string) => {
    if (built === undefined) {
      const lc = new LineCounter();
      try {
        built = { doc: parseYamlDocument(text, { lineCounter: lc, keepSourceTokens: false, uniqueKeys: false }), lc };
      } catch {
        built = null; // too deep to parse: no places (the file's finding says why)
      }
    }
    if (!built) return undefined;
    const { doc, lc } = built;
    let node: unknown = doc.contents;
    let keyNode: unknown;
    for (const token of parsePointer(pointer)) {
      keyNode = undefined;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === token);
        if (!pair) break;
        keyNode = pair.key;
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(token)];
        if (item === undefined) break;
        node = item;
      } else break;
    }
    // Point at the value (where the wrong thing is); at the key when the value is empty.
    const at = (node as Node | null | undefined)?.range ?? (keyNode as Node | undefined)?.range;
    if (!at) return undefined;
    const p = lc.linePos(at[0]);
    return { line: p.line, column: p.col };
  };
}

/** The places of a read text (parse.ts readText): a JSON text's by a linear scan, a YAML text's from the tree its data came from. */
export const placesOf = (text: string, kind: 'json' | 'yaml', read: { parsed: Parsed; tree?: YamlTree }): PlaceOf =>
  kind === 'json' && read.parsed.data !== undefined ? jsonSourceMap(text) : sourceMap(text, read.tree);
