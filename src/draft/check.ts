/**
 * The draft checker with both Markdown readers: what the library, the server and the tests use.
 * (`bagalau draft check` imports `check-core.ts` and loads micromark only for a draft that needs it.)
 */
import { micromarkTree } from './micromark-reader.js';
import { setFullReader } from './parse.js';

setFullReader(micromarkTree);

export * from './check-core.js';
