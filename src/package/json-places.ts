/**
 * Where each value of a JSON text starts, keyed by JSON Pointer: one linear scan, no values
 * built. JSON packages are the batch case (exports from HR systems), and asking the YAML
 * composer for places cost more than checking the package.
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
