/**
 * Cross-references inside a methodology, in their Kazakh forms:
 * - appendices: «1-қосымшаға сәйкес», «осы Әдістемеге 2-қосымшаға», «4 және 5-қосымшаларға»;
 * - clauses: «осы Әдістеменің 13-тармағында», «5-тармақта белгіленген»;
 * - sub-clauses: «8-тармағының 1) тармақшасында», «2) тармақшасында» (of the same clause).
 * References to other acts («Заңының 33-бабының 5-тармағына», «Қағидалардың 10-тармағы»,
 * «осы бұйрықтың 1-қосымшасына») are not references into the methodology and are left out.
 * Pure.
 */
import { PropertyRegExp } from './narrow-regexp.js';

export interface Reference {
  kind: 'appendix' | 'clause' | 'subclause';
  /** Appendix or clause numbers referred to (several for «4 және 5-қосымшаларға»). */
  numbers: number[];
  /**
   * For a clause written with a second number, «пункт 6.1», «6.1-тармақ»: the 1 (`numbers` holds the 6). The model
   * numbers no part of a clause so; a draft whose list shows «6.1.» (LibreOffice's second level) does, and the
   * reference is checked against the paragraph of clause 6 that shows it.
   */
  part?: number;
  /**
   * For a clause: the part (бөлік, часть) named in words or by its place, «6-тармақтың бірінші бөлігі», «части первой
   * пункта 6», «екінші абзацы», «абзаце втором пункта 6»: 2 for the second. With `numbers` empty, a part of the clause
   * the reference is written in («осы тармақтың бірінші бөлігі», «части первой настоящего пункта»).
   */
  nthPart?: number;
  /**
   * For a clause named inside a part, «пункта 6 части 2», «п. 6 ч. 2», «2-бөлігінің 6-тармағы»: the part, and the
   * reference written in the drafting order for part 2 of clause 6. A part is inside a clause (the acts write
   * «3-тармағының үшінші бөлігінде», 002 Annex 1 cl. 22), never a clause inside a part, so it is told and not checked.
   */
  inPart?: { part: number; fix: string };
  /**
   * Clauses written as a range, «пунктами 5–7», «5-7-тармақтарда»: `numbers` holds its two ends, each checked to exist;
   * a range that takes in the clause it is written in is no self-reference.
   */
  range?: boolean;
  /** For a range, the clauses inside it («5–7»: 6), each checked to exist too (`rangeBetween`). */
  between?: number[];
  /** For a sub-clause: the clause it belongs to, when written («8-тармағының 1) тармақшасы»). */
  clause?: number;
  /**
   * For a clause (or a sub-clause's clause): the chapter the text names it in — a number («2-тараудың
   * 5-тармағы», «пункт 5 главы 2») or `'this'` («осы тараудың 5-тармағы», «пункт 5 настоящей главы»).
   * Read only to tell a draft's clauses apart when their numbers begin again in each chapter.
   */
  chapter?: number | 'this';
  /**
   * The reference with the words that name its chapter («2-тараудың 5-тармағында», «пункте 5 главы 2»): quoted
   * where the chapter matters (a draft numbered again in each chapter); `raw` stays the reference as it was
   * always quoted.
   */
  whole?: { index: number; raw: string };
  index: number;
  raw: string;
}

/**
 * References are found from their noun («-қосымша», «-тармақ») backwards, within a short window, so
 * that the cost is linear in the text: a forward regex with a repeated «, N» group is quadratic on a
 * long «1, 1, 1 …» (issue 15).
 */
/**
 * The hyphen of «5-тармақ», or a dash put for it: the en dash Word's AutoCorrect puts for a hyphen typed between spaces
 * («5 – тармақ»), an en or em dash typed with no space («30–тармақ», «30—тармағында», from the dash key or a copied
 * text). At most one space before it, so that the scan stays linear on a run of spaces.
 */
const HYPHEN = String.raw`(?:-|[ \u00a0]?[–—])`;
const APPENDIX_NOUN = new PropertyRegExp(String.raw`${HYPHEN}\s*қосымша(\p{L}*)`, 'gu');
/**
 * Kazakh ordinals of a clause's part («бірінші бөлігі», «екінші абзацы»): a unit (the act 002's own typo «екініші»
 * too), a ten («оныншы», «жиырмасыншы»), or a ten and a unit written apart («он бірінші», «жиырма екінші»).
 */
const KK_UNITS = ['бірінші', 'екінші', 'үшінші', 'төртінші', 'бесінші', 'алтыншы', 'жетінші', 'сегізінші', 'тоғызыншы'];
const KK_TENS = ['он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'];
const KK_TENTHS = ['оныншы', 'жиырмасыншы', 'отызыншы', 'қырқыншы', 'елуінші', 'алпысыншы', 'жетпісінші', 'сексенінші', 'тоқсаныншы'];
const KK_UNIT = `(?:${[...KK_UNITS, 'екініші'].join('|')})`;
const KK_ORD = String.raw`(?:(?:${KK_TENS.join('|')})\s+)?${KK_UNIT}|${KK_TENTHS.join('|')}|\d{1,2}\s*-\s*`;
const KK_ORDINAL = `(${KK_ORD})`;
/**
 * Parts named together: «бірінші және үшінші бөліктерінде», and in digits, where only the last takes the hyphen and the
 * ending: «1, 2-бөліктерінде», «1 және 3-бөліктерінде».
 */
const KK_ORDINALS = String.raw`((?:(?:${KK_ORD}|\d{1,2})\s*(?:,|және)\s*){0,9}(?:${KK_ORD}))`;
const kkUnit = (word: string): number => (word === 'екініші' ? 2 : KK_UNITS.indexOf(word) + 1);
/** The number a Kazakh ordinal names: «он бірінші» 11, «жиырмасыншы» 20, «3-» 3. */
const kkOrdinal = (word: string): number => {
  if (/^\d/u.test(word)) return Number.parseInt(word, 10);
  const [a, b] = word.split(/\s+/u) as [string, string | undefined];
  if (b !== undefined) return (KK_TENS.indexOf(a) + 1) * 10 + kkUnit(b);
  const tenth = KK_TENTHS.indexOf(a);
  return tenth >= 0 ? (tenth + 1) * 10 : kkUnit(a);
};
/**
 * The part to check of parts named together («бірінші және үшінші бөліктерінде»): the last one, which a clause has
 * whenever it has the others (a part is said missing only beyond the clause's paragraphs).
 */
const kkNth = (words: string): number => Math.max(...words.split(/\s*(?:,|\sжәне\s)\s*/u).map((w) => kkOrdinal(w.trim())));
/** «6-тармақтың», then its part («бірінші бөлігі», «2-бөлігінің», «екінші абзацында») and its sub-clauses («2) тармақшасы», «1) және 2) тармақшаларында»), each when written. */
const CLAUSE_NOUN = new PropertyRegExp(String.raw`${HYPHEN}\s*тарма(?:ғ|қ)(?!ша)(\p{L}*)(?:\s+${KK_ORDINALS}\s*(?:бөлі[гк]|абзац)\p{L}*)?(?:\s+((?:\d+\)\s*(?:,|және|[-–—])\s*){0,20}\d+\))\s*тармақша\p{L}*)?`, 'gu');
/** A part named before its clause, in the genitive: «2-бөлігінің 6-тармағы», «екінші бөлігінің 6-тармағында». */
const KK_PART_BEFORE = new PropertyRegExp(String.raw`(?<!\p{L})${KK_ORDINAL}\s*бөлі(?:гінің|ктің)\s+$`, 'iu');
/** A part of the clause the text is in: «осы тармақтың бірінші бөлігінде». */
const KK_OWN_PART = new PropertyRegExp(String.raw`(?<!\p{L})осы\s+тармақтың\s+${KK_ORDINALS}\s*(?:бөлі[гк]|абзац)\p{L}*`, 'giu');
/** «6.1) тармақшасы»: the paragraph of clause 6 a draft numbers «6.1)» (no model clause has such a sub-clause). */
const KK_NUMBERED_PART = new PropertyRegExp(String.raw`(?<![-\d.])(\d{1,4})\.(\d{1,3})\)\s*тармақша\p{L}*`, 'gu');
/** The numbers before a noun: «4 және 5», «1, 2 және 3», «3-5»; at most this many characters back. */
const WINDOW = 80;
const APPENDIX_NUMBERS = /(\d+)((?:\s*(?:,|және|мен|-)\s*\d+)*)\s*$/u;
/** «5, 6 және 7-тармақтар», and a range «5-7-тармақтар» (its two ends: `range`). */
const CLAUSE_NUMBERS = /(\d+)((?:\s*(?:,|және|мен|[-–—])\s*\d+)*)\s*$/u;

interface Found { index: number; first: string; rest: string; raw: string; noun: RegExpExecArray }

/** Each «N…-noun» in the text: the noun found forwards, its numbers read back from it. */
function* numbered(text: string, nouns: PropertyRegExp, numbers: RegExp, notAfter: RegExp): Generator<Found> {
  const noun = nouns.for(text);
  noun.lastIndex = 0;
  for (let m = noun.exec(text); m; m = noun.exec(text)) {
    const from = Math.max(0, m.index - WINDOW);
    const n = numbers.exec(text.slice(from, m.index));
    if (!n) continue;
    const index = from + n.index;
    if (index > 0 && notAfter.test(text[index - 1] as string)) continue;
    yield { index, first: n[1] as string, rest: n[2] ?? '', raw: text.slice(index, m.index + m[0].length), noun: m };
  }
}

/** «2) тармақшасы» (not the «1)» of «6.1) тармақшасы»). */
const SUBCLAUSE_REF = new PropertyRegExp(String.raw`(?<![-\d]|\d\.)(\d+)\)\s*(?:және\s+\d+\)\s*)?тармақша\p{L}*`, 'gu');

/** Words that name another act or part of one; a reference after them points outside the methodology. */
const OTHER_ACT = new PropertyRegExp(String.raw`(?:бап|бабы|бабын|заң|кодекс|қағида|ереже|бұйрық|бұйрығ|шешім|қаулы|өкім|жарлы|нұсқаулы|регламент|стандарт)\p{L}*\s*$`, 'iu');

/** Is the reference at `index` about this methodology (not another act)? */
function ownReference(text: string, index: number): boolean {
  // Look back within the sentence for the nearest naming word.
  const start = Math.max(text.lastIndexOf('.', index - 1), text.lastIndexOf(';', index - 1), index - 120, 0);
  const before = text.slice(start, index);
  const words = before.split(/\s+/).filter(Boolean);
  for (let k = words.length - 1; k >= 0 && k >= words.length - 4; k--) {
    const w = (words[k] as string).replace(/["«»(),]/g, '').replace(/^\d+\s*-\s*/, '');
    if (/^әдістеме/iu.test(w) || /^үлгілік/iu.test(w)) return true;
    if (OTHER_ACT.test(w) && !/^\d/.test(w)) return false;
  }
  return !/бабы|баптың/u.test(before.slice(-30));
}

/** A chapter named just before a clause's number: «2-тараудың 5-тармағы», «осы тараудың 5-тармағы», «2-тараудағы 5-тармақта». */
const KK_CHAPTER_BEFORE = /(?:(\d{1,3})\s*[-–—]\s*|(осы)\s+)тарау(?:ының|дың|ындағы|дағы)\s*$/iu;
const kkChapter = (text: string, index: number): { chapter?: number | 'this'; raw: string } => {
  const m = KK_CHAPTER_BEFORE.exec(text.slice(Math.max(0, index - 24), index));
  return !m ? { raw: '' } : { chapter: m[1] ? Number(m[1]) : 'this', raw: m[0] };
};

/** A chapter named just after a Russian clause reference: «пункта 5 главы 2», «пунктом 5 настоящей главы». */
const RU_CHAPTER_AFTER = /^\s+(?:главы\s+(\d{1,3})(?![\d)])|(?:настоящей|этой|данной)\s+главы(?![а-яё]))/iu;
const ruChapter = (text: string, end: number): { chapter?: number | 'this'; raw: string } => {
  const m = RU_CHAPTER_AFTER.exec(text.slice(end, end + 24));
  return !m ? { raw: '' } : { chapter: m[1] ? Number(m[1]) : 'this', raw: m[0] };
};

const numbersOf = (first: string, rest: string): number[] => [Number(first), ...[...rest.matchAll(/\d+/g)].map((m) => Number(m[0]))];

/** A range longer than this is read by its two ends only (no methodology has so many clauses; a typo's «5–500» stays cheap). */
const RANGE_MAX = 200;
/**
 * The clauses inside each range of a list («5–7»: 6; «1, 3–5»: 4), so that a range is checked whole and not by its ends
 * alone: a draft whose numbering skips 6 has no clause 6 for «5–7-тармақтарында» to take in.
 */
const rangeBetween = (first: string, rest: string): number[] => {
  const out: number[] = [];
  let prev = Number(first);
  for (const m of rest.matchAll(/([-–—])?\s*(\d+)/gu)) {
    const n = Number(m[2]);
    if (m[1] && n > prev && n - prev <= RANGE_MAX) for (let k = prev + 1; k < n; k++) out.push(k);
    prev = n;
  }
  return out;
};
/** `range` and `between` of a list of clauses with a dash in it. */
const rangeOf = (first: string, rest: string): Pick<Reference, 'range' | 'between'> =>
  (/[-–—]/u.test(rest) ? { range: true, between: rangeBetween(first, rest) } : {});

/*
 * The same references in Russian put the noun first and name the act after it: «согласно приложению 1 к
 * настоящей Методике», «приложениям 4 и 5», «в пункте 3», «подпункте 2) пункта 5»; «пунктом 5 статьи 33
 * Закона» and «приложению 1 к приказу» point outside the methodology. Each match starts at its noun,
 * and the lists are bounded, so the scan stays linear.
 */
const RU_APPENDIX = /(?<![А-Яа-яЁё])приложени[а-яё]{0,3}\s+(?:№\s*)?(\d{1,4})((?:\s*(?:,|и)\s*\d{1,4}){0,20})(?![\d)])/giu;
/** «пункт», and «п.» as a draft abbreviates it («п. 6», «ч. 2 п. 6»; not the «п.» of «т. п.»). */
const RU_CLAUSE = /(?<![А-Яа-яЁё])(?:пункт[а-яё]{0,3}\s+|(?<!т\.\s?)п\.\s*)(\d{1,4})((?:\s*(?:,|и|[-–—])\s*\d{1,4}){0,20})(?![\d)])/giu;
/** The second number of «пункт 6.1» right after the first one's match («.1», not «.» ending the sentence). */
const RU_PART = /^\.(\d{1,3})\)?(?![\d)])/u;
/**
 * Russian ordinals of a clause's part («части первой», «абзаце втором», «части одиннадцатой», «части двадцать первой»),
 * as stems, in any case; the longer stems first («пятнадцат» before «пят»).
 */
const RU_UNIT_STEMS = ['перв', 'втор', 'трет', 'четв[её]рт', 'пят', 'шест', 'седьм', 'восьм', 'девят'];
const RU_TEEN_STEMS = ['десят', 'одиннадцат', 'двенадцат', 'тринадцат', 'четырнадцат', 'пятнадцат', 'шестнадцат', 'семнадцат', 'восемнадцат', 'девятнадцат'];
const RU_TENTH_STEMS = ['двадцат', 'тридцат', 'сороков'];
const RU_TENS = ['двадцать', 'тридцать', 'сорок'];
const RU_ORDINAL = String.raw`((?:(?:${RU_TENS.join('|')})\s+)?(?:${RU_UNIT_STEMS.join('|')})|${[...RU_TEEN_STEMS, ...RU_TENTH_STEMS].join('|')})[а-яё]{1,3}|(\d{1,2})`;
const stemIndex = (stems: readonly string[], word: string): number => stems.findIndex((s) => new RegExp(`^${s}`, 'iu').test(word));
/** The number a Russian ordinal stem names: «перв» 1, «одиннадцат» 11, «двадцать перв» 21. */
const ruOrdinal = (stem: string): number => {
  const [a, b] = stem.toLowerCase().split(/\s+/u) as [string, string | undefined];
  if (b !== undefined) return (RU_TENS.indexOf(a) + 2) * 10 + stemIndex(RU_UNIT_STEMS, b) + 1;
  const teen = RU_TEEN_STEMS.findIndex((s) => s === a);
  if (teen >= 0) return 10 + teen;
  const tenth = RU_TENTH_STEMS.indexOf(a);
  return tenth >= 0 ? (tenth + 2) * 10 : stemIndex(RU_UNIT_STEMS, a) + 1;
};
const ruNth = (m: RegExpExecArray, at: number): number => (m[at + 1] ? Number(m[at + 1]) : ruOrdinal(m[at] as string));
const RU_ORD = RU_ORDINAL.replace(/\((?!\?)/gu, '(?:');
/** Parts named together: «частях первой и третьей», «абзацах втором, третьем». */
const RU_ORDINALS = String.raw`((?:${RU_ORD})(?:\s*(?:,|\sи\s)\s*(?:${RU_ORD})){0,9})`;
const RU_ONE_ORDINAL = new RegExp(`^(?:${RU_ORDINAL})$`, 'iu');
/** The last of parts named together (as `kkNth`). */
const ruNthList = (words: string): number => Math.max(...words.split(/\s*(?:,|\sи\s)\s*/u).map((w) => {
  const m = RU_ONE_ORDINAL.exec(w.trim());
  return m ? ruNth(m, 1) : 0;
}));
/** The part named just before «пункта 6»: «части первой», «частью 2», «абзаце втором». */
/** «части», «абзаца» and their abbreviations «ч.», «абз.», before the part's ordinal. */
const RU_PART_WORD = String.raw`(?<![А-Яа-яЁё])(?:(?:част|абзац)[а-яё]{0,3}\s+|(?:ч|абз)\.\s*)`;
const RU_PART_BEFORE = new RegExp(String.raw`${RU_PART_WORD}${RU_ORDINALS}\s+$`, 'iu');
/**
 * A part named after its clause: «пункта 6 части 2», «п. 6 ч. 2». Russian names the smaller unit first («части 2 пункта
 * 6», «подпункта 1) пункта 6»), so this is clause 6 of a part 2 — another act's structure («пункта 6 части 2 статьи 33
 * Кодекса»), or, in the methodology itself, a reference written in the wrong order (`inPart`).
 */
const RU_PART_AFTER = new RegExp(String.raw`^\s+${RU_PART_WORD}(?:${RU_ORDINAL})(?![\d)А-Яа-яЁё])`, 'iu');
/** A part of the clause the text is in: «части первой настоящего пункта». */
const RU_OWN_PART = new RegExp(String.raw`${RU_PART_WORD}${RU_ORDINALS}\s+(?:настоящего|этого|данного)\s+пункта(?![А-Яа-яЁё])`, 'giu');
/**
 * «подпункте 2) пункта 5», «подпунктах 1) и 2) пункта 5», «подпункта 2) части первой пункта 5», abbreviated «пп. 2) п. 5»,
 * «п.п. 2) п. 5», «подп. 2) п. 5»; «подпункте 6.1)» is the paragraph of clause 6 a draft numbers «6.1)».
 */
const RU_SUBCLAUSE = new RegExp(String.raw`(?<![А-Яа-яЁё])(?:подпункт[а-яё]{0,3}\s+|(?:подп|пп|п\.\s?п)\.\s*)(\d{1,4})(?:\.(\d{1,3}))?\)((?:\s*(?:,|и|[-–—])\s*\d{1,4}\)){0,20})(?:\s+(?:${RU_PART_WORD}(?:${RU_ORD})\s+)?(?:пункта\s+|п\.\s*)(\d{1,4})(?![\d)]))?`, 'giu');
/** What follows a reference to another act («… статьи 33 Закона», «… к приказу»). */
const RU_OTHER_ACT_AFTER = /^\s*(?:(?:к\s+)?(?:стать|закон|кодекс|правил|приказ|решени|постановлени|распоряжени|указ|положени|инструкци|регламент|стандарт|конституци)|(?:к\s+)?(?:настоящему|настоящей|этому)\s+(?:приказу|решению|постановлению|распоряжению))/iu;

/** A text that may hold a Russian clause reference: «пункт», «подпункт», «п. 6», «пп. 2)», «подп. 2)». */
const RU_CLAUSE_WORD = /ункт|(?<![А-Яа-яЁё]|т\.\s?)п\.\s*\d|(?:пп|подп)\.\s*\d/iu;

function russianReferences(text: string, out: Reference[]): void {
  const other = (end: number): boolean => RU_OTHER_ACT_AFTER.test(text.slice(end, end + 60));
  if (/риложени/iu.test(text)) {
    for (const m of text.matchAll(RU_APPENDIX)) {
      if (other((m.index ?? 0) + m[0].length)) continue;
      out.push({ kind: 'appendix', numbers: numbersOf(m[1] as string, m[2] ?? ''), index: m.index ?? 0, raw: m[0] });
    }
  }
  if (!RU_CLAUSE_WORD.test(text)) return;
  for (const m of text.matchAll(RU_SUBCLAUSE)) {
    const end = (m.index ?? 0) + m[0].length;
    const index = m.index ?? 0;
    if (m[2]) {
      // «подпункте 6.1)»: clause 6's paragraph numbered «6.1)», as «пункт 6.1» is its «6.1.».
      if (!other(end)) out.push({ kind: 'clause', numbers: [Number(m[1])], part: Number(m[2]), index, raw: m[0] });
      continue;
    }
    const ch = m[4] ? ruChapter(text, end) : { raw: '' };
    if (other(end + ch.raw.length)) continue;
    out.push({ kind: 'subclause', numbers: numbersOf(m[1] as string, m[3] ?? ''), ...(m[4] ? { clause: Number(m[4]) } : {}), ...(ch.chapter !== undefined ? { chapter: ch.chapter, whole: { index, raw: m[0] + ch.raw } } : {}), index, raw: m[0] });
  }
  for (const m of text.matchAll(RU_CLAUSE)) {
    const at = m.index ?? 0;
    // «подпункта 2) пункта 5»: the clause was read with its sub-clause.
    if (out.some((r) => (r.kind === 'subclause' && r.clause !== undefined || r.part !== undefined) && at > r.index && at < r.index + r.raw.length)) continue;
    const end = at + m[0].length;
    // «пункта 6 части 2»: clause 6 of a part 2, another act's unless the text goes on naming the methodology's.
    const inPart = m[2] ? null : RU_PART_AFTER.exec(text.slice(end, end + 40));
    if (inPart) {
      if (other(end + inPart[0].length)) continue;
      const k = ruNth(inPart, 1);
      const n = Number(m[1]);
      const fix = m[0].startsWith('п.') || m[0].startsWith('П.') ? `ч. ${k} п. ${n}` : `часть ${k} пункта ${n}`;
      out.push({ kind: 'clause', numbers: [n], inPart: { part: k, fix }, index: at, raw: m[0] + inPart[0] });
      continue;
    }
    const ch = ruChapter(text, end);
    if (other(end + ch.raw.length)) continue;
    const part = m[2] ? null : RU_PART.exec(text.slice(at + m[0].length, at + m[0].length + 6));
    // «части первой пункта 6»: the part is named before the clause, and quoted with it.
    const nth = m[2] || part ? null : RU_PART_BEFORE.exec(text.slice(Math.max(0, at - 60), at));
    const index = nth ? at - nth[0].length : at;
    const raw = (nth ? nth[0] : '') + (part ? m[0] + part[0] : m[0]);
    out.push({ kind: 'clause', numbers: numbersOf(m[1] as string, m[2] ?? ''), ...rangeOf(m[1] as string, m[2] ?? ''), ...(part ? { part: Number(part[1]) } : {}), ...(nth ? { nthPart: ruNthList(nth[1] as string) } : {}), ...(ch.chapter !== undefined ? { chapter: ch.chapter, whole: { index, raw: raw + ch.raw } } : {}), index, raw });
  }
  if (/част|абзац|(?:ч|абз)\./iu.test(text)) {
    for (const m of text.matchAll(RU_OWN_PART)) out.push({ kind: 'clause', numbers: [], nthPart: ruNthList(m[1] as string), index: m.index ?? 0, raw: m[0] });
  }
}

export function findReferences(text: string): Reference[] {
  const kk = kazakhReferences(text);
  if (!/[Пп]риложени/u.test(text) && !RU_CLAUSE_WORD.test(text)) return kk;
  const ru: Reference[] = [];
  russianReferences(text, ru);
  return ru.length === 0 ? kk : [...kk, ...ru].sort((a, b) => a.index - b.index);
}

function kazakhReferences(text: string): Reference[] {
  const out: Reference[] = [];
  // Each scan needs its noun in the text as written: most spans hold neither, and skip both scans.
  const appendices = text.includes('қосымша');
  if (!appendices && !text.includes('тарма')) return out;
  for (const m of appendices ? numbered(text, APPENDIX_NOUN, APPENDIX_NUMBERS, /\d/u) : []) {
    if (!ownReference(text, m.index)) continue;
    out.push({ kind: 'appendix', numbers: numbersOf(m.first, m.rest), index: m.index, raw: m.raw });
  }
  const taken: Array<[number, number]> = [];
  for (const m of numbered(text, CLAUSE_NOUN, CLAUSE_NUMBERS, /[\d)]/u)) {
    const index = m.index;
    if (!ownReference(text, index)) continue;
    // «2-бөлігінің 6-тармағы»: clause 6 of a part 2 (Kazakh names the larger unit first: «6-тармағының 2-бөлігі»).
    const partBefore = KK_PART_BEFORE.for(text).exec(text.slice(Math.max(0, index - 40), index));
    if (partBefore && !m.rest) {
      const n = Number(m.first);
      const k = kkNth(partBefore[1] as string);
      const at = index - partBefore[0].length;
      out.push({ kind: 'clause', numbers: [n], inPart: { part: k, fix: `${n}-тармағының ${k}-бөлігі` }, index: at, raw: text.slice(at, index) + m.raw });
      taken.push([at, index + m.raw.length]);
      continue;
    }
    const sub = m.noun[3];
    const nth = m.noun[2];
    // «2-тараудың 5-тармағы»: the chapter is part of the reference, quoted with it where it matters.
    const ch = kkChapter(text, index);
    const chapter = ch.chapter !== undefined ? { chapter: ch.chapter, whole: { index: index - ch.raw.length, raw: ch.raw + m.raw } } : {};
    // «6.1-тармақ»: clause 6, its part numbered 6.1 (read before as clause 1).
    const whole = sub === undefined && !m.rest ? /(?<![\d.])(\d{1,4})\.$/u.exec(text.slice(Math.max(0, index - 5), index)) : null;
    if (sub !== undefined) {
      out.push({ kind: 'subclause', numbers: [...sub.matchAll(/\d+/gu)].map((d) => Number(d[0])), clause: Number(m.first), ...chapter, index, raw: m.raw });
      taken.push([index, index + m.raw.length]);
    } else if (whole) {
      const at = index - whole[0].length;
      out.push({ kind: 'clause', numbers: [Number(whole[1])], part: Number(m.first), index: at, raw: text.slice(at, index) + m.raw });
    } else out.push({ kind: 'clause', numbers: numbersOf(m.first, m.rest), ...rangeOf(m.first, m.rest), ...(nth !== undefined && !m.rest ? { nthPart: kkNth(nth) } : {}), ...chapter, index, raw: m.raw });
  }
  // «6.1) тармақшасы»: clause 6's paragraph numbered «6.1)».
  if (text.includes(')')) {
    for (const m of text.matchAll(KK_NUMBERED_PART.for(text))) {
      const index = m.index ?? 0;
      if (!ownReference(text, index)) continue;
      out.push({ kind: 'clause', numbers: [Number(m[1])], part: Number(m[2]), index, raw: m[0] });
      taken.push([index, index + m[0].length]);
    }
  }
  for (const m of text.matchAll(KK_OWN_PART.for(text))) out.push({ kind: 'clause', numbers: [], nthPart: kkNth(m[1] as string), index: m.index ?? 0, raw: m[0] });
  for (const m of text.matchAll(SUBCLAUSE_REF.for(text))) {
    const index = m.index ?? 0;
    if (taken.some(([a, b]) => index >= a && index < b)) continue;
    // «осы тармақтың 2) тармақшасы» and bare «2) тармақшасында» point into the same clause.
    const before = text.slice(Math.max(0, index - 40), index);
    if (OTHER_ACT.test(before.trimEnd().split(/\s+/).slice(-2).join(' ')) && !/тармақ/u.test(before)) continue;
    out.push({ kind: 'subclause', numbers: [Number(m[1])], index, raw: m[0] });
  }
  return out.sort((a, b) => a.index - b.index);
}
