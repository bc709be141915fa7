/**
 * Dates as each language's reader writes them in every draft output: «01.08.2026» in Kazakh and
 * Russian, the ISO day in English (src/law/day-text.ts). The alignment report's header printed
 * «редакция 2025-07-28» and «күні: 2026-08-01», the text report's header «asa-b-model (2026-08-01)»,
 * and the model-amended / wording-not-held messages «На 2026-08-01» in kk/ru. JSON keeps the ISO day.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/draft/check.js';
import { alignmentHtml, alignmentMarkdown } from '../../src/draft/alignment-report.js';
import { tempDir } from '../temp.js';
import { buildIfStale } from '../built.js';

const cases = join(import.meta.dirname, 'cases');
const DRAFTS = ['faithful.md', 'russian-model.md'];
/** After Order No. 52 (model-amended) and before the wording we hold (model-wording-not-held). */
const DATES = ['2026-08-01', '2025-01-15'];
const ISO = /\b\d{4}-\d{2}-\d{2}\b/;
const dmy = (iso: string): string => iso.split('-').reverse().join('.');

const cli = (args: string[]) => spawnSync('node', ['dist/src/cli/main.js', ...args], { encoding: 'utf8' });
// the draft CLI must be current (tsc emits even when another area fails to type-check); rebuilt only when stale
beforeAll(buildIfStale, 120_000);

describe('dates in Kazakh and Russian draft outputs are written 01.08.2026', () => {
  it('the findings\' kk/ru messages and notes, and both alignment reports', () => {
    for (const name of DRAFTS) {
      const md = readFileSync(join(cases, name), 'utf8');
      for (const date of DATES) {
        const r = checkDraft(md, { date });
        const dated = r.findings.filter((f) => f.ruleId === 'draft/model-amended' || f.ruleId === 'draft/model-wording-not-held');
        expect(dated.length, `${name} ${date}`).toBe(1);
        for (const f of r.findings) {
          for (const lang of ['kk', 'ru'] as const) {
            expect(f.message[lang], `${name} ${date} ${f.ruleId}`).not.toMatch(ISO);
            if (f.note) expect(f.note[lang]).not.toMatch(ISO);
          }
        }
        for (const f of dated) for (const lang of ['kk', 'ru'] as const) expect(f.message[lang]).toContain(dmy(date));
        if (!r.comparison) throw new Error('no comparison');
        for (const lang of ['kk', 'ru'] as const) {
          for (const report of [alignmentMarkdown(r.comparison, name, date, lang), alignmentHtml(r.comparison, name, date, lang)]) {
            expect(report, `${name} ${date} ${lang}`).not.toMatch(ISO);
            expect(report).toContain(`: ${dmy(date)} ·`);
            expect(report).toContain('28.07.2025');
          }
        }
        expect(alignmentMarkdown(r.comparison, name, date, 'en')).toContain(`date: ${date} · Model: asa-b-model, wording 2025-07-28`);
      }
    }
  });

  it('English writes the day Order No. 52 takes effect as the ISO day, in the message and in every note', () => {
    // The model-amended message and the notes on amended clauses wrote «from 11.07.2026» in English too.
    // samples/drafts/ok.md lacks most of the model's clauses, amended ones among them: those findings carry the note.
    for (const name of [...DRAFTS, '../../../samples/drafts/ok.md']) {
      const r = checkDraft(readFileSync(join(cases, name), 'utf8'), { date: '2026-08-01' });
      const amended = r.findings.find((f) => f.ruleId === 'draft/model-amended');
      expect(amended?.message.en, name).toContain('from 2026-07-11');
      expect(amended?.message.ru, name).toContain('с 11.07.2026');
      expect(amended?.message.kk, name).toContain('(11.07.2026 бастап)');
      const noted = r.findings.filter((f) => f.note?.en.startsWith('Amended from'));
      if (name.endsWith('ok.md')) expect(noted.length, name).toBeGreaterThan(0);
      for (const f of r.findings) {
        expect(f.message.en, `${name} ${f.ruleId}`).not.toContain('11.07.2026');
        if (f.note) {
          expect(f.note.en, `${name} ${f.ruleId}`).not.toContain('11.07.2026');
          if (f.note.en.startsWith('Amended from')) expect(f.note.en).toContain('Amended from 2026-07-11 (');
        }
      }
    }
  });

  it('the text report\'s header in kk/ru; JSON keeps the ISO day', () => {
    const dir = tempDir('bagalau-day-words-');
    for (const lang of ['kk', 'ru'] as const) {
      const r = cli(['draft', 'check', join(cases, 'russian-model.md'), '--date', '2026-08-01', '--lang', lang, '--alignment', join(dir, `${lang}.md`)]);
      expect(r.stdout).toContain('asa-b-model (01.08.2026)');
      expect(r.stdout, lang).not.toMatch(ISO);
      expect(readFileSync(join(dir, `${lang}.md`), 'utf8')).not.toMatch(ISO);
    }
    const en = cli(['draft', 'check', join(cases, 'russian-model.md'), '--date', '2026-08-01', '--lang', 'en']);
    expect(en.stdout).toContain('asa-b-model (2026-08-01)');
    const json = JSON.parse(cli(['draft', 'check', join(cases, 'russian-model.md'), '--date', '2026-08-01', '--format', 'json', '--lang', 'ru']).stdout) as { results: Array<{ methodology: string; wording: string }> };
    expect(json.results[0]).toMatchObject({ methodology: 'asa-b-model (2026-08-01)', wording: '2025-07-28' });
  }, 60_000);
});

describe('the provisions Order No. 52 amends, named in the reader\'s language', () => {
  it('Russian and English name them in their words; Kazakh quotes the model\'s notes', () => {
    const f = checkDraft(readFileSync(join(cases, 'faithful.md'), 'utf8'), { date: '2026-08-01' }).findings.find((x) => x.ruleId === 'draft/model-amended');
    // as every clause is cited in Russian and English (src/law/cite-text.ts), from the pack's list of Order No. 52's provisions
    expect(f?.message.ru).toContain(': 4 п. 1 ч.; 5 п. 2 ч.; 9 п.; 10 п. 1 ч.; 13 п.; 18 п. 1 ч.; 23 п. 5 ч.; прил. 1; прил. 2. Нового текста у нас нет');
    expect(f?.message.en).toContain(': cl. 4 pt. 1; cl. 5 pt. 2; cl. 9; cl. 10 pt. 1; cl. 13; cl. 18 pt. 1; cl. 23 pt. 5; App. 1; App. 2. We do not hold');
    expect(f?.message.kk).toContain(': 4-тармақтың бірінші бөлігі; 5-тармақтың екінші бөлігі; 9-тармақ;');
    for (const lang of ['ru', 'en'] as const) expect(f?.message[lang]).not.toMatch(/тармақ|қосымша|бөлігі/);
  });
});
