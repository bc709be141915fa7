/** The model act read back from the JSON that scripts/draft-model.ts generates (asa-b-model-act.ts). Pure. */
import type { DraftAct, TextSpan } from '../act.js';

/**
 * An act read back from its JSON, with the objects the parser shares restored as one object: a
 * table written inside a clause is also the document's (`Clause.tables` ⊂ `AttachedDocument.tables`),
 * and the legal basis and the operative words are paragraphs of the preamble.
 */
export function reviveAct(json: string): DraftAct {
  const act = JSON.parse(json) as DraftAct;
  const same = (a: { place: { line: number; column: number } }, b: { place: { line: number; column: number } }): boolean =>
    a.place.line === b.place.line && a.place.column === b.place.column;
  const inPreamble = (s: TextSpan | null): TextSpan | null => (s ? (act.preamble.find((x) => x.offset === s.offset) ?? s) : s);
  act.legalBasis = inPreamble(act.legalBasis);
  act.operativeMarker = inPreamble(act.operativeMarker);
  for (const doc of act.documents) {
    for (const c of doc.clauses) if (c.tables) c.tables = c.tables.map((t) => doc.tables.find((x) => same(x, t)) ?? t);
  }
  return act;
}
