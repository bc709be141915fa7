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
const EDITOR_NOTE = /^<!--(?!\s*(?:widths|header|pagebreak)\b)[\s\S]*?-->\s*$/gmu;

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
  return { markdown: clean.replace(EDITOR_NOTE, ''), title, removed, messages, breach: checkLimits(clean) };
}
