/** A server on a free loopback port over a fresh copy of samples/ with every case's package in <pack>/fixtures/, for the serve tests. */
import { rmSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { startServer, type Running, type ServeOptions } from '../../src/serve/server.js';
import { writeSamples } from '../../src/package/cases.js';
import { tempDir } from '../temp.js';

export const TODAY = '2026-06-01';

export async function serveSamples(extra: Partial<ServeOptions> = {}): Promise<Running & { dir: string; stop: () => Promise<void> }> {
  const dir = tempDir('bagalau-serve-');
  writeSamples(dir);
  const running = await startServer({ dir, port: 0, host: '127.0.0.1', today: () => TODAY, ...extra });
  return {
    ...running,
    dir,
    stop: async () => {
      await running.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A staff list as HR keeps it: Kazakh headers, ДД.ММ.ГГГГ dates; row `bad` (1-based data row) lacks its appointment
 * date. With `title`, a title merged across the columns and an empty row come above the header (so it is row 3).
 */
export async function staffXlsx(rows: number, bad?: number, { title = false } = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Қызметкерлер');
  if (title) {
    ws.addRow(['Мемлекеттік қызметшілердің тізімі, 01.01.2026 жағдайы бойынша']);
    ws.mergeCells('A1:I1');
    ws.addRow([]);
  }
  ws.addRow(['Табель нөмірі', 'Т.А.Ә.', 'Лауазымы', 'Санаты', 'Құрылымдық бөлімше', 'Мемлекеттік орган', 'Тағайындалған күні', 'Тікелей басшы', 'Басшы лауазым']);
  for (let i = 1; i <= rows; i++) {
    ws.addRow([
      `T-${String(i).padStart(3, '0')}`,
      `Қызметші ${i} Тестұлы`,
      i % 4 === 0 ? 'Сектор меңгерушісі' : 'Бас маман',
      i % 4 === 0 ? 'С-О-3' : 'С-О-5',
      'Жер қатынастары бөлімі',
      'Ақмола облысы әкімінің аппараты',
      i === bad ? '' : `${String((i % 27) + 1).padStart(2, '0')}.03.2024`,
      'Жұмабеков Ерлан Серікұлы',
      i % 4 === 0 ? 'иә' : 'жоқ',
    ]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * A district office's staff list (test/serve/staff-office.test.ts; the .xls, .ods and .csv in fixtures/ are
 * LibreOffice's saves of it, fixtures/README.md): the body's name and a title above a header of two rows with merged
 * cells, a row of column numbers, departments on rows of their own, dates in four ways, no state-body column, a
 * second sheet; row 14's date is impossible.
 */
export async function officeWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Список');
  ws.getCell('A1').value = 'Аппарат акима Сарыаркинского района';
  ws.mergeCells('A1:H1');
  ws.getCell('A2').value = 'Список государственных служащих по состоянию на 01.01.2026';
  ws.mergeCells('A2:H2');
  ws.getRow(4).values = ['№ п/п', 'Ф.И.О.', 'Должность', 'Категория', 'Дата\nназначения', 'Руководитель', null, 'Руководящая должность'];
  ws.getRow(5).values = [null, null, null, null, null, 'непосредственный', 'вышестоящий', null];
  for (const c of ['A', 'B', 'C', 'D', 'E', 'H']) ws.mergeCells(`${c}4:${c}5`);
  ws.mergeCells('F4:G4');
  ws.getRow(6).values = [1, 2, 3, 4, 5, 6, 7, 8];
  ws.getRow(7).values = ['Отдел кадров'];
  ws.mergeCells('A7:H7');
  ws.getRow(8).values = [1, 'Иванова Мария Петровна', 'Главный специалист', 'Е-R-3', new Date(Date.UTC(2023, 1, 1)), 'Серіков Ерлан', 'Ахметов Б.', 'нет'];
  ws.getCell('E8').numFmt = 'dd.mm.yyyy';
  ws.getRow(9).values = [2, 'Сейткали Айгерим Бакытжановна', 'Руководитель отдела', 'E–R-3', '05.01.2024', 'Ахметов Б.', 'Аким района', 'да'];
  // row 10 empty, between the departments
  ws.getRow(11).values = ['Финансовый отдел'];
  ws.mergeCells('A11:H11');
  ws.getRow(12).values = [3, 'Петров Пётр Петрович', 'Ведущий специалист', 'Е-R3', '05.01.2024 г.', 'Омаров А.', 'Ахметов Б.', 'нет'];
  ws.getRow(13).values = [4, 'Омарова Дана', 'Главный специалист', 'Е-R-4', 45296, 'Омаров А.', 'Ахметов Б.', 'нет'];
  ws.getRow(14).values = [5, 'Қасымов Ерлан', 'Специалист', 'Е-R-4', '31.02.2024', 'Омаров А.', 'Ахметов Б.', 'нет'];
  wb.addWorksheet('Уволенные').addRow(['Ф.И.О.', 'Должность', 'Категория', 'Дата назначения']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A workbook with a list on each department's sheet, behind a sheet of instructions: «Отдел кадров» 2 servants, «Финансовый отдел» 3. */
export async function sheetPerDepartment(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Инструкция').addRow(['Заполните лист своего отдела']);
  const people: Record<string, string[]> = { 'Отдел кадров': ['Иванова Мария', 'Сейткали Айгерим'], 'Финансовый отдел': ['Петров Пётр', 'Омарова Дана', 'Ким Ольга'] };
  for (const [unit, names] of Object.entries(people)) {
    const ws = wb.addWorksheet(unit);
    ws.addRow(['ФИО', 'Должность', 'Категория', 'Государственный орган', 'Дата назначения']);
    for (const n of names) ws.addRow([n, 'Главный специалист', 'С-О-5', 'Аппарат акима района', '05.01.2024']);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
