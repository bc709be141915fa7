/**
 * Memoise a pure string function: rules normalise the same catalogue texts and row names for
 * every package of a batch. Bounded, so a folder of odd inputs cannot grow it without limit.
 */
export function memo(fn: (s: string) => string, max = 50_000): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      v = fn(s);
      if (cache.size < max) cache.set(s, v);
    }
    return v;
  };
}
