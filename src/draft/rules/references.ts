/**
 * Cross-references inside a methodology must land somewhere: an appendix, a clause or a sub-clause
 * that exists, and not the clause that makes the reference (act 004 cl. 5 «5-тармақта белгіленген
 * мерзімдерде», meant cl. 4). Every appendix should be referred to from the text (act 000 refers to an
 * Appendix 2 that is not there, act 001 to an Appendix 5 that is not there).
 */
import { t3, type Finding } from '../../law/finding.js';
import { pointer } from '../../law/json-pointer.js';
import type { AttachedDocument, Clause, TextSpan } from '../act.js';
import { clauseSpans } from '../act.js';
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

function checkDocument(ctx: DraftContext, doc: AttachedDocument, d: number): Finding[] {
  const out: Finding[] = [];
  const appendixNumbers = new Set(doc.appendices.map((a) => a.number).filter((n): n is number => n !== null));
  const clauses = new Map(doc.clauses.map((c) => [c.number, c]));
  const referenced = new Set<number>();
  for (const { ref, span, clause, path } of documentReferences(doc, d)) {
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
      for (const n of ref.numbers) {
        if (clause && n === clause.number) {
          out.push(finding('draft/reference-self', 'error',
            t3(`${n}-тармақ өзіне-өзі сілтеме жасайды: «${ref.raw}»`, `Пункт ${n} ссылается сам на себя: «${ref.raw}»`, `Clause ${n} refers to itself: «${ref.raw}»`),
            path, place, { facts: { clause: n } }));
        } else if (!clauses.has(n) && doc.clauses.length > 0) {
          out.push(finding('draft/clause-missing', 'error',
            t3(`«${ref.raw}» сілтемесі жоқ ${n}-тармаққа нұсқайды`, `Ссылка «${ref.raw}» указывает на несуществующий пункт ${n}`, `«${ref.raw}» refers to clause ${n}, which does not exist`),
            path, place, { facts: { clause: n, lastClause: doc.clauses[doc.clauses.length - 1]?.number ?? null } }));
        }
      }
    } else {
      const owner = ref.clause !== undefined ? clauses.get(ref.clause) : clause;
      // A document with no clause read (numbered «1)» throughout: draft/clause-numbering) cannot say which exist.
      if (ref.clause !== undefined && !owner && doc.clauses.length > 0) {
        out.push(finding('draft/clause-missing', 'error',
          t3(`«${ref.raw}» сілтемесі жоқ ${ref.clause}-тармаққа нұсқайды`, `Ссылка «${ref.raw}» указывает на несуществующий пункт ${ref.clause}`, `«${ref.raw}» refers to clause ${ref.clause}, which does not exist`),
          path, place, { facts: { clause: ref.clause } }));
        continue;
      }
      if (!owner) continue;
      for (const n of ref.numbers) {
        if (owner.subClauses.some((s) => s.number === n)) continue;
        out.push(finding('draft/subclause-missing', 'error',
          t3(`«${ref.raw}» сілтемесі ${owner.number}-тармақта жоқ ${n}) тармақшаға нұсқайды`,
            `Ссылка «${ref.raw}» указывает на подпункт ${n}) пункта ${owner.number}, которого нет`,
            `«${ref.raw}» refers to sub-clause ${n}) of clause ${owner.number}, which does not exist`),
          path, place, { facts: { clause: owner.number, subClause: n, subClauses: owner.subClauses.map((s) => s.number) } }));
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
