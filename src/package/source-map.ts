/**
 * JSON Pointer → line:column in the source text. Built lazily (only when a file has
 * findings) from the `yaml` library's syntax tree, which reads JSON too.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Place } from '../law/finding.js';
import { parsePointer } from '../law/json-pointer.js';

export type PlaceOf = (pointer: string) => Place | undefined;

export function sourceMap(text: string): PlaceOf {
  let built: { doc: ReturnType<typeof parseDocument>; lc: LineCounter } | undefined;
  return (pointer: string) => {
    if (!built) {
      const lc = new LineCounter();
      built = { doc: parseDocument(text, { lineCounter: lc, keepSourceTokens: false, uniqueKeys: false }), lc };
    }
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
