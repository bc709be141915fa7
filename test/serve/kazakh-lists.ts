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

/**
 * The Kazakh letters' bytes in KZ-1048 as the standard СТ РК 1048-2002 places them (its code table, Windows'
 * «Казахская (KZ-1048)»): written here from the standard, not from the library the import reads it with, so the test
 * checks that library's table letter by letter. Every other byte is windows-1251's.
 */
export const KZ1048_KAZAKH: Record<string, number> = {
  Қ: 0x8d, Һ: 0x8e, қ: 0x9d, һ: 0x9e, Ұ: 0xa1, ұ: 0xa2, Ә: 0xa3, Ө: 0xa5, Ғ: 0xaa, Ү: 0xaf,
  І: 0xb2, і: 0xb3, ө: 0xb4, ғ: 0xba, ә: 0xbc, Ң: 0xbd, ң: 0xbe, ү: 0xbf,
};

/** A text in windows-1251 with `places` (letter → byte) written where they say (a letter the code page lacks: «?»). */
function singleByte(text: string, places: Record<string, number>): Uint8Array {
  const table = new Map<string, number>();
  const dec = new TextDecoder('windows-1251');
  for (let b = 0; b < 256; b++) if (!Object.values(places).includes(b)) table.set(dec.decode(new Uint8Array([b])), b);
  for (const [ch, b] of Object.entries(places)) table.set(ch, b);
  return new Uint8Array([...text].map((ch) => table.get(ch) ?? 0x3f));
}

/** A text as an older Excel or 1C export saves a CSV in KZ-1048 (a letter the code page lacks would be «?»). */
export const kz1048 = (text: string): Uint8Array => singleByte(text, KZ1048_KAZAKH);

/**
 * The Ukrainian and Belarusian letters' bytes in windows-1251 (Microsoft's code page table; the same places hold Kazakh
 * letters in KZ-1048, see above): the Ukrainian and Belarusian names a Kazakhstan staff list has too, saved by Excel
 * on a Russian Windows. Written from the table, not from a decoder.
 */
export const CP1251_UKRAINIAN_BELARUSIAN: Record<string, number> = {
  Ў: 0xa1, ў: 0xa2, Ґ: 0xa5, Є: 0xaa, Ї: 0xaf, ґ: 0xb4, є: 0xba, ї: 0xbf,
};

/** A text as Excel saves a CSV on a Russian Windows (windows-1251; a letter the code page lacks would be «?»). */
export const cp1251 = (text: string): Uint8Array => singleByte(text, CP1251_UKRAINIAN_BELARUSIAN);
