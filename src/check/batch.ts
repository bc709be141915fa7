/**
 * What the packages of one batch (a folder, a web page's session) share: the wording that
 * governs a period and the reading of a category code are looked up once per distinct value.
 * The caches belong to the batch, not to the module: a batch is made by whoever checks many
 * packages (`bagalau check`, the bench) and passed in CheckOptions; each holds at most LIMIT
 * entries, so a batch of 100,000 packages stays in constant memory.
 */
import type { Pack } from '../acts/pack.js';
import { normaliseCategoryCode, type NormalisedCode } from '../law/category-code.js';
import { copyFindings, type Text3 } from '../law/finding.js';
import { changeWords } from './category.js';
import { selectWording, type AsOf } from './as-of.js';

const LIMIT = 10_000;

export interface CheckBatch {
  /** The wording for a pack and period (findings handed out fresh: callers may change them). */
  wording(pack: Pack, period: { from: string; to: string }, wordingDate?: string): AsOf;
  /** A category code as the rules read it. */
  categoryCode(raw: string): ReturnType<typeof normaliseCategoryCode>;
  /** What the reading of a code changed, in words (category.ts changeWords), once per reading: shared, so frozen. */
  categoryWords(code: NormalisedCode): Readonly<Text3>;
}

export function newBatch(): CheckBatch {
  // Pack → period start → period end (and the wording date asked for, if any): looked up with the
  // package's own strings, no key string made per package.
  const wordings = new Map<Pack, Map<string, Map<string, AsOf>>>();
  let size = 0;
  const codes = new Map<string, ReturnType<typeof normaliseCategoryCode>>();
  // by the reading categoryCode keeps (a reading it did not keep is worded again next time)
  const words = new WeakMap<NormalisedCode, Readonly<Text3>>();
  return {
    wording(pack, period, wordingDate) {
      const key = wordingDate === undefined ? period.to : `${period.to}|${wordingDate}`;
      let asOf = wordings.get(pack)?.get(period.from)?.get(key);
      if (!asOf) {
        asOf = selectWording(pack, period, wordingDate);
        if (size < LIMIT) {
          let byFrom = wordings.get(pack);
          if (!byFrom) wordings.set(pack, (byFrom = new Map()));
          let byTo = byFrom.get(period.from);
          if (!byTo) byFrom.set(period.from, (byTo = new Map()));
          byTo.set(key, asOf);
          size++;
        }
      }
      return asOf.findings.length === 0 ? asOf : { wording: asOf.wording, findings: copyFindings(asOf.findings) };
    },
    categoryCode(raw) {
      let n = codes.get(raw);
      if (!n) {
        n = normaliseCategoryCode(raw);
        if (codes.size < LIMIT) codes.set(raw, n);
      }
      return n;
    },
    categoryWords(code) {
      let w = words.get(code);
      if (!w) words.set(code, (w = Object.freeze(changeWords(code.changes))));
      return w;
    },
  };
}
