/**
 * The small drafts in samples/drafts/ each break one rule and state the findings they expect in a
 * comment: `<!-- expect: ruleId@line … -->` (or `none`). Structure rules only (the model comparison
 * of such small drafts is tested in model.test.ts): the findings must be exactly the expected ones.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/draft/check.js';

const dir = join(import.meta.dirname, '../../samples/drafts');
const samples = readdirSync(dir).filter((f) => f.endsWith('.md'));

function expected(text: string): string[] {
  const m = /<!--\s*expect:\s*([^>]*?)\s*-->/.exec(text);
  if (!m) throw new Error('sample states no expectation');
  return m[1] === 'none' ? [] : (m[1] as string).split(/\s+/).sort();
}

describe('samples/drafts', () => {
  it('has the samples', () => {
    expect(samples.length).toBeGreaterThanOrEqual(15);
  });
  for (const file of samples) {
    it(`${file}: exactly the findings it states`, () => {
      const text = readFileSync(join(dir, file), 'utf8');
      const { findings } = checkDraft(text, { date: '2026-01-15', model: false });
      const got = findings.map((f) => `${f.ruleId}@${f.place?.line}`).sort();
      expect(got).toEqual(expected(text));
      for (const f of findings) {
        expect(f.message.kk && f.message.ru && f.message.en).toBeTruthy();
      }
    });
  }
});
