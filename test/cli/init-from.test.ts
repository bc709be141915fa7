/**
 * `bagalau init --from` with `--sheet` (which sheet of a workbook, by name or number) and `--body` / `--set FIELD=VALUE`
 * (one value for every row of a field the list has no column for): the import's `sheet=` and `values=` from the command
 * line. A sheet not there, a bad `--set`, a value the field refuses: said in the user's language, exit 2, nothing written.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { officeWorkbook, sheetPerDepartment } from '../serve/helpers.js';
import { tempDir } from '../temp.js';

const BODY = 'Аппарат акима Сарыаркинского района';

let departments: string;
let office: string;
beforeAll(async () => {
  const src = tempDir('bagalau-init-from-src-');
  departments = join(src, 'отделы.xlsx');
  office = join(src, 'список.xlsx');
  writeFileSync(departments, await sheetPerDepartment());
  writeFileSync(office, await officeWorkbook());
});

/** `init --from FILE … -o <a new folder>/out` with `args`: the exit code, stderr, and the packages' servants by file. */
function initFrom(file: string, args: string[], lang: 'kk' | 'ru' | 'en' = 'en') {
  const out = join(tempDir('bagalau-init-from-'), 'out');
  const r = spawnSync('node', ['dist/src/cli/main.js', 'init', '--from', file, '--methodology', 'asa-b-model', '--period', '2026-Q1', '-o', out, '--lang', lang, ...args], { encoding: 'utf8' });
  const files = existsSync(out) ? readdirSync(out).sort() : [];
  const servants = files.map((f) => (parseYaml(readFileSync(join(out, f), 'utf8')) as { servant: Record<string, unknown> }).servant);
  return { status: r.status, stderr: r.stderr, out, files, servants };
}

describe('init --from --sheet', () => {
  it('a workbook with a list on two sheets: the first by default, the one named, the one numbered as Excel shows the tabs', () => {
    const first = initFrom(departments, []);
    expect(first.status).toBe(0);
    expect(first.servants.map((s) => s['fullName'])).toEqual(['Иванова Мария', 'Сейткали Айгерим']);
    expect(first.stderr).toMatch(/^sheet: «Отдел кадров» \(sheets holding a list: «Отдел кадров», «Финансовый отдел»\)$/m);
    const named = initFrom(departments, ['--sheet', 'Финансовый отдел']);
    expect(named.status).toBe(0);
    expect(named.files).toEqual(['002-Петров-Пётр-2026-Q1.yaml', '003-Омарова-Дана-2026-Q1.yaml', '004-Ким-Ольга-2026-Q1.yaml']);
    expect(named.stderr).toMatch(/^sheet: «Финансовый отдел»/m);
    // the third tab (after «Инструкция» and «Отдел кадров»)
    const numbered = initFrom(departments, ['--sheet', '3']);
    expect(numbered.status).toBe(0);
    expect(numbered.files).toEqual(named.files);
    expect(initFrom(departments, ['--sheet', '2']).servants.map((s) => s['fullName'])).toEqual(['Иванова Мария', 'Сейткали Айгерим']);
  });

  it('a sheet that is not there, by name or number, or a sheet of a CSV: said with the sheets there are, exit 2, no folder made', () => {
    const ru = initFrom(departments, ['--sheet', 'Бухгалтерия'], 'ru');
    expect(ru.status).toBe(2);
    expect(ru.stderr).toBe(`bagalau: «${departments}»: нет листа «Бухгалтерия» (листы: «Инструкция», «Отдел кадров», «Финансовый отдел»)\n`);
    expect(existsSync(ru.out)).toBe(false);
    const kk = initFrom(departments, ['--sheet', '4'], 'kk');
    expect(kk.status).toBe(2);
    expect(kk.stderr).toBe(`bagalau: «${departments}»: «4» парағы жоқ (парақтары: «Инструкция», «Отдел кадров», «Финансовый отдел»)\n`);
    expect(existsSync(kk.out)).toBe(false);
    const csv = join(tempDir('bagalau-init-from-src-'), 'staff.csv');
    writeFileSync(csv, `ФИО;Должность;Категория;Государственный орган;Дата назначения\nИванов Иван;Специалист;C-O-5;Аппарат;01.02.2023\n`);
    expect(initFrom(csv, []).files).toEqual(['002-Иванов-Иван-2026-Q1.yaml']);
    const en = initFrom(csv, ['--sheet', '1']);
    expect(en.status).toBe(2);
    expect(en.stderr).toBe(`bagalau: «${csv}»: a CSV file has no sheets (sheet «1» was asked for)\n`);
    expect(existsSync(en.out)).toBe(false);
  });
});

describe('init --from --body / --set', () => {
  it('a list that names its state body only above the header: refused without --body, every package has it with', () => {
    const without = initFrom(office, [], 'ru');
    expect(without.status).toBe(2);
    expect(without.stderr).toMatch(/^bagalau: Нет столбца: государственный орган/);
    expect(existsSync(without.out)).toBe(false);
    const typed = initFrom(office, ['--body', `  ${BODY} `], 'ru');
    expect(typed.files).toHaveLength(4);
    expect(typed.servants.map((s) => s['body'])).toEqual([BODY, BODY, BODY, BODY]);
    expect(typed.stderr).toContain(`  государственный орган [body] = «${BODY}» (для каждой строки)\n`);
    // the same through --set
    expect(initFrom(office, ['--set', `body=${BODY}`]).servants.map((s) => s['body'])).toEqual([BODY, BODY, BODY, BODY]);
  });

  it('--set gives any text field one value for every row; a list with its own column keeps it and says the value is not used', () => {
    const unit = initFrom(departments, ['--sheet', 'Финансовый отдел', '--set', 'unit=Финансовый отдел', '--set', 'directSupervisor=Омаров А. = руководитель']);
    expect(unit.servants.map((s) => [s['unit'], s['directSupervisor']])).toEqual(Array(3).fill(['Финансовый отдел', 'Омаров А. = руководитель']));
    const own = initFrom(departments, ['--body', 'Другой орган']);
    expect(own.status).toBe(0);
    expect(own.servants.map((s) => s['body'])).toEqual(['Аппарат акима района', 'Аппарат акима района']);
    expect(own.stderr).toContain('«Другой орган» not used: the list has a column «Государственный орган» for body\n');
  });

  it('a bad --set, a field each servant has of their own, an empty or a second value: said before anything is read, exit 2, nothing written', () => {
    const cases: [string[], 'kk' | 'ru' | 'en', string][] = [
      [['--set', 'body'], 'en', '--set «body»: write FIELD=VALUE (fields: id (personnel number), fullName (full name), position (position), category (category), unit (unit), body (state body), directSupervisor (direct supervisor), superiorManager (superior manager), unitHead (head of unit))'],
      [['--set', 'орган=Аппарат'], 'ru', '--set «орган=Аппарат»: нет поля «орган»; одно значение для всех строк задаётся полям: id (табельный номер), fullName (ФИО), position (должность), category (категория), unit (структурное подразделение), body (государственный орган), directSupervisor (непосредственный руководитель), superiorManager (вышестоящий руководитель), unitHead (руководитель подразделения)'],
      [['--set', 'appointedOn=01.01.2024'], 'en', "--set «appointedOn=01.01.2024»: «appointed on» is each servant's own (a date or a yes/no), not one value for every row; these are: id (personnel number), fullName (full name), position (position), category (category), unit (unit), body (state body), directSupervisor (direct supervisor), superiorManager (superior manager), unitHead (head of unit)"],
      [['--set', 'managerial=иә'], 'kk', '--set «managerial=иә»: «басшы лауазым» әр қызметшінің өзінікі (күн не иә/жоқ), барлық жолға бір мән берілмейді; беріледі: id (табель нөмірі), fullName (Т.А.Ә.), position (лауазымы), category (санаты), unit (құрылымдық бөлімше), body (мемлекеттік орган), directSupervisor (тікелей басшы), superiorManager (жоғары тұрған басшы), unitHead (бөлімше басшысы)'],
      [['--body', ' '], 'ru', '--body « »: значение «государственный орган» пусто'],
      [['--body', BODY, '--set', 'body=Другой'], 'en', '--set «body=Другой»: «state body» is given twice («Аппарат акима Сарыаркинского района» and «Другой»)'],
    ];
    for (const [args, lang, message] of cases) {
      const r = initFrom(office, args, lang);
      expect(r.stderr, args.join(' ')).toBe(`bagalau: ${message}\n`);
      expect(r.status, args.join(' ')).toBe(2);
      expect(existsSync(r.out), args.join(' ')).toBe(false);
    }
  });

  it('a list with no column for the state body: the refusal names --map with a column of the list, --body and --set; each way out imports', () => {
    const csv = join(tempDir('bagalau-init-from-src-'), 'staff.csv');
    writeFileSync(csv, 'ФИО;Должность;Категория;Примечание;Дата назначения\nИванов Иван;Специалист;C-O-5;Аппарат;01.02.2023\n');
    const en = initFrom(csv, []);
    expect(en.status).toBe(2);
    expect(en.stderr).toBe(
      'bagalau: No column for: state body (headers: ФИО, Должность, Категория, Примечание, Дата назначения)\n' +
        '  state body [body]: name the column that holds it, e.g. --map "Примечание=body", or give every row one value: --body "VALUE" or --set "body=VALUE"\n',
    );
    expect(existsSync(en.out)).toBe(false);
    const ru = initFrom(csv, [], 'ru');
    expect(ru.stderr).toContain('\n  государственный орган [body]: назовите столбец, где оно есть, например --map "Примечание=body", или задайте одно значение для всех строк: --body "ЗНАЧЕНИЕ" или --set "body=ЗНАЧЕНИЕ"\n');
    const kk = initFrom(csv, [], 'kk');
    expect(kk.stderr).toContain('\n  мемлекеттік орган [body]: оны қамтитын бағанды атаңыз, мысалы --map "Примечание=body", не барлық жолға бір мән беріңіз: --body "МӘН" не --set "body=МӘН"\n');
    // each way out the hint names
    expect(initFrom(csv, ['--body', BODY]).servants.map((s) => s['body'])).toEqual([BODY]);
    expect(initFrom(csv, ['--set', `body=${BODY}`]).servants.map((s) => s['body'])).toEqual([BODY]);
    expect(initFrom(csv, ['--map', 'Примечание=body']).servants.map((s) => s['body'])).toEqual(['Аппарат']);
  });

  it("a list with no column for a date: the refusal names --map only (a date is each servant's own); no column left to name: COLUMN", () => {
    const dir = tempDir('bagalau-init-from-src-');
    const spare = join(dir, 'spare.csv');
    writeFileSync(spare, 'ФИО;Должность;Категория;Государственный орган;Назначен на должность\nИванов Иван;Специалист;C-O-5;Аппарат;01.02.2023\n');
    const r = initFrom(spare, []);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'bagalau: No column for: appointed on (headers: ФИО, Должность, Категория, Государственный орган, Назначен на должность)\n' +
        '  appointed on [appointedOn]: name the column that holds it, e.g. --map "Назначен на должность=appointedOn"\n',
    );
    expect(r.stderr).not.toMatch(/every row|--set|--body/);
    expect(initFrom(spare, ['--map', 'Назначен на должность=appointedOn']).servants.map((s) => s['appointedOn'])).toEqual(['2023-02-01']);
    // every column taken: the hint names the placeholder, and both missing fields, each with its own ways out
    const none = join(dir, 'none.csv');
    writeFileSync(none, 'ФИО;Должность;Категория\nИванов Иван;Специалист;C-O-5\n');
    const ru = initFrom(none, [], 'ru');
    expect(ru.status).toBe(2);
    expect(ru.stderr.split('\n').slice(1)).toEqual([
      '  государственный орган [body]: назовите столбец, где оно есть: --map "СТОЛБЕЦ=body", или задайте одно значение для всех строк: --body "ЗНАЧЕНИЕ" или --set "body=ЗНАЧЕНИЕ"',
      '  дата назначения [appointedOn]: назовите столбец, где оно есть: --map "СТОЛБЕЦ=appointedOn"',
      '',
    ]);
  });

  it('--sheet, --body, --set or --map without --from: the user meant an import, said so', () => {
    for (const opt of [['--sheet', '2'], ['--body', BODY], ['--set', 'unit=X'], ['--map', 'A=fullName']]) {
      const out = join(tempDir('bagalau-init-from-'), 'x.yaml');
      const r = spawnSync('node', ['dist/src/cli/main.js', 'init', 'asa-b-model', '-o', out, '--lang', 'en', ...opt], { encoding: 'utf8' });
      expect(r.stderr).toBe(`bagalau: ${opt[0]} goes with --from a staff list only\n`);
      expect(r.status).toBe(2);
      expect(existsSync(out)).toBe(false);
    }
  });
});
