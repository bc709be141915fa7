/**
 * A draft numbered again in each chapter has its clause numbering checked chapter by chapter, each chapter
 * from 1 (`src/draft/restarts.ts` `series`, `src/draft/rules/numbering.ts`). Before, the clauses were one
 * series through the methodology: every restarted «1.», «2.» … was a `draft/numbering-duplicate` of chapter
 * 1's (8 in the faithful draft), a gap inside a chapter («1., 3.») was told as a repeat of chapter 1's 3,
 * and a repeat inside a chapter as a repeat «first at» chapter 1's line. Now the restart is the one
 * `draft/clause-numbering-restart` warning, and a gap or a repeat inside a chapter is one finding that names
 * that chapter. In Word the list numbers the clauses again itself (its default); the gap and the repeat are
 * numbers an author typed amid the list, as authors do when pasting a clause.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/draft/check.js';
import { docxToMarkdown } from '../../src/draft/docx.js';
import type { Finding } from '../../src/law/finding.js';
import { edit, restarted } from './restarted.js';
import { wordDraft } from './word-author.js';

const kk = readFileSync(join(import.meta.dirname, 'cases/faithful.md'), 'utf8');
const DATE = '2026-01-15';

/** The clause numbering findings (clauses, not sub-clauses), and the restart warning. */
const numbering = (fs: readonly Finding[]): Finding[] =>
  fs.filter((f) => (f.ruleId === 'draft/numbering-gap' || f.ruleId === 'draft/numbering-duplicate') && f.facts?.['series'] === 'clause');
const hint = (fs: readonly Finding[]): Finding[] => fs.filter((f) => f.ruleId === 'draft/clause-numbering-restart');
const lineOf = (md: string, text: string): number => md.split('\n').findIndex((l) => l.startsWith(text)) + 1;

/** Chapter 2's second clause numbered 3 (chapter 2: 1, 3). */
const GAP_2 = ['2. Бағалаушы адамға бағалау парағы', '3. Бағалаушы адамға бағалау парағы'] as const;
/** Chapter 3's clauses 4, 5, 6 numbered 3, 4, 5 (chapter 3: 1, 2, 3, 3, 4, 5). */
const repeat3 = (md: string): string => edit(edit(edit(md,
  '4. Персоналды басқару қызметі калибрлеу', '3. Персоналды басқару қызметі калибрлеу'),
  '5. Калибрлеу сессиясында бағалаушы', '4. Калибрлеу сессиясында бағалаушы'),
  '6. Калибрлеу сессиясының нәтижелері', '5. Калибрлеу сессиясының нәтижелері');

describe('a draft numbered again in each chapter: its clause numbering is checked chapter by chapter (Markdown)', () => {
  it('numbered again regularly: no numbering finding beyond the one restart warning', () => {
    const fs = checkDraft(restarted(kk), { date: DATE }).findings;
    expect(hint(fs)).toHaveLength(1);
    expect(fs.filter((f) => f.ruleId.startsWith('draft/numbering-'))).toEqual([]);
  });

  it('a gap in chapter 2 («1., 3.»): one gap, named with chapter 2, in kk/ru/en — not a repeat of chapter 1\'s 3', () => {
    const md = edit(restarted(kk), ...GAP_2);
    const fs = checkDraft(md, { date: DATE }).findings;
    expect(numbering(fs).map((f) => [f.ruleId, f.place?.line, f.facts])).toEqual([
      ['draft/numbering-gap', lineOf(md, GAP_2[1]), { series: 'clause', expected: 2, found: 3, chapter: 2 }],
    ]);
    expect(numbering(fs)[0]?.message).toEqual({
      kk: 'тармақ нөмірлеуінде бос орын: 2 жоқ, 3 келеді (2-тарау)',
      ru: 'пункт: пропуск в нумерации, нет 2, далее 3 (глава 2)',
      en: 'clause numbering skips 2: 3 follows 1 (chapter 2)',
    });
    expect(hint(fs)).toHaveLength(1);
  });

  it('a repeat in chapter 3 («1., 2., 3., 3., 4., 5.»): one repeat, first at chapter 3\'s own 3, named with chapter 3', () => {
    const md = repeat3(restarted(kk));
    const fs = checkDraft(md, { date: DATE }).findings;
    const first = lineOf(md, '3. Калибрлеу сессиясы қызметшінің');
    expect(numbering(fs).map((f) => [f.ruleId, f.place?.line, f.facts])).toEqual([
      ['draft/numbering-duplicate', lineOf(md, '3. Персоналды басқару қызметі калибрлеу'), { series: 'clause', number: 3, firstLine: first, chapter: 3 }],
    ]);
    expect(numbering(fs)[0]?.message).toEqual({
      kk: `тармақ нөмірі қайталанады: 3 (алдымен ${first}-жолда) (3-тарау)`,
      ru: `пункт: номер 3 повторяется (впервые в строке ${first}) (глава 3)`,
      en: `clause number 3 is repeated (first at line ${first}) (chapter 3)`,
    });
  });

  it('a chapter numbered again that lost its «1.» («2., 3.» after chapter 1\'s 16): it starts at 2, in chapter 2 — not a step back and a repeat of chapter 1\'s 3', () => {
    const md = edit(edit(restarted(kk), /^1\. В-1, С-1/mu, '2. В-1, С-1'), ...GAP_2);
    const fs = checkDraft(md, { date: DATE }).findings;
    expect(numbering(fs).map((f) => [f.message.en, f.facts])).toEqual([
      ['clause numbering starts at 2, not 1 (chapter 2)', { series: 'clause', expected: 1, found: 2, chapter: 2 }],
    ]);
    // chapter 2 is not told as restarted (it does not begin at 1); chapter 3 is
    expect(hint(fs)[0]?.facts?.['restarted']).toEqual([{ chapter: 3, from: 1, to: 6 }]);
  });

  it('a chapter that goes on from the chapter before (chapter 2: 17, 18; chapter 3 numbered again) stays in its series: no finding for it', () => {
    const md = edit(edit(restarted(kk), /^1\. В-1, С-1/mu, '17. В-1, С-1'), '2. Бағалаушы адамға бағалау парағы', '18. Бағалаушы адамға бағалау парағы');
    const fs = checkDraft(md, { date: DATE }).findings;
    expect(numbering(fs)).toEqual([]);
    expect(hint(fs)[0]?.facts?.['restarted']).toEqual([{ chapter: 3, from: 1, to: 6 }]);
  });
});

describe('a draft numbered again in each chapter: its clause numbering is checked chapter by chapter (Word: the list numbers the clauses again in each chapter)', () => {
  const read = async (md: string) => {
    const d = docxToMarkdown(await wordDraft(md));
    return { d, fs: checkDraft(d.markdown, { date: DATE, source: { unit: 'paragraphs', of: d.paragraphOf, text: d.paragraphText } }).findings };
  };

  it('numbered again by the list: no numbering finding beyond the one restart warning', async () => {
    const { fs } = await read(kk);
    expect(hint(fs)).toHaveLength(1);
    expect(fs.filter((f) => f.ruleId.startsWith('draft/numbering-'))).toEqual([]);
  }, 60_000);

  it('a number typed in chapter 2 («3.» after the list\'s 1.): one gap in chapter 2 at that paragraph', async () => {
    const { d, fs } = await read(edit(kk, '18. Бағалаушы адамға бағалау парағы', '3\\. Бағалаушы адамға бағалау парағы'));
    expect(numbering(fs)).toHaveLength(1);
    expect(numbering(fs)[0]?.message.en).toMatch(/^clause numbering skips 2: 3 follows 1 \(chapter 2\) \[paragraph \d+: «3\. Бағалаушы адамға/u);
    expect(numbering(fs)[0]?.facts).toMatchObject({ series: 'clause', expected: 2, found: 3, chapter: 2 });
    expect(d.paragraphText[numbering(fs)[0]?.place?.line ?? 0]).toMatch(/^3\. Бағалаушы адамға бағалау парағы/u);
    expect(hint(fs)).toHaveLength(1);
  }, 60_000);

  it('a number typed in chapter 3 («3.» after the list\'s 3., the list going on 4., 5.): one repeat in chapter 3 at that paragraph', async () => {
    const { d, fs } = await read(edit(kk, '22. Персоналды басқару қызметі калибрлеу', '3\\. Персоналды басқару қызметі калибрлеу'));
    expect(numbering(fs).map((f) => [f.ruleId, f.facts?.['number'], f.facts?.['chapter']])).toEqual([['draft/numbering-duplicate', 3, 3]]);
    expect(numbering(fs)[0]?.message.en).toMatch(/^clause number 3 is repeated \(first in paragraph \d+\) \(chapter 3\) \[paragraph \d+: «3\. Персоналды/u);
    expect(d.paragraphText[numbering(fs)[0]?.place?.line ?? 0]).toMatch(/^3\. Персоналды басқару қызметі калибрлеу/u);
    const first = Number(/first in paragraph (\d+)/.exec(numbering(fs)[0]?.message.en ?? '')?.[1]);
    expect(d.paragraphText[first]).toMatch(/^3\. Калибрлеу сессиясы қызметшінің/u);
  }, 60_000);
});
