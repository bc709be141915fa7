/**
 * Values a form asks for are worded as the clause that defines them: act 000 cl. 27 grades a
 * competency «күтілген нәтижеге сәйкес», its App. 3 asks for «күтілетін нәтижеге сәйкес».
 * Clause values are the quoted phrases in clauses; form values are the options listed in an
 * appendix: «(a/b)», «(a, b, c)» or «_____ (a, b)». A form value that is close to a clause value but
 * not the same (after case, quotes and spaces) is reported.
 */
import { t3, type Finding } from '../../law/finding.js';
import { pointer } from '../../law/json-pointer.js';
import type { TextSpan } from '../act.js';
import { clauseSpans, type Clause } from '../act.js';
import { chapterFact, clauseName, clauseNo, numbersRepeat } from '../clause-name.js';
import { finding, placeInSpan } from '../context.js';
import { charGrams, dice, gramCount, normaliseKk } from '../kazakh-text.js';
import type { DraftRule } from './rule.js';

const QUOTED = /["«“]\s*([^"»”]{3,120}?)\s*["»”]/gu;
const OPTIONS = /\(([^()]*(?:\/|,)[^()]*)\)/gu;

interface Value {
  text: string;
  span: TextSpan;
  index: number;
  path: string;
  clause?: Clause;
}

const words = (s: string): string[] => normaliseKk(s).split(' ').filter(Boolean);

export const enumsRule: DraftRule = {
  id: 'draft/enum-mismatch',
  severity: 'warning',
  description: t3('Нысандардағы мәндер оларды анықтайтын тармақтағыдай жазылады', 'Значения в формах записаны так же, как в определяющих их пунктах',
    'Values in forms are worded as in the clauses that define them'),
  check(ctx) {
    const out: Finding[] = [];
    ctx.act.documents.forEach((doc, d) => {
      const defined: Value[] = [];
      doc.clauses.forEach((c, i) => clauseSpans(c).forEach((span) => {
        for (const m of span.text.matchAll(QUOTED)) {
          const text = (m[1] as string).trim();
          if (words(text).length >= 2 && words(text).length <= 8) defined.push({ text, span, index: m.index ?? 0, path: pointer('documents', d, 'clauses', i), clause: c });
        }
      }));
      if (defined.length === 0) return;
      const grams = defined.map((v) => charGrams(v.text));
      const counts = grams.map(gramCount);
      const lengths = defined.map((v) => words(v.text).length);
      const norms = new Set(defined.map((v) => normaliseKk(v.text)));
      const reported = new Set<string>();
      doc.appendices.forEach((a, i) => {
        const spans = [...a.text, ...(a.caption ? [a.caption] : []), ...a.tables.flatMap((t) => t.rows.flat())];
        for (const span of spans) {
          for (const m of span.text.matchAll(OPTIONS)) {
            const inner = m[1] as string;
            let at = (m.index ?? 0) + 1;
            for (const part of inner.split(/[/,]/)) {
              const value = part.trim();
              const index = at + part.indexOf(value);
              at += part.length + 1;
              const w = words(value);
              if (w.length < 2) continue;
              const g = charGrams(value);
              const n = gramCount(g);
              let best = -1;
              let bestScore = 0;
              defined.forEach((v, k) => {
                if (lengths[k] !== w.length) return;
                // Dice is at most 2·min(n, m)/(n + m): a value that cannot reach the threshold (or the best so far) is not compared.
                const m = counts[k] as number;
                const bound = (2 * Math.min(n, m)) / (n + m);
                if (bound < 0.7 || bound <= bestScore) return;
                const s = dice(g, grams[k] as Map<string, number>);
                if (s > bestScore) {
                  bestScore = s;
                  best = k;
                }
              });
              const def = defined[best];
              if (!def || bestScore < 0.7) continue;
              if (normaliseKk(def.text) === normaliseKk(value)) continue;
              // A value equal to another defined value is fine («… сәйкес» vs «… сәйкес емес»).
              if (norms.has(normaliseKk(value))) continue;
              const key = `${normaliseKk(value)}|${normaliseKk(def.text)}|${a.number}`;
              if (reported.has(key)) continue;
              reported.add(key);
              const c = def.clause as Clause;
              const named = numbersRepeat(doc);
              const no = clauseNo(c, named);
              out.push(finding('draft/enum-mismatch', 'warning',
                t3(`${a.number ?? '?'}-қосымшадағы «${value}» мәні ${clauseName(c, named, 'locAttr').kk} «${def.text}» мәнінен өзгеше жазылған`,
                  `Значение «${value}» в приложении ${a.number ?? '?'} записано иначе, чем «${def.text}» в пункте ${no.ru}`,
                  `Appendix ${a.number ?? '?'} writes «${value}» where clause ${no.en} defines «${def.text}»`),
                pointer('documents', d, 'appendices', i), placeInSpan(ctx, span, value, index),
                { facts: { form: value, clause: c.number, ...chapterFact(c, named), defined: def.text, similarity: Math.round(bestScore * 100) / 100 } }));
            }
          }
        }
      });
    });
    return out;
  },
};
