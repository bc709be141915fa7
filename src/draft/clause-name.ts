/**
 * A draft clause as a message names it. In a methodology numbered through, a number names one clause:
 * «5-тармақ», «пункт 5», «clause 5». In one whose clauses are numbered again in each chapter
 * (`restarts.ts`), «5-тармақ» exists once per chapter, so the clause is named with its chapter
 * («жобаның 2-тарауының 5-тармағы», «пункт 5 главы 2», «clause 5 of chapter 2») and a finding's facts
 * carry the chapter beside the number. Every finding that names a draft clause goes through here. Pure.
 */
import { t3, type Text3 } from '../law/finding.js';
import type { AttachedDocument, Clause } from './act.js';
import { clauseRestarts } from './restarts.js';

type Numbered = Pick<Clause, 'number' | 'chapter' | 'chapterNumeral'>;

/**
 * A chapter as messages name it: by the numeral its author wrote («II» of «Глава II»: «II тарау», «глава II»,
 * «chapter II»), else by its number («2-тарау», «глава 2», «chapter 2»). `kk` is the Kazakh stem before the
 * ending («2-тарау», «II тарау»): a Roman number takes no hyphen.
 */
export function chapterNo(c: Pick<Clause, 'chapter' | 'chapterNumeral'>): { kk: string; n: string } {
  return c.chapterNumeral ? { kk: `${c.chapterNumeral} тарау`, n: c.chapterNumeral } : { kk: `${c.chapter}-тарау`, n: `${c.chapter}` };
}

/** Whether the document's clauses are numbered again in a chapter, so that a number alone does not name a clause. */
export const numbersRepeat = (doc: AttachedDocument): boolean => clauseRestarts(doc) !== null;

/**
 * The clause's number as messages write it: «5»; with its chapter when `withChapter` («2-тарауының 5» for
 * «жобаның 2-тарауының 5-тармағы», «5 главы 2» for «пункт 5 главы 2», «5 of chapter 2» for «clause 5 of chapter 2»).
 */
export function clauseNo(c: Numbered, withChapter: boolean): Text3 {
  if (!withChapter || c.chapter === undefined) return t3(`${c.number}`, `${c.number}`, `${c.number}`);
  const k = chapterNo(c);
  return t3(`${k.kk}ының ${c.number}`, `${c.number} главы ${k.n}`, `${c.number} of chapter ${k.n}`);
}

/** The Kazakh cases messages put a clause in: «5-тармақ», «5-тармаққа», «5-тармақта», «5-тармақтағы». */
export type KkCase = 'nom' | 'dat' | 'loc' | 'locAttr';
const BARE: Record<KkCase, string> = { nom: 'тармақ', dat: 'тармаққа', loc: 'тармақта', locAttr: 'тармақтағы' };
/** With its chapter the clause is possessed («жобаның 2-тарауының 5-тармағы»): the noun takes the possessive ending. */
const OWNED: Record<KkCase, string> = { nom: 'тармағы', dat: 'тармағына', loc: 'тармағында', locAttr: 'тармағындағы' };

/**
 * A clause named in a Kazakh, Russian and English message: «5-тармаққа» / «пункт 5» / «clause 5»; with its
 * chapter «жобаның 2-тарауының 5-тармағына» / «пункт 5 главы 2» / «clause 5 of chapter 2». `kase` is the Kazakh case;
 * the Russian and English words are the nominative the messages use («пункт 5», «clause 5»).
 */
export function clauseName(c: Numbered, withChapter: boolean, kase: KkCase): Text3 {
  const no = clauseNo(c, withChapter);
  const chaptered = withChapter && c.chapter !== undefined;
  return t3(chaptered ? `жобаның ${no.kk}-${OWNED[kase]}` : `${no.kk}-${BARE[kase]}`, `пункт ${no.ru}`, `clause ${no.en}`);
}

/** The chapter beside a clause number in a finding's facts (`{ [key]: 2 }`), when the clause is named with it. */
export const chapterFact = (c: Numbered, withChapter: boolean, key = 'chapter'): Record<string, number> =>
  (withChapter && c.chapter !== undefined ? { [key]: c.chapter } : {});
