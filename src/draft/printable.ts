/**
 * A draft as `bagalau draft render` prints it. Editor's notes and sample expectations are HTML
 * comments: not part of the printed order (the renderer's own directives — widths, header,
 * pagebreak — stay). Characters XML 1.0 does not allow (C0 controls other than TAB, LF and CR,
 * U+FFFE, U+FFFF, unpaired surrogates) are removed, each with a message: written into
 * word/document.xml they make a file Word refuses to open (issue 15). A draft beyond the bounds of
 * `limits.ts` is not printed. Pure.
 */
import { t3, type Text3 } from '../law/finding.js';
import { checkLimits, oneLineEnding, type LimitBreach } from './limits.js';

const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
/** The renderer's own directives: a comment starting with one of them stays in the printed draft. */
const DIRECTIVE = /^\s*(?:widths|header|pagebreak)\b/u;

export interface RemovedCharacter {
  line: number;
  column: number;
  /** «U+FFFE» */
  code: string;
}

export interface PrintableDraft {
  markdown: string;
  /** The order's title (its first `#` heading), for the document's metadata; null when it has none. */
  title: string | null;
  removed: RemovedCharacter[];
  /** One message per removed character (the first 20, then how many more). */
  messages: Text3[];
  /**
   * The first bound of `limits.ts` the draft breaks (nesting, width, paragraph length, delimiters):
   * such a draft is not rendered, as it is not checked (788 nested list markers took the renderer
   * over a second for 8 KB; found by fuzzing).
   */
  breach: LimitBreach | null;
}

const hex = (c: string): string => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

export function printableDraft(draft: string): PrintableDraft {
  const text = oneLineEnding(draft);
  const removed: RemovedCharacter[] = [];
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  const clean = text.replace(XML_ILLEGAL, (c: string, at: number) => {
    for (let i = scanned; i < at; i++) {
      if (text.charCodeAt(i) === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    scanned = at;
    removed.push({ line, column: at - lineStart + 1, code: hex(c) });
    return '';
  });
  const messages = removed.slice(0, 20).map(({ line: l, column: c, code }) =>
    t3(`${l}-жол, ${c}-баған: ${code} таңбасы алынып тасталды (Word құжатында ондай таңбаға рұқсат жоқ)`,
      `строка ${l}, столбец ${c}: символ ${code} удалён (в документе Word он недопустим)`,
      `line ${l}, column ${c}: ${code} removed (a Word document does not allow it)`));
  if (removed.length > 20) {
    const more = removed.length - 20;
    messages.push(t3(`тағы ${more} осындай таңба алынып тасталды`, `удалено ещё таких символов: ${more}`, `${more} more such characters removed`));
  }
  const title = /^#\s+(.+)$/mu.exec(clean)?.[1]?.replace(/\\/g, '').trim() || null;
  return { markdown: withoutEditorNotes(clean), title, removed, messages, breach: checkLimits(clean) };
}

const isSpace = (c: string): boolean => c.trim() === '';
const isLineEnd = (c: string): boolean => c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029';

/**
 * The draft without its editor's notes: each comment that starts a line (not a directive) up to the first
 * «-->» followed by nothing but spaces to the end of a line, with those spaces and any blank lines after it
 * up to the last line end before the next text. This was `/^<!--(?!\s*(?:widths|header|pagebreak)\b)[\s\S]*?-->\s*$/gmu`
 * — the same result (test/draft/printable.test.ts compares them on every sample and on generated text) —
 * but the expression scanned to the end of the draft from each unclosed «<!--» at a line start: 10,000 of them
 * took seconds (issue 15). Here a closing «-->» is looked for once from each point: if none follows one
 * comment, none follows a later one, so the work is linear.
 */
export function withoutEditorNotes(text: string): string {
  let out = '';
  let copied = 0;
  let from = 0;
  for (;;) {
    const start = nextNoteStart(text, from);
    if (start < 0) break;
    const end = noteEnd(text, start + 4);
    if (end < 0) break;
    out += text.slice(copied, start);
    copied = end;
    from = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** The next «<!--» at a line start, at or after `from`, that is not a directive; -1 when none. */
function nextNoteStart(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const at = text.indexOf('<!--', i);
    if (at < 0) return -1;
    if ((at === 0 || isLineEnd(text[at - 1] as string)) && !DIRECTIVE.test(text.slice(at + 4, at + 4 + directiveWindow(text, at + 4)))) return at;
    i = at + 1;
  }
  return -1;
}

/** How much text after «<!--» the directive test needs: the spaces, then a word of up to 9 letters and one more. */
function directiveWindow(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text[i] as string)) i++;
  return i - from + 10;
}

/** Where a note whose body starts at `from` ends (after its «-->» and trailing spaces, before a line end); -1 when it is never closed. */
function noteEnd(text: string, from: number): number {
  let q = text.indexOf('-->', from);
  while (q >= 0) {
    const after = q + 3;
    let w = after;
    let lastLineEnd = -1;
    while (w < text.length && isSpace(text[w] as string)) {
      if (isLineEnd(text[w] as string)) lastLineEnd = w;
      w++;
    }
    if (w === text.length) return w;
    if (lastLineEnd >= 0) return lastLineEnd;
    q = text.indexOf('-->', q + 1);
  }
  return -1;
}
