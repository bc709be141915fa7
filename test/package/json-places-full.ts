/**
 * The places of a JSON text as bagalau found them until the scan along one pointer (src/package/json-place.ts):
 * every value's offset keyed by its JSON Pointer, the nearest enclosing value that exists, lines by binary search.
 * Kept as the expectation the new locator is compared with (test/package/json-place.test.ts).
 * Assumes text that JSON.parse accepted.
 */

export function jsonValueOffsets(text: string): Map<string, number> {
  const out = new Map<string, number>();
  let i = 0;
  const ws = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff) i++;
      else return;
    }
  };
  const str = (): string => {
    // at the opening quote
    const start = ++i;
    let simple = true;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c === 92) {
        simple = false;
        i += 2;
      } else i++;
    }
    const raw = text.slice(start, i);
    i++; // closing quote
    return simple ? raw : (JSON.parse(`"${raw}"`) as string);
  };
  const esc = (k: string) => (k.includes('~') || k.includes('/') ? k.replace(/~/g, '~0').replace(/\//g, '~1') : k);
  const value = (ptr: string): void => {
    ws();
    out.set(ptr, i);
    const c = text.charCodeAt(i);
    if (c === 123) {
      i++;
      ws();
      if (text.charCodeAt(i) === 125) {
        i++;
        return;
      }
      for (;;) {
        ws();
        const key = str();
        ws();
        i++; // colon
        value(`${ptr}/${esc(key)}`);
        ws();
        if (text.charCodeAt(i++) === 125) return;
      }
    }
    if (c === 91) {
      i++;
      ws();
      if (text.charCodeAt(i) === 93) {
        i++;
        return;
      }
      for (let n = 0; ; n++) {
        value(`${ptr}/${n}`);
        ws();
        if (text.charCodeAt(i++) === 93) return;
      }
    }
    if (c === 34) {
      str();
      return;
    }
    // number, true, false, null
    for (;;) {
      const d = text.charCodeAt(i);
      if (i >= text.length || d === 44 || d === 93 || d === 125 || d === 32 || d === 10 || d === 13 || d === 9) return;
      i++;
    }
  };
  value('');
  return out;
}

/** Line and column of an offset, through the start of every line (binary search). */
function lineColumn(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

/** The former jsonSourceMap: a pointer's place from the map of every value. */
export function fullMapPlaces(text: string): (ptr: string) => { line: number; column: number } | undefined {
  const offsets = jsonValueOffsets(text);
  const at = lineColumn(text);
  return (ptr) => {
    for (let p = ptr; ; p = p.slice(0, p.lastIndexOf('/'))) {
      const o = offsets.get(p);
      if (o !== undefined) return at(o);
      if (p === '') return undefined;
    }
  };
}
