/**
 * Staff lists as a Kazakh-speaking HR officer of an akimat or a ministry department keeps them, for the import's tests
 * (the reader's and the page's): Kazakh headers, the body's name and a title above the header, a blank row, a total row
 * at the bottom; dates as Excel dates, as «05.01.2026», as «2026 жылғы 5 қаңтар»; categories «С-4», «C-4» (Latin C),
 * «с4», «Е-R-3»; the name in three columns «Тегі» | «Аты» | «Әкесінің аты», under a header merged over them, one sheet
 * per department.
 */
import ExcelJS from 'exceljs';

const day = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
const bytesOf = async (wb: ExcelJS.Workbook): Promise<Uint8Array> => new Uint8Array(await wb.xlsx.writeBuffer());

export const AKIMAT = 'Көкшетау қаласы әкімінің аппараты';

/** An akimat's list: title rows 1–2, blank row 3, header row 4, servants in rows 5–8, blank row 9, the total in row 10. */
export async function akimatList(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Тізім');
  ws.addRow([AKIMAT]);
  ws.mergeCells('A1:F1');
  ws.addRow(['Мемлекеттік әкімшілік қызметшілердің тізімі']);
  ws.mergeCells('A2:F2');
  ws.addRow([]);
  ws.addRow(['Р/с №', 'Тегі, аты, әкесінің аты', 'Лауазымы', 'Санаты', 'Құрылымдық бөлімше', 'Лауазымға тағайындалған күні']);
  ws.addRow([1, 'Әбілқасымова Гүлнар Серікқызы', 'бас маман', 'С-4', 'Қаржы бөлімі', day(2026, 1, 5)]);
  ws.addRow([2, 'Жұмабеков Нұрлан Қайратұлы', 'жетекші маман', 'C-4', 'Қаржы бөлімі', '05.01.2026']);
  ws.addRow([3, 'Өтепова Айгүл Бауыржанқызы', 'бас маман', 'с4', 'Кадр бөлімі', '2026 жылғы 5 қаңтар']);
  ws.addRow([4, 'Құрманғалиев Ерлан Асқарұлы', 'бөлім басшысы', 'Е-R-3', 'Кадр бөлімі', '12.03.2024 ж.']);
  ws.addRow([]);
  ws.addRow(['', 'Барлығы: 4 қызметші']);
  ws.getCell('F5').numFmt = 'dd.mm.yyyy';
  return bytesOf(wb);
}

export const MINISTRY = 'Қазақстан Республикасы Қаржы министрлігі';

/**
 * A ministry department's list, one sheet per unit: the unit's name in row 1, a header of two rows (rows 2–3) with
 * «Аты-жөні» merged over «Тегі» | «Аты» | «Әкесінің аты», the other headers merged down both rows, the servants, and
 * «Жиыны» with the count in the last row. «Кадр бөлімі»'s second servant has no patronymic.
 */
export async function ministryList(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const units: [string, unknown[][]][] = [
    ['Қаржы бөлімі', [['Сейітов', 'Бақыт', 'Маратұлы', 'бас маман', 'С-О-4', day(2025, 9, 1)]]],
    ['Кадр бөлімі', [['Нұрланова', 'Әсел', 'Ерланқызы', 'жетекші маман', 'С-О-5', '2 ақпан 2026 ж.'], ['Ким', 'Олег', '', 'бас маман', 'C-O-4', '2026 жылғы 15 қыркүйек']]],
  ];
  for (const [unit, people] of units) {
    const ws = wb.addWorksheet(unit);
    ws.addRow([`${MINISTRY} ${unit}`]);
    ws.mergeCells('A1:H1');
    ws.addRow(['Р/с №', 'Аты-жөні', '', '', 'Лауазымы', 'Санаты', 'Құрылымдық бөлімше', 'Лауазымға тағайындалған күні']);
    ws.addRow(['', 'Тегі', 'Аты', 'Әкесінің аты', '', '', '', '']);
    for (const r of ['B2:D2', 'A2:A3', 'E2:E3', 'F2:F3', 'G2:G3', 'H2:H3']) ws.mergeCells(r);
    people.forEach((p, i) => ws.addRow([i + 1, p[0], p[1], p[2], p[3], p[4], unit, p[5]]));
    ws.addRow(['Жиыны', '', '', '', '', '', '', people.length]);
  }
  return bytesOf(wb);
}
