/**
 * Compare a draft methodology with the model methodology for corps "B" (act 002 Annex 2) in the
 * wording in force on the draft's date: align clauses by content, report model provisions the draft
 * lacks and parameters that depart from the model (data: `model/asa-b-model.ts`). Pure.
 */
import { t3, type Cite, type Finding, type Severity, type Text3 } from '../law/finding.js';
import { pointer } from '../law/json-pointer.js';
import type { AttachedDocument, Clause, DraftAct, TextSpan } from './act.js';
import { clauseSpans, methodologies } from './act.js';
import { alignClauses, type ClauseMatch } from './align.js';
import { finding, placeInSpan, type DraftContext } from './context.js';
import { normaliseKk, quantities, stems, textRanges } from './kazakh-text.js';
import { KEY_TERMS, MODEL_ID, MODEL_PARAMETERS, MODEL_WORDING, PENDING_AMENDMENT, PROVISION_SEVERITY, type ModelParameter } from './model/asa-b-model.js';
import { MODEL_MARKDOWN } from './model/asa-b-model-text.js';
import { parseDraft } from './parse.js';

export interface ParameterResult {
  parameter: ModelParameter;
  status: 'same' | 'allowed' | 'deviates' | 'absent' | 'no-provision';
  found?: unknown;
  clause?: number;
  place?: { line: number; column: number };
  sentence?: string;
}

export interface ModelComparison {
  matches: ClauseMatch[];
  parameters: ParameterResult[];
  findings: Finding[];
  /** Model provisions amended from the pending amendment's date, as the model's notes list them. */
  amended: string[];
}

let modelAct: DraftAct | null = null;
/** The model, parsed once. */
export function model(): { act: DraftAct; doc: AttachedDocument } {
  modelAct ??= parseDraft(MODEL_MARKDOWN);
  const doc = modelAct.documents[0];
  if (!doc) throw new Error('the model methodology text holds no document');
  return { act: modelAct, doc };
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
  /** Normalised text and stems, computed once: every parameter looks at every sentence. */
  norm: string;
  stems: Set<string>;
  quantities?: ReturnType<typeof quantities>;
}

/** Sentences of each clause, prepared once per comparison. */
const sentenceCache = new WeakMap<Clause, Sentence[]>();
function sentencesOf(c: Clause): Sentence[] {
  const cached = sentenceCache.get(c);
  if (cached) return cached;
  const out: Sentence[] = [];
  for (const span of clauseSpans(c)) {
    let from = 0;
    for (const text of span.text.split(/(?<=[.;:])\s+/)) {
      const index = span.text.indexOf(text, from);
      from = index + text.length;
      out.push({ text, span, index, clause: c, norm: normaliseKk(text), stems: new Set(stems(text)) });
    }
  }
  sentenceCache.set(c, out);
  return out;
}

const quantitiesOf = (s: Sentence): ReturnType<typeof quantities> => (s.quantities ??= quantities(s.text));

const hasAnchors = (s: Sentence, anchors: string[]): boolean =>
  anchors.length === 0 || anchors.every((a) => s.stems.has(a) || s.norm.includes(a));

/** Sentences to read a parameter from: the aligned clause(s) first, then every clause. */
function candidateSentences(p: ModelParameter, matches: ClauseMatch[], clauses: Clause[]): Sentence[] {
  const m = matches.find((x) => x.model.number === p.clauseNumber);
  const first = [m?.draft, m?.also].filter((c): c is Clause => !!c);
  const rest = clauses.filter((c) => !first.includes(c));
  return [...first, ...rest].flatMap(sentencesOf).filter((s) => hasAnchors(s, p.anchors));
}

interface Extracted {
  value: unknown;
  sentence: Sentence;
  raw: string;
  rawIndex: number;
}

function extract(p: ModelParameter, sentences: Sentence[], clauses: Clause[]): Extracted | null {
  switch (p.kind) {
    case 'quantity':
    case 'day-of-month':
      for (const s of sentences) {
        const norm = s.norm;
        const q = quantitiesOf(s).find((x) => {
          if (p.kind === 'day-of-month' ? x.unit !== 'day' : x.unit !== p.unit) return false;
          const after = norm.slice(x.index + x.raw.length).trimStart();
          const before = norm.slice(0, x.index).trimEnd();
          if (p.followedBy && !after.startsWith(p.followedBy)) return false;
          if (p.notAfter && before.endsWith(p.notAfter)) return false;
          return true;
        });
        if (q) return { value: q.value, sentence: s, raw: q.raw, rawIndex: 0 };
      }
      return null;
    case 'period':
      for (const s of clauses.flatMap(sentencesOf)) {
        const norm = s.norm;
        if (!/бағала/u.test(norm)) continue;
        const q = /тоқсан(?:ның)?\s+қорытынды/u.exec(norm);
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
      const order = [...new Set([...sentences.map((s) => s.clause), ...clauses])];
      for (const c of order) {
        const all = sentencesOf(c).flatMap((s) => textRanges(s.text).map((r) => ({ r, s })));
        if (all.length >= 3) {
          const first = all[0] as { r: { raw: string; index: number }; s: Sentence };
          return { value: all.map(({ r }) => [r.lo, r.hi]), sentence: first.s, raw: first.r.raw, rawIndex: first.r.index };
        }
      }
      return null;
    }
    case 'phrase': {
      const s = sentences[0];
      return s ? { value: true, sentence: s, raw: s.text.slice(0, 30), rawIndex: s.index } : null;
    }
  }
}

function compare(p: ModelParameter, found: unknown): 'same' | 'allowed' | 'deviates' {
  const e = p.expected;
  if (typeof e === 'number' && typeof found === 'number') {
    if (found === e) return 'same';
    if (p.compare === 'atMost' && found < e) return 'allowed';
    if (p.compare === 'atLeast' && found > e) return 'allowed';
    return 'deviates';
  }
  return JSON.stringify(found) === JSON.stringify(e) ? 'same' : 'deviates';
}

const show = (v: unknown): string =>
  Array.isArray(v) ? (Array.isArray(v[0]) ? (v as number[][]).map((b) => b.join('–')).join('; ') : (v as number[]).join('–')).replace(/\./g, ',') : String(v);

const UNIT_TEXT: Record<string, Text3> = {
  'working-day': t3('жұмыс күні', 'раб. дн.', 'working day(s)'),
  year: t3('жыл', 'г.', 'year(s)'),
  month: t3('ай', 'мес.', 'month(s)'),
  person: t3('адам', 'чел.', 'person(s)'),
  day: t3('-күн', '-е число', 'th day'),
  none: t3('', '', ''),
  quarter: t3('тоқсан', 'квартал', 'quarter'),
};

const withUnit = (v: string, unit: string): string => (unit ? `${v} ${unit}` : v);

const lower = (s: Severity): Severity => (s === 'error' ? 'warning' : s === 'warning' ? 'info' : 'info');

/** Compare the draft with the model on the given date (ISO yyyy-mm-dd). */
export function compareWithModel(ctx: DraftContext, date: string): ModelComparison {
  const { act: m, doc: modelDoc } = model();
  const findings: Finding[] = [];
  const amended = amendedProvisions(m);
  const afterAmendment = date >= PENDING_AMENDMENT.inForceFrom;
  if (date < MODEL_WORDING) {
    findings.push(finding('draft/model-wording-not-held', 'warning',
      t3(`${date} күнге қолданыста болған Үлгілік әдістеменің редакциясы бізде жоқ: бізде 2025 жылғы 28 шілдедегі № 121 бұйрықтың редакциясы ғана бар; салыстыру сол редакция бойынша`,
        `Редакции типовой методики на ${date} у нас нет: есть только редакция приказа № 121 от 28.07.2025; сравнение по ней`,
        `We do not hold the model's wording in force on ${date}: only the wording of Order No. 121 of 28.07.2025; compared with that`),
      '', undefined, { cite: cite('(whole text)'), facts: { date, wording: MODEL_WORDING } }));
  }
  if (afterAmendment) {
    findings.push(finding('draft/model-amended', 'warning',
      t3(`${date} күні Үлгілік әдістеменің ${amended.length} ережесі ${PENDING_AMENDMENT.order} бойынша жаңа редакцияда (11.07.2026 бастап): ${amended.join('; ')}. Жаңа мәтін бізде жоқ, бұл ережелер бойынша салыстыру ескі редакциямен`,
        `На ${date} ${amended.length} положений типовой методики изложены в новой редакции (${PENDING_AMENDMENT.orderRu}, с 11.07.2026): ${amended.join('; ')}. Нового текста у нас нет, по этим положениям сравнение с прежней редакцией`,
        `On ${date}, ${amended.length} provisions of the model are in a new wording (${PENDING_AMENDMENT.orderEn}, from 11.07.2026): ${amended.join('; ')}. We do not hold the new text; these provisions are compared with the previous wording`),
      '', undefined, { cite: cite('(whole text)'), facts: { date, amendment: PENDING_AMENDMENT, provisions: amended } }));
  }
  // The corps "B" methodology when the act holds several (act 002 holds the corps "A" one first).
  const docs = methodologies(ctx.act).filter((d) => d.clauses.length > 0);
  const doc = docs.find((x) => /["«]Б["»]\s*корпус/u.test(x.title?.text ?? '')) ?? docs[0];
  if (!doc) {
    findings.push(finding('draft/model-nothing-to-compare', 'info',
      t3('Жобада әдістеме тармақтары жоқ: Үлгілік әдістемемен салыстыруға ештеңе жоқ', 'В проекте нет пунктов методики: сравнивать с типовой нечего',
        'The draft holds no methodology clauses: nothing to compare with the model'),
      '', undefined, { cite: cite('cl. 2') }));
    return { matches: [], parameters: [], findings, amended };
  }
  const d = ctx.act.documents.indexOf(doc);
  const clauses = doc.clauses;
  const matches = alignClauses(modelDoc.clauses, clauses, KEY_TERMS);
  const whole = afterAmendment ? wholeClausesAmended(amended) : new Set<number>();
  const parts = afterAmendment ? partsAmended(amended) : new Set<number>();
  const amendNote = (n: number): Text3 | undefined => (parts.has(n)
    ? t3(`${n}-тармаққа 11.07.2026 бастап өзгеріс енгізілген (${PENDING_AMENDMENT.order}); жаңа мәтін бізде жоқ`,
      `Пункт ${n} изменён с 11.07.2026 (${PENDING_AMENDMENT.orderRu}); нового текста у нас нет`,
      `Clause ${n} is amended from 11.07.2026 (${PENDING_AMENDMENT.orderEn}); we do not hold the new text`)
    : undefined);
  const docPlace = doc.title?.place ?? doc.place;

  for (const match of matches) {
    const n = match.model.number;
    const sev = PROVISION_SEVERITY[n] ?? 'warning';
    if (sev === 'skip' || match.draft) continue;
    const summary = match.model.text.text.slice(0, 140);
    const note = amendNote(n);
    findings.push(finding('draft/model-provision-missing', whole.has(n) ? lower(sev) : sev,
      t3(`Үлгілік әдістеменің ${n}-тармағына сәйкес ереже жобада жоқ: «${summary}…»`,
        `В проекте нет положения, соответствующего пункту ${n} типовой методики: «${summary}…»`,
        `The draft has no provision matching model clause ${n}: «${summary}…»`),
      pointer('documents', d), docPlace, { cite: cite(`cl. ${n}`), facts: { modelClause: n, bestScore: match.score }, ...(note ? { note } : {}) }));
  }

  const parameters: ParameterResult[] = [];
  for (const p of MODEL_PARAMETERS) {
    const match = matches.find((x) => x.model.number === p.clauseNumber);
    const sentences = candidateSentences(p, matches, clauses);
    const got = extract(p, sentences, clauses);
    const note = amendNote(p.clauseNumber);
    const severity = whole.has(p.clauseNumber) ? lower(p.severity) : p.severity;
    if (!got) {
      const provisionMissing = !match?.draft;
      parameters.push({ parameter: p, status: provisionMissing ? 'no-provision' : 'absent' });
      if (provisionMissing) continue;
      findings.push(finding('draft/model-parameter-absent', p.kind === 'phrase' ? severity : lower(severity),
        t3(`Үлгілік әдістеменің ${p.clause} ережесі жобада табылмады: ${p.label.kk} (${p.wording})`,
          `В проекте не найдено положение ${p.clause} типовой методики: ${p.label.ru} (${p.wording})`,
          `The draft does not state model ${p.clause}: ${p.label.en} (${p.wording})`),
        pointer('documents', d), match?.draft?.place ?? docPlace, { cite: cite(p.clause), facts: { parameter: p.id, expected: p.expected }, ...(note ? { note } : {}) }));
      continue;
    }
    const status = compare(p, got.value);
    const place = placeInSpan(ctx, got.sentence.span, got.raw, got.sentence.index + Math.max(0, got.sentence.text.indexOf(got.raw)));
    parameters.push({ parameter: p, status, found: got.value, clause: got.sentence.clause.number, place, sentence: got.sentence.text });
    if (status === 'same') continue;
    const unit = UNIT_TEXT[p.unit ?? (p.kind === 'period' ? 'none' : 'none')] ?? UNIT_TEXT['none'] as Text3;
    const exp = `${show(p.expected === 'quarter' ? 'тоқсан/quarter' : p.expected)}`;
    const fnd = `${show(got.value === 'year' ? 'жыл/year' : got.value === 'quarter' ? 'тоқсан/quarter' : got.value)}`;
    if (status === 'allowed') {
      // Stricter than the model («кемінде үш» → five): a body's specific (cl. 2), shown so the author sees it.
      findings.push(finding('draft/model-parameter-within-bound', 'info',
        t3(`${p.label.kk}: жобада ${withUnit(fnd, unit.kk)}, Үлгілік әдістемеде ${withUnit(exp, unit.kk)} — үлгінің шегінде (${p.clause})`,
          `${p.label.ru}: в проекте ${withUnit(fnd, unit.ru)}, в типовой методике ${withUnit(exp, unit.ru)} — в пределах типовой (${p.clause})`,
          `${p.label.en}: the draft has ${withUnit(fnd, unit.en)}, the model ${withUnit(exp, unit.en)} — within the model's bound (${p.clause})`),
        pointer('documents', d, 'clauses', clauses.indexOf(got.sentence.clause)), place,
        { cite: cite(p.clause), facts: { parameter: p.id, expected: p.expected, found: got.value, compare: p.compare, draftClause: got.sentence.clause.number } }));
      continue;
    }
    findings.push(finding('draft/model-parameter-deviation', severity,
      t3(`${p.label.kk}: жобада ${withUnit(fnd, unit.kk)}, Үлгілік әдістемеде ${withUnit(exp, unit.kk)} (${p.clause}: ${p.wording})`,
        `${p.label.ru}: в проекте ${withUnit(fnd, unit.ru)}, в типовой методике ${withUnit(exp, unit.ru)} (${p.clause}: ${p.wording})`,
        `${p.label.en}: the draft has ${withUnit(fnd, unit.en)}, the model ${withUnit(exp, unit.en)} (${p.clause}: ${p.wording})`),
      pointer('documents', d, 'clauses', clauses.indexOf(got.sentence.clause)), place,
      { cite: cite(p.clause), facts: { parameter: p.id, expected: p.expected, found: got.value, compare: p.compare, draftClause: got.sentence.clause.number }, ...(p.note ? { note: p.note } : note ? { note } : {}) }));
  }
  return { matches, parameters, findings, amended };
}
