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
   * Each clause's number counted through the methodology (1, 2, 3 … in the order of the text), when
   * every chapter's clauses run 1, 2, 3 … from where they begin (at 1, or after the chapter before): the
   * clause a reader would number N is then plain, and a comparison may pair clauses in that order.
   * Null when the numbers are irregular besides (a gap or a repeat inside a chapter).
   */
  running: ReadonlyMap<Clause, number> | null;
}

/** The clauses of a methodology that restart at a chapter; null when none does (the numbers run through). */
export function clauseRestarts(doc: AttachedDocument): ClauseRestarts | null {
  // The clauses in runs of one chapter, in the order of the text.
  const groups: Clause[][] = [];
  for (const c of doc.clauses) {
    const g = groups[groups.length - 1];
    if (g && g[0]?.chapter === c.chapter) g.push(c);
    else groups.push([c]);
  }
  const chapters: RestartedChapter[] = [];
  let regular = groups[0]?.[0]?.number === 1;
  let before = 0;
  groups.forEach((g, i) => {
    const first = g[0] as Clause;
    const last = g[g.length - 1] as Clause;
    const restarts = i > 0 && first.chapter !== undefined && first.number === 1;
    if (restarts) chapters.push({ chapter: first.chapter as number, first, last });
    if (!restarts && i > 0 && first.number !== before + 1) regular = false;
    if (g.some((c, k) => c.number !== first.number + k)) regular = false;
    before = last.number;
  });
  if (chapters.length === 0) return null;
  return { chapters, running: regular ? new Map(doc.clauses.map((c, i) => [c, i + 1])) : null };
}
