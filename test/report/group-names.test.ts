/**
 * A body or unit typed by several HR officers: one with a double space, one with a no-break space copied from Word.
 * The reports show these names alike, so the summary counts them as one body and one unit (it listed «Управление
 * здравоохранения» three times, each with one file), the Findings rows name them as the summary does, and the same
 * servant's two files are a repeat.
 */
import { describe, expect, it } from 'vitest';
import { audit, groupName } from '../../src/report/audit.js';
import { findingRows } from '../../src/report/rows.js';
import { formatHtml } from '../../src/report/html.js';
import type { ResultEntry } from '../../src/report/summary.js';

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
