/**
 * Every finding that points at a field says which field it is as the forms caption it (`Finding.field`):
 * a reader of the HTML or the spreadsheet holds the paper form, not the file, so «63:16» alone tells
 * them nothing. The runner names it from the pack's schema (src/check/field-place.ts); the text output
 * prints it on its own line unless the message already names it; the HTML report's place column shows it.
 */
import { describe, expect, it } from 'vitest';
import '../../src/acts/index.js'; // every pack, loaded
import { checkDocument } from '../../src/check/run.js';
import { createCalendar } from '../../src/law/calendar/index.js';
import { caseDoc, listCases } from '../../src/package/cases.js';
import { sessionLoader } from '../../src/package/load.js';
import { formatHtml } from '../../src/report/html.js';
import { formatTextEntry } from '../../src/report/text.js';

const calendar = createCalendar();
const resultOf = (pack: string, file: string) =>
  checkDocument(caseDoc(listCases(pack).find((c) => c.file.endsWith(`/${file}`))!), { today: '2026-11-22', calendar, loadSession: sessionLoader() });

describe('the field a finding points at, in words', () => {
  it('a wrong value: the form, the row and the column, in each language', () => {
    const f = resultOf('asa-a-corps', 'grade-above-five.yaml').findings.find((x) => x.ruleId === 'asa-a-corps/grade-range')!;
    expect(f.path).toBe('/forms/evaluationSheet/kpis/1/grade');
    expect(f.field).toEqual({
      kk: '«3-қосымша. Бағалау парағы» › «НМИ бойынша бағалар», 2-жол › «Баға (0-ден 5-ке дейін)*»',
      ru: '«Приложение 3. Оценочный лист» › «Оценки по ЦИ», строка 2 › «Оценка (от 0 до 5)*»',
      en: expect.stringMatching(/^«.+» › «.+», row 2 › «.+»$/),
    });
  });

  it('a finding in a session file is named from the session\'s schema, not the package\'s', () => {
    const r = resultOf('mic-2018', 'evaluation-after-return.yaml');
    const f = r.findings.find((x) => x.ruleId === 'mic-2018/evaluation-after-return')!;
    expect(f.file).toMatch(/sessions\//);
    expect(f.path).toBe('/date');
    // the package's own `/date` is not a field: without the session's base the runner would name nothing
    expect(f.field?.ru).toBe('«дата заседания»');
  });

  it('nothing is named where the schema captions no step (the forms object itself)', () => {
    const f = resultOf('mic-2018', 'refusal-act.yaml').findings.find((x) => x.ruleId === 'mic-2018/refusal-act');
    expect(f?.path).toBe('/forms');
    expect(f?.field).toBeUndefined();
  });

  it('the text output prints the field on its own line, unless the message names it already', () => {
    const wrong = resultOf('asa-a-corps', 'grade-above-five.yaml');
    const text = formatTextEntry({ ...wrong, file: 'p.yaml' }, 'ru');
    expect(text).toContain('\n      поле: «Приложение 3. Оценочный лист» › «Оценки по ЦИ», строка 2 › «Оценка (от 0 до 5)*»\n');
    const missing = resultOf('asa-a-corps', 'agreement-unsigned.yaml');
    expect(missing.findings.find((x) => x.ruleId === 'asa-a-corps/agreement-signed')!.field).toBeDefined();
    expect(formatTextEntry({ ...missing, file: 'p.yaml' }, 'ru')).not.toContain('поле:');
  });

  it('the HTML report shows the field in the place column, above line:column', () => {
    const r = resultOf('asa-a-corps', 'grade-above-five.yaml');
    const html = formatHtml([{ ...r, file: 'p.yaml' }], 'kk');
    expect(html).toMatch(/<td class="where"><span class="field">«3-қосымша\. Бағалау парағы» › «НМИ бойынша бағалар», 2-жол › «Баға \(0-ден 5-ке дейін\)\*»<\/span><code>\d+:\d+<\/code><\/td>/);
  });
});
