/** An enum value typed with Latin look-alikes («тиiмдi») is named with the value meant and the letters to retype. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';

const valid = readFileSync('samples/mic-2018/valid.yaml', 'utf8');
const at = (text: string) => check(text, { today: '2026-12-04', file: 'samples/mic-2018/x.yaml' }).findings.filter((f) => f.path === '/forms/kpiSheet/result');

describe('look-alike letters in enum values', () => {
  it('«тиiмдi» with two Latin i: did you mean «тиімді», letters 3 and 6', () => {
    expect(valid).toContain('result: тиімді');
    const [f] = at(valid.replace('result: тиімді', 'result: тиiмдi'));
    expect(f?.message.en).toBe('«KPI evaluation sheet (App. 2; printed under App. 1)» › «evaluation result (cl. 18)»: «тиiмдi» — did you mean «тиімді»? Latin letters: i→і (3, 6)');
    expect(f?.message.ru).toMatch(/^«[^»]+» › «[^»]+»: /);
    expect(f?.message.ru.replace(/^.*: (?=«тиiмдi»)/, '')).toBe('«тиiмдi» — возможно, имелось в виду «тиімді»? латинские буквы: i→і (3, 6)');
    expect(f?.message.kk.replace(/^.*: (?=«тиiмдi»)/, '')).toBe('«тиiмдi» — «тиімді» болуы керек пе? латын әріптері: i→і (3, 6)');
  });

  it("a Latin code typed with a Cyrillic look-alike («сhair»): did you mean, by the code's words («председатель» (chair)), the Cyrillic letters named", () => {
    const inline = readFileSync('samples/mic-2018/valid-session-inline.yaml', 'utf8');
    const role = (text: string) => check(text, { today: '2026-12-04', file: 'samples/mic-2018/x.yaml' }).findings.filter((f) => f.path === '/session/members/0/role');
    expect(role(inline)).toEqual([]);
    const [f] = role(inline.replace('role: chair', 'role: сhair'));
    expect(f?.message.ru.replace(/^.*: (?=«сhair»)/, '')).toBe('«сhair» — возможно, имелось в виду «председатель» (chair)? кириллические буквы: с→c (1)');
    expect(f?.message.kk.replace(/^.*: (?=«сhair»)/, '')).toBe('«сhair» — «төраға» (chair) болуы керек пе? кирилл әріптері: с→c (1)');
    expect(f?.message.en.replace(/^.*: (?=«сhair»)/, '')).toBe('«сhair» — did you mean «chair»? Cyrillic letters: с→c (1)');
    // the field named in words, not by the codes
    expect(f?.message.en).toMatch(/› «role in the session»: /);
  });

  it('a value that is simply wrong lists the allowed values instead', () => {
    const [f] = at(valid.replace('result: тиімді', 'result: жақсы'));
    expect(f?.message.en).toMatch(/^«KPI evaluation sheet[^»]*» › «evaluation result \(cl\. 18\)»: value must be one of the act's values: «/);
    expect(at(valid)).toEqual([]);
  });
});
