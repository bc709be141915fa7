/**
 * The ids a mistyped name of `bagalau explain` was likely meant to be: rule ids, engine ids and pack names within
 * a few edits of it (a letter left out, swapped, or typed on the Cyrillic layout: «mіc-2018»), whole or by the
 * rule's name after its pack («familiarisaton» → «mic-2018/familiarisation»), then those that contain it. Pure.
 */

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of two neighbours, each 1. */
export function editDistance(a: string, b: string): number {
  const A = [...a];
  const B = [...b];
  const d: number[][] = Array.from({ length: A.length + 1 }, (_, i) => Array.from({ length: B.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= A.length; i++) {
    for (let j = 1; j <= B.length; j++) {
      const cost = A[i - 1] === B[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && A[i - 1] === B[j - 2] && A[i - 2] === B[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[A.length]![B.length]!;
}

const nameOf = (id: string): string => id.slice(id.lastIndexOf('/') + 1);

/** Up to `max` of `ids` near `typed`, nearest first. */
export function nearIds(typed: string, ids: readonly string[], max = 5): string[] {
  const t = typed.trim().toLowerCase();
  if (t === '') return [];
  const name = nameOf(t);
  // a third of the letters may be wrong, at least one, at most four
  const allowed = (s: string) => Math.min(4, Math.max(1, Math.floor(s.length / 3)));
  const scored: Array<{ id: string; d: number }> = [];
  for (const id of ids) {
    const whole = editDistance(t, id.toLowerCase());
    const byName = t.includes('/') ? Infinity : editDistance(name, nameOf(id).toLowerCase());
    const d = Math.min(whole, byName);
    if (d <= allowed(whole <= byName ? id : nameOf(id))) scored.push({ id, d });
    else if (name.length >= 3 && id.toLowerCase().includes(name)) scored.push({ id, d: 100 + id.length });
  }
  return scored.sort((x, y) => x.d - y.d || x.id.localeCompare(y.id)).slice(0, max).map((x) => x.id);
}
