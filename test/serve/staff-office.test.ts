/**
 * The staff list a district akimat's office really keeps, read by the import (the page's and `init --from`'s): the
 * body's name and a title above a header of two rows (merged cells: «Ф.И.О.» over nothing, «Руководитель» over
 * «непосредственный» | «вышестоящий», «Дата назначения» on two lines in one cell), a row of column numbers, a
 * «№ п/п» column, each department's name on a row of its own above its servants, empty rows between departments,
 * dates as Excel dates, as text, as «05.01.2024 г.» and as Excel serial numbers, a second sheet; the same list as
 * LibreOffice saves it in the old Excel format, as OpenDocument and as a windows-1251 CSV. No value the file does not
 * hold is made up: a row that cannot be read is named by its row number with why, the good rows are kept.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { createContext, importStaff } from '../../src/serve/api.js';
import { HttpError } from '../../src/serve/http.js';
import { staffDate } from '../../src/serve/staff.js';
import { readFlatOdsSheets } from '../../src/serve/ods.js';
import { tempDir } from '../temp.js';
import { officeWorkbook, sheetPerDepartment } from './helpers.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');

const BODY = 'Аппарат акима Сарыаркинского района';

async function importList(name: string, bytes: Uint8Array, extra: { values?: Record<string, string>; dry?: boolean; sheet?: string } = {}) {
  const dir = tempDir('bagalau-office-');
  const ctx = createContext(dir, () => '2026-06-01');
  const files = new Map<string, Record<string, unknown>>();
  const result = await importStaff(ctx, name, bytes, {
    methodology: 'asa-b-model', period: '2026-Q1', outDir: 'staff', ...extra,
    write: (rel, text) => void files.set(rel, (parseYaml(text) as { servant: Record<string, unknown> }).servant),
  });
  return { result, files, rejected: result.rejected.map((r) => `${r.rowNo}: ${r.problems.map((p) => p.ru).join('; ')}`) };
}

const failure = async (p: Promise<unknown>): Promise<HttpError> => {
  try {
    await p;
  } catch (e) {
    if (e instanceof HttpError) return e;
    throw e;
  }
  throw new Error('no error');
};

describe('the office\'s staff list', () => {
  it('a header of two rows with merged cells and a row of column numbers: each column named, the numbers not a servant', async () => {
    const { result } = await importList('список.xlsx', await officeWorkbook(), { dry: true, values: { body: BODY } });
    expect(result.headerRow).toBe(4);
    expect(result.sheet).toBe('Список');
    expect(Object.fromEntries(result.mapping.filter((m) => m.column).map((m) => [m.field, m.column]))).toEqual({
      fullName: 'Ф.И.О.', position: 'Должность', category: 'Категория', appointedOn: 'Дата\nназначения',
      directSupervisor: 'Руководитель непосредственный', superiorManager: 'Руководитель вышестоящий', managerial: 'Руководящая должность',
    });
    expect(result.unmatched).toEqual(['№ п/п']);
    // rows 5 (the header's second row) and 6 (1 | 2 | 3 …) are neither servants nor rows refused
    expect(result.rejected.map((r) => r.rowNo)).toEqual([14]);
  });

  it('a department on a row of its own is the unit of the servants under it; every way of writing a date is read; the bad row is named', async () => {
    const { result, files, rejected } = await importList('список.xlsx', await officeWorkbook(), { values: { body: BODY } });
    expect(result.units).toEqual([{ rowNo: 7, name: 'Отдел кадров' }, { rowNo: 11, name: 'Финансовый отдел' }]);
    const servant = (row: number) => [...files.entries()].find(([k]) => k.startsWith(`staff/${String(row).padStart(3, '0')}-`))?.[1];
    expect([...files.keys()]).toEqual([
      'staff/008-Иванова-Мария-Петровна-2026-Q1.yaml', 'staff/009-Сейткали-Айгерим-Бакытжановна-2026-Q1.yaml',
      'staff/012-Петров-Пётр-Петрович-2026-Q1.yaml', 'staff/013-Омарова-Дана-2026-Q1.yaml',
    ]);
    expect(servant(8)).toEqual({ fullName: 'Иванова Мария Петровна', position: 'Главный специалист', category: 'Е-R-3', unit: 'Отдел кадров', body: BODY, appointedOn: '2023-02-01', directSupervisor: 'Серіков Ерлан', superiorManager: 'Ахметов Б.', managerial: false });
    expect(servant(9)).toMatchObject({ unit: 'Отдел кадров', appointedOn: '2024-01-05', superiorManager: 'Аким района', managerial: true, category: 'Е-R-3' });
    // «05.01.2024 г.» and the serial number 45296 are both 05.01.2024
    expect(servant(12)).toMatchObject({ unit: 'Финансовый отдел', appointedOn: '2024-01-05', category: 'Е-R-3' });
    // the codes as the list spells them («E–R-3» with a Latin E and a dash, «Е-R3») written as the act prints them, and said
    expect(result.written.map((w) => [w.rowNo, w.notes?.map((n) => n.ru)])).toEqual([
      [8, undefined],
      [9, ['«категория»: «E–R-3» записана как в акте, «Е-R-3» (латинская «E» прочитана как кириллическая «Е»; «–» прочитано как дефис «-»; asa-b-model, cl. 17 pt. 1)']],
      [12, ['«категория»: «Е-R3» записана как в акте, «Е-R-3» (перед номером категории добавлен дефис; asa-b-model, cl. 17 pt. 1)']],
      [13, undefined],
    ]);
    expect(servant(13)).toMatchObject({ unit: 'Финансовый отдел', appointedOn: '2024-01-05' });
    expect(rejected).toEqual(['14: «дата назначения»: «31.02.2024» не дата (ДД.ММ.ГГГГ)']);
  });

  it('the state body named only above the list: the preview says its column is missing, a value typed for every row fills it', async () => {
    const dry = await importList('список.xlsx', await officeWorkbook(), { dry: true });
    expect(dry.result.missing?.ru).toBe('Нет столбца: государственный орган');
    expect(dry.files.size).toBe(0);
    const typed = await importList('список.xlsx', await officeWorkbook(), { values: { body: `  ${BODY} ` } });
    expect([...typed.files.values()].map((s) => s['body'])).toEqual([BODY, BODY, BODY, BODY]);
  });

  it('the list saved by Excel as CSV on a Russian Windows (windows-1251, «;»): the same servants; a Kazakh letter lost to «?» is named, not written', async () => {
    const { result, files, rejected } = await importList('список.csv', readFileSync(join(FIXTURES, 'staff-office-1251.csv')), { values: { body: BODY } });
    expect(result.headerRow).toBe(4);
    expect(result.units.map((u) => u.rowNo)).toEqual([7, 11]);
    expect([...files.values()].map((s) => [s['fullName'], s['unit'], s['appointedOn']])).toEqual([
      ['Иванова Мария Петровна', 'Отдел кадров', '2023-02-01'],
      ['Сейткали Айгерим Бакытжановна', 'Отдел кадров', '2024-01-05'],
      ['Петров Пётр Петрович', 'Финансовый отдел', '2024-01-05'],
      ['Омарова Дана', 'Финансовый отдел', '2024-01-05'],
    ]);
    expect(rejected).toEqual(['14: «ФИО»: «?асымов Ерлан» — «?» на месте буквы: в CSV в кодировке windows-1251 казахские буквы теряются. Сохраните список как .xlsx или «CSV UTF-8»; «дата назначения»: «31.02.2024» не дата (ДД.ММ.ГГГГ)']);
  });

  it('the list saved as Excel 97–2003 (.xls), under its own name or as .xlsx: what to do, in words', async () => {
    for (const as of ['список.xls', 'список.xlsx']) {
      const e = await failure(importList(as, readFileSync(join(FIXTURES, 'staff-office.xls'))));
      expect(e.status, as).toBe(400);
      expect(e.text.ru, as).toMatch(/Откройте файл в Excel или LibreOffice Calc, выберите «Сохранить как» → «Книга Excel \(\*\.xlsx\)»/);
      expect(e.text.kk).toMatch(/«Excel жұмыс кітабы \(\*\.xlsx\)»/);
      expect(e.text.ru).toMatch(/Excel 97–2003/);
    }
  });

  it('the list as LibreOffice Calc saves it (OpenDocument, .ods), under its own name or as .xlsx: the same servants, merged cells and all', async () => {
    for (const as of ['список.ods', 'список.xlsx']) {
      const { result, files, rejected } = await importList(as, readFileSync(join(FIXTURES, 'staff-office.ods')), { values: { body: BODY } });
      expect(result.sheet, as).toBe('Список');
      expect(result.headerRow).toBe(4);
      expect(result.units).toEqual([{ rowNo: 7, name: 'Отдел кадров' }, { rowNo: 11, name: 'Финансовый отдел' }]);
      expect(Object.fromEntries(result.mapping.filter((m) => m.column).map((m) => [m.field, m.column]))).toMatchObject({
        fullName: 'Ф.И.О.', directSupervisor: 'Руководитель непосредственный', superiorManager: 'Руководитель вышестоящий',
      });
      expect(result.unmatched).toEqual(['№ п/п']);
      expect([...files.values()].map((s) => [s['fullName'], s['unit'], s['appointedOn'], s['managerial']])).toEqual([
        ['Иванова Мария Петровна', 'Отдел кадров', '2023-02-01', false],
        ['Сейткали Айгерим Бакытжановна', 'Отдел кадров', '2024-01-05', true],
        ['Петров Пётр Петрович', 'Финансовый отдел', '2024-01-05', false],
        ['Омарова Дана', 'Финансовый отдел', '2024-01-05', false],
      ]);
      expect(rejected).toEqual(['14: «дата назначения»: «31.02.2024» не дата (ДД.ММ.ГГГГ)']);
    }
  });

  it('the list as flat OpenDocument (.fods, one XML file Calc writes): the same servants as the .ods; a flat text document is refused', async () => {
    const fods = readFileSync(join(FIXTURES, 'staff-office.fods'));
    const ods = await importList('список.ods', readFileSync(join(FIXTURES, 'staff-office.ods')), { values: { body: BODY } });
    for (const as of ['список.fods', 'список.xml']) {
      const { result, files, rejected } = await importList(as, fods, { values: { body: BODY } });
      expect(result.sheet, as).toBe('Список');
      expect(result.headerRow).toBe(4);
      expect(result.units).toEqual(ods.result.units);
      expect(result.mapping).toEqual(ods.result.mapping);
      expect([...files.values()]).toEqual([...ods.files.values()]);
      expect(files.size).toBe(4);
      expect(rejected).toEqual(ods.rejected);
    }
    const fodt = new TextEncoder().encode(new TextDecoder().decode(fods).replace('opendocument.spreadsheet"', 'opendocument.text"'));
    const e = await failure(importList('список.fods', fodt));
    expect(e.text.ru).toMatch(/^«список\.fods»: это не таблица OpenDocument \(\.ods\), прочитать её нельзя\. Откройте файл в Excel или LibreOffice Calc/);
    const broken = await failure(importList('список.fods', fods.subarray(0, fods.length / 2)));
    expect(broken.text.en).toMatch(/^«список\.fods»: the ODS could not be read \(fods: /);
  });

  // sweep, 07.12.2026: a merged cell lent its value to each cell it covers as a map entry — a cell spanning 256 columns
  // × 5,000 rows made 1.28 M of them, and 200 such cells in a 40 KB .fods took 200 s of CPU
  it('merged cells read as their master, and cells spanning a whole sheet cost no more than their columns', async () => {
    const flat = (rows: string): Uint8Array => strToU8(`<?xml version="1.0"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:mimetype="application/vnd.oasis.opendocument.spreadsheet"><office:body><office:spreadsheet><table:table table:name="S">${rows}</table:table></office:spreadsheet></office:body></office:document>`);
    const c = (text: string, at = ''): string => `<table:table-cell${at}><text:p>${text}</text:p></table:table-cell>`;
    const covered = '<table:covered-table-cell/>';
    const row = (...cells: string[]): string => `<table:table-row>${cells.join('')}</table:table-row>`;
    const [sheet] = readFlatOdsSheets(flat(row(c('Бөлім', ' table:number-columns-spanned="2" table:number-rows-spanned="2"'), covered, c('a')) + row(covered, covered, c('b')) + row(c('x'), c('y'), c('z'))), 100);
    expect(sheet!.rows).toEqual([
      { rowNo: 1, cells: ['Бөлім', 'Бөлім', 'a'], wide: true },
      { rowNo: 2, cells: ['Бөлім', 'Бөлім', 'b'] }, // wide: merged across in its own row only
      { rowNo: 3, cells: ['x', 'y', 'z'] },
    ]);
    const huge = flat(row(c('Тегі'), c('Аты')) + row(c('x', ' table:number-columns-spanned="256" table:number-rows-spanned="5000"')).repeat(200));
    expect(huge.length).toBeLessThan(50_000);
    const c0 = process.cpuUsage();
    const [big] = readFlatOdsSheets(huge, 5020);
    const cpu = process.cpuUsage(c0);
    expect(big!.rows).toHaveLength(201);
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(1_000); // 30 ms quiet; 200 s before
  });

  it('a sheet Calc hides is not read, as Excel\'s hidden sheets are not', async () => {
    const parts = unzipSync(readFileSync(join(FIXTURES, 'staff-office.ods')));
    const content = strFromU8(parts['content.xml']!);
    const hiding = content.replace(/(style:name="ta1"[^>]*>\s*<style:table-properties table:display=")true"/, '$1false"');
    expect(hiding).not.toBe(content);
    // «mimetype» first and stored, as ODF asks
    const ods = zipSync({ mimetype: [parts['mimetype']!, { level: 0 }], ...Object.fromEntries(Object.entries(parts).filter(([k]) => k !== 'mimetype' && k !== 'content.xml')), 'content.xml': strToU8(hiding) });
    const e = await failure(importList('список.ods', ods, { sheet: 'Список' }));
    expect(e.text.ru).toBe('«список.ods»: нет листа «Список» (листы: «Уволенные»)');
  });

  it('an OpenDocument text is not a list, nor a file named .ods that is none: what to do, in words', async () => {
    const odt = await failure(importList('список.ods', readFileSync(join(import.meta.dirname, '../draft/fixtures/writer.odt'))));
    expect(odt.text.ru).toMatch(/^«список\.ods»: это не таблица OpenDocument \(\.ods\), прочитать её нельзя\. Откройте файл в Excel или LibreOffice Calc/);
    const notZip = await failure(importList('список.ods', new TextEncoder().encode('ФИО;Должность\n')));
    expect(notZip.text.en).toMatch(/^«список\.ods»: this is no OpenDocument spreadsheet \(\.ods\) and cannot be read\./);
  });

  it('a list on each department\'s sheet: the first is read and every sheet holding a list is named; another is read when asked for; a sheet not there is said with the sheets there are', async () => {
    const book = await sheetPerDepartment();
    const first = await importList('отделы.xlsx', book);
    expect(first.result.sheet).toBe('Отдел кадров');
    expect(first.result.sheets).toEqual(['Отдел кадров', 'Финансовый отдел']);
    expect([...first.files.values()].map((s) => s['fullName'])).toEqual(['Иванова Мария', 'Сейткали Айгерим']);
    const second = await importList('отделы.xlsx', book, { sheet: 'Финансовый отдел' });
    expect(second.result.sheet).toBe('Финансовый отдел');
    expect([...second.files.values()].map((s) => s['fullName'])).toEqual(['Петров Пётр', 'Омарова Дана', 'Ким Ольга']);
    const e = await failure(importList('отделы.xlsx', book, { sheet: 'Бухгалтерия' }));
    expect(e.status).toBe(400);
    expect(e.text.ru).toBe('«отделы.xlsx»: нет листа «Бухгалтерия» (листы: «Инструкция», «Отдел кадров», «Финансовый отдел»)');
  });

  it('a date as staff lists hold it; a number that is no day of service (a year, a personnel number) is not one', () => {
    expect(staffDate('05.01.2024 г.')).toBe('2024-01-05');
    expect(staffDate('05.01.2024г')).toBe('2024-01-05');
    expect(staffDate('05.01.2024 ж.')).toBe('2024-01-05');
    expect(staffDate(45296)).toBe('2024-01-05');
    expect(staffDate('45296')).toBe('2024-01-05');
    expect(staffDate(45296, true)).toBe('2028-01-06');
    expect(staffDate(2024)).toBeUndefined();
    // a date-time's serial whose format was lost: its day (the fraction is the time)
    expect(staffDate(45296.5)).toBe('2024-01-05');
    expect(staffDate(2024.5)).toBeUndefined();
    expect(staffDate('00101')).toBeUndefined();
    expect(staffDate('05.01.2024 года')).toBe('2024-01-05');
  });
});
