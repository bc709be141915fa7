/**
 * Numbering of chapters (тарау), clauses (тармақ), sub-clauses (тармақша), appendices (қосымша) and
 * the order's operative points: each series runs 1, 2, 3 … with no gap and no repeat. Clauses of a
 * methodology are numbered through the whole text, not per chapter. A methodology numbered again in each
 * chapter is told so once (`clause-restarts.ts`) and its clauses are checked chapter by chapter, each
 * series from 1 (`../restarts.ts`): chapter 2's «1.» is not a repeat of chapter 1's, and a gap or a repeat
 * inside a chapter is one finding that names the chapter.
 */
import { lineRef } from '../where.js';
import { t3, type Finding, type Place, type Text3 } from '../../law/finding.js';
import type { Clause } from '../act.js';
import { chapterFact, chapterNo, clauseName, numbersRepeat } from '../clause-name.js';
import { pointer } from '../../law/json-pointer.js';
import { finding } from '../context.js';
import { openingNumber } from '../parse.js';
import { clauseRestarts } from '../restarts.js';
import type { DraftRule } from './rule.js';

interface Numbered {
  number: number;
  place: Place;
  path: string;
  /** Said after the message instead of the series' `where` (a clause's chapter when clause numbers repeat across chapters), with facts. */
  where?: Text3;
  facts?: Record<string, unknown>;
}

/** Kazakh, Russian and English names of each series, for messages. */
const SERIES = {
  chapter: { kk: 'тарау', ru: 'глава', en: 'chapter' },
  clause: { kk: 'тармақ', ru: 'пункт', en: 'clause' },
  subclause: { kk: 'тармақша', ru: 'подпункт', en: 'sub-clause' },
  appendix: { kk: 'қосымша', ru: 'приложение', en: 'appendix' },
  point: { kk: 'бұйрық тармағы', ru: 'пункт приказа', en: 'operative point' },
} as const;
type Series = keyof typeof SERIES;

/** Gaps and duplicates in one numbered series. */
export function numberingFindings(items: Numbered[], series: Series, whereAll: string | Text3): Finding[] {
  const out: Finding[] = [];
  const s = SERIES[series];
  let expected = 1;
  const seen = new Map<number, Numbered>();
  for (const item of items) {
    if (!Number.isFinite(item.number)) continue;
    const w = item.where ?? whereAll;
    const where = typeof w === 'string' ? t3(w, w, w) : w;
    const more = item.facts ?? {};
    const first = seen.get(item.number);
    if (first) {
      out.push(finding('draft/numbering-duplicate', 'error',
        t3(`${s.kk} нөмірі қайталанады: ${item.number} (алдымен ${lineRef('kk', first.place)})${where.kk}`,
          `${s.ru}: номер ${item.number} повторяется (впервые ${lineRef('ru', first.place)})${where.ru}`,
          `${s.en} number ${item.number} is repeated (first ${lineRef('en', first.place)})${where.en}`),
        item.path, item.place, { facts: { series, number: item.number, firstLine: first.place.line, ...more } }));
    } else if (item.number > expected && expected === 1) {
      out.push(finding('draft/numbering-gap', 'error',
        t3(`${s.kk} нөмірлеуі 1-ден емес, ${item.number}-ден басталады${where.kk}`,
          `${s.ru}: нумерация начинается не с 1, а с ${item.number}${where.ru}`,
          `${s.en} numbering starts at ${item.number}, not 1${where.en}`),
        item.path, item.place, { facts: { series, expected, found: item.number, ...more } }));
    } else if (item.number > expected) {
      const missing = item.number - expected === 1 ? `${expected}` : `${expected}–${item.number - 1}`;
      out.push(finding('draft/numbering-gap', 'error',
        t3(`${s.kk} нөмірлеуінде бос орын: ${missing} жоқ, ${item.number} келеді${where.kk}`,
          `${s.ru}: пропуск в нумерации, нет ${missing}, далее ${item.number}${where.ru}`,
          `${s.en} numbering skips ${missing}: ${item.number} follows ${expected - 1}${where.en}`),
        item.path, item.place, { facts: { series, expected, found: item.number, ...more } }));
    } else if (item.number < expected) {
      out.push(finding('draft/numbering-gap', 'error',
        t3(`${s.kk} нөмірлеуі кері кетеді: ${expected - 1}-ден кейін ${item.number}${where.kk}`,
          `${s.ru}: нумерация идёт назад, после ${expected - 1} стоит ${item.number}${where.ru}`,
          `${s.en} numbering goes back: ${item.number} after ${expected - 1}${where.en}`),
        item.path, item.place, { facts: { series, expected, found: item.number, ...more } }));
    }
    if (!first) seen.set(item.number, item);
    expected = Math.max(expected, item.number + 1);
  }
  return out;
}

export const numberingRule: DraftRule = {
  id: 'draft/numbering-gap',
  severity: 'error',
  description: t3('Тараулар, тармақтар, тармақшалар мен қосымшалар нөмірлеуі үзіліссіз және қайталанбайды',
    'Главы, пункты, подпункты и приложения пронумерованы без пропусков и повторов',
    'Chapters, clauses, sub-clauses and appendices are numbered without gaps or repeats'),
  check(ctx) {
    const out: Finding[] = [];
    const { act } = ctx;
    out.push(...numberingFindings(act.operative.map((p, i) => ({ number: p.number, place: p.place, path: pointer('operative', i) })), 'point', ''));
    for (const p of act.operative) {
      out.push(...numberingFindings(p.subPoints.map((s, j) => ({ number: s.number, place: s.place, path: pointer('operative', act.operative.indexOf(p), 'subPoints', j) })), 'subclause', ` (${p.number})`));
    }
    act.documents.forEach((doc, d) => {
      out.push(...numberingFindings(doc.chapters.map((c, i) => ({ number: c.number, place: c.place, path: pointer('documents', d, 'chapters', i) })), 'chapter', ''));
      // Clauses numbered again in each chapter: which chapter's number repeats or skips, and whose sub-clauses.
      const named = numbersRepeat(doc);
      const inChapter = (c: Clause): Pick<Numbered, 'where' | 'facts'> =>
        (named && c.chapter !== undefined ? { where: ((k) => t3(` (${k.kk})`, ` (глава ${k.n})`, ` (chapter ${k.n})`))(chapterNo(c)), facts: chapterFact(c, named) } : {});
      const at = new Map(doc.clauses.map((c, i) => [c, i]));
      for (const series of (named ? clauseRestarts(doc)?.series : undefined) ?? [doc.clauses]) {
        out.push(...numberingFindings(series.map((c) => ({ number: c.number, place: c.place, path: pointer('documents', d, 'clauses', at.get(c) as number), ...inChapter(c) })), 'clause', ''));
      }
      doc.clauses.forEach((c, i) => {
        const name = clauseName(c, named, 'nom');
        out.push(...numberingFindings(c.subClauses.map((s, j) => ({ number: s.number, place: s.place, path: pointer('documents', d, 'clauses', i, 'subClauses', j), ...(named ? { facts: { clause: c.number, ...chapterFact(c, named) } } : {}) })), 'subclause',
          t3(` (${name.kk})`, ` (${name.ru})`, ` (${name.en})`)));
      });
      // Clauses numbered «1)», «2)» … as sub-clauses are, with no «N.» anywhere: none of them is read as
      // a clause. Said once, instead of silence (and of references to «пункт 5» called dangling).
      const bracketed = doc.clauses.length === 0 && (doc.chapters.length > 0 || doc.appendices.length > 0) ? doc.text.filter((t) => openingNumber(t.text)?.delim === ')') : [];
      const first = bracketed[0];
      if (bracketed.length >= 2 && first) {
        const k = bracketed.length;
        out.push(finding('draft/clause-numbering', 'warning',
          t3(`Әдістемеде «N.» деп нөмірленген тармақ жоқ, ал ${k} абзац «1)», «2)» … деп нөмірленген (біріншісі — ${lineRef('kk', first.place)}): «N)» тармақша ретінде оқылады, тармақтар Үлгілік әдістемедегідей «N.» деп нөмірленеді. Сондықтан тармақтар оқылмады: тармақтарға сілтемелер мен Үлгілік әдістемемен салыстыру тексерілмеді`,
            `В методике нет пунктов с номером «N.», а ${k} абзацев пронумерованы «1)», «2)» … (первый — ${lineRef('ru', first.place)}): «N)» читается как подпункт, пункты нумеруются «N.», как в типовой методике. Поэтому пункты не прочитаны: ссылки на пункты и сравнение с типовой методикой не проверены`,
            `The methodology has no clause numbered «N.», and ${k} paragraphs are numbered «1)», «2)» … (the first ${lineRef('en', first.place)}): «N)» is read as a sub-clause, and clauses are numbered «N.», as in the model methodology. So no clause was read: references to clauses and the comparison with the model were not checked`),
          pointer('documents', d), first.place, { facts: { paragraphs: k } }));
      }
      const numbered = doc.appendices.filter((a) => a.number !== null);
      out.push(...numberingFindings(numbered.map((a) => ({ number: a.number as number, place: a.place, path: pointer('documents', d, 'appendices', doc.appendices.indexOf(a)) })), 'appendix', ''));
      doc.appendices.forEach((a, i) => {
        if (a.number !== null) return;
        const prev = doc.appendices[i - 1]?.number;
        out.push(finding('draft/appendix-unnumbered', 'error',
          t3(`Қосымшаның нөмірі жоқ («N-қосымша» белгісі түсіп қалған)${prev ? `; алдыңғысы — ${prev}-қосымша` : ''}`,
            `У приложения нет номера (отметка «N-қосымша» пропущена)${prev ? `; предыдущее — приложение ${prev}` : ''}`,
            `An appendix has no number (its «N-қосымша» label is missing)${prev ? `; the one before is Appendix ${prev}` : ''}`),
          pointer('documents', d, 'appendices', i), a.place, { facts: { previous: prev ?? null } }));
      });
    });
    return out;
  },
};
