/**
 * The rendering engine (issue 4): Handlebars-filled Markdown → document model → DOCX | PDF (./engine.ts), with
 * the three parsers loaded, so that any text renders: a template set's YAML, any Markdown, any template.
 */
import './yaml-parser.js';
import './markdown-parser.js';
import './template-compiler.js';

export * from './engine.js';
