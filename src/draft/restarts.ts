/**
 * Clause numbers begun again at each chapter: «1., 2., …» in chapter 1, then «1., 2., …» again in
 * chapter 2 — the default of a Word multilevel list, whose clause level restarts after each chapter
 * heading unless «restart list after» is set to none. The model methodology numbers its clauses through
 * the whole text (act 002 Annex 2: chapter 2 begins at cl. 17, chapter 3 at cl. 19), as do the other
 * published methodologies we hold (000, 001, 004). Read from the numbers the draft shows, in Markdown
 * and Word alike. Pure.
 */
import type { AttachedDocument, Clause } from './act.js';

/** A chapter whose clauses begin again at 1: its number and its first and last clause. */
export interface RestartedChapter {
  chapter: number;
  first: Clause;
  last: Clause;
}

export interface ClauseRestarts {
  /** The chapters whose clauses begin again at 1 after the clauses of the chapters before them. */
  chapters: RestartedChapter[];
  /**
   * The clauses in their numbering series, each of which should run 1, 2, 3 …: a series begins at the
   * first clause, at each restarted chapter, and at a chapter whose first number is not above the number
   * before it (a chapter numbered again that lost its «1.»: «2., 3.» after chapter 1's 16, or «2.» after
   * chapter 2's «1., 2.»); a
   * chapter that goes on from the chapter before (17, 18 after 16) stays in its series. The numbering
   * rule checks each series alone (`rules/numbering.ts`), so a gap or a repeat inside a chapter is told
   * of that chapter, and chapter 2's «1.» is not a repeat of chapter 1's.
   */
  series: Clause[][];
  /** Every chapter's clauses run 1, 2, 3 … from where they begin (at 1, or after the chapter before): no gap or repeat inside a chapter. */
  regular: boolean;
  /**
   * Each clause's number as the same draft numbered through would have it: each series goes on from the
   * highest number before it (chapter 2's «1.» after chapter 1's «16.» is 17), the author's own gaps and
   * repeats kept (chapter 3's «1., 2., 3., 5.» after 18 clauses are 19, 20, 21, 23, as in a draft
   * numbered through whose 22 is missing). When `regular`, it is each clause's place in the text (1, 2,
   * 3 …). A comparison pairs clauses by it as it pairs a draft numbered through: up to the first gap or
   * repeat the clause a reader would number N is plain; after it, no clause is paired by its number.
   */
  running: ReadonlyMap<Clause, number>;
}

const known = new WeakMap<AttachedDocument, ClauseRestarts | null>();

/**
 * The clauses of a methodology that restart at a chapter; null when none does (the numbers run through). Read once
 * per parsed document: the restart rule, the numbering rule, the pairing and every clause a message names ask it.
 */
export function clauseRestarts(doc: AttachedDocument): ClauseRestarts | null {
  let r = known.get(doc);
  if (r === undefined) known.set(doc, (r = findRestarts(doc)));
  return r;
}

function findRestarts(doc: AttachedDocument): ClauseRestarts | null {
  // The clauses in runs of one chapter, in the order of the text.
  const groups: Clause[][] = [];
  for (const c of doc.clauses) {
    const g = groups[groups.length - 1];
    if (g && g[0]?.chapter === c.chapter) g.push(c);
    else groups.push([c]);
  }
  const chapters: RestartedChapter[] = [];
  const series: Clause[][] = [];
  let regular = groups[0]?.[0]?.number === 1;
  let before = 0;
  groups.forEach((g, i) => {
    const first = g[0] as Clause;
    const last = g[g.length - 1] as Clause;
    const restarts = i > 0 && first.chapter !== undefined && first.number === 1;
    if (restarts) chapters.push({ chapter: first.chapter as number, first, last });
    // A chapter whose first number is not above the chapter before's last («2.» after «1., 2.») does not go on
    // from it (that would be before + 1): in a draft numbered again in each chapter it is a chapter numbered
    // again that lost its «1.», not a repeat of the number across the heading (docs/draft.md § 2).
    const back = i > 0 && first.chapter !== undefined && first.number <= before;
    if (i === 0 || restarts || back) series.push([...g]);
    else series[series.length - 1]?.push(...g);
    if (!restarts && i > 0 && first.number !== before + 1) regular = false;
    if (g.some((c, k) => c.number !== first.number + k)) regular = false;
    before = last.number;
  });
  if (chapters.length === 0) return null;
  const running = new Map<Clause, number>();
  let offset = 0;
  for (const s of series) {
    let top = offset;
    for (const c of s) {
      running.set(c, offset + c.number);
      top = Math.max(top, offset + c.number);
    }
    offset = top;
  }
  return { chapters, series, regular, running };
}
