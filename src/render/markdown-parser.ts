/** remark with GFM tables for the renderer (./markdown.ts): loaded where a chunk the build did not parse is read. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import { provideMarkdownParser } from './markdown.js';

const processor = unified().use(remarkParse).use(remarkGfm);
provideMarkdownParser((text) => processor.parse(text) as Root);
