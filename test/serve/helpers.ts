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
