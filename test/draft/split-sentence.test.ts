/**
 * A clause whose sentence an author broke with Enter (Word, LibreOffice) or a blank line (Markdown): «…танысқан
 * күннен бастап» ↵ «бес жұмыс күні ішінде …». The second paragraph has no number and goes on in a small letter.
 * Before, each paragraph was read as sentences of its own (`clauseSentences`, `src/draft/act.ts`): the deadline
 * in the second half was not read, and the author was told «the value could not be read», an error, quoting the
 * first half; a departing value there was not found. The sentence is now read across the break.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/draft/check.js';
import { docxDraft, docxToMarkdown } from '../../src/draft/docx.js';
import type { Finding } from '../../src/law/finding.js';
import { edit } from './restarted.js';
import { wordDraft } from './word-author.js';

const cases = join(import.meta.dirname, 'cases');
const kk = readFileSync(join(cases, 'faithful.md'), 'utf8');
const ru = readFileSync(join(cases, 'russian-model.md'), 'utf8');
const DATE = '2026-01-15';
const KK_SPLIT = ['танысқан күннен бастап бес жұмыс күні', 'танысқан күннен бастап\n\nбес жұмыс күні'] as const;
const RU_SPLIT = ['служащий в течение 5 (пяти) рабочих дней', 'служащий\n\nв течение 5 (пяти) рабочих дней'] as const;
const brief = (fs: readonly Finding[]): string[] => fs.map((f) => `${f.severity} ${f.ruleId} ${f.cite?.clause ?? ''}`);

async function word(md: string): Promise<{ findings: Finding[]; text: string[] }> {
  const bytes = await wordDraft(md, { clauseRestart: 0 });
  const d = docxToMarkdown(bytes);
  return { findings: checkDraft(d.markdown, { date: DATE, source: docxDraft(bytes).source }).findings, text: d.paragraphText };
}

describe('a sentence of a clause broken across two paragraphs', () => {
  it('Kazakh, Markdown: the five working days are read (no «could not be read»), and ten are a departure at the paragraph that says them', () => {
    const md = edit(kk, ...KK_SPLIT);
    const r = checkDraft(md, { date: DATE });
    expect(r.act.documents[0]?.clauses[10]?.paragraphs.map((p) => p.text.slice(0, 14))).toEqual(['бес жұмыс күні']);
    expect(r.findings).toEqual([]);
    const ten = edit(md, 'бастап\n\nбес жұмыс', 'бастап\n\nон жұмыс');
    const fs = checkDraft(ten, { date: DATE }).findings;
    expect(brief(fs)).toEqual(['error draft/model-parameter-deviation Annex 2 cl. 11']);
    expect(fs[0]?.facts).toMatchObject({ found: 10, expected: 5, draftClause: 11 });
    expect(ten.split('\n')[(fs[0]?.place?.line ?? 0) - 1]).toMatch(/^он жұмыс күні ішінде/u);
  });

  it('Kazakh, Word (the second half an unnumbered paragraph under clause 11): the same', async () => {
    const md = edit(kk, ...KK_SPLIT);
    expect((await word(md)).findings).toEqual([]);
    const ten = await word(edit(md, 'бастап\n\nбес жұмыс', 'бастап\n\nон жұмыс'));
    expect(brief(ten.findings)).toEqual(['error draft/model-parameter-deviation Annex 2 cl. 11']);
    expect(ten.text[ten.findings[0]?.place?.line ?? 0]).toMatch(/^он жұмыс күні ішінде/u);
  }, 60_000);

  it('Russian, Markdown: the value is compared (11 of 13), not left unread', () => {
    const fs = checkDraft(edit(ru, ...RU_SPLIT), { date: DATE }).findings;
    expect(brief(fs)).toEqual(checkDraft(ru, { date: DATE }).findings.map((f) => `${f.severity} ${f.ruleId} ${f.cite?.clause ?? ''}`));
    const ten = checkDraft(edit(ru, RU_SPLIT[0], 'служащий\n\nв течение 10 (десяти) рабочих дней'), { date: DATE }).findings;
    expect(brief(ten)).toContain('error draft/model-parameter-deviation Annex 2 cl. 11');
  });

  it('a paragraph that ends its sentence, or a next one in a capital, is not joined: a clause\'s second sentence is read alone', () => {
    // «…бастап.» ↵ «бес …»: the first ends with a full stop; «…бастап» ↵ «Бес …»: a new sentence begins
    for (const split of ['танысқан күннен бастап.\n\nбес жұмыс күні', 'танысқан күннен бастап\n\nБес жұмыс күні']) {
      const fs = checkDraft(edit(kk, KK_SPLIT[0], split), { date: DATE }).findings;
      expect(brief(fs), split).toEqual(['error draft/model-parameter-unreadable Annex 2 cl. 11']);
    }
  });
});
