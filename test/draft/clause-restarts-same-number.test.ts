/**
 * A chapter of a draft numbered again in each chapter that lost its «1.» and so begins at the number the chapter
 * before ended on (chapter 2 «1., 2.», chapter 3 «2., 3., …»). Before, only a first number below the one before
 * began a new series (`src/draft/restarts.ts`): chapter 3's «2.» went on from chapter 2's series and was told as a
 * repeat of chapter 2's clause 2. A chapter that goes on from the one before begins at its last number + 1; one
 * that begins at a number not above it does not go on, and in a draft whose chapters are numbered again it is read
 * as numbered again too (the rule in docs/draft.md § 2, «Numbering checked chapter by chapter»). In a draft
 * numbered through, the same number across a heading is still a repeat.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/draft/check.js';
import type { Finding } from '../../src/law/finding.js';
import { edit, restarted } from './restarted.js';

const kk = readFileSync(join(import.meta.dirname, 'cases/faithful.md'), 'utf8');
const DATE = '2026-01-15';
const numbering = (fs: readonly Finding[]): Finding[] =>
  fs.filter((f) => (f.ruleId === 'draft/numbering-gap' || f.ruleId === 'draft/numbering-duplicate') && f.facts?.['series'] === 'clause');

/** Chapter 3's clauses, numbered again 1…6, numbered 2…7 (its «1.» lost). */
function chapter3From2(md: string): string {
  const at = md.indexOf('### 3-тарау');
  const end = md.indexOf('### 1-қосымша');
  expect(at).toBeGreaterThan(0);
  return md.slice(0, at) + md.slice(at, end).replace(/^(\d+)\. /gmu, (_m, n: string) => `${Number(n) + 1}. `) + md.slice(end);
}

describe('a chapter numbered again that begins at the number the chapter before ended on', () => {
  it('chapter 3 «2., 3., …» after chapter 2 «1., 2.»: it starts at 2, in chapter 3 — not a repeat of chapter 2\'s 2', () => {
    const md = chapter3From2(restarted(kk));
    const fs = checkDraft(md, { date: DATE }).findings;
    expect(numbering(fs).map((f) => [f.ruleId, f.message.en, f.facts])).toEqual([
      ['draft/numbering-gap', 'clause numbering starts at 2, not 1 (chapter 3)', { series: 'clause', expected: 1, found: 2, chapter: 3 }],
    ]);
    expect(numbering(fs)[0]?.message.kk).toMatch(/\(3-тарау\)$/u);
    expect(numbering(fs)[0]?.message.ru).toMatch(/\(глава 3\)$/u);
    // placed at chapter 3's first clause
    expect(md.split('\n')[(numbering(fs)[0]?.place?.line ?? 0) - 1]).toMatch(/^2\. Бағалау процесіне бірыңғай тәсілді/u);
    // chapter 2 is told as restarted; chapter 3 does not begin at 1
    expect(fs.find((f) => f.ruleId === 'draft/clause-numbering-restart')?.facts?.['restarted']).toEqual([{ chapter: 2, from: 1, to: 2 }]);
  });

  it('in a draft numbered through, the same number across a chapter heading is still a repeat («18.» after chapter 2\'s 18)', () => {
    const md = edit(kk, '19. Бағалау процесіне бірыңғай тәсілді', '18. Бағалау процесіне бірыңғай тәсілді');
    const fs = checkDraft(md, { date: DATE }).findings;
    // the repeat, and the 19 then missing before 20
    expect(numbering(fs).map((f) => [f.ruleId, f.facts?.['number'] ?? f.facts?.['expected']])).toEqual([['draft/numbering-duplicate', 18], ['draft/numbering-gap', 19]]);
    expect(fs.some((f) => f.ruleId === 'draft/clause-numbering-restart')).toBe(false);
  });
});
