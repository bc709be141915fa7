/**
 * The structure of a Kazakh legal act that approves a methodology, as read from draft Markdown.
 * Every node keeps where it starts in the draft (line, column, 1-based).
 */
import type { Place } from '../law/finding.js';

/** A run of text with where it starts; `offset` is the position of `text` in the Markdown source. */
export interface TextSpan {
  text: string;
  place: Place;
  offset: number;
}

/** Sub-clause (тармақша), «1)». */
export interface SubClause {
  number: number;
  place: Place;
  text: TextSpan;
  /** Paragraphs inside the sub-clause (nested lists or continuation paragraphs). */
  paragraphs: TextSpan[];
}

/** Clause (тармақ), «1.», with its paragraphs (бөлік) and sub-clauses. */
export interface Clause {
  number: number;
  place: Place;
  /** The first paragraph (the clause's own text after «N.»). */
  text: TextSpan;
  /** Further paragraphs (parts, бөліктер) of the clause. */
  paragraphs: TextSpan[];
  subClauses: SubClause[];
  /** Tables written inside the clause (e.g. grade bands as a table); also in the document's `tables`. */
  tables?: Table[];
  /** Chapter number the clause sits in, when any. */
  chapter?: number;
  /** That chapter's number as its author wrote it, when not in digits («II»): findings name the chapter so. */
  chapterNumeral?: string;
}

/** Chapter (тарау), «1-тарау. Жалпы ережелер». */
export interface Chapter {
  number: number;
  /** The number as the author wrote it, when not in digits («Глава II», «II тарау»): findings name the chapter so. */
  numeral?: string;
  title: string;
  place: Place;
}

export interface Table {
  place: Place;
  /** Rows of cells, the header row first; each cell with its place. */
  rows: TextSpan[][];
}

/** Appendix (қосымша) of a methodology, «1-қосымша», with its stamp, «Нысан» label, caption and tables. */
export interface Appendix {
  /** null when the heading carries no number (the label is missing). */
  number: number | null;
  place: Place;
  stamp: TextSpan[];
  /** The «Нысан» (form) label, when there is one. */
  formLabel?: Place;
  caption?: TextSpan;
  tables: Table[];
  /** All other text of the appendix. */
  text: TextSpan[];
}

/** A document attached to the order: the approved methodology, or an annex to the order itself. */
export interface AttachedDocument {
  title: TextSpan | null;
  place: Place;
  /** The approval stamp («… бұйрығымен бекітілген») or the annex stamp. */
  stamp: TextSpan[];
  chapters: Chapter[];
  clauses: Clause[];
  appendices: Appendix[];
  /** Tables outside appendices (e.g. a grade table inside a clause). */
  tables: Table[];
  /** Text outside clauses (e.g. a list of repealed orders in an annex to the order). */
  text: TextSpan[];
}

/** Operative point of the order (бұйрықтың тармағы). */
export interface OperativePoint {
  number: number;
  place: Place;
  text: TextSpan;
  subPoints: SubClause[];
  paragraphs: TextSpan[];
}

export interface DraftAct {
  title: TextSpan | null;
  /** Paragraphs before the operative words: requisites and the preamble with its legal basis. */
  preamble: TextSpan[];
  /** The paragraph that names the legal basis («… сәйкес»), when found. */
  legalBasis: TextSpan | null;
  /** The operative words («БҰЙЫРАМЫН:», «ШЕШТІ:» …), when found. */
  operativeMarker: TextSpan | null;
  operative: OperativePoint[];
  signature: TextSpan[];
  /** Attached documents: the methodology (one or more) and annexes to the order. */
  documents: AttachedDocument[];
  /** Editor's notes kept as HTML comments by the importer. */
  comments: TextSpan[];
}

/** Documents that hold a methodology: those with chapters or clauses or appendices of a methodology. */
export const methodologies = (act: DraftAct): AttachedDocument[] =>
  act.documents.filter((d) => d.chapters.length > 0 || d.clauses.length > 0 || d.appendices.length > 0);

/** Every text span of a clause, its own text first. */
export const clauseSpans = (c: Clause): TextSpan[] => [
  c.text,
  ...c.paragraphs,
  ...c.subClauses.flatMap((s) => [s.text, ...s.paragraphs]),
];

export const clauseText = (c: Clause): string => clauseSpans(c).map((s) => s.text).join('\n');

/**
 * A paragraph that stops mid-sentence: it ends with no «.», «;», «:», «!», «?» or «…» (closing quotes and
 * brackets aside) and the next paragraph of the same clause or sub-clause goes on in a small letter or a digit
 * («…танысқан күннен бастап» ↵ «бес жұмыс күні ішінде …»: Enter pressed inside a sentence in Word). The
 * sentence is read across the break, as a reader reads it.
 */
const stopsMidSentence = (text: string, next: string | undefined): boolean =>
  next !== undefined && !/[.;:!?…][»"“”'’)\]]*\s*$/u.test(text) && /\S\s*$/u.test(text) && /^[\p{Ll}\d]/u.test(next);

/**
 * A clause cut into sentences at «.», «;» and «:», each with its span and its offset in that span (the Kazakh
 * and the Russian comparison both read clauses so). A sentence split across two paragraphs of the clause
 * (`stopsMidSentence`) is one sentence, held by the paragraph it begins in.
 */
export function clauseSentences(c: Clause): Array<{ text: string; span: TextSpan; index: number }> {
  const out: Array<{ text: string; span: TextSpan; index: number }> = [];
  const runs = [[c.text, ...c.paragraphs], ...c.subClauses.map((s) => [s.text, ...s.paragraphs])];
  for (const run of runs) {
    let carry: { text: string; span: TextSpan; index: number } | null = null;
    run.forEach((span, k) => {
      let from = 0;
      const pieces = span.text.split(/(?<=[.;:])\s+/);
      pieces.forEach((text, i) => {
        const index = span.text.indexOf(text, from);
        from = index + text.length;
        if (carry && i === 0) {
          carry.text += ` ${text}`;
          if (pieces.length > 1 || !stopsMidSentence(span.text, run[k + 1]?.text)) carry = null;
          return;
        }
        const sentence = { text, span, index };
        out.push(sentence);
        if (i === pieces.length - 1 && stopsMidSentence(span.text, run[k + 1]?.text)) carry = sentence;
      });
    });
  }
  return out;
}
