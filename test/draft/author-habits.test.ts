/**
 * Drafts written as other authors write them, beyond the six Markdown habits of dialects.test.ts:
 * Kazakh chapter headings in capitals («1-ТАРАУ ЖАЛПЫ ЕРЕЖЕЛЕР», no full stop) or with a space for the
 * hyphen («1 тарау.»), as Russian ones («ГЛАВА 1 ОБЩИЕ ПОЛОЖЕНИЯ») were already read. Before, such a
 * Kazakh draft had no chapters at all, silently: a gap in their numbers went unreported.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/draft/check.js';

const kk = readFileSync(join(import.meta.dirname, 'cases/faithful.md'), 'utf8');
const DATE = '2026-01-15';
const mapLines = (md: string, f: (l: string) => string): string => md.split('\n').map(f).join('\n');

const CHAPTER_HABITS: Record<string, (md: string) => string> = {
  capitals: (md) => mapLines(md, (l) => l.replace(/^### (\d+)-тарау\. (.*)$/, (_m, n: string, t: string) => `### ${n}-ТАРАУ ${t.toUpperCase()}`)),
  'capitals, bold': (md) => mapLines(md, (l) => l.replace(/^### (\d+)-тарау\. (.*)$/, (_m, n: string, t: string) => `**${n}-ТАРАУ. ${t.toUpperCase()}**`)),
  'space for the hyphen': (md) => mapLines(md, (l) => l.replace(/^### (\d+)-тарау\. /, '### $1 тарау. ')),
  'en dash': (md) => mapLines(md, (l) => l.replace(/^### (\d+)-тарау\. /, '### $1–тарау. ')),
};

describe('Kazakh chapter headings as authors type them', () => {
  it('are chapters, with the same findings as the draft written «1-тарау. …»', () => {
    const base = checkDraft(kk, { date: DATE });
    const chapters = base.act.documents[0]?.chapters.map((c) => c.number);
    expect(chapters).toEqual([1, 2, 3]);
    for (const [name, f] of Object.entries(CHAPTER_HABITS)) {
      const r = checkDraft(f(kk), { date: DATE });
      expect(r.act.documents[0]?.chapters.map((c) => c.number), name).toEqual(chapters);
      expect(r.act.documents[0]?.clauses.map((c) => c.chapter), name).toEqual(base.act.documents[0]?.clauses.map((c) => c.chapter));
      expect(r.findings, name).toEqual([]);
      // A chapter number skipped is reported.
      const gap = checkDraft(f(kk.replace('### 3-тарау.', '### 4-тарау.')), { date: DATE }).findings.filter((x) => x.ruleId === 'draft/numbering-gap');
      expect(gap.map((x) => x.message.en), name).toEqual([expect.stringMatching(/chapter/i)]);
    }
  });

  it('a paragraph that speaks of chapters is not one («3 тараудан тұрады»)', () => {
    const r = checkDraft(kk.replace('### 2-тарау.', '3 тараудан тұратын бөлім.\n\n### 2-тарау.'), { date: DATE });
    expect(r.act.documents[0]?.chapters.map((c) => c.number)).toEqual([1, 2, 3]);
  });
});
