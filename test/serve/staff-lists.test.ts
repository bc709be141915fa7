/**
 * `bagalau init --from` on staff lists as HR departments keep them, not as a test would write them: a title and
 * the body's name above the header (merged across the columns), the list on the workbook's second sheet behind
 * an instructions sheet, a hidden column, real Excel dates beside dates typed as text, an empty row in the middle,
 * formatted empty rows at the end; a workbook LibreOffice Calc wrote; a CSV that Excel on a Russian Windows saved
 * (windows-1251, «;»). Each gives one package per servant with the right data, and a bad row is named by the row
 * number the officer sees in her spreadsheet, in Kazakh, Russian and English.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { tempDir } from '../temp.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');

function initFrom(file: string, lang: 'kk' | 'ru' | 'en') {
  const out = tempDir('bagalau-staff-');
  const r = spawnSync('node', ['dist/src/cli/main.js', 'init', '--from', file, '--methodology', 'asa-b-model', '--period', '2026-Q1', '-o', out, '--lang', lang], { encoding: 'utf8' });
  const files = readdirSync(out).sort();
  const servant = (name: string) => parseYaml(readFileSync(join(out, name), 'utf8')).servant as Record<string, unknown>;
  return { status: r.status, stderr: r.stderr, files, servant };
}

const KK_HEADERS = ['Табель нөмірі', 'Т.А.Ә.', 'Лауазымы', 'Санаты', 'Құрылымдық бөлімше', 'Мемлекеттік орган', 'Тағайындалған күні', 'Тікелей басшы', 'Басшы лауазым'];
const LONG_POSITION = 'Ақмола облысы әкімі аппаратының мемлекеттік сатып алу және коммуналдық мүлікті басқару бөлімінің бас маманы';

/** The workbook an HR department sends: instructions first, the list under a merged title, as described above. */
async function hrWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Нұсқаулық').addRow(['Тізімді «Қызметкерлер» парағында толтырыңыз']);
  const ws = wb.addWorksheet('Қызметкерлер');
  ws.getCell('A1').value = 'Ақмола облысы әкімінің аппараты';
  ws.mergeCells('A1:J1');
  ws.getCell('A2').value = 'Мемлекеттік қызметшілердің тізімі, 01.01.2026 жағдайы бойынша';
  ws.mergeCells('A2:J2');
  ws.getRow(4).values = [...KK_HEADERS, 'Ескертпе'];
  ws.getColumn(10).hidden = true;
  const body = 'Ақмола облысы әкімінің аппараты';
  ws.getRow(5).values = ['00101', 'Иванова Мария Петровна', LONG_POSITION, 'C-O-5', 'Мемлекеттік сатып алу бөлімі', body, new Date(Date.UTC(2023, 1, 1)), 'Серіков Ерлан', 'жоқ', 'жасырын'];
  ws.getRow(6).values = ['00102', 'Сейітқали Айгерім Бақытжанқызы', 'Сектор меңгерушісі', 'С-О-3', 'Жер қатынастары бөлімі', body, '11.03.2024', 'Жұмабеков Ерлан', 'иә'];
  // row 7 left empty
  ws.getRow(8).values = ['00103', 'Петров Пётр Петрович', 'Бас маман', 'C-O-6', 'Жер қатынастары бөлімі', body, '31.02.2024', 'Жұмабеков Ерлан', 'жоқ'];
  ws.getRow(9).values = ['00104', 'Омарова Дана', 'Бас маман', 'C-O-5', 'Жер қатынастары бөлімі', body, new Date(Date.UTC(2022, 5, 15)), 'Жұмабеков Ерлан', 'жоқ'];
  for (let r = 10; r <= 30; r++) ws.getCell(r, 1).border = { bottom: { style: 'thin' } }; // formatted, empty
  await wb.xlsx.writeFile(file);
}

describe('init --from a staff list as HR keeps it', () => {
  it('a titled list on the second sheet, with a hidden column, mixed dates and empty rows: one package per servant, the bad row named by its spreadsheet row', async () => {
    const xlsx = join(tempDir('bagalau-staff-src-'), 'тізім.xlsx');
    await hrWorkbook(xlsx);
    const en = initFrom(xlsx, 'en');
    expect(en.stderr).toMatch(/^header row: 4$/m);
    expect(en.files).toEqual(['005-Иванова-Мария-Петровна-2026-Q1.yaml', '006-Сейітқали-Айгерім-Бақытжанқызы-2026-Q1.yaml', '009-Омарова-Дана-2026-Q1.yaml']);
    expect(en.servant(en.files[0]!)).toEqual({ id: '00101', fullName: 'Иванова Мария Петровна', position: LONG_POSITION, category: 'С-О-5', unit: 'Мемлекеттік сатып алу бөлімі', body: 'Ақмола облысы әкімінің аппараты', appointedOn: '2023-02-01', directSupervisor: 'Серіков Ерлан', managerial: false });
    expect(en.servant(en.files[1]!)).toMatchObject({ appointedOn: '2024-03-11', managerial: true });
    expect(en.servant(en.files[2]!)).toMatchObject({ appointedOn: '2022-06-15' });
    expect(en.status).toBe(1);
    const rejected = (s: string) => s.split('\n').filter((l) => l.startsWith(xlsx));
    // «C-O-5» typed with Latin C and O: written as the act prints it, and said for each row; then the row refused
    const asTheAct = '«category»: «C-O-5» written as the act prints it, «С-О-5» (Latin «C» read as Cyrillic «С»; Latin «O» read as Cyrillic «О»; asa-b-model, cl. 17 pt. 1)';
    expect(rejected(en.stderr)).toEqual([`${xlsx}: row 5: ${asTheAct}`, `${xlsx}: row 9: ${asTheAct}`, `${xlsx}: row 8: «appointed on»: «31.02.2024» is not a date (DD.MM.YYYY)`]);
    expect(rejected(initFrom(xlsx, 'ru').stderr).slice(2)).toEqual([`${xlsx}: строка 8: «дата назначения»: «31.02.2024» не дата (ДД.ММ.ГГГГ)`]);
    const kk = initFrom(xlsx, 'kk');
    expect(kk.stderr).toMatch(/^тақырып жолы: 4$/m);
    expect(rejected(kk.stderr).slice(2)).toEqual([`${xlsx}: жол 8: «тағайындалған күні»: «31.02.2024» күн емес (КК.АА.ЖЖЖЖ)`]);
  });

  it('a list LibreOffice Calc wrote (title lines above the header, real dates, an empty row)', () => {
    const r = initFrom(join(FIXTURES, 'staff-libreoffice.xlsx'), 'ru');
    expect(r.stderr).toMatch(/^строка заголовков: 4$/m);
    expect(r.files).toEqual(['005-Иванова-Мария-Петровна-2026-Q1.yaml', '007-Сейткали-Айгерим-Бакытжановна-2026-Q1.yaml']);
    expect(r.servant(r.files[0]!)).toMatchObject({ fullName: 'Иванова Мария Петровна', appointedOn: '2023-02-01', body: 'Аппарат акима Акмолинской области', managerial: false });
    expect(r.servant(r.files[1]!)).toMatchObject({ appointedOn: '2024-03-11', managerial: true, category: 'С-О-3' });
    expect(r.stderr).toContain('строка 8: «дата назначения»: «31.02.2024» не дата');
  });

  it('a CSV as Excel saves it on a Russian Windows: windows-1251, «;», a title line above the header', () => {
    const text = [
      'Список сотрудников аппарата акима на 01.01.2026',
      'ФИО;Должность;Категория;Государственный орган;Дата назначения',
      'Иванов Иван Иванович;Главный специалист отдела;C-O-5;Аппарат акима;01.02.2023',
      ';;;;',
      'Ёлкина Анна;Специалист;C-O-6;Аппарат акима;1.2.20',
      '',
    ].join('\r\n');
    // windows-1251: А..я are 0xC0..0xFF, Ё 0xA8, ё 0xB8; the rest here is ASCII
    const bytes = Uint8Array.from([...text].map((c) => (c === 'Ё' ? 0xa8 : c === 'ё' ? 0xb8 : c >= 'А' && c <= 'я' ? c.charCodeAt(0) - 0x410 + 0xc0 : c.charCodeAt(0))));
    const csv = join(tempDir('bagalau-staff-src-'), 'staff.csv');
    writeFileSync(csv, bytes);
    const r = initFrom(csv, 'ru');
    expect(r.stderr).toMatch(/^строка заголовков: 2$/m);
    expect(r.files).toEqual(['003-Иванов-Иван-Иванович-2026-Q1.yaml']);
    expect(r.servant(r.files[0]!)).toMatchObject({ fullName: 'Иванов Иван Иванович', position: 'Главный специалист отдела', appointedOn: '2023-02-01' });
    expect(r.stderr).toContain(`${csv}: строка 5: «дата назначения»: «1.2.20» не дата (ДД.ММ.ГГГГ)`);
  });
});
