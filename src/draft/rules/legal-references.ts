/**
 * References to repealed acts and to bodies under former names (data: `../data/legal-references.ts`).
 * The clause that repeals an act («… күші жойылды деп танылсын», in Russian «Признать утратившим силу …») is
 * not a defect and is skipped; so is a note in the title block that records the act's own repeal. A Russian
 * draft is read the same way from its own words. Renamed bodies are matched by their Kazakh names only: no
 * act we hold gives their Russian names.
 */
import { t3, type Finding } from '../../law/finding.js';
import { pointer } from '../../law/json-pointer.js';
import type { TextSpan } from '../act.js';
import { clauseSpans } from '../act.js';
import { finding, placeInSpan, type DraftContext } from '../context.js';
import { REPEALED_ACTS, RENAMED_BODIES } from '../data/legal-references.js';
import type { DraftRule } from './rule.js';

/**
 * Sentences that repeal or amend (quoting the old words) are not references to fix. In Russian: «признать
 * утратившим(и) силу», «утратил(а, о) силу», «утративший (утратившего …) силу», and a quote of the old words
 * «слова «…» заменить» — our choice: also «слова «…» исключить», the Russian of «… деген сөздер алып тасталсын».
 */
const REPEAL_WORDS = /күші жойылды|күшін жойған|күші жойылған|деген сөз|утратил[аои]?\s+силу|утративш\p{L}*\s+силу|слова\s+«[^»]*»[^.;]*?(?:заменить|исключить)/iu;

/**
 * The words that open the legal basis: «сәйкес», «негізінде»; in Russian «в соответствии с», «на основании»,
 * «согласно». The preamble is read from the legal basis on, and any span before it that holds them.
 */
const BASIS_WORDS = /сәйкес|негізінде|(?<!\p{L})(?:в\s+соответствии\s+с|на\s+основании|согласно)(?!\p{L})/iu;

function allSpans(ctx: DraftContext): Array<{ span: TextSpan; path: string }> {
  const { act } = ctx;
  const out: Array<{ span: TextSpan; path: string }> = [];
  // The requisites before the legal basis name the act itself and its own status: not references.
  // The parser's legal basis; failing it (a Russian basis «Согласно …»), the first span with the basis words.
  const firstBasis = act.legalBasis ? act.preamble.indexOf(act.legalBasis) : act.preamble.findIndex((s) => BASIS_WORDS.test(s.text));
  act.preamble.forEach((s, i) => {
    if (i >= firstBasis || BASIS_WORDS.test(s.text)) out.push({ span: s, path: pointer('preamble', i) });
  });
  // One path per clause, appendix or point, shared by its spans.
  const add = (spans: TextSpan[], path: string): void => {
    for (const span of spans) out.push({ span, path });
  };
  act.operative.forEach((p, i) => add([p.text, ...p.paragraphs, ...p.subPoints.flatMap((s) => [s.text, ...s.paragraphs])], pointer('operative', i)));
  act.documents.forEach((doc, d) => {
    if (doc.title) out.push({ span: doc.title, path: pointer('documents', d, 'title') });
    doc.clauses.forEach((c, i) => add(clauseSpans(c), pointer('documents', d, 'clauses', i)));
    doc.appendices.forEach((a, i) => add([...a.stamp, ...a.text, ...a.tables.flatMap((t) => t.rows.flat())], pointer('documents', d, 'appendices', i)));
    add(doc.text, pointer('documents', d));
  });
  return out;
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').toLowerCase();

/** Compiled once: the number pattern of each repealed act, and a cheap probe word for each former name. */
const ACT_PATTERNS = REPEALED_ACTS.map((a) => ({
  act: a,
  num: new RegExp(`№\\s*${a.match.number.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\d/-])`, 'u'),
  day: a.match.day ? new RegExp(`(?<!\\d)${a.match.day}(?!\\d)`) : null,
}));
const BODY_PATTERNS = RENAMED_BODIES.map((b) => ({
  body: b,
  former: collapse(b.former),
  probe: [...b.former.toLowerCase().split(/\s+/)].sort((x, y) => y.length - x.length)[0] ?? '',
}));

export const legalReferencesRule: DraftRule = {
  id: 'draft/repealed-act',
  severity: 'warning',
  description: t3('Күші жойылған актілерге және бұрынғы атаулары бойынша органдарға сілтеме жоқ',
    'Нет ссылок на утратившие силу акты и на органы под прежними названиями',
    'No references to repealed acts or to bodies under their former names'),
  check(ctx) {
    const out: Finding[] = [];
    for (const { span, path } of allSpans(ctx)) {
      const sentences = span.text.split(/(?<=[.;])\s+/);
      let offset = 0;
      for (const sentence of sentences) {
        const at = span.text.indexOf(sentence, offset);
        offset = at + sentence.length;
        if (REPEAL_WORDS.test(sentence)) continue;
        const hasNumber = sentence.includes('№');
        for (const { act: a, num, day } of hasNumber ? ACT_PATTERNS : []) {
          const m = num.exec(sentence);
          if (!m || !sentence.includes(a.match.year) || (day && !day.test(sentence))) continue;
          out.push(finding('draft/repealed-act', 'warning',
            t3(`Күші жойылған актіге сілтеме: ${a.title}; күшін жойған: ${a.repealedBy}${a.current ? `; қазір қолданылатыны: ${a.current}` : ''}`,
              `Ссылка на утративший силу акт: «${a.title}»; отменён: «${a.repealedBy}»${a.current ? `; действующий акт: «${a.current}»` : ''}`,
              `Reference to a repealed act: «${a.title}»; repealed by «${a.repealedBy}»${a.current ? `; in force now: «${a.current}»` : ''}`),
            path, placeInSpan(ctx, span, m[0], at + m.index), { facts: { act: a.id, source: a.source } }));
        }
        const lower = sentence.toLowerCase();
        for (const { body: b, former, probe } of BODY_PATTERNS) {
          if (!lower.includes(probe)) continue;
          const idx = collapse(sentence).indexOf(former);
          if (idx < 0) continue;
          out.push(finding('draft/former-name', 'warning',
            t3(`Органның бұрынғы атауы: «${b.former}»; қазіргі атауы: ${b.current}`,
              `Прежнее название органа: «${b.former}»; нынешнее: «${b.current}»`,
              `Former name of a body: «${b.former}»; now: «${b.current}»`),
            path, placeInSpan(ctx, span, sentence.slice(idx, idx + 20), at + idx), { facts: { body: b.id, source: b.source } }));
        }
      }
    }
    return out;
  },
};
