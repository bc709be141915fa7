/**
 * The rendering engine (issue 4): Handlebars-filled Markdown → document model → DOCX | PDF.
 * Pure: bytes and strings in, bytes out. Fonts for the PDF are passed in by the caller. Without the parsers
 * (./parsers.ts): ./index.ts is this module with all three loaded, the `render` command loads them on demand.
 */
import { markdownToModel } from './markdown.js';
import type { DocumentMeta, DocumentModel, PageSetup } from './model.js';
import type { FontBytes } from './pdf/font.js';
import { fontSet } from './pdf/font.js';
import type { FaceKey } from './pdf/font.js';
import { fitModel } from './fit.js';
import type { Measure } from './fit.js';
import { SOFT_HYPHEN } from './linebreak.js';

export type { DocumentModel, DocumentMeta, PageSetup } from './model.js';
export type { FontBytes } from './pdf/font.js';
export { MissingGlyphError } from './pdf/font.js';
export { markdownToModel, MarkdownError } from './markdown.js';
import { RenderCache } from './cache.js';
export { RenderCache } from './cache.js';

/** A cache for the renders of one batch (`RenderOptions.cache`): keep it while rendering many documents, then drop it. */
export const createRenderCache = (): RenderCache => new RenderCache();

/**
 * The backends are loaded when a document of their format is first written: a PDF never loads the docx library, a
 * DOCX never loads the PDF writer (issue 14: pay only for what runs).
 */
let docxWriter: Promise<typeof import('./docx.js')> | undefined;
let pdfWriter: Promise<typeof import('./pdf/writer.js')> | undefined;
export async function modelToDocx(model: DocumentModel): Promise<Uint8Array> {
  // each backend's module promise is kept: importing it again for every document went through the module loader
  // each time (a tenth of a warm one-page PDF)
  docxWriter ??= import('./docx.js');
  return (await docxWriter).modelToDocx(model);
}
export async function modelToPdf(model: DocumentModel, fonts: FontBytes, cache?: RenderCache): Promise<Uint8Array> {
  pdfWriter ??= import('./pdf/writer.js');
  return (await pdfWriter).modelToPdf(model, fonts, cache);
}
export { compileTemplate, TemplateError, escapeMarkdown } from './template.js';
export { ParserNotLoaded, withParsers } from './parsers.js';

export type RenderFormat = 'docx' | 'pdf';

export interface RenderOptions {
  format: RenderFormat;
  meta: DocumentMeta;
  /**
   * Required for PDF: Tinos (or another Times-metric face with every Kazakh letter). Given for DOCX too, its
   * metrics (those of Times New Roman) fit the tables the same way, so both backends agree page for page.
   */
  fonts?: FontBytes;
  page?: Partial<PageSetup>;
  /** Shared by the renders of a batch (`createRenderCache`): work that does not depend on the data is done once. */
  cache?: RenderCache;
}

/** Render Markdown (the conventions of docs/render.md) to DOCX or PDF bytes. */
export async function renderMarkdown(markdown: string, options: RenderOptions): Promise<Uint8Array> {
  const model = markdownToModel(markdown, { meta: options.meta, ...(options.page ? { page: options.page } : {}), ...(options.cache ? { cache: options.cache } : {}) });
  if (options.fonts) fitModel(model, measureWith(options.fonts));
  return renderModel(model, options);
}

/** Text widths from the font files (Tinos: the metrics of Times New Roman, which the DOCX names). */
export function measureWith(fonts: FontBytes): Measure {
  const set = fontSet(fonts);
  return (text, style, size) => {
    const key: FaceKey = style.bold ? (style.italic ? 'boldItalic' : 'bold') : style.italic ? 'italic' : 'regular';
    return (set.get(key).width(text.includes(SOFT_HYPHEN) ? text.split(SOFT_HYPHEN).join('') : text) * size) / 1000;
  };
}

export { fitModel } from './fit.js';

export async function renderModel(model: DocumentModel, options: Pick<RenderOptions, 'format' | 'fonts' | 'cache'>): Promise<Uint8Array> {
  if (options.format === 'docx') return modelToDocx(model);
  if (!options.fonts) throw new Error('PDF rendering needs font bytes (options.fonts)');
  return modelToPdf(model, options.fonts, options.cache);
}
