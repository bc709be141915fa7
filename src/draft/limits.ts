/**
 * Bounds on a draft before the Markdown parser sees it (issue 15). micromark is recursive in the
 * nesting of containers and does super-linear work on some shapes (nested lists and quotes, thousands
 * of emphasis or link delimiters in one paragraph, tables of thousands of columns, paragraphs of tens
 * of thousands of lines). A methodology needs none of that, so a draft beyond these bounds is refused
 * with a message that says where and why, instead of taking minutes or crashing the batch.
 *
 * Every check is one linear pass over the text. Pure.
 */
import { t3, type Place, type Text3 } from '../law/finding.js';

export const LIMITS = {
  /** Characters in a draft (a methodology with its forms is some 100–300 KB). */
  chars: 5_000_000,
  /** Containers (block quotes, list items) nested in one another. */
  depth: 16,
  /** Cells in a table row. */
  columns: 200,
  /** Lines in one paragraph (an act writes a paragraph on one line). */
  paragraphLines: 2_000,
  /**
   * Unescaped emphasis, link and HTML delimiters (`*`, `_`, `[`, `]`, `<`) in one paragraph: micromark
   * rescans to the paragraph's end from each unclosed `<!--` (35 KB of them: 5 s).
   */
  delimiters: 2_000,
  /**
   * Backslash escapes in one paragraph (or one table row): micromark merges the text around each
   * escape again and again, quadratic in their number (42,000 in one paragraph: 22 s, found by
   * fuzzing); the acts we hold have at most 80.
   */
  escapes: 2_000,
} as const;

/**
 * Line endings as one: CRLF (a draft saved on Windows) and a lone CR (old Mac) become LF, as CommonMark
 * counts them, so that line numbers stay the same and the linear reader, not micromark, reads the draft.
 * micromark took 3.5 s of CPU on 239 KB of bare CRs (found by fuzzing, seed 203); as LF, 0.4 s. Linear.
 */
export const oneLineEnding = (text: string): string => (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text);

export interface LimitBreach {
  place: Place;
  message: Text3;
  limit: keyof typeof LIMITS;
}

/** Container depth a line opens: leading `>` and list markers, and indentation (four columns a level). */
function depthOf(line: string): number {
  let depth = 0;
  let i = 0;
  let indent = 0;
  while (i < line.length) {
    const c = line[i] as string;
    if (c === ' ') {
      indent++;
      i++;
    } else if (c === '\t') {
      indent += 4;
      i++;
    } else if (c === '>') {
      depth++;
      i++;
    } else if ((c === '-' || c === '*' || c === '+') && (line[i + 1] === ' ' || line[i + 1] === '\t')) {
      depth++;
      i += 2;
    } else {
      let j = i;
      while (j < line.length && j - i < 9 && line.charCodeAt(j) >= 48 && line.charCodeAt(j) <= 57) j++;
      if (j > i && (line[j] === '.' || line[j] === ')') && (line[j + 1] === ' ' || line[j + 1] === '\t')) {
        depth++;
        i = j + 2;
      } else break;
    }
  }
  return depth + Math.floor(indent / 4);
}

/** The characters the bounds count: a backslash (and what it escapes), a pipe, the delimiters * _ [ ] <. */
const COUNTED = /[\\|*_[\]<]/g;

/** The first bound a draft breaks, or null. */
export function checkLimits(markdown: string): LimitBreach | null {
  if (markdown.length > LIMITS.chars) {
    return { limit: 'chars', place: { line: 1, column: 1 },
      message: t3(`Жоба тым үлкен: ${markdown.length} таңба (шегі ${LIMITS.chars})`, `Проект слишком велик: ${markdown.length} символов (предел ${LIMITS.chars})`,
        `The draft is too large: ${markdown.length} characters (limit ${LIMITS.chars})`) };
  }
  let line = 0;
  let paraStart = 0;
  let paraLines = 0;
  let delimiters = 0;
  let escapes = 0;
  let start = 0;
  while (start <= markdown.length) {
    let end = markdown.indexOf('\n', start);
    if (end < 0) end = markdown.length;
    const text = markdown.slice(start, end);
    line++;
    if (text.trim() === '') {
      paraLines = 0;
      delimiters = 0;
      escapes = 0;
    } else {
      if (paraLines === 0) paraStart = line;
      paraLines++;
      const depth = depthOf(text);
      if (depth > LIMITS.depth) {
        return { limit: 'depth', place: { line, column: 1 },
          message: t3(`${line}-жолда тізімдер мен дәйексөздер ${depth} деңгейге кірістірілген (шегі ${LIMITS.depth}): заң мәтінінде мұндай құрылым жоқ`,
            `В строке ${line} списки и цитаты вложены на ${depth} уровней (предел ${LIMITS.depth}): в тексте акта такой структуры нет`,
            `Line ${line} nests lists and quotes ${depth} levels deep (limit ${LIMITS.depth}): an act has no such structure`) };
      }
      let cells = 0;
      // A table row is its own text for micromark: its escapes are counted by row.
      if (text.trimStart().startsWith('|')) escapes = 0;
      // From one character that counts to the next (a regex jumps over plain text natively).
      COUNTED.lastIndex = 0;
      for (let m = COUNTED.exec(text); m; m = COUNTED.exec(text)) {
        const k = m.index;
        const c = text.charCodeAt(k);
        if (c === 92) {
          const next = text.charCodeAt(k + 1);
          // ASCII punctuation after a backslash: an escape (the character is text)
          if ((next >= 33 && next <= 47) || (next >= 58 && next <= 64) || (next >= 91 && next <= 96) || (next >= 123 && next <= 126)) escapes++;
          // The escaped character is skipped, whatever it is.
          COUNTED.lastIndex = k + 2;
          continue;
        }
        if (c === 124) cells++; // |
        else delimiters++; // * _ [ ] <
      }
      if (cells > LIMITS.columns + 1) {
        return { limit: 'columns', place: { line, column: 1 },
          message: t3(`${line}-жолдағы кестеде ${cells - 1} баған (шегі ${LIMITS.columns})`, `В таблице в строке ${line} ${cells - 1} столбцов (предел ${LIMITS.columns})`,
            `The table at line ${line} has ${cells - 1} columns (limit ${LIMITS.columns})`) };
      }
      if (paraLines > LIMITS.paragraphLines) {
        return { limit: 'paragraphLines', place: { line: paraStart, column: 1 },
          message: t3(`${paraStart}-жолдан басталатын абзац ${LIMITS.paragraphLines} жолдан ұзын`, `Абзац со строки ${paraStart} длиннее ${LIMITS.paragraphLines} строк`,
            `The paragraph starting at line ${paraStart} is longer than ${LIMITS.paragraphLines} lines`) };
      }
      if (escapes > LIMITS.escapes) {
        return { limit: 'escapes', place: { line: paraStart, column: 1 },
          message: t3(`${paraStart}-жолдан басталатын абзацта \\ арқылы жазылған таңба тым көп: ${LIMITS.escapes}-дан астам`,
            `В абзаце со строки ${paraStart} слишком много символов, экранированных \\: больше ${LIMITS.escapes}`,
            `The paragraph starting at line ${paraStart} has more than ${LIMITS.escapes} characters escaped with \\`) };
      }
      if (delimiters > LIMITS.delimiters) {
        return { limit: 'delimiters', place: { line: paraStart, column: 1 },
          message: t3(`${paraStart}-жолдан басталатын абзацта белгілеу таңбалары (*, _, [, ], <) тым көп: ${LIMITS.delimiters}-дан астам; оларды \\* түрінде жазыңыз`,
            `В абзаце со строки ${paraStart} слишком много знаков разметки (*, _, [, ], <): больше ${LIMITS.delimiters}; экранируйте их как \\*`,
            `The paragraph starting at line ${paraStart} has more than ${LIMITS.delimiters} markup characters (*, _, [, ], <); escape them as \\*`) };
      }
    }
    start = end + 1;
  }
  return null;
}
