/**
 * The part of the model comparison that does not depend on language, for a draft written in Russian
 * (we hold the model only in its Kazakh original, so its wording cannot be compared): the structure —
 * each model clause is paired with the draft clause of the same number, in the chapter of the same
 * number, when the draft's numbering up to it runs 1, 2, 3 … — and the values the model data holds
 * for that clause (days, months, years, days of the month, dates in January, persons, score ranges
 * and bands), read from the paired clause in Russian forms («не позднее 25 числа», «пяти рабочих
 * дней», «10 (десяти)», «от 0 до 5 баллов»).
 *
 * Nothing is guessed: a value is compared only when the paired clause speaks of the parameter's subject
 * (`RU_SUBJECTS`) and states exactly one value in a form the parameter can have; otherwise the parameter
 * is «not compared», with the reason. Provisions the model states in words only (who evaluates, the
 * appeal route, confidentiality …) and the evaluation period are wording, and are not compared. Pure.
 */
import type { Clause, TextSpan, AttachedDocument } from './act.js';
import { clauseSentences } from './act.js';
import { cellRange, columnPairRanges, tableBandRows, type NumericRange, type QuantityUnit } from './kazakh-text.js';
import type { ModelParameter } from './model/asa-b-model.js';
import { clauseRestarts } from './restarts.js';
import { normaliseRu, ruQuantities, ruRanges, type RuQuantity } from './russian-text.js';

/**
 * What a Russian draft clause must speak of for its values to be read as the parameter's: stems looked
 * for in the normalised sentence (alternatives with `|`). They recognise the subject — they are not the
 * model's Russian text, which we do not hold — and only narrow which values are read: a clause that does
 * not speak of the subject has its parameter «not compared», never a departure.
 */
export const RU_SUBJECTS: Readonly<Record<string, readonly string[]>> = {
  'evaluation-deadline': ['месяц|квартал'],
  'final-grade-deadline': ['итогов'],
  'minimum-time-in-post': ['должност'],
  'minimum-days-worked': ['рабоч'],
  'grade-bands': [],
  'grade-scale': ['балл|оценк|шкал'],
  'disagreement-deadline': ['несоглас|не соглас'],
  retention: ['хран'],
  'evaluator-threshold': ['превыш|более|свыше|больше'],
  'calibration-decision-deadline': ['решени'],
  'calibration-minimum-members': ['член|состав'],
  'calibration-deadline': ['калибр|сесси'],
  'protocol-upload-deadline': ['протокол'],
};

/**
 * Why a model clause has no draft clause paired with it by number: the draft has no such clause, has it
 * twice, its numbering breaks before it, the clause sits in another chapter, or its chapter (or, with no
 * chapters, the whole draft) holds other clause numbers than the model's — a clause added or removed
 * there shifts the numbers, and the clause of the same number may be another provision.
 */
export type Unpaired = 'absent' | 'duplicate' | 'order' | 'chapter' | 'chapter-range' | 'count';

export interface Structure {
  model: { chapters: number; clauses: number; appendices: number };
  draft: { chapters: number; clauses: number; appendices: number };
  /** Model clause number → the draft clause paired with it (by number, or by content: `byContent`). */
  paired: Map<number, Clause>;
  /** Why a model clause has no draft clause paired with it by number (kept when content pairs it). */
  unpaired: Map<number, Unpaired>;
  /** Model clauses paired by what the draft clause says (`pairByContent`), not by number. */
  byContent: Set<number>;
  /** Model clauses content could not pair: the draft clauses that fit equally well; one that fits two model clauses; none. */
  contentCandidates: Map<number, Clause[]>;
  /** The clause numbers (first, last) of each chapter, in the model and in the draft (the draft's counted through when `running`). */
  ranges: { model: Map<number, [number, number]>; draft: Map<number, [number, number]> };
  /** The draft's clauses counted through the methodology, when its numbers begin again at a chapter: it was paired in that order (`restarts.ts`). */
  running: ReadonlyMap<Clause, number> | null;
  /** The draft's clauses begin again at 1 in a chapter (regularly or not): a number alone does not name a clause (`clause-name.ts`). */
  restarted: boolean;
}

function chapterRanges(doc: AttachedDocument, numberOf: (c: Clause) => number = (c) => c.number): Map<number, [number, number]> {
  const out = new Map<number, [number, number]>();
  for (const c of doc.clauses) {
    if (c.chapter === undefined) continue;
    const r = out.get(c.chapter);
    out.set(c.chapter, r ? [r[0], numberOf(c)] : [numberOf(c), numberOf(c)]);
  }
  return out;
}

/**
 * Pair model clauses with draft clauses by number and chapter. A draft whose clauses begin again at 1 in
 * each chapter (`clauseRestarts`) is paired by running order: its clauses are counted through the
 * methodology (chapter 2's «1.» after 16 clauses is the 17th) and then paired as a draft numbered through
 * would be, chapter by chapter (`Structure.running`). A gap or a repeat inside a chapter is kept in that
 * count (chapter 3's «1., 2., 3., 5.» are 19, 20, 21, 23), so, as in a draft numbered through, the
 * clauses before it are paired by number and those after it are not: their numbers no longer say which
 * clause is which.
 */
export function pairByNumber(model: AttachedDocument, draft: AttachedDocument): Structure {
  const paired = new Map<number, Clause>();
  const unpaired = new Map<number, Unpaired>();
  const count = new Map<number, number>();
  const restarts = clauseRestarts(draft);
  const running = restarts?.running ?? null;
  const numberOf = (c: Clause): number => running?.get(c) ?? c.number;
  for (const c of draft.clauses) count.set(numberOf(c), (count.get(numberOf(c)) ?? 0) + 1);
  // The draft's numbering runs 1, 2, 3 … up to (not including) the first clause where it does not.
  let orderly = 0;
  while (orderly < draft.clauses.length && numberOf(draft.clauses[orderly] as Clause) === orderly + 1) orderly++;
  const chapters = draft.chapters.length > 0 && model.chapters.length > 0;
  const ranges = { model: chapterRanges(model), draft: chapterRanges(draft, numberOf) };
  const sameRange = (k: number | undefined): boolean => {
    const a = k === undefined ? undefined : ranges.model.get(k);
    const b = k === undefined ? undefined : ranges.draft.get(k);
    return !!a && !!b && a[0] === b[0] && a[1] === b[1];
  };
  for (const m of model.clauses) {
    const n = m.number;
    const c = (count.get(n) ?? 0) === 1 ? draft.clauses.find((x) => numberOf(x) === n) : undefined;
    if (!count.get(n)) unpaired.set(n, 'absent');
    else if (!c) unpaired.set(n, 'duplicate');
    else if (n > orderly) unpaired.set(n, 'order');
    else if (chapters && c.chapter !== m.chapter) unpaired.set(n, 'chapter');
    else if (chapters && !sameRange(m.chapter)) unpaired.set(n, 'chapter-range');
    else if (!chapters && draft.clauses.length !== model.clauses.length) unpaired.set(n, 'count');
    else paired.set(n, c);
  }
  return {
    model: { chapters: model.chapters.length, clauses: model.clauses.length, appendices: model.appendices.length },
    draft: { chapters: draft.chapters.length, clauses: draft.clauses.length, appendices: draft.appendices.length },
    paired,
    unpaired,
    byContent: new Set(),
    contentCandidates: new Map(),
    ranges,
    running,
    restarted: restarts !== null,
  };
}

/**
 * Pair by what they say the model clauses that hold values (`parameters`) and that the number could not
 * pair — a clause added or removed shifts every number after it. A draft clause fits a model clause by as
 * many of its parameters as it speaks of (`RU_SUBJECTS`) with a value in a form the parameter can have
 * (the value itself may differ: that is what is compared). It must lie between the counterparts of the
 * paired model clauses around it (the order of the provisions is kept) and, when the draft has as many
 * chapters as the model, in the chapter of the same number. A model clause is paired only with the one
 * draft clause that fits it best, when no other fits as well and no other model clause wants that clause
 * as much; one pairing at a time, the best first, and each narrows what is left. Nothing else is guessed:
 * a model clause with two equal candidates, or none, stays unpaired and the reason says so.
 */
export function pairByContent(model: AttachedDocument, draft: AttachedDocument, structure: Structure, parameters: readonly ModelParameter[]): void {
  const byClause = new Map<number, ModelParameter[]>();
  for (const p of parameters) {
    if (p.kind === 'phrase' || p.kind === 'period') continue;
    byClause.set(p.clauseNumber, [...(byClause.get(p.clauseNumber) ?? []), p]);
  }
  const sameChapters = draft.chapters.length > 0 && draft.chapters.length === model.chapters.length;
  const modelChapter = new Map(model.clauses.map((c) => [c.number, c.chapter]));
  const position = new Map(draft.clauses.map((c, i) => [c, i]));
  const taken = new Set(structure.paired.values());
  const fit = new Map<string, number>();
  const evidence = (n: number, c: Clause, i: number): number => {
    const key = `${n}:${i}`;
    let e = fit.get(key);
    if (e === undefined) {
      e = (byClause.get(n) ?? []).filter((p) => {
        const r = readFrom(p, c);
        return r.value !== undefined || r.why === 'several';
      }).length;
      fit.set(key, e);
    }
    return e;
  };
  /** Draft positions strictly between the counterparts of the paired model clauses around n. */
  const window = (n: number): [number, number] => {
    let lo = -1;
    let hi = draft.clauses.length;
    for (const [m, c] of structure.paired) {
      const i = position.get(c) ?? -1;
      if (m < n && i > lo) lo = i;
      if (m > n && i < hi) hi = i;
    }
    return [lo, hi];
  };
  for (;;) {
    const proposals: Array<{ n: number; c: Clause; score: number }> = [];
    structure.contentCandidates.clear();
    for (const n of [...byClause.keys()].sort((a, b) => a - b)) {
      if (structure.paired.has(n)) continue;
      const [lo, hi] = window(n);
      const scored: Array<{ c: Clause; score: number }> = [];
      for (let i = lo + 1; i < hi; i++) {
        const c = draft.clauses[i];
        if (!c || taken.has(c) || (sameChapters && c.chapter !== modelChapter.get(n))) continue;
        const score = evidence(n, c, i);
        if (score > 0) scored.push({ c, score });
      }
      const top = Math.max(0, ...scored.map((x) => x.score));
      const best = scored.filter((x) => x.score === top);
      structure.contentCandidates.set(n, best.map((x) => x.c));
      if (best.length === 1 && best[0]) proposals.push({ n, c: best[0].c, score: top });
    }
    // A draft clause two model clauses want goes to the one it fits by more parameters; when they tie, to neither.
    const wanted = proposals.filter((x) => proposals.every((y) => y === x || y.c !== x.c || y.score < x.score));
    const pick = wanted.sort((a, b) => b.score - a.score || a.n - b.n)[0];
    if (!pick) break;
    structure.paired.set(pick.n, pick.c);
    structure.byContent.add(pick.n);
    structure.contentCandidates.delete(pick.n);
    taken.add(pick.c);
  }
}

/** Why a value was not compared. */
export type NotCompared = Unpaired | 'subject' | 'no-value' | 'several' | 'wording';

export interface ValueRead {
  parameter: ModelParameter;
  clause?: Clause;
  /** The value read (a number, [lo, hi], or bands as ranges) and the unit it was written in. */
  value?: number | [number, number] | NumericRange[];
  unit?: QuantityUnit;
  /** The sentence it was read from, where it starts in its span, and the words read (as the text writes them). */
  span?: TextSpan;
  index?: number;
  raw?: string;
  /** The values found when there were several (`several`). */
  values?: number[];
  why?: NotCompared;
}

interface Sentence {
  text: string;
  span: TextSpan;
  index: number;
  norm: string;
}

const sentences = (c: Clause): Sentence[] => clauseSentences(c).map((x) => ({ ...x, norm: normaliseRu(x.text) }));

const speaksOf = (s: Sentence, anchors: readonly string[]): boolean => anchors.every((a) => a.split('|').some((x) => s.norm.includes(x)));

/** The words of a value as the sentence writes them: its first normalised word, found again in the text. */
function rawIn(s: Sentence, normRaw: string): { raw: string; index: number } {
  const first = normRaw.split(' ')[0] ?? '';
  const at = s.text.toLowerCase().replace(/ё/g, 'е').indexOf(first);
  return at < 0 ? { raw: '', index: s.index } : { raw: s.text.slice(at, at + first.length), index: s.index + at };
}

function fits(p: ModelParameter, q: RuQuantity): boolean {
  if (p.kind === 'day-of-month') return q.unit === 'day' && q.ordinal;
  // «30 января» (the final grade's day): a date in January that is not the date of an act.
  if (p.followedBy) return q.month === 1 && !q.dated && !q.ordinal;
  if (q.ordinal || q.month) return false;
  return [p.unit ?? 'none', ...(p.alsoUnits ?? [])].includes(q.unit);
}

/** Read the value of one parameter from the draft clause paired with its model clause. */
export function readValue(p: ModelParameter, structure: Structure): ValueRead {
  if (p.kind === 'phrase' || p.kind === 'period') return { parameter: p, why: 'wording' };
  const clause = structure.paired.get(p.clauseNumber);
  if (!clause) return { parameter: p, why: structure.unpaired.get(p.clauseNumber) ?? 'absent' };
  return readFrom(p, clause);
}

/** Sentences of a clause, normalised once per clause (content pairing reads every clause for every parameter). */
const sentenceCache = new WeakMap<Clause, Sentence[]>();
const sentencesOf = (c: Clause): Sentence[] => {
  let s = sentenceCache.get(c);
  if (!s) sentenceCache.set(c, (s = sentences(c)));
  return s;
};

/** Read the value of one parameter (not a wording one) from one draft clause. */
function readFrom(p: ModelParameter, clause: Clause): ValueRead {
  const all = sentencesOf(clause);
  if (p.kind === 'bands') {
    const inText = all.flatMap((s) => ruRanges(s.text).map((r) => ({ r, s })));
    const first = inText[0];
    if (inText.length >= 3 && first) return { parameter: p, clause, value: inText.map((x) => x.r), span: first.s.span, index: first.s.index + first.r.index, raw: first.r.raw };
    const rows = (clause.tables ?? []).flatMap((t) => {
      const ranges = tableBandRows(t.rows, (text) => cellRange(text) ?? ruRanges(text)[0]);
      // «от» and «до» in two columns («4 | 5», «3 | 3,99»).
      return ranges.length > 0 ? ranges : columnPairRanges(t.rows)?.map((x) => x.range) ?? [];
    });
    if (rows.length >= 3) return { parameter: p, clause, value: rows, span: clause.text, index: 0, raw: '' };
    return { parameter: p, clause, why: 'no-value' };
  }
  const anchors = RU_SUBJECTS[p.id] ?? [];
  const spoken = all.filter((s) => speaksOf(s, anchors));
  if (spoken.length === 0) return { parameter: p, clause, why: 'subject' };
  if (p.kind === 'range') {
    const found = spoken.flatMap((s) => ruRanges(s.text).map((r) => ({ r, s })));
    const distinct = [...new Set(found.map((x) => `${x.r.lo}–${x.r.hi}`))];
    const first = found[0];
    if (!first) return { parameter: p, clause, why: 'no-value' };
    if (distinct.length > 1) return { parameter: p, clause, why: 'several', values: found.flatMap((x) => [x.r.lo, x.r.hi]) };
    return { parameter: p, clause, value: [first.r.lo, first.r.hi], span: first.s.span, index: first.s.index + first.r.index, raw: first.r.raw };
  }
  const found = spoken.flatMap((s) => ruQuantities(s.norm).filter((q) => fits(p, q)).map((q) => ({ q, s })));
  const first = found.find((x) => x.q.unit === p.unit) ?? found[0];
  if (!first) return { parameter: p, clause, why: 'no-value' };
  const values = [...new Set(found.map((x) => x.q.value))];
  // One value in two units («5 рабочих … 5 календарных») is as ambiguous as two values.
  if (values.length > 1 || new Set(found.map((x) => x.q.unit === 'person' ? 'none' : x.q.unit)).size > 1) return { parameter: p, clause, why: 'several', values };
  const { raw, index } = rawIn(first.s, first.q.raw);
  return { parameter: p, clause, value: first.q.value, unit: first.q.unit, span: first.s.span, index, raw };
}
