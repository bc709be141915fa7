/**
 * The words for the session file's codes (./envelope.ts): a member's role, the ballot, a member's vote, whether a member
 * was present. The package keeps English codes (and `present: true|false`); the protocols and orders print the Kazakh
 * word (templates: `{{sessionWord "role" role}}`, `{{sessionWord "presence" present}}`, src/render/template.ts), the
 * page offers the word in its language (web/field-labels.ts), and the commission rules word their messages with it
 * (./commission.ts). One table, here, on the rules floor: the rules cannot import the acts, and everything above can
 * import the rules.
 *
 * Where the words come from (`kk` is what a document prints; `ru` and `en` are working translations, not official):
 * - role «төраға», «мүше», «хатшы»: mic-2018 and almaty-maslikhat-2018 cl. 31 («Комиссияның төрағасын не мүшесін»),
 *   cl. 34 («Комиссияның хатшысы»), App. 5 of mic-2018 («Комиссияның хатшысы: … Комиссияның төрағасы: … Комиссияның
 *   мүшесі:»); the calibration session's «мүшелері» of asa-b-model cl. 23 («қатысушылары», sjc-apparatus cl. 41). The role is printed
 *   in the nominative, without «Комиссияның»: the member table's column names the body.
 * - role «төрағаның орынбасары» (deputy chair): no act of the six names one; the session schema allows it, and the
 *   word is the one the acts use for a deputy (asa-b-model cl. 3 pt. 3 «төрағасының орынбасары»). A choice.
 * - ballot «ашық дауыс беру»: mic-2018 and almaty-maslikhat-2018 cl. 32 («Комиссияның шешімі ашық дауыс беру арқылы
 *   қабылданады»). «жасырын дауыс беру» (secret ballot) is its opposite, which cl. 32 rules out and the check reports
 *   (src/rules/commission.ts); no act prints it.
 * - vote «жақтап», «қарсы», «қалыс»: no act prints a member's vote; asa-b-model cl. 23 and sjc-apparatus cl. 41 count
 *   «басым дауыс» (the majority of votes). These are the words a Kazakh protocol records a vote with (for, against,
 *   abstained). A choice, written here once. A message counts the votes with the same words, as a protocol's tally
 *   does («жақтап — 2, қарсы — 3», «(төраға: қалыс)», ./commission.ts); so it needs no verb form («жақтап дауыс
 *   берді») of its own, and the one word serves both. Before, the messages said «қолдайды» and «қалыс қалды» while
 *   the protocols printed «жақтап» and «қалыс».
 * - presence «қатысты», «қатыспады» (`present: true | false`): the calibration protocols' member table (asa-b-model
 *   cl. 23, sjc-apparatus cl. 41 «қатысушылары»); the acts print no such column, the verb is the one they use for
 *   taking part (mic-2018 cl. 34 «дауыс беруге қатыспайды»). A choice, written here once.
 * - no vote «дауыс бермеді»: what a message says of a chair who cast no vote in a tie (not a code of the file).
 *
 * - kind «бағалау жөніндегі комиссия отырысы» (`commission`): mic-2018 and almaty-maslikhat-2018 cl. 5 («Бағалау жөніндегі
 *   комиссия»), App. 5 («Бағалау жөніндегі комиссия отырысының хаттамасы»); «калибрлеу сессиясы» (`calibration`):
 *   sjc-apparatus (act 004) cl. 40 and after. The packs whose schema writes the kind in Kazakh already need no word.
 *
 * The commission-forming order (templates/mic-2018, almaty-maslikhat-2018 commissionOrder.md.hbs) adds to the
 * secretary «(дауыс бермейді)» after cl. 34 («Комиссияның хатшысы дауыс беруге қатыспайды»), in the template, beside
 * the clause it prints.
 */
import type { MEMBER_ROLES, VOTES } from './envelope.js';

export interface SessionWord { kk: string; ru: string; en: string }

type Role = (typeof MEMBER_ROLES)[number];
type Vote = (typeof VOTES)[number];

export type SessionWords = {
  role: Readonly<Record<Role, SessionWord>>;
  voting: Readonly<Record<'open' | 'secret', SessionWord>>;
  vote: Readonly<Record<Vote, SessionWord>>;
  kind: Readonly<Record<'commission' | 'calibration', SessionWord>>;
  presence: Readonly<Record<'present' | 'absent', SessionWord>>;
};

export const SESSION_WORDS: Readonly<SessionWords> = {
  role: {
    chair: { kk: 'төраға', ru: 'председатель', en: 'chair' },
    'deputy-chair': { kk: 'төрағаның орынбасары', ru: 'заместитель председателя', en: 'deputy chair' },
    member: { kk: 'мүше', ru: 'член', en: 'member' },
    secretary: { kk: 'хатшы', ru: 'секретарь', en: 'secretary' },
  },
  voting: {
    open: { kk: 'ашық дауыс беру', ru: 'открытое голосование', en: 'open ballot' },
    secret: { kk: 'жасырын дауыс беру', ru: 'тайное голосование', en: 'secret ballot' },
  },
  vote: {
    for: { kk: 'жақтап', ru: 'за', en: 'for' },
    against: { kk: 'қарсы', ru: 'против', en: 'against' },
    abstain: { kk: 'қалыс', ru: 'воздержался', en: 'abstained' },
  },
  kind: {
    commission: { kk: 'бағалау жөніндегі комиссия отырысы', ru: 'заседание комиссии по оценке', en: 'evaluation commission session' },
    calibration: { kk: 'калибрлеу сессиясы', ru: 'калибровочная сессия', en: 'calibration session' },
  },
  presence: {
    present: { kk: 'қатысты', ru: 'присутствовал', en: 'present' },
    absent: { kk: 'қатыспады', ru: 'отсутствовал', en: 'absent' },
  },
};

/** A chair who cast no vote, in a message about a tie: not a code of the file, so beside the table, not in it. */
export const NO_VOTE: Readonly<SessionWord> = { kk: 'дауыс бермеді', ru: 'не голосовал', en: 'did not vote' };

/** The `presence` code of a member's `present` flag. */
export const presenceCode = (present: boolean): 'present' | 'absent' => (present ? 'present' : 'absent');

/** The Kazakh word a document prints for a code of `table` (a `present` flag for `presence`); undefined for a code the table lacks. */
export function sessionWordKk(table: string, code: string | boolean): string | undefined {
  if (typeof code === 'boolean') code = table === 'presence' ? presenceCode(code) : String(code);
  const tables: Readonly<Record<string, Readonly<Record<string, SessionWord>>>> = SESSION_WORDS;
  const words = Object.hasOwn(tables, table) ? tables[table] : undefined;
  return words && Object.hasOwn(words, code) ? words[code]?.kk : undefined;
}
