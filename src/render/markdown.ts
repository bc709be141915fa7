/**
 * Markdown (GFM) → document model. The conventions (docs/render.md §1):
 * - optional front matter between `---` lines at the very top: `title`, `fontSize`, `tableFontSize`,
 *   `pageNumbers`, `rowHeight` (mm, minimum height of table body rows);
 * - `#` title (centred, bold), `##` chapter heading (centred, bold), `###` left bold heading;
 * - a paragraph is justified with a first-line indent; a trailing `{.center}`, `{.right}`, `{.left}`,
 *   `{.noindent}`, `{.small}`, `{.bold}` or `{.keep}` (several allowed) changes that;
 * - a block quote (`>`) is the right-hand block: appendix caption «… N-қосымша», «Нысан», «БЕКІТЕМІН»;
 * - a GFM table is a table, its first row the header repeated on each page; an HTML comment
 *   `<!-- widths: 10 40 20 30 -->` right before it sets relative column widths (`40>45mm`: and at least 45 mm), `<!-- header: 2 -->`
 *   makes more rows repeat, `<!-- keep -->` keeps its last row on the page of what follows (the signature area
 *   that signs it); `<br>` breaks a line inside a cell;
 * - a fenced block with info `signature` is a borderless signature block: each line `left | right`;
 * - a thematic break (`***`) or `<!-- pagebreak -->` is a page break.
 */
import { readYaml } from './yaml-text.js';
import { keep } from './cache.js';
import type { RenderCache } from './cache.js';
import type { Root, RootContent, PhrasingContent, Table as MdTable, Paragraph as MdParagraph } from 'mdast';
import type { Block, DocumentMeta, DocumentModel, PageSetup, Paragraph, Run, Table, TableCell, Align } from './model.js';
import { A4_OFFICIAL, FIRST_LINE_INDENT_MM, RIGHT_BLOCK_START } from './format-rules.js';
import { decodeValue } from './data-text.js';
import { ParserNotLoaded } from './parsers.js';
import { t3, type Text3 } from '../law/finding.js';

/** A Markdown text the engine cannot lay out (front matter, a block, a table directive), worded in kk, ru and en. */
export class MarkdownError extends Error {
  override name = 'MarkdownError';
  constructor(readonly text: Text3) {
    super(text.en);
  }
}

/** remark with GFM (./markdown-parser.ts), once loaded: needed only for a chunk the build did not parse. */
let parseMarkdown: ((text: string) => Root) | undefined;
export function provideMarkdownParser(parse: (text: string) => Root): void {
  parseMarkdown = parse;
}

interface FrontMatter {
  title?: string;
  fontSize?: number;
  tableFontSize?: number;
  pageNumbers?: boolean;
  rowHeight?: number;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

export function splitFrontMatter(markdown: string, cache?: RenderCache): { front: FrontMatter; body: string; offset: number } {
  const m = FRONT_MATTER.exec(markdown);
  if (!m) return { front: {}, body: markdown, offset: 0 };
  const text = m[1] ?? '';
  const hit = cache?.frontMatter.get(text) as FrontMatter | undefined;
  if (hit) return { front: hit, body: markdown.slice(m[0].length), offset: m[0].length };
  const front = readFrontMatter(text);
  if (cache) keep(cache.frontMatter, text, Object.freeze(front));
  return { front, body: markdown.slice(m[0].length), offset: m[0].length };
}

function readFrontMatter(text: string): FrontMatter {
  let raw: unknown;
  try {
    raw = readYaml(text);
  } catch (e) {
    if (e instanceof ParserNotLoaded) throw e;
    {
    const why = (e as Error).message.split('\n')[0];
    throw new MarkdownError(t3(`алдыңғы бөлік (front matter) YAML емес: ${why}`, `вводная часть (front matter) — не YAML: ${why}`, `front matter is not YAML: ${why}`));
  }
  }
  if (raw !== null && (typeof raw !== 'object' || Array.isArray(raw))) throw new MarkdownError(t3('алдыңғы бөлік (front matter) «кілт: мән» жолдары болуы керек', 'вводная часть (front matter) должна состоять из строк «ключ: значение»', 'front matter must be a YAML mapping'));
  const front = (raw ?? {}) as Record<string, unknown>;
  const known = new Set(['title', 'fontSize', 'tableFontSize', 'pageNumbers', 'rowHeight']);
  for (const k of Object.keys(front)) if (!known.has(k)) throw new MarkdownError(t3(`алдыңғы бөлікте (front matter) белгісіз кілт «${k}»`, `неизвестный ключ «${k}» во вводной части (front matter)`, `front matter: unknown key "${k}"`));
  for (const k of ['fontSize', 'tableFontSize', 'rowHeight'] as const) {
    const v = front[k];
    if (v !== undefined && (typeof v !== 'number' || !(v > 0) || v > 72)) throw new MarkdownError(t3(`алдыңғы бөлікте (front matter) ${k} 0-ден 72-ге дейінгі сан болуы керек`, `во вводной части (front matter) ${k} должно быть числом от 0 до 72`, `front matter: ${k} must be a number between 0 and 72`));
  }
  return front as FrontMatter;
}

export interface MarkdownOptions {
  meta: DocumentMeta;
  page?: Partial<PageSetup>;
  /** Shared by the renders of a batch (`RenderCache`); without it nothing is kept from one call to the next. */
  cache?: RenderCache;
}

/** Parse filled Markdown into the document model. Pure. */
export function markdownToModel(markdown: string, options: MarkdownOptions): DocumentModel {
  const { front, body, offset } = splitFrontMatter(markdown, options.cache);
  const page: PageSetup = { ...A4_OFFICIAL, ...options.page };
  if (front.fontSize) page.fontSizePt = front.fontSize;
  if (front.tableFontSize) page.tableFontSizePt = front.tableFontSize;
  if (front.pageNumbers !== undefined) page.pageNumbers = front.pageNumbers;
  const frontLines = lineCount(markdown, 0, offset);
  const ctx: Ctx = { source: body, linesBefore: frontLines, page, rowHeight: front.rowHeight ?? 0, bodySize: page.fontSizePt, tableSize: page.tableFontSizePt, pendingWidths: undefined, pendingMinWidths: undefined, pendingHeader: undefined, pendingKeep: false, notes: [], note: false, captioned: false, titled: false };
  const blocks: Block[] = [];
  for (const { chunk, line } of chunks(body)) {
    ctx.source = chunk.source;
    ctx.linesBefore = frontLines + line;
    for (const node of chunk.nodes) convertBlock(node, ctx, blocks, 'body');
  }
  const meta = { ...options.meta };
  if (front.title && !options.meta.title) meta.title = front.title;
  return { page, meta, blocks, notes: ctx.notes };
}

/**
 * Parsing is most of the cost of a form, and most of a filled form is the act's fixed text. So the
 * Markdown is cut at blank lines into chunks (never inside a fenced block or an HTML comment) and
 * each chunk's syntax tree is cached by its text: only the chunks holding data are parsed again.
 * The trees are read, never changed. Same text, same tree: the output does not depend on the cache.
 */
interface Chunk { source: string; nodes: RootContent[] }
const chunkCache = new Map<string, Chunk>();
const CHUNK_CACHE_MAX = 20_000;

/** Each chunk with the number of the body's lines before it (a separator between parts holds two line ends). */
function chunks(body: string): Array<{ chunk: Chunk; line: number }> {
  const out: Array<{ chunk: Chunk; line: number }> = [];
  const parts = body.split(/\n[ \t]*\n/);
  let pending = '';
  let line = 0;
  let pendingLine = 0;
  // Counted part by part as the chunk grows (recounting the whole chunk for each part was quadratic:
  // an unclosed fence in a 1.4 MB draft took seconds, found by fuzzing).
  let fences = 0;
  let open = 0;
  let close = 0;
  for (const part of parts) {
    if (!pending) pendingLine = line;
    line += lineCount(part, 0, part.length) + 2;
    pending = pending ? `${pending}\n\n${part}` : part;
    fences += (part.match(/^ {0,3}(```|~~~)/gm) ?? []).length;
    open += (part.match(/<!--/g) ?? []).length;
    close += (part.match(/-->/g) ?? []).length;
    if (fences % 2 === 1 || open > close) continue; // a block spans the blank line: keep joining
    if (pending.trim() !== '') out.push({ chunk: parseChunk(pending), line: pendingLine });
    pending = '';
    fences = 0;
    open = 0;
    close = 0;
  }
  if (pending.trim() !== '') out.push({ chunk: parseChunk(pending), line: pendingLine });
  return out;
}

function lineCount(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The line of a node in the whole text (what a message names), or «?». */
const lineOf = (node: { position?: { start: { line: number } } }, ctx: Ctx): number | '?' =>
  node.position ? node.position.start.line + ctx.linesBefore : '?';

function parseChunk(source: string): Chunk {
  const c = cachedChunk(source);
  chunkRecorder?.(source, c.nodes);
  return c;
}

function cachedChunk(source: string): Chunk {
  let c = chunkCache.get(source);
  if (c) return c;
  const built = builtChunks.get(source);
  if (built === undefined && !parseMarkdown) throw new ParserNotLoaded('markdown', () => import('./markdown-parser.js'));
  c = { source, nodes: built !== undefined ? (JSON.parse(built) as RootContent[]) : parseMarkdown!(source).children };
  if (chunkCache.size >= CHUNK_CACHE_MAX) chunkCache.clear();
  chunkCache.set(source, c);
  return c;
}

/**
 * The syntax trees the build parsed (scripts/build-templates.ts: every chunk of the blank forms and orders), as
 * the JSON of each chunk's nodes: a chunk of the same text is not parsed again. Kept apart from the cache above,
 * which may be cleared; a tree is read from its JSON when first used.
 */
const builtChunks = new Map<string, string>();
export function provideParsedChunks(entries: Iterable<[string, string]>): void {
  for (const [source, json] of entries) builtChunks.set(source, json);
}

/** For the build (scripts/build-templates.ts): told of every chunk a model is built from, with its nodes. */
let chunkRecorder: ((source: string, nodes: readonly RootContent[]) => void) | undefined;
export function recordChunks(r: typeof chunkRecorder): void {
  chunkRecorder = r;
}

interface Ctx {
  source: string;
  /** Lines of the whole text before the current chunk (front matter included): node positions count within a chunk. */
  linesBefore: number;
  page: PageSetup;
  rowHeight: number;
  /** Type sizes of the current part (a composed order keeps each form's own sizes, `<!-- part: … -->`). */
  bodySize: number;
  tableSize: number;
  pendingWidths: number[] | undefined;
  /** The least widths (mm) of the widths comment above the next table, when it gives any (`18>45mm`). */
  pendingMinWidths: number[] | undefined;
  pendingHeader: number | undefined;
  /** `<!-- keep -->` seen above the next table: its last row keeps with what follows it. */
  pendingKeep: boolean;
  /** Editorial notes found so far (`{.note}` paragraphs), in document order. */
  notes: string[];
  /** Set by applyAttrs when the paragraph just read is a `{.note}`. */
  note: boolean;
  /** Navigation of the current part: an appendix caption seen, its title (first heading) seen. */
  captioned: boolean;
  titled: boolean;
}

type Where = 'body' | 'right';

const ATTRS = /(?<!\\)\{((?:\.[a-z]+\s*)+)\}\s*$/;
/** A marker that ends a source line but not the paragraph: Markdown joined the next line to it (a blank line missing). */
const INNER_ATTRS = /(?<!\\)\{(?:\.[a-z]+\s*)+\}[ \t]*\r?\n(?=[\s\S]*\S)/;

function textWidthMm(page: PageSetup): number {
  return page.widthMm - page.marginLeftMm - page.marginRightMm;
}

function baseParagraph(where: Where, ctx: Ctx): Paragraph {
  if (where === 'right') {
    return { kind: 'paragraph', runs: [], align: 'center', indentLeftMm: textWidthMm(ctx.page) * RIGHT_BLOCK_START, firstLineMm: 0, spaceBeforePt: 0, spaceAfterPt: 0, keepWithNext: true };
  }
  return { kind: 'paragraph', runs: [], align: 'justify', indentLeftMm: 0, firstLineMm: FIRST_LINE_INDENT_MM, spaceBeforePt: 0, spaceAfterPt: 0 };
}

function convertBlock(node: RootContent, ctx: Ctx, out: Block[], where: Where): void {
  switch (node.type) {
    case 'heading': {
      const p = baseParagraph('body', ctx);
      p.runs = phrasing(node.children, { bold: true });
      p.firstLineMm = 0;
      p.keepWithNext = true;
      p.align = node.depth <= 2 ? 'center' : 'left';
      p.spaceBeforePt = node.depth === 1 ? 6 : 6;
      p.spaceAfterPt = 6;
      applyAttrs(node, p, ctx);
      sized(p, ctx);
      const level = outlineOfHeading(node.depth, text(p), ctx);
      if (level) p.outline = level;
      out.push(p);
      return;
    }
    case 'paragraph': {
      const p = baseParagraph(where, ctx);
      p.runs = phrasing(node.children, {});
      ctx.note = false;
      applyAttrs(node, p, ctx);
      if (ctx.note) {
        // an editorial note leaves the document body: it goes to the notes report
        ctx.note = false;
        ctx.notes.push(p.runs.map((r) => r.text).join('').replace(/\s+/g, ' ').trim());
        return;
      }
      // a label with a fill-in blank («Қолы ______») is set flush left: justified, its blank would be spread
      if (p.align === 'justify' && p.runs.some((r) => r.text.includes('___'))) p.align = 'left';
      // an appendix caption («… 1-қосымша») heads the navigation of its part
      if (where === 'right' && CAPTION.test(text(p))) { p.outline = 1; ctx.captioned = true; }
      sized(p, ctx);
      out.push(p);
      return;
    }
    case 'blockquote':
      for (const child of node.children) convertBlock(child, ctx, out, 'right');
      return;
    case 'list': {
      let n = node.start ?? 1;
      // the act's own marker: «1.» is a clause (тармақ), «1)» a sub-clause (тармақша); mdast keeps only
      // the number, so the delimiter is read from the source text of the first item
      const delimiter = node.ordered ? listDelimiter(node, ctx) : '';
      for (const item of node.children) {
        const label = node.ordered ? `${n++}${delimiter} ` : '– ';
        let first = true;
        for (const child of item.children) {
          const before = out.length;
          convertBlock(child, ctx, out, where);
          const added = out[before];
          if (first && added && added.kind === 'paragraph') added.runs.unshift({ text: label });
          first = false;
        }
      }
      return;
    }
    case 'table':
      out.push(convertTable(node, ctx));
      ctx.pendingWidths = undefined;
      ctx.pendingMinWidths = undefined;
      ctx.pendingHeader = undefined;
      ctx.pendingKeep = false;
      return;
    case 'thematicBreak':
      out.push({ kind: 'pageBreak' });
      return;
    case 'html': {
      const v = node.value.trim();
      if (/^<!--\s*pagebreak\s*-->$/i.test(v)) out.push({ kind: 'pageBreak' });
      const w = /^<!--\s*widths:(.*?)-->$/is.exec(v);
      if (w) readWidths(w[1] ?? '', node, ctx);
      const h = /^<!--\s*header:\s*(\d+)\s*-->$/i.exec(v);
      if (h) ctx.pendingHeader = Number(h[1]);
      if (/^<!--\s*keep\s*-->$/i.test(v)) ctx.pendingKeep = true;
      const part = /^<!--\s*part:([^>]*)-->$/i.exec(v);
      if (part) { applyPart(part[1] ?? '', ctx); ctx.captioned = false; ctx.titled = false; }
      return;
    }
    case 'code': {
      if (node.lang !== 'signature') {
        const l = lineOf(node, ctx);
        const lang = node.lang ?? '';
        throw new MarkdownError(t3(`${l}-жол: «${lang}» блогы белгісіз (тек «signature» блогы бар)`, `строка ${l}: блок «${lang}» неизвестен (есть только блок «signature»)`, `line ${l}: fenced block "${lang}" is not a known block (only "signature")`));
      }
      // a block left with no line (a protocol's signatories filtered to those present, and none was) is no table: Word
      // refuses a table without a row
      const signatures = signatureTable(node.value, ctx);
      if (signatures.rows.length === 0) return;
      // a signature block never stands alone: the paragraph it signs, or the last row of the table it signs, is kept with it
      const before = out[out.length - 1];
      if (before && (before.kind === 'paragraph' || (before.kind === 'table' && before.borders))) before.keepWithNext = true;
      out.push(signatures);
      return;
    }
    default:
      return; // definitions, footnote definitions, yaml: not part of a form
  }
}

/** An appendix caption ends with «N-қосымша» (or «N қосымша»). */
const CAPTION = /\d+\s*-?\s*қосымша\s*$/iu;
/** A chapter heading: «N-тарау. …». */
const CHAPTER = /^\s*\d+\s*-\s*тарау(?!\p{L})/iu;

const text = (p: Paragraph): string => p.runs.map((r) => r.text).join('');

/**
 * The navigation level of a heading: the first `#`/`##` of a part is its title (level 1, or 2 under an appendix
 * caption); a chapter («N-тарау») is level 2; other headings («Шешім», a table's caption) are not navigation.
 */
function outlineOfHeading(depth: number, heading: string, ctx: Ctx): 1 | 2 | undefined {
  if (depth <= 2 && !ctx.titled && !CHAPTER.test(heading)) {
    ctx.titled = true;
    return ctx.captioned ? 2 : 1;
  }
  return depth <= 2 && CHAPTER.test(heading) ? 2 : undefined;
}

/** `.` or `)`, as the list's source writes it (CommonMark: one list never mixes the two). */
function listDelimiter(node: { position?: { start: { offset?: number } } }, ctx: Ctx): '.' | ')' {
  const start = node.position?.start.offset;
  if (start === undefined) return ')';
  const m = /^\s*\d{1,9}([.)])/.exec(ctx.source.slice(start, start + 16));
  return m?.[1] === '.' ? '.' : ')';
}

function applyAttrs(node: MdParagraph | { position?: MdParagraph['position']; children: PhrasingContent[] }, p: Paragraph, ctx: Ctx): void {
  const end = node.position?.end.offset;
  const start = node.position?.start.offset;
  if (end === undefined || start === undefined) return;
  const inner = INNER_ATTRS.exec(ctx.source.slice(start, end));
  if (inner) {
    const first = lineOf(node, ctx);
    const l = first === '?' ? first : first + (ctx.source.slice(start, start + inner.index).match(/\n/g)?.length ?? 0);
    const mark = inner[0].trim();
    throw new MarkdownError(t3(
      `${l}-жол: «${mark}» белгісі абзацтың соңында емес: келесі жол осы абзацқа қосылып кетеді (арасында бос жол жоқ)`,
      `строка ${l}: отметка «${mark}» стоит не в конце абзаца: следующая строка слилась с этим абзацем (нет пустой строки)`,
      `line ${l}: the marker "${mark}" does not end its paragraph: the next line was joined to it (a blank line is missing)`));
  }
  const m = ATTRS.exec(ctx.source.slice(start, end));
  if (!m) return;
  // strip the attribute text from the last run
  const last = p.runs[p.runs.length - 1];
  if (last) last.text = last.text.replace(/\{((?:\.[a-z]+\s*)+)\}\s*$/, '').replace(/\s+$/, '');
  for (const cls of (m[1] ?? '').split(/\s+/).filter(Boolean)) {
    switch (cls) {
      case '.center': case '.right': case '.left': case '.justify':
        p.align = cls.slice(1) as Align;
        p.firstLineMm = 0;
        break;
      case '.noindent': p.firstLineMm = 0; break;
      case '.small': p.sizePt = Math.max(8, ctx.bodySize - 2); break;
      case '.bold': for (const r of p.runs) r.bold = true; break;
      case '.keep': p.keepWithNext = true; break;
      case '.note': ctx.note = true; break;
      default: {
        const l = lineOf(node, ctx);
        throw new MarkdownError(t3(`${l}-жол: абзацтың белгісіз атрибуты «${cls}»`, `строка ${l}: неизвестный атрибут абзаца «${cls}»`, `line ${l}: unknown paragraph attribute "${cls}"`));
      }
    }
  }
}

function sized(p: Paragraph, ctx: Ctx): void {
  if (p.sizePt === undefined && ctx.bodySize !== ctx.page.fontSizePt) p.sizePt = ctx.bodySize;
}

/** `<!-- part: fontSize=12 tableFontSize=11 rowHeight=8 -->` (or `default`): the sizes of the part that follows. */
function applyPart(spec: string, ctx: Ctx): void {
  ctx.bodySize = ctx.page.fontSizePt;
  ctx.tableSize = ctx.page.tableFontSizePt;
  ctx.rowHeight = 0;
  for (const m of spec.matchAll(/(fontSize|tableFontSize|rowHeight)=(\d+(?:\.\d+)?)/g)) {
    const n = Number(m[2]);
    if (!(n > 0 && n <= 72)) continue;
    if (m[1] === 'fontSize') ctx.bodySize = n;
    else if (m[1] === 'tableFontSize') ctx.tableSize = n;
    else ctx.rowHeight = n;
  }
}

interface Style { bold?: boolean; italic?: boolean; underline?: boolean }

function phrasing(nodes: PhrasingContent[], style: Style): Run[] {
  const runs: Run[] = [];
  const push = (text: string, s: Style): void => {
    if (!text) return;
    const last = runs[runs.length - 1];
    if (last && !!last.bold === !!s.bold && !!last.italic === !!s.italic && !!last.underline === !!s.underline) {
      last.text += text;
      return;
    }
    const r: Run = { text };
    if (s.bold) r.bold = true;
    if (s.italic) r.italic = true;
    if (s.underline) r.underline = true;
    runs.push(r);
  };
  const walk = (list: PhrasingContent[], s: Style): void => {
    for (const n of list) {
      switch (n.type) {
        // the template's own line ends are soft (a space); a value's line breaks, stood in for, come back as breaks
        case 'text': push(decodeValue(n.value.replace(/[ \t]*\r?\n[ \t]*/g, ' ')), s); break;
        case 'strong': walk(n.children, { ...s, bold: true }); break;
        case 'emphasis': walk(n.children, { ...s, italic: true }); break;
        case 'delete': walk(n.children, s); break;
        case 'break': push('\n', s); break;
        case 'inlineCode': push(decodeValue(n.value), s); break;
        case 'link': walk(n.children, s); break;
        case 'html':
          if (/^<br\s*\/?>$/i.test(n.value)) push('\n', s);
          else if (/^<u>$/i.test(n.value)) s = { ...s, underline: true };
          else if (/^<\/u>$/i.test(n.value)) s = { ...s, underline: false };
          break;
        default: break;
      }
    }
  };
  walk(nodes, style);
  return runs;
}

/**
 * A widths comment: one token a column, its relative width, optionally with the least width in mm the column must
 * keep (`18>45mm`: room for a name written in by hand). Anything else is an error naming its line (it was ignored).
 */
function readWidths(text: string, node: { position?: { start: { line: number } } }, ctx: Ctx): void {
  const tokens = text.trim().split(/\s+/);
  const widths: number[] = [];
  const mins: number[] = [];
  for (const token of tokens) {
    const m = /^(\d+(?:\.\d+)?)(?:>(\d+(?:\.\d+)?)mm)?$/.exec(token);
    if (!m || Number(m[1]) <= 0) {
      const l = lineOf(node, ctx);
      throw new MarkdownError(t3(`${l}-жол: widths түсініктемесіндегі «${token}» баған енінің саны емес (мысалы 18 немесе 18>45mm)`, `строка ${l}: «${token}» в комментарии widths не ширина столбца (например 18 или 18>45mm)`, `line ${l}: «${token}» in the widths comment is not a column width (such as 18 or 18>45mm)`));
    }
    widths.push(Number(m[1]));
    mins.push(m[2] ? Number(m[2]) : 0);
  }
  ctx.pendingWidths = widths;
  ctx.pendingMinWidths = mins.some((x) => x > 0) ? mins : undefined;
}

function convertTable(node: MdTable, ctx: Ctx): Table {
  const cols = Math.max(...node.children.map((r) => r.children.length));
  let widths = ctx.pendingWidths ?? new Array<number>(cols).fill(1);
  if (widths.length !== cols) {
    const l = lineOf(node, ctx);
    throw new MarkdownError(t3(`${l}-жол: widths түсініктемесінде ${widths.length} баған, кестеде ${cols}`, `строка ${l}: в комментарии widths столбцов ${widths.length}, в таблице ${cols}`, `line ${l}: widths comment has ${widths.length} columns, the table ${cols}`));
  }
  const sum = widths.reduce((a, b) => a + b, 0);
  widths = widths.map((w) => w / sum);
  const headerRows = ctx.pendingHeader ?? 1;
  const size = ctx.tableSize;
  const rows: TableCell[][] = node.children.map((row, ri) => {
    const cells: TableCell[] = [];
    for (let ci = 0; ci < cols; ci++) {
      const cell = row.children[ci];
      const merge = cell ? mergeMark(cell, ctx) : undefined;
      if (merge) {
        cells.push({ paragraphs: [], covered: true, ...(merge === '<' ? { mergeLeft: true } : { mergeUp: true }) } as TableCell);
        continue;
      }
      const isHeader = ri < headerRows;
      const align = node.align?.[ci];
      const p: Paragraph = {
        kind: 'paragraph',
        runs: cell ? phrasing(cell.children, isHeader ? { bold: true } : {}) : [],
        align: isHeader ? 'center' : align === 'center' ? 'center' : align === 'right' ? 'right' : 'left',
        indentLeftMm: 0,
        firstLineMm: 0,
        spaceBeforePt: 0,
        spaceAfterPt: 0,
        sizePt: size,
      };
      cells.push({ paragraphs: [p] });
    }
    return cells;
  });
  resolveSpans(rows, lineOf(node, ctx));
  return { kind: 'table', widths, ...(ctx.pendingMinWidths ? { minWidthsMm: ctx.pendingMinWidths } : {}), headerRows: Math.min(headerRows, rows.length), borders: true, rows, minRowHeightMm: ctx.rowHeight, ...(ctx.pendingKeep ? { keepWithNext: true } : {}) };
}

/**
 * A template cell written as a bare `<` is merged into the cell on its left (colspan), a bare `^` into the
 * cell above (rowspan). Only the template's own text can do this: data arrives escaped (`\<`), so the
 * source is read, not the parsed value.
 */
function mergeMark(cell: MdTable['children'][number]['children'][number], ctx: Ctx): '<' | '^' | undefined {
  const only = cell.children.length === 1 ? cell.children[0] : undefined;
  if (!only || only.type !== 'text' || (only.value !== '<' && only.value !== '^')) return undefined;
  const s = only.position?.start.offset;
  const e = only.position?.end.offset;
  if (s === undefined || e === undefined) return undefined;
  const raw = ctx.source.slice(s, e);
  return raw === '<' || raw === '^' ? raw : undefined;
}

type Marked = TableCell & { mergeLeft?: boolean; mergeUp?: boolean };

/** Turn `<` / `^` marks into spans on their anchor cells; a mark with nothing to merge into is an error. */
function resolveSpans(rows: TableCell[][], line: number | '?'): void {
  const anchorOf = (ri: number, ci: number): [number, number] => {
    let r = ri;
    let c = ci;
    for (;;) {
      const cell = rows[r]?.[c] as Marked | undefined;
      if (!cell) throw noMergeTarget(line);
      if (cell.mergeLeft) c--;
      else if (cell.mergeUp) r--;
      else return [r, c];
      if (r < 0 || c < 0) throw noMergeTarget(line);
    }
  };
  rows.forEach((row, ri) => row.forEach((cell, ci) => {
    const m = cell as Marked;
    if (!m.mergeLeft && !m.mergeUp) return;
    const [ar, ac] = anchorOf(ri, ci);
    const anchor = rows[ar]?.[ac] as TableCell;
    const span = anchor.span ?? { cols: 1, rows: 1 };
    span.cols = Math.max(span.cols, ci - ac + 1);
    span.rows = Math.max(span.rows, ri - ar + 1);
    anchor.span = span;
  }));
  for (const row of rows) for (const cell of row) { delete (cell as Marked).mergeLeft; delete (cell as Marked).mergeUp; }
}

function signatureTable(value: string, ctx: Ctx): Table {
  const rows: TableCell[][] = value.split(/\r?\n/).filter((l) => l.trim() !== '').map((line) => {
    // data inside a fenced block keeps its Markdown escapes: split on unescaped `|`, then unescape
    const [left = '', right = ''] = line.split(/(?<!\\)\|/).map((s) => decodeValue(s.trim().replace(/\\([!-/:-@[-`{-~])/g, '$1')));
    const cell = (text: string, align: Align): TableCell => ({
      paragraphs: [{ kind: 'paragraph', runs: text ? [{ text }] : [], align, indentLeftMm: 0, firstLineMm: 0, spaceBeforePt: 0, spaceAfterPt: 0, sizePt: ctx.bodySize }],
    });
    return [cell(left, 'left'), cell(right, 'right')];
  });
  // a line whose only text is a parenthesised caption («(тегі, аты-жөні, қолы)», «(қолы)») explains the line above it
  const boundRows = rows.flatMap((row, ri) => (ri > 0 && isCaptionRow(row) ? [ri] : []));
  return { kind: 'table', widths: [0.6, 0.4], headerRows: 0, borders: false, rows, minRowHeightMm: 0, ...(boundRows.length ? { boundRows } : {}) };
}

function isCaptionRow(row: TableCell[]): boolean {
  const texts = row.map((c) => c.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('').trim());
  return /^\(.*\)$/su.test(texts[0] ?? '') && texts.slice(1).every((t) => t === '');
}

/** A «<» or «^» cell with nothing to its left or above to join. */
function noMergeTarget(l: number | '?'): MarkdownError {
  return new MarkdownError(t3(`${l}-жол: біріктірілетін ұяшықтың («<» не «^») қосылатын ұяшығы жоқ`, `строка ${l}: ячейке «<» или «^» не с чем объединиться`, `line ${l}: a merged cell («<» or «^») has no cell to merge into`));
}
