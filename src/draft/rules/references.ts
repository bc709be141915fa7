/**
 * Cross-references inside a methodology must land somewhere: an appendix, a clause or a sub-clause
 * that exists, and not the clause that makes the reference (act 004 cl. 5 «5-тармақта белгіленген
 * мерзімдерде», meant cl. 4). Every appendix should be referred to from the text (act 000 refers to an
 * Appendix 2 that is not there, act 001 to an Appendix 5 that is not there).
 */
import { t3, type Finding, type Place, type Text3 } from '../../law/finding.js';
import { pointer } from '../../law/json-pointer.js';
import type { AttachedDocument, Clause, TextSpan } from '../act.js';
import { clauseSpans } from '../act.js';
import { chapterFact, clauseName, clauseNo, numbersRepeat } from '../clause-name.js';
import { finding, placeInSpan, type DraftContext } from '../context.js';
import { findReferences, type Reference } from '../references.js';
import type { DraftRule } from './rule.js';

interface Located {
  ref: Reference;
  span: TextSpan;
  clause: Clause | null;
  path: string;
}

/** Every reference in a document, with the clause it is written in. */
export function documentReferences(doc: AttachedDocument, d: number): Located[] {
  const out: Located[] = [];
  doc.clauses.forEach((c, i) => {
    for (const span of clauseSpans(c)) for (const ref of findReferences(span.text)) out.push({ ref, span, clause: c, path: pointer('documents', d, 'clauses', i) });
  });
  doc.appendices.forEach((a, i) => {
    const spans = [...a.text, ...(a.caption ? [a.caption] : []), ...a.tables.flatMap((t) => t.rows.flat())];
    for (const span of spans) for (const ref of findReferences(span.text)) out.push({ ref, span, clause: null, path: pointer('documents', d, 'appendices', i) });
  });
  for (const span of doc.text) for (const ref of findReferences(span.text)) out.push({ ref, span, clause: null, path: pointer('documents', d) });
  return out;
}

/** Where a clause number lands: one clause, none, or several (clause numbers repeating across chapters). */
type Target = { clause: Clause } | { missing: true } | { several: Clause[] };

/**
 * Resolves «N-тармақ» to a clause. Numbered through (no number repeats), a number names its clause, as
 * it always did. Numbered again in each chapter, the chapter the text names («2-тараудың 5-тармағы», «осы
 * тараудың …», «пункт 5 главы 2») picks the clause. With none named, a number found in one chapter only
 * names that clause; found in several, it names the clause of the reference's own chapter only when that
 * clause is also the methodology's N-th counted through — the reader of the printed numbers and the
 * through numbering of the model (and of Law 480-V's acts) then mean the same clause, as in the model's
 * own cl. 7 «5-тармақта» in chapter 1. Otherwise the reference is ambiguous: said, never checked against
 * a guess (docs/draft.md, «References in a draft numbered again in each chapter»).
 */
function clauseResolver(doc: AttachedDocument, named: boolean): (n: number, chapter: Reference['chapter'], from: Clause | null) => Target {
  if (!named) {
    const clauses = new Map(doc.clauses.map((c) => [c.number, c]));
    return (n) => {
      const c = clauses.get(n);
      return c ? { clause: c } : { missing: true };
    };
  }
  const byNumber = new Map<number, Clause[]>();
  for (const c of doc.clauses) byNumber.set(c.number, [...(byNumber.get(c.number) ?? []), c]);
  return (n, chapter, from) => {
    const ch = chapter === 'this' ? from?.chapter : chapter;
    const all = byNumber.get(n) ?? [];
    const cs = ch === undefined ? all : all.filter((c) => c.chapter === ch);
    const one = cs.length === 1 ? cs[0] : undefined;
    if (one) return { clause: one };
    if (cs.length === 0) return { missing: true };
    const own = from ? cs.find((c) => c.chapter === from.chapter) : undefined;
    return own && own === doc.clauses[n - 1] ? { clause: own } : { several: cs };
  };
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** «1 және 3-тарауларда», «в главах 1 и 3», «in chapters 1 and 3». */
const chaptersIn = (cs: readonly Clause[]): Text3 => {
  const ks = cs.map((c) => c.chapter ?? 0);
  const list = (and: string): string => (ks.length > 1 ? `${ks.slice(0, -1).join(', ')} ${and} ${ks[ks.length - 1]}` : `${ks[0]}`);
  return t3(`${list('және')}-тарауларда`, `в главах ${list('и')}`, `in chapters ${list('and')}`);
};

/** A reference whose clause number is in several chapters and which names none: said, not checked. */
function ambiguous(ref: Reference, n: number, several: readonly Clause[], from: Clause | null, path: string, place: Place): Finding {
  const where = chaptersIn(several);
  const self = from && several.includes(from)
    ? t3(' (бірі — сілтеме жасайтын тармақтың өзі)', ' (один из них — сам ссылающийся пункт)', ' (one of them is the referring clause itself)')
    : t3('', '', '');
  const k = several[0]?.chapter ?? 1;
  return finding('draft/reference-ambiguous', 'warning',
    t3(`«${ref.raw}» сілтемесі қай тармақты меңзейтінін айтпайды: тармақтар әр тарауда қайтадан нөмірленген, ал ${n}-тармақ ${where.kk} бар${self.kk}. Тарауы аталмаған сілтеме өз тарауының тармағы деп оқылады, тек ол бүкіл әдістеме бойынша санағанда да ${n}-тармақ болса; мұнда олай емес, сондықтан сілтеме тексерілмеді: тарауын атаңыз («${k}-тараудың ${n}-тармағы») немесе тармақтарды бүкіл әдістеме бойынша нөмірлеңіз`,
      `Ссылка «${ref.raw}» не говорит, какой пункт имеется в виду: пункты пронумерованы заново в каждой главе, а пункт ${n} есть ${where.ru}${self.ru}. Ссылка без главы читается как пункт своей главы, только если он и при сквозном счёте пункт ${n}; здесь это не так, поэтому ссылка не проверена: укажите главу («пункт ${n} главы ${k}») или пронумеруйте пункты сквозной нумерацией через всю методику`,
      `«${ref.raw}» does not say which clause it means: the clauses are numbered again in each chapter, and there is a clause ${n} ${where.en}${self.en}. A reference naming no chapter is read as its own chapter's clause only when that clause is also clause ${n} counted through the methodology; here it is not, so the reference was not checked: name the chapter («clause ${n} of chapter ${k}») or number the clauses through the methodology`),
    path, place, { facts: { clause: n, chapters: several.map((c) => c.chapter ?? null), ...(from ? { from: from.number, ...chapterFact(from, true, 'fromChapter') } : {}) } });
}

/**
 * A reference to a clause that is not there. With the chapter the text names, in a draft numbered again
 * in each chapter, the clause is named with it («clause 5 of chapter 2»); otherwise as before.
 */
function missingClause(ref: Reference, n: number, chapter: Reference['chapter'], from: Clause | null, path: string, place: Place, more: Record<string, unknown>): Finding {
  const ch = chapter === 'this' ? from?.chapter : chapter;
  if (ch === undefined) {
    return finding('draft/clause-missing', 'error',
      t3(`«${ref.raw}» сілтемесі жоқ ${n}-тармаққа нұсқайды`, `Ссылка «${ref.raw}» указывает на несуществующий пункт ${n}`, `«${ref.raw}» refers to clause ${n}, which does not exist`),
      path, place, { facts: { clause: n, ...more } });
  }
  const name = clauseName({ number: n, chapter: ch }, true, 'dat');
  return finding('draft/clause-missing', 'error',
    t3(`«${ref.raw}» сілтемесі ${name.kk} нұсқайды, ал ондай тармақ жоқ`, `Ссылка «${ref.raw}» указывает на несуществующий ${name.ru}`, `«${ref.raw}» refers to ${name.en}, which does not exist`),
    path, place, { facts: { clause: n, chapter: ch, ...more } });
}

/** The «N.k.» numbers a clause's paragraphs show («6.1.», «6.2.»: LibreOffice's second list level; «6.1)», a draft's sub-points). */
const partsOf = (c: Clause): number[] => {
  const re = new RegExp(`^${c.number}\\.(\\d{1,3})[.)]?(?:\\s|$)`, 'u');
  return c.paragraphs.flatMap((p) => {
    const m = re.exec(p.text);
    return m ? [Number(m[1])] : [];
  });
};

/**
 * «пункт 6.1» / «6.1-тармақ» to a part clause 6 does not number so. The model numbers no part of a clause
 * «N.k.» (its clauses are «N.», their sub-clauses «N)», their parts unnumbered), so such a reference can only
 * mean the paragraph the draft itself numbers «6.1.»: checked against those (docs/draft.md § 2).
 */
function missingPart(ref: Reference, c: Clause, part: number, path: string, place: Place): Finding | null {
  const parts = partsOf(c);
  if (parts.includes(part)) return null;
  const label = `${c.number}.${part}`;
  const has = parts.length > 0
    ? t3(` (оның бөліктері: ${parts.map((k) => `${c.number}.${k}`).join(', ')})`, ` (в нём есть: ${parts.map((k) => `${c.number}.${k}`).join(', ')})`, ` (it has ${parts.map((k) => `${c.number}.${k}`).join(', ')})`)
    : t3(' (оның бөліктері нөмірленбеген)', ' (его части не пронумерованы)', ' (its parts are not numbered)');
  return finding('draft/clause-missing', 'error',
    t3(`«${ref.raw}» сілтемесі жоқ ${label}-тармаққа нұсқайды: жобаның ${c.number}-тармағында ${label} деп нөмірленген абзац жоқ${has.kk}`,
      `Ссылка «${ref.raw}» указывает на несуществующий пункт ${label}: в пункте ${c.number} проекта нет абзаца с номером ${label}${has.ru}`,
      `«${ref.raw}» refers to clause ${label}, which does not exist: the draft's clause ${c.number} has no paragraph numbered ${label}${has.en}`),
    path, place, { facts: { clause: c.number, part, parts } });
}

/**
 * How many parts (бөлік, часть) a clause may have, for a reference that names one by its place («бірінші бөлігі»,
 * «части второй»). A part is a paragraph of the clause, its sub-clauses with the part that lists them (Law No. 480-V
 * on legal acts reads a clause so). Counted here as every paragraph the clause holds — its first, the others, its
 * tables and the paragraphs inside its sub-clauses — which is never fewer than its parts (a sentence broken over two
 * paragraphs, or a list typed as paragraphs, counts more): a reference is said missing only when the clause has fewer
 * paragraphs than the part it names, so no part the clause has is ever said missing (docs/draft.md § 2).
 */
const paragraphCount = (c: Clause): number =>
  1 + c.paragraphs.length + (c.tables?.length ?? 0) + c.subClauses.reduce((n, s) => n + s.paragraphs.length, 0);

/** «6-тармақтың үшінші бөлігі» / «части третьей пункта 6» where clause 6 has fewer paragraphs than three. */
function missingNthPart(ref: Reference, c: Clause, nth: number, named: boolean, path: string, place: Place): Finding | null {
  const count = paragraphCount(c);
  if (nth <= count) return null;
  const no = clauseNo(c, named);
  return finding('draft/clause-missing', 'error',
    t3(`«${ref.raw}» сілтемесі жоқ бөлікке нұсқайды: ${clauseName(c, named, 'loc').kk} ${nth}-бөлік жоқ, онда барлығы ${count} абзац бар`,
      `Ссылка «${ref.raw}» указывает на несуществующую часть ${nth} пункта ${no.ru}: абзацев в нём всего ${count}`,
      `«${ref.raw}» refers to part ${nth} of clause ${no.en}, which does not exist: the clause has ${count} paragraph${count === 1 ? '' : 's'} in all`),
    path, place, { facts: { clause: c.number, ...chapterFact(c, named), nthPart: nth, paragraphs: count } });
}

/**
 * «пункта 6 части 2», «п. 6 ч. 2», «2-бөлігінің 6-тармағы»: clause 6 of a part 2, read in each language's drafting order
 * (Russian names the smaller unit first, «части 2 пункта 6»; Kazakh the larger, «6-тармағының 2-бөлігі», as act 002
 * writes «3-тармағының үшінші бөлігінде»). A methodology's parts are inside its clauses, so no clause is inside a part:
 * told, with the order that names part 2 of clause 6, and not checked against either reading.
 */
function clauseInPart(ref: Reference, n: number, inPart: { part: number; fix: string }, path: string, place: Place): Finding {
  const k = inPart.part;
  return finding('draft/reference-order', 'warning',
    t3(`«${ref.raw}» сілтемесі ${k}-бөліктің ${n}-тармағын атайды, ал әдістемеде бөлік тармақтың ішінде болады, тармақ бөліктің ішінде болмайды; сілтеме тексерілмеді. ${n}-тармақтың ${k}-бөлігі меңзелсе, «${inPart.fix}» деп жазыңыз`,
      `Ссылка «${ref.raw}» называет пункт ${n} части ${k}, но в методике часть входит в пункт, а не пункт в часть; ссылка не проверена. Если имеется в виду часть ${k} пункта ${n}, напишите «${inPart.fix}»`,
      `«${ref.raw}» names clause ${n} of part ${k}, but in a methodology a part is inside a clause, not a clause inside a part; the reference was not checked. If part ${k} of clause ${n} is meant, write «${inPart.fix}»`),
    path, place, { facts: { clause: n, inPart: k, suggested: inPart.fix } });
}

/**
 * The clauses inside a range («5–7-тармақтарында»: 6) that are not there. Its ends are checked as any clause; a run of
 * missing clauses that reaches the end is told once, by the end («пунктов 5–30» in a draft of 24 clauses: clause 30), so
 * only a gap the range spans is told here (a draft numbered 5, 7: clause 6).
 */
function missingBetween(ref: Reference, between: readonly number[], missing: (n: number) => boolean, named: boolean, from: Clause | null, path: string, place: Place): Finding[] {
  const last = ref.numbers[ref.numbers.length - 1] ?? 0;
  let tail = missing(last);
  const gaps: number[] = [];
  for (let k = between.length - 1; k >= 0; k--) {
    const n = between[k] as number;
    if (n > last) continue;
    if (!missing(n)) tail = false;
    else if (!tail) gaps.unshift(n);
  }
  return gaps.map((n) => missingClause(ref, n, named ? ref.chapter : undefined, from, path, place, { range: [ref.numbers[0], last] }));
}

function checkDocument(ctx: DraftContext, doc: AttachedDocument, d: number): Finding[] {
  const out: Finding[] = [];
  const appendixNumbers = new Set(doc.appendices.map((a) => a.number).filter((n): n is number => n !== null));
  // Clause numbers begun again in each chapter: a number alone may name several clauses (`clauseResolver`).
  const named = numbersRepeat(doc);
  const resolve = clauseResolver(doc, named);
  const referenced = new Set<number>();
  for (const located of documentReferences(doc, d)) {
    const { span, clause, path } = located;
    // Where numbers repeat, the chapter the text names is part of what is quoted; numbered through, the reference as always.
    const ref = named && located.ref.whole ? { ...located.ref, ...located.ref.whole } : located.ref;
    const place = placeInSpan(ctx, span, ref.raw, ref.index);
    if (ref.kind === 'appendix') {
      for (const n of ref.numbers) {
        referenced.add(n);
        if (appendixNumbers.has(n) || doc.appendices.length === 0 && doc.clauses.length === 0) continue;
        out.push(finding('draft/appendix-missing', 'error',
          t3(`«${ref.raw}» сілтемесі жоқ ${n}-қосымшаға нұсқайды`, `Ссылка «${ref.raw}» указывает на несуществующее приложение ${n}`,
            `«${ref.raw}» refers to Appendix ${n}, which is not in the text`),
          path, place, { facts: { appendix: n, appendices: [...appendixNumbers] } }));
      }
    } else if (ref.kind === 'clause') {
      if (ref.inPart) {
        out.push(clauseInPart(ref, ref.numbers[0] ?? 0, ref.inPart, path, place));
        continue;
      }
      if (ref.numbers.length === 0) {
        // «осы тармақтың екінші бөлігі»: a part of the clause the reference is written in.
        const missing = clause && ref.nthPart !== undefined ? missingNthPart(ref, clause, ref.nthPart, named, path, place) : null;
        if (missing) out.push(missing);
        continue;
      }
      for (const n of ref.numbers) {
        const target = resolve(n, ref.chapter, clause);
        if (ref.part !== undefined && 'clause' in target) {
          // «пункт 6.1»: the paragraph of clause 6 that shows «6.1.» (another part of its own clause is no self-reference).
          const missing = missingPart(ref, target.clause, ref.part, path, place);
          if (missing) out.push(missing);
        } else if (ref.nthPart !== undefined && 'clause' in target) {
          // «6-тармақтың бірінші бөлігі»: a part of clause 6 (written in clause 6 itself, another of its parts).
          const missing = missingNthPart(ref, target.clause, ref.nthPart, named, path, place);
          if (missing) out.push(missing);
        } else if (clause && !ref.range && (named ? 'clause' in target && target.clause === clause : n === clause.number)) {
          const name = clauseName(clause, named, 'nom');
          out.push(finding('draft/reference-self', 'error',
            t3(`${capital(name.kk)} өзіне-өзі сілтеме жасайды: «${ref.raw}»`, `${capital(name.ru)} ссылается сам на себя: «${ref.raw}»`, `${capital(name.en)} refers to itself: «${ref.raw}»`),
            path, place, { facts: { clause: n, ...chapterFact(clause, named) } }));
        } else if ('several' in target) {
          out.push(ambiguous(ref, n, target.several, clause, path, place));
        } else if ('missing' in target && doc.clauses.length > 0) {
          out.push(missingClause(ref, n, named ? ref.chapter : undefined, clause, path, place,
            { lastClause: doc.clauses[doc.clauses.length - 1]?.number ?? null }));
        }
      }
      if (ref.between && doc.clauses.length > 0) out.push(...missingBetween(ref, ref.between, (n) => 'missing' in resolve(n, ref.chapter, clause), named, clause, path, place));
    } else {
      const target = ref.clause !== undefined ? resolve(ref.clause, ref.chapter, clause) : null;
      // A document with no clause read (numbered «1)» throughout: draft/clause-numbering) cannot say which exist.
      if (ref.clause !== undefined && target && 'missing' in target && doc.clauses.length > 0) {
        out.push(missingClause(ref, ref.clause, named ? ref.chapter : undefined, clause, path, place, {}));
        continue;
      }
      if (ref.clause !== undefined && target && 'several' in target) {
        out.push(ambiguous(ref, ref.clause, target.several, clause, path, place));
        continue;
      }
      const owner = target ? ('clause' in target ? target.clause : undefined) : clause;
      if (!owner) continue;
      for (const n of ref.numbers) {
        if (owner.subClauses.some((s) => s.number === n)) continue;
        const no = clauseNo(owner, named);
        out.push(finding('draft/subclause-missing', 'error',
          t3(`«${ref.raw}» сілтемесі ${clauseName(owner, named, 'loc').kk} жоқ ${n}) тармақшаға нұсқайды`,
            `Ссылка «${ref.raw}» указывает на подпункт ${n}) пункта ${no.ru}, которого нет`,
            `«${ref.raw}» refers to sub-clause ${n}) of clause ${no.en}, which does not exist`),
          path, place, { facts: { clause: owner.number, ...chapterFact(owner, named), subClause: n, subClauses: owner.subClauses.map((s) => s.number) } }));
      }
    }
  }
  doc.appendices.forEach((a, i) => {
    if (a.number === null || referenced.has(a.number)) return;
    out.push(finding('draft/appendix-unreferenced', 'warning',
      t3(`${a.number}-қосымшаға мәтінде сілтеме жоқ`, `На приложение ${a.number} нет ссылки в тексте`, `Appendix ${a.number} is never referred to in the text`),
      pointer('documents', d, 'appendices', i), a.place, { facts: { appendix: a.number } }));
  });
  return out;
}

export const referencesRule: DraftRule = {
  id: 'draft/appendix-missing',
  severity: 'error',
  description: t3('Қосымшаларға, тармақтар мен тармақшаларға сілтемелер бар нысанаға нұсқайды және өзіне-өзі нұсқамайды',
    'Ссылки на приложения, пункты и подпункты указывают на существующие элементы и не на самих себя',
    'References to appendices, clauses and sub-clauses point to something that exists, and not to themselves'),
  check(ctx) {
    return ctx.act.documents.flatMap((doc, d) => (doc.clauses.length === 0 && doc.appendices.length === 0 ? [] : checkDocument(ctx, doc, d)));
  },
};
