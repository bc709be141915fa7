/**
 * Read a Word file (DOCX) as draft Markdown, the way a reader sees it: paragraphs, Word's automatic
 * list numbering resolved to the numbers printed («1.», «1)», «2-тарау»), headings (Heading N / Title
 * styles, outline levels), bold paragraphs, tables. The Markdown then goes through the same parser and
 * rules as any draft, so a draft gives the same findings in DOCX and in Markdown.
 *
 * Places in a DOCX are paragraph numbers: every `w:p` of the document body in order (empty ones and
 * those inside table cells included), as Word counts them. `paragraphOf[line - 1]` maps a Markdown line
 * back to its paragraph, and `paragraphText` gives the text to quote.
 *
 * Why by hand: mammoth gives HTML or raw text but drops Word's list numbering, which is where clause
 * numbers live in a real draft; the `docx` package writes but does not read. A DOCX is a zip of XML
 * parts: fflate unzips (already used by the renderer), saxes parses (pure, streaming, runs in a browser;
 * ~10× faster than building an @xmldom/xmldom tree, which took 2.5 s on a 3.8 MB document.xml) into the
 * small element tree below, and the numbering of ECMA-376 §17.9 (abstract numbering, levels, start and restart, lvlText such as
 * «%1.», «%2)») is resolved here.
 *
 * Pure: bytes in, Markdown out. Bounded (issue 15): the parts read are limited in size before they are
 * inflated, and the text read out of them is limited as a Markdown draft of the same size would be —
 * a 51 KB DOCX whose document.xml unpacks to 8 MB had taken 9.5 s of CPU and 660 MB.
 */
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { t3, type Text3 } from '../law/finding.js';
import { NOTE_RE, noteTakesNext } from './import.js';
import type { CrossReference } from './cross-references.js';
import type { Revisions } from './revisions.js';
import type { EmptyNumbered } from './empty-numbered.js';
import { columnLanguage, type ParallelColumns } from './parallel-columns.js';
import type { SourceMap } from './where.js';

/**
 * A document part larger than this unpacked is refused before it is inflated. A methodology of 300 KB of
 * text is 2–4 MB of WordprocessingML (runs, revision ids); 16 MB is four times that, and parses in < 1 s.
 */
export const MAX_PART_BYTES = 16 * 1024 * 1024;
/**
 * Characters of text a Word file may yield. A methodology with its forms is 50–150 thousand characters;
 * a Markdown draft under the 1 MB input bound is at most a million. Beyond that the file is refused, as
 * YAML alias expansion is: a small zip must not become a draft thousands of times its size.
 */
export const MAX_TEXT_CHARS = 1_000_000;
/**
 * Elements nested deeper than this in a part are refused as it is read: the reader walks the tree recursively (a
 * table in a cell of a table…), and 3,000 tables nested in a 20 KB file overflowed the stack — a RangeError instead of
 * a message. A Word document's deepest nesting is a few dozen elements (a table in a table is four more).
 */
export const MAX_XML_DEPTH = 512;

/** A Word file that cannot be read as a draft, with the reason in the three languages. */
export class DocxError extends Error {
  override name = 'DocxError';
  constructor(readonly text: Text3) {
    super(text.en);
  }
}

export interface DocxDraft {
  markdown: string;
  /** Markdown line (0-based index) → paragraph number (1-based), 0 where a line comes from no paragraph. */
  paragraphOf: number[];
  /** Paragraph number (1-based index; [0] unused) → its text as the reader sees it (with its number). */
  paragraphText: string[];
  /** Tracked changes left unaccepted and comments, when the file holds any (the text is read as if accepted). */
  revisions?: Revisions;
  /** Cross-references (REF fields) whose bookmark is not in the file, or that show another number than their clause's. */
  crossReferences?: CrossReference[];
  /** Numbered paragraphs shown with their number and nothing else («12.»): a gap they leave is told there. */
  emptyNumbered?: EmptyNumbered[];
  /** The methodology laid out in two languages side by side in a table: the column read (`./parallel-columns.ts`). */
  parallelColumns?: ParallelColumns;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** An XML element as the reader needs it: local name, WordprocessingML attributes by local name, children, text. */
interface Element {
  localName: string;
  attrs: Record<string, string>;
  kids: Element[];
  text: string;
}

const kids = (el: Element | null | undefined, name?: string): Element[] => (!el ? [] : name ? el.kids.filter((k) => k.localName === name) : el.kids);
const kid = (el: Element | null | undefined, name: string): Element | undefined => el?.kids.find((k) => k.localName === name);
const attr = (el: Element | undefined, name: string): string | null => (el ? el.attrs[name] ?? null : null);

/** More text than a Word file may yield (see MAX_TEXT_CHARS), in the three languages; `where` says how far it was read. */
const tooMuchText = (where: Text3): DocxError => {
  const max = MAX_TEXT_CHARS.toLocaleString('en').replace(/,/g, ' ');
  return new DocxError(t3(`Word файлында ${max} таңбадан көп мәтін бар (${where.kk}): әдістеме мұндай ұзын болмайды`, `в файле Word больше ${max} символов текста (${where.ru}): методика не бывает такой длинной`, `the Word file holds more than ${max} characters of text (${where.en}): a methodology is never that long`));
};

/** A part whose elements nest deeper than MAX_XML_DEPTH, in the three languages. */
const tooDeep = (part: string): DocxError =>
  new DocxError(t3(
    `${part} бөлігінде элементтер ${MAX_XML_DEPTH} деңгейден терең салынған (мысалы, кесте ішіндегі кесте): әдістеменің Word файлы мұндай болмайды`,
    `в части ${part} элементы вложены глубже ${MAX_XML_DEPTH} уровней (например, таблица в таблице): файл Word методики не бывает таким`,
    `${part} nests elements more than ${MAX_XML_DEPTH} deep (a table in a table…): a methodology's Word file is never like that`,
  ));

/**
 * Parse one part into an element tree; a part that is not well-formed XML is a DocxError naming it.
 * The part's text is counted as it is read, so that a part of far more text than a draft may hold is
 * refused before its tree is built.
 */
function parseXml(bytes: Uint8Array | undefined, part: string): Element | null {
  if (!bytes) return null;
  const text = new TextDecoder('utf-8').decode(bytes);
  const root: Element = { localName: '', attrs: {}, kids: [], text: '' };
  const stack: Element[] = [root];
  let error: string | undefined;
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (e: Error) => {
    error ??= e.message;
  });
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const a of Object.values(tag.attributes)) {
      if (typeof a !== 'string' && (a.uri === W || a.prefix === 'w')) attrs[a.local] = a.value;
    }
    const el: Element = { localName: tag.local ?? tag.name, attrs, kids: [], text: '' };
    (stack[stack.length - 1] as Element).kids.push(el);
    stack.push(el);
    if (stack.length > MAX_XML_DEPTH + 1) throw tooDeep(part);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  let chars = 0;
  parser.on('text', (t: string) => {
    chars += t.length;
    if (chars > MAX_TEXT_CHARS) throw tooMuchText(t3(`${part} бөлігінде`, `в части ${part}`, `in ${part}`));
    (stack[stack.length - 1] as Element).text += t;
  });
  try {
    parser.write(text).close();
  } catch (err) {
    if (err instanceof DocxError) throw err;
    error ??= (err as Error).message;
  }
  if (error !== undefined) {
    const why = error.slice(0, 200);
    throw new DocxError(t3(`${part} бөлігі дұрыс XML емес: ${why}`, `часть ${part} — не корректный XML: ${why}`, `${part} is not well-formed XML: ${why}`));
  }
  return root.kids[0] ?? null;
}

/**
 * One level of a list. `restart` is `w:lvlRestart` (ECMA-376 § 17.9.10): the 1-based level whose use
 * restarts this one, 0 for never; absent, any higher level restarts it. Word users number clauses
 * through the whole methodology in a «N-тарау. / N. / N)» list by setting «restart after: none».
 */
interface Level { fmt: string; text: string; start: number; restart?: number }
interface Style { name: string; basedOn?: string; heading?: number; numId?: string; ilvl?: number; bold?: boolean }

const LATIN_LETTERS = [...'abcdefghijklmnopqrstuvwxyz'];
/**
 * The letters of Word's «а), б), в)» list format (`russianLower`, ECMA-376 § 17.18.59): the alphabet without
 * ё, й, ъ, ь, as LibreOffice reads and writes that format (i18npool, table_CyrillicLowerLetter_ru).
 */
const RUSSIAN_LETTERS = [...'абвгдежзиклмнопрстуфхцчшщыэюя'];

/** Word's number formats that clause numbering uses; others fall back to decimal. */
function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'bullet':
    case 'none':
      return '';
    case 'lowerLetter':
    case 'upperLetter':
    case 'russianLower':
    case 'russianUpper': {
      // Letters as Word writes them past the alphabet's end: the letter repeated (…, z, aa, bb, …).
      const alphabet = fmt.startsWith('russian') ? RUSSIAN_LETTERS : LATIN_LETTERS;
      if (n < 1) return String(n);
      const s = (alphabet[(n - 1) % alphabet.length] as string).repeat(Math.floor((n - 1) / alphabet.length) + 1);
      return fmt === 'upperLetter' || fmt === 'russianUpper' ? s.toUpperCase() : s;
    }
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'lowerRoman':
    case 'upperRoman': {
      const r: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
      let s = '';
      let k = n;
      for (const [v, l] of r) while (k >= v) { s += l; k -= v; }
      return fmt === 'upperRoman' ? s.toUpperCase() : s;
    }
    default:
      return String(n);
  }
}

/** Numbering definitions: num id → its levels (abstract levels with the num's overrides). */
interface Num { abstract: string; levels: Level[]; restarts: number[] }

/**
 * `listStyles`: numbering styles (styleId → the num id in their numPr). A list made from a list style
 * («Define New List Style», or a multilevel list linked to headings) has an abstract numbering with
 * no levels of its own, only `w:numStyleLink` naming the style; its levels are those of the abstract
 * the style's num uses (the one with `w:styleLink`), and both count as one list (ECMA-376 § 17.9.21, § 17.9.27).
 */
function readNumbering(root: Element | null, listStyles: ReadonlyMap<string, string> = new Map()): Map<string, Num> {
  const abstracts = new Map<string, Level[]>();
  const out = new Map<string, Num>();
  if (!root) return out;
  const numAbstract = new Map<string, string>();
  for (const num of kids(root, 'num')) numAbstract.set(attr(num, 'numId') ?? '', attr(kid(num, 'abstractNumId'), 'val') ?? '');
  const links = new Map<string, string>();
  for (const a of kids(root, 'abstractNum')) {
    const link = attr(kid(a, 'numStyleLink'), 'val');
    if (link !== null) links.set(attr(a, 'abstractNumId') ?? '', link);
  }
  /** The abstract whose levels a list uses: through its list style when it links to one (a cycle or a dangling link is cut). */
  const resolveAbstract = (id: string): string => {
    let cur = id;
    for (let i = 0; i < 4; i++) {
      const style = links.get(cur);
      const next = style === undefined ? undefined : numAbstract.get(listStyles.get(style) ?? '');
      if (next === undefined || next === cur) break;
      cur = next;
    }
    return cur;
  };
  const levelsOf = (el: Element): Level[] => {
    const levels: Level[] = [];
    for (const lvl of kids(el, 'lvl')) {
      const i = Number(attr(lvl, 'ilvl') ?? 0);
      if (!(i >= 0 && i < 9)) continue;
      levels[i] = {
        fmt: attr(kid(lvl, 'numFmt'), 'val') ?? 'decimal',
        text: attr(kid(lvl, 'lvlText'), 'val') ?? '',
        start: Number(attr(kid(lvl, 'start'), 'val') ?? 1),
      };
      const restart = attr(kid(lvl, 'lvlRestart'), 'val');
      if (restart !== null && Number.isInteger(Number(restart)) && Number(restart) >= 0) (levels[i] as Level).restart = Number(restart);
    }
    return levels;
  };
  for (const a of kids(root, 'abstractNum')) abstracts.set(attr(a, 'abstractNumId') ?? '', levelsOf(a));
  for (const num of kids(root, 'num')) {
    const abstract = resolveAbstract(attr(kid(num, 'abstractNumId'), 'val') ?? '');
    const levels = [...(abstracts.get(abstract) ?? [])];
    for (const o of kids(num, 'lvlOverride')) {
      const i = Number(attr(o, 'ilvl') ?? 0);
      const start = attr(kid(o, 'startOverride'), 'val');
      const own = kid(o, 'lvl');
      if (own) levels[i] = levelsOf(o)[i] ?? (levels[i] as Level);
      if (start !== null && levels[i]) levels[i] = { ...(levels[i] as Level), start: Number(start) };
    }
    // Word counts per abstract list: nums of one abstract continue each other, and a num with a
    // startOverride restarts the count where it is first used (LibreOffice writes «restart here» so).
    const restarts = kids(num, 'lvlOverride').flatMap((o) => (kid(o, 'startOverride') ? [Number(attr(o, 'ilvl') ?? 0)] : []));
    out.set(attr(num, 'numId') ?? '', { abstract, levels, restarts });
  }
  return out;
}

/** Numbering (list) styles: styleId → the num id of their numPr. */
function readListStyles(root: Element | null): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of kids(root, 'style')) {
    const numId = attr(kid(kid(kid(s, 'pPr'), 'numPr'), 'numId'), 'val');
    if (attr(s, 'type') === 'numbering' && numId !== null) out.set(attr(s, 'styleId') ?? '', numId);
  }
  return out;
}

function readStyles(root: Element | null): Map<string, Style> {
  const out = new Map<string, Style>();
  if (!root) return out;
  for (const s of kids(root, 'style')) {
    if (attr(s, 'type') !== 'paragraph') continue;
    const id = attr(s, 'styleId') ?? '';
    const name = attr(kid(s, 'name'), 'val') ?? id;
    const pPr = kid(s, 'pPr');
    const outline = attr(kid(pPr, 'outlineLvl'), 'val');
    const m = /^(?:heading|заголовок|тақырып)\s*(\d)$/iu.exec(name);
    const heading = /^title$/iu.test(name) ? 1 : m ? Number(m[1]) : outline !== null && Number(outline) < 9 ? Number(outline) + 1 : undefined;
    const numPr = kid(pPr, 'numPr');
    const b = kid(kid(s, 'rPr'), 'b');
    out.set(id, {
      name,
      ...(attr(kid(s, 'basedOn'), 'val') ? { basedOn: attr(kid(s, 'basedOn'), 'val') as string } : {}),
      ...(heading !== undefined ? { heading } : {}),
      ...(numPr ? { numId: attr(kid(numPr, 'numId'), 'val') ?? '', ilvl: Number(attr(kid(numPr, 'ilvl'), 'val') ?? 0) } : {}),
      ...(b && attr(b, 'val') !== '0' && attr(b, 'val') !== 'false' ? { bold: true } : {}),
    });
  }
  return out;
}

/** A style with what it inherits (basedOn chains are short; a cycle is cut). */
function resolveStyle(styles: Map<string, Style>, id: string | null): Style {
  const out: Style = { name: '' };
  const seen = new Set<string>();
  let cur = id ? styles.get(id) : undefined;
  while (cur && !seen.has(cur.name)) {
    seen.add(cur.name);
    out.name ||= cur.name;
    if (out.heading === undefined && cur.heading !== undefined) out.heading = cur.heading;
    if (out.numId === undefined && cur.numId !== undefined) {
      out.numId = cur.numId;
      out.ilvl = cur.ilvl ?? 0;
    }
    if (out.bold === undefined && cur.bold !== undefined) out.bold = cur.bold;
    cur = cur.basedOn ? styles.get(cur.basedOn) : undefined;
  }
  return out;
}

/**
 * The text boxes drawn in a run (a stamp or an appendix label placed at the right in a box): each
 * box's paragraphs. Word writes a box twice, as DrawingML (mc:Choice) and as VML for older readers
 * (mc:Fallback): the first alternative is read, never both.
 */
function textBoxesIn(el: Element, out: Element[][]): void {
  for (const c of el.kids) {
    if (c.localName === 'txbxContent') out.push(kids(c, 'p'));
    else if (c.localName === 'AlternateContent') {
      const first = c.kids.find((k) => k.localName === 'Choice' || k.localName === 'Fallback');
      if (first) textBoxesIn(first, out);
    } else textBoxesIn(c, out);
  }
}

/**
 * The Symbol font's characters (Insert → Symbol stores `w:sym w:font="Symbol" w:char="F0BE"`, ECMA-376 Part 1
 * § 17.3.3.30: the code is the font's own, F000 + its byte) that a methodology's text holds, as the Unicode
 * characters they show: the space, the minus and the long dash of a range («4⎯5»), comparison signs.
 */
const SYMBOL_FONT: Readonly<Record<number, string>> = {
  0x20: ' ', 0x2d: '−', 0x3c: '<', 0x3d: '=', 0x3e: '>', 0xa3: '≤', 0xb3: '≥', 0xb1: '±', 0xb4: '×', 0xb7: '•', 0xb9: '≠', 0xbb: '≈', 0xbe: '—',
};
/**
 * A symbol inserted from a font (`w:sym`): a Unicode character as it is, the Symbol font's as {@link SYMBOL_FONT}
 * says, and any other (a Wingdings picture) a space, so that it never joins the words beside it. Before, a symbol
 * was dropped: «4⎯5» read «45» and a space typed from the Symbol font joined two words.
 */
/**
 * A run's text with the symbols LibreOffice writes for `w:sym` (a Symbol-font run whose text is the font's own code,
 * U+F020–U+F0FF, as it saves a symbol inserted in Word or Writer) read as {@link symbolChar} reads them.
 */
function symbolText(text: string, rPr: Element | undefined): string {
  if (!/[\uf000-\uf0ff]/u.test(text)) return text;
  const font = attr(kid(rPr, 'rFonts'), 'ascii') ?? attr(kid(rPr, 'rFonts'), 'hAnsi');
  return text.replace(/[\uf000-\uf0ff]/gu, (c) => symbolChar(font, (c.codePointAt(0) as number).toString(16)));
}
function symbolChar(font: string | null, char: string | null): string {
  const code = Number.parseInt(char ?? '', 16);
  if (!Number.isFinite(code)) return ' ';
  if (code < 0xf000) return code >= 0x20 && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : ' ';
  return (/^symbol$/iu.test(font ?? '') ? SYMBOL_FONT[code - 0xf000] : undefined) ?? ' ';
}

/**
 * Text of a paragraph's runs: tabs as spaces, breaks as new lines; whether every visible run is bold;
 * the paragraphs of the text boxes anchored in it. `carried`: the runs of the paragraphs before it whose
 * paragraph marks are tracked deletions (`markDeleted`), read first, in its style; their text boxes were
 * read with them.
 */
function runsOf(p: Element, styleBold: boolean, carried: readonly Element[] = []): { text: string; bold: boolean; boxes: Element[][] } {
  let text = '';
  let bold = true;
  let any = false;
  const boxes: Element[][] = [];
  let ownBoxes = false;
  const walk = (el: Element): void => {
    for (const c of kids(el)) {
      switch (c.localName) {
        case 'r': {
          const rPr = kid(c, 'rPr');
          // Hidden text (Font → Hidden, w:vanish) is neither shown nor printed: not part of the draft a reader sees.
          const vanish = kid(rPr, 'vanish');
          if (vanish && attr(vanish, 'val') !== '0' && attr(vanish, 'val') !== 'false') break;
          const b = kid(rPr, 'b');
          const runBold = b ? attr(b, 'val') !== '0' && attr(b, 'val') !== 'false' : styleBold;
          let t = '';
          for (const x of kids(c)) {
            // A soft hyphen typed as a character (pasted text) is Word's optional hyphen (w:softHyphen): invisible inside a word.
            if (x.localName === 't') t += symbolText(x.text.replace(/\u00ad/g, ''), rPr);
            else if (x.localName === 'tab') t += ' ';
            else if (x.localName === 'br' || x.localName === 'cr') t += '\n';
            else if (x.localName === 'noBreakHyphen') t += '-';
            else if (x.localName === 'sym') t += symbolChar(attr(x, 'font'), attr(x, 'char'));
            else if (ownBoxes && (x.localName === 'AlternateContent' || x.localName === 'pict' || x.localName === 'drawing')) textBoxesIn({ ...x, kids: [x] }, boxes);
          }
          if (t.trim()) {
            any = true;
            if (!runBold) bold = false;
          }
          text += t;
          break;
        }
        case 'hyperlink':
        case 'ins':
        // Tracked changes left unaccepted: inserted and moved-here text is read, deleted and moved-away
        // text (w:del, w:moveFrom) is not — the draft as it will read once the changes are accepted.
        case 'moveTo':
        case 'smartTag':
        case 'customXml':
        case 'dir':
        case 'bdo':
        case 'sdt':
        case 'sdtContent':
        case 'fldSimple':
          walk(c);
          break;
        default:
          break;
      }
    }
  };
  if (carried.length > 0) walk({ localName: 'p', attrs: {}, kids: [...carried], text: '' });
  ownBoxes = true;
  walk(p);
  return { text, bold: any && bold, boxes };
}

/**
 * Whether a paragraph's mark is a tracked deletion (`w:pPr/w:rPr/w:del`, ECMA-376 Part 1 § 17.13.5.15
 * «Deleted Paragraph»): «the contents of this paragraph are no longer delimited by this paragraph mark,
 * and are combined with the following paragraph» once the change is accepted. An inserted mark
 * (`w:ins` there, § 17.13.5.20) is a split the author made: the paragraphs stay two.
 */
const markDeleted = (p: Element): boolean => !!kid(kid(kid(p, 'pPr'), 'rPr'), 'del');
/** Whether a paragraph holds text deleted with Track Changes (`w:del` / `w:moveFrom` runs with `w:delText`). */
const hasDeletedText = (p: Element): boolean => {
  const stack = p.kids.filter((k) => k.localName !== 'pPr');
  while (stack.length > 0) {
    const el = stack.pop() as Element;
    if (el.localName === 'delText') return true;
    stack.push(...el.kids);
  }
  return false;
};

/** A paragraph's field characters in order: a field begins, gives its instruction (« TOC \\o "1-3" »), ends. */
function fieldEvents(el: Element, out: Array<{ kind: 'begin' | 'instr' | 'end'; text: string }>): void {
  for (const c of el.kids) {
    if (c.localName === 'fldChar') {
      const t = attr(c, 'fldCharType');
      if (t === 'begin' || t === 'end') out.push({ kind: t, text: '' });
    } else if (c.localName === 'instrText') out.push({ kind: 'instr', text: c.text });
    else if (c.localName === 'fldSimple') {
      out.push({ kind: 'begin', text: '' }, { kind: 'instr', text: attr(c, 'instr') ?? '' });
      fieldEvents(c, out);
      out.push({ kind: 'end', text: '' });
    } else if (c.localName !== 'txbxContent') fieldEvents(c, out);
  }
}
/**
 * A paragraph's cross-references (REF fields, ECMA-376 Part 1 § 17.16.5.52: «REF bookmark [switches]»), each with
 * the bookmark it names, whether it inserts the bookmarked paragraph's number (\\r, \\n, \\w) and the result the
 * file holds — what Word shows until the fields are updated. Its text boxes' fields are theirs.
 */
function refFields(p: Element): Array<{ bookmark: string; number: boolean; shows: string }> {
  const out: Array<{ bookmark: string; number: boolean; shows: string }> = [];
  const open: Array<{ instr: string; shows: string; result: boolean }> = [];
  const done = (instr: string, shows: string): void => {
    const m = /^\s*REF\s+(\S+)(.*)$/su.exec(instr);
    if (m) out.push({ bookmark: m[1] as string, number: /\\[rnw](?![A-Za-z])/u.test(m[2] as string), shows: shows.replace(/\s+/g, ' ').trim() });
  };
  const walk = (el: Element): void => {
    for (const c of el.kids) {
      if (c.localName === 'fldChar') {
        const t = attr(c, 'fldCharType');
        if (t === 'begin') open.push({ instr: '', shows: '', result: false });
        else if (t === 'separate' && open.length > 0) (open[open.length - 1] as { result: boolean }).result = true;
        else if (t === 'end') {
          const f = open.pop();
          if (f) done(f.instr, f.shows);
        }
      } else if (c.localName === 'instrText') {
        const f = open[open.length - 1];
        if (f && !f.result) f.instr += c.text;
      } else if (c.localName === 't') {
        for (const f of open) if (f.result) f.shows += c.text;
      } else if (c.localName === 'fldSimple') {
        const shows: string[] = [];
        const text = (e: Element): void => e.kids.forEach((k) => (k.localName === 't' ? shows.push(k.text) : k.localName !== 'txbxContent' && text(k)));
        text(c);
        for (const f of open) if (f.result) f.shows += shows.join('');
        done(attr(c, 'instr') ?? '', shows.join(''));
      } else if (c.localName !== 'txbxContent' && c.localName !== 'del' && c.localName !== 'moveFrom') walk(c);
    }
  };
  walk(p);
  return out;
}
/** The bookmarks that begin in a paragraph (not in its text boxes). */
function bookmarksIn(el: Element, out: string[] = []): string[] {
  for (const c of el.kids) {
    if (c.localName === 'bookmarkStart') {
      const name = attr(c, 'name');
      if (name) out.push(name);
    } else if (c.localName !== 'txbxContent') bookmarksIn(c, out);
  }
  return out;
}
const TOC_FIELD = /^\s*TOC(?![A-Za-z])/u;
/** Word's built-in table-of-contents styles («toc 1» … «toc 9» in styles.xml, whatever the UI language). */
const TOC_STYLE = /^toc\s*\d$/iu;

/**
 * The body's blocks (paragraphs and tables) in order, with the content controls (w:sdt) they sit in
 * opened; `toc` marks those of a table of contents (a control of the «Table of Contents» gallery).
 */
function bodyBlocks(els: Element[], toc: boolean, out: Array<{ el: Element; toc: boolean }>): Array<{ el: Element; toc: boolean }> {
  for (const el of els) {
    if (el.localName === 'sdt') {
      const gallery = attr(kid(kid(kid(el, 'sdtPr'), 'docPartObj'), 'docPartGallery'), 'val') ?? '';
      bodyBlocks(kids(kid(el, 'sdtContent')), toc || /table of contents/iu.test(gallery), out);
    } else if (el.localName === 'customXml') bodyBlocks(kids(el), toc, out);
    else if (el.localName === 'p' || el.localName === 'tbl') out.push({ el, toc });
  }
  return out;
}

/**
 * The children of a table or a row that are `name` (rows, cells), with the content controls and custom
 * XML around them opened: a template's repeating section (a row in a w:sdt) or a fill-in cell (a cell
 * in a w:sdt) is a row or a cell like any other.
 */
function tableKids(el: Element, name: 'tr' | 'tc'): Element[] {
  return el.kids.flatMap((k) => (k.localName === name ? [k] : k.localName === 'sdt' ? tableKids(kid(k, 'sdtContent') ?? { localName: '', attrs: {}, kids: [], text: '' }, name) : k.localName === 'customXml' ? tableKids(k, name) : []));
}

/**
 * A cell's paragraphs in order, as Word counts them: those in content controls, and those of a table
 * nested in the cell (its text read as part of the cell's).
 */
function cellParagraphs(tc: Element): Element[] {
  return bodyBlocks(kids(tc), false, []).flatMap(({ el }) => (el.localName === 'p' ? [el] : tableKids(el, 'tr').flatMap((tr) => tableKids(tr, 'tc')).flatMap(cellParagraphs)));
}

/** Markdown-escape text so that it stays text (the structure is read from its words, not its marks). */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`);
}
function escapeBlock(line: string): string {
  const s = escapeInline(line);
  return s
    .replace(/^(\s*)([#>+-])/u, '$1\\$2')
    .replace(/^(\s*\d{1,9})([.)])/u, '$1\\$2');
}

const REVISION: Record<string, 'insertions' | 'deletions' | 'moves' | 'formatting'> = {
  ins: 'insertions', del: 'deletions', moveFrom: 'moves',
  rPrChange: 'formatting', pPrChange: 'formatting', tblPrChange: 'formatting', trPrChange: 'formatting', tcPrChange: 'formatting', sectPrChange: 'formatting', numberingChange: 'formatting', tblGridChange: 'formatting',
};
/**
 * The tracked changes and comments in an element: each w:ins, w:del (of text or of a paragraph mark),
 * move (w:moveFrom; its w:moveTo is the same move) and formatting change, and each comment's reference,
 * as Word's reviewing pane lists them. A text box stored twice (mc:AlternateContent) is counted once.
 */
function countRevisions(el: Element, out: Omit<Revisions, 'line'>, comments: Set<string>): boolean {
  let any = false;
  for (const c of el.kids) {
    const kind = REVISION[c.localName];
    if (kind) {
      out[kind]++;
      any = true;
    } else if (c.localName === 'commentReference' || c.localName === 'commentRangeStart') {
      comments.add(attr(c, 'id') ?? '');
      any = true;
    } else if (c.localName === 'moveTo') any = true;
    if (c.localName === 'AlternateContent') {
      const first = c.kids.find((k) => k.localName === 'Choice' || k.localName === 'Fallback');
      if (first && countRevisions(first, out, comments)) any = true;
    } else if (c.kids.length > 0 && countRevisions(c, out, comments)) any = true;
  }
  return any;
}

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);
/**
 * What to do with a file saved in a format that is not read: save it as .docx (`as`: the file type as the
 * program's «Save As» names it), or have LibreOffice convert it.
 */
const saveAsDocx = (kk: string, ru: string, en: string, app: Text3, as: Text3): DocxError => new DocxError(t3(
  `бұл ${kk}, ол оқылмайды: файлды ${app.kk} ашып, «${as.kk}» түрінде сақтаңыз («Файл» → «Басқаша сақтау») немесе түрлендіріңіз: libreoffice --headless --convert-to docx ФАЙЛ; содан кейін .docx файлын тексеріңіз`,
  `это ${ru}, такой файл не читается: откройте его в ${app.ru} и сохраните как «${as.ru}» («Файл» → «Сохранить как») или преобразуйте: libreoffice --headless --convert-to docx ФАЙЛ; затем проверьте файл .docx`,
  `this is ${en}, which is not read: open it in ${app.en} and save it as «${as.en}» (File → Save As), or convert it: libreoffice --headless --convert-to docx FILE; then check the .docx`));
const WORD = t3('Word-та', 'Word', 'Word');
const WORD_DOCX = t3('Word құжаты (*.docx)', 'Документ Word (*.docx)', 'Word Document (*.docx)');
const WRITER = t3('LibreOffice Writer-де', 'LibreOffice Writer', 'LibreOffice Writer');
const WRITER_DOCX = t3('Word 2007–365 (.docx)', 'Word 2007–365 (.docx)', 'Word 2007–365 (.docx)');

/**
 * A file that is not a DOCX but another format an author saves drafts in, recognised by its first bytes:
 * the old Word format (an OLE compound file; a password-protected DOCX is stored so too), RTF, an
 * OpenDocument text. Null for anything else.
 */
function otherFormat(bytes: Uint8Array, files?: Record<string, Uint8Array>): DocxError | null {
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return saveAsDocx('Word 97–2003 құжаты (.doc) не құпиясөзбен қорғалған Word файлы (құпиясөзді алып тастаңыз)', 'документ Word 97–2003 (.doc) или файл Word, защищённый паролем (снимите пароль)', 'a Word 97–2003 document (.doc), or a password-protected Word file (remove the password)', WORD, WORD_DOCX);
  }
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return saveAsDocx('RTF файлы', 'файл RTF', 'an RTF file', WORD, WORD_DOCX);
  const mime = files?.['mimetype'] ? new TextDecoder().decode(files['mimetype']).trim() : '';
  if (mime.startsWith('application/vnd.oasis.opendocument.text')) return saveAsDocx('OpenDocument мәтіні (.odt, LibreOffice Writer)', 'текст OpenDocument (.odt, LibreOffice Writer)', 'an OpenDocument text (.odt, LibreOffice Writer)', WRITER, WRITER_DOCX);
  return null;
}

/** How to read a Word file. */
export interface DocxReadOptions {
  /** In a methodology laid out in two languages side by side, the column to read by its language (default: Kazakh). */
  column?: 'kk' | 'ru';
}

/** Read a DOCX as draft Markdown. Throws DocxError with a reader's message when the file is not one. */
export function docxToMarkdown(bytes: Uint8Array, options: DocxReadOptions = {}): DocxDraft {
  const other = otherFormat(bytes);
  if (other) throw other;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (f.name === 'mimetype') return f.originalSize < 200;
        if (!/^word\/(?:document|numbering|styles)\.xml$/.test(f.name)) return false;
        if (f.originalSize > MAX_PART_BYTES) {
          const mb = `${Math.round(f.originalSize / 2 ** 20)}`;
          const max = `${MAX_PART_BYTES / 2 ** 20}`;
          throw new DocxError(t3(`${f.name} бөлігі ашылғанда ${mb} МБ (шегі ${max} МБ): әдістеменің Word файлы мұндай болмайды`, `часть ${f.name} в распакованном виде занимает ${mb} МБ (предел ${max} МБ): файл Word методики не бывает таким`, `${f.name} unpacks to ${mb} MB (limit ${max} MB): a methodology's Word file is never that large`));
        }
        return true;
      },
    });
  } catch (err) {
    if (err instanceof DocxError) throw err;
    const why = (err as Error).message;
    throw new DocxError(t3(`Word (DOCX) файлы емес: ${why}`, `это не файл Word (DOCX): ${why}`, `not a Word (DOCX) file: ${why}`));
  }
  if (!files['word/document.xml']) {
    const odt = otherFormat(bytes, files);
    if (odt) throw odt;
  }
  const body = kid(parseXml(files['word/document.xml'], 'word/document.xml'), 'body');
  if (!body) throw new DocxError(t3('Word (DOCX) файлы емес: word/document.xml ішінде мәтін денесі жоқ', 'это не файл Word (DOCX): в word/document.xml нет тела документа', 'not a Word (DOCX) file: no word/document.xml body'));
  const stylesXml = parseXml(files['word/styles.xml'], 'word/styles.xml');
  const numbering = readNumbering(parseXml(files['word/numbering.xml'], 'word/numbering.xml'), readListStyles(stylesXml));
  const styles = readStyles(stylesXml);

  /** Counters per abstract list; a num with a startOverride restarts its level the first time it is used. */
  const counters = new Map<string, number[]>();
  const started = new Set<string>();
  const label = (numId: string, ilvl: number): string => {
    const def = numbering.get(numId);
    if (!def || numId === '0') return '';
    const lvl = def.levels[ilvl];
    if (!lvl) return '';
    const c = counters.get(def.abstract) ?? [];
    if (!started.has(numId)) {
      started.add(numId);
      for (const k of def.restarts) c[k] = undefined as unknown as number;
    }
    c[ilvl] = c[ilvl] === undefined ? lvl.start : (c[ilvl] as number) + 1;
    // A deeper level restarts when this one is used, unless its lvlRestart names a level above this one or never.
    for (let k = ilvl + 1; k < 9; k++) {
      const r = def.levels[k]?.restart;
      if (r === undefined || (r > 0 && ilvl <= r - 1)) c[k] = undefined as unknown as number;
    }
    counters.set(def.abstract, c);
    if (lvl.fmt === 'bullet' || lvl.fmt === 'none') return '';
    return lvl.text.replace(/%(\d)/g, (_, d: string) => {
      const k = Number(d) - 1;
      const l = def.levels[k];
      const v = c[k] ?? l?.start ?? 1;
      return formatNumber(v, l?.fmt ?? 'decimal');
    });
  };

  const lines: string[] = [];
  const paragraphOf: number[] = [];
  const paragraphText: string[] = [''];
  let paragraph = 0;
  let chars = 0;
  const emit = (text: string, para: number): void => {
    for (const l of text.split('\n')) {
      lines.push(l);
      paragraphOf.push(para);
    }
    lines.push('');
    paragraphOf.push(0);
  };

  /** Each numbered paragraph's number as Word shows it («11.», «3)»); where each bookmark begins; the REF fields. */
  const labelOf: string[] = [];
  /** The numbered paragraphs Word shows with their number and nothing else («12.»). */
  const emptyNumbered: EmptyNumbered[] = [];
  const bookmarkAt = new Map<string, number>();
  const refs: Array<{ bookmark: string; number: boolean; shows: string; paragraph: number }> = [];
  const revisions = { insertions: 0, deletions: 0, moves: 0, formatting: 0, comments: 0 };
  /** The first table that lays out the methodology in two languages side by side, and the column read. */
  let parallel: (Omit<ParallelColumns, 'line'> & { paragraph: number }) | null = null;
  const commentIds = new Set<string>();
  /** The first paragraph with a tracked change or a comment. */
  let firstRevised = 0;
  /** Count a paragraph's tracked changes and comments (its text boxes' are counted with their own paragraphs). */
  const countParagraphRevisions = (p: Element): void => {
    if (countRevisions({ ...p, kids: p.kids.filter((k) => k.localName !== 'r' || !k.kids.some((x) => x.localName === 'AlternateContent' || x.localName === 'pict' || x.localName === 'drawing')) }, revisions, commentIds) && !firstRevised) firstRevised = paragraph;
  };
  /**
   * `shown`: what Word shows of it, the number alone for an empty numbered paragraph. `carried`: the runs
   * of the paragraphs before it whose marks are tracked deletions, joined to its text (`Carried`).
   */
  const readParagraph = (p: Element, carried: readonly Element[] = []): { text: string; heading?: number; bold: boolean; boxes: Element[][]; shown: string; numbered: boolean } => {
    countParagraphRevisions(p);
    const pPr = kid(p, 'pPr');
    const style = resolveStyle(styles, attr(kid(pPr, 'pStyle'), 'val'));
    const numPr = kid(pPr, 'numPr');
    // Each of numId and ilvl is inherited from the style when the paragraph does not state it: a paragraph of
    // a numbered style demoted with Tab carries only its level (ECMA-376 § 17.3.1.19, § 17.7.2).
    const numId = (numPr ? attr(kid(numPr, 'numId'), 'val') : null) ?? style.numId;
    const ilvl = numPr ? Number(attr(kid(numPr, 'ilvl'), 'val') ?? style.ilvl ?? 0) : style.ilvl ?? 0;
    const outline = attr(kid(pPr, 'outlineLvl'), 'val');
    const heading = style.heading ?? (outline !== null && Number(outline) < 9 ? Number(outline) + 1 : undefined);
    const runs = runsOf(p, style.bold ?? false, carried);
    const body = runs.text.replace(/[ \t\u00a0]+/g, ' ').replace(/ *\n */g, '\n').trim();
    // An empty numbered paragraph still shows its number in Word («5.» and nothing) and counts, so the
    // clauses after it keep the numbers the author sees; one whose paragraph mark is a tracked deletion
    // is gone once the changes are accepted.
    const gone = !body && markDeleted(p);
    const number = numId && !gone ? label(numId, ilvl) : '';
    if (number) labelOf[paragraph] = number;
    if (number && !body) emptyNumbered.push({ paragraph, shows: number, deletedText: hasDeletedText(p) });
    for (const name of bookmarksIn(p)) if (!bookmarkAt.has(name)) bookmarkAt.set(name, paragraph);
    for (const r of refFields(p)) refs.push({ ...r, paragraph });
    const text = number && body ? `${number} ${body}` : body;
    chars += text.length;
    if (chars > MAX_TEXT_CHARS) throw tooMuchText(t3(`${paragraph}-абзацқа дейін`, `до абзаца ${paragraph}`, `by paragraph ${paragraph}`));
    return { text, ...(heading !== undefined ? { heading } : {}), bold: runs.bold, boxes: runs.boxes, shown: text || number, numbered: !!number };
  };
  /**
   * A text box's paragraphs, numbered after the paragraph it is anchored in, as one block of lines (a
   * stamp in a box is one stamp), each line placed at its own paragraph.
   */
  const readBoxes = (boxes: Element[][]): Array<{ text: string; para: number }> => {
    const out: Array<{ text: string; para: number }> = [];
    for (const box of boxes) {
      for (const p of box) {
        paragraph++;
        const { text } = readParagraph(p);
        paragraphText[paragraph] = text;
        for (const l of text.split('\n')) if (l) out.push({ text: l, para: paragraph });
      }
      if (out.length > 0 && out[out.length - 1]?.text !== '') out.push({ text: '', para: 0 });
    }
    return out;
  };
  /**
   * Paragraphs whose marks are tracked deletions, waiting for the paragraph they join (ECMA-376 Part 1
   * § 17.13.5.15: their contents «are combined with the following paragraph»). Read as accepted, they
   * are one paragraph with the next: their text first, then its own. The paragraph mark that remains is
   * the next one's, and a paragraph's properties are held by its mark, so the joined paragraph has the
   * next one's style, list numbering and heading level, and the deleted marks' own numbers are not
   * counted. Our choice, which the spec's text implies but does not state; it is what readers that
   * accept changes do (a merged paragraph keeps the surviving mark's properties). A mark before a table,
   * a table of contents or the end of its body or cell has no paragraph to join: it stays a paragraph.
   * The joined paragraph is placed at the first paragraph it holds (where its text begins in Word), and
   * each paragraph it holds quotes the joined text. Text boxes anchored in a carried paragraph are read
   * (and numbered) where they stand, and written after the joined paragraph.
   */
  interface Carried { kids: Element[]; paras: number[]; typed: string; boxes: Array<{ text: string; para: number }> }
  let carried: Carried | null = null;
  const carry = (p: Element): void => {
    countParagraphRevisions(p);
    const own = runsOf(p, false);
    paragraphText[paragraph] = own.text.replace(/[ \t\u00a0]+/g, ' ').trim();
    carried ??= { kids: [], paras: [], typed: '', boxes: [] };
    carried.paras.push(paragraph);
    for (const name of bookmarksIn(p)) if (!bookmarkAt.has(name)) bookmarkAt.set(name, paragraph);
    for (const r of refFields(p)) refs.push({ ...r, paragraph });
    carried.kids.push(...p.kids.filter((k) => k.localName !== 'pPr'));
    carried.typed += own.text;
    carried.boxes.push(...readBoxes(own.boxes));
  };
  /** The paragraphs carried into this one, if any (and none are carried any more). */
  const takeCarried = (): Carried | null => {
    const c = carried;
    carried = null;
    return c;
  };
  /** Whether a paragraph can take the text of the one before it: not one of a table of contents. */
  const joinable = (p: Element | undefined): p is Element => {
    if (!p || p.localName !== 'p' || TOC_STYLE.test(resolveStyle(styles, attr(kid(kid(p, 'pPr'), 'pStyle'), 'val')).name)) return false;
    const events: Array<{ kind: 'begin' | 'instr' | 'end'; text: string }> = [];
    fieldEvents(p, events);
    return !TOC_FIELD.test(events.filter((e) => e.kind === 'instr').map((e) => e.text).join(''));
  };
  /** A paragraph as Markdown: a heading by its style or outline level, a paragraph wholly in bold, or text. */
  const emitParagraph = (text: string, heading: number | undefined, bold: boolean, at: number): void => {
    if (!text) return;
    if (heading !== undefined) emit(`${'#'.repeat(Math.min(6, heading))} ${escapeInline(text.replace(/\n/g, ' '))}`, at);
    else if (bold) emit(`**${escapeBlock(text).replace(/\n/g, '**\\\n**')}**`, at);
    else emit(escapeBlock(text).replace(/\n/g, '\\\n'), at);
  };
  const emitBoxes = (lines_: Array<{ text: string; para: number }>): void => {
    let open = false;
    for (const { text, para } of lines_) {
      if (!text) {
        if (open) {
          lines.push('');
          paragraphOf.push(0);
        }
        open = false;
        continue;
      }
      if (open) lines[lines.length - 1] += '\\';
      lines.push(escapeBlock(text));
      paragraphOf.push(para);
      open = true;
    }
  };

  /**
   * The fields open at the end of the last paragraph, by instruction. A table of contents is a field
   * whose result is its entries («1-тарау. Жалпы ережелер……3»), paragraphs that repeat the headings:
   * they are counted as paragraphs but not read, or every chapter would be there twice.
   */
  const fields: string[] = [];
  const tocParagraph = (p: Element, inTocControl: boolean): boolean => {
    let toc = inTocControl || fields.some((f) => TOC_FIELD.test(f)) || TOC_STYLE.test(resolveStyle(styles, attr(kid(kid(p, 'pPr'), 'pStyle'), 'val')).name);
    const events: Array<{ kind: 'begin' | 'instr' | 'end'; text: string }> = [];
    fieldEvents(p, events);
    for (const e of events) {
      if (e.kind === 'begin') fields.push('');
      else if (e.kind === 'end') fields.pop();
      else if (fields.length > 0) {
        fields[fields.length - 1] += e.text;
        if (TOC_FIELD.test(fields[fields.length - 1] as string)) toc = true;
      }
    }
    return toc;
  };

  /** After «ЗҚАИ-ның ескертпесі!» the next paragraph is the note itself. */
  let noteNext = false;
  /**
   * Markdown saved as a Word file (LibreOffice opens a .md as plain text: one paragraph per line, the
   * marks «## », «**», «> », «1\.» typed as text): each paragraph's text as it stands, and whether the
   * file has any structure of Word's own (a heading style, list numbering, a paragraph in bold, a
   * table, a text box), which such a file has not.
   */
  const typed: Array<{ text: string; para: number }> = [];
  let wordStructure = false;
  const blocks = bodyBlocks(kids(body), false, []);
  for (let b = 0; b < blocks.length; b++) {
    const { el, toc } = blocks[b] as { el: Element; toc: boolean };
    if (el.localName === 'p' && tocParagraph(el, toc)) {
      paragraph++;
      paragraphText[paragraph] = runsOf(el, false).text.replace(/[ \t\u00a0]+/g, ' ').trim();
      wordStructure = true;
      continue;
    }
    if (el.localName === 'p') {
      paragraph++;
      const next = blocks[b + 1];
      if (markDeleted(el) && !next?.toc && joinable(next?.el)) {
        carry(el);
        continue;
      }
      const joined = takeCarried();
      const { text, heading, bold, boxes, shown, numbered } = readParagraph(el, joined?.kids);
      const at = joined?.paras[0] ?? paragraph;
      for (const k of [...(joined?.paras ?? []), paragraph]) paragraphText[k] = shown;
      if (heading !== undefined || bold || boxes.length > 0 || numbered) wordStructure = true;
      typed.push({ text: ((joined?.typed ?? '') + runsOf(el, false).text).replace(/\s+$/u, ''), para: at });
      const boxed = [...(joined?.boxes ?? []), ...readBoxes(boxes)];
      if (text && (noteNext || NOTE_RE.test(text))) {
        // An editor's note pasted with the published act («Ескерту. …», «ЗҚАИ-ның ескертпесі!» and
        // its note) is kept as a comment, as the importer keeps it: not part of the act, not checked.
        noteNext = !noteNext && noteTakesNext(text);
        emit(`<!-- ${text.replace(/\n/g, ' ').replace(/--/g, '–')} -->`, at);
        emitBoxes(boxed);
        continue;
      }
      emitParagraph(text, heading, bold, at);
      emitBoxes(boxed);
    } else if (el.localName === 'tbl') {
      wordStructure = true;
      const rows: string[][] = [];
      const rowPara: number[] = [];
      /** Each cell's lines with their paragraphs, to tell a stamp laid out in a table. */
      const cellLines: Array<Array<{ text: string; para: number }>> = [];
      /** Each row's cells' paragraphs as read, to read a table that lays out clauses as the paragraphs it holds. */
      const rowCells: CellParagraph[][][] = [];
      for (const tr of tableKids(el, 'tr')) {
        const cells: string[] = [];
        let first = 0;
        const before = revisions.insertions + revisions.deletions;
        const cellsRead: CellParagraph[][] = [];
        for (const tc of tableKids(tr, 'tc')) {
          const parts: string[] = [];
          const own: Array<{ text: string; para: number }> = [];
          const read: CellParagraph[] = [];
          cellsRead.push(read);
          const paras = cellParagraphs(tc);
          paras.forEach((p, k) => {
            paragraph++;
            first ||= paragraph;
            // A deleted mark joins the cell's next paragraph; the cell's last mark has none to join.
            if (markDeleted(p) && k + 1 < paras.length) {
              carry(p);
              return;
            }
            const joined = takeCarried();
            const { text, boxes, heading, bold, shown } = readParagraph(p, joined?.kids);
            const at = joined?.paras[0] ?? paragraph;
            for (const n of [...(joined?.paras ?? []), paragraph]) paragraphText[n] = text;
            if (text || shown) read.push({ text: text || shown, heading, bold, at });
            if (text) parts.push(text.replace(/\n/g, ' '));
            for (const l of text.split('\n')) if (l) own.push({ text: l, para: at });
            for (const b of [...(joined?.boxes ?? []), ...readBoxes(boxes)]) {
              if (b.text) parts.push(b.text);
              if (b.text) own.push(b);
            }
          });
          cells.push(escapeInline(parts.join(' ')));
          cellLines.push(own);
        }
        // A row inserted or deleted with Track Changes (w:trPr/w:ins, w:del) is one change when its text is
        // not marked itself; a deleted row is gone once the changes are accepted: its paragraphs are
        // counted, as Word counts them while it shows the row, but it is not read.
        const trPr = kid(tr, 'trPr');
        const rowChange = kid(trPr, 'del') ? 'deletions' : kid(trPr, 'ins') ? 'insertions' : null;
        if (rowChange && revisions.insertions + revisions.deletions === before) revisions[rowChange]++;
        if (rowChange && !firstRevised) firstRevised = first;
        if (rowChange === 'deletions') {
          cellLines.splice(cellLines.length - cells.length, cells.length);
          continue;
        }
        rows.push(cells);
        rowPara.push(first);
        rowCells.push(cellsRead);
      }
      if (rows.length === 0) continue;
      const layout = clauseLayout(rowCells, options.column ?? 'kk');
      const laidOut = layout?.paras;
      if (layout?.parallel) parallel ??= { ...layout.parallel, paragraph: layout.paras[0]?.at ?? rowPara[0] ?? 0 };
      if (laidOut) {
        // A numbered paragraph left empty in the number column shows the number of the text beside it: not a gap.
        const numbers = new Set(laidOut.flatMap((para) => para.numberOf ?? []));
        for (let k = emptyNumbered.length - 1; k >= 0; k--) if (numbers.has((emptyNumbered[k] as EmptyNumbered).paragraph)) emptyNumbered.splice(k, 1);
        for (const para of laidOut) if (para.numberOf !== undefined) paragraphText[para.at] = para.text;
        for (const para of laidOut) emitParagraph(para.text, para.heading, para.bold, para.at);
        continue;
      }
      // A stamp laid out in a table (a row of a borderless table, the stamp in its right cell and the
      // other cells empty, as Word authors place «…Әдістемесіне / 1-қосымша» or «Приложение 1 / к Методике …»)
      // is the stamp it would be as right-aligned paragraphs, not a table.
      const filled = cellLines.filter((c) => c.length > 0);
      if (rows.length === 1 && filled.length === 1 && isStampLayout((filled[0] as Array<{ text: string }>).map((l) => l.text))) {
        emitBoxes([...(filled[0] as Array<{ text: string; para: number }>), { text: '', para: 0 }]);
        continue;
      }
      const width = Math.max(...rows.map((r) => r.length));
      const row = (r: string[]): string => `| ${Array.from({ length: width }, (_, i) => r[i] ?? '').join(' | ')} |`;
      lines.push(row(rows[0] as string[]));
      paragraphOf.push(rowPara[0] ?? 0);
      lines.push(`| ${Array.from({ length: width }, () => '---').join(' | ')} |`);
      paragraphOf.push(rowPara[0] ?? 0);
      rows.slice(1).forEach((r, i) => {
        lines.push(row(r));
        paragraphOf.push(rowPara[i + 1] ?? 0);
      });
      lines.push('');
      paragraphOf.push(0);
    }
  }
  // Markdown typed as the file's text: read as the Markdown it is, each line at its paragraph.
  const out = !wordStructure && typed.filter((x) => MARKDOWN_TYPED.test(x.text)).length >= 3
    ? { markdown: typed.map((x) => x.text).join('\n'), paragraphOf: typed.map((x) => x.para), paragraphText }
    : { markdown: lines.join('\n'), paragraphOf, paragraphText };
  // The Markdown line of a paragraph (or of the next one read: a paragraph wholly deleted has no line).
  const lineOf = (paragraph_: number): number => {
    const at = out.paragraphOf.findIndex((p) => p >= paragraph_ && p > 0);
    return (at < 0 ? Math.max(0, out.paragraphOf.length - 1) : at) + 1;
  };
  // A bookmark may also begin outside a paragraph (between paragraphs, rows or cells, as Word leaves some): only a
  // name not anywhere in the body is missing. Looked for only when the file has a cross-reference.
  const anywhere = refs.length > 0 ? new Set(bookmarksIn(body)) : new Set<string>();
  const crossReferences = staleReferences(refs.filter((r) => bookmarkAt.has(r.bookmark) || !anywhere.has(r.bookmark)), bookmarkAt, labelOf).map((r) => ({ ...r, line: lineOf(r.paragraph), ...(r.target ? { targetLine: lineOf(r.target) } : {}) }));
  const withEmpty = emptyNumbered.length > 0 ? { ...out, emptyNumbered } : out;
  const withRefs0 = crossReferences.length > 0 ? { ...withEmpty, crossReferences } : withEmpty;
  const withRefs = parallel ? { ...withRefs0, parallelColumns: { read: parallel.read, readLanguage: parallel.readLanguage, otherLanguage: parallel.otherLanguage, line: lineOf(parallel.paragraph) } } : withRefs0;
  revisions.comments = commentIds.size;
  if (revisions.insertions + revisions.deletions + revisions.moves + revisions.formatting + revisions.comments === 0) return withRefs;
  return { ...withRefs, revisions: { ...revisions, line: lineOf(firstRevised) } };
}

/** The last number in a text («11.» → 11, «11.3)» → 3), or null. */
const lastNumber = (text: string): number | null => {
  const all = text.match(/\d+/g);
  return all ? Number(all[all.length - 1]) : null;
};

/**
 * The cross-references a reader is misled by: one whose bookmark is not in the file (Word shows an error instead
 * of the number once the fields are updated), and one that inserts its paragraph's number but shows another than
 * the number that paragraph has now (the clauses were renumbered and the fields not updated: what the file shows
 * is what was checked). Hidden bookmarks of Word's own (`_Toc…`, `_GoBack`) are named by REF fields too.
 */
function staleReferences(
  refs: ReadonlyArray<{ bookmark: string; number: boolean; shows: string; paragraph: number }>,
  bookmarkAt: ReadonlyMap<string, number>,
  labelOf: readonly string[],
): Array<Omit<CrossReference, 'line'>> {
  const out: Array<Omit<CrossReference, 'line'>> = [];
  for (const r of refs) {
    const target = bookmarkAt.get(r.bookmark);
    if (target === undefined) {
      out.push({ kind: 'missing', paragraph: r.paragraph, bookmark: r.bookmark, shows: r.shows });
      continue;
    }
    const label = labelOf[target];
    if (!r.number || !label) continue;
    const now = lastNumber(label);
    if (now !== null && lastNumber(r.shows) !== now) out.push({ kind: 'stale', paragraph: r.paragraph, bookmark: r.bookmark, shows: r.shows, target, now: label });
  }
  return out;
}

/** A paragraph of a table cell as read: its text (with its number), heading level, bold, and paragraph number. */
interface CellParagraph {
  text: string;
  heading: number | undefined;
  bold: boolean;
  at: number;
  /** The paragraph whose number (typed, or Word's on an empty numbered paragraph) this paragraph was given. */
  numberOf?: number;
}

/** A clause's or sub-clause's number alone («11.», «3)»), as typed in a table's narrow first column. */
const NUMBER_ALONE = /^\d{1,4}[.)]$/u;
/** A paragraph that opens with a clause's or sub-clause's number and goes on as a sentence: «11. Бағалау …». */
const CLAUSE_TEXT = /^\d{1,4}[.)] \S.{40,}/su;

/**
 * A table that lays out clauses rather than holding data, read as the paragraphs it holds, left to right and top
 * to bottom: a table of one or two columns (a frame around the text, or the clause's number in a narrow left
 * column and its text in the right one) with a clause in it — a paragraph that opens with its number and goes on
 * as a sentence of 40 characters or more, or a cell holding the number alone beside one that holds such a text,
 * which is then read as one paragraph «11. text» (the number typed, or Word's on a numbered paragraph left empty
 * there, which is then no gap). Every row of such a table holds clause text or one filled cell (a
 * part, a chapter's heading); a table with a row of two short cells (a grade band «тиімді | 4–5», a form's field)
 * holds data and stays a table. Before, the clauses in such a table were one table cell's text: their numbers were
 * lost, and a faithful draft was told clause 11 is missing. Null when the table holds data.
 */
function clauseLayout(rows: CellParagraph[][][], language: 'kk' | 'ru'): { paras: CellParagraph[]; parallel?: Omit<ParallelColumns, 'line'> } | null {
  if (rows.some((r) => r.length > 2)) return null;
  // Two languages side by side: a row whose both cells open with a clause's number, the same («1. …» | «1. …») or
  // in two languages (a column renumbered apart from the other, as a file saved again by LibreOffice may show it).
  // The column in `language` is read (Kazakh unless `draft import --column ru` asks for the other), else the left one.
  const leading = (c: CellParagraph[] | undefined): string | null => {
    const first = c?.find((p) => CLAUSE_TEXT.test(p.text));
    return first ? (/^\d+/u.exec(first.text) as RegExpExecArray)[0] : null;
  };
  const languageOf = (c: CellParagraph[] | undefined): string | null => columnLanguage((c ?? []).map((p) => p.text).join(' '));
  if (rows.some((r) => r.length === 2 && leading(r[0]) !== null && leading(r[1]) !== null && (leading(r[0]) === leading(r[1]) || languageOf(r[0]) !== languageOf(r[1])))) {
    const column = (k: number): CellParagraph[] => rows.flatMap((r) => r[k] ?? []);
    const [left, right] = [column(0), column(1)].map((c) => columnLanguage(c.map((p) => p.text).join(' '))) as [ParallelColumns['readLanguage'], ParallelColumns['readLanguage']];
    const read = right === language && left !== language ? 'right' : 'left';
    return { paras: column(read === 'left' ? 0 : 1), parallel: { read, readLanguage: read === 'left' ? left : right, otherLanguage: read === 'left' ? right : left } };
  }
  let clauses = 0;
  const out: CellParagraph[] = [];
  for (const cells of rows) {
    const filled = cells.filter((c) => c.length > 0);
    const [left, right] = cells as [CellParagraph[], CellParagraph[] | undefined];
    const lone = left.length === 1 && NUMBER_ALONE.test((left[0] as CellParagraph).text);
    if (filled.length === 2 && lone && right && right.length > 0 && (right[0] as CellParagraph).text.length >= 40) {
      clauses++;
      const [head, ...rest] = right as [CellParagraph, ...CellParagraph[]];
      out.push({ ...head, text: `${(left[0] as CellParagraph).text} ${head.text}`, at: (left[0] as CellParagraph).at, numberOf: (left[0] as CellParagraph).at }, ...rest);
      continue;
    }
    const own = filled.flat();
    const anyClause = own.some((p) => CLAUSE_TEXT.test(p.text));
    if (filled.length === 2 && !anyClause) return null;
    if (anyClause) clauses++;
    out.push(...own);
  }
  return clauses > 0 ? { paras: out } : null;
}

/**
 * The lines of one table cell that are a stamp: a few short lines that end with an appendix label
 * («1-қосымша»), begin with one («Приложение 1», «Приложение № 1 к Методике …»), or approve the
 * document («… бұйрығымен бекітілген», «Утверждена приказом …»).
 */
function isStampLayout(lines: string[]): boolean {
  if (lines.length === 0 || lines.length > 10 || lines.some((l) => l.length > 160)) return false;
  const first = (lines[0] as string).trim();
  const last = (lines[lines.length - 1] as string).trim();
  return /^\d+\s*[-–]?\s*қосымша$/iu.test(last)
    || /^Приложение\s+(?:№\s*)?\d+(?:\s|$)/u.test(first)
    || /бекітілген$/iu.test(last)
    || /^утвержден[аоы]?(?:\s|$)/iu.test(first);
}

/** A paragraph that is a line of Markdown: a heading «## …», a paragraph in bold «**…**», a quote «> …». */
const MARKDOWN_TYPED = /^(?:#{1,6}[ \t]+\S|\*\*\S.*\*\*\\?$|>[ \t]?\S)/u;

/**
 * A Word file as a draft to check: its Markdown, and what each Markdown line is in the file (its
 * paragraph, with the text to quote). The one way a DOCX becomes a draft, for `bagalau draft check`
 * and the library's `draftCheck` alike, so that both give the same findings at the same places.
 */
export function docxDraft(bytes: Uint8Array, options: DocxReadOptions = {}): { markdown: string; source: SourceMap } {
  const d = docxToMarkdown(bytes, options);
  return { markdown: d.markdown, source: { unit: 'paragraphs', of: d.paragraphOf, text: d.paragraphText, ...(d.revisions ? { revisions: d.revisions } : {}), ...(d.crossReferences ? { crossReferences: d.crossReferences } : {}), ...(d.emptyNumbered ? { emptyNumbered: d.emptyNumbered } : {}), ...(d.parallelColumns ? { parallelColumns: d.parallelColumns } : {}) } };
}
