/**
 * Clause references as each language writes them: the packs hold them in one short form
 * (`cl. 40`, `cl. 7 pt. 2`, `cl. 3(7)`, `App. 3`, `cl. 27, App. 3`), a reader sees «40-тармақ», «40 п.»,
 * «cl. 40»; «3-қосымша», «прил. 3», «App. 3». Pure.
 *
 * In the packs' form `pt. M` is a part of a clause (бөлік: one printed paragraph, «часть») and `(M)` is a
 * sub-clause (тармақша: the act's «M)», «подпункт»): test/acts/act-places.ts reads both from the act's
 * own text and proves every cite's quote is in the part or sub-clause it names.
 */
import type { Lang, Text3 } from './finding.js';
import { dayText } from './day-text.js';

const NUMS = String.raw`[0-9][0-9()–\-]*(?:,\s*[0-9][0-9()–\-]*)*`;
const CL = new RegExp(String.raw`^cl\.\s*(${NUMS})(?:\s+pt\.\s*(${NUMS}))?$`);
/** A number with its sub-clauses, as the packs write it: `3(7)`, `24(1)–(3)`, `2(4)–(5)`. */
const WITH_SUB = /^(\d+(?:[–-]\d+)?)\((\d+)\)(?:[–-]\((\d+)\))?$/;

/** A sub-clause «7)» or a run of them «1)–3)», as the act prints them. */
const subMarks = (from: string, to: string | undefined): string => (to ? `${from})–${to})` : `${from})`);

/**
 * A clause, its parts and its sub-clauses in Kazakh and Russian: «7-тармақтың 2-бөлігі», «3-тармақтың 7)
 * тармақшасы», «26-тармақтың 1-бөлігінің 2) тармақшасы»; «7 п. 2 ч.», «3 п. 7) подп.», «26 п. 1 ч. 2) подп.».
 */
function clauseWords(cl: string, pt: string | undefined, lang: 'kk' | 'ru'): string {
  const c = WITH_SUB.exec(cl);
  const clNo = c ? (c[1] as string) : cl;
  const p = pt ? WITH_SUB.exec(pt) : null;
  const ptNo = p ? (p[1] as string) : pt;
  const sub = c ? subMarks(c[2] as string, c[3]) : p ? subMarks(p[2] as string, p[3]) : undefined;
  if (lang === 'ru') {
    // «40 п.», «40–41 пп.», «7 п. 2 ч.», «3 п. 7) подп.»: the number first, as the issue's readers write it
    return `${clNo} ${plural(clNo) ? 'пп.' : 'п.'}${ptNo ? ` ${ptNo} ч.` : ''}${sub ? ` ${sub} подп.` : ''}`;
  }
  if (!ptNo && !sub) return `${clNo}-${plural(clNo) ? 'тармақтар' : 'тармақ'}`;
  const many = (n: string) => plural(n.replace(/\)/g, ''));
  if (!sub) return `${clNo}-тармақтың ${ptNo}-${many(ptNo!) ? 'бөліктері' : 'бөлігі'}`;
  const tail = `${sub} ${many(sub) ? 'тармақшалары' : 'тармақшасы'}`;
  return ptNo ? `${clNo}-тармақтың ${ptNo}-бөлігінің ${tail}` : `${clNo}-тармақтың ${tail}`;
}
const APP = new RegExp(String.raw`^App\.\s*(${NUMS})(?:\s*\((.+)\))?$`);
const ANNEX = new RegExp(String.raw`^Annex\s+(\d+)\s+(.+)$`);
const DECISION = /^Decision No\.\s*(\d+)(?:\s+(?:p|cl)\.\s*([0-9–-]+))?$/;
/** A clause of the approving act itself (not of the methodology it approves): `order cl. 5`, `decision cl. 5`, `instruction cl. 5`. */
const OWN_ACT = /^(order|decision|instruction) cl\.\s*(\d+)$/;
const OWN_ACT_WORDS: Record<string, { kk: string; ru: string }> = {
  order: { kk: 'бұйрықтың', ru: 'приказа' },
  decision: { kk: 'шешімнің', ru: 'решения' },
  instruction: { kk: 'өкімнің', ru: 'распоряжения' },
};

const WORD_CITES: Record<string, Record<Lang, string>> = {
  validity: { kk: 'қолданылу мерзімі', ru: 'срок действия', en: 'validity' },
  'Ескертпе': { kk: 'ескертпе', ru: 'примечание', en: 'note' },
  '(whole text)': { kk: '(бүкіл мәтін)', ru: '(весь текст)', en: '(whole text)' },
};

const plural = (nums: string): boolean => /[,–-]/.test(nums);

function citeOne(seg: string, lang: Lang): string {
  let m = CL.exec(seg);
  if (m) {
    const [, cl, pt] = m as unknown as [string, string, string | undefined];
    if (lang === 'en') return seg;
    // `cl. 35, 18(2)`: a list in which a sub-clause stands is cited item by item
    if (!pt && cl.includes(',') && cl.includes('(')) return cl.split(/,\s*/).map((n) => clauseWords(n, undefined, lang)).join(', ');
    return clauseWords(cl, pt, lang);
  }
  m = APP.exec(seg);
  if (m) {
    const [, no, extra] = m as unknown as [string, string, string | undefined];
    const note = extra ? citeNote(extra, lang) : '';
    if (lang === 'en') return `App. ${no}${note ? ` (${note})` : ''}`; // «(Ескертпе)» → «(note)»
    if (lang === 'ru') return `прил. ${no}${note ? ` (${note})` : ''}`;
    return `${no}-қосымша${note ? ` (${note})` : ''}`;
  }
  m = ANNEX.exec(seg);
  if (m) {
    const [, no, rest] = m as unknown as [string, string, string];
    const inner = citeOne(rest, lang);
    return lang === 'en' ? seg : lang === 'ru' ? `прил. ${no}, ${inner}` : `${no}-қосымша, ${inner}`;
  }
  const ref = actRefText(seg, lang);
  if (ref !== seg) return ref;
  m = OWN_ACT.exec(seg);
  if (m) {
    const [, kind, n] = m as unknown as [string, string, string];
    if (lang === 'en') return seg;
    const w = OWN_ACT_WORDS[kind]!;
    return lang === 'ru' ? `п. ${n} ${w.ru}` : `${w.kk} ${n}-тармағы`;
  }
  m = DECISION.exec(seg);
  if (m) {
    const [, no, p] = m as unknown as [string, string, string | undefined];
    if (lang === 'en') return seg;
    if (lang === 'ru') return `решение № ${no}${p ? `, п. ${p}` : ''}`;
    return `№ ${no} шешім${p ? `, ${p}-тармақ` : ''}`;
  }
  return WORD_CITES[seg]?.[lang] ?? seg;
}

function citeNote(extra: string, lang: Lang): string {
  const row = /^row (\d+)$/.exec(extra);
  if (row) return lang === 'en' ? extra : lang === 'ru' ? `строка ${row[1]}` : `${row[1]}-жол`;
  return WORD_CITES[extra]?.[lang] ?? extra;
}

/**
 * A clause reference as the packs hold it (`cl. 40`, `cl. 7 pt. 2`, `App. 3`, `cl. 27, App. 3`,
 * `cl. 24; cl. 25`) written in the reader's language.
 */
export function clauseText(clause: string, lang: Lang): string {
  if (lang === 'en' && !/[^\x00-\x7f–]/.test(clause)) return clause;
  const parts = clause.split(/;\s*|,\s*(?=App\.|cl\.|Annex|Decision)/);
  return parts.map((p) => citeOne(p.trim(), lang)).join('; ');
}


/** The three languages' forms of one clause reference. */
export const clauseText3 = (clause: string): Text3 => ({ kk: clauseText(clause, 'kk'), ru: clauseText(clause, 'ru'), en: clause });

/** Kinds of act as the Kazakh originals name them, glossed for Russian and English readers. */
const ACT_KINDS: Record<string, Text3> = {
  'бұйрық': { kk: 'бұйрық', ru: 'приказ', en: 'order' },
  'шешім': { kk: 'шешім', ru: 'решение', en: 'decision' },
  'қаулы': { kk: 'қаулы', ru: 'постановление', en: 'resolution' },
  'өкім': { kk: 'өкім', ru: 'распоряжение', en: 'instruction' },
};
export const actKindText = (kind: string, lang: Lang): string => ACT_KINDS[kind]?.[lang] ?? kind;

/**
 * An act by its kind, number and day as each language's reader writes it: «26.03.2018 № 103 бұйрық»,
 * «приказ от 26.03.2018 № 103», «order No. 103 of 2018-03-26».
 */
export function actText(act: { kind: string; number: string; date: string }, lang: Lang): string {
  const kind = actKindText(act.kind, lang);
  const day = dayText(act.date, lang);
  if (lang === 'kk') return `${day} № ${act.number} ${kind}`;
  if (lang === 'ru') return `${kind} от ${day} № ${act.number}`;
  return `${kind} No. ${act.number} of ${day}`;
}

/** Articles of a law or code as each language cites them: «2, 3-баптар», «ст. 2, 3», «art. 2, 3»; «84-баптың 5-тармағы», «п. 5 ст. 84». */
const ART = /^art\.\s*([0-9, –-]+?)(?:\s+p\.\s*(\d+))?(?:\s+\((.+)\))?$/;
const WORDING_NOTES: Record<string, Text3> = {
  'wording after the Constitution of 2026': { kk: '2026 жылғы Конституциядан кейінгі редакция', ru: 'редакция после Конституции 2026 г.', en: 'wording after the Constitution of 2026' },
  'wording in force 2018–2021': { kk: '2018–2021 жылдары қолданылған редакция', ru: 'редакция, действовавшая в 2018–2021 гг.', en: 'wording in force 2018–2021' },
  'wording of 2022': { kk: '2022 жылғы редакция', ru: 'редакция 2022 г.', en: 'wording of 2022' },
};
export function articleText(clause: string, lang: Lang): string {
  const m = ART.exec(clause.trim());
  if (!m || lang === 'en') return clause;
  const [, art, p, note] = m as unknown as [string, string, string | undefined, string | undefined];
  const n = note ? ` (${WORDING_NOTES[note]?.[lang] ?? note})` : '';
  if (lang === 'ru') return `${p ? `п. ${p} ` : ''}ст. ${art}${n}`;
  return `${p ? `${art}-баптың ${p}-тармағы` : `${art}-бап`}${n}`;
}

const CITE_IN_TEXT = /\b(?:Annex \d+ )?cl\. \d+(?:[–-]\d+)?(?:\(\d+\))?(?: pt\. \d+(?:[–-]\d+)?(?:\(\d+\))?)?|\bApp\. \d+(?:, \d+)*/g;
/** Clause references inside a message («the model's cl. 17») written as the language cites them. */
export function citesInText(text: string, lang: Lang): string {
  if (lang === 'en' || !text.includes('cl.') && !text.includes('App.')) return text;
  return text.replace(CITE_IN_TEXT, (m) => clauseText(m, lang));
}

/** An amending or repealing act as the packs name it ("Almaty city maslikhat Decision No. 153 of 12.09.2022"). */
const ACT_REF = /^(?:(.+?) )?(Order|Decision) No\. ([\w/-]+) of (\d{2}\.\d{2}\.\d{4})$/;
const ISSUERS: Record<string, { kk: string; ru: string }> = {
  'Almaty city maslikhat': { kk: 'Алматы қалалық мәслихатының', ru: 'маслихата города Алматы' },
  'Kyzylorda oblast maslikhat': { kk: 'Қызылорда облыстық мәслихатының', ru: 'Кызылординского областного маслихата' },
};
const KINDS: Record<string, { kk: string; kkOf: string; ru: string }> = { Order: { kk: 'бұйрық', kkOf: 'бұйрығы', ru: 'приказ' }, Decision: { kk: 'шешім', kkOf: 'шешімі', ru: 'решение' } };

/** «Алматы қалалық мәслихатының 12.09.2022 № 153 шешімі», «решение маслихата города Алматы № 153 от 12.09.2022». */
export function actRefText(ref: string, lang: Lang): string {
  const m = ACT_REF.exec(ref.trim());
  if (!m || lang === 'en') return ref;
  const [, issuer, kind, no, date] = m as unknown as [string, string | undefined, string, string, string];
  const who = issuer ? ISSUERS[issuer] : undefined;
  if (issuer && !who) return ref;
  const k = KINDS[kind]!;
  if (lang === 'ru') return `${k.ru}${who ? ` ${who.ru}` : ''} № ${no} от ${date}`;
  return `${who ? `${who.kk} ` : ''}${date} № ${no} ${who ? k.kkOf : k.kk}`;
}
