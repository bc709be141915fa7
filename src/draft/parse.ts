/**
 * Parse draft Markdown into the structure of a Kazakh legal act (see `act.ts`).
 *
 * The structure is read from the words of the law, not from the Markdown the author happened to use
 * (docs/draft.md § 1): «N-тарау» is a chapter, «N.» a clause (тармақ), «N)» a sub-clause (тармақша),
 * «N-қосымша» an appendix, «Нысан» a form label, «БҰЙЫРАМЫН:» / «ШЕШТІ:» / «ШЕШІМ ҚАБЫЛДАДЫ:» … the
 * operative words — whether they are written as headings of any level, bold paragraphs, escaped
 * text (`1\.`), plain paragraphs or Markdown lists. Markdown only decides what cannot be read from the
 * words: a heading (or a paragraph in bold) that is not a chapter or an appendix is the order's title
 * first, then the title of an attached document (the methodology, an annex to the order) or an
 * appendix's caption; a block quote right after a title is its stamp; GFM tables are tables.
 *
 * Numbers are read from the source text, not from a Markdown list's running count, so gaps and
 * duplicates written by the author stay visible — except a list that writes one number on every item
 * («1. 1. 1.», `lazyNumbering`), which every reader of it sees counted.
 *
 * Pure: string in, structure out. The caller bounds the input first (`limits.ts`): micromark and
 * the walk below are only given Markdown whose nesting is bounded.
 */
import type { Blockquote, Heading, List, ListItem, Nodes, Paragraph, Root, RootContent, Table as MdTable } from 'mdast';
import type { Place } from '../law/finding.js';
import type { AttachedDocument, Appendix, Chapter, Clause, DraftAct, OperativePoint, SubClause, Table, TextSpan } from './act.js';
import { chapterHeading } from './chapter-heading.js';
import { OPERATIVE_MARKERS } from './import.js';
import { fastParse } from './fast-markdown.js';
import { PropertyRegExp } from './narrow-regexp.js';
import { isSignatureTable, SHORT as signatureLine, signatureLength } from './signature.js';

/** The full reader (micromark), set by `check.ts` or loaded by the command when a draft needs it. */
let fullReader: ((markdown: string) => Root) | null = null;
export function setFullReader(reader: (markdown: string) => Root): void {
  fullReader = reader;
}

/** The last draft read by the linear reader (the command asks first whether a draft needs the full one). */
let lastFast: { markdown: string; tree: Root | null } | null = null;
function fastTree(markdown: string): Root | null {
  if (lastFast?.markdown !== markdown) lastFast = { markdown, tree: fastParse(markdown) };
  return lastFast.tree;
}

/** Whether reading this draft needs the full reader and it is not there yet. */
export const needsFullReader = (markdown: string): boolean => !fullReader && fastTree(markdown) === null;

function fullTree(markdown: string): Root {
  if (!fullReader) throw new Error('the full Markdown reader is not loaded (import src/draft/check.js)');
  return fullReader(markdown);
}

/** Plain text of a node (soft breaks as spaces, hard breaks as new lines). Iterative: depth is not a stack risk. */
export function nodeText(root: Nodes): string {
  let out = '';
  const stack: Array<Nodes | string> = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes | string;
    if (typeof node === 'string') {
      out += node;
      continue;
    }
    if ('value' in node && typeof node.value === 'string') {
      if (node.type !== 'html') out += node.value;
      continue;
    }
    if (node.type === 'break') {
      out += '\n';
      continue;
    }
    if ('children' in node) {
      const kids = node.children as Nodes[];
      const sep = node.type === 'list' || node.type === 'blockquote' ? '\n' : '';
      for (let i = kids.length - 1; i >= 0; i--) {
        stack.push(kids[i] as Nodes);
        if (sep && i > 0) stack.push(sep);
      }
    }
  }
  return out;
}

const placeOf = (node: Nodes): Place => ({
  line: node.position?.start.line ?? 1,
  column: node.position?.start.column ?? 1,
});

const tidy = (text: string): string => text.replace(/[ \t]*\n[ \t]*/g, '\n').trim();

const span = (node: Nodes, text = tidy(nodeText(node))): TextSpan => ({
  text,
  place: placeOf(node),
  offset: node.position?.start.offset ?? 0,
});

/** «1-қосымша» (or «қосымша» alone: the number is missing), as a heading. */
const APPENDIX_HEADING = new PropertyRegExp(String.raw`^(?:(\d{1,4})\s*-\s*)?қосымша(?!\p{L})`, 'u');
/** A stamp whose last line is «N-қосымша» («… әдістемесіне 1-қосымша»). */
const APPENDIX_STAMP = /(?:^|\s)(\d{1,4})\s*-\s*қосымша\s*$/u;
/** A paragraph that is an appendix label and nothing else («2-қосымша», «Приложение 2»). */
const APPENDIX_LABEL_ONLY = /^\s*(?:\d{1,4}\s*-\s*қосымша|Приложение\s+(?:№\s*)?\d{1,4})\s*$/iu;
/** The methodology named in a stamp («… Әдістемесіне», «… әдістемеге», «к Методике …»). */
const METHODOLOGY_WORD = /әдістеме|методик/iu;
/*
 * A draft in Russian (the official language the author may write first) says the same with other words:
 * «Глава 1. Общие положения» is a chapter; «Приложение 1» (as a heading, or a stamp that begins with it:
 * «Приложение 1↵к Методике оценки …») an appendix of the methodology, and «Приложение 1 к приказу» an
 * annex to the order. Letters are spelt out (no \p{L}: see narrow-regexp.ts).
 */
const RU_APPENDIX_HEADING = /^приложение(?:\s+(?:№\s*)?(\d{1,4}))?(?![0-9A-Za-zА-Яа-яЁё])/iu;
const RU_APPENDIX_STAMP = /^приложение\s+(?:№\s*)?(\d{1,4})\s*(?:$|\n|\s+к\s)/iu;
const RU_ORDER_ANNEX = /^приложение(?:\s+(?:№\s*)?\d{1,4})?\s+к\s+(?:приказу|решению|постановлению|распоряжению)/iu;
/** A chapter's number and title, in Kazakh or Russian words (`chapter-heading.ts`). */
const chapterOf = (text: string): [number, string, string] | null => {
  const h = chapterHeading(text);
  return h ? [h.number, h.title, h.numeral] : null;
};
/** A clause's chapter: its number, and the author's numeral when not in digits. */
const chapterOfClause = (c: Chapter): Pick<Clause, 'chapter' | 'chapterNumeral'> =>
  (c.numeral === undefined ? { chapter: c.number } : { chapter: c.number, chapterNumeral: c.numeral });
/** A stamp of an annex to the order itself («Бұйрыққа 2-қосымша») rather than of a methodology's appendix. */
const ORDER_ANNEX_STAMP = new PropertyRegExp(String.raw`(?:бұйры[қғ]|шешім|қаулы|өкім)\p{L}*\s*(?:\n\s*)?(?:\d{1,4}\s*-\s*)?қосымша\s*$`, 'iu');
const isOrderAnnexStamp = (text: string): boolean => ORDER_ANNEX_STAMP.test(text) || RU_ORDER_ANNEX.test(text);
/** A document of which nothing but its title and stamp has been read. */
const isEmptyDoc = (d: AttachedDocument): boolean =>
  d.chapters.length === 0 && d.clauses.length === 0 && d.appendices.length === 0 && d.tables.length === 0 && d.text.length === 0;
/**
 * «3.» or «2)» opening a paragraph (a clause or a sub-clause written without a Markdown list). The one
 * definition of how such a number is written: the numbering rule reads «N)» paragraphs with it too.
 */
const NUMBERED = /^(\d{1,9})\s?([.)])(?:\s+|$)/u;
/** The number and delimiter opening a text («3.» → 3 '.', «2)» → 2 ')'), as the parser reads them. */
export function openingNumber(text: string): { n: number; delim: '.' | ')' } | undefined {
  const m = NUMBERED.exec(text);
  return m ? { n: Number(m[1]), delim: m[2] as '.' | ')' } : undefined;
}
/**
 * A clause labelled in words, as some authors type it: «3-тармақ. Бағалау …», «п. 3. Оценка …»,
 * «Пункт 3. Оценка …» — the label, a full stop, and the clause's text from a capital letter, a digit or
 * a quotation mark (so that «п. 3 настоящей Методики …» opening a part stays text).
 */
const CLAUSE_LABEL = /^(?:(\d{1,9})\s*-\s*тармақ|[Пп]\.\s?(\d{1,9})|[Пп]ункт\s+(\d{1,9}))\.\s+(?=[0-9«"А-ЯЁӘҒҚҢӨҰҮҺІA-Z])/u;
const MARKER_RE = new RegExp(`(${OPERATIVE_MARKERS.map((m) => m.replace(/ /g, '\\s+')).join('|')})`, 'u');
/** The title of a methodology: it starts a document even where a heading of its level could be a caption. */
const KK_METHODOLOGY_TITLE = new PropertyRegExp(String.raw`әдістеме(?:сі|лік)?\s*$|әдістемесі(?!\p{L})`, 'iu');
/** «Методика оценки деятельности …» (not «Об утверждении Методики …», the order's title). */
const RU_METHODOLOGY_TITLE = /^методика(?![0-9A-Za-zА-Яа-яЁё])/iu;
const METHODOLOGY_TITLE = { test: (text: string): boolean => KK_METHODOLOGY_TITLE.test(text) || RU_METHODOLOGY_TITLE.test(text) };
/*
 * The operative words of an act written in Russian: «ПРИКАЗЫВАЮ:» (also «ПРИКАЗЫВАЮ :», spaced
 * «П Р И К А З Ы В А Ю:», «приказываю:»), a maslikhat's «РЕШИЛ:», an akimat's «ПОСТАНОВЛЯЕТ:», an akim's
 * «ПОСТАНОВЛЯЮ:» — the counterparts of БҰЙЫРАМЫН, ШЕШТІ, ҚАУЛЫ ЕТЕДІ, ҚАУЛЫ ЕТЕМІН. In capitals they are
 * the operative words with or without the colon; in small letters only with it («решил» is also a word).
 */
const RU_MARKER_CAPITALS = /(?<![А-Яа-яЁё])(?:П\s?Р\s?И\s?К\s?А\s?З\s?Ы\s?В\s?А\s?Ю|РЕШИЛ|ПОСТАНОВЛЯЕТ|ПОСТАНОВЛЯЮ)(?![А-Яа-яЁё])/u;
const RU_MARKER_COLON = /(?<![А-Яа-яЁё])(?:приказываю|решил|постановляет|постановляю)\s*:/iu;
const isOperativeMarker = (text: string): boolean => MARKER_RE.test(text) || RU_MARKER_CAPITALS.test(text) || RU_MARKER_COLON.test(text);
/** The legal basis of the order («… сәйкес», «… негізінде», «В соответствии с …», «На основании …»). */
const LEGAL_BASIS = /сәйкес|негізінде|[Вв]\s+соответствии\s+с|[Нн]а\s+основании/u;
/**
 * The registration line a published act carries above its preamble («… № 16745 болып тіркелді», «Зарегистрирован в
 * Министерстве юстиции Республики Казахстан …»): never the legal basis, whatever words it holds.
 */
const REGISTRATION = /тіркелді|(?<![А-Яа-яЁё])[Зз]арегистрирован[оа]?\s+в\s/u;

/**
 * One block of the draft as a reader sees it: a heading, a paragraph (a list item's first paragraph
 * with its number), a block quote, a table or a comment.
 */
interface Block {
  kind: 'heading' | 'para' | 'quote' | 'table' | 'html' | 'other';
  /** Heading level; 7 for a paragraph written wholly in bold (a heading by typography). */
  depth: number;
  node: Nodes;
  /** The text with its number removed, placed at the block. */
  span: TextSpan;
  /** «N.» or «N)» opening the block (from the list marker or the text). */
  number?: { n: number; delim: '.' | ')' };
  /** A paragraph that continues a list item (nested inside it), not a block of its own. */
  continuation: boolean;
}

/** The number and delimiter of a list item as written («3.», «2)»). */
function itemNumber(item: ListItem, source: string): { n: number; delim: '.' | ')' } | undefined {
  const start = item.position?.start.offset ?? 0;
  const m = /^\s*(\d{1,9})([.)])/.exec(source.slice(start, start + 16));
  return m ? { n: Number(m[1]), delim: m[2] as '.' | ')' } : undefined;
}

/**
 * A list written with one number on every item after the first («1. … 1. … 1.», «17. … 1. … 1.»: the habit Markdown
 * allows so that inserting a clause renumbers nothing): every Markdown reader shows it counted on from its first item
 * (CommonMark 0.31 § 5.3, «the numbers of subsequent list items are disregarded»), so it is read so. Our choice: only
 * where the repeated number is 1, or is the first item's own on three items or more — «5. … 5.» may be a clause typed
 * twice, and any other mix of numbers stays as written (a gap or repeat the author wrote stays visible).
 */
const lazyNumbering = (markers: ReadonlyArray<{ n: number } | undefined>): boolean => {
  const [first, ...rest] = markers;
  const r = rest[0]?.n;
  if (!first || r === undefined || !rest.every((m) => m !== undefined && m.n === r)) return false;
  return r === 1 || (r === first.n && markers.length >= 3);
};

/** A paragraph made of one bold (or bold italic) run: a heading by typography. */
function isBoldParagraph(p: Paragraph): boolean {
  const kids = p.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  return kids.length === 1 && (kids[0]?.type === 'strong' || (kids[0]?.type === 'emphasis' && kids[0].children.length === 1 && kids[0].children[0]?.type === 'strong'));
}

/** Split «3. Text» into its number and text (for paragraphs and headings written with the number as text). */
function numbered(s: TextSpan): { span: TextSpan; number?: { n: number; delim: '.' | ')' } } {
  const m = NUMBERED.exec(s.text);
  if (!m) {
    const w = CLAUSE_LABEL.exec(s.text);
    return w ? { span: { ...s, text: s.text.slice(w[0].length) }, number: { n: Number(w[1] ?? w[2] ?? w[3]), delim: '.' } } : { span: s };
  }
  return { span: { ...s, text: s.text.slice(m[0].length) }, number: { n: Number(m[1]), delim: m[2] as '.' | ')' } };
}

/** The draft's blocks in reading order: lists are opened, each item becoming a numbered block. */
function blocksOf(tree: Root, source: string): Block[] {
  const out: Block[] = [];
  // An explicit stack instead of recursion: nesting is bounded before parsing, but the walk must not care.
  type Entry = { node: RootContent; continuation: boolean } | { block: Block };
  const stack: Entry[] = [];
  const push = (nodes: RootContent[], continuation: boolean): void => {
    for (let i = nodes.length - 1; i >= 0; i--) stack.push({ node: nodes[i] as RootContent, continuation });
  };
  push(tree.children, false);
  while (stack.length > 0) {
    const entry = stack.pop() as Entry;
    if ('block' in entry) {
      out.push(entry.block);
      continue;
    }
    const { node, continuation } = entry;
    switch (node.type) {
      case 'html':
        out.push({ kind: 'html', depth: 0, node, span: span(node, node.value), continuation });
        break;
      case 'heading': {
        const { span: s, number } = numbered(span(node));
        out.push({ kind: 'heading', depth: (node as Heading).depth, node, span: s, ...(number ? { number } : {}), continuation });
        break;
      }
      case 'paragraph': {
        const { span: s, number } = numbered(span(node));
        out.push({ kind: 'para', depth: isBoldParagraph(node) ? 7 : 0, node, span: s, ...(number ? { number } : {}), continuation });
        break;
      }
      case 'blockquote':
        out.push({ kind: 'quote', depth: 0, node, span: span(node), continuation });
        break;
      case 'table':
        out.push({ kind: 'table', depth: 0, node, span: span(node, ''), continuation });
        break;
      case 'list': {
        const list = node as List;
        const markers = list.ordered ? list.children.map((item) => itemNumber(item, source)) : [];
        const running = lazyNumbering(markers);
        // Pushed in reverse so that the items come out in order, each followed by its own content.
        for (let i = list.children.length - 1; i >= 0; i--) {
          const item = list.children[i] as ListItem;
          const [first, ...rest] = item.children;
          push(rest, true);
          const written = markers[i];
          const marker = written && running ? { n: (markers[0]?.n ?? 0) + i, delim: written.delim } : written;
          if (first && first.type === 'paragraph') {
            // «- 1) …» (an unordered item holding a numbered sub-clause) keeps the number of its text.
            const own = numbered(span(first));
            const number = marker ?? own.number;
            const text = marker ? span(first) : own.span;
            const bullet = !number && !list.ordered;
            stack.push({ block: { kind: 'para', depth: 0, node: first, span: text, ...(number ? { number } : {}), continuation: continuation || bullet } });
          } else {
            if (first) stack.push({ node: first, continuation: true });
            if (marker) stack.push({ block: { kind: 'para', depth: 0, node: item, span: span(item, ''), number: marker, continuation: false } });
          }
        }
        break;
      }
      default:
        out.push({ kind: 'other', depth: 0, node, span: span(node), continuation });
    }
  }
  return out;
}

function emptyDoc(title: TextSpan | null, place: Place, depth: number): AttachedDocument & { depth: number } {
  return { title, place, stamp: [], chapters: [], clauses: [], appendices: [], tables: [], text: [], depth };
}

function tableOf(node: MdTable): Table {
  return { place: placeOf(node), rows: node.children.map((row) => row.children.map((cell) => span(cell))) };
}

const emptyAct = (): DraftAct => ({
  title: null, preamble: [], legalBasis: null, operativeMarker: null, operative: [], signature: [], documents: [], comments: [],
});

/**
 * The text of an HTML block that is one comment, trimmed; null when it is not one. Without a regular
 * expression: `^<!--\s*([\s\S]*?)\s*-->$` rescanned a run of spaces for each position of its lazy group
 * (an 81 KB draft with 61,588 spaces after an unclosed «<!--» took 4 s; found by fuzzing).
 */
export function commentText(block: string): string | null {
  const t = block.trim();
  return t.length >= 7 && t.startsWith('<!--') && t.endsWith('-->') ? t.slice(4, -3).trim() : null;
}

/**
 * Parse draft Markdown. The syntax tree comes from the linear reader of `fast-markdown.ts` where it
 * knows all the Markdown the draft uses, else from micromark; `reader: 'micromark'` forces the latter
 * (the test that holds the two to the same act).
 */
export function parseDraft(markdown: string, reader: 'auto' | 'micromark' = 'auto'): DraftAct {
  const tree = (reader === 'auto' ? fastTree(markdown) : null) ?? fullTree(markdown);
  const act = emptyAct();
  let doc: (AttachedDocument & { depth: number }) | null = null;
  let appendix: Appendix | null = null;
  let chapter: Chapter | null = null;
  let lastClause: Clause | null = null;
  let lastSub: SubClause | null = null;
  let lastPoint: OperativePoint | null = null;
  let lastPointSub: SubClause | null = null;
  /** A stamp of an annex to the order seen before its title («Бұйрыққа 2-қосымша»). */
  let pendingStamp: TextSpan[] = [];

  const startDoc = (title: TextSpan | null, place: Place, depth: number): void => {
    doc = emptyDoc(title, place, depth);
    if (pendingStamp.length > 0) {
      doc.stamp = pendingStamp;
      pendingStamp = [];
    }
    act.documents.push(doc);
    appendix = null;
    chapter = null;
    lastClause = null;
    lastSub = null;
  };
  const currentDoc = (place: Place): AttachedDocument & { depth: number } => {
    if (!doc) startDoc(null, place, 2);
    return doc as unknown as AttachedDocument & { depth: number };
  };
  const startAppendix = (number: number | null, place: Place, stamp: TextSpan[]): void => {
    const d = currentDoc(place);
    appendix = { number, place, stamp, tables: [], text: [] };
    d.appendices.push(appendix);
    lastClause = null;
    lastSub = null;
  };
  const addOrderText = (s: TextSpan): void => {
    if (lastPoint) (lastPointSub ?? lastPoint).paragraphs.push(s);
    else act.preamble.push(s);
  };
  /** Text of a methodology outside its appendices: a part of the clause before it, or the document's text. */
  const addDocText = (s: TextSpan, continuation: boolean): TextSpan[] | null => {
    const d = doc as AttachedDocument | null;
    if (!d) {
      addOrderText(s);
      return null;
    }
    const target = continuation ? (lastSub ?? lastClause) : lastClause;
    const into = target ? target.paragraphs : d.text;
    into.push(s);
    return into;
  };
  /**
   * The plain paragraphs just read, one after another, and where each was put: a stamp typed as
   * right-aligned paragraphs («…қызметін бағалау» / «Әдістемесіне» / «1-қосымша», as Word authors
   * write it) is only known to be one at its label, after its first lines were taken for the text
   * before them.
   */
  let plainRun: Array<{ span: TextSpan; into: TextSpan[] }> = [];
  /** The lines of such a stamp above its label: short, unended, the last naming the methodology; taken back from where they were put. */
  const stampAbove = (run: Array<{ span: TextSpan; into: TextSpan[] }>): TextSpan[] => {
    let k = run.length;
    // A form's lines to fill in («Қолы ______», «(қолы)») end a form, they do not begin a stamp.
    const fits = (x: { span: TextSpan; into: TextSpan[] }): boolean => x.span.text.length <= 120 && !x.span.text.includes('\n') && !/[.;:!?]\s*$/u.test(x.span.text) && !/__|^\(/u.test(x.span.text);
    const last = run[k - 1];
    if (!last || !fits(last) || !METHODOLOGY_WORD.test(last.span.text)) return [];
    while (k > 0 && run.length - k < 6 && fits(run[k - 1] as { span: TextSpan; into: TextSpan[] })) k--;
    const taken = run.slice(k);
    for (let i = taken.length - 1; i >= 0; i--) {
      const x = taken[i] as { span: TextSpan; into: TextSpan[] };
      if (x.into[x.into.length - 1] !== x.span) return taken.slice(i + 1).map((y) => y.span);
      x.into.pop();
    }
    return taken.map((y) => y.span);
  };
  const inMethodology = (): boolean => {
    const d = doc as AttachedDocument | null;
    return !!d && (d.clauses.length > 0 || d.chapters.length > 0 || d.appendices.length > 0);
  };
  /** Whether a stamp ends with «N-қосымша» of a methodology's appendix (not an annex to the order). */
  const appendixStamp = (text: string): RegExpExecArray | null => {
    if (text.length > 400 || isOrderAnnexStamp(text)) return null;
    return APPENDIX_STAMP.exec(text) ?? RU_APPENDIX_STAMP.exec(text);
  };

  const blocks = blocksOf(tree, markdown);
  /** Whether block `j` is a quoted stamp of an annex to the order («… бұйрығына / қосымша», «Приложение / к приказу …»). */
  const orderAnnexStampAt = (j: number): boolean => {
    const b = blocks[j];
    return !!b && b.kind === 'quote' && isOrderAnnexStamp(b.span.text);
  };
  /** The texts of the unnumbered headings and paragraphs from block `i` on, up to the first other block (at most 5). */
  const plainFrom = (i: number): string[] => {
    const out: string[] = [];
    for (let j = i; j < blocks.length && out.length < 5; j++) {
      const b = blocks[j] as Block;
      if ((b.kind !== 'heading' && b.kind !== 'para') || b.number || b.continuation) break;
      out.push(b.span.text);
    }
    return out;
  };
  /**
   * A signatory's position in bold with no name yet («Аким области», a draft not yet signed) right before the
   * methodology's title: the blocks of it (at most four), else 0. A document's title is followed by its stamp,
   * chapters or text, never straight by the methodology's title.
   */
  const positionBeforeTitle = (i: number): number => {
    let j = i;
    for (; j < blocks.length && j < i + 4; j++) {
      const b = blocks[j] as Block;
      if ((b.kind !== 'heading' && b.depth !== 7) || b.number || !signatureLine(b.span.text) || METHODOLOGY_TITLE.test(b.span.text) || chapterOf(b.span.text)) break;
    }
    const next = blocks[j];
    return j > i && next && (next.kind === 'heading' || next.depth === 7) && !next.number && METHODOLOGY_TITLE.test(next.span.text) ? j - i : 0;
  };
  /**
   * Whether the table at block `i` is the order's signature (`isSignatureTable`): not when the block before it
   * introduces it («… құрамы:», a point ending with a colon: the table is that point's).
   */
  const signatureTableAt = (i: number, t: Table): boolean => {
    const before = blocks[i - 1];
    if (before && /:\s*$/u.test(before.span.text)) return false;
    const next = blocks[i + 1];
    const title = !!next && (next.kind === 'heading' || next.depth === 7) && !next.number && METHODOLOGY_TITLE.test(next.span.text);
    return isSignatureTable(t.rows.map((r) => r.map((c) => c.text)), title);
  };
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    const s = block.span;
    const text = s.text;
    const run = plainRun;
    plainRun = [];
    if (block.kind === 'html') {
      const inner = commentText(text);
      if (inner !== null) act.comments.push({ text: inner, place: s.place, offset: s.offset });
      continue;
    }
    if (block.kind === 'table') {
      const t = tableOf(block.node as MdTable);
      if (!doc && lastPoint && signatureTableAt(i, t)) {
        // The signature laid out in a borderless table after the last point («Министр» | «Д. Абаев»): its
        // filled cells are the signature's lines, as the same lines typed as paragraphs are.
        act.signature.push(...t.rows.flat().filter((c) => c.text.trim() !== ''));
        continue;
      }
      if (appendix) (appendix as Appendix).tables.push(t);
      else {
        currentDoc(t.place).tables.push(t);
        // A table inside a clause (grade bands as a table) belongs to that clause too.
        const owner = lastClause as Clause | null;
        if (owner) (owner.tables ??= []).push(t);
      }
      continue;
    }
    if (block.kind === 'quote') {
      const lines = (block.node as Blockquote).children.map((c) => span(c));
      const a = appendix as Appendix | null;
      if (a && a.stamp.length === 0 && a.tables.length === 0 && a.text.length === 0 && !a.formLabel) {
        a.stamp = lines;
        continue;
      }
      const label = inMethodology() ? appendixStamp(text) : null;
      if (label && a && Number(label[1]) === a.number && a.stamp.length === 1 && APPENDIX_LABEL_ONLY.test(a.stamp[0]?.text ?? '') && a.tables.length === 0 && a.text.length === 0 && !a.formLabel && !a.caption) {
        // The label typed as a paragraph («1-қосымша», right-aligned in Word), then the stamp that ends
        // with it again: one appendix, its stamp both.
        a.stamp.push(...lines);
        continue;
      }
      if (label) {
        startAppendix(Number(label[1]), s.place, lines);
        continue;
      }
      if (isOrderAnnexStamp(text) && (doc || lastPoint)) {
        // The stamp of an annex to the order: the annex's own when its title was just read (as `draft import`
        // writes it: the title, then the stamp), else that of the title to come.
        const d = doc as AttachedDocument | null;
        if (d && d.title && d.stamp.length === 0 && isEmptyDoc(d)) d.stamp = lines;
        else pendingStamp = lines;
        continue;
      }
      if (a) a.text.push(...lines);
      else if (doc) {
        const d = doc as AttachedDocument;
        if (d.stamp.length === 0 && d.clauses.length === 0 && d.chapters.length === 0) d.stamp = lines;
        else d.text.push(...lines);
      } else act.signature.push(...lines);
      continue;
    }
    const titleLike = block.kind === 'heading' || block.depth === 7;
    if (!doc && lastPoint && !block.number && !block.continuation && (block.kind === 'heading' || block.kind === 'para')) {
      // The signature after the order's last point, typed as paragraphs (in bold, or plain): the position,
      // then the name («Министр» / «Д. Абаев»). In bold it was read as an attached document's title.
      const k = signatureLength(plainFrom(i)) || positionBeforeTitle(i);
      if (k > 0) {
        for (let j = i; j < i + k; j++) act.signature.push((blocks[j] as Block).span);
        i += k - 1;
        continue;
      }
    }
    // The words of the law first, whatever the Markdown.
    const full = block.number ? `${block.number.n}${block.number.delim} ${text}` : text;
    // A chapter's number and title on two lines of one paragraph (Shift+Enter in Word: «3-тарау.↵Калибрлеу …»), the
    // paragraph plain or each line in bold, is the chapter too; before, it was a part of the clause before it, silently.
    const broken = !titleLike && !block.number && text.length < 300 && text.includes('\n') && text.split('\n').length <= 3 && chapterOf(text.slice(0, text.indexOf('\n'))) !== null;
    const ch = broken ? chapterOf(text.replace(/\s*\n\s*/g, ' ')) : titleLike || (!block.number && text.length < 300 && !text.includes('\n')) ? chapterOf(full) : null;
    if (ch && (titleLike || doc || lastPoint)) {
      const d = currentDoc(s.place);
      chapter = { number: ch[0], ...(/^\d/.test(ch[2]) ? {} : { numeral: ch[2] }), title: ch[1].trim(), place: s.place };
      d.chapters.push(chapter);
      appendix = null;
      lastClause = null;
      lastSub = null;
      continue;
    }
    const ap = titleLike ? APPENDIX_HEADING.exec(full) ?? RU_APPENDIX_HEADING.exec(full) : null;
    if (ap && !isOrderAnnexStamp(full)) {
      startAppendix(ap[1] ? Number(ap[1]) : null, s.place, []);
      continue;
    }
    if (!titleLike && !block.number && !block.continuation && inMethodology()) {
      // A stamp written as a paragraph: «… әдістемесіне\ 1-қосымша». Inside an appendix (the stamp of the
      // next one, as Word drafts write them: right-aligned lines, not a quote) it must be a stamp plainly:
      // the label alone, or lines that name the methodology, with another number than this appendix's.
      const label = appendixStamp(text);
      const a = appendix as Appendix | null;
      const stampHere = !a || (Number(label?.[1]) !== a.number && (APPENDIX_LABEL_ONLY.test(text) || (text.includes('\n') && METHODOLOGY_WORD.test(text))));
      if (label && stampHere && text.split('\n').length <= 8 && !/[.;]\s*$/u.test(text.replace(APPENDIX_STAMP, ''))) {
        const above = APPENDIX_LABEL_ONLY.test(text) ? stampAbove(run) : [];
        startAppendix(Number(label[1]), s.place, [...above, s]);
        continue;
      }
    }
    if (titleLike && !block.number) {
      if (!act.title && !doc && act.preamble.length === 0 && !lastPoint) {
        // The methodology alone (no order around it) starts with its own title.
        if (METHODOLOGY_TITLE.test(text)) startDoc(s, s.place, block.depth);
        else act.title = s;
        continue;
      }
      if (ORDER_ANNEX_STAMP.test(text) && (doc || lastPoint)) {
        // «Бұйрыққа 1-қосымша» as a heading: an annex to the order starts.
        startDoc(s, s.place, block.depth);
        continue;
      }
      if (doc && (pendingStamp.length > 0 || orderAnnexStampAt(i + 1))) {
        // A title with the stamp of an annex to the order right after it (or just before it), placed after the
        // methodology (act 000's list of repealed orders after its App. 5): the annex, a document of its own.
        // Before, it was the last appendix's caption or text, and the annex's points that appendix's lines.
        startDoc(s, s.place, block.depth);
        continue;
      }
      const a = appendix as Appendix | null;
      const d = doc as (AttachedDocument & { depth: number }) | null;
      if (a) {
        if (METHODOLOGY_TITLE.test(text) && d && block.depth <= d.depth) startDoc(s, s.place, block.depth);
        else if (!a.caption) a.caption = s;
        else a.text.push(s);
        continue;
      }
      if (d) {
        if (block.depth <= d.depth && (block.kind === 'heading' || METHODOLOGY_TITLE.test(text))) startDoc(s, s.place, block.depth);
        else addDocText(s, false);
        continue;
      }
      if (lastPoint || act.operativeMarker) {
        startDoc(s, s.place, block.depth);
        continue;
      }
      if (block.kind === 'heading') {
        // A second heading before the operative words: the methodology itself, with no order around it.
        if (METHODOLOGY_TITLE.test(text)) startDoc(s, s.place, block.depth);
        else act.preamble.push(s);
        continue;
      }
    }
    if (!titleLike && !block.number && !act.title && !doc && act.preamble.length === 0 && !lastPoint && RU_METHODOLOGY_TITLE.test(text) && !text.includes('\n') && text.length < 400) {
      // A Russian methodology with no order around it, its title typed as the first paragraph
      // (no heading, no bold): its clauses are the methodology's, not an order's points.
      startDoc(s, s.place, 1);
      continue;
    }
    if (appendix) {
      const a = appendix as Appendix;
      // «Нысан», in a Russian text «Форма»: the form's label above its caption.
      if ((text === 'Нысан' || text === 'Форма') && !block.number) a.formLabel = s.place;
      else if (block.number) a.text.push({ ...s, text: full });
      else {
        a.text.push(s);
        if (!block.continuation) {
          run.push({ span: s, into: a.text });
          plainRun = run;
        }
      }
      continue;
    }
    if (block.number) {
      const { n, delim } = block.number;
      if (!doc) {
        if (delim === '.') {
          lastPoint = { number: n, place: s.place, text: s, subPoints: [], paragraphs: [] };
          lastPointSub = null;
          act.operative.push(lastPoint);
        } else if (lastPoint) {
          lastPointSub = { number: n, place: s.place, text: s, paragraphs: [] };
          lastPoint.subPoints.push(lastPointSub);
        } else act.preamble.push({ ...s, text: full });
        continue;
      }
      const d = doc as AttachedDocument;
      if (delim === '.') {
        lastClause = { number: n, place: s.place, text: s, paragraphs: [], subClauses: [], ...(chapter ? chapterOfClause(chapter) : {}) };
        lastSub = null;
        d.clauses.push(lastClause);
      } else if (lastClause) {
        lastSub = { number: n, place: s.place, text: s, paragraphs: [] };
        (lastClause as Clause).subClauses.push(lastSub);
      } else d.text.push({ ...s, text: full });
      continue;
    }
    if (text === '') continue;
    if (doc) {
      const into = addDocText(s, block.continuation);
      if (into && !block.continuation) {
        run.push({ span: s, into });
        plainRun = run;
      }
      continue;
    }
    if (!act.operativeMarker && !lastPoint && isOperativeMarker(text)) {
      act.operativeMarker = s;
      act.preamble.push(s);
      if (LEGAL_BASIS.test(text)) act.legalBasis = s;
      continue;
    }
    if (!lastPoint && LEGAL_BASIS.test(text) && !REGISTRATION.test(text)) act.legalBasis = s;
    addOrderText(s);
  }
  return act;
}
