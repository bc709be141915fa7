/**
 * A part of a clause past the tenth («он бірінші бөлігі», «части одиннадцатой»), a reference abbreviated as drafts
 * abbreviate it («ч. 2 п. 6», «пп. 2) п. 6», «п. 60»), and a part named after its clause. Each language has its
 * drafting order: Kazakh names the larger unit first («6-тармағының 2-бөлігі», as act 002 Annex 1 cl. 22 writes
 * «3-тармағының үшінші бөлігінде»), Russian the smaller («части 2 пункта 6»). So «пункта 6 части 2», «п. 6 ч. 2» and
 * «2-бөлігінің 6-тармағы» name clause 6 of a part 2: another act's (a Code's article has parts holding clauses), or,
 * naming the methodology, a `draft/reference-order` warning — never part 2 of clause 6. Before, the words past the
 * tenth and the abbreviations were not read, «пункта 6 части 2» was clause 6 whatever followed, and «пункта 60 части 2
 * статьи 33 Закона» was a missing clause 60 of the methodology.
 */
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/draft/check.js';
import { findReferences } from '../../src/draft/references.js';
import { KK6, KK7, kk, kkIn7, ru, RU7, ruIn7 } from './clause-7.js';

const DATE = '2026-01-15';
const RULES = /^draft\/(clause-missing|subclause-missing|reference-self|reference-order)$/u;
const found = (md: string) => checkDraft(md, { date: DATE }).findings.filter((f) => RULES.test(f.ruleId));
const facts = (md: string) => found(md).map((f) => [f.ruleId, f.facts]);

const RU6 = 'При этом оцениваемый период';
/** Clause 6 with ten more paragraphs after its own two: twelve in all. */
const longer = (md: string, at: string, word: string): string =>
  md.replace(at, `${Array.from({ length: 10 }, (_, i) => `${word} ${i + 1}.`).join('\n\n')}\n\n${at}`);

describe('a part past the tenth', () => {
  it.each([
    ['он бірінші бөлігі', kkIn7('6-тармағының он бірінші бөлігі'), 11],
    ['жиырма екінші бөлігі', kkIn7('6-тармағының жиырма екінші бөлігі'), 22],
    ['жиырмасыншы бөлігі', kkIn7('6-тармағының жиырмасыншы бөлігі'), 20],
    ['части одиннадцатой', ruIn7('части одиннадцатой пункта 6'), 11],
    ['части пятнадцатой (not the fifth)', ruIn7('части пятнадцатой пункта 6'), 15],
    ['части двадцать первой', ruIn7('части двадцать первой пункта 6'), 21],
  ])('%s of a clause of two paragraphs is missing, with its number', (_, md, nth) => {
    expect(facts(md)).toEqual([['draft/clause-missing', { clause: 6, nthPart: nth, paragraphs: 2 }]]);
  });

  it('the same parts of a clause of twelve paragraphs are found: no finding', () => {
    const kk12 = longer(kk, KK6, 'Қосымша абзац');
    const ru12 = longer(ru, RU6, 'Дополнительный абзац');
    expect(facts(kkIn7('6-тармағының он екінші бөлігі', kk12))).toEqual([]);
    expect(facts(kkIn7('6-тармағының он үшінші бөлігі', kk12))).toEqual([['draft/clause-missing', { clause: 6, nthPart: 13, paragraphs: 12 }]]);
    expect(facts(ruIn7('части двенадцатой пункта 6', ru12))).toEqual([]);
    expect(facts(ruIn7('части тринадцатой пункта 6', ru12))).toEqual([['draft/clause-missing', { clause: 6, nthPart: 13, paragraphs: 12 }]]);
  });
});

describe('parts named together (in words or in digits), sub-clauses as a range', () => {
  it.each([
    ['бірінші және екінші бөліктерінде', kkIn7('6-тармағының бірінші және екінші бөліктерінде')],
    ['частей первой и второй', ruIn7('частей первой и второй пункта 6')],
    ['абзацев первого, второго', ruIn7('абзацев первого, второго пункта 6')],
    ['1)-7) тармақшаларында', kkIn7('3-тармағының 1)-7) тармақшаларында')],
    ['подпунктов 1)–2)', ruIn7('подпунктов 1)–2) пункта 3')],
    // parts in digits, where only the last takes the hyphen and the ending (before, the Kazakh list was not read)
    ['1, 2-бөліктерінде', kkIn7('6-тармағының 1, 2-бөліктерінде')],
    ['1 және 2-бөліктерінде', kkIn7('6-тармағының 1 және 2-бөліктерінде')],
    ['частях 1 и 2', ruIn7('частях 1 и 2 пункта 6')],
  ])('%s that the clause has: no finding', (_, md) => {
    expect(facts(md)).toEqual([]);
  });

  it.each([
    ['бірінші және үшінші бөліктерінде', kkIn7('6-тармағының бірінші және үшінші бөліктерінде'), ['draft/clause-missing', { clause: 6, nthPart: 3, paragraphs: 2 }]],
    ['частей первой и третьей', ruIn7('частей первой и третьей пункта 6'), ['draft/clause-missing', { clause: 6, nthPart: 3, paragraphs: 2 }]],
    ['5)-9) тармақшаларында', kkIn7('3-тармағының 5)-9) тармақшаларында'), ['draft/subclause-missing', { clause: 3, subClause: 9, subClauses: [1, 2, 3, 4, 5, 6, 7] }]],
    ['подпунктов 1)–4) (it was sub-clause 1) of clause 7)', ruIn7('подпунктов 1)–4) пункта 3'), ['draft/subclause-missing', { clause: 3, subClause: 4, subClauses: [1, 2] }]],
    ['1, 3-бөліктерінде', kkIn7('6-тармағының 1, 3-бөліктерінде'), ['draft/clause-missing', { clause: 6, nthPart: 3, paragraphs: 2 }]],
    ['1 және 3-бөліктерінде', kkIn7('6-тармағының 1 және 3-бөліктерінде'), ['draft/clause-missing', { clause: 6, nthPart: 3, paragraphs: 2 }]],
    ['1, 2 және 3-бөліктерінде', kkIn7('6-тармағының 1, 2 және 3-бөліктерінде'), ['draft/clause-missing', { clause: 6, nthPart: 3, paragraphs: 2 }]],
    ['частях 1 и 3', ruIn7('частях 1 и 3 пункта 6'), ['draft/clause-missing', { clause: 6, nthPart: 3, paragraphs: 2 }]],
  ])('%s: the last one the clause has not is told', (_, md, finding) => {
    expect(facts(md)).toEqual([finding]);
  });
});

describe('Russian references abbreviated', () => {
  it.each([
    ['ч. 2 п. 6', 'ч. 2 п. 6'],
    ['абз. 2 п. 6', 'абз. 2 п. 6'],
    ['п. 5', 'п. 5'],
    ['пп. 1) п. 3', 'пп. 1) п. 3'],
    ['«т. п.» is no clause', 'пунктов 4, 5 и т. п. 60'],
  ])('%s that the draft has: no finding', (_, ref) => {
    expect(facts(ruIn7(ref))).toEqual([]);
  });

  it.each([
    ['ч. 3 п. 6', { clause: 6, nthPart: 3, paragraphs: 2 }, 'draft/clause-missing'],
    ['п. 60', { clause: 60, lastClause: 24 }, 'draft/clause-missing'],
    ['пп. 9) п. 3', { clause: 3, subClause: 9, subClauses: [1, 2] }, 'draft/subclause-missing'],
  ])('%s that the draft has not is told', (ref, fact, rule) => {
    expect(facts(ruIn7(ref))).toEqual([[rule, fact]]);
  });
});

describe('a part named after its clause', () => {
  it.each([
    ['пункта 6 части 2', ruIn7('пункта 6 части 2'), 'часть 2 пункта 6'],
    ['п. 6 ч. 2', ruIn7('п. 6 ч. 2'), 'ч. 2 п. 6'],
    ['пункта 6 части второй', ruIn7('пункта 6 части второй'), 'часть 2 пункта 6'],
    ['2-бөлігінің 6-тармағы', kkIn7('2-бөлігінің 6-тармағы'), '6-тармағының 2-бөлігі'],
    ['екінші бөлігінің 6-тармағы', kkIn7('екінші бөлігінің 6-тармағы'), '6-тармағының 2-бөлігі'],
  ])('%s in the methodology is a reference-order warning, not part 2 of clause 6', (_, md, fix) => {
    const f = found(md);
    expect(f.map((x) => [x.ruleId, x.severity, x.facts])).toEqual([['draft/reference-order', 'warning', { clause: 6, inPart: 2, suggested: fix }]]);
  });

  it('the warning says what the words name and how to write part 2 of clause 6, in kk/ru/en', () => {
    const [f] = found(ruIn7('пункта 6 части 2'));
    expect(f?.message.ru).toBe('Ссылка «пункта 6 части 2» называет пункт 6 части 2, но в методике часть входит в пункт, а не пункт в часть; ссылка не проверена. Если имеется в виду часть 2 пункта 6, напишите «часть 2 пункта 6»');
    expect(f?.message.en).toBe('«пункта 6 части 2» names clause 6 of part 2, but in a methodology a part is inside a clause, not a clause inside a part; the reference was not checked. If part 2 of clause 6 is meant, write «часть 2 пункта 6»');
    const [g] = found(kkIn7('2-бөлігінің 6-тармағы'));
    expect(g?.message.kk).toBe('«2-бөлігінің 6-тармағы» сілтемесі 2-бөліктің 6-тармағын атайды, ал әдістемеде бөлік тармақтың ішінде болады, тармақ бөліктің ішінде болмайды; сілтеме тексерілмеді. 6-тармақтың 2-бөлігі меңзелсе, «6-тармағының 2-бөлігі» деп жазыңыз');
  });

  it('a clause of another act\'s part is left out: «пункта 60 части 2 статьи 33 Закона», «Кодекстің 33-бабы 2-бөлігінің 60-тармағы»', () => {
    expect(facts(ru.replace(RU7, 'в сроки, указанные в пункте 5 настоящей Методики, с учётом пункта 60 части 2 статьи 33 Закона.'))).toEqual([]);
    expect(facts(kk.replace(KK7, 'олардың қатысуынсыз 5-тармақта көрсетілген мерзімде, Кодекстің 33-бабы 2-бөлігінің 60-тармағы ескеріле отырып жүргізіледі.'))).toEqual([]);
  });

  it('the drafting order, «части 2 пункта 6» and «6-тармағының 2-бөлігі», is part 2 of clause 6 as before', () => {
    expect(facts(ruIn7('части 2 пункта 6'))).toEqual([]);
    expect(facts(kkIn7('6-тармағының 2-бөлігі'))).toEqual([]);
  });
});

/**
 * Hyphens as Word and the web write them: the non-breaking hyphen «30‑тармағында» (U+2011, typed so that «30-» and its
 * noun stay on one line, or pasted) and the hyphen U+2010 are the hyphen they look like; a hyphen typed between spaces
 * becomes an en dash under Word's AutoCorrect, «30 – тармағында». Before, none was read as a reference: a clause or an
 * appendix that is not there went unreported.
 */
describe('a reference with a non-breaking hyphen or an en dash', () => {
  it.each([
    ['30\u2011тармағында', { clause: 30, lastClause: 24 }, 'draft/clause-missing'],
    ['30\u2010тармағында', { clause: 30, lastClause: 24 }, 'draft/clause-missing'],
    ['30 \u2013 тармағында', { clause: 30, lastClause: 24 }, 'draft/clause-missing'],
    ['3\u2011қосымшасына', { appendix: 3, appendices: [1, 2] }, 'draft/appendix-missing'],
    ['3 \u2013 қосымшасына', { appendix: 3, appendices: [1, 2] }, 'draft/appendix-missing'],
    // a dash with no space, or an em dash (below)
    ['30\u2013тармағында', { clause: 30, lastClause: 24 }, 'draft/clause-missing'],
    ['30\u2014тармағында', { clause: 30, lastClause: 24 }, 'draft/clause-missing'],
    ['30 \u2014 тармағында', { clause: 30, lastClause: 24 }, 'draft/clause-missing'],
    ['3\u2013қосымшасына', { appendix: 3, appendices: [1, 2] }, 'draft/appendix-missing'],
  ])('%s that is not there is told', (ref, fact, rule) => {
    const f = checkDraft(kkIn7(ref), { date: DATE }).findings.filter((x) => x.ruleId === rule);
    expect(f.map((x) => x.facts)).toEqual([fact]);
  });

  it('that is there gives nothing, and the place of what follows is unchanged', () => {
    const ok = checkDraft(kkIn7('5\u2011тармағының 1\u2011бөлігі және 1 \u2013 қосымшасы'), { date: DATE }).findings;
    expect(ok.filter((x) => RULES.test(x.ruleId) || x.ruleId === 'draft/appendix-missing')).toEqual([]);
    const f = found(kkIn7('5\u2011тармағының үшінші бөлігі'));
    expect(f.map((x) => [x.ruleId, x.place?.line, x.place?.column])).toEqual(found(kkIn7('5-тармағының үшінші бөлігі')).map((x) => [x.ruleId, x.place?.line, x.place?.column]));
  });
});

/**
 * A range of clauses, «пунктами 5–7», «5-7-тармақтарында», is checked by its two ends; one written in a clause it takes
 * in is no self-reference. Before, «пунктами 5–30» was clause 5 alone, and «пунктов 7–8» or «5-7-тармақтарында» written
 * in clause 7 was clause 7 referring to itself.
 */
describe('a range of clauses', () => {
  it.each([
    ['пунктов 5–30', ruIn7('пунктов 5–30')],
    ['5-30-тармақтарында', kkIn7('5-30-тармақтарында')],
  ])('%s whose end is not there is told', (_, md) => {
    expect(facts(md)).toEqual([['draft/clause-missing', { clause: 30, lastClause: 24 }]]);
  });

  it('a range that is there gives nothing, even from a clause inside it', () => {
    expect(facts(ruIn7('пунктов 7–8'))).toEqual([]);
    expect(facts(kkIn7('5-7-тармақтарында'))).toEqual([]);
    expect(facts(ruIn7('пунктов 5 и 7'))).toEqual([['draft/reference-self', { clause: 7 }]]);
  });
});

/** The draft with clause `n` taken out: its numbering goes from n - 1 to n + 1. */
const without = (md: string, n: number): string => md.replace(new RegExp(String.raw`^${n}\. [\s\S]*?(?=^${n + 1}\. )`, 'mu'), '');

/**
 * A range is checked whole: «9-11-тармақтарында» in a draft numbered 9, 11 takes in a clause 10 that is not there. A run
 * of missing clauses that reaches the range's end is told once, by the end («пунктов 5–30» above). Before, the clauses
 * between the ends were not checked.
 */
describe('the clauses inside a range', () => {
  it.each([
    ['9-11-тармақтарында', kkIn7('9-11-тармақтарында', without(kk, 10))],
    ['9–11-тармақтарында', kkIn7('9–11-тармақтарында', without(kk, 10))],
    ['пунктов 9–11', ruIn7('пунктов 9–11', without(ru, 10))],
    ['пунктов 8, 9–11', ruIn7('пунктов 8, 9–11', without(ru, 10))],
  ])('%s with clause 10 taken out: clause 10 is told', (_, md) => {
    expect(facts(md)).toEqual([['draft/clause-missing', { clause: 10, range: [_.startsWith('пунктов 8') ? 8 : 9, 11] }]]);
  });

  it('the same range in the whole draft gives nothing', () => {
    expect(facts(kkIn7('9-11-тармақтарында'))).toEqual([]);
    expect(facts(ruIn7('пунктов 9–11'))).toEqual([]);
  });
});

/**
 * A dash with no space for the hyphen, «30–тармақ» (en dash) or «30—тармағында» (em dash), as typed from the dash key or
 * copied. Before, neither was read: a clause or an appendix that is not there went unreported.
 */
describe('a reference with a dash and no space', () => {
  it('a chapter named with a dash, «2–тараудың 5-тармағы», is the chapter of the reference', () => {
    for (const dash of ['-', '\u2013', '\u2014', ' \u2013 ']) expect(findReferences(`2${dash}тараудың 5-тармағында`).map((r) => r.chapter), dash).toEqual([2]);
  });

  it('that is there gives nothing', () => {
    const ok = checkDraft(kkIn7('5\u2013тармағының 1\u2014бөлігі және 1\u2014қосымшасы'), { date: DATE }).findings;
    expect(ok.filter((x) => RULES.test(x.ruleId) || x.ruleId === 'draft/appendix-missing')).toEqual([]);
  });
});
