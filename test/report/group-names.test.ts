/**
 * A body or unit typed by several HR officers: one with a double space, one with a no-break space copied from Word.
 * The reports show these names alike, so the summary counts them as one body and one unit (it listed «Управление
 * здравоохранения» three times, each with one file), the Findings rows name them as the summary does, and the same
 * servant's two files are a repeat.
 */
import { describe, expect, it } from 'vitest';
import { audit, groupName, totalLines } from '../../src/report/audit.js';
import { findingRows } from '../../src/report/rows.js';
import { formatHtml } from '../../src/report/html.js';
import type { ResultEntry } from '../../src/report/summary.js';
import { auditReport } from '../../src/serve/audit.js';
import type { FileResult } from '../../src/check/run.js';

const finding = { ruleId: 'mic-2018/commission-size', severity: 'error' as const, path: '', message: { kk: 'к', ru: 'р', en: 'e' } };
const entry = (file: string, body: string, unit: string, id: string): ResultEntry => ({
  file,
  servant: { id, fullName: 'Иванов Сергей Петрович', body, unit },
  period: { from: '2025-01-01', to: '2025-12-31' },
  findings: [finding],
});
const RESULTS = [
  entry('a.yaml', 'Управление здравоохранения', 'Отдел кадров', 'A1'),
  entry('b.yaml', 'Управление\u00a0здравоохранения', 'Отдел кадров', 'A1'),
  entry('c.yaml', 'Управление  здравоохранения', 'Отдел \tкадров', 'A3'),
];

describe('bodies and units named with other white space', () => {
  it('are one body and one unit in the summary, and the Findings rows name them so', () => {
    const a = audit(RESULTS);
    expect(a.bodies.map((b) => b.body)).toEqual(['Управление здравоохранения']);
    expect(a.bodies[0]!.units.map((u) => [u.unit, u.files, u.errors])).toEqual([['Отдел кадров', 3, 3]]);
    expect([...findingRows(RESULTS, 'ru')].map((r) => `${r.body}|${r.unit}`)).toEqual(Array(3).fill('Управление здравоохранения|Отдел кадров'));
    // the servant A1 in a.yaml and b.yaml: one body, so one evaluation in two files
    expect(a.repeats.map((g) => [g.servant.body, g.files.map((f) => f.file)])).toEqual([['Управление здравоохранения', ['a.yaml', 'b.yaml']]]);
  });

  it('keeps names that differ in their letters apart, and a name with single spaces as it is', () => {
    expect(audit([entry('a.yaml', 'Управление здравоохранения', 'Отдел кадров', 'A1'), entry('b.yaml', 'Управление образования', 'Отдел кадров', 'A2')]).bodies).toHaveLength(2);
    const name = 'Аппарат акима области';
    expect(groupName(name)).toBe(name);
    expect(groupName(undefined)).toBeNull();
  });
});

describe('a name with a space left at its end (a cell copied from a spreadsheet)', () => {
  it('is grouped with the same name typed without it', () => {
    expect(groupName('Управление здравоохранения ')).toBe('Управление здравоохранения');
    expect(groupName('\u00a0Отдел кадров')).toBe('Отдел кадров');
    const a = audit([entry('a.yaml', 'Управление здравоохранения', 'Отдел кадров', 'A1'), entry('b.yaml', 'Управление здравоохранения ', 'Отдел кадров ', 'A2')]);
    expect(a.bodies.map((b) => [b.body, b.units.map((u) => [u.unit, u.files])])).toEqual([['Управление здравоохранения', [['Отдел кадров', 2]]]]);
  });
});

describe("the HTML's servant sections", () => {
  it('sort a body typed with a space before it among its twins, not before every other body', () => {
    // « Управление здравоохранения» sorts before «Аппарат акима» by its raw letters (a space before any letter)
    const results = [
      entry('a.yaml', 'Аппарат акима', 'Отдел кадров', 'A1'),
      entry('b.yaml', 'Управление здравоохранения', 'Отдел кадров', 'A2'),
      entry('c.yaml', ' Управление\u00a0здравоохранения', 'Отдел кадров', 'A3'),
    ];
    const html = formatHtml(results, 'ru');
    const order = [...html.matchAll(/<code>([abc]\.yaml)<\/code>/g)].map((m) => m[1]);
    expect(order.filter((f, i) => order.indexOf(f) === i)).toEqual(['a.yaml', 'b.yaml', 'c.yaml']);
  });
});

describe('the summary in the reader\'s alphabet, the files that are no body\'s apart', () => {
  const one = (file: string, body: string | undefined, findings: ResultEntry['findings'] = [finding]): ResultEntry => ({ file, ...(body ? { servant: { body, unit: 'Аппарат' } } : {}), findings });
  const input = { ruleId: 'input', severity: 'error' as const, path: '', message: { kk: 'к', ru: 'р', en: 'e' } };
  const session = { ruleId: 'session-file', severity: 'info' as const, path: '', message: { kk: 'к', ru: 'р', en: 'e' } };
  const results = [one('a.yaml', 'Есильский район'), one('b.yaml', 'Ёлкинский район'), one('c.yaml', undefined), one('d.yaml', undefined, [input, input]), one('e.yaml', undefined, [session])];

  it('orders the bodies as the reader\'s language does: Russian reads «Ё» as «Е», Kazakh puts «Е» before «Ё»', () => {
    expect(audit(results, 'ru').bodies.map((b) => b.body)).toEqual(['Ёлкинский район', 'Есильский район', null]);
    expect(audit(results, 'kk').bodies.map((b) => b.body)).toEqual(['Есильский район', 'Ёлкинский район', null]);
  });

  it('the same in the JSON the page\'s server gives (`POST /api/audit?lang=`), Kazakh when no language is asked', () => {
    const bodies = (lang?: 'kk' | 'ru') => auditReport(results as unknown as FileResult[], '2026-12-04', lang).audit.bodies.map((b) => b.body);
    expect(bodies('ru')).toEqual(['Ёлкинский район', 'Есильский район', null]);
    expect(bodies('kk')).toEqual(['Есильский район', 'Ёлкинский район', null]);
    expect(bodies()).toEqual(bodies('kk'));
  });

  it('counts a file not read and a session file apart from the bodies (the package of no body given stays there); all adds up', () => {
    const a = audit(results, 'ru');
    const files = (t: { files: number }) => t.files;
    expect(a.bodies.map((b) => files(b.total))).toEqual([1, 1, 1]);
    expect([a.packages, a.unread, a.sessions, a.total].map(files)).toEqual([3, 1, 1, 5]);
    expect(a.unread.errors).toBe(2);
    expect(a.rules.map((r) => r.ruleId)).toEqual(['mic-2018/commission-size']);
    expect(totalLines(a).map((t) => t.line)).toEqual(['packages', 'unread', 'sessions', 'all']);
    expect(totalLines(audit(results.slice(0, 3))).map((t) => t.line)).toEqual(['total']);
  });
});

describe('the HTML report says what its charts count and of which day it is', () => {
  it('names the charts by what their bars count, and puts the check date in the page title', () => {
    const html = formatHtml(RESULTS, 'ru', { today: '2026-12-04' });
    expect(html).toContain('<figcaption>Число ошибок и предупреждений по подразделениям</figcaption>');
    expect(html).toContain('<figcaption>Число ошибок и предупреждений по правилам</figcaption>');
    expect(html).toContain('<title>Отчёт о проверке пакетов оценки · 04.12.2026</title>');
  });
});
