/**
 * Compare a draft methodology with the model methodology for corps "B" (act 002 Annex 2) in the
 * wording in force on the draft's date: align clauses by content, report model provisions the draft
 * lacks and parameters that depart from the model (data: `model/asa-b-model.ts`). Pure.
 */
import { t3, type Cite, type Finding, type Place, type Severity, type Text3 } from '../law/finding.js';
import { pointer } from '../law/json-pointer.js';
import { dayText } from '../law/day-text.js';
import { clauseText as clauseCite } from '../law/cite-text.js';
import type { AttachedDocument, Clause, DraftAct, TextSpan } from './act.js';
import { clauseSentences, clauseText, methodologies } from './act.js';
import { alignClauses, BORROWED, type ClauseMatch, type ModelIndexData } from './align.js';
import { finding, placeInSpan, type DraftContext } from './context.js';
import { cellRange, columnPairRanges, isRussianText, tableBandRows, normaliseKk, quantities, quantitiesOfNormalised, textRanges, type NumericRange, type QuantityUnit } from './kazakh-text.js';
import { amendmentFacts, CLAUSE_SUBJECTS, KEY_TERMS, MODEL_ID, MODEL_WORDING, MODEL_WORDING_LABEL, modelPendingOn, modelWordingOn, parametersOn, PROVISION_SEVERITY, type ModelBand, type ModelParameter } from './model/asa-b-model.js';
import { MODEL_ACT_JSON, MODEL_INDEX_JSON } from './model/asa-b-model-act.js';
import { chapterFact, clauseNo, numbersRepeat } from './clause-name.js';
import { pairByContent, pairByNumber, readValue, type NotCompared, type Structure, type ValueRead } from './model-values.js';
import type { PendingAmendment } from '../acts/pack.js';
import { reviveAct } from './model/act-json.js';

export interface ParameterResult {
  parameter: ModelParameter;
  /**
   * same / allowed (within the model's bound) / deviates; unreadable: the provision speaks of it but
   * the value could not be read (its text is in `sentence`); absent: the provision says nothing of it;
   * no-provision: the draft has no counterpart of the model clause.
   */
  status: 'same' | 'allowed' | 'deviates' | 'unreadable' | 'absent' | 'no-provision';
  found?: unknown;
  /** The unit the value was written in, when it is not the model's. */
  unit?: QuantityUnit;
  clause?: number;
  /** The chapter of `clause`, when the draft's clause numbers begin again in a chapter (a number alone does not name a clause). */
  chapter?: number;
  place?: { line: number; column: number };
  sentence?: string;
}

export interface ModelComparison {
  /**
   * Whether the draft's wording was compared with the model's: a Kazakh draft's clauses are aligned by
   * what they say; a Russian draft's are paired by number and chapter, or by the values they state
   * (`pairedBy` in `matches`), and only its values are compared.
   */
  wording: boolean;
  /** Each model clause with its draft counterpart (null when there is none, or none was paired). */
  matches: ClauseMatch[];
  parameters: ParameterResult[];
  findings: Finding[];
  /** Model provisions amended from the pending amendment's date, as the model's notes list them. */
  amended: string[];
  /** The draft's methodology clauses compared (to list those with no model counterpart; a Russian draft's, to say where a value was read). */
  clauses: Clause[];
}

let modelAct: DraftAct | null = null;
let modelIndex: ModelIndexData | null = null;
/**
 * The model as parsed at build time, and its clauses' side of the alignment (scripts/draft-model.ts;
 * test/draft/model.test.ts holds both to the Markdown).
 */
export function model(): { act: DraftAct; doc: AttachedDocument; index: ModelIndexData } {
  modelAct ??= reviveAct(MODEL_ACT_JSON);
  modelIndex ??= JSON.parse(MODEL_INDEX_JSON) as ModelIndexData;
  const doc = modelAct.documents[0];
  if (!doc) throw new Error('the model methodology text holds no document');
  return { act: modelAct, doc, index: modelIndex };
}

/** Provisions the pending amendment changes, from the model's «ЗҚАИ-ның ескертпесі!» notes. */
export function amendedProvisions(act: DraftAct): string[] {
  return act.comments
    .filter((c) => c.text.startsWith('ЗҚАИ'))
    .map((c) => /ескертпесі!\s*(.+?)\s+(?:жаңа редакцияда|өзгеріс енгізу)/u.exec(c.text)?.[1] ?? '')
    .filter(Boolean);
}

/** Clause numbers amended as a whole (their severity is capped: we do not hold the new wording). */
function wholeClausesAmended(provisions: string[]): Set<number> {
  return new Set(provisions.flatMap((p) => {
    const m = /^(\d+)-тармақ$/u.exec(p);
    return m ? [Number(m[1])] : [];
  }));
}
function partsAmended(provisions: string[]): Set<number> {
  return new Set(provisions.flatMap((p) => {
    const m = /^(\d+)-тармақ/u.exec(p);
    return m ? [Number(m[1])] : [];
  }));
}


const cite = (clause: string): Cite => ({ act: MODEL_ID, clause: `Annex 2 ${clause}`, wording: MODEL_WORDING });

interface Sentence {
  text: string;
  span: TextSpan;
  index: number;
  clause: Clause;
  /** Normalised text, computed once: every parameter looks at every sentence. */
  norm: string;
  /** Its words, made when a whole-word anchor first asks (`wordsOf`). */
  words?: Set<string>;
  quantities?: ReturnType<typeof quantities>;
}

/** Sentences of each clause, prepared once per comparison. */
const sentenceCache = new WeakMap<Clause, Sentence[]>();
function sentencesOf(c: Clause): Sentence[] {
  const cached = sentenceCache.get(c);
  if (cached) return cached;
  const out: Sentence[] = clauseSentences(c).map((x) => ({ ...x, clause: c, norm: normaliseKk(x.text) }));
  sentenceCache.set(c, out);
  return out;
}

const wordsOf = (s: Sentence): Set<string> => (s.words ??= new Set(s.norm.split(' ')));
const quantitiesOf = (s: Sentence): ReturnType<typeof quantities> => (s.quantities ??= quantitiesOfNormalised(s.norm));

/** One anchor read: its alternatives, each a whole word (`word$`) or a prefix of a word or a stem. */
type Anchor = Array<{ text: string; whole: boolean }>;

/** Anchors as data writes them (alternatives separated by `|`, `word$` a whole word), read once per parameter. */
const readAnchors = (anchors: readonly string[]): Anchor[] =>
  anchors.map((anchor) => anchor.split('|').map((a) => (a.endsWith('$') ? { text: a.slice(0, -1), whole: true } : { text: a, whole: false })));

/**
 * Whether a sentence holds every anchor (one of its alternatives each). A stem anchor is found as a
 * stem of the sentence or anywhere in its text: every stem is a piece of the text, so the text alone answers.
 */
const hasAnchors = (s: Sentence, anchors: readonly Anchor[]): boolean =>
  anchors.every((alts) => alts.some((a) => (a.whole ? wordsOf(s).has(a.text) : s.norm.includes(a.text))));

/** The draft clauses aligned with a model clause. */
function alignedClauses(p: ModelParameter, matches: ClauseMatch[]): Clause[] {
  const m = matches.find((x) => x.model.number === p.clauseNumber);
  return [m?.draft, m?.also].filter((c): c is Clause => !!c);
}

/** Sentences to read a parameter from: the aligned clause(s) first, then every clause. */
function candidateSentences(p: ModelParameter, matches: ClauseMatch[], clauses: Clause[]): Sentence[] {
  const first = alignedClauses(p, matches);
  // Clauses that are another model clause's counterpart speak of that clause's matter: cl. 11's five
  // days to apply are not the session's deadline of cl. 21 when the draft has no cl. 21.
  const claimed = new Set(matches.filter((m) => m.model.number !== p.clauseNumber).flatMap((m) => (m.draft ? [m.draft] : [])));
  const rest = clauses.filter((c) => !first.includes(c) && !claimed.has(c));
  const anchors = readAnchors(p.anchors);
  return [...first, ...rest].flatMap(sentencesOf).filter((s) => hasAnchors(s, anchors));
}

interface Extracted {
  value: unknown;
  /** The unit the value was written in (quantities). */
  unit?: QuantityUnit;
  /** A phrase found with words that say the opposite («жұп» for «тақ»). */
  contrary?: boolean;
  sentence: Sentence;
  raw: string;
  rawIndex: number;
}

/** Ranges in a table: one per row, the first cell that is a range («3–3,99», «3-тен 3,99 баллға дейін»). */
function tableRanges(c: Clause): NumericRange[] {
  return (c.tables ?? []).flatMap((t) => {
    const rows = tableBandRows(t.rows, (text) => cellRange(text) ?? textRanges(text)[0]);
    // «from» and «to» in two columns («4 | 5», «3 | 3,99»).
    return rows.length > 0 ? rows : columnPairRanges(t.rows)?.map((x) => x.range) ?? [];
  });
}

function extract(p: ModelParameter, sentences: Sentence[], clauses: Clause[], aligned: Clause[]): Extracted | null {
  switch (p.kind) {
    case 'quantity':
    case 'day-of-month': {
      const units = [p.unit ?? 'none', ...(p.alsoUnits ?? [])];
      for (const s of sentences) {
        const norm = s.norm;
        const fits = quantitiesOf(s).filter((x) => {
          if (p.kind === 'day-of-month' && !x.ordinal && x.unit !== 'day') return false;
          if (!units.includes(x.unit)) return false;
          const after = norm.slice(x.index + x.raw.length).trimStart();
          const before = norm.slice(0, x.index).trimEnd();
          if (p.followedBy && !after.startsWith(p.followedBy)) return false;
          if (p.notAfter && before.endsWith(p.notAfter)) return false;
          return true;
        });
        // In the model's unit first; otherwise in another unit, to be compared and shown as such.
        const q = fits.find((x) => x.unit === p.unit) ?? fits[0];
        if (q) return { value: q.value, unit: q.unit, sentence: s, raw: q.raw, rawIndex: 0 };
      }
      return null;
    }
    case 'period':
      for (const s of clauses.flatMap(sentencesOf)) {
        const norm = s.norm;
        if (!/бағала/u.test(norm)) continue;
        const q = /тоқсан(?:ның|дың)?\s+қорытынды|тоқсан\s+сайын\s+бағала|әр\s+тоқсан(?:ның|да)?\s+(?:қорытынды|бағала)/u.exec(norm);
        if (q) return { value: 'quarter', sentence: s, raw: 'тоқсан', rawIndex: 0 };
        const y = /(?:жыл(?:дың)?\s+қорытынды|жылына бір|жыл сайынғы бағала)/u.exec(norm);
        if (y) return { value: 'year', sentence: s, raw: 'жыл', rawIndex: 0 };
      }
      return null;
    case 'range':
      for (const s of sentences) {
        const r = textRanges(s.text)[0];
        if (r) return { value: [r.lo, r.hi], sentence: s, raw: r.raw, rawIndex: r.index };
      }
      return null;
    case 'bands': {
      const order = [...new Set([...aligned, ...sentences.map((s) => s.clause), ...clauses])];
      for (const c of order) {
        const all = sentencesOf(c).flatMap((s) => textRanges(s.text).map((r) => ({ r, s })));
        if (all.length >= 3) {
          const first = all[0] as { r: NumericRange; s: Sentence };
          return { value: all.map(({ r }) => r), sentence: first.s, raw: first.r.raw, rawIndex: first.r.index };
        }
        const rows = tableRanges(c);
        const s = sentencesOf(c)[0];
        if (rows.length >= 3 && s) return { value: rows, sentence: s, raw: '', rawIndex: 0 };
      }
      return null;
    }
    case 'phrase': {
      const s = sentences[0];
      if (s) return { value: true, sentence: s, raw: s.text.slice(0, 30), rawIndex: s.index };
      if (p.contrary) {
        const order = [...new Set([...aligned, ...clauses])];
        const contrary = readAnchors(p.contrary);
        const c = order.flatMap(sentencesOf).find((x) => hasAnchors(x, contrary));
        if (c) return { value: false, contrary: true, sentence: c, raw: c.text.slice(0, 30), rawIndex: c.index };
      }
      return null;
    }
  }
}

/** Months in a unit, to compare retention in months with the model's years. */
const MONTHS: Partial<Record<QuantityUnit, number>> = { year: 12, month: 1 };

/** Whether a draft band is the model's band at the precision it is written in (3–3,99 is [3; 4)). */
function sameBand(r: NumericRange, b: ModelBand, top: number): boolean {
  if (Math.abs(r.lo - b.from) > 1e-9) return false;
  if (b.below === undefined) return Math.abs(r.hi - top) < 1e-9;
  return Math.abs(r.hi + 10 ** -r.decimals - b.below) < 1e-9;
}

/** A value as read, in either language: what `compare` looks at. */
interface ValueGot {
  value: unknown;
  unit?: QuantityUnit;
  contrary?: boolean;
}

function compare(p: ModelParameter, got: ValueGot, top: number): 'same' | 'allowed' | 'deviates' {
  const e = p.expected;
  if (got.contrary) return 'deviates';
  if (typeof e === 'number' && typeof got.value === 'number') {
    let found = got.value;
    let expected = e;
    if (got.unit && p.unit && got.unit !== p.unit) {
      // Years and months compare; days of another kind (calendar for working) do not.
      const a = MONTHS[got.unit];
      const b = MONTHS[p.unit];
      const sameKind = (got.unit === 'none' || got.unit === 'person') && (p.unit === 'none' || p.unit === 'person');
      if (a !== undefined && b !== undefined) {
        found *= a;
        expected *= b;
      } else if (!sameKind) return 'deviates';
    }
    if (found === expected) return 'same';
    if (p.compare === 'atMost' && found < expected) return 'allowed';
    if (p.compare === 'atLeast' && found > expected) return 'allowed';
    return 'deviates';
  }
  if (p.kind === 'bands' && Array.isArray(e)) {
    const bands = e as ModelBand[];
    const ranges = [...(got.value as NumericRange[])].sort((x, y) => y.lo - x.lo);
    return ranges.length === bands.length && ranges.every((r, i) => sameBand(r, bands[i] as ModelBand, top)) ? 'same' : 'deviates';
  }
  return JSON.stringify(got.value) === JSON.stringify(e) ? 'same' : 'deviates';
}

const decimal = (n: number): string => String(Math.round(n * 1000) / 1000).replace('.', ',');

/** A value as a reader writes it: «5», «0–5», bands «4–5; 3–3,99; …». */
function show(v: unknown, top: number): string {
  if (Array.isArray(v)) {
    if (v.length > 0 && typeof v[0] === 'object' && v[0] !== null && 'lo' in v[0]) return (v as NumericRange[]).map((r) => `${decimal(r.lo)}–${decimal(r.hi)}`).join('; ');
    if (v.length > 0 && typeof v[0] === 'object' && v[0] !== null && 'from' in v[0]) {
      return (v as ModelBand[]).map((b) => `${decimal(b.from)}–${decimal(b.below === undefined ? top : b.below - 0.01)}`).join('; ');
    }
    if (Array.isArray(v[0])) return (v as number[][]).map((b) => b.map(decimal).join('–')).join('; ');
    return (v as number[]).map(decimal).join('–');
  }
  return typeof v === 'number' ? decimal(v) : String(v);
}

const UNIT_TEXT: Record<string, Text3> = {
  'working-day': t3('жұмыс күні', 'раб. дн.', 'working day(s)'),
  year: t3('жыл', 'г.', 'year(s)'),
  month: t3('ай', 'мес.', 'month(s)'),
  person: t3('адам', 'чел.', 'person(s)'),
  // A day of the month is written onto its number: «25-күн», «25-е число», «day 25» (withUnit).
  day: t3('-күн', '-е число', 'day '),
  'calendar-day': t3('күнтізбелік күн', 'календ. дн.', 'calendar day(s)'),
  week: t3('апта', 'нед.', 'week(s)'),
  none: t3('', '', ''),
  quarter: t3('тоқсан', 'квартал', 'quarter'),
};

const withUnit = (v: string, unit: string): string => (!unit ? v : unit.startsWith('-') ? `${v}${unit}` : unit.endsWith(' ') ? `${unit}${v}` : `${v} ${unit}`);

const lower = (s: Severity): Severity => (s === 'error' ? 'warning' : s === 'warning' ? 'info' : 'info');

/** What the Kazakh and the Russian comparison report values into alike. */
interface ValueReport {
  doc: AttachedDocument;
  /** The document's index in the act (the findings' pointer). */
  d: number;
  top: number;
  /** Model clauses amended as a whole (their severity is lowered) and the note on amended ones. */
  whole: Set<number>;
  amendNote: (n: number) => Text3 | undefined;
  parameters: ParameterResult[];
  findings: Finding[];
}

/**
 * One value read from the draft, compared with the model's: its result, and a finding when it departs
 * or lies within the model's bound — the same words, severities, notes and facts for a Kazakh and a
 * Russian draft. `how` (said after the message) and `facts` (added to the finding's) tell how a Russian
 * draft's clause was paired. Returns the comparison's outcome.
 */
function reportValue(v: ValueReport, p: ModelParameter, got: ValueGot, at: { clause: Clause; place: Place; sentence: string }, how?: Text3, more?: Record<string, unknown>): 'same' | 'allowed' | 'deviates' {
  const { top } = v;
  const status = compare(p, got, top);
  const otherUnit = got.unit && p.unit && got.unit !== p.unit ? got.unit : undefined;
  const found = p.kind === 'bands' ? (got.value as NumericRange[]).map((r) => [r.lo, r.hi]) : got.value;
  const named = numbersRepeat(v.doc);
  v.parameters.push({ parameter: p, status, found, ...(otherUnit ? { unit: otherUnit } : {}), clause: at.clause.number, ...chapterFact(at.clause, named), place: at.place, sentence: at.sentence });
  if (status === 'same') return status;
  const unit = UNIT_TEXT[p.unit ?? 'none'] ?? UNIT_TEXT['none'] as Text3;
  const foundUnit = UNIT_TEXT[otherUnit ?? p.unit ?? 'none'] ?? UNIT_TEXT['none'] as Text3;
  const exp = `${show(p.expected === 'quarter' ? 'тоқсан/quarter' : p.expected === true ? '✓' : p.expected, top)}`;
  const fnd = got.contrary ? `«${at.sentence.slice(0, 120)}»` : `${show(got.value === 'year' ? 'жыл/year' : got.value === 'quarter' ? 'тоқсан/quarter' : got.value, top)}`;
  const after = how ? t3(`.${how.kk}`, `.${how.ru}`, `.${how.en}`) : t3('', '', '');
  const facts = { parameter: p.id, expected: p.expected, found, ...(otherUnit ? { unit: otherUnit, modelUnit: p.unit } : {}), compare: p.compare, draftClause: at.clause.number, ...chapterFact(at.clause, named, 'draftChapter'), ...more };
  const path = pointer('documents', v.d, 'clauses', v.doc.clauses.indexOf(at.clause));
  if (status === 'allowed') {
    // Stricter than the model («кемінде үш» → five): a body's specific (cl. 2), shown so the author sees it.
    v.findings.push(finding('draft/model-parameter-within-bound', 'info',
      t3(`${p.label.kk}: жобада ${withUnit(fnd, foundUnit.kk)}, Үлгілік әдістемеде ${withUnit(exp, unit.kk)} — үлгінің шегінде (${p.clause})${after.kk}`,
        `${p.label.ru}: в проекте ${withUnit(fnd, foundUnit.ru)}, в типовой методике ${withUnit(exp, unit.ru)} — в пределах типовой (${p.clause})${after.ru}`,
        `${p.label.en}: the draft has ${withUnit(fnd, foundUnit.en)}, the model ${withUnit(exp, unit.en)} — within the model's bound (${p.clause})${after.en}`),
      path, at.place, { cite: cite(p.clause), facts }));
    return status;
  }
  const note = v.amendNote(p.clauseNumber);
  v.findings.push(finding('draft/model-parameter-deviation', v.whole.has(p.clauseNumber) ? lower(p.severity) : p.severity,
    t3(`${p.label.kk}: жобада ${withUnit(fnd, foundUnit.kk)}, Үлгілік әдістемеде ${withUnit(exp, unit.kk)} (${p.clause}: «${p.wording}»)${after.kk}`,
      `${p.label.ru}: в проекте ${withUnit(fnd, foundUnit.ru)}, в типовой методике ${withUnit(exp, unit.ru)} (${p.clause}: «${p.wording}»)${after.ru}`,
      `${p.label.en}: the draft has ${withUnit(fnd, foundUnit.en)}, the model ${withUnit(exp, unit.en)} (${p.clause}: «${p.wording}»)${after.en}`),
    path, at.place, { cite: cite(p.clause), facts, ...(p.note ? { note: p.note } : note ? { note } : {}) }));
  return status;
}

/**
 * The note on findings for a model clause the pending amendment changes: the amended provisions of that clause by
 * name («5 п. 2 ч.»), so a parameter of part 1 of a clause whose part 2 alone is amended is not told «пункт 5
 * изменён» as if all of it were; the clause alone where the pack's list names none of its parts.
 */
const amendNoteOf = (pending: PendingAmendment, parts: Set<number>) => (n: number): Text3 | undefined => {
  if (!parts.has(n)) return undefined;
  const own = pending.provisions.filter((c) => new RegExp(`^cl\\. ${n}(?!\\d)`).test(c));
  const what = (lang: 'kk' | 'ru' | 'en'): string => (own.length ? own : [`cl. ${n}`]).map((c) => clauseCite(c, lang)).join(', ');
  return t3(`${dayText(pending.from, 'kk')} бастап өзгертілген (${pending.act.kk}): ${what('kk')}; жаңа мәтін бізде жоқ`,
    `Изменено с ${dayText(pending.from, 'ru')} (${pending.act.ru}): ${what('ru')}; нового текста у нас нет`,
    `Amended from ${dayText(pending.from, 'en')} (${pending.act.en}): ${what('en')}; we do not hold the new text`);
};

/** A draft clause's number as a Russian draft's messages name it: with its chapter when the draft's numbers begin again in a chapter. */
const draftNo = (structure: Structure, c: Clause): Text3 => clauseNo(c, structure.restarted);
const join3 = (xs: Text3[]): Text3 => t3(xs.map((x) => x.kk).join(', '), xs.map((x) => x.ru).join(', '), xs.map((x) => x.en).join(', '));

/** What content pairing found for a model clause the number could not pair: nothing, a draft clause another model clause wants too, or several that fit as well. */
function byContentText(candidates: readonly Clause[] | undefined, structure: Structure): Text3 {
  if (!candidates) return t3('', '', '');
  if (candidates.length === 0) return t3('; мазмұны бойынша да табылмады', '; по содержанию тоже не найден', '; nothing found by what it says either');
  const list = join3(candidates.map((c) => draftNo(structure, c)));
  if (candidates.length === 1) return t3(`; мазмұны бойынша жобаның ${list.kk}-тармағы үлгінің басқа тармағына да сәйкес келеді`, `; по содержанию пункт ${list.ru} проекта подходит и к другому пункту типовой`, `; by what it says, draft cl. ${list.en} fits another model clause too`);
  return t3(`; мазмұны бойынша жобаның бірнеше тармағы бірдей сәйкес келеді: ${list.kk}`, `; по содержанию одинаково подходят несколько пунктов проекта: ${list.ru}`, `; by what they say, several draft clauses fit as well: ${list.en}`);
}

/** Why a value of a Russian draft was not compared, in words. */
function notComparedText(why: NotCompared, n: number, values: readonly number[], structure: Structure): Text3 {
  const list = values.map(decimal).join(', ');
  const chapter = structure.paired.get(n)?.chapter ?? [...structure.ranges.model].find(([, r]) => n >= r[0] && n <= r[1])?.[0];
  const range = (r: [number, number] | undefined): string => (r ? `${r[0]}–${r[1]}` : '—');
  const mr = range(chapter === undefined ? undefined : structure.ranges.model.get(chapter));
  const dr = range(chapter === undefined ? undefined : structure.ranges.draft.get(chapter));
  const through = structure.running ? t3(' (бүкіл әдістеме бойынша санағанда)', ' (при сквозном счёте)', ' (counted through)') : t3('', '', '');
  const paired = structure.paired.get(n);
  const d = paired ? draftNo(structure, paired) : t3(`${n}`, `${n}`, `${n}`);
  const c = byContentText(structure.contentCandidates.get(n), structure);
  const and = (t: Text3): Text3 => t3(`${t.kk}${c.kk}`, `${t.ru}${c.ru}`, `${t.en}${c.en}`);
  switch (why) {
    case 'chapter-range': return and(t3(`жобаның ${chapter}-тарауындағы тармақтар ${dr}${through.kk}, үлгіде ${mr}`, `пункты главы ${chapter} проекта ${dr}${through.ru}, в типовой ${mr}`, `chapter ${chapter} of the draft holds clauses ${dr}${through.en}, the model's ${mr}`));
    case 'count': return and(t3(`жобада ${structure.draft.clauses} тармақ, үлгіде ${structure.model.clauses}`, `в проекте пунктов ${structure.draft.clauses}, в типовой ${structure.model.clauses}`, `the draft has ${structure.draft.clauses} clauses, the model ${structure.model.clauses}`));
    case 'absent': return and(t3(`жобада ${n}-тармақ жоқ${through.kk}`, `в проекте нет пункта ${n}${through.ru}`, `the draft has no clause ${n}${through.en}`));
    case 'duplicate': return and(t3(`жобада ${n}-тармақ бірнеше рет${through.kk}`, `в проекте несколько пунктов ${n}${through.ru}`, `the draft has clause ${n} more than once${through.en}`));
    case 'order': return and(t3(`жобаның нөмірленуі ${n}-тармаққа дейін ретімен (1, 2, 3 …) жүрмейді${through.kk}`, `нумерация проекта до пункта ${n} не идёт подряд (1, 2, 3 …)${through.ru}`, `the draft's numbering does not run in order (1, 2, 3 …) up to clause ${n}${through.en}`));
    case 'chapter': return and(t3(`жобаның ${n}-тармағы басқа тарауда`, `пункт ${n} проекта в другой главе`, `draft clause ${n} is in another chapter`));
    case 'subject': return t3(`жобаның ${d.kk}-тармағы бұл туралы емес`, `пункт ${d.ru} проекта не об этом`, `draft clause ${d.en} does not speak of it`);
    case 'no-value': return t3(`жобаның ${d.kk}-тармағынан мән оқылмады`, `в пункте ${d.ru} проекта значение не прочитано`, `no value could be read in draft clause ${d.en}`);
    case 'several': return t3(`жобаның ${d.kk}-тармағында бірнеше мән: ${list}`, `в пункте ${d.ru} проекта несколько значений: ${list}`, `draft clause ${d.en} states several values: ${list}`);
    case 'wording': return t3('тұжырым', 'формулировка', 'wording');
  }
}

/**
 * A Russian draft against the model, without its wording: clauses paired by number and chapter, and
 * the values the model data holds compared where the paired clause states exactly one (`model-values.ts`).
 */
function compareRussian(ctx: DraftContext, doc: AttachedDocument, modelDoc: AttachedDocument, modelParameters: readonly ModelParameter[], top: number,
  amendNote: (n: number) => Text3 | undefined, whole: Set<number>): { findings: Finding[]; parameters: ParameterResult[]; matches: ClauseMatch[] } {
  const d = ctx.act.documents.indexOf(doc);
  const structure = pairByNumber(modelDoc, doc);
  pairByContent(modelDoc, doc, structure, modelParameters);
  const reads: ValueRead[] = modelParameters.filter((p) => p.kind !== 'phrase' && p.kind !== 'period').map((p) => readValue(p, structure));
  const out: Finding[] = [];
  const parameters: ParameterResult[] = [];
  const values: ValueReport = { doc, d, top, whole, amendNote, parameters, findings: out };
  let differ = 0;
  let within = 0;
  for (const r of reads) {
    const p = r.parameter;
    if (r.why || r.value === undefined || !r.clause || !r.span) continue;
    const place = r.raw ? placeInSpan(ctx, r.span, r.raw, r.index) : r.clause.tables?.[0]?.place ?? r.span.place;
    const m = p.clauseNumber;
    const n = draftNo(structure, r.clause);
    const shift = (structure.running?.get(r.clause) ?? r.clause.number) !== m;
    const how = structure.byContent.has(m)
      ? t3(` Жобаның ${n.kk}-тармағы Үлгілік әдістеменің ${m}-тармағымен мазмұны бойынша (неге арналғаны мен мәні бойынша) сәйкестендірілді${shift ? ', нөмірі бойынша емес: мұнда жобаның нөмірленуі үлгіден өзгеше' : ''}; тек мәні салыстырылды.`,
        ` Пункт ${n.ru} проекта сопоставлен с пунктом ${m} типовой по содержанию (о чём он и какое в нём значение)${shift ? ', а не по номеру: нумерация проекта здесь отличается от типовой' : ''}; сравнено только значение.`,
        ` Draft clause ${n.en} is paired with model clause ${m} by what it says (its subject and its value)${shift ? ', not by number: the draft\'s numbering departs from the model\'s here' : ''}; only the value was compared.`)
      : structure.running
        ? t3(` Жобаның ${n.kk}-тармағы Үлгілік әдістеменің ${m}-тармағымен реті бойынша сәйкестендірілді (жобаның тармақтары әр тарауда қайтадан нөмірленеді; бүкіл әдістеме бойынша санағанда бұл — ${m}-тармақ); тек мәні салыстырылды.`,
          ` Пункт ${n.ru} проекта сопоставлен с пунктом ${m} типовой по порядку (пункты проекта в каждой главе нумеруются заново; при сквозном счёте это пункт ${m}); сравнено только значение.`,
          ` Draft clause ${n.en} is paired with model clause ${m} in running order (the draft's clauses are numbered again in each chapter; counted through, it is clause ${m}); only the value was compared.`)
        : t3(` Жобаның ${n.kk}-тармағы Үлгілік әдістеменің ${m}-тармағымен нөмірі бойынша сәйкестендірілді; тек мәні салыстырылды.`,
          ` Пункт ${n.ru} проекта сопоставлен с пунктом ${m} типовой по номеру; сравнено только значение.`,
          ` Draft clause ${n.en} is paired with model clause ${m} by number; only the value was compared.`);
    const status = reportValue(values, p, { value: r.value, ...(r.unit ? { unit: r.unit } : {}) }, { clause: r.clause, place, sentence: r.span.text }, how,
      { pairedBy: structure.byContent.has(m) ? 'content' : 'number', compared: 'value', ...(structure.running && !structure.byContent.has(m) ? { runningOrder: true } : {}) });
    if (status === 'allowed') within++;
    else if (status === 'deviates') differ++;
  }
  const compared = reads.filter((r) => !r.why).length;
  const skipped = reads.filter((r) => r.why);
  const list = (lang: 'kk' | 'ru' | 'en'): string => skipped.map((r) => `${r.parameter.label[lang]} — ${notComparedText(r.why as NotCompared, r.parameter.clauseNumber, r.values ?? [], structure)[lang]}`).join('; ');
  const none = t3('жоқ', 'нет', 'none');
  const { model: ms, draft: ds } = structure;
  const paired = structure.paired.size - structure.byContent.size;
  const contentPairs = [...structure.byContent].sort((a, b) => a - b).flatMap((m) => {
    const c = structure.paired.get(m);
    return c ? [{ m, c, no: draftNo(structure, c) }] : [];
  });
  const content = contentPairs.map(({ m, c }) => ({ model: m, draft: c.number, ...chapterFact(c, structure.restarted, 'draftChapter') }));
  const shifted = contentPairs.some(({ m, c }) => (structure.running?.get(c) ?? c.number) !== m);
  const byContent = content.length === 0 ? t3('', '', '') : t3(
    `; мазмұны бойынша тағы ${content.length}: ${contentPairs.map((x) => `жобаның ${x.no.kk}-тармағы — үлгінің ${x.m}-тармағы`).join(', ')}${shifted ? ' (жобаның нөмірленуі үлгіден өзгеше)' : ''}`,
    `; по содержанию ещё ${content.length}: ${contentPairs.map((x) => `пункт ${x.no.ru} проекта — пункт ${x.m} типовой`).join(', ')}${shifted ? ' (нумерация проекта отличается от типовой)' : ''}`,
    `; by what they say, ${content.length} more: ${contentPairs.map((x) => `draft cl. ${x.no.en} — model cl. ${x.m}`).join(', ')}${shifted ? ' (the draft\'s numbering departs from the model\'s)' : ''}`);
  // Clauses numbered again in each chapter: paired in running order, and said so.
  const order = !structure.running ? t3('', '', '') : t3(
    ', реті бойынша: жобаның тармақтары әр тарауда қайтадан нөмірленеді, сондықтан олар бүкіл әдістеме бойынша санап сәйкестендірілді',
    ', по порядку: пункты проекта в каждой главе нумеруются заново, поэтому они сопоставлены при сквозном счёте',
    ', in running order: the draft\'s clauses are numbered again in each chapter, so they were counted through the methodology');
  const at = doc.clauses[0]?.place;
  const summary = finding('draft/model-language', 'warning',
    t3(`Жоба орыс тілінде жазылған, ал бізде Үлгілік әдістеменің тек қазақ тіліндегі түпнұсқасы бар: жобаның тұжырымдары Үлгілік әдістемемен салыстырылмады. Салыстырылғаны — құрылымы мен мәндері: тармақтар Үлгілік әдістеменің тармақтарымен нөмірі мен тарауы бойынша сәйкестендірілді${order.kk} (${paired} / ${ms.clauses}${byContent.kk}; тараулар: жобада ${ds.chapters}, үлгіде ${ms.chapters}; тармақтар: ${ds.clauses} және ${ms.clauses}; қосымшалар: ${ds.appendices} және ${ms.appendices}); мәндер (мерзімдер, сандар, балдар): салыстырылғаны ${compared} / ${reads.length} параметр, өзгешесі: ${differ}, үлгінің шегінде: ${within}. Мәндері салыстырылмағандар: ${skipped.length ? list('kk') : none.kk}. Сандары жоқ ережелерді (кім бағалайды, шағымдану тәртібі, құпиялылық, кері байланыс кездесуі, бағалау кезеңі) қолмен тексеріңіз немесе жобаның қазақ тіліндегі нұсқасын тексеріңіз`,
      `Проект написан на русском языке, а типовая методика есть у нас только в казахском оригинале: формулировки проекта с типовой не сравнивались. Сравнены структура и значения: пункты сопоставлены с пунктами типовой по номеру и главе${order.ru} (${paired} из ${ms.clauses}${byContent.ru}; глав в проекте ${ds.chapters}, в типовой ${ms.chapters}; пунктов ${ds.clauses} и ${ms.clauses}; приложений ${ds.appendices} и ${ms.appendices}); значения (сроки, числа, баллы) сравнены по ${compared} из ${reads.length} параметров, отличаются: ${differ}, в пределах типовой: ${within}. Не сравнены значения: ${skipped.length ? list('ru') : none.ru}. Положения без чисел (кто оценивает, порядок обжалования, конфиденциальность, встреча обратной связи, оценочный период) сверьте вручную или проверьте казахскую версию проекта`,
      `The draft is in Russian and we hold the model only in its Kazakh original: the draft's wording was not compared with the model. Compared: the structure and the values — clauses paired with the model's by number and chapter${order.en} (${paired} of ${ms.clauses}${byContent.en}; chapters: draft ${ds.chapters}, model ${ms.chapters}; clauses ${ds.clauses} and ${ms.clauses}; appendices ${ds.appendices} and ${ms.appendices}); values (deadlines, numbers, scores) compared for ${compared} of ${reads.length} parameters, ${differ} depart, ${within} within the model's bound. Values not compared: ${skipped.length ? list('en') : none.en}. Check by hand the provisions that state no number (who evaluates, the appeal route, confidentiality, the feedback meeting, the evaluation period), or check the Kazakh version of the draft`),
    '', at, {
      cite: cite('(whole text)'),
      facts: {
        language: 'ru', compared: ['structure', 'values'], notCompared: ['wording'],
        structure: { draft: ds, model: ms, pairedByNumber: paired, ...(structure.running ? { runningOrder: true } : {}), ...(content.length ? { pairedByContent: content } : {}) },
        values: { compared, of: reads.length, differ, withinBound: within, notCompared: skipped.map((r) => ({ parameter: r.parameter.id, modelClause: r.parameter.clauseNumber, why: r.why, ...(r.values ? { values: r.values } : {}) })) },
      },
    });
  // Every model clause with the draft clause paired with it (by number and chapter, or by content), as
  // the Kazakh alignment gives them: the report counts and lists them alike. No score: no wording was compared.
  const matches: ClauseMatch[] = modelDoc.clauses.map((mc) => {
    const c = structure.paired.get(mc.number) ?? null;
    return { model: mc, draft: c, score: 0, also: null, alsoScore: 0, candidate: c, ...(c ? { pairedBy: structure.byContent.has(mc.number) ? 'content' as const : 'number' as const } : {}) };
  });
  return { findings: [summary, ...out], parameters, matches };
}

/** Compare the draft with the model on the given date (ISO yyyy-mm-dd). */
export function compareWithModel(ctx: DraftContext, date: string): ModelComparison {
  const { act: m, doc: modelDoc, index: modelIndexData } = model();
  const findings: Finding[] = [];
  const amended = amendedProvisions(m);
  // Which wording governs the date and which amendment we lack is in force: the pack's dated data,
  // read with the lookups of the as-of engine (no date compared here).
  const pending = modelPendingOn(date)[0];
  const modelParameters = parametersOn(date);
  const top = (modelParameters.find((x) => x.id === 'grade-scale')?.expected as [number, number] | undefined)?.[1] ?? 5;
  if (!modelWordingOn(date)) {
    findings.push(finding('draft/model-wording-not-held', 'warning',
      t3(`${dayText(date, 'kk')} күнге қолданыста болған Үлгілік әдістеменің редакциясы бізде жоқ: бізде тек ${MODEL_WORDING_LABEL.kk}; салыстыру сол редакция бойынша`,
        `Редакции типовой методики на ${dayText(date, 'ru')} у нас нет: есть только ${MODEL_WORDING_LABEL.ru}; сравнение по ней`,
        `We do not hold the model's wording in force on ${date}: only the ${MODEL_WORDING_LABEL.en}; compared with that`),
      '', undefined, { cite: cite('(whole text)'), facts: { date, wording: MODEL_WORDING } }));
  }
  if (pending) {
    findings.push(finding('draft/model-amended', 'warning',
      t3(`${dayText(date, 'kk')} күні Үлгілік әдістеменің ${amended.length} ережесі ${pending.act.kk} бойынша жаңа редакцияда (${dayText(pending.from, 'kk')} бастап): ${amended.join('; ')}. Жаңа мәтін бізде жоқ: бұл ережелер ескі редакциямен салыстырылады`,
        `На ${dayText(date, 'ru')} ${amended.length} положений типовой методики изложены в новой редакции (${pending.act.ru}, с ${dayText(pending.from, 'ru')}): ${pending.provisions.map((c) => clauseCite(c, 'ru')).join('; ')}. Нового текста у нас нет: эти положения сравниваются с прежней редакцией`,
        `On ${date}, ${amended.length} provisions of the model are in a new wording (${pending.act.en}, from ${dayText(pending.from, 'en')}): ${pending.provisions.map((c) => clauseCite(c, 'en')).join('; ')}. We do not hold the new text; these provisions are compared with the previous wording`),
      '', undefined, { cite: cite('(whole text)'), facts: { date, amendment: amendmentFacts(pending), provisions: amended } }));
  }
  // The corps "B" methodology when the act holds several (act 002 holds the corps "A" one first).
  const docs = methodologies(ctx.act).filter((d) => d.clauses.length > 0);
  const doc = docs.find((x) => /["«]Б["»]\s*корпус/u.test(x.title?.text ?? '')) ?? docs[0];
  if (!doc) {
    findings.push(finding('draft/model-nothing-to-compare', 'info',
      t3('Жобада әдістеме тармақтары жоқ: Үлгілік әдістемемен салыстыруға ештеңе жоқ', 'В проекте нет пунктов методики: сравнивать с типовой нечего',
        'The draft holds no methodology clauses: nothing to compare with the model'),
      '', undefined, { cite: cite('cl. 2') }));
    return { wording: true, matches: [], parameters: [], findings, amended, clauses: [] };
  }
  // Model clauses amended as a whole have their severity lowered, and findings on amended ones carry a note.
  const whole = pending ? wholeClausesAmended(amended) : new Set<number>();
  const amendNote = pending ? amendNoteOf(pending, partsAmended(amended)) : (): undefined => undefined;
  if (isRussianText(doc.clauses.map((c) => clauseText(c)).join('\n'))) {
    // The model we hold is the Kazakh original: a Russian draft's wording cannot be compared with it
    // (comparing by content would call every model clause missing). What does not depend on language
    // is compared: the structure, and the values the model data holds, clause by clause number.
    const ru = compareRussian(ctx, doc, modelDoc, modelParameters, top, amendNote, whole);
    findings.push(...ru.findings);
    return { wording: false, matches: ru.matches, parameters: ru.parameters, findings, amended, clauses: doc.clauses };
  }
  const d = ctx.act.documents.indexOf(doc);
  const clauses = doc.clauses;
  const matches = alignClauses(modelDoc.clauses, clauses, KEY_TERMS, modelIndexData).map((m) => {
    const subject = CLAUSE_SUBJECTS[m.model.number];
    if (!m.draft || !subject || m.score >= BORROWED) return m;
    const norm = normaliseKk(clauseText(m.draft));
    return subject.every((a) => a.split('|').some((x) => norm.includes(x))) ? m : { ...m, draft: null, also: null, alsoScore: 0, why: 'subject' as const };
  });
  const docPlace = doc.title?.place ?? doc.place;

  /** Where a missing provision belongs: after the draft counterpart of the model clause before it. */
  const named = numbersRepeat(doc);
  const whereMissing = (index: number): { place: typeof docPlace; after?: Clause } => {
    for (let k = index - 1; k >= 0; k--) {
      const prev = matches[k]?.draft;
      if (!prev) continue;
      const next = clauses[clauses.indexOf(prev) + 1];
      return { place: next?.place ?? prev.place, after: prev };
    }
    return { place: clauses[0]?.place ?? docPlace };
  };
  matches.forEach((match, index) => {
    const n = match.model.number;
    const sev = PROVISION_SEVERITY[n] ?? 'warning';
    if (sev === 'skip' || match.draft) return;
    const summary = match.model.text.text.slice(0, 140);
    const note = amendNote(n);
    const { place, after } = whereMissing(index);
    const no = after && clauseNo(after, named);
    const where = !no ? t3('', '', '') : t3(` (жобаның ${no.kk}-тармағынан кейін болуы тиіс)`, ` (место — после пункта ${no.ru} проекта)`, ` (its place: after draft cl. ${no.en})`);
    findings.push(finding('draft/model-provision-missing', whole.has(n) ? lower(sev) : sev,
      t3(`Үлгілік әдістеменің ${n}-тармағына сәйкес ереже жобада жоқ${where.kk}: «${summary}…»`,
        `В проекте нет положения, соответствующего пункту ${n} типовой методики${where.ru}: «${summary}…»`,
        `The draft has no provision matching model clause ${n}${where.en}: «${summary}…»`),
      pointer('documents', d), place, { cite: cite(`cl. ${n}`), facts: { modelClause: n, bestScore: match.score, ...(after ? { afterDraftClause: after.number, ...chapterFact(after, named, 'afterDraftChapter') } : {}) }, ...(note ? { note } : {}) }));
  });

  const parameters: ParameterResult[] = [];
  const values: ValueReport = { doc, d, top, whole, amendNote, parameters, findings };
  for (const p of modelParameters) {
    const match = matches.find((x) => x.model.number === p.clauseNumber);
    const sentences = candidateSentences(p, matches, clauses);
    const aligned = alignedClauses(p, matches);
    const got = extract(p, sentences, clauses, aligned);
    const note = amendNote(p.clauseNumber);
    const severity = whole.has(p.clauseNumber) ? lower(p.severity) : p.severity;
    if (!got) {
      const provisionMissing = !match?.draft;
      // The aligned provision speaks of it (its words are there) but no value could be read: say so,
      // with the text, at the model's severity — never as "not stated".
      const anchors = readAnchors(p.anchors);
      const spoken = p.kind === 'quantity' || p.kind === 'day-of-month' || p.kind === 'range' || p.kind === 'bands'
        ? aligned.flatMap(sentencesOf).find((x) => p.anchors.length > 0 && hasAnchors(x, anchors))
        : undefined;
      if (spoken) {
        const place = placeInSpan(ctx, spoken.span, spoken.text.slice(0, 20), spoken.index);
        parameters.push({ parameter: p, status: 'unreadable', clause: spoken.clause.number, ...chapterFact(spoken.clause, named), place, sentence: spoken.text });
        findings.push(finding('draft/model-parameter-unreadable', severity,
          t3(`${p.label.kk}: мәнін оқу мүмкін болмады — «${spoken.text.slice(0, 200)}»; Үлгілік әдістемеде ${show(p.expected, top)} (${p.clause}: «${p.wording}»)`,
            `${p.label.ru}: значение не удалось прочитать — «${spoken.text.slice(0, 200)}»; в типовой методике ${show(p.expected, top)} (${p.clause}: «${p.wording}»)`,
            `${p.label.en}: the value could not be read — «${spoken.text.slice(0, 200)}»; the model has ${show(p.expected, top)} (${p.clause}: «${p.wording}»)`),
          pointer('documents', d, 'clauses', clauses.indexOf(spoken.clause)), place,
          { cite: cite(p.clause), facts: { parameter: p.id, expected: p.expected, text: spoken.text, draftClause: spoken.clause.number, ...chapterFact(spoken.clause, named, 'draftChapter') }, ...(note ? { note } : {}) }));
        continue;
      }
      parameters.push({ parameter: p, status: provisionMissing ? 'no-provision' : 'absent' });
      if (provisionMissing) continue;
      findings.push(finding('draft/model-parameter-absent', p.kind === 'phrase' ? severity : lower(severity),
        t3(`Үлгілік әдістеменің ${p.clause} ережесі жобада табылмады: ${p.label.kk} («${p.wording}»)`,
          `В проекте не найдено положение ${p.clause} типовой методики: ${p.label.ru} («${p.wording}»)`,
          `The draft does not state model ${p.clause}: ${p.label.en} («${p.wording}»)`),
        pointer('documents', d), match?.draft?.place ?? docPlace, { cite: cite(p.clause), facts: { parameter: p.id, expected: p.expected }, ...(note ? { note } : {}) }));
      continue;
    }
    const place = got.raw
      ? placeInSpan(ctx, got.sentence.span, got.raw, got.sentence.index + Math.max(0, got.sentence.text.indexOf(got.raw)))
      : got.sentence.clause.tables?.[0]?.place ?? got.sentence.span.place;
    reportValue(values, p, got, { clause: got.sentence.clause, place, sentence: got.sentence.text });
  }
  return { wording: true, matches, parameters, findings, amended, clauses };
}
