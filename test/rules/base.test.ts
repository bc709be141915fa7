/**
 * Issue 12 item 1: a rule kind takes the Provision (clause, quote, note and the value its title names)
 * instead of a spec that restates them; a pack's rule file that does so reads no clause, quote or
 * note of a parameter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseOf } from '../../src/rules/base.js';
import type { Provision } from '../../src/law/provision.js';

const days: Provision<number> = { value: 2, clause: 'cl. 40', quote: 'екі жұмыс күні ішінде', note: { kk: 'н', ru: 'п', en: 'n' } };
const title = { kk: '{value} жұмыс күні ішінде', ru: 'в течение {value} раб. дн.', en: 'within {value} working day(s)' };

describe('baseOf', () => {
  it('takes clause, quote and note from the provision and writes its value in the title', () => {
    const b = baseOf({ id: 'x/y', provision: days, title });
    expect(b).toMatchObject({ clause: 'cl. 40', quote: 'екі жұмыс күні ішінде', note: days.note, title: { kk: '2 жұмыс күні ішінде', ru: 'в течение 2 раб. дн.', en: 'within 2 working days' } });
    expect(baseOf({ id: 'x/y', provision: { ...days, value: 1 }, title }).title.en).toBe('within 1 working day');
  });
  it('a note of the rule wins over the provision\'s; a title without {value} is left as written', () => {
    const own = { kk: 'а', ru: 'б', en: 'c' };
    expect(baseOf({ id: 'x/y', provision: days, note: own, title: { kk: 'т', ru: 'т', en: 'plain (s)' } })).toMatchObject({ note: own, title: { en: 'plain (s)' } });
  });
  it('refuses a rule with neither a provision nor a clause and quote', () => {
    expect(() => baseOf({ id: 'x/y', title })).toThrow(/x\/y/);
  });
});

/** Every pack's rule files (and the 2018 family's shared procedure). */
const RULE_FILES = readdirSync('src/acts', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join('src/acts', d.name)).filter((n) => /^(rules|procedure)\.ts$/.test(n)).map((n) => join('src/acts', d.name, n)));

describe('no rule file restates a provision', () => {
  it('finds the rule files', () => expect(RULE_FILES.length).toBeGreaterThanOrEqual(7));
  for (const f of RULE_FILES)
    it(f, () => {
      const src = readFileSync(f, 'utf8');
      // Another provision's note may be borrowed on purpose (sjc: App. 4's scale read with cl. 30's note); clause and quote never.
      expect([...src.matchAll(/\b(?:P|p|PARAMS|params)\.\w+\.(?:clause|quote)\b/g)].map((m) => m[0])).toEqual([]);
      // and no rule restates the note of the provision it already takes
      expect([...src.matchAll(/provision: (\w+)\.(\w+),[^}]*?note: \1\.\2\.note/g)].map((m) => m[0].slice(0, 60))).toEqual([]);
    });
});

describe('a record value is named by its keys', () => {
  it('fills {min} and {max} from a range', () => {
    const range: Provision<{ min: number; max: number }> = { value: { min: 3, max: 5 }, clause: 'cl. 24', quote: 'үштен беске дейін' };
    expect(baseOf({ id: 'x/y', provision: range, title: { kk: '{min}–{max} НМИ', ru: 'от {min} до {max} ЦИ', en: '{min} to {max} KPIs' } }).title).toEqual({ kk: '3–5 НМИ', ru: 'от 3 до 5 ЦИ', en: '3 to 5 KPIs' });
  });
});

describe('every finding\'s message has its placeholders filled', async () => {
  const { PACKS } = await import('../../src/acts/index.js');
  const { checkDocument } = await import('../../src/check/run.js');
  const { createCalendar } = await import('../../src/law/calendar/index.js');
  const { sessionLoader } = await import('../../src/package/load.js');
  const { packPackages } = await import('../../src/package/cases.js');
  const calendar = createCalendar();
  for (const pack of PACKS)
    it(pack.id, () => {
      const left: string[] = [];
      for (const { label: f, doc } of packPackages(pack.id))
        for (const x of checkDocument(doc(), { today: '2026-11-22', calendar, loadSession: sessionLoader() }).findings)
          for (const m of [x.message.kk, x.message.ru, x.message.en]) if (/\{\w+\}/.test(m)) left.push(`${f}: ${x.ruleId}: ${m.slice(0, 80)}`);
      expect(left).toEqual([]);
    });
});
