/**
 * The acts a report's findings cite, each as a lawyer names it: a citation says «mic-2018, 9 п.», and the reader of a
 * printed report (who has no `bagalau explain`) must find which order that is — its title, who issued it, its kind,
 * number and day, its state registration — and the wordings the findings were read from. Pure.
 */
import { packById } from '../acts/index.js';
import { actText } from '../law/cite-text.js';
import { dayText } from '../law/day-text.js';
import type { Lang } from '../law/finding.js';
import { notRead } from './audit.js';
import type { ResultEntry } from './summary.js';

export interface ActCited {
  /** The id a citation names (`mic-2018`). */
  id: string;
  /** The act's title, issuer and «приказ от 26.03.2018 № 103»; absent for an act that is no pack's (the id is all). */
  title?: string;
  issuer?: string;
  act?: string;
  /** «зарегистрирован 13.04.2018 № 16753», as the act's text gives its registration. */
  registration?: string;
  /** The wordings cited, by their dates, oldest first, as the reader writes a day. */
  wordings: string[];
}

/** The act's state registration, without saying where (a ministry's order and a maslikhat's decision register apart). */
const REGISTERED: Record<Lang, (n: string, day: string) => string> = {
  kk: (n, day) => `${day} № ${n} болып тіркелген`,
  ru: (n, day) => `зарегистрирован ${day} № ${n}`,
  en: (n, day) => `registered No. ${n} of ${day}`,
};

/** The acts cited by the findings of the files read, by id in the order of a citation's alphabet. */
export function actsCited(results: readonly ResultEntry[], lang: Lang): ActCited[] {
  const cited = new Map<string, Set<string>>();
  for (const r of results) {
    if (notRead(r)) continue;
    for (const f of r.findings) if (f.cite) cited.set(f.cite.act, (cited.get(f.cite.act) ?? new Set()).add(f.cite.wording));
  }
  return [...cited.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, wordings]) => {
      const pack = packById(id);
      const days = [...wordings].sort().map((d) => dayText(d, lang));
      if (!pack) return { id, wordings: days };
      const reg = pack.act.registration;
      return {
        id,
        title: pack.act.title[lang],
        issuer: pack.act.issuer[lang],
        act: actText(pack.act, lang),
        ...(reg ? { registration: REGISTERED[lang](reg.number, dayText(reg.date, lang)) } : {}),
        wordings: days,
      };
    });
}
