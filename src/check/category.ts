/**
 * Category-code normalisation: the rules see the canonical position-category code (Latin and
 * Cyrillic look-alikes, digit 0 for the letter О), and the reader is told what changed. Only a value
 * shaped like a code is normalised: free text («"А" корпусы») is left as written.
 */
import type { Pack } from '../acts/pack.js';
import { looksLikeCategoryCode } from '../law/category-code.js';
import { t3, type Finding } from '../law/finding.js';
import type { PackageData } from '../rules/rule.js';
import type { CheckBatch } from './batch.js';

export function normaliseServant(pkg: PackageData, findings: Finding[], pack: Pack, wording: string, batch: CheckBatch): PackageData {
  const raw = pkg.servant.category;
  // A pack without codes (asa-a-corps: cl. 7's «1-санат»/«2-санат» in a closed list) reads none.
  if (!pack.categoryCodes || !looksLikeCategoryCode(raw)) return pkg;
  const n = batch.categoryCode(raw);
  if (n.code === raw) return pkg;
  const changed = n.changes.map((c) => `${c.from}→${c.to}`).join(', ');
  findings.push({
    ruleId: 'category-normalised',
    // One severity in every pack: the acts themselves print codes in the other script and with a digit 0
    // for the letter О (act 000 App. 4 «С-0-1», act 003 «D-0-1»), so the reading is reported, not a breach.
    severity: 'info',
    message: t3(
      `Лауазым санатының коды «${raw}» «${n.code}» ретінде оқылды (${changed})`,
      `Код категории «${raw}» прочитан как «${n.code}» (${changed})`,
      `Category code «${raw}» read as «${n.code}» (${changed})`,
    ),
    path: '/servant/category',
    // The place that prints the codes this one is read against.
    cite: { act: pack.id, clause: pack.categoryCodes.clause, wording },
    facts: { found: raw, normalised: n.code, changes: n.changes, valid: n.valid },
  });
  return { ...pkg, servant: { ...pkg.servant, category: n.code } };
}
