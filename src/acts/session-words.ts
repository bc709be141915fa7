/**
 * The words for the session file's codes (src/rules/envelope.ts): a member's role, the ballot, a member's vote. The
 * package keeps English codes; the protocols and orders print the Kazakh word (templates: `{{sessionWord "role" role}}`,
 * src/render/template.ts) and the page offers the word in its language (web/field-labels.ts). One table, here.
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
 *   abstained). A choice, written here once.
 *
 * - kind «бағалау жөніндегі комиссия отырысы» (`commission`): mic-2018 and almaty-maslikhat-2018 cl. 5 («Бағалау жөніндегі
 *   комиссия»), App. 5 («Бағалау жөніндегі комиссия отырысының хаттамасы»); «калибрлеу сессиясы» (`calibration`):
 *   sjc-apparatus (act 004) cl. 40 and after. The packs whose schema writes the kind in Kazakh already need no word.
 *
 * The commission-forming order (templates/mic-2018, almaty-maslikhat-2018 commissionOrder.md.hbs) adds to the
 * secretary «(дауыс бермейді)» after cl. 34 («Комиссияның хатшысы дауыс беруге қатыспайды»), in the template, beside
 * the clause it prints.
 */
import type { MEMBER_ROLES, VOTES } from '../rules/envelope.js';

export interface SessionWord { kk: string; ru: string; en: string }

type Role = (typeof MEMBER_ROLES)[number];
type Vote = (typeof VOTES)[number];

export type SessionWords = {
  role: Readonly<Record<Role, SessionWord>>;
  voting: Readonly<Record<'open' | 'secret', SessionWord>>;
  vote: Readonly<Record<Vote, SessionWord>>;
  kind: Readonly<Record<'commission' | 'calibration', SessionWord>>;
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
};

/** The Kazakh word a document prints for a code of `table`; undefined for a code the table lacks. */
export function sessionWordKk(table: string, code: string): string | undefined {
  const tables: Readonly<Record<string, Readonly<Record<string, SessionWord>>>> = SESSION_WORDS;
  const words = Object.hasOwn(tables, table) ? tables[table] : undefined;
  return words && Object.hasOwn(words, code) ? words[code]?.kk : undefined;
}
