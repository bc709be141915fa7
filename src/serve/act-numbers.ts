/**
 * The lists whose «№» the act prints beside each item, one number per item whatever rows a sheet holds (mic-2018 and
 * almaty-maslikhat-2018 App. 3: eleven competencies 1–11, rows 6–7 for the servants who provide public services only,
 * so a sheet without them keeps «8 Адалдық»; sjc-apparatus App. 7: 1–12, App. 8: 1–8). They are the packs' own data
 * (`Pack.actNumbered`, built from their params and catalogues); the page fills a row's empty «№» from them when the
 * officer picks its item (web/lib.ts `actNumbered`), and a number typed is never changed.
 */
import type { Pack } from '../acts/pack.js';

/** A list of a form (`forms.<form>.rows`) whose rows name an item, the act's numbered list of them, and where it is printed. */
export interface ActNumbers {
  form: string;
  /** The items in the act's order: row «№» n is names[n − 1]. */
  names: readonly string[];
  /** The appendix that prints the list. */
  clause: string;
}

/** The act-numbered lists of a methodology's forms (none for a pack whose forms have none). */
export const actNumbers = (pack: Pack): ActNumbers[] =>
  (pack.actNumbered ?? []).map(({ form, names, place }) => ({ form, names, clause: place.clause }));
