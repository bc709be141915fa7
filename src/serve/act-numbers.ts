/**
 * The competency lists whose «№» the act prints beside each competency, one number per competency whatever rows a
 * sheet holds: mic-2018 and almaty-maslikhat-2018 App. 3 number their eleven competencies 1–11 (rows 6–7 for the
 * servants who provide public services only, so a sheet without them keeps «8 Адалдық»); sjc-apparatus App. 7 numbers
 * its twelve 1–12 and App. 8 its eight 1–8. The page fills a row's empty «№» from these lists when the officer picks
 * its competency (web/lib.ts `actNumbered`); a number typed is never changed. Whether a number that disagrees with the
 * list is wrong, the acts do not say (no clause makes it a finding), so no rule reads it.
 * The names are the packs' own data (params `competencyRows`, the sjc-apparatus catalogue), read here, not copied.
 */
import type { Pack } from '../acts/pack.js';
import type { Provision } from '../law/provision.js';
import { RESULT_ROWS_HEADS, RESULT_ROWS_STAFF } from '../acts/sjc-apparatus/catalogue.js';

/** A list of a form (`forms.<form>.rows`) whose rows name a competency, and the act's numbered list of them. */
export interface ActNumbers {
  form: string;
  /** The competencies in the act's order: row «№» n is names[n − 1]. */
  names: readonly string[];
  /** Where the act prints the list (appendix). */
  clause: string;
}

const clauseOf = (pack: Pack, key: string): string => (pack.params[key] as { clause?: string } | undefined)?.clause ?? '';

/** The act-numbered competency lists of a methodology's forms (none for a pack whose forms have none). */
export function actNumbers(pack: Pack): ActNumbers[] {
  const rows = pack.params['competencyRows'] as Provision<readonly string[]> | undefined;
  if (rows && Array.isArray(rows.value)) return [{ form: 'competencySheet', names: rows.value, clause: rows.clause }];
  if (pack.id === 'sjc-apparatus') {
    return [
      { form: 'result360Heads', names: RESULT_ROWS_HEADS, clause: clauseOf(pack, 'resultRowsHeads') },
      { form: 'result360Staff', names: RESULT_ROWS_STAFF, clause: clauseOf(pack, 'resultRowsStaff') },
    ];
  }
  return [];
}
