/**
 * A chapter its author numbered in Roman figures («Глава II», «II тарау»). It is read as the number it is
 * (`chapter-heading.ts`), and findings named it in digits: «пункт 2 главы 2» for a clause of «Глава II», a
 * chapter the draft does not have as its author wrote it. Now a finding names the chapter by the author's
 * numeral («пункт 2 главы II», «жобаның II тарауының 2-тармағы», «clause 2 of chapter II»); its facts keep the
 * number (2), and a chapter numbered in digits is named as before.
 */
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/draft/check.js';

const DATE = '2026-01-15';

/** A methodology whose clauses are numbered again in each chapter, so findings name a clause with its chapter. */
const draft = (one: string, two: string): string => [
  '# Методика оценки деятельности административных государственных служащих корпуса «Б»', '',
  `### ${one}. Общие положения`, '',
  '1. Настоящая Методика определяет порядок оценки.', '',
  '2. Оценка проводится по итогам квартала.', '',
  `### ${two}. Порядок проведения оценки`, '',
  '1. Оценка проводится службой управления персоналом.', '',
  '2. Оценка включает:', '',
  '1) сбор сведений;', '',
  '3) подведение итогов.', '',
].join('\n');

const gap = (md: string) => checkDraft(md, { date: DATE }).findings
  .find((f) => f.ruleId === 'draft/numbering-gap' && f.facts?.['series'] === 'subclause');

describe('a chapter numbered in Roman figures is named in findings as its author wrote it', () => {
  it('«Глава II»: «пункт 2 главы II» in kk/ru/en; the facts keep the number', () => {
    const f = gap(draft('Глава I', 'Глава II'));
    expect(f?.message).toEqual({
      kk: 'тармақша нөмірлеуінде бос орын: 2 жоқ, 3 келеді (жобаның II тарауының 2-тармағы)',
      ru: 'подпункт: пропуск в нумерации, нет 2, далее 3 (пункт 2 главы II)',
      en: 'sub-clause numbering skips 2: 3 follows 1 (clause 2 of chapter II)',
    });
    expect(f?.facts).toMatchObject({ clause: 2, chapter: 2 });
  });

  it('the Cyrillic look-alike «Глава ІІ» is quoted as typed; «Глава 2» in digits as before', () => {
    expect(gap(draft('Глава І', 'Глава ІІ'))?.message.ru).toBe('подпункт: пропуск в нумерации, нет 2, далее 3 (пункт 2 главы ІІ)');
    expect(gap(draft('Глава 1', 'Глава 2'))?.message).toEqual({
      kk: 'тармақша нөмірлеуінде бос орын: 2 жоқ, 3 келеді (жобаның 2-тарауының 2-тармағы)',
      ru: 'подпункт: пропуск в нумерации, нет 2, далее 3 (пункт 2 главы 2)',
      en: 'sub-clause numbering skips 2: 3 follows 1 (clause 2 of chapter 2)',
    });
  });

  it('a clause numbering gap inside «Глава II» names the chapter so', () => {
    const md = draft('Глава I', 'Глава II').replace('2. Оценка включает:', '3. Оценка включает:');
    const f = checkDraft(md, { date: DATE }).findings.find((x) => x.ruleId === 'draft/numbering-gap' && x.facts?.['series'] === 'clause');
    expect(f?.message.ru).toMatch(/\(глава II\)$/u);
    expect(f?.message.kk).toMatch(/\(II тарау\)$/u);
    expect(f?.message.en).toMatch(/\(chapter II\)$/u);
  });
});
