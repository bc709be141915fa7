/**
 * Where a message points: «at line 41» in a Markdown draft, the same line of the user's .txt, or
 * «in paragraph 37» of a Word file. Rules write a reference with `lineRef`; `checkDraft` resolves it
 * once it knows what the source was, so that the line a message names and the finding's `place` are
 * the same line of the file the user gave. Pure.
 */
import type { Finding, Lang, Place } from '../law/finding.js';
import type { CrossReference } from './cross-references.js';
import type { EmptyNumbered } from './empty-numbered.js';
import type { ParallelColumns } from './parallel-columns.js';
import type { Revisions } from './revisions.js';

/** What a Markdown line is in the user's file. */
export interface SourceMap {
  /** `lines`: a text file's lines (a published .txt); `paragraphs`: a Word file's paragraphs. */
  unit: 'lines' | 'paragraphs';
  /** Markdown line (0-based index) → line or paragraph of the source (1-based); 0 or missing: unknown. */
  of: readonly number[];
  /** For paragraphs: the text of each (1-based index), quoted beside the place. */
  text?: readonly string[];
  /** A Word file's tracked changes left unaccepted and comments: the check says the file holds them. */
  revisions?: Revisions;
  /** A Word file's cross-references (REF fields) whose bookmark is gone or whose number is out of date. */
  crossReferences?: readonly CrossReference[];
  /** A Word file's numbered paragraphs that are empty («12.» and nothing): a gap they leave is told there. */
  emptyNumbered?: readonly EmptyNumbered[];
  /** A Word file's methodology laid out in two languages side by side: the column read, and that the other was not. */
  parallelColumns?: ParallelColumns;
}

const MARK = '\u2063';
const REF = new RegExp(`${MARK}(kk|ru|en):(\\d+)${MARK}`, 'g');

/** A reference to a draft line inside a message, resolved later («41-жолда», «в строке 41», «at line 41»). */
export const lineRef = (lang: Lang, place: Place): string => `${MARK}${lang}:${place.line}${MARK}`;

const WORDS: Record<SourceMap['unit'], Record<Lang, (n: number) => string>> = {
  lines: { kk: (n) => `${n}-жолда`, ru: (n) => `в строке ${n}`, en: (n) => `at line ${n}` },
  paragraphs: { kk: (n) => `${n}-абзацта`, ru: (n) => `в абзаце ${n}`, en: (n) => `in paragraph ${n}` },
};

/** Map a Markdown place to the source's line or paragraph (the place itself when there is no map). */
export function mapPlace(place: Place, source?: SourceMap): Place {
  if (!source) return place;
  const n = source.of[place.line - 1];
  if (n) return { line: n, column: source.unit === 'lines' ? 1 : 1 };
  // A line that comes from no source line (a blank the importer added): the nearest one before it.
  for (let k = place.line - 2; k >= 0; k--) if (source.of[k]) return { line: source.of[k] as number, column: 1 };
  return { line: 1, column: 1 };
}

const QUOTE_LEN = 60;
/**
 * The paragraph's start, on one line: a paragraph whose lines are broken by Shift+Enter (a stamp, a
 * signature) must not break the one-line message that quotes it.
 */
const quote = (raw: string): string => {
  const text = raw.replace(/\s*\n\s*/g, ' ');
  return text.length > QUOTE_LEN ? `${text.slice(0, QUOTE_LEN)}…` : text;
};

/** The paragraph a message of a Word file ends with, quoted: « [12-абзац: «12. …»]». */
export const paragraphQuote = (lang: Lang, paragraph: number, text: string): string =>
  lang === 'kk' ? ` [${paragraph}-абзац: «${quote(text)}»]` : lang === 'ru' ? ` [абзац ${paragraph}: «${quote(text)}»]` : ` [paragraph ${paragraph}: «${quote(text)}»]`;

/** Resolve line references in messages and map places to the source; paragraphs get their text quoted. */
export function resolvePlaces(findings: Finding[], source?: SourceMap): Finding[] {
  const unit = source?.unit ?? 'lines';
  return findings.map((f) => {
    const message = { ...f.message };
    for (const lang of ['kk', 'ru', 'en'] as const) {
      message[lang] = message[lang].replace(REF, (_, l: Lang, n: string) => WORDS[unit][l](mapPlace({ line: Number(n), column: 1 }, source).line));
    }
    if (!f.place) return { ...f, message };
    const place = mapPlace(f.place, source);
    if (source?.unit === 'paragraphs') {
      const text = source.text?.[place.line] ?? '';
      for (const lang of ['kk', 'ru', 'en'] as const) message[lang] += paragraphQuote(lang, place.line, text);
      return { ...f, message, place, facts: { ...(f.facts ?? {}), paragraph: place.line, paragraphText: text } };
    }
    return { ...f, message, place };
  });
}
