import { describe, expect, it } from 'vitest';
import { applyText } from '../../fuzz/mutate.js';

describe('fuzz mutants stay within a string V8 can hold', () => {
  it('a line duplication that would pass 16 M characters is skipped, a small one is applied', () => {
    const big = `a: ${'x'.repeat(1_000_000)}\nb: 1`;
    expect(applyText(big, [{ kind: 'dupLine', at: 0, times: 2000 }])).toBe(big);
    expect(applyText('a: 1\nb: 2', [{ kind: 'dupLine', at: 0, times: 2 }])).toBe('a: 1\na: 1\na: 1\nb: 2');
  });
});
