/**
 * An abbreviation is defined («(бұдан әрі – НМИ)») before it is used. Act 000 uses «НМИ» in cl. 2 1)
 * and defines it only in cl. 2 5). Checked per attached document (each methodology defines its own).
 */
import { lineRef } from '../where.js';
import { t3, type Finding } from '../../law/finding.js';
import { pointer } from '../../law/json-pointer.js';
import type { AttachedDocument, TextSpan } from '../act.js';
import { clauseSpans } from '../act.js';
import { finding, placeInSpan, type DraftContext } from '../context.js';
import { PropertyRegExp } from '../narrow-regexp.js';
import type { DraftRule } from './rule.js';

const DEFINITION = /\(\s*бұдан\s+әрі\s*[–—-]\s*([^)]+?)\s*\)/gu;
/** Only acronyms are checked: words can be used in their ordinary sense before they are defined. */
const ACRONYM = new PropertyRegExp(String.raw`^[\p{Lu}]{2,}$`, 'u');
/** A run of capitals at a word's start (the end may run into lower case: «НМИ-ні», «НМИн»). */
const CAPITALS = new PropertyRegExp(String.raw`(?<!\p{L})\p{Lu}{2,}\p{Ll}?`, 'gu');
const LOWER = new PropertyRegExp(String.raw`\p{Ll}`, 'u');
/** Longer acronyms are not looked for (keeps the lookup linear). */
const MAX_TERM = 16;

interface Use {
  span: TextSpan;
  index: number;
  path: string;
}

function spansInOrder(doc: AttachedDocument, d: number): Array<{ span: TextSpan; path: string }> {
  const out: Array<{ span: TextSpan; path: string }> = [];
  doc.clauses.forEach((c, i) => {
    const path = pointer('documents', d, 'clauses', i);
    for (const span of clauseSpans(c)) out.push({ span, path });
  });
  doc.appendices.forEach((a, i) => {
    const path = pointer('documents', d, 'appendices', i);
    for (const span of [...(a.caption ? [a.caption] : []), ...a.text, ...a.tables.flatMap((t) => t.rows.flat())]) out.push({ span, path });
  });
  return out.sort((a, b) => a.span.offset - b.span.offset);
}

function checkDocument(ctx: DraftContext, doc: AttachedDocument, d: number): Finding[] {
  const spans = spansInOrder(doc, d);
  const defined = new Map<string, Use>();
  for (const { span, path } of spans) {
    for (const m of span.text.matchAll(DEFINITION)) {
      const term = (m[1] as string).replace(/["«»]/g, '').trim();
      if (ACRONYM.test(term) && !defined.has(term)) defined.set(term, { span, index: (m.index ?? 0) + m[0].indexOf(term), path });
    }
  }
  // One pass over the text for all terms (a regex per term over every span is term × span, issue 15):
  // each run of capitals at a word's start is looked up, with its prefixes («НМИ» in «НМИ-ні»).
  const out: Finding[] = [];
  const reported = new Set<string>();
  const last = Math.max(-1, ...[...defined.values()].map((d) => d.span.offset));
  for (const { span, path } of spans) {
    if (span.offset > last) break;
    for (const m of span.text.matchAll(CAPITALS.for(span.text))) {
      const run = m[0];
      for (let k = Math.min(run.length, MAX_TERM); k >= 2; k--) {
        if (k < run.length && LOWER.test(run[k] as string)) continue;
        const term = run.slice(0, k);
        const def = defined.get(term);
        if (!def || reported.has(term) || span.offset > def.span.offset) continue;
        if (span === def.span && (m.index ?? 0) >= def.index - 20) continue;
        reported.add(term);
        const place = placeInSpan(ctx, span, term, m.index ?? 0);
        const defPlace = placeInSpan(ctx, def.span, term, def.index);
        out.push(finding('draft/abbreviation-before-definition', 'warning',
          t3(`«${term}» қысқартуы анықталмай тұрып қолданылған (анықтамасы ${lineRef('kk', defPlace)})`,
            `Сокращение «${term}» использовано до его определения (определено ${lineRef('ru', defPlace)})`,
            `Abbreviation «${term}» is used before it is defined (defined ${lineRef('en', defPlace)})`),
          path, place, { facts: { term, definedAt: defPlace } }));
      }
    }
  }
  return out;
}

export const abbreviationsRule: DraftRule = {
  id: 'draft/abbreviation-before-definition',
  severity: 'warning',
  description: t3('Қысқарту «(бұдан әрі – …)» анықталғаннан кейін ғана қолданылады', 'Сокращение используется только после его определения «(далее – …)»',
    'An abbreviation is used only after its definition «(бұдан әрі – …)»'),
  check(ctx) {
    return ctx.act.documents.flatMap((doc, d) => checkDocument(ctx, doc, d));
  },
};
