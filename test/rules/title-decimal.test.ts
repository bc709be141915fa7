/**
 * Numbers in titles and messages are written as the reader's language writes them: a fraction with a
 * decimal comma in Kazakh and Russian («2,99», as the acts print it), a point in English. Titles take
 * their numbers from the provision (issue 12), so the provision's 2.99 must not reach a Kazakh reader
 * as «2.99».
 */
import { describe, expect, it } from 'vitest';
import { fill, titleOf } from '../../src/rules/base.js';
import { PACKS } from '../../src/acts/index.js';

describe('decimal numbers in the three languages', () => {
  it('fill writes a fraction with a comma in kk and ru, a point in en; whole numbers and words unchanged', () => {
    const t = fill({ kk: '{a} ({b}), {n} күн, {w}', ru: '{a} ({b}), {n} дн., {w}', en: '{a} ({b}), {n} days, {w}' }, { a: 2.99, b: 1.99, n: 5, w: 'x.y' });
    expect(t.kk).toBe('2,99 (1,99), 5 күн, x.y');
    expect(t.ru).toBe('2,99 (1,99), 5 дн., x.y');
    expect(t.en).toBe('2.99 (1.99), 5 days, x.y');
  });
  it('the sanction cap of model App. 1 reads «2,99 (1,99)» in kk and ru', () => {
    const rule = PACKS.flatMap((p) => p.rules).find((r) => r.id === 'asa-b-model/sanction-cap');
    expect(rule).toBeDefined();
    const title = titleOf(rule!);
    expect(title.kk).toContain('2,99 (1,99)');
    expect(title.ru).toContain('2,99 (1,99)');
    expect(title.en).toContain('2.99 (1.99)');
  });
});
