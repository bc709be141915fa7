/**
 * Align the clauses of a model methodology with a draft's clauses by content, not by number.
 * Score = 0.65 × cosine of stem TF-IDF vectors (key terms boosted) + 0.35 × Dice of character
 * trigrams; both on normalised Kazakh text (case, Latin look-alikes, punctuation). Each model clause
 * gets the draft clause with the best score; a model clause whose best score is below `MISSING` is
 * taken as missing from the draft. Pure.
 */
import type { Clause } from './act.js';
import { clauseText } from './act.js';
import { charGrams, normaliseKk, stemsOfNormalised } from './kazakh-text.js';

/** Below this a model clause has no counterpart in the draft. */
export const MISSING = 0.2;
/** Below this (and above MISSING) the counterpart is weak: shown, but the author should look. */
export const WEAK = 0.32;
/** Below this, a match to a draft clause that another model clause matches twice as well is no match. */
export const BORROWED = 0.5;

export interface ClauseMatch {
  model: Clause;
  draft: Clause | null;
  score: number;
  /** The next best draft clause, when it is close (a provision split over two clauses). */
  also: Clause | null;
  alsoScore: number;
  /** The draft clause that scored best, even when it is not taken as the match. */
  candidate: Clause | null;
  /**
   * Why there is no match: nothing in the draft comes close; the closest clause is another model
   * clause's counterpart (`takenBy`); or it does not speak of the model clause's subject.
   */
  why?: 'nothing-close' | 'taken' | 'subject';
  takenBy?: number;
}

type Vec = Map<string, number>;

function tf(tokens: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

function cosine(a: Vec, b: Vec): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    const w = b.get(k);
    if (w !== undefined) dot += v * w;
  }
  for (const v of b.values()) nb += v * v;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

interface Prepared {
  clause: Clause;
  vec: Vec;
  grams: Grams;
}

/** Trigram bag as sorted ids with counts: Dice by a merge, no string hashing in the inner loop. */
interface Grams {
  ids: Int32Array;
  counts: Int32Array;
  total: number;
}

function toGrams(bag: Map<string, number>, dict: Map<string, number>): Grams {
  const pairs: Array<[number, number]> = [];
  let total = 0;
  for (const [g, c] of bag) {
    let id = dict.get(g);
    if (id === undefined) {
      id = dict.size;
      dict.set(g, id);
    }
    pairs.push([id, c]);
    total += c;
  }
  pairs.sort((a, b) => a[0] - b[0]);
  return { ids: Int32Array.from(pairs, (p) => p[0]), counts: Int32Array.from(pairs, (p) => p[1]), total };
}

/** Trigram ids shared by all alignments (the model's clauses keep theirs between runs). */
const GRAM_IDS = new Map<string, number>();
const gramCache = new WeakMap<Clause, Grams>();

function diceIds(a: Grams, b: Grams): number {
  let i = 0;
  let j = 0;
  let inter = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] as number;
    const y = b.ids[j] as number;
    if (x === y) {
      inter += Math.min(a.counts[i] as number, b.counts[j] as number);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const total = a.total + b.total;
  return total === 0 ? 0 : (2 * inter) / total;
}

export function alignClauses(model: Clause[], draft: Clause[], keyTerms: Readonly<Record<string, number>> = {}): ClauseMatch[] {
  const texts = [...model, ...draft].map((c) => normaliseKk(clauseText(c)));
  const tokenLists = texts.map(stemsOfNormalised);
  const df = new Map<string, number>();
  for (const toks of tokenLists) for (const t of new Set(toks)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = tokenLists.length;
  const prepare = (c: Clause, k: number): Prepared => {
    const vec: Vec = new Map();
    for (const [t, f] of tf(tokenLists[k] as string[])) {
      const idf = Math.log(1 + n / (df.get(t) ?? 1));
      vec.set(t, (1 + Math.log(f)) * idf * (keyTerms[t] ?? 1));
    }
    // Trigrams of the first 600 characters: enough to recognise a clause, and bounded in cost.
    let grams = gramCache.get(c);
    if (!grams) {
      grams = toGrams(charGrams((texts[k] as string).slice(0, 600), 3, true), GRAM_IDS);
      gramCache.set(c, grams);
    }
    return { clause: c, vec, grams };
  };
  const m = model.map((c, k) => prepare(c, k));
  const d = draft.map((c, k) => prepare(c, model.length + k));
  const raw = m.map((mc) => {
    let best: Prepared | null = null;
    let bestScore = 0;
    let second: Prepared | null = null;
    let secondScore = 0;
    for (const dc of d) {
      const s = 0.65 * cosine(mc.vec, dc.vec) + 0.35 * diceIds(mc.grams, dc.grams);
      if (s > bestScore) {
        second = best;
        secondScore = bestScore;
        best = dc;
        bestScore = s;
      } else if (s > secondScore) {
        second = dc;
        secondScore = s;
      }
    }
    const close = second !== null && secondScore >= Math.max(MISSING, bestScore * 0.85);
    const r: ClauseMatch = {
      model: mc.clause,
      draft: bestScore >= MISSING ? (best?.clause ?? null) : null,
      score: Math.round(bestScore * 1000) / 1000,
      also: close ? (second?.clause ?? null) : null,
      alsoScore: close ? Math.round(secondScore * 1000) / 1000 : 0,
      candidate: best?.clause ?? null,
    };
    if (!r.draft) r.why = 'nothing-close';
    return r;
  });
  // A weak match to a draft clause that is plainly another model clause's counterpart is no match:
  // the model clause is missing (e.g. a deleted confidentiality clause must not borrow cl. 1).
  const strongest = new Map<Clause, { score: number; model: number }>();
  for (const r of raw) if (r.draft && r.score > (strongest.get(r.draft)?.score ?? 0)) strongest.set(r.draft, { score: r.score, model: r.model.number });
  // The same holds for a fair match (below BORROWED) to a clause another model clause matches twice as
  // well: model cl. 20 (the session's make-up) must not be paired with draft cl. 11 (the application).
  return raw.map((r) => {
    if (!r.draft || r.score >= BORROWED) return r;
    const best = strongest.get(r.draft);
    return best && best.score >= WEAK && best.score >= 2 * r.score ? { ...r, draft: null, also: null, alsoScore: 0, why: 'taken', takenBy: best.model } : r;
  });
}
