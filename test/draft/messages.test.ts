/**
 * How a departing value reads in each language. A day of the month was printed with a space before
 * its ending («жобада 25 -күн», «в проекте 25 -е число», «the draft has 25 th day»).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/draft/check.js';

const faithful = readFileSync(join(import.meta.dirname, 'cases/faithful.md'), 'utf8');

describe('a departing day of the month', () => {
  it('is written onto its number in kk, ru and en', () => {
    const r = checkDraft(faithful.replace('айдың жиырмасыншы күнінен', 'айдың жиырма бесінші күнінен'), { date: '2026-01-15' });
    const f = r.findings.find((x) => x.ruleId === 'draft/model-parameter-deviation');
    expect(f?.message.kk).toContain('жобада 25-күн, Үлгілік әдістемеде 20-күн (');
    expect(f?.message.ru).toContain('в проекте 25-е число, в типовой методике 20-е число (');
    expect(f?.message.en).toContain('the draft has day 25, the model day 20 (');
  });
});
