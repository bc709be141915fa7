/**
 * Align the clauses of a model methodology with a draft's clauses by content, not by number.
 * Score = 0.65 × cosine of stem TF-IDF vectors (key terms boosted) + 0.35 × Dice of character
 * trigrams; both on normalised Kazakh text (case, Latin look-alikes, punctuation). Each model clause
 * gets the draft clause with the best score; a model clause whose best score is below `MISSING` is
 * taken as missing from the draft. Pure.
 */
import type { Clause } from './act.js';
import { clauseText } from './act.js';
import { normaliseKk, stemsOfNormalised } from './kazakh-text.js';

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
  /** A Russian draft's clause, paired with the model clause by its number and chapter or by what it says (`model-values.ts`), not by its wording: `score` means nothing then. */
  pairedBy?: 'number' | 'content';
}

/** Trigrams are read from the first this many characters of a clause: enough to recognise it, bounded in cost. */
const GRAM_PREFIX = 600;

/**
 * What is computed once per model (its clauses are the same objects run after run): each clause's
 * normalised text and stems, and its character trigrams as an inverted index. A draft clause's
 * trigrams are looked up in it, so a pair costs only the trigrams the two clauses share (a trigram
 * the model does not have cannot count for Dice, only for its total): sub-quadratic, and exact.
 */
interface ModelIndex {
  tokens: string[][];
  /** The model's characters (UTF-16 code unit → 1-based index, 0 = not in the model). */
  alphabet: Uint8Array | Uint16Array;
  /** The alphabet's size + 1: a trigram's key is (a × base + b) × base + c. */
  base: number;
  /** Trigram key → trigram id. */
  gramIds: Map<number, number>;
  /** The model clauses holding each trigram and how often, as [clause, count, clause, count…], trigram after trigram. */
  postings: Int32Array;
  /** Where each trigram id's pairs start in `postings` (and, at id + 1, end). */
  starts: Int32Array;
  /** Trigram count of each model clause. */
  totals: Int32Array;
}

const modelIndexes = new WeakMap<readonly Clause[], ModelIndex>();

/** Normalised text of a clause, and the part of it trigrams are read from (padded as `charGrams` pads). */
const padded = (norm: string): string => ` ${norm.slice(0, GRAM_PREFIX)} `;

/**
 * The model's side of the alignment as plain data (JSON holds it: scripts/draft-model.ts writes it
 * beside the parsed model, so `draft check` does not build it on every run): each clause's stems,
 * the characters of the model in index order, each trigram's key, the clauses holding each trigram
 * with their counts (flat, with where each trigram's pairs start), and each clause's trigram count.
 */
export interface ModelIndexData {
  tokens: string[][];
  codes: number[];
  keys: number[];
  postings: number[];
  starts: number[];
  totals: number[];
}

/** The model index of a model's clauses, computed. */
export function modelIndexData(model: readonly Clause[]): ModelIndexData {
  const texts = model.map((c) => normaliseKk(clauseText(c)));
  const tokens = texts.map(stemsOfNormalised);
  const pads = texts.map(padded);
  const codes: number[] = [];
  const seen = new Map<number, number>();
  for (const s of pads) {
    for (let i = 0; i < s.length; i++) {
      if (seen.has(s.charCodeAt(i))) continue;
      codes.push(s.charCodeAt(i));
      seen.set(s.charCodeAt(i), codes.length);
    }
  }
  const base = codes.length + 1;
  const ids = new Map<number, number>();
  const keys: number[] = [];
  const postings: number[][] = [];
  const totals = model.map(() => 0);
  pads.forEach((s, m) => {
    const counts = new Map<number, number>();
    for (let i = 0; i + 3 <= s.length; i++) {
      const key = ((seen.get(s.charCodeAt(i)) as number) * base + (seen.get(s.charCodeAt(i + 1)) as number)) * base + (seen.get(s.charCodeAt(i + 2)) as number);
      let id = ids.get(key);
      if (id === undefined) {
        id = keys.length;
        ids.set(key, id);
        keys.push(key);
        postings.push([]);
      }
      counts.set(id, (counts.get(id) ?? 0) + 1);
      totals[m] = (totals[m] as number) + 1;
    }
    counts.forEach((c, id) => (postings[id] as number[]).push(m, c));
  });
  const starts = [0];
  for (const l of postings) starts.push((starts[starts.length - 1] as number) + l.length);
  return { tokens, codes, keys, postings: postings.flat(), starts, totals };
}

function modelIndex(model: readonly Clause[], data?: ModelIndexData): ModelIndex {
  const cached = modelIndexes.get(model);
  if (cached) return cached;
  const d = data ?? modelIndexData(model);
  const alphabet = d.codes.length < 256 ? new Uint8Array(65536) : new Uint16Array(65536);
  d.codes.forEach((code, k) => {
    alphabet[code] = k + 1;
  });
  const gramIds = new Map<number, number>();
  d.keys.forEach((key, id) => gramIds.set(key, id));
  const index: ModelIndex = { tokens: d.tokens, alphabet, base: d.codes.length + 1, gramIds, postings: Int32Array.from(d.postings), starts: Int32Array.from(d.starts), totals: Int32Array.from(d.totals) };
  modelIndexes.set(model, index);
  return index;
}

/** A clause's stems as ids in the order they first occur, with their counts (the order a `Map` of them keeps). */
interface Bag {
  ids: number[];
  counts: number[];
}

function bagOf(tokens: readonly string[], stemIds: Map<string, number>): Bag {
  const ids: number[] = [];
  const counts: number[] = [];
  const at = new Map<number, number>();
  for (const t of tokens) {
    let id = stemIds.get(t);
    if (id === undefined) {
      id = stemIds.size;
      stemIds.set(t, id);
    }
    const k = at.get(id);
    if (k === undefined) {
      at.set(id, ids.length);
      ids.push(id);
      counts.push(1);
    } else counts[k] = (counts[k] as number) + 1;
  }
  return { ids, counts };
}

/**
 * Score of every (model, draft) pair, row by model clause: 0.65 × cosine of stem TF-IDF vectors +
 * 0.35 × Dice of trigrams. The arithmetic is the plain one's, term for term and in the same order
 * (a model clause's terms in the order they occur), so scores — and ties — are what a pair-by-pair
 * computation gives.
 */
function scores(model: readonly Clause[], draft: readonly Clause[], keyTerms: Readonly<Record<string, number>>, data?: ModelIndexData): Float64Array {
  const index = modelIndex(model, data);
  const draftTexts = draft.map((c) => normaliseKk(clauseText(c)));
  const stemIds = new Map<string, number>();
  const bags = [...index.tokens, ...draftTexts.map(stemsOfNormalised)].map((t) => bagOf(t, stemIds));
  const n = bags.length;
  const df = new Int32Array(stemIds.size);
  for (const b of bags) for (const id of b.ids) df[id] = (df[id] as number) + 1;
  // Each stem's key-term boost and idf, once per stem rather than once per clause it occurs in.
  const boost = new Float64Array(stemIds.size);
  for (const [t, id] of stemIds) boost[id] = keyTerms[t] ?? 1;
  const idf = new Float64Array(stemIds.size);
  for (let id = 0; id < idf.length; id++) idf[id] = Math.log(1 + n / (df[id] as number));
  const weights = bags.map((b) => b.ids.map((id, i) => (1 + Math.log(b.counts[i] as number)) * (idf[id] as number) * (boost[id] as number)));
  const norm2 = weights.map((w) => {
    let s = 0;
    for (const v of w) s += v * v;
    return s;
  });
  const M = model.length;
  const D = draft.length;
  const out = new Float64Array(M * D);
  const dense = new Float64Array(stemIds.size);
  const gramCounts = new Int32Array(index.gramIds.size);
  const inter = new Int32Array(M);
  const touched: number[] = [];
  const { totals } = index;
  for (let d = 0; d < D; d++) {
    const bag = bags[M + d] as Bag;
    const w = weights[M + d] as number[];
    for (let i = 0; i < bag.ids.length; i++) dense[bag.ids[i] as number] = w[i] as number;
    // Trigrams: the draft clause's that the model has, counted; the others only add to its total.
    const total = countGrams(padded(draftTexts[d] as string), index, gramCounts, touched);
    shareGrams(index, gramCounts, touched, inter);
    const nb = norm2[M + d] as number;
    for (let m = 0; m < M; m++) {
      const dot = dotDense((bags[m] as Bag).ids, weights[m] as number[], dense);
      const na = norm2[m] as number;
      const cos = na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
      const sum = (totals[m] as number) + total;
      const dice = sum === 0 ? 0 : (2 * (inter[m] as number)) / sum;
      out[m * D + d] = 0.65 * cos + 0.35 * dice;
    }
    for (const id of bag.ids) dense[id] = 0;
  }
  return out;
}

/**
 * Counts the trigrams of a (padded) draft clause that the model has, into `counts` (their ids into
 * `touched`); returns how many trigrams the clause has in all. Small and apart, so the hot loops
 * are cheap to compile.
 */
function countGrams(s: string, index: ModelIndex, counts: Int32Array, touched: number[]): number {
  const { alphabet, base, gramIds } = index;
  touched.length = 0;
  for (let i = 0; i + 3 <= s.length; i++) {
    const a = alphabet[s.charCodeAt(i)] as number;
    const b = alphabet[s.charCodeAt(i + 1)] as number;
    const c = alphabet[s.charCodeAt(i + 2)] as number;
    if (a === 0 || b === 0 || c === 0) continue;
    const id = gramIds.get((a * base + b) * base + c);
    if (id === undefined) continue;
    if (counts[id] === 0) touched.push(id);
    counts[id] = (counts[id] as number) + 1;
  }
  return Math.max(0, s.length - 2);
}

/** For each model clause, the trigrams it shares with the counted ones (Dice's intersection); clears the counts. */
function shareGrams(index: ModelIndex, counts: Int32Array, touched: readonly number[], inter: Int32Array): void {
  inter.fill(0);
  for (const id of touched) {
    const mine = counts[id] as number;
    const { postings, starts } = index;
    for (let k = starts[id] as number, end = starts[id + 1] as number; k < end; k += 2) {
      const m = postings[k] as number;
      inter[m] = (inter[m] as number) + Math.min(mine, postings[k + 1] as number);
    }
    counts[id] = 0;
  }
}

/** Σ v·w over a model clause's terms, in their order, with the draft clause's weights held densely (0: absent). */
function dotDense(ids: readonly number[], v: readonly number[], dense: Float64Array): number {
  let dot = 0;
  for (let i = 0; i < ids.length; i++) {
    const x = dense[ids[i] as number] as number;
    if (x !== 0) dot += (v[i] as number) * x;
  }
  return dot;
}

/**
 * Align a model's clauses with a draft's. `prepared` is the model's index as built ahead
 * (`modelIndexData` of the same clauses); without it the index is built here, once per model.
 */
export function alignClauses(model: Clause[], draft: Clause[], keyTerms: Readonly<Record<string, number>> = {}, prepared?: ModelIndexData): ClauseMatch[] {
  const S = scores(model, draft, keyTerms, prepared);
  const D = draft.length;
  const raw = model.map((mc, mi) => {
    let best: Clause | null = null;
    let bestScore = 0;
    let second: Clause | null = null;
    let secondScore = 0;
    for (let di = 0; di < D; di++) {
      const dc = draft[di] as Clause;
      const s = S[mi * D + di] as number;
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
      model: mc,
      draft: bestScore >= MISSING ? best : null,
      score: Math.round(bestScore * 1000) / 1000,
      also: close ? second : null,
      alsoScore: close ? Math.round(secondScore * 1000) / 1000 : 0,
      candidate: best,
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
