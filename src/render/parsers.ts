/**
 * The renderer reads three languages — YAML (a manifest, a template's front matter), Markdown and Handlebars
 * templates — and the build reads every one of the repository's templates ahead (scripts/build-templates.ts):
 * the parsed YAML, the Markdown syntax trees of the blank forms and orders, the compiled templates. So a render
 * from the build's results needs none of the three parsers, which are most of the code a render would load
 * (issue 14: pay only for what runs). Each parser is a module of its own that hands itself to the engine when
 * loaded: ./index.ts loads all three (the library API renders any text), the `render` command only the one a
 * text the build did not see asks for (`withParsers`).
 */

/** The engine met a text the build did not parse and the parser for it is not loaded. */
export class ParserNotLoaded extends Error {
  override name = 'ParserNotLoaded';
  constructor(readonly parser: 'yaml' | 'markdown' | 'handlebars', readonly load: () => Promise<unknown>) {
    super(`the ${parser} parser is not loaded (import src/render/index.ts, or call withParsers)`);
  }
}

/**
 * Runs `f`; when it meets a text whose parser is not loaded, loads that parser and runs `f` again from the start.
 * `f` must be pure (planning documents, building a model), so running it again changes nothing but the outcome.
 */
export async function withParsers<T>(f: () => T): Promise<T> {
  for (let tries = 0; ; tries++) {
    try {
      return f();
    } catch (e) {
      if (!(e instanceof ParserNotLoaded) || tries > 3) throw e;
      await e.load();
    }
  }
}
