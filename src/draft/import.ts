/**
 * Import a legal act as published (plain text, as in shared/acts/) into draft Markdown
 * (the conventions are in docs/draft.md and `src/draft/parse.ts`).
 *
 * The published texts come in three layouts, and all of them are damaged somewhere:
 * - one paragraph per line, blank lines between (acts 000, 003, 004);
 * - one paragraph per line indented with no-break spaces, editor's notes in between (act 002);
 * - hard-wrapped lines, a new paragraph starts with an indent (act 001).
 * The importer does not repair wording: it keeps every word, puts each piece where the
 * structure says it belongs, and returns a line map so findings can point at the published text.
 *
 * Pure: string in, string out.
 */
import { chapterHeading } from './chapter-heading.js';
import { PropertyRegExp } from './narrow-regexp.js';
import { NAME_RE } from './signature.js';

export interface ImportResult {
  markdown: string;
  /** `lineMap[i]` = 1-based line in the published text of Markdown line i+1 (0 for generated lines). */
  lineMap: number[];
}

/** One logical paragraph of the published text and the line it starts on. */
interface Para {
  text: string;
  line: number;
  /** Tab-separated cells, when the line is a table row. */
  cells?: string[];
}

/** Operative words of Kazakh acts (бұйрық, шешім, қаулы, өкім). */
export const OPERATIVE_MARKERS = ['БҰЙЫРАМЫН', 'ШЕШТІ', 'ШЕШІМ ҚАБЫЛДАДЫ', 'ҚАУЛЫ ЕТЕДІ', 'ҚАУЛЫ ЕТЕМІН', 'ӨКІМ ЕТЕМІН'] as const;
const MARKER_RE = new RegExp(`(${OPERATIVE_MARKERS.map((m) => m.replace(/ /g, '\\s+')).join('|')})\\s*:?`, 'u');
/**
 * The operative words as adilet prints a Russian act: «ПРИКАЗЫВАЮ:» (an order), «РЕШИЛ:» (a maslikhat's decision),
 * «ПОСТАНОВЛЯЕТ:» (an akimat's resolution), «ПОСТАНОВЛЯЮ:» — the counterparts of the Kazakh ones above, in capitals
 * as a whole word (the parser reads the same words, `parse.ts`).
 */
const RU_MARKER_RE = /(?<![А-Яа-яЁё])(ПРИКАЗЫВАЮ|РЕШИЛ|ПОСТАНОВЛЯЕТ|ПОСТАНОВЛЯЮ)(?![А-Яа-яЁё])\s*:?/u;

/** A chapter's heading, «1-тарау.» or «Глава 1.», however the hyphen was typed (`chapter-heading.ts`). */
const isChapter = (text: string): boolean => chapterHeading(text) !== null;
/** A chapter heading run on after a document's title on one line (a damaged published text). */
const CHAPTER_INLINE_RE = /\s(\d+\s*[-‐‑–—]\s*т[аa][рpr][аa][уy]\.\s.*)$/u;
const CLAUSE_RE = /^(?:-\s*)?(\d+)\.\s*(\S.*)$/u;
const SUBCLAUSE_RE = /^(?:-\s*)?(\d+)\)\s*(\S.*)$/u;
const APPENDIX_LABEL_RE = /(?:^|\s)(\d+)\s*-\s*қосымша\s*$/u;
/** First line of a stamp: the issuing body («Қазақстан Республикасы …», «VІ сайланған …», «"Б" корпусы …»). */
const STAMP_START_RE = new PropertyRegExp(String.raw`^(?:[ҚК]аза[қк]стан Республикасы|VІ сайланған|V[IІ]+ сайланған|"Б" корпусы|[А-ЯӘҒҚҢӨҰҮІ]\p{L}+ (?:облыст|қала))`, 'u');
/**
 * An editor's note of the published text, not part of the act: adilet's amendment notes «Ескерту. …» («Сноска. …» in
 * the Russian text), the Institute's note «ЗҚАИ-ның ескертпесі!» («Примечание ИЗПИ!») with the paragraph it heads, and
 * the status line «Күшін жойған» («Утратил силу»).
 */
export const NOTE_RE = /^(Ескерту\.|Ескеरту\.|ЗҚАИ-ның ескертпесі!|Күшін жойған$|Сноска\.|Примечание ИЗПИ!|Утратил[аои]? силу$)/u;
/** A note that heads the paragraph after it, which belongs to the note («ЗҚАИ-ның ескертпесі!», «Примечание ИЗПИ!»). */
export const noteTakesNext = (text: string): boolean => /^(?:ЗҚАИ-ның ескертпесі|Примечание ИЗПИ)!/u.test(text);
/** The first line of a Russian stamp: an appendix's («Приложение 1», «Приложение № 2 к Методике …») or an approval («Утверждена приказом …»). */
const RU_STAMP_START_RE = /^(?:Приложение(?:\s+№?\s*\d+)?|Утвержден[аоы]?|УТВЕРЖДЕН[АОЫ]?)(?:\s|$)/u;
/** A Russian appendix label opening its stamp («Приложение 1», «Приложение № 1»), and the rest of that line. */
const RU_APPENDIX_LABEL_RE = /^Приложение\s+(?:№\s*)?(\d+)(?:\s+|$)/u;
/** A Russian appendix stamp printed on one line, longer than a stamp's line: «Приложение 1 к Методике оценки …». */
const RU_ONE_LINE_STAMP_RE = /^Приложение\s+(?:№\s*)?\d+\s+к\s+(?:Типовой\s+)?[Мм]етодике\s[^.;]{0,200}$/u;
/** A Russian stamp of an annex to the order itself («Приложение к приказу …», «Приложение 2 к решению …»). */
const RU_ORDER_ANNEX_RE = /^Приложение(?:\s+№?\s*\d+)?\s+к\s+(?:приказу|решению|постановлению|распоряжению)(?:\s|$)/u;
/** A form's label above its caption: «Нысан», «Форма» in a Russian text. */
const isFormLabel = (text: string): boolean => text === 'Нысан' || text === 'Форма';

/**
 * Remove HTML debris and normalise spaces; keep every word. Done on the whole text at once (no
 * replacement reaches over a line's end, so it is what cleaning each line gives), then each line's
 * end is trimmed.
 */
function clean(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/\*\*/g, '')
    .replace(/<\/?(?:p|ul|li|br|span|b|strong)\b[^>\n]*>/gi, ' ');
}

/** Escape Markdown syntax in running text so that it stays text. */
export function escapeInline(text: string): string {
  return text
    .replace(/([\\`*_[\]<>|])/g, '\\$1')
    .replace(/^(\s*)([-+#>=~])/u, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(\s|$)/u, '$1\\$2$3');
}

function splitLines(source: string): string[] {
  // trimEnd, not /\s+$/: the regex is quadratic on a long run of spaces (issue 15).
  return clean(source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')).split('\n').map((l) => l.trimEnd());
}

/**
 * Decide the layout: hard-wrapped when many non-blank lines follow another non-blank line
 * without being structural (act 001).
 */
function isWrapped(lines: string[]): boolean {
  // Count indented clause lines whose text goes on, unindented, on the next line.
  let wrappedClauses = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i] as string;
    const next = lines[i + 1] as string;
    if (/^\s{2,}\d+\.\s/.test(l) && next.trim() !== '' && !/^\s/.test(next) && !next.includes('\t')) wrappedClauses++;
  }
  return wrappedClauses >= 5;
}

function toParas(lines: string[]): Para[] {
  const wrapped = isWrapped(lines);
  const paras: Para[] = [];
  let prevBlank = true;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string;
    const line = i + 1;
    if (raw.trim() === '' || raw.trim() === '[bookmark: z' || /^\s*\[bookmark: [^\]]*\]\s*$/.test(raw)) {
      prevBlank = true;
      continue;
    }
    if (raw.includes('\t')) {
      const cells = raw.split('\t').map((c) => c.replace(/\s+/g, ' ').trim());
      if (cells.some((c) => c !== '')) paras.push({ text: cells.join(' '), line, cells });
      prevBlank = false;
      continue;
    }
    const text = raw.replace(/\s+/g, ' ').trim();
    const last = paras[paras.length - 1];
    // A line of a hard-wrapped text goes on the paragraph before it unless it is indented or starts a clause or chapter.
    const goesOn = wrapped && !prevBlank && last && !last.cells && !/^\s{2,}/.test(raw) && (lines[i - 1] as string).length > 40;
    if (goesOn && !(CLAUSE_RE.test(text) || SUBCLAUSE_RE.test(text) || isChapter(text))) {
      last.text = `${last.text} ${text}`;
    } else {
      paras.push({ text, line });
    }
    prevBlank = false;
  }
  return paras;
}

/** A short line of a stamp or signature block («Қазақстан Республикасы / … / 1-қосымша»). */
const isShort = (p: Para): boolean => !p.cells && p.text.length <= 70 && !CLAUSE_RE.test(p.text) && !SUBCLAUSE_RE.test(p.text);

/** Writes Markdown and the line map together. */
class Writer {
  readonly out: string[] = [];
  readonly map: number[] = [];
  /** Add a block; `source` is the published line of the block, or of each of its lines. */
  block(lines: string[], source: number | number[]): void {
    if (this.out.length > 0) {
      this.out.push('');
      this.map.push(0);
    }
    lines.forEach((l, k) => {
      this.out.push(l);
      this.map.push(Array.isArray(source) ? (source[Math.min(k, source.length - 1)] ?? 0) : source);
    });
  }
}

function tableLines(rows: Para[]): string[] {
  const width = Math.max(...rows.map((r) => (r.cells ?? []).length));
  const fmt = (cells: string[]): string => {
    const padded = [...cells];
    while (padded.length < width) padded.push('');
    return `| ${padded.map((c) => escapeInline(c).replace(/^\\([-+#>=~])/, '\\$1')).join(' | ')} |`;
  };
  const [head, ...body] = rows;
  return [fmt(head?.cells ?? []), `|${' --- |'.repeat(width)}`, ...body.map((r) => fmt(r.cells ?? []))];
}

/**
 * Where a Russian stamp that starts at `paras[i]` ends: its short lines that follow one another, up to a blank line,
 * a form's label, a chapter or a note (adilet prints a stamp as consecutive lines, a blank line after it).
 */
function stampEnd(paras: Para[], i: number): number {
  let j = i + 1;
  while (j < paras.length) {
    const q = paras[j] as Para;
    if (q.line !== (paras[j - 1] as Para).line + 1 || !isShort(q) || isFormLabel(q.text) || isChapter(q.text) || NOTE_RE.test(q.text)) break;
    j++;
  }
  return j;
}

/** Convert a published act (plain text) to draft Markdown. */
export function importPublishedAct(source: string): ImportResult {
  const paras = toParas(splitLines(source));
  const w = new Writer();
  let state: 'title' | 'order' | 'operative' | 'body' = 'title';
  let inAppendix = false;
  let titleDone = false;
  let i = 0;
  const emitText = (p: Para, text = p.text): void => {
    const m = CLAUSE_RE.exec(text) ?? SUBCLAUSE_RE.exec(text);
    if (m) {
      const delim = CLAUSE_RE.test(text) ? '.' : ')';
      w.block([`${m[1]}${delim} ${escapeInline(m[2] as string)}`], p.line);
    } else {
      w.block([escapeInline(text)], p.line);
    }
  };
  while (i < paras.length) {
    const p = paras[i] as Para;
    // Editor's notes (Ескерту, ЗҚАИ) and status lines are kept as HTML comments: not part of the act.
    if (NOTE_RE.test(p.text)) {
      const note = [p.text];
      if (noteTakesNext(p.text)) {
        const next = paras[i + 1];
        if (next && !next.cells) {
          note.push(next.text);
          i++;
        }
      }
      w.block([`<!-- ${note.join(' ').replace(/--/g, '–')} -->`], p.line);
      i++;
      continue;
    }
    if (state === 'title') {
      // The title may be split over several short paragraphs before the act's requisites.
      w.block([`# ${escapeInline(p.text)}`], p.line);
      state = 'order';
      titleDone = true;
      i++;
      continue;
    }
    if (p.cells) {
      let j = i;
      while (j < paras.length && (paras[j] as Para).cells) j++;
      const rows = paras.slice(i, j);
      w.block(tableLines(rows), [rows[0]?.line ?? p.line, rows[0]?.line ?? p.line, ...rows.slice(1).map((r) => r.line)]);
      i = j;
      continue;
    }
    // A run of short lines is a stamp (approval stamp, appendix header) or a signature.
    const nextPara = paras[i + 1];
    const longStamp = !p.cells && /әдістемесіне$/u.test(p.text) && nextPara !== undefined && APPENDIX_LABEL_RE.test(nextPara.text) && nextPara.line === p.line + 1;
    // A Russian appendix's stamp opens with its label («Приложение 1 / к Методике …»): the label starts the appendix.
    const ruLabel = state === 'body' && !p.cells && (isShort(p) || RU_ONE_LINE_STAMP_RE.test(p.text)) ? RU_APPENDIX_LABEL_RE.exec(p.text) : null;
    if (ruLabel) {
      const j = stampEnd(paras, i);
      const run = paras.slice(i, j);
      if (/методик/iu.test(run.map((r) => r.text).join(' '))) {
        inAppendix = true;
        w.block([`### Приложение ${ruLabel[1]}`], p.line);
        w.block(run.map((r, k) => `> ${escapeInline(r.text)}${k < run.length - 1 ? '\\' : ''}`), run.map((r) => r.line));
        i = j;
        continue;
      }
    }
    if ((isShort(p) || longStamp) && !isChapter(p.text)) {
      let j = i;
      let ruStamp = false;
      while (j < paras.length && (isShort(paras[j] as Para) || (longStamp && j === i)) && !isChapter((paras[j] as Para).text) && !NOTE_RE.test((paras[j] as Para).text) && !isFormLabel((paras[j] as Para).text)) {
        const t = (paras[j] as Para).text;
        // A Russian stamp («Утверждена приказом …») is its lines that follow one another: a blank line ends it.
        if (ruStamp && (paras[j] as Para).line !== (paras[j - 1] as Para).line + 1) break;
        if (RU_STAMP_START_RE.test(t)) ruStamp = true;
        j++;
        // A stamp ends at its label.
        if (APPENDIX_LABEL_RE.test(t) || /^қосымша$/u.test(t) || /бекітілген$/u.test(t)) break;
      }
      let run = paras.slice(i, j);
      // A stamp starts at its issuer line; form fields before it («Қызметші», «күні ____») are text.
      const beforeForm = isFormLabel(paras[j]?.text ?? '') && run.some((r) => STAMP_START_RE.test(r.text));
      const lastLabel = APPENDIX_LABEL_RE.test(run[run.length - 1]?.text ?? '') || /^қосымша$/u.test(run[run.length - 1]?.text ?? '');
      if ((lastLabel || beforeForm) && state === 'body') {
        let start = -1;
        run.forEach((r, k) => { if (STAMP_START_RE.test(r.text)) start = start === -1 || k - start > 8 ? k : start; });
        if (start > 0) {
          for (const r of run.slice(0, start)) emitText(r);
          i += start;
          run = run.slice(start);
        }
      }
      const lastText = run[run.length - 1]?.text ?? '';
      const label = APPENDIX_LABEL_RE.exec(lastText);
      const stampText = run.map((r) => r.text).join(' ');
      const isAppendixStamp =
        (/әдістеме/iu.test(stampText) && (label !== null || /әдістемесіне$/u.test(lastText))) || (beforeForm && state === 'body');
      if (run.length >= 2 || label || /^қосымша$/u.test(lastText)) {
        if (isAppendixStamp) {
          inAppendix = true;
          state = 'body';
          w.block([label ? `### ${label[1]}-қосымша` : '### қосымша'], run[run.length - 1]?.line ?? p.line);
          if (!label) w.block(['<!-- bagalau: the appendix label is missing in the published text -->'], p.line);
          w.block(run.map((r, k) => `> ${escapeInline(label && k === run.length - 1 ? r.text.replace(APPENDIX_LABEL_RE, '').trim() || r.text : r.text)}${k < run.length - 1 ? '\\' : ''}`), p.line);
          i = j;
          continue;
        }
        const approval = /бекітілген$/u.test(lastText) || /^(?:Утвержден|УТВЕРЖДЕН)/u.test(run[0]?.text ?? '');
        // An annex to the order itself, «Приложение / к приказу …» (in Kazakh «… бұйрығына / қосымша»): the next document.
        const orderAnnex = RU_ORDER_ANNEX_RE.test(stampText);
        if (state === 'operative' || state === 'order' || (state === 'body' && (label || /^қосымша$/u.test(lastText) || approval || orderAnnex))) {
          // Signature lines end at the last name («Д. Абаев»); the rest is the next document's stamp.
          let lastName = -1;
          if (state !== 'body') run.forEach((r, k) => { if (NAME_RE.test(r.text)) lastName = k; });
          const signature = run.slice(0, lastName + 1);
          const stamp = run.slice(lastName + 1);
          if (signature.length > 0) w.block(signature.map((r, k) => `> ${escapeInline(r.text)}${k < signature.length - 1 ? '\\' : ''}`), (signature[0] as Para).line);
          if (stamp.length > 0) {
            // The document title follows the stamp: a long paragraph, or the text before an inline chapter.
            const next = paras[j];
            let title = next?.text ?? '';
            let rest = '';
            const inline = CHAPTER_INLINE_RE.exec(title);
            if (inline) {
              rest = inline[1] as string;
              title = title.slice(0, inline.index).trim();
            }
            w.block([`## ${escapeInline(title)}`], next?.line ?? p.line);
            w.block(stamp.map((r, k) => `> ${escapeInline(r.text)}${k < stamp.length - 1 ? '\\' : ''}`), (stamp[0] as Para).line);
            inAppendix = false;
            state = 'body';
            i = j + 1;
            if (rest) paras.splice(i, 0, { text: rest, line: next?.line ?? p.line });
            continue;
          }
          state = state === 'operative' ? 'operative' : state;
          i = j;
          continue;
        }
      }
    }
    const chapter = chapterHeading(p.text);
    if (chapter && !inAppendix) {
      // Written as the parser reads it best, in the act's own language and with the number as written («Глава IV.»).
      const title = escapeInline(chapter.title.trim());
      w.block([chapter.language === 'kk' ? `### ${chapter.numeral}-тарау. ${title}` : `### Глава ${chapter.numeral}. ${title}`], p.line);
      state = 'body';
      i++;
      continue;
    }
    if (state === 'order') {
      const marker = MARKER_RE.exec(p.text) ?? RU_MARKER_RE.exec(p.text);
      if (marker) {
        const before = p.text.slice(0, marker.index).trimEnd();
        const after = p.text.slice(marker.index + marker[0].length).trim();
        w.block([`${escapeInline(before)} **${marker[1]}:**`], p.line);
        state = 'operative';
        if (after) paras.splice(i + 1, 0, { text: after, line: p.line });
        i++;
        continue;
      }
      if (CLAUSE_RE.test(p.text) && titleDone) state = 'operative';
    }
    if (isFormLabel(p.text)) {
      w.block([p.text], p.line);
      // The caption follows the form label.
      const next = paras[i + 1];
      if (next && !next.cells && !CLAUSE_RE.test(next.text) && next.text.length < 300) {
        w.block([`#### ${escapeInline(next.text.replace(/^\*\*|\*\*$/g, ''))}`], next.line);
        i += 2;
        continue;
      }
      i++;
      continue;
    }
    if (inAppendix && !CLAUSE_RE.test(p.text) && !SUBCLAUSE_RE.test(p.text)) {
      // Appendix without «Нысан»: its first text line is the caption.
      const prev = w.out[w.out.length - 1] ?? '';
      if (prev.startsWith('> ') && !prev.endsWith('\\') && p.text.length < 300) {
        w.block([`#### ${escapeInline(p.text.replace(/^\*\*|\*\*$/g, ''))}`], p.line);
        i++;
        continue;
      }
    }
    emitText(p);
    i++;
  }
  w.out.push('');
  w.map.push(0);
  return { markdown: w.out.join('\n'), lineMap: w.map };
}
