/**
 * Which wording of the act a rendered document reproduces, on the date asked for, and what the reader
 * must be told: an amendment in force that we do not hold (its text is not in our acts, so the forms
 * still show the earlier wording), a date no wording we hold covers, a repealed act. Pure: the date
 * comes from the caller (`--wording DATE`, the package's period, or the machine's today in the CLI).
 */
import type { Pack, Wording } from '../acts/pack.js';

/** What the wording report reads of a pack (its card: ../acts/cards.ts). */
export type WordingSource = Pick<Pack, 'id' | 'wordings' | 'validity' | 'pending'>;
import type { Text3 } from '../law/finding.js';
import { clauseText } from '../law/cite-text.js';
import { dayText } from '../law/day-text.js';

/** A day in a Kazakh or Russian sentence: «28.07.2025» (../law/day-text.ts). */
const d = (iso: string): string => dayText(iso, 'kk');

export interface WordingWarning {
  id: 'amendment-not-held' | 'wording-not-held' | 'repealed' | 'not-yet-in-force';
  message: Text3;
}

export interface WordingReport {
  methodology: string;
  /** The date the wording was chosen for. */
  asOf: string;
  wording: { date: string; from: string; to: string | null; label: Text3 };
  warnings: WordingWarning[];
}

export function wordingReport(pack: WordingSource, asOf: string): WordingReport {
  const warnings: WordingWarning[] = [];
  const held = pack.wordings.find((w) => w.from <= asOf && (w.to === undefined || asOf <= w.to));
  const before = pack.wordings.filter((w) => w.from <= asOf);
  const wording: Wording | undefined = held ?? before[before.length - 1] ?? pack.wordings[0];
  if (!wording) throw new Error(`pack ${pack.id} holds no wording`);
  const v = pack.validity;
  if (v.to !== undefined && asOf > v.to) {
    warnings.push({
      id: 'repealed',
      message: {
        kk: `Әдістеменің күші ${d(v.to)} күнінен кейін жойылған${v.repealedBy ? ` (${v.repealedBy.kk})` : ''}: құжат сұрау бойынша, күші жойылған мәтінмен басылды`,
        ru: `Методика утратила силу после ${d(v.to)}${v.repealedBy ? ` (${v.repealedBy.ru})` : ''}: документ выведен по запросу, по утратившему силу тексту`,
        en: `The methodology is repealed after ${v.to}${v.repealedBy ? ` (${v.repealedBy.en})` : ''}: the document is rendered on request from the repealed text`,
      },
    });
  } else if (asOf < v.from) {
    warnings.push({
      id: 'not-yet-in-force',
      message: {
        kk: `${d(asOf)} күні әдістеме әлі күшіне енбеген (${d(v.from)} бастап)`,
        ru: `На ${d(asOf)} методика ещё не действовала (с ${d(v.from)})`,
        en: `On ${asOf} the methodology was not yet in force (from ${v.from})`,
      },
    });
  } else if (!held) {
    warnings.push({
      id: 'wording-not-held',
      message: {
        kk: `${d(asOf)} күні күшінде болған редакцияның мәтіні бізде жоқ; құжат ${d(wording.date)} редакциясы бойынша басылды`,
        ru: `Текста редакции, действовавшей на ${d(asOf)}, у нас нет; документ выведен в редакции от ${d(wording.date)}`,
        en: `We do not hold the wording in force on ${asOf}; the document shows the wording of ${wording.date}`,
      },
    });
  }
  for (const a of pack.pending) {
    if (asOf < a.from) continue;
    const what = { kk: a.provisions.map((c) => clauseText(c, 'kk')).join(', '), ru: a.provisions.map((c) => clauseText(c, 'ru')).join(', '), en: a.provisions.join(', ') };
    warnings.push({
      id: 'amendment-not-held',
      message: {
        kk: `${a.act.kk} ${d(a.from)} бастап ${what.kk} өзгертеді; оның мәтіні бізде жоқ, құжат ${d(wording.date)} редакциясы бойынша басылды`,
        ru: `${a.act.ru} с ${d(a.from)} изменяет ${what.ru}; его текста у нас нет, документ выведен в редакции от ${d(wording.date)}`,
        en: `${a.act.en} amends ${what.en} from ${a.from}; we do not hold its text, so the document shows the wording of ${wording.date}`,
      },
    });
  }
  return { methodology: pack.id, asOf, wording: { date: wording.date, from: wording.from, to: wording.to ?? null, label: wording.label }, warnings };
}
