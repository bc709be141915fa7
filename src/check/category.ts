/**
 * Category-code normalisation: the rules see the canonical position-category code (Latin and
 * Cyrillic look-alikes, digit 0 for the letter О), and the reader is told what changed.
 */
import type { Pack } from '../acts/pack.js';
import { t3, type Finding } from '../law/finding.js';
import type { PackageData } from '../rules/rule.js';
import type { CheckBatch } from './batch.js';

export function normaliseServant(pkg: PackageData, findings: Finding[], pack: Pack, wording: string, batch: CheckBatch): PackageData {
  const raw = pkg.servant.category;
  const n = batch.categoryCode(raw);
  if (n.code === raw) return pkg;
  const changed = n.changes.map((c) => `${c.from}→${c.to}`).join(', ');
  findings.push({
    ruleId: 'category-normalised',
    // Typing a code in the other script is how the acts themselves print it (reported, not a breach);
    // a digit 0 where the code has the letter О is a wrong code (warning).
    severity: n.changes.some((c) => c.kind === 'digit-zero') ? 'warning' : 'info',
    message: t3(
      `Лауазым санатының коды «${raw}» «${n.code}» ретінде оқылды (${changed})`,
      `Код категории «${raw}» прочитан как «${n.code}» (${changed})`,
      `Category code «${raw}» read as «${n.code}» (${changed})`,
    ),
    path: '/servant/category',
    cite: { act: pack.id, clause: 'category codes', wording },
    facts: { found: raw, normalised: n.code, changes: n.changes, valid: n.valid },
  });
  return { ...pkg, servant: { ...pkg.servant, category: n.code } };
}
