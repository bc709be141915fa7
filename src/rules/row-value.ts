/** A value under a table row at a parsed relative pointer (`/percent/q1` as `['percent', 'q1']`), or undefined. */
export function valueAt(row: unknown, tokens: readonly string[]): unknown {
  let v = row;
  for (let i = 0; i < tokens.length; i++) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[tokens[i]!];
  }
  return v;
}
