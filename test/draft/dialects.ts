/**
 * One draft written in the Markdown habits authors really have. Each transform keeps every line where
 * it was (only markers change), so every variant must give the same findings at the same lines.
 */

/** Lines of «N.» / «N)» clauses, as the importer writes them. */
const CLAUSE = /^(\d+)\. /;
const SUB = /^(\d+)\) /;

const mapLines = (md: string, f: (line: string) => string): string => md.split('\n').map(f).join('\n');

export const DIALECTS: Record<string, (md: string) => string> = {
  /** As `bagalau draft import` writes it: `#` order, `##` methodology, `###` chapters and appendices, `####` captions. */
  imported: (md) => md,
  /** Every heading one level deeper (`##` order title, `###` methodology, `####` chapters). */
  'headings-shifted': (md) => mapLines(md, (l) => (/^#{1,5} /.test(l) ? `#${l}` : l)),
  /** The methodology title, its chapters and its appendices all `##`, captions `###`. */
  'same-level': (md) => mapLines(md, (l) => l.replace(/^### (\d+-(?:тарау|қосымша))/, '## $1').replace(/^#### /, '### ')),
  /** No headings below the order's title and no lists: bold paragraphs and bold numbers. */
  bold: (md) => mapLines(md, (l) => l
    .replace(/^#{2,4} (.*)$/, '**$1**')
    .replace(CLAUSE, '**$1.** ')
    .replace(SUB, '**$1)** ')),
  /** Numbers escaped so that Markdown keeps them as text (`1\.`, `1\)`), as many editors export. */
  escaped: (md) => mapLines(md, (l) => l.replace(CLAUSE, '$1\\. ').replace(SUB, '$1\\) ')),
  /** Sub-clauses as a Markdown list nested inside their clause's list item. */
  'nested-lists': (md) => {
    let indent = 3;
    return mapLines(md, (l) => {
      const c = CLAUSE.exec(l);
      if (c) indent = (c[1] as string).length + 2;
      if (/^#/.test(l)) indent = 0;
      return indent > 0 && SUB.test(l) ? `${' '.repeat(indent)}${l}` : l;
    });
  },
};
