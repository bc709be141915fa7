/**
 * What every draft rule gets: the Markdown source, its parsed act, and helpers to turn a match in a
 * text span into a line:column in the draft. Pure.
 */
import type { Finding, Place, Severity, Text3 } from '../law/finding.js';
import type { DraftAct, TextSpan } from './act.js';
import { pluralEn } from '../law/plural.js';
import { citesInText } from '../law/cite-text.js';

export interface DraftContext {
  markdown: string;
  act: DraftAct;
  /** Offsets where each line starts. */
  lineStarts: number[];
  /** The draft came from a Word file (its numbers are a list's, set in Word), not from Markdown or a text file. */
  word?: boolean;
}

export function makeContext(markdown: string, act: DraftAct, word = false): DraftContext {
  const lineStarts = [0];
  for (let i = markdown.indexOf('\n'); i >= 0; i = markdown.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return { markdown, act, lineStarts, ...(word ? { word } : {}) };
}

/** Line and column of an offset in the draft. */
export function placeAt(ctx: DraftContext, offset: number): Place {
  let lo = 0;
  let hi = ctx.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((ctx.lineStarts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (ctx.lineStarts[lo] as number) + 1 };
}

/**
 * Where `needle` (found at `index` in `span.text`) sits in the draft. The span's text may differ from
 * the source (escapes, list markers), so the needle is searched in the source from the span's start;
 * if it is not found there the span's own place is used.
 */
export function placeInSpan(ctx: DraftContext, span: TextSpan, needle: string, index = 0): Place {
  if (needle) {
    // Skip earlier occurrences of the same needle in the span.
    let from = span.offset;
    let seen = 0;
    const before = span.text.slice(0, index).split(needle).length - 1;
    while (seen <= before) {
      const at = ctx.markdown.indexOf(needle, from);
      if (at < 0 || at > span.offset + span.text.length * 2 + 200) break;
      if (seen === before) return placeAt(ctx, at);
      from = at + needle.length;
      seen++;
    }
  }
  return span.place;
}

/** Build a finding; keeps rule modules short. */
export function finding(
  ruleId: string,
  severity: Severity,
  message: Text3,
  path: string,
  place: Place | undefined,
  extra: Partial<Pick<Finding, 'cite' | 'facts' | 'note' | 'file'>> = {},
): Finding {
  return { ruleId, severity, message: { kk: citesInText(message.kk, 'kk'), ru: citesInText(message.ru, 'ru'), en: pluralEn(message.en) }, path, ...(place ? { place } : {}), ...extra };
}
