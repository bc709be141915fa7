/**
 * A linear reader for the Markdown drafts are written in, giving the syntax tree micromark gives for
 * them (the nodes and start positions `parse.ts` reads), ten times faster: micromark spends some
 * 7 µs a character on a loaded machine, 0.7 s of CPU for a 100 KB draft, most of `draft check`
 * (issue 9). It knows only what acts are written with — ATX headings, paragraphs, bullet and ordered
 * lists, block quotes, GFM tables, HTML comments, backslash escapes, hard breaks and `**bold**` — and
 * returns null for anything else (a link, a code span, `_` or single `*` emphasis, a character
 * reference, a setext heading, a rule, code blocks, a tab in an indentation, a lazy line it cannot
 * place…), which then goes to micromark as before. A test parses every draft of the repository both
 * ways and requires the same act (test/draft/fast-markdown.test.ts).
 *
 * Each line is looked at a bounded number of times and each character of inline text once: the work
 * is linear in the input, whatever its shape. Pure.
 */
import type { Blockquote, Heading, Html, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import { PropertyRegExp } from './narrow-regexp.js';

interface Point { line: number; column: number; offset: number }
const at = (p: Point): { start: Point; end: Point } => ({ start: p, end: p });

class Unsupported extends Error {}
const refuse = (): never => {
  throw new Unsupported();
};

/** ASCII punctuation: what a backslash escapes. */
const ESCAPABLE = /[!-/:-@[-`{-~]/;
/** CommonMark's Unicode whitespace (Zs, TAB, LF, FF, CR). */
const WHITESPACE = new PropertyRegExp(String.raw`[\p{Zs}\t\n\f\r]`, 'u');
/** A blank line: spaces and tabs only (a no-break space is text). */
const isBlank = (s: string): boolean => /^[ \t]*$/.test(s);
const PUNCTUATION = new PropertyRegExp(String.raw`[\p{P}\p{S}]`, 'u');
/** Characters that may start or end markup in inline text. */
const SPECIAL = /[\\`<[\]*_]/g;
const CHAR_REF = /&(?:#\d{1,7}|#[xX][\dA-Fa-f]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/;

/**
 * Inline content: text with escapes resolved, `**strong**`, hard breaks. `lines` are the content lines
 * (leading whitespace removed); a line ending in a backslash or two spaces breaks (not the last one).
 */
function inline(lines: string[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let target: PhrasingContent[] = out;
  let text = '';
  const flush = (): void => {
    if (text) target.push({ type: 'text', value: text });
    text = '';
  };
  let strong: { type: 'strong'; children: PhrasingContent[] } | null = null;
  for (let li = 0; li < lines.length; li++) {
    let line = lines[li] as string;
    const last = li === lines.length - 1;
    let hard = false;
    if (!last) {
      const trimmed = line.replace(/[ \t]+$/, '');
      if (trimmed.length < line.length) {
        // Two spaces or more before the line's end break it (a backslash before them stays text).
        if (line.endsWith('  ')) hard = true;
        line = trimmed;
      } else {
        // A backslash right at the end of a line (not itself escaped) is a hard break.
        let bs = 0;
        while (bs < line.length && line[line.length - 1 - bs] === '\\') bs++;
        if (bs % 2 === 1) {
          hard = true;
          line = line.slice(0, -1);
        }
      }
    } else line = line.replace(/[ \t]+$/, '');
    if (CHAR_REF.test(line)) refuse();
    for (let i = 0; i < line.length; i++) {
      // Plain text up to the next character that may be markup, in one slice.
      SPECIAL.lastIndex = i;
      const next = SPECIAL.exec(line);
      const stop = next ? next.index : line.length;
      if (stop > i) {
        text += line.slice(i, stop);
        i = stop - 1;
        continue;
      }
      const c = line[i] as string;
      if (c === '\\' && i + 1 < line.length && ESCAPABLE.test(line[i + 1] as string)) {
        text += line[i + 1];
        i++;
        continue;
      }
      if (c === '`' || c === '<' || c === '[' || c === ']') refuse();
      if (c === '*' || c === '_') {
        let j = i;
        while (j < line.length && line[j] === c) j++;
        const before = i > 0 ? (line[i - 1] as string) : ' ';
        const after = j < line.length ? (line[j] as string) : ' ';
        const bWs = WHITESPACE.test(before);
        const aWs = WHITESPACE.test(after);
        const bP = PUNCTUATION.test(before);
        const aP = PUNCTUATION.test(after);
        const leftFlanking = !aWs && (!aP || bWs || bP);
        const rightFlanking = !bWs && (!bP || aWs || aP);
        const canOpen = c === '*' ? leftFlanking : leftFlanking && (!rightFlanking || bP);
        const canClose = c === '*' ? rightFlanking : rightFlanking && (!leftFlanking || aP);
        if (!canOpen && !canClose) {
          // A run that can neither open nor close («____» of a form's blank, «a_b») is text.
          text += line.slice(i, j);
          i = j - 1;
          continue;
        }
        if (c === '_' || j - i !== 2) refuse();
        if (strong) {
          if (!canClose) refuse();
          flush();
          if (strong.children.length === 0) refuse();
          target = out;
          out.push(strong as PhrasingContent);
          strong = null;
        } else {
          if (!canOpen) refuse();
          flush();
          strong = { type: 'strong', children: [] };
          target = strong.children;
        }
        i = j - 1;
        continue;
      }
      text += c;
    }
    if (!last) {
      if (hard) {
        flush();
        target.push({ type: 'break' });
      } else text += '\n';
    }
  }
  if (strong) refuse();
  flush();
  return out;
}

type Container =
  | { kind: 'root'; node: Root }
  | { kind: 'quote'; node: Blockquote }
  | { kind: 'item'; node: ListItem; width: number; marker: string };

interface OpenParagraph { kind: 'para'; container: Container; lines: string[]; start: Point }
interface OpenHtml { kind: 'html'; container: Container; lines: string[]; start: Point; closed: boolean }
type Leaf = OpenParagraph | OpenHtml | null;

const THEMATIC = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;
const FENCE = /^ {0,3}(?:```|~~~)/;
const HEADING = /^(#{1,6})(?:[ \t]+|$)/;
const BULLET = /^([-+*])( {1,4})(?=\S)/;
const ORDERED = /^(\d{1,9})([.)])( {1,4})(?=\S)/;
/** An empty list item, or one whose content starts five spaces on (an indented code block in it). */
const ODD_ITEM = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]*$| {5,}|\t)/;
const DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

const childrenOf = (c: Container): RootContent[] => c.node.children as RootContent[];

/** Cells of a table row as written: [text, column] pairs (column of the cell's leading pipe, 0-based). */
function cellsOf(row: string, indent: number): Array<[string, number]> {
  const cells: Array<[string, number]> = [];
  let i = indent;
  let start = i;
  let cur = '';
  if (row[i] === '|') i++;
  for (; i < row.length; i++) {
    const c = row[i] as string;
    if (c === '\\' && i + 1 < row.length) {
      cur += c + row[i + 1];
      i++;
      continue;
    }
    if (c === '|') {
      cells.push([cur, start]);
      cur = '';
      start = i;
      continue;
    }
    cur += c;
  }
  if (!isBlank(cur)) cells.push([cur, start]);
  return cells;
}

/** The draft's syntax tree, or null where the draft uses Markdown this reader does not know. */
export function fastParse(markdown: string): Root | null {
  try {
    return parseLines(markdown);
  } catch (err) {
    if (err instanceof Unsupported) return null;
    throw err;
  }
}

function parseLines(source: string): Root {
  // NUL is read as U+FFFD, as CommonMark says (one character for one: places do not move).
  const markdown = source.includes('\0') ? source.replace(/\0/g, '\uFFFD') : source;
  const root: Root = { type: 'root', children: [] };
  const lines = markdown.split('\n');
  const starts: number[] = [];
  let off = 0;
  for (const l of lines) {
    starts.push(off);
    off += l.length + 1;
  }
  if (markdown.includes('\r')) refuse();
  // Controls other than NUL, TAB and LF (CR, FF, VT…) and a BOM: micromark's own handling.
  if (/[\x01-\x08\x0B-\x1F\x7F\uFEFF]/.test(markdown)) refuse();
  const open: Container[] = [{ kind: 'root', node: root }];
  /** The marker of each list («-», «.», «)»…): an item of another kind starts a new list. */
  const markers = new WeakMap<List, string>();
  let leaf: Leaf = null;

  const closeLeaf = (): void => {
    if (!leaf) return;
    if (leaf.kind === 'para') {
      const p: Paragraph = { type: 'paragraph', children: inline(leaf.lines), position: at(leaf.start) };
      childrenOf(leaf.container).push(p);
    } else {
      const h: Html = { type: 'html', value: leaf.lines.join('\n'), position: at(leaf.start) };
      childrenOf(leaf.container).push(h);
    }
    leaf = null;
  };
  const closeTo = (n: number): void => {
    closeLeaf();
    open.length = n;
  };
  const point = (li: number, col: number): Point => ({ line: li + 1, column: col + 1, offset: (starts[li] as number) + col });

  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] as string;
    const lead = /^[ \t]*/.exec(line)?.[0] ?? '';
    if (lead.includes('\t')) refuse();
    // An open HTML comment takes lines to its end (only at the top level).
    if (leaf && leaf.kind === 'html' && !leaf.closed) {
      leaf.lines.push(line);
      if (line.includes('-->')) {
        leaf.closed = true;
        closeLeaf();
      }
      continue;
    }
    const paraAtLineStart = leaf?.kind === 'para';
    // Match the open containers.
    let pos = 0;
    let matched = 1;
    const blank = isBlank(line);
    for (; matched < open.length; matched++) {
      const c = open[matched] as Container;
      if (c.kind === 'quote') {
        let p = pos;
        while (p < pos + 3 && line[p] === ' ') p++;
        if (line[p] !== '>') break;
        pos = p + 1;
        if (line[pos] === ' ') pos++;
      } else if (c.kind === 'item') {
        if (blank) continue;
        let p = pos;
        while (line[p] === ' ' && p - pos < c.width) p++;
        if (p - pos < c.width) break;
        pos = p;
      }
    }
    const rest = line.slice(pos);
    const restBlank = isBlank(rest);
    const all = matched === open.length;
    if (THEMATIC.test(rest) || FENCE.test(rest)) refuse();
    if (leaf?.kind === 'para' && SETEXT.test(rest)) refuse();
    if (leaf?.kind === 'para' && DELIMITER_ROW.test(rest) && rest.includes('-')) refuse();

    if (!all) {
      // A line that leaves containers: lazy continuation of an open paragraph, or the containers close.
      if (leaf?.kind === 'para' && !restBlank) {
        const t = rest.replace(/^ +/, '');
        const indent = rest.length - t.length;
        if (indent < 4 && ODD_ITEM.test(t)) refuse();
        const bullet = indent < 4 ? BULLET.exec(t) : null;
        const ordered = indent < 4 ? ORDERED.exec(t) : null;
        const starts = indent < 4 && (t.startsWith('>') || HEADING.test(t) || t.startsWith('<') || t.startsWith('|') || !!bullet || !!ordered);
        if (!starts) {
          leaf.lines.push(t);
          continue;
        }
        // A table's first row there is a lazy line or a table interrupting the paragraph: micromark decides.
        if (t.startsWith('|')) refuse();
        if (ordered && ordered[1] !== '1') {
          // «2. …» after a paragraph: a new item only if it continues the list of the innermost item.
          const sibling = open.slice(matched).find((c) => c.kind === 'item') as Extract<Container, { kind: 'item' }> | undefined;
          if (!sibling || sibling.marker !== ordered[2] || open[open.length - 1] !== sibling) refuse();
        }
      }
      closeTo(matched);
    }

    // Open new containers and the leaf on the rest of the line.
    let p = pos;
    /** A container opened on this line interrupted a paragraph: list rules differ for the rest of it. */
    let interrupted = false;
    for (;;) {
      const t = line.slice(p);
      const sp = /^ */.exec(t)?.[0].length ?? 0;
      if (isBlank(t)) {
        closeLeaf();
        break;
      }
      const tip = open[open.length - 1] as Container;
      if (sp >= 4) {
        if (leaf?.kind === 'para' && leaf.container === tip) {
          leaf.lines.push(t.slice(sp));
          break;
        }
        refuse();
      }
      const s = t.slice(sp);
      const col = p + sp;
      if (s.startsWith('>')) {
        if (paraAtLineStart) interrupted = true;
        closeLeaf();
        const q: Blockquote = { type: 'blockquote', children: [], position: at(point(li, col)) };
        childrenOf(tip).push(q);
        open.push({ kind: 'quote', node: q });
        p = col + 1;
        if (line[p] === ' ') p++;
        continue;
      }
      if (ODD_ITEM.test(s)) refuse();
      const bullet = BULLET.exec(s);
      const ordered = bullet ? null : ORDERED.exec(s);
      if (bullet || ordered) {
        const marker = bullet ? (bullet[1] as string) : (ordered?.[2] as string);
        const n = ordered ? ordered[1] : null;
        const paraOpen = leaf?.kind === 'para' && leaf.container === tip;
        if (paraOpen && n !== null && n !== '1') {
          // An ordered item other than 1 does not interrupt a paragraph: it is its text.
          (leaf as OpenParagraph).lines.push(s);
          break;
        }
        const m = (bullet ?? ordered) as RegExpExecArray;
        if (interrupted) refuse();
        if (paraAtLineStart) interrupted = true;
        closeLeaf();
        const item: ListItem = { type: 'listItem', spread: false, checked: null, children: [], position: at(point(li, col)) };
        // Consecutive items of one kind are one list; parse.ts reads only whether it is ordered.
        const siblings = childrenOf(tip);
        const prev = siblings[siblings.length - 1];
        let list: List;
        if (prev && prev.type === 'list' && markers.get(prev) === marker) list = prev;
        else {
          list = { type: 'list', ordered: !!ordered, spread: false, children: [], position: at(point(li, col)) };
          markers.set(list, marker);
          siblings.push(list);
        }
        list.children.push(item);
        // Its content lines are indented by the marker's own indentation and width (CommonMark's W).
        open.push({ kind: 'item', node: item, width: sp + m[0].length, marker });
        p = col + m[0].length;
        continue;
      }
      if (HEADING.test(s)) {
        closeLeaf();
        const hm = HEADING.exec(s) as RegExpExecArray;
        let content = s.slice(hm[0].length).replace(/[ \t]+$/, '');
        if (/(?:^|[ \t])#+$/.test(content)) refuse();
        content = content.replace(/^[ \t]+/, '');
        const h: Heading = { type: 'heading', depth: (hm[1] as string).length as Heading['depth'], children: inline([content]), position: at(point(li, col)) };
        childrenOf(tip).push(h);
        break;
      }
      if (s.startsWith('<')) {
        if (!s.startsWith('<!--') || s.startsWith('<!-->') || s.startsWith('<!--->') || tip.kind !== 'root' || sp > 0) refuse();
        closeLeaf();
        leaf = { kind: 'html', container: tip, lines: [line], start: point(li, 0), closed: false };
        if (s.slice(4).includes('-->')) {
          leaf.closed = true;
          closeLeaf();
        }
        break;
      }
      const paraOpen = leaf?.kind === 'para' && leaf.container === tip;
      const next = lines[li + 1];
      if (!paraOpen && s.includes('|') && next !== undefined && DELIMITER_ROW.test(next) && next.includes('-')) {
        if (tip.kind !== 'root') refuse();
        closeLeaf();
        li = readTable(lines, li, col, point, childrenOf(tip));
        break;
      }
      if (paraOpen) (leaf as OpenParagraph).lines.push(s);
      else {
        closeLeaf();
        leaf = { kind: 'para', container: tip, lines: [s], start: point(li, col) };
      }
      break;
    }
  }
  closeTo(1);
  return root;
}

/** A GFM table from line `li` (header), its delimiter row, and the rows up to a blank line. Returns the last line read. */
function readTable(lines: string[], li: number, col: number, point: (li: number, col: number) => Point, into: RootContent[]): number {
  const header = cellsOf(lines[li] as string, col);
  const delimiter = cellsOf(lines[li + 1] as string, /^ */.exec(lines[li + 1] as string)?.[0].length ?? 0);
  if (header.length !== delimiter.length || header.length === 0) refuse();
  const rowOf = (k: number): TableRow => {
    const line = lines[k] as string;
    const indent = /^ */.exec(line)?.[0].length ?? 0;
    if (indent > 3) refuse();
    if (line[indent] !== '|') refuse();
    const cells = cellsOf(line, indent);
    if (cells.length !== header.length) refuse();
    return {
      type: 'tableRow',
      position: at(point(k, indent)),
      children: cells.map(([text, c]): TableCell => {
        const content = text.replace(/\\\|/g, '|').replace(/^[ \t]+|[ \t]+$/g, '');
        return { type: 'tableCell', children: content ? inline([content]) : [], position: at(point(k, c)) };
      }),
    };
  };
  if ((lines[li] as string)[col] !== '|') refuse();
  const rows: TableRow[] = [rowOf(li)];
  let k = li + 2;
  for (; k < lines.length && !isBlank(lines[k] as string); k++) rows.push(rowOf(k));
  const table: Table = { type: 'table', align: header.map(() => null), children: rows, position: at(point(li, col)) };
  into.push(table);
  return k - 1;
}
