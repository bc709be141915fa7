/**
 * Position-category codes are written in one alphabet (src/law/category-code.ts): the acts mix Latin
 * and Cyrillic look-alikes («C-1» / «С-1»), romanise «В» as «V», and type the digit 0 for the letter О
 * («С-0-4»). One finding per text (a clause paragraph or a table cell) listing its codes.
 */
import { t3, type Finding } from '../../law/finding.js';
import { pointer } from '../../law/json-pointer.js';
import { hasLookAlike, scanCategoryCodes } from '../../law/category-code.js';
import type { TextSpan } from '../act.js';
import { clauseSpans } from '../act.js';
import { finding, placeInSpan } from '../context.js';
import type { DraftRule } from './rule.js';

const KIND_TEXT: Record<string, string> = {
  'latin-to-cyrillic': 'Latin→Cyrillic', romanisation: 'romanised letter', 'digit-zero': 'digit 0 for the Cyrillic letter «О»', dash: 'dash', case: 'case',
};

export const categoryCodesRule: DraftRule = {
  id: 'draft/category-code-lookalike',
  severity: 'warning',
  description: t3('Санат кодтары бір әліпбимен жазылады (латын/кирилл ұқсас әріптер, О әрпінің орнына 0 цифры жоқ)',
    'Коды категорий записаны одним алфавитом (без смешения латиницы и кириллицы, без цифры 0 вместо О)',
    'Category codes use one alphabet (no Latin/Cyrillic look-alikes, no digit 0 for the letter О)'),
  check(ctx) {
    const out: Finding[] = [];
    const visit = (span: TextSpan, path: string): void => {
      const bad = scanCategoryCodes(span.text).filter(hasLookAlike);
      if (bad.length === 0) return;
      const first = bad[0] as (typeof bad)[number];
      const list = bad.map((b) => `${b.raw.replace(/\s+/g, '')} → ${b.code}`).join(', ');
      const kinds = [...new Set(bad.flatMap((b) => b.changes.filter((c) => c.kind !== 'space' && c.kind !== 'dash').map((c) => KIND_TEXT[c.kind] ?? c.kind)))].join(', ');
      out.push(finding('draft/category-code-lookalike', 'warning',
        t3(`Санат кодтарында ұқсас әріптер немесе О орнына 0: ${list}`, `В кодах категорий похожие буквы или 0 вместо О: ${list}`,
          `Category codes with look-alike letters or 0 for the Cyrillic letter «О» (${kinds}): ${list}`),
        path, placeInSpan(ctx, span, first.raw, first.index),
        { facts: { codes: bad.map((b) => ({ raw: b.raw, code: b.code, changes: b.changes.filter((c) => c.kind !== 'space') })) } }));
    };
    ctx.act.documents.forEach((doc, d) => {
      doc.clauses.forEach((c, i) => clauseSpans(c).forEach((s) => visit(s, pointer('documents', d, 'clauses', i))));
      doc.appendices.forEach((a, i) => {
        const path = pointer('documents', d, 'appendices', i);
        a.text.forEach((s) => visit(s, path));
        a.tables.forEach((t) => t.rows.flat().forEach((s) => visit(s, path)));
      });
      doc.tables.forEach((t) => t.rows.flat().forEach((s) => visit(s, pointer('documents', d))));
    });
    return out;
  },
};
