/**
 * The rendering engine (issue 4): Handlebars-filled Markdown → document model → DOCX | PDF.
 * Pure: bytes and strings in, bytes out. Fonts for the PDF are passed in by the caller.
 */
import { markdownToModel } from './markdown.js';
import { modelToDocx } from './docx.js';
import { modelToPdf } from './pdf/writer.js';
import type { DocumentMeta, DocumentModel, PageSetup } from './model.js';
import type { FontBytes } from './pdf/font.js';

export type { DocumentModel, DocumentMeta, PageSetup } from './model.js';
export type { FontBytes } from './pdf/font.js';
export { MissingGlyphError } from './pdf/font.js';
export { markdownToModel, MarkdownError } from './markdown.js';
export { modelToDocx } from './docx.js';
export { modelToPdf } from './pdf/writer.js';
export { compileTemplate, TemplateError, escapeMarkdown } from './template.js';

export type RenderFormat = 'docx' | 'pdf';

export interface RenderOptions {
  format: RenderFormat;
  meta: DocumentMeta;
  /** Required for PDF: Tinos (or another Times-metric face with every Kazakh letter). */
  fonts?: FontBytes;
  page?: Partial<PageSetup>;
}

/** Render Markdown (the conventions of docs/render.md) to DOCX or PDF bytes. */
export async function renderMarkdown(markdown: string, options: RenderOptions): Promise<Uint8Array> {
  const model = markdownToModel(markdown, { meta: options.meta, ...(options.page ? { page: options.page } : {}) });
  return renderModel(model, options);
}

export async function renderModel(model: DocumentModel, options: Pick<RenderOptions, 'format' | 'fonts'>): Promise<Uint8Array> {
  if (options.format === 'docx') return modelToDocx(model);
  if (!options.fonts) throw new Error('PDF rendering needs font bytes (options.fonts)');
  return modelToPdf(model, options.fonts);
}
