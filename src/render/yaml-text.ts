/**
 * YAML as the renderer reads it (a template set's manifest, a template's front matter): the value the build
 * parsed for this very text (scripts/build-templates.ts), else the `yaml` package once it is loaded
 * (./yaml-parser.ts). Each read gives a fresh value, as a parse would.
 */
import { ParserNotLoaded } from './parsers.js';

let parser: ((text: string) => unknown) | undefined;
/** Text → the JSON of its value, parsed by the build. */
const known = new Map<string, string>();

export function provideYamlParser(parse: (text: string) => unknown): void {
  parser = parse;
}

export function provideParsedYaml(entries: Iterable<[string, string]>): void {
  for (const [text, json] of entries) known.set(text, json);
}

/** Parse YAML text (throws the parser's error for text that is not YAML). */
export function readYaml(text: string): unknown {
  const json = known.get(text);
  if (json !== undefined) return JSON.parse(json);
  if (!parser) throw new ParserNotLoaded('yaml', () => import('./yaml-parser.js'));
  const value = parser(text);
  recorder?.(text, value);
  return value;
}

/** For the build (scripts/build-templates.ts): told of every text the parser reads and the value it gives. */
let recorder: ((text: string, value: unknown) => void) | undefined;
export function recordYaml(r: ((text: string, value: unknown) => void) | undefined): void {
  recorder = r;
}
