/** A draft's methodology clauses numbered from 1 again in each chapter, as Word's default multilevel list numbers them. */
import { expect } from 'vitest';

/** The methodology's clauses numbered from 1 again in each chapter (the appendices' numbered lines kept). */
export function restarted(md: string): string {
  let chapter = false;
  let appendix = false;
  let base = -1;
  const out = md.split('\n').map((l) => {
    if (/^### (?:\d+-тарау|Глава \d+)/u.test(l)) {
      chapter = true;
      base = -1;
      return l;
    }
    if (/^### (?:\d+-қосымша|Приложение)/u.test(l)) appendix = true;
    const m = /^(\d+)\. /.exec(l);
    if (!chapter || appendix || !m) return l;
    if (base < 0) base = Number(m[1]) - 1;
    return l.replace(/^\d+/, String(Number(m[1]) - base));
  });
  const text = out.join('\n');
  expect(text).not.toBe(md);
  return text;
}

/** One edit of a draft, which must change it (the text edited is there). */
export function edit(md: string, from: string | RegExp, to: string): string {
  const out = md.replace(from, to);
  expect(out).not.toBe(md);
  return out;
}
