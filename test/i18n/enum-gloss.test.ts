/**
 * The acts' Kazakh enum values are glossed for ru and en readers from one table (src/report/enum-gloss.ts):
 * every value of every pack's schemas has its gloss, the table holds no value the packs lack, and the
 * reports show «тиімді» (effective) on first use while Kazakh output stays as the act writes it.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLOSSES, glossOf, withGlosses } from '../../src/report/enum-gloss.js';
import { check } from '../../src/index.js';
import { caseText, listCases } from '../../src/package/cases.js';
import { tempDir } from '../temp.js';

/** Every string enum value (and const) with Cyrillic letters in schemas/<pack>/*.json. */
function schemaValues(): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (Array.isArray(o['enum'])) for (const e of o['enum']) if (typeof e === 'string' && /\p{Script=Cyrillic}/u.test(e)) out.add(e);
      if (typeof o['const'] === 'string' && /\p{Script=Cyrillic}/u.test(o['const'])) out.add(o['const']);
      Object.values(o).forEach(walk);
    }
  };
  for (const d of readdirSync('schemas')) {
    if (d === 'calendar' || !statSync(join('schemas', d)).isDirectory()) continue;
    for (const f of readdirSync(join('schemas', d))) if (f.endsWith('.json')) walk(JSON.parse(readFileSync(join('schemas', d, f), 'utf8')));
  }
  return out;
}

describe('glosses of the acts\' enum values', () => {
  const values = schemaValues();

  it('every Kazakh enum value of the packs has a gloss, and every gloss is of a value the packs have', () => {
    expect(values.size).toBeGreaterThan(80);
    expect([...values].filter((v) => !glossOf(v))).toEqual([]);
    const spellings = GLOSSES.flatMap((e) => [e.kk, ...(e.also ?? [])]);
    expect(spellings.filter((s) => !values.has(s))).toEqual([]);
    expect(new Set(spellings).size).toBe(spellings.length);
  });

  it('a Russian gloss has no Kazakh letter, an English one no Cyrillic letter', () => {
    for (const e of GLOSSES) {
      expect(e.ru, e.kk).not.toMatch(/[әғқңөұүһі]/i);
      expect(e.ru, e.kk).toMatch(/[а-я]/);
      expect(e.en, e.kk).not.toMatch(/\p{Script=Cyrillic}/u);
    }
  });

  it('glosses a quoted value on first use in ru and en, leaves kk and unknown values alone', () => {
    const msg = 'результат «тиімді» не совпадает с «тиімді» по шкале; «жақсы» — не значение акта';
    expect(withGlosses(msg, 'ru')).toBe('результат «тиімді» (эффективно) не совпадает с «тиімді» по шкале; «жақсы» — не значение акта');
    expect(withGlosses('the grade «ЖЕДЕЛДІЛІК» and «Жеделділік»', 'en')).toBe('the grade «ЖЕДЕЛДІЛІК» (promptness) and «Жеделділік»');
    expect(withGlosses('«тиімді» баға', 'kk')).toBe('«тиімді» баға');
    expect(withGlosses('«тиімді» (effective) already', 'en')).toBe('«тиімді» (effective) already');
  });

  it('the reports show the gloss: check in ru and en, text, CSV and SARIF; kk shows the value alone', () => {
    const dir = tempDir('bagalau-gloss-');
    const file = join(dir, 'grade.yaml');
    writeFileSync(file, readFileSync('samples/mic-2018/valid.yaml', 'utf8').replace('result: тиімді', 'result: тиiмдi'));
    const run = (...args: string[]) => spawnSync(process.execPath, ['dist/src/cli/main.js', 'check', file, '--today', '2026-12-04', '--no-config', ...args], { encoding: 'utf8' }).stdout;
    expect(run('--lang', 'en')).toContain('«тиiмдi» — did you mean «тиімді» (effective)?');
    expect(run('--lang', 'ru')).toContain('возможно, имелось в виду «тиімді» (эффективно)?');
    expect(run('--lang', 'kk')).toContain('«тиімді» болуы керек пе?');
    expect(run('--lang', 'kk')).not.toMatch(/«тиімді» \(/);
    expect(run('--lang', 'en', '--format', 'csv')).toContain('«тиімді» (effective)');
    const sarif = JSON.parse(run('--lang', 'ru', '--format', 'sarif'));
    expect(sarif.runs[0].results.map((r: { message: { text: string } }) => r.message.text).join('\n')).toContain('«тиімді» (эффективно)');
  });
});

describe('a rule that names an act\'s value quotes it, so that ru and en readers get its gloss', () => {
  // The kind of absence (mic-2018 and almaty-maslikhat-2018 cl. 4 ¶2): written unquoted, «(уақытша еңбекке
  // жарамсыздығы кезеңінде, …)» reached a Russian or English reader untranslated.
  const cases = ['mic-2018', 'almaty-maslikhat-2018'].flatMap((id) => listCases(id).filter((c) => c.name === 'evaluation-after-return' || c.name === 'absence'));

  it('the absence rules: the kind of absence is quoted and glossed', () => {
    expect(cases.length).toBeGreaterThanOrEqual(3);
    let seen = 0;
    for (const c of cases) {
      const r = check(caseText(c), { today: '2026-11-22', file: join(dirname(c.from), `${c.name}.yaml`) });
      for (const f of r.findings.filter((x) => x.ruleId.endsWith('/absence'))) {
        const kind = (f.facts as { absence: { kind: string } }).absence.kind;
        const gloss = glossOf(kind)!;
        expect(gloss, kind).toBeDefined();
        expect(f.message.kk).toContain(`«${kind}»`);
        expect(withGlosses(f.message.ru, 'ru')).toContain(`«${kind}» (${gloss.ru})`);
        expect(withGlosses(f.message.en, 'en')).toContain(`«${kind}» (${gloss.en})`);
        seen++;
      }
    }
    expect(seen).toBeGreaterThanOrEqual(2);
  });
});
