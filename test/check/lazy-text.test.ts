/**
 * A finding's message is made from its template when a language is read, each language once; it reads
 * and serialises as the three strings did, and `plainFinding` gives the plain copy a structured clone
 * (a worker thread's answer) needs.
 */
import { describe, expect, it } from 'vitest';
import { fill, withTitle } from '../../src/rules/base.js';
import { plainFinding, type Finding, type Text3 } from '../../src/law/finding.js';
import { check, plainFinding as apiPlainFinding } from '../../src/index.js';
import { packPackages } from '../../src/package/cases.js';

const T: Text3 = { kk: '{n} күн, cl. 14 бойынша', ru: '{n} дн., cl. 14', en: '{n} day(s), cl. 14' };

describe('message text made when read', () => {
  it('reads and serialises as the three strings made at once', () => {
    const m = withTitle({ kk: 'Мерзім', ru: 'Срок', en: 'Deadline' }, fill(T, { n: 2.5 }));
    const plain = { kk: 'Мерзім: 2,5 күн, 14-тармақ бойынша', ru: 'Срок: 2,5 дн., 14 п.', en: 'Deadline: 2.5 days, cl. 14' };
    expect([m.kk, m.ru, m.en]).toEqual([plain.kk, plain.ru, plain.en]);
    expect(JSON.stringify(m)).toBe(JSON.stringify(plain));
    expect(JSON.stringify({ message: fill(T, { n: 1 }) })).toBe('{"message":{"kk":"1 күн, 14-тармақ бойынша","ru":"1 дн., 14 п.","en":"1 day, cl. 14"}}');
  });

  it('builds only the language read, once', () => {
    let reads = 0;
    const vars = {
      get n() {
        reads++;
        return 3;
      },
    };
    const m = fill(T, vars);
    expect(reads).toBe(0);
    expect(m.en).toBe('3 days, cl. 14');
    expect(reads).toBe(1);
    expect(m.en).toBe('3 days, cl. 14');
    expect(reads).toBe(1);
    expect(m.ru).toBe('3 дн., 14 п.');
    expect(reads).toBe(2);
  });

  it('plainFinding makes the texts own strings that survive a structured clone', () => {
    const f: Finding = { ruleId: 'x', severity: 'error', path: '', message: fill(T, { n: 4 }), note: withTitle(T, T) };
    expect(structuredClone(f).message).toEqual({});
    const c = structuredClone(plainFinding(f));
    expect(c.message).toEqual({ kk: '4 күн, 14-тармақ бойынша', ru: '4 дн., 14 п.', en: '4 days, cl. 14' });
    expect(c.note?.en).toBe('{n} day(s), cl. 14: {n} day(s), cl. 14');
  });

  it("the library's findings: JSON as the three strings, and plainFinding before a structured clone", () => {
    const c = packPackages('mic-2018').find((p) => p.case)!;
    const r = check(c.doc().data as object, { today: '2026-11-22' });
    expect(r.findings.length).toBeGreaterThan(0);
    const json = JSON.parse(JSON.stringify(r.findings)) as Finding[];
    const cloned = structuredClone(r.findings.map((f) => apiPlainFinding(f)));
    expect(cloned).toEqual(json);
    for (const f of json) expect(Object.keys(f.message)).toEqual(['kk', 'ru', 'en']);
  });
});
