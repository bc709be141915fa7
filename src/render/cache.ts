/**
 * What the renders of one batch share (`createRenderCache`, `RenderOptions.cache`), owned by the caller: one per batch,
 * dropped with it; nothing is kept between callers. Only work that does not depend on the data is kept, and a value is
 * what computing it again would give, so the bytes are the same with or without the cache
 * (test/render/pdf-bytes.test.ts).
 */
import type { Face } from './pdf/font.js';

/** A font subset's program, deflated, as the PDF writer embeds it. */
export interface DeflatedProgram {
  /** the uncompressed program's length (the stream's Length1) */
  length: number;
  deflated: Uint8Array;
}

/** Entries kept per map before it is emptied: a long batch of ever new texts does not grow it without end. */
export const RENDER_CACHE_MAX = 1000;

export class RenderCache {
  /** Each front matter text, read and checked (parsing it was a fifteenth of a one-page form's PDF). */
  readonly frontMatter = new Map<string, Readonly<object>>();
  /**
   * Per face, the subsets of a document's own (letters outside the shared standard subset) by the glyphs they were
   * asked for in order, which decide the program: encoding and deflating the same subset for every document of a
   * batch with the same foreign letters was most of such a document's PDF.
   */
  readonly fontPrograms = new Map<Face, Map<string, DeflatedProgram>>();
  /** PDF layout: a paragraph's lines by its runs, size, indent and width (src/render/pdf/layout.ts, `linesFor`). */
  readonly lines = new Map<string, readonly object[]>();
}

/** `map.set`, the map emptied first when it holds `max` entries. */
export function keep<K, V>(map: Map<K, V>, key: K, value: V, max = RENDER_CACHE_MAX): V {
  if (map.size >= max) map.clear();
  map.set(key, value);
  return value;
}
