/**
 * An empty numbered paragraph of a Word file: Word shows its number and nothing («12.»), and counts it, so the
 * clauses after it keep the numbers the author sees and the numbering skips 12. It is left when Enter was pressed
 * once too often, or when only a clause's text was deleted with Track Changes (its paragraph mark was not): once the
 * changes are accepted the number stays and the clause is gone. The gap is then told at that paragraph, where the
 * author sees it, and says why — before, it was told at the clause after it («13.»). Read by `./docx.ts`; pure.
 */
import type { Finding, Lang } from '../law/finding.js';
import { paragraphQuote } from './where.js';

export interface EmptyNumbered {
  /** The paragraph (1-based, as places of a Word file are counted). */
  paragraph: number;
  /** The number Word shows («12.»). */
  shows: string;
  /** Its text was deleted with Track Changes (the paragraph mark was not). */
  deletedText: boolean;
}

/** The last number of a label («12.» → 12, «6.1.» → 1). */
const lastNumber = (label: string): number | null => {
  const all = label.match(/\d+/g);
  return all ? Number(all[all.length - 1]) : null;
};

const WHY: Record<'deleted' | 'empty', (shows: string) => Record<Lang, string>> = {
  deleted: (shows) => ({
    kk: `: «${shows}» абзацының мәтіні түзетулер режимінде (Track Changes) жойылған, абзац белгісі қалған — өзгерістер қабылданғанда нөмір бос қалады. Абзацты толық жойыңыз немесе тармақтың мәтінін жазыңыз`,
    ru: `: текст абзаца «${shows}» удалён в режиме исправлений (Track Changes), а знак абзаца остался — после принятия исправлений номер останется пустым. Удалите абзац целиком или напишите текст пункта`,
    en: `: the text of paragraph «${shows}» was deleted with Track Changes and its paragraph mark was not — once the changes are accepted the number stays, empty. Delete the whole paragraph or write the clause`,
  }),
  empty: (shows) => ({
    kk: `: «${shows}» абзацы нөмірленген, бірақ бос. Оны жойыңыз немесе тармақтың мәтінін жазыңыз`,
    ru: `: абзац «${shows}» пронумерован, но пуст. Удалите его или напишите текст пункта`,
    en: `: paragraph «${shows}» is numbered but empty. Delete it or write the clause`,
  }),
};

/**
 * Each `draft/numbering-gap` whose missing number is the one an empty numbered paragraph before it shows is placed
 * at that paragraph and says why. Findings here are already placed in paragraphs (`resolvePlaces`).
 */
export function placeAtEmptyNumbered(findings: Finding[], empties: readonly EmptyNumbered[] | undefined, text: readonly string[] = []): Finding[] {
  if (!empties || empties.length === 0) return findings;
  return findings.map((f) => {
    const at = f.place?.line;
    const expected = f.facts?.expected;
    const found = f.facts?.found;
    if (f.ruleId !== 'draft/numbering-gap' || at === undefined || typeof expected !== 'number' || typeof found !== 'number' || found <= expected) return f;
    let e: EmptyNumbered | undefined;
    for (const x of empties) {
      const n = lastNumber(x.shows);
      if (x.paragraph < at && n !== null && n >= expected && n < found && (!e || x.paragraph > e.paragraph)) e = x;
    }
    if (!e) return f;
    const why = WHY[e.deletedText ? 'deleted' : 'empty'](e.shows);
    const message = { ...f.message };
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const old = paragraphQuote(lang, at, text[at] ?? '');
      const base = message[lang].endsWith(old) ? message[lang].slice(0, -old.length) : message[lang];
      message[lang] = `${base}${why[lang]}${paragraphQuote(lang, e.paragraph, e.shows)}`;
    }
    return {
      ...f, message, place: { line: e.paragraph, column: 1 },
      facts: { ...(f.facts ?? {}), paragraph: e.paragraph, paragraphText: e.shows, emptyNumbered: e.deletedText ? 'text deleted with Track Changes' : 'empty', followingParagraph: at },
    };
  });
}

