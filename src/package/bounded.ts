/**
 * Parsing with limits the parsers themselves lack. The `yaml` library's parser and composer,
 * and every walker over JSON data, recurse once per level of nesting: 1,000 levels of `[` in a
 * 2 KB file overflow the stack, and near the stack's end V8 may abort the whole process (a
 * FATAL, not an exception) instead of throwing. So the depth is measured *before* any recursive
 * code sees the text:
 * - JSON: one linear scan over brackets outside strings (exact);
 * - YAML: the library's parser is driven token by token and its open-structure stack is
 *   watched; past the limit the parse stops (the parser recurses only as deep as that stack,
 *   and the composer only as deep as the tree it built).
 * Pure: no I/O.
 */
import { Composer, Lexer, LineCounter, Parser, YAMLParseError, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';
import { closingQuote } from './json-string.js';

/** Deeper than any form can be (the deepest sample is 7); far below what a stack holds. */
export const MAX_PARSE_DEPTH = 64;

/**
 * YAML tokens per file: a real 2 MB package has some 450,000; a file of short structures
 * (800 KB of `- [` lines has a million) costs seconds in the parser without ever being a package.
 */
export const MAX_YAML_TOKENS = 500_000;

export class TooDeepError extends Error {
  override name = 'TooDeepError';
  constructor(readonly offset: number, readonly limit: number) {
    super(`nesting deeper than ${limit} levels`);
  }
}

export class TooManyTokensError extends Error {
  override name = 'TooManyTokensError';
  constructor(readonly offset: number, readonly limit: number) {
    super(`more than ${limit} YAML tokens`);
  }
}

/** The first offset at which JSON nesting exceeds `limit`, or -1. Brackets in strings do not count. */
export function jsonTooDeepAt(text: string, limit = MAX_PARSE_DEPTH): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      i = closingQuote(text, i);
      if (i === -1) return -1; // unclosed: JSON.parse reports it
    } else if (c === 91 || c === 123) {
      if (++depth > limit) return i;
    } else if (c === 93 || c === 125) depth--;
  }
  return -1;
}

type YamlOptions = ParseOptions & DocumentOptions & SchemaOptions;

/**
 * `parseDocument` of the yaml library with its parser's stack bounded: throws TooDeepError
 * (with the offset where the limit was passed) instead of recursing without end.
 * Only the first document is returned; more documents are reported as the library does.
 */
export function parseYamlDocument(text: string, options: YamlOptions & { lineCounter?: LineCounter }, limit = MAX_PARSE_DEPTH): Document.Parsed {
  const lc = options.lineCounter;
  const parser = new Parser(lc ? (offset) => lc.addNewLine(offset) : undefined);
  function* tokens() {
    lc?.addNewLine(0);
    let n = 0;
    for (const lexeme of new Lexer().lex(text)) {
      yield* parser.next(lexeme);
      if (parser.stack.length > limit) throw new TooDeepError(parser.offset, limit);
      if (++n > MAX_YAML_TOKENS) throw new TooManyTokensError(parser.offset, MAX_YAML_TOKENS);
    }
    yield* parser.end();
  }
  const composer = new Composer(options);
  let doc: Document.Parsed | undefined;
  // The library makes an Error per syntax problem; a broken file can have 200,000 of them, and
  // their stack traces (never shown) were most of the time spent on it.
  const traces = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    for (const d of composer.compose(tokens(), true, text.length)) {
      if (!doc) doc = d as Document.Parsed;
      else {
        doc.errors.push(new YAMLParseError([d.range[0], d.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
        break;
      }
    }
  } finally {
    Error.stackTraceLimit = traces;
  }
  return doc!;
}
