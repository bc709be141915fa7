/**
 * The full Markdown reader: micromark (CommonMark) with GFM tables, for the drafts whose Markdown the
 * linear reader of `fast-markdown.ts` does not know (a link, a code span, emphasis…). Its own module
 * so that `bagalau draft check` loads it (300 KB of code) only for such a draft. Pure.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import type { Root } from 'mdast';

/**
 * CommonMark with GFM tables only: an act has no strikethrough, footnotes, task lists or bare URLs to
 * link, and the rest of GFM is some 40 % of the parse time of a draft.
 */
function gfmTablesOnly(this: { data(): Record<string, unknown[] | undefined> }): void {
  const data = this.data();
  (data['micromarkExtensions'] ??= []).push(gfmTable());
  (data['fromMarkdownExtensions'] ??= []).push(gfmTableFromMarkdown());
}
const processor = unified().use(remarkParse).use(gfmTablesOnly as never);

export const micromarkTree = (markdown: string): Root => processor.parse(markdown) as Root;
