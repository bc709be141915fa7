/**
 * A schema finding names the field as the officer sees it on the form — the form (appendix) and the field by their
 * captions, a row by its number — in the user's language, and says what was expected and what was found; the JSON
 * Pointer stays its `path`. Kazakh captions are the schema's titles (the act's), Russian and English the working
 * translations of src/acts/field-labels.ts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/acts/registry.js';
import { schemaMessage } from '../../src/check/ajv-messages.js';
import { checkDocument } from '../../src/check/run.js';
import { createCalendar } from '../../src/law/calendar/index.js';
import type { Finding } from '../../src/law/finding.js';
import { docFromBytes } from '../../src/package/from-bytes.js';
import { sessionLoader } from '../../src/package/load.js';
import { tempDir } from '../temp.js';

await loadPack('mic-2018');
const calendar = createCalendar();
const VALID = readFileSync('samples/mic-2018/valid.yaml', 'utf8');
const check = (file: string, text: string) =>
  checkDocument(docFromBytes(file, new TextEncoder().encode(text)), { today: '2026-11-22', calendar, loadSession: sessionLoader() });
const schema = (text: string): Finding[] => check('p.yaml', text).findings.filter((f) => f.ruleId === 'schema');
const at = (fs: Finding[], path: string, keyword: string): Finding => {
  const f = fs.find((x) => x.path === path && x.facts?.['keyword'] === keyword);
  expect(f, `${keyword} at ${path}`).toBeDefined();
  return f!;
};

describe('schema findings name the field by its caption', () => {
  const broken = VALID.replace('    result: тиімді\n', '')
    .replace('date: 2026-01-09 }\n    year: 2025', 'date: 2026-01-09 }\n    year: "2025"')
    .replace('actual: 5, achieved: көрсеткішке қол жетпеді', 'actual: 5, achieved: жетпеді')
    .replace('planned: 12 }', "planned: '' }");
  const fs = schema(broken);

  it('a missing field: the form\'s caption, the field\'s caption and its key, in three languages; the pointer stays the path', () => {
    const f = at(fs, '/forms/kpiSheet', 'required');
    expect(f.message).toEqual({
      kk: '«НМИ бойынша бағалау парағы (2-қосымша; мәтінде 1-қосымша астында)»: міндетті «Бағалау нәтижесі (қанағаттанарлықсыз, қанағаттанарлық, тиімді, өте жақсы)» (result) өрісі жоқ',
      ru: '«Оценочный лист по целевым индикаторам (приложение 2; в тексте — под приложением 1)»: нет обязательного поля «Результат оценки (неудовлетворительно, удовлетворительно, эффективно, отлично)» (result)',
      en: '«KPI evaluation sheet (App. 2; printed under App. 1)»: required field «evaluation result (cl. 18)» (result) is missing',
    });
    expect(f.field).toEqual({
      kk: '«НМИ бойынша бағалау парағы (2-қосымша; мәтінде 1-қосымша астында)»',
      ru: '«Оценочный лист по целевым индикаторам (приложение 2; в тексте — под приложением 1)»',
      en: '«KPI evaluation sheet (App. 2; printed under App. 1)»',
    });
  });

  it('a wrong type: expected and found', () => {
    expect(at(fs, '/forms/kpiSheet/year', 'type').message.ru).toBe('«Оценочный лист по целевым индикаторам (приложение 2; в тексте — под приложением 1)» › «год (оцениваемый год)»: должно быть целое число; указано: текст «2025»');
    expect(at(fs, '/forms/kpiSheet/year', 'type').message.kk).toMatch(/› «жыл \(бағаланатын жыл\)»: бүтін сан болуы тиіс; берілгені: «2025» мәтіні$/);
  });

  it('a row of a list by its number, the value found beside the act\'s values', () => {
    const f = at(fs, '/forms/kpiSheet/kpis/3/achieved', 'enum');
    expect(f.message.kk).toBe(
      '«НМИ бойынша бағалау парағы (2-қосымша; мәтінде 1-қосымша астында)» › «нысаналы мақсатты индикаторлар», 4-жол › «Көрсеткішке қол жетті/көрсеткішке қол жетпеді»: мәні актідегі мәндердің бірі болуы тиіс: «көрсеткішке қол жетті», «көрсеткішке қол жетпеді»; берілгені: «жетпеді»',
    );
    expect(f.message.en).toContain('«KPIs (five, cl. 14)», row 4 › «achieved / not achieved»: ');
  });

  it('a number-or-text value is one finding that says both ways', () => {
    const here = fs.filter((f) => f.path === '/forms/workPlan/kpis/0/planned');
    expect(here.map((f) => f.message.ru)).toEqual(['«Индивидуальный план работы (приложение 1, восстановлено)» › «целевые индикаторы», строка 1 › «Плановое значение»: должно быть число или непустой текст; указано: пустой текст']);
  });

  it('a field outside the forms, and a date said as written', () => {
    const f = at(schema(VALID.replace('appointedOn: 2023-03-01', 'appointedOn: 2023-02-30')), '/servant/appointedOn', 'format');
    expect(f.message.en).toBe('«the servant evaluated» › «date of appointment to this position (or of return from social leave / studies)»: must be a real date written YYYY-MM-DD, in the years 1000–9998; found: «2023-02-30»');
  });

  it('a session file\'s field, by the session\'s captions (the file is the finding\'s own)', () => {
    const dir = tempDir('bagalau-schema-msg-');
    mkdirSync(join(dir, 'sessions'));
    const session = readFileSync('samples/mic-2018/sessions/commission-2026-01.yaml', 'utf8').replace('voting: open', 'voting: opened');
    writeFileSync(join(dir, 'sessions', 'commission-2026-01.yaml'), session);
    writeFileSync(join(dir, 'p.yaml'), VALID);
    const r = check(join(dir, 'p.yaml'), VALID);
    const f = r.findings.find((x) => x.ruleId === 'schema')!;
    expect([f.path, f.file?.endsWith('commission-2026-01.yaml'), f.message.ru]).toEqual(['/voting', true, '«способ голосования»: значение должно быть одним из: «открытое голосование» (open), «тайное голосование» (secret) — в файл пишется код в скобках; указано: «opened»']);
  });
});

describe('a count of rows in Russian takes the genitive its number asks for', () => {
  const said = (keyword: 'minItems' | 'maxItems', limit: number, rows: number) =>
    schemaMessage({ keyword, params: { limit }, data: Array.from({ length: rows }, () => ({})), instancePath: '', schemaPath: '' } as never).ru;
  it('«не менее 1 строки», «из 0 строк», «не более 21 строки», «из 2 строк»', () => {
    expect(said('minItems', 1, 0)).toBe('должно быть не менее 1 строки; указано: список из 0 строк');
    expect(said('maxItems', 21, 22)).toBe('не более 21 строки; указано: список из 22 строк');
    expect(said('maxItems', 2, 3)).toBe('не более 2 строк; указано: список из 3 строк');
    expect(said('minItems', 5, 1)).toBe('должно быть не менее 5 строк; указано: список из 1 строки');
  });
});
