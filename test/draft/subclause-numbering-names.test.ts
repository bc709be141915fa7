/**
 * A sub-clause numbering finding names its clause in the message's own language. Before, in a draft numbered
 * through, every language got the three at once: «тармақша нөмірлеуі 1-ден емес, 3-ден басталады (16-тармақ / п. 16
 * / cl. 16)» (the Russian and Kazakh reports turned «cl. 16» into their own word, so the Kazakh read
 * «(16-тармақ / п. 16 / 16-тармақ)»). A Word author whose sub-list under clause 16 goes on from clause 3's («3)»,
 * «4)» …) reads it so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/draft/check.js';

const kk = readFileSync(join(import.meta.dirname, 'cases/faithful.md'), 'utf8');
const ru = readFileSync(join(import.meta.dirname, 'cases/russian-model.md'), 'utf8');

/** The sub-clauses of the clause that begins with `clause` numbered from `from` on. */
function subClausesFrom(md: string, clause: string, from: number): string {
  let inside = false;
  let k = from;
  const out = md.split('\n').map((l) => {
    if (/^\d+\. /u.test(l)) inside = l.startsWith(clause);
    return inside && /^\d+\) /u.test(l) ? l.replace(/^\d+/u, String(k++)) : l;
  }).join('\n');
  expect(out).not.toBe(md);
  return out;
}

describe('a sub-clause numbering finding names its clause in one language', () => {
  it('Kazakh draft: «(16-тармақ)», «(пункт 16)», «(clause 16)»', () => {
    const f = checkDraft(subClausesFrom(kk, '16. ', 3), { date: '2026-01-15' }).findings.filter((x) => x.ruleId === 'draft/numbering-gap');
    expect(f.map((x) => x.message)).toEqual([{
      kk: 'тармақша нөмірлеуі 1-ден емес, 3-ден басталады (16-тармақ)',
      ru: 'подпункт: нумерация начинается не с 1, а с 3 (пункт 16)',
      en: 'sub-clause numbering starts at 3, not 1 (clause 16)',
    }]);
  });

  it('Russian draft: the same words', () => {
    const f = checkDraft(subClausesFrom(ru, '3. ', 3), { date: '2026-01-15' }).findings.filter((x) => x.ruleId === 'draft/numbering-gap');
    expect(f.map((x) => x.message.ru)).toEqual(['подпункт: нумерация начинается не с 1, а с 3 (пункт 3)']);
  });
});
