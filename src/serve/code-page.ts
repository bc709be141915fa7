/**
 * The single-byte code page of a CSV that is not UTF-8: windows-1251 (Excel's «CSV» on a Russian Windows, 1C's
 * export), or KZ-1048 — the Kazakh code page of the standard СТ РК 1048-2002, Windows' «Казахская (KZ-1048)», which
 * older Excel and 1C exports write. KZ-1048 is windows-1251 with the Kazakh letters Ә Ғ Қ Ң Ө Ұ Ү Һ put where
 * windows-1251 has letters of Serbian, Macedonian, Ukrainian and Belarusian (Ј Ѕ Ќ Ћ, Є Ї Ґ, Ў): read as windows-1251,
 * «Әбілқасымова» becomes «Јбілќасымова»; read as KZ-1048, the Ukrainian «Сергієнко» becomes «Сергіғнко». The mapping
 * is iconv-lite's («rk1048», the standard's table; every letter is tested in test/serve/staff-kazakh.test.ts), loaded
 * only when a CSV is not UTF-8.
 *
 * Which of the two a file is comes from evidence over the whole file ({@link decodeSingleByte}): each word holding a
 * byte where the two differ is read both ways and judged by the spelling rules of the languages each reading would
 * be in, and the header row recognised in each reading counts too.
 */
import { t3, type Text3 } from '../law/finding.js';

export type CodePage = 'windows-1251' | 'kz-1048';

type Decode = (bytes: Uint8Array) => string;

async function kz1048(): Promise<Decode> {
  const iconv = (await import('iconv-lite')).default;
  return (bytes) => iconv.decode(bytes, 'rk1048');
}

const cp1251: Decode = (bytes) => new TextDecoder('windows-1251').decode(bytes);

/**
 * Letters windows-1251 has only for Serbian and Macedonian (Ј Ѕ Ќ Ћ): no name of a Kazakh body's staff list —
 * Kazakh, Russian, Ukrainian, Belarusian — is written with them, so a word that would hold one is KZ-1048's
 * (Ә ң қ һ in its place). The choice is ours; the acts say nothing of code pages.
 */
const SERBIAN = /[ЈјЅѕЌќЋћ]/u;
/** Vowel letters, for the rules below (у and и left out: in Kazakh they are glides after a vowel, «Дәурен», «Әлия»). */
const VOWEL = 'аәеёоөұүыіэюяАӘЕЁОӨҰҮЫІЭЮЯ';
/** `ch` is one of `letters` (none before a word's first letter or after its last). */
const oneOf = (letters: string, ch: string | undefined): boolean => ch !== undefined && ch !== '' && letters.includes(ch);
const isVowel = (ch: string | undefined): boolean => oneOf(VOWEL, ch);
/** Back vowels (Kazakh қ and ғ stand only beside one: «Ғалия», «Тоғжан», «Әбдіғали»). */
const BACK = 'аоұыуяюёАОҰЫУЯЮЁ';

/**
 * Whether a word read as windows-1251 is spelt as Ukrainian or Belarusian, the languages whose letters (є ї ґ, ў)
 * windows-1251 has where KZ-1048 has Kazakh ones: Ukrainian writes no ы э ё ъ and puts ї only at a word's start or
 * after a vowel or an apostrophe, є the same, and ґ before a vowel, р, л or в («Ґудзь», «Ґрунтовий»); Belarusian
 * writes no и щ ъ and puts ў only after a vowel.
 */
function ukrainianOrBelarusian(w: string): boolean {
  const low = w.toLowerCase();
  const afterVowelOrStart = (i: number): boolean => i === 0 || oneOf('аеиіоуяюєї\'', low[i - 1]);
  if (/ў/.test(low)) {
    if (/[ищъєїґ]/.test(low)) return false;
    return [...low].every((ch, i) => ch !== 'ў' || oneOf('аеёіоуыэюя', low[i - 1]));
  }
  if (/[ыэёъ]/.test(low)) return false;
  return [...low].every((ch, i) => (ch === 'ґ' ? i + 1 === low.length || oneOf('аеиіоуяюєїрлв', low[i + 1]) : (ch !== 'ї' && ch !== 'є') || afterVowelOrStart(i)));
}

/**
 * Whether the Kazakh letters a word read as KZ-1048 has where windows-1251 has a Ukrainian or Belarusian one stand
 * as Kazakh spells them: ө ү ұ (vowels) never next to another vowel — Kazakh writes no two vowels together —, ғ
 * beside a back vowel («Сергіғнко», «Ғвген» are not Kazakh).
 */
function kazakhSpelt(w: string): boolean {
  const chars = [...w];
  return chars.every((ch, i) => {
    if ('өүұӨҮҰ'.includes(ch)) return !isVowel(chars[i - 1]) && !isVowel(chars[i + 1]);
    if (ch === 'ғ' || ch === 'Ғ') return oneOf(BACK, chars[i - 1]) || oneOf(BACK, chars[i + 1]);
    return true;
  });
}

/** One word where the two readings differ, and which reading its spelling speaks for. */
interface WordVote {
  kz: string;
  cp: string;
  vote: CodePage | 'either';
}

/** The bytes where the two code pages differ (a Kazakh letter in KZ-1048, another language's in windows-1251). */
let differing: Set<number> | undefined;

function differingBytes(kz: Decode): Set<number> {
  if (!differing) {
    const high = Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i);
    const a = kz(high);
    const b = cp1251(high);
    differing = new Set([...high].filter((_, i) => a[i] !== b[i] && /\p{L}/u.test(a[i]!)));
  }
  return differing;
}

/** Each word of the file holding a byte where the code pages differ, read both ways and judged. */
function wordVotes(bytes: Uint8Array, kzText: string, cpText: string, diff: Set<number>): WordVote[] {
  // both code pages give one character a byte, so a word is at the same places in both texts
  const votes: WordVote[] = [];
  const word = /[\p{L}']+/gu;
  for (let m = word.exec(cpText); m; m = word.exec(cpText)) {
    const from = m.index;
    const to = from + m[0].length;
    if (!bytes.subarray(from, to).some((b) => diff.has(b))) continue;
    const cp = m[0];
    const kz = kzText.slice(from, to);
    const cpOk = !SERBIAN.test(cp) && ukrainianOrBelarusian(cp);
    const kzOk = kazakhSpelt(kz);
    votes.push({ kz, cp, vote: cpOk === kzOk ? 'either' : cpOk ? 'windows-1251' : 'kz-1048' });
  }
  return votes;
}

export interface SingleByteReading {
  text: string;
  codePage: CodePage;
  /**
   * Said to the officer when the file's words do not all speak for the code page read (some read either way, or some
   * for the other): which was read, a few words both ways, what to do if the names came out wrong.
   */
  note?: Text3;
}

/**
 * The text of a CSV in one of the two code pages, on the evidence of the whole file: each word holding a byte where
 * the two differ votes for the reading its spelling holds in (see {@link kazakhSpelt}, {@link ukrainianOrBelarusian};
 * a word that would hold a Serbian letter votes KZ-1048), and `headerFields(text)` — how many staff fields the header
 * row names in a reading — weighs as much as the whole vote for each field more one reading's header names. No byte
 * where they differ: windows-1251. A tie (every such word read either way): KZ-1048, the code page a Kazakh body's
 * list is in when it is not windows-1251 — said in the note, with the words both ways.
 */
export async function decodeSingleByte(bytes: Uint8Array, headerFields: (text: string) => number = () => 0): Promise<SingleByteReading> {
  const kz = await kz1048();
  const diff = differingBytes(kz);
  const cpText = cp1251(bytes);
  if (!bytes.some((x) => diff.has(x))) return { text: cpText, codePage: 'windows-1251' };
  const kzText = kz(bytes);
  const votes = wordVotes(bytes, kzText, cpText, diff);
  const count = (c: CodePage) => votes.filter((v) => v.vote === c).length;
  const header = headerFields(kzText) - headerFields(cpText);
  const weight = votes.length + 1;
  const kzScore = count('kz-1048') + Math.max(0, header) * weight;
  const cpScore = count('windows-1251') + Math.max(0, -header) * weight;
  const codePage: CodePage = cpScore > kzScore ? 'windows-1251' : 'kz-1048';
  const text = codePage === 'kz-1048' ? kzText : cpText;
  const doubtful = votes.filter((v) => v.vote !== codePage);
  if (!doubtful.length) return { text, codePage };
  return { text, codePage, note: choiceNote(codePage, doubtful, votes.length) };
}

const NAMES: Record<CodePage, string> = { 'kz-1048': 'KZ-1048', 'windows-1251': 'windows-1251' };

/** The choice said: the code page read, up to three words as read and as the other page would give them. */
function choiceNote(codePage: CodePage, doubtful: WordVote[], total: number): Text3 {
  const other: CodePage = codePage === 'kz-1048' ? 'windows-1251' : 'kz-1048';
  const seen = new Set<string>();
  const pairs = doubtful.filter((v) => !seen.has(v.kz) && seen.add(v.kz)).slice(0, 3);
  const shown = pairs.map((v) => (codePage === 'kz-1048' ? `«${v.kz}» (${NAMES[other]}: «${v.cp}»)` : `«${v.cp}» (${NAMES[other]}: «${v.kz}»)`)).join(', ');
  const n = doubtful.length;
  return t3(
    `CSV ${NAMES[codePage]} кодталуымен оқылды, бірақ ${total} сөздің ${n}-і ${NAMES[other]} кодталуымен де оқылуы мүмкін: ${shown}. Аты-жөндер қате шықса, тізімді Excel-де ашып, «Басқаша сақтау» → «CSV UTF-8» не «Excel жұмыс кітабы (*.xlsx)» арқылы сақтаңыз.`,
    `CSV прочитан в кодировке ${NAMES[codePage]}, но ${n} из ${total} слов можно прочитать и в ${NAMES[other]}: ${shown}. Если ФИО вышли неверно, откройте список в Excel, «Сохранить как» → «CSV UTF-8» или «Книга Excel (*.xlsx)».`,
    `The CSV was read as ${NAMES[codePage]}, but ${n} of ${total} words read as ${NAMES[other]} too: ${shown}. If the names came out wrong, open the list in Excel, «Save as» → «CSV UTF-8» or «Excel Workbook (*.xlsx)».`,
  );
}
