/**
 * Where the value a JSON Pointer names starts in a JSON text, found by one scan that follows only the
 * pointer: sibling values are skipped without building anything. A file has a finding or two as a rule,
 * and a map of every value's pointer, made to answer them, was a quarter of a folder check.
 * The answer is the one the full map gives: the nearest enclosing value that exists, and of several
 * values under the same pointer (a key twice in an object) the last in the text, as JSON.parse keeps.
 * Assumes text that JSON.parse accepted.
 */
import { parsePointer } from '../law/json-pointer.js';
import { closingQuote } from './json-string.js';

/** A pointer's reference tokens, unescaped, and how many of them can name a key (up to the first with a `~` not followed by 0 or 1). */
function tokensOf(pointer: string): { tokens: readonly string[]; valid: number } {
  // A pointer that does not begin with `/` names nothing below the root (the full map holds no such key).
  if (pointer.charCodeAt(0) !== 47) return { tokens: [], valid: 0 };
  const tokens = parsePointer(pointer);
  const bad = pointer.includes('~') ? pointer.slice(1).split('/').findIndex((t) => /~(?![01])/.test(t)) : -1;
  return { tokens, valid: bad === -1 ? tokens.length : bad };
}

const CANONICAL_INDEX = /^(?:0|[1-9][0-9]*)$/;

/**
 * The offset of the value at `pointer`, else of its nearest enclosing value that exists (the root at
 * worst, the first character that is not white space).
 */
export function jsonValueOffset(text: string, pointer: string): number {
  const { tokens, valid } = tokensOf(pointer);
  // the last offset at which the first d tokens were found, for each depth d
  const found: number[] = [];
  let i = 0;
  const ws = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff) i++;
      else return;
    }
  };
  let escaped = false;
  // at a key's opening quote; leaves i after the closing one, and `escaped` telling whether the key has an escape
  const key = () => {
    escaped = false;
    for (i++; ; ) {
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c === 92) {
        escaped = true;
        i += 2;
      } else i++;
    }
    i++;
  };
  // at a string's opening quote; leaves i after the closing one
  const skipString = () => {
    i = closingQuote(text, i) + 1;
  };
  // at a value's first character; leaves i after the value
  const skip = () => {
    const c = text.charCodeAt(i);
    if (c === 34) return skipString();
    if (c === 123 || c === 91) {
      let depth = 0;
      for (;;) {
        const d = text.charCodeAt(i);
        if (d === 34) {
          skipString();
          continue;
        }
        i++;
        if (d === 123 || d === 91) depth++;
        else if ((d === 125 || d === 93) && --depth === 0) return;
      }
    }
    // number, true, false, null
    for (;;) {
      const d = text.charCodeAt(i);
      if (i >= text.length || d === 44 || d === 93 || d === 125 || d === 32 || d === 10 || d === 13 || d === 9) return;
      i++;
    }
  };
  // at a value's first character, the first `depth` tokens found; leaves i after the value
  const value = (depth: number): void => {
    found[depth] = i;
    const c = text.charCodeAt(i);
    if (depth >= valid || (c !== 123 && c !== 91)) return skip();
    const token = tokens[depth]!;
    i++;
    ws();
    if (c === 123) {
      if (text.charCodeAt(i) === 125) {
        i++;
        return;
      }
      for (;;) {
        ws();
        const start = i + 1;
        key();
        const end = i - 1;
        // the key as JSON.parse reads it: as it stands unless it has an escape
        const match = escaped
          ? JSON.parse(`"${text.slice(start, end)}"`) === token
          : end - start === token.length && text.startsWith(token, start);
        ws();
        i++; // colon
        ws();
        if (match) value(depth + 1);
        else skip();
        ws();
        if (text.charCodeAt(i++) === 125) return;
      }
    }
    const want = CANONICAL_INDEX.test(token) ? Number(token) : -1;
    if (text.charCodeAt(i) === 93) {
      i++;
      return;
    }
    for (let n = 0; ; n++) {
      ws();
      if (n === want) value(depth + 1);
      else skip();
      ws();
      if (text.charCodeAt(i++) === 93) return;
    }
  };
  ws();
  value(0);
  return found[found.length - 1]!;
}

/** Line and column (from 1) of an offset: the lines before it counted, nothing kept. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl !== -1 && nl < offset; nl = text.indexOf('\n', nl + 1)) {
    line++;
    lineStart = nl + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
