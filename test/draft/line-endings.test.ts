/**
 * A draft saved with Windows (CRLF) or old Mac (CR) line endings is the same draft: the same findings at
 * the same lines, read by the linear reader. A CR-only draft used to go to micromark, which took 3.5 s
 * of CPU on 239 KB of bare CRs (fuzz seed 203, replayed in test/fuzz-found/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/draft/check.js';
import { oneLineEnding } from '../../src/draft/limits.js';

const DATE = '2026-01-15';
const drafts = ['numbering-duplicate.md', 'clause-missing.md', 'band-overlap.md'];
const key = (f: { ruleId: string; severity: string; place?: { line: number; column?: number } | undefined }) => `${f.ruleId} ${f.severity} ${f.place?.line ?? '-'}:${f.place?.column ?? '-'}`;

describe('line endings', () => {
  it('oneLineEnding makes CRLF and a lone CR one LF each, and leaves LF text as it is', () => {
    expect(oneLineEnding('a\r\nb\rc\n\r\nd')).toBe('a\nb\nc\n\nd');
    const lf = 'a\nb';
    expect(oneLineEnding(lf)).toBe(lf);
  });
  it.each(drafts)('%s: the same findings at the same places with LF, CRLF and CR', (name) => {
    const lf = readFileSync(join(import.meta.dirname, '../../samples/drafts', name), 'utf8');
    const want = checkDraft(lf, { date: DATE }).findings.map(key);
    expect(want.length).toBeGreaterThan(0);
    expect(checkDraft(lf.replace(/\n/g, '\r\n'), { date: DATE }).findings.map(key)).toEqual(want);
    expect(checkDraft(lf.replace(/\n/g, '\r'), { date: DATE }).findings.map(key)).toEqual(want);
  });
  it('240,000 blank lines ended by bare CRs are read in well under a second of CPU', () => {
    const text = '\r'.repeat(240_000) + readFileSync(join(import.meta.dirname, '../../samples/drafts', drafts[0]!), 'utf8');
    const c0 = process.cpuUsage();
    checkDraft(text, { date: DATE });
    const c = process.cpuUsage(c0);
    expect((c.user + c.system) / 1000).toBeLessThan(1_500);
  });
});
