/**
 * What the packages of one batch (a folder, a web page's session) share: the wording that
 * governs a period and the reading of a category code are looked up once per distinct value.
 * The caches belong to the batch, not to the module: a batch is made by whoever checks many
 * packages (`bagalau check`, the bench) and passed in CheckOptions; each holds at most LIMIT
 * entries, so a batch of 100,000 packages stays in constant memory.
 */
import type { Pack } from '../acts/pack.js';
import { normaliseCategoryCode } from '../law/category-code.js';
import { selectWording, type AsOf } from './as-of.js';

const LIMIT = 10_000;

export interface CheckBatch {
  /** The wording for a pack and period (findings handed out fresh: callers may change them). */
  wording(pack: Pack, period: { from: string; to: string }, wordingDate?: string): AsOf;
  /** A category code as the rules read it. */
  categoryCode(raw: string): ReturnType<typeof normaliseCategoryCode>;
}

export function newBatch(): CheckBatch {
  const wordings = new Map<string, AsOf & { pack: Pack }>();
  const codes = new Map<string, ReturnType<typeof normaliseCategoryCode>>();
  return {
    wording(pack, period, wordingDate) {
      const key = `${pack.id}|${period.from}|${period.to}|${wordingDate ?? ''}`;
      let asOf = wordings.get(key);
      // Keyed by id; a different pack object under the same id (a test's own) is looked up afresh.
      if (!asOf || asOf.pack !== pack) {
        asOf = { ...selectWording(pack, period, wordingDate), pack };
        if (wordings.size < LIMIT) wordings.set(key, asOf);
      }
      return asOf.findings.length === 0 ? asOf : { wording: asOf.wording, findings: structuredClone(asOf.findings) };
    },
    categoryCode(raw) {
      let n = codes.get(raw);
      if (!n) {
        n = normaliseCategoryCode(raw);
        if (codes.size < LIMIT) codes.set(raw, n);
      }
      return n;
    },
  };
}
