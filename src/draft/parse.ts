/**
 * Parse draft Markdown into the structure of a Kazakh legal act (see `act.ts`).
 *
 * Markdown conventions (docs/draft.md has the full list with an example):
 * - `# …` the act's title (тақырып);
 * - paragraphs up to the one with the operative words («БҰЙЫРАМЫН:», «ШЕШТІ:», «ШЕШІМ ҚАБЫЛДАДЫ:» …)
 *   are the requisites and the preamble; the paragraph that says «… сәйкес» is the legal basis;
 * - an ordered list `1.` after it holds the operative points, `1)` lists their sub-points;
 * - a block quote after the points is the signature;
 * - `## …` starts an attached document (the approved methodology, or an annex to the order) and the
 *   block quote right after it is its stamp («… бұйрығымен бекітілген»);
 * - `### N-тарау. …` a chapter; `N.` list items are clauses (тармақ), `N)` list items sub-clauses
 *   (тармақша) of the clause before them, other paragraphs are parts (бөлік) of the clause before them;
 * - `### N-қосымша` an appendix of the methodology: a block quote after it is its stamp, a paragraph
 *   «Нысан» its form label, `#### …` its caption, GFM tables its tables.
 * Numbers are read from the source text, not from the list's running count, so gaps and duplicates
 * written by the author stay visible.
 *
 * Pure: string in, structure out.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Blockquote, Heading, List, ListItem, Nodes, Paragraph, Root, RootContent, Table as MdTable } from 'mdast';
import type { Place } from '../law/finding.js';
import type { AttachedDocument, Appendix, Chapter, Clause, DraftAct, OperativePoint, SubClause, Table, TextSpan } from './act.js';
import { OPERATIVE_MARKERS } from './import.js';

const processor = unified().use(remarkParse).use(remarkGfm);

/** Plain text of a node (soft breaks as spaces, hard breaks as new lines). */
export function nodeText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.type === 'html' ? '' : node.value;
  if (node.type === 'break') return '\n';
  if ('children' in node) return (node.children as Nodes[]).map(nodeText).join(node.type === 'list' || node.type === 'blockquote' ? '\n' : '');
  return '';
}

const placeOf = (node: Nodes): Place => ({
  line: node.position?.start.line ?? 1,
  column: node.position?.start.column ?? 1,
});

const span = (node: Nodes, text = nodeText(node).replace(/[ \t]*\n[ \t]*/g, '\n').trim()): TextSpan => ({
  text,
  place: placeOf(node),
  offset: node.position?.start.offset ?? 0,
});

const CHAPTER_HEADING = /^(\d+)\s*-\s*тарау\.?\s*(.*)$/su;
const APPENDIX_HEADING = /^(?:(\d+)\s*-\s*)?қосымша(?!\p{L})/u;
const MARKER_RE = new RegExp(`(${OPERATIVE_MARKERS.map((m) => m.replace(/ /g, '\\s+')).join('|')})`, 'u');

/** The number and delimiter of a list item as written («3.», «2)»). */
function itemNumber(item: ListItem, source: string): { n: number; delim: '.' | ')' } {
  const start = item.position?.start.offset ?? 0;
  const m = /^\s*(\d{1,9})([.)])/.exec(source.slice(start, start + 16));
  return m ? { n: Number(m[1]), delim: m[2] as '.' | ')' } : { n: NaN, delim: '.' };
}

function emptyDoc(title: TextSpan | null, place: Place): AttachedDocument {
  return { title, place, stamp: [], chapters: [], clauses: [], appendices: [], tables: [], text: [] };
}

function tableOf(node: MdTable): Table {
  return { place: placeOf(node), rows: node.children.map((row) => row.children.map((cell) => span(cell))) };
}

/** An item's first paragraph and the rest, with nested `1)` lists as sub-clauses. */
function readItem(item: ListItem, source: string): { text: TextSpan; paragraphs: TextSpan[]; subs: SubClause[] } {
  const [first, ...rest] = item.children;
  const text = first ? span(first) : span(item, '');
  const paragraphs: TextSpan[] = [];
  const subs: SubClause[] = [];
  for (const child of rest) {
    if (child.type === 'list') {
      for (const sub of child.children) {
        const { n } = itemNumber(sub, source);
        if (child.ordered) {
          const inner = readItem(sub, source);
          subs.push({ number: n, place: placeOf(sub), text: inner.text, paragraphs: inner.paragraphs });
        } else paragraphs.push(span(sub));
      }
    } else paragraphs.push(span(child));
  }
  return { text, paragraphs, subs };
}

/** Parse draft Markdown. */
export function parseDraft(markdown: string): DraftAct {
  const tree = processor.parse(markdown) as Root;
  const act: DraftAct = {
    title: null, preamble: [], legalBasis: null, operativeMarker: null, operative: [], signature: [], documents: [], comments: [],
  };
  let doc: AttachedDocument | null = null;
  let appendix: Appendix | null = null;
  let chapter: Chapter | null = null;
  let lastClause: Clause | null = null;
  let lastSub: SubClause | null = null;

  const currentDoc = (node: Nodes): AttachedDocument => {
    if (!doc) {
      doc = emptyDoc(null, placeOf(node));
      act.documents.push(doc);
    }
    return doc;
  };
  const addOrderText = (s: TextSpan): void => {
    const point = act.operative[act.operative.length - 1];
    if (point) point.paragraphs.push(s);
    else act.preamble.push(s);
  };

  for (const node of tree.children as RootContent[]) {
    if (node.type === 'html') {
      const m = /^<!--\s*([\s\S]*?)\s*-->$/.exec(node.value.trim());
      if (m) act.comments.push({ text: m[1] as string, place: placeOf(node), offset: node.position?.start.offset ?? 0 });
      continue;
    }
    if (node.type === 'heading') {
      const h = node as Heading;
      const s = span(h);
      if (h.depth === 1 && !act.title && !doc) {
        act.title = s;
        continue;
      }
      if (h.depth <= 2) {
        doc = emptyDoc(s, s.place);
        act.documents.push(doc);
        appendix = null;
        chapter = null;
        lastClause = null;
        lastSub = null;
        continue;
      }
      const ch = CHAPTER_HEADING.exec(s.text);
      const ap = APPENDIX_HEADING.exec(s.text);
      if (h.depth === 3 && ch) {
        chapter = { number: Number(ch[1]), title: (ch[2] as string).trim(), place: s.place };
        currentDoc(h).chapters.push(chapter);
        appendix = null;
        lastClause = null;
        lastSub = null;
        continue;
      }
      if (h.depth === 3 && ap) {
        appendix = { number: ap[1] ? Number(ap[1]) : null, place: s.place, stamp: [], tables: [], text: [] };
        currentDoc(h).appendices.push(appendix);
        lastClause = null;
        lastSub = null;
        continue;
      }
      if (appendix) {
        if (!appendix.caption) appendix.caption = s;
        else appendix.text.push(s);
      } else if (doc) doc.text.push(s);
      else addOrderText(s);
      continue;
    }
    if (node.type === 'blockquote') {
      const lines = (node as Blockquote).children.map((c) => span(c));
      if (appendix) {
        if (appendix.stamp.length === 0 && appendix.tables.length === 0 && appendix.text.length === 0) appendix.stamp = lines;
        else appendix.text.push(...lines);
      } else if (doc) {
        if (doc.stamp.length === 0 && doc.clauses.length === 0 && doc.chapters.length === 0) doc.stamp = lines;
        else doc.text.push(...lines);
      } else act.signature.push(...lines);
      continue;
    }
    if (node.type === 'table') {
      const t = tableOf(node as MdTable);
      if (appendix) appendix.tables.push(t);
      else currentDoc(node).tables.push(t);
      continue;
    }
    if (node.type === 'list') {
      const list = node as List;
      for (const item of list.children) {
        const { n, delim } = itemNumber(item, markdown);
        const { text, paragraphs, subs } = readItem(item, markdown);
        if (appendix) {
          appendix.text.push(text, ...paragraphs, ...subs.flatMap((x) => [x.text, ...x.paragraphs]));
          continue;
        }
        if (!list.ordered) {
          const target = lastSub ?? lastClause;
          if (target) target.paragraphs.push(text, ...paragraphs);
          else if (doc) doc.text.push(text, ...paragraphs);
          else addOrderText(text);
          continue;
        }
        if (!doc) {
          if (delim === '.') {
            const point: OperativePoint = { number: n, place: placeOf(item), text, subPoints: subs, paragraphs };
            act.operative.push(point);
          } else {
            const point = act.operative[act.operative.length - 1];
            if (point) point.subPoints.push({ number: n, place: placeOf(item), text, paragraphs });
            else act.preamble.push(text);
          }
          continue;
        }
        if (delim === '.') {
          lastClause = { number: n, place: placeOf(item), text, paragraphs, subClauses: subs, ...(chapter ? { chapter: chapter.number } : {}) };
          lastSub = null;
          doc.clauses.push(lastClause);
        } else if (lastClause) {
          lastSub = { number: n, place: placeOf(item), text, paragraphs };
          lastClause.subClauses.push(lastSub);
        } else doc.text.push(text);
      }
      continue;
    }
    if (node.type === 'paragraph') {
      const s = span(node as Paragraph);
      if (appendix) {
        if (s.text === 'Нысан') appendix.formLabel = s.place;
        else appendix.text.push(s);
        continue;
      }
      if (doc) {
        // A paragraph after sub-clauses is still a part of the clause (e.g. «Бұл ретте …»).
        if (lastClause) lastClause.paragraphs.push(s);
        else doc.text.push(s);
        continue;
      }
      if (!act.operativeMarker && act.operative.length === 0 && MARKER_RE.test(s.text)) {
        act.operativeMarker = s;
        act.preamble.push(s);
        if (/сәйкес|негізінде/u.test(s.text)) act.legalBasis = s;
        continue;
      }
      if (act.operative.length === 0 && /сәйкес|негізінде/u.test(s.text) && !/тіркелді/u.test(s.text)) act.legalBasis = s;
      addOrderText(s);
      continue;
    }
    // Anything else (code, thematic breaks …) is kept as text where it stands.
    const s = span(node as Nodes);
    if (s.text === '') continue;
    if (appendix) appendix.text.push(s);
    else if (doc) doc.text.push(s);
    else addOrderText(s);
  }
  return act;
}
