/**
 * The import (the page's and `init --from`'s) reading the staff lists a Kazakh-speaking HR officer keeps: Kazakh
 * headers found under a title, a name in three columns «Тегі» | «Аты» | «Әкесінің аты» (under a merged header or
 * not), dates written in words («2026 жылғы 5 қаңтар»), a total row named as such rather than refused as a servant
 * with nothing filled, a windows-1251 CSV that lost the Kazakh letters refused whole with what to do.
 */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import ExcelJS from 'exceljs';
import { createContext, importStaff, MissingColumnError } from '../../src/serve/api.js';
import { missingColumnHint } from '../../src/cli/init.js';
import { HttpError } from '../../src/serve/http.js';
import { packById } from '../../src/acts/index.js';
import { decodeSingleByte } from '../../src/serve/code-page.js';
import { categoryAsTheActPrints, mapHeaders, namePartOf, readStaffTable, StaffFileError, staffDate } from '../../src/serve/staff.js';
import { tempDir } from '../temp.js';
import { AKIMAT, akimatList, cp1251, kz1048, KZ1048_KAZAKH, MINISTRY, ministryList } from './kazakh-lists.js';

async function importList(name: string, bytes: Uint8Array, extra: { values?: Record<string, string>; dry?: boolean; sheet?: string; methodology?: string } = {}) {
  const ctx = createContext(tempDir('bagalau-kk-'), () => '2026-06-01');
  const files = new Map<string, Record<string, unknown>>();
  const result = await importStaff(ctx, name, bytes, {
    methodology: 'asa-b-model', period: '2026-Q1', outDir: 'staff', ...extra,
    write: (rel, text) => void files.set(rel, (parseYaml(text) as { servant: Record<string, unknown> }).servant),
  });
  return { result, files: [...files.values()], rejected: result.rejected.map((r) => `${r.rowNo}: ${r.problems.map((p) => p.kk).join('; ')}`) };
}

describe('dates written in words', () => {
  it.each([
    ['2026 жылғы 5 қаңтар', '2026-01-05'],
    ['2026 ж. 5 қаңтарда', '2026-01-05'],
    ['2 ақпан 2026 ж.', '2026-02-02'],
    ['15 қыркүйек 2026 жыл', '2026-09-15'],
    ['«5» қазан 2025 жылы', '2025-10-05'],
    ['5 января 2026 г.', '2026-01-05'],
    ['1 мая 2025 года', '2025-05-01'],
  ])('«%s» is %s', (text, iso) => {
    expect(staffDate(text)).toBe(iso);
  });

  it.each([
    ['05.01.2026 0:00:00', '2026-01-05'],
    ['05.01.2026 00:00', '2026-01-05'],
    ['2026-01-05 00:00:00', '2026-01-05'],
    ['05.01.2026 ж. 0:00', '2026-01-05'],
    ['05.01.2026 14:30', '2026-01-05'],
  ])('«%s» (a date with its time, as 1C and Excel export a date-time cell) is %s', (text, iso) => {
    expect(staffDate(text)).toBe(iso);
  });

  it.each([
    [45296.5, '2024-01-05'],
    ['45296,5', '2024-01-05'],
    ['45296.0', '2024-01-05'],
  ])('%s (the serial of a date-time whose format was lost) is %s', (serial, iso) => {
    expect(staffDate(serial)).toBe(iso);
  });

  it.each(['31 ақпан 2026', '5 қаңтар', '2026 жылғы 5 айда', 'қаңтар 2026', '05.01.2026 25:00', '05.01.2026 сағат', '4529,5', 1995.5])('«%s» is no date', (text) => {
    expect(staffDate(text)).toBeUndefined();
  });
});

describe("an akimat's list in Kazakh", () => {
  it('the header under the title is found; every date read to its day; the total row is named, not refused', async () => {
    const { result, files, rejected } = await importList('тізім.xlsx', await akimatList(), { values: { body: AKIMAT } });
    expect(result.headerRow).toBe(4);
    expect(rejected).toEqual([]);
    expect(result.totals).toEqual([{ rowNo: 10, name: 'Барлығы: 4 қызметші' }]);
    expect(files.map((s) => [s['fullName'], s['category'], s['appointedOn']])).toEqual([
      ['Әбілқасымова Гүлнар Серікқызы', 'С-4', '2026-01-05'],
      ['Жұмабеков Нұрлан Қайратұлы', 'С-4', '2026-01-05'],
      ['Өтепова Айгүл Бауыржанқызы', 'С-4', '2026-01-05'],
      ['Құрманғалиев Ерлан Асқарұлы', 'Е-R-3', '2024-03-12'],
    ]);
    // «C-4» (a Latin C) and «с4» written as the act prints the code, and said so to the officer, by row
    expect(result.written.flatMap((w) => (w.notes ?? []).map((n) => `${w.rowNo}: ${n.kk}`))).toEqual([
      '6: «санаты»: «C-4» актідегідей «С-4» болып жазылды (латынның «C» әрпі кириллицаның «С» әрпі болып оқылды; asa-b-model, cl. 17 pt. 1)',
      '7: «санаты»: «с4» актідегідей «С-4» болып жазылды (кіші «с» бас «С» болып оқылды; санат нөмірінің алдына сызықша қойылды; asa-b-model, cl. 17 pt. 1)',
    ]);
  });

  it('the rows above the header are given back (the body is named there); init shows them beside --body', async () => {
    const { result } = await importList('тізім.xlsx', await akimatList(), { dry: true });
    expect(result.above).toEqual([AKIMAT, 'Мемлекеттік әкімшілік қызметшілердің тізімі']);
    expect(result.missingFields?.map((f) => f.field)).toEqual(['body']);
    expect(missingColumnHint(result.missingFields!, result.unmatched, 'kk', result.above).split('\n')[1]).toBe(`    тақырып жолының үстінде: «${AKIMAT}», «Мемлекеттік әкімшілік қызметшілердің тізімі»`);
    const error = await importList('тізім.xlsx', await akimatList()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingColumnError);
    expect((error as MissingColumnError).above).toEqual(result.above);
  });

  it('a total row has a total word first; a servant whose row is half empty is still refused by its row', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await akimatList()).buffer as ArrayBuffer);
    wb.worksheets[0]!.getCell('B10').value = 'Барлыбаев Ерлан';
    const { result, rejected } = await importList('тізім.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()), { values: { body: AKIMAT } });
    expect(result.totals).toEqual([]);
    expect(rejected).toEqual(['10: «лауазымы» бос; «санаты» бос; «тағайындалған күні» бос']);
  });
});

describe('Kazakh headers as the forms and lists word them', () => {
  it("the acts' «Тегі, аты, әкесінің аты (болған жағдайда)», «…атауы» headers name their fields", () => {
    const headers = ['№ р/с', 'Тегі, аты, әкесінің аты (болған жағдайда)', 'Лауазымның атауы', 'Лауазымның санаты', 'Құрылымдық бөлімшенің атауы', 'Мемлекеттік органның атауы', 'Лауазымға тағайындалу күні'];
    const { mapping, unmatched, nameParts } = mapHeaders(headers);
    expect(mapping).toEqual({ fullName: 1, position: 2, category: 3, unit: 4, body: 5, appointedOn: 6 });
    expect(unmatched).toEqual(['№ р/с']);
    expect(nameParts).toBeUndefined();
  });
});

describe("a ministry department's list, the name in three columns", () => {
  it('«Аты-жөні» merged over «Тегі» | «Аты» | «Әкесінің аты»: the full name is the three joined; the total row named', async () => {
    const { result, files, rejected } = await importList('тізім.xlsx', await ministryList(), { values: { body: MINISTRY } });
    expect(result.sheets).toEqual(['Қаржы бөлімі', 'Кадр бөлімі']);
    expect(result.mapping.find((m) => m.field === 'fullName')?.column).toBe('Аты-жөні Тегі + Аты-жөні Аты + Аты-жөні Әкесінің аты');
    expect(result.unmatched).toEqual(['Р/с №']);
    expect(rejected).toEqual([]);
    expect(result.totals).toEqual([{ rowNo: 5, name: 'Жиыны 1' }]);
    expect(files.map((s) => [s['fullName'], s['appointedOn']])).toEqual([['Сейітов Бақыт Маратұлы', '2025-09-01']]);
  });

  it('the second sheet: no patronymic is no problem, dates in words read', async () => {
    const { files, rejected, result } = await importList('тізім.xlsx', await ministryList(), { values: { body: MINISTRY }, sheet: 'Кадр бөлімі' });
    expect(rejected).toEqual([]);
    expect(result.totals).toEqual([{ rowNo: 6, name: 'Жиыны 2' }]);
    expect(files.map((s) => [s['fullName'], s['unit'], s['appointedOn']])).toEqual([
      ['Нұрланова Әсел Ерланқызы', 'Кадр бөлімі', '2026-02-02'],
      ['Ким Олег', 'Кадр бөлімі', '2026-09-15'],
    ]);
  });

  it('three name columns on one header row; a row without its surname is refused by the part missing', async () => {
    const csv = 'Тегі;Аты;Әкесінің аты (бар болса);Лауазымы;Санаты;Мемлекеттік орган;Тағайындалған күні\n'
      + 'Ахметов;Дәурен;Сәкенұлы;бас маман;С-4;Әкімдік;05.01.2026\n'
      + ';Айжан;;жетекші маман;С-5;Әкімдік;06.01.2026\n';
    const { files, rejected } = await importList('тізім.csv', new TextEncoder().encode(csv));
    expect(files.map((s) => s['fullName'])).toEqual(['Ахметов Дәурен Сәкенұлы']);
    expect(rejected).toEqual(['3: «тегі» бос']);
  });

  it('a column named for the full name wins over the parts; «Әкесінің аты» is the patronymic, not the given name', () => {
    expect(namePartOf('Әкесінің аты')?.part).toBe('patronymic');
    expect(namePartOf('Аты-жөні Аты')?.part).toBe('givenName');
    expect(namePartOf('Лауазымы')).toBeUndefined();
    expect(mapHeaders(['Т.А.Ә.', 'Тегі', 'Аты', 'Лауазымы']).nameParts).toBeUndefined();
    expect(mapHeaders(['Аты', 'Лауазымы']).nameParts).toBeUndefined();
    expect(mapHeaders(['Фамилия', 'Имя', 'Отчество', 'Должность']).nameParts).toEqual([0, 1, 2]);
  });

  it('the parts as the import shows them, chosen back for the full name (the page sends the choice), are the parts again', () => {
    const headers = ['Т.А.Ә. (қысқа)', 'Тегі', 'Аты', 'Әкесінің аты', 'Лауазымы'];
    expect(mapHeaders(headers, { 'Тегі + Аты + Әкесінің аты': 'fullName' })).toEqual({ mapping: { position: 4 }, unknownFields: [], unmatched: ['Т.А.Ә. (қысқа)'], nameParts: [1, 2, 3] });
    expect(mapHeaders(headers, { 'Тегі + Бөлім': 'fullName' }).unknownFields).toEqual(['Тегі + Бөлім']);
  });
});

describe('a CSV saved by 1C or Excel as windows-1251', () => {
  // windows-1251 has no ә ғ қ ң ө ұ ү һ: Excel writes «?» for each (і is there, from Ukrainian)
  it('Kazakh headers lost their letters: the list is refused whole, in Kazakh, with the row and what to do', async () => {
    const csv = 'Р/с №;Тегі, аты, әкесінің аты;Лауазымы;Санаты;Құрылымдық бөлімше;Лауазымға тағайындалған күні\r\n1;Әбілқасымова Гүлнар;бас маман;С-4;Қаржы бөлімі;05.01.2026\r\n';
    let error: unknown;
    await readStaffTable('1с.csv', cp1251(csv)).catch((e: unknown) => (error = e));
    expect(error).toBeInstanceOf(StaffFileError);
    expect((error as StaffFileError).text.kk).toContain('қазақ әріптері «?» болып жоғалды (1-жол, «Тегі, аты, ?кесіні? аты»)');
    expect((error as StaffFileError).text.kk).toContain('«CSV UTF-8»');
    await expect(importList('1с.csv', cp1251(csv), { values: { body: AKIMAT } })).rejects.toBeInstanceOf(HttpError);
  });

  it('Russian headers keep their letters: the list is read, the row whose name lost letters is named', async () => {
    const csv = 'ФИО;Должность;Категория;Дата назначения\r\nИванов Иван Иванович;главный специалист;С-4;05.01.2026\r\nӘбілқасымова Гүлнар;бас маман;С-4;05.01.2026\r\n';
    const { files, rejected } = await importList('1с.csv', cp1251(csv), { values: { body: AKIMAT } });
    expect(files.map((s) => s['fullName'])).toEqual(['Иванов Иван Иванович']);
    expect(rejected[0]).toMatch(/^3: «Т\.А\.Ә\.»: «\?біл\?асымова Г\?лнар» — «\?» әріптің орнында/);
  });
});

describe('a CSV saved by an older Excel or 1C in KZ-1048 (the Kazakh code page, СТ РК 1048-2002)', () => {
  const csv = 'Р/с №;Тегі, аты, әкесінің аты;Лауазымы;Санаты;Құрылымдық бөлімше;Лауазымға тағайындалған күні\r\n1;Әбілқасымова Гүлнар Серікқызы;бас маман;С-4;Қаржы бөлімі;05.01.2026\r\n2;Һасенов Ұлан Ғалымұлы;жетекші маман;С-5;Қаржы бөлімі;05.01.2026\r\n';

  it('every Kazakh letter is read where the standard puts it, capital and small', async () => {
    const letters = Object.keys(KZ1048_KAZAKH).join('');
    expect(letters).toHaveLength(18);
    const table = await readStaffTable('1с.csv', kz1048(`ФИО;Должность;Категория;Дата назначения\r\n${letters};маман;С-4;05.01.2026\r\n`));
    expect(table.codePage).toBe('kz-1048');
    expect(table.rows[0]!.cells[0]).toBe(letters);
  });

  it('a Kazakh list is read with its letters, and the code page read is said', async () => {
    const { result, files, rejected } = await importList('1с.csv', kz1048(csv), { values: { body: AKIMAT } });
    expect(rejected).toEqual([]);
    expect(result.codePage).toBe('kz-1048');
    expect(files.map((s) => [s['fullName'], s['unit']])).toEqual([
      ['Әбілқасымова Гүлнар Серікқызы', 'Қаржы бөлімі'],
      ['Һасенов Ұлан Ғалымұлы', 'Қаржы бөлімі'],
    ]);
  });

  it('a Russian list with Kazakh names keeps the names (windows-1251 would make «Јбілќасымова» of them)', async () => {
    const { result, files } = await importList('1с.csv', kz1048('ФИО;Должность;Категория;Дата назначения\r\nӘбілқасымова Гүлнар;главный специалист;С-4;05.01.2026\r\nИванов Иван;главный специалист;С-4;05.01.2026\r\n'), { values: { body: AKIMAT } });
    expect(result.codePage).toBe('kz-1048');
    expect(files.map((s) => s['fullName'])).toEqual(['Әбілқасымова Гүлнар', 'Иванов Иван']);
  });

  it('a windows-1251 list with Ukrainian and Belarusian names («є», «ї», «ў») is read as windows-1251, each name whole', async () => {
    const names = ['Сергієнко Олена Євгенівна', 'Заїка Ігор Петрович', 'Пятроў Андрэй', 'Ґудзь Марія'];
    const csv = `ФИО;Должность;Категория;Дата назначения\r\n${names.map((n) => `${n};главный специалист;С-4;05.01.2026`).join('\r\n')}\r\n`;
    const { result, files, rejected } = await importList('1с.csv', cp1251(csv), { values: { body: AKIMAT } });
    expect(rejected).toEqual([]);
    expect(result.codePage).toBe('windows-1251');
    expect(files.map((s) => s['fullName'])).toEqual(names);
  });

  it('Kazakh names with only the letters a Ukrainian or Belarusian word could also be (ғ ү ұ ө) are read as KZ-1048', async () => {
    const names = ['Нұрғалиева Айгүл', 'Бөкеев Сырғабай', 'Тоғжан Үсенова'];
    const csv = `ФИО;Должность;Категория;Дата назначения\r\n${names.map((n) => `${n};главный специалист;С-4;05.01.2026`).join('\r\n')}\r\n`;
    const table = await readStaffTable('1с.csv', kz1048(csv));
    expect(table.codePage).toBe('kz-1048');
    expect(table.rows.map((r) => r.cells[0])).toEqual(names);
  });

  it('words that read well both ways: KZ-1048 is read and the choice is said, with the words both ways', async () => {
    const csv = 'ФИО;Должность;Категория;Дата назначения\r\nҒалия Иванова;главный специалист;С-4;05.01.2026\r\n';
    const table = await readStaffTable('1с.csv', kz1048(csv));
    expect(table.codePage).toBe('kz-1048');
    expect(table.rows[0]!.cells[0]).toBe('Ғалия Иванова');
    expect(table.codePageNote?.kk).toBe('CSV KZ-1048 кодталуымен оқылды, бірақ 1 сөздің 1-і windows-1251 кодталуымен де оқылуы мүмкін: «Ғалия» (windows-1251: «Єалия»). Аты-жөндер қате шықса, тізімді Excel-де ашып, «Басқаша сақтау» → «CSV UTF-8» не «Excel жұмыс кітабы (*.xlsx)» арқылы сақтаңыз.');
    expect(table.codePageNote?.ru).toMatch(/^CSV прочитан в кодировке KZ-1048, но 1 из 1 слов можно прочитать и в windows-1251: «Ғалия» \(windows-1251: «Єалия»\)/);
    expect(table.codePageNote?.en).toMatch(/^The CSV was read as KZ-1048, but 1 of 1 words read as windows-1251 too/);
    // a file whose every such word speaks for one reading says nothing more than the code page
    expect((await readStaffTable('1с.csv', kz1048(csv.replace('Ғалия', 'Әлия')))).codePageNote).toBeUndefined();
  });

  it.each([
    ['Айгүл', 'kz-1048', 'ї after a consonant is no Ukrainian spelling'],
    ['Өтепова', 'kz-1048', 'ґ before т is no Ukrainian spelling'],
    ['Әлия', 'kz-1048', 'ј is a Serbian letter'],
    ['Сергієнко', 'windows-1251', 'ғ between і and н is no Kazakh spelling'],
    ['Заїка', 'windows-1251', 'ү after а: Kazakh writes no two vowels together'],
    ['Пятроў', 'windows-1251', 'ұ after о: the same'],
    ['Ғалия', 'kz-1048', 'either, so KZ-1048, said'],
  ])('«%s» (as its code page writes it) is read as %s: %s', async (word, codePage, why) => {
    const bytes = codePage === 'kz-1048' ? kz1048(word) : cp1251(word);
    const r = await decodeSingleByte(bytes);
    expect(r.codePage).toBe(codePage);
    expect(r.text).toBe(word);
    expect(r.note !== undefined).toBe(why.startsWith('either'));
  });

  it('the header a reading recognises weighs more than the words: names that read either way go with it', async () => {
    const bytes = kz1048('Ғалия Ғани;Ғалия Ғани\r\n');
    const headerIn = (wanted: string) => (text: string) => (text.includes(wanted) ? 3 : 0);
    expect((await decodeSingleByte(bytes, headerIn('Єалия'))).codePage).toBe('windows-1251');
    expect((await decodeSingleByte(bytes, headerIn('Ғалия'))).codePage).toBe('kz-1048');
    // one word that speaks for windows-1251 against one either way: windows-1251, the other word said
    const mixed = await decodeSingleByte(cp1251('Заїка Гаєвська\r\n'));
    expect(mixed.codePage).toBe('windows-1251');
    expect(mixed.text).toBe('Заїка Гаєвська\r\n');
    expect(mixed.note?.en).toBe('The CSV was read as windows-1251, but 1 of 2 words read as KZ-1048 too: «Гаєвська» (KZ-1048: «Гағвська»). If the names came out wrong, open the list in Excel, «Save as» → «CSV UTF-8» or «Excel Workbook (*.xlsx)».');
  });

  it('a Kazakh header read with its letters: the header and the names under it', async () => {
    const header = 'Тегі, аты, әкесінің аты;Лауазымы;Санаты;Лауазымға тағайындалған күні\r\n';
    const table = await readStaffTable('1с.csv', kz1048(`${header}Ғалия Ғани;маман;С-4;05.01.2026\r\nҒалия Ғани;маман;С-4;05.01.2026\r\n`));
    expect(table.codePage).toBe('kz-1048');
    expect(table.headers[3]).toBe('Лауазымға тағайындалған күні');
  });

  it('a windows-1251 list without those bytes is still read as windows-1251', async () => {
    const table = await readStaffTable('1с.csv', kz1048('ФИО;Должность;Категория;Дата назначения\r\nИванов Иван Іванович;главный специалист;С-4;05.01.2026\r\n'));
    expect(table.codePage).toBe('windows-1251');
    expect(table.rows[0]!.cells[0]).toBe('Иванов Иван Іванович');
  });
});

describe("the full name headed as officers' sheets head it", () => {
  it.each([
    'Қызметшінің тегі, аты, әкесінің аты (болған жағдайда)',
    'Қызметшілердің тегі, аты, әкесінің аты\n(болған жағдайда)',
    'Тегі, аты, әкесінің аты болған жағдайда',
    'Фамилия, имя,\nотчество\n(при его наличии)',
    'Фамилия, имя, отчество при наличии',
    'Фамилия имя отчество',
    'Фамилия, имя, отчество государственного служащего',
    'Ф.И.О. сотрудника',
    'ФИО служащего',
    'Ф. И. О.',
    'Т.А.Ә',
    'Т. А. Ә.',
    'Қызметшінің Т.А.Ә.',
    'Қызметкердің аты-жөні',
    'Employee name',
    'Тегі, аты-жөні',
    'Тегі аты-жөні',
    'Аты-жөні',
    'Аты-жөні, тегі',
    'Толық аты-жөні',
    'Қызметшінің толық аты-жөні',
    'Фамилия и инициалы',
    'Фамилия, инициалы',
    'ФИО полностью',
    'Ф.И.О. (полностью)',
    'Фамилия, имя и отчество',
    'Фамилия, имя, отчество полностью',
    'Тегі, есімі, әкесінің есімі',
    'Surname, name, patronymic',
  ])('«%s» is the full name', (header) => {
    expect(mapHeaders(['Р/с №', header, 'Лауазымы']).mapping).toEqual({ fullName: 1, position: 2 });
  });

  it.each(['Ф.И.О. руководителя', 'Ф.И.О. непосредственного руководителя', 'Тікелей басшының Т.А.Ә.', 'Бөлімше басшысының аты-жөні', 'Список сотрудников', 'Тікелей басшының тегі, аты-жөні', 'Фамилия и инициалы руководителя', 'Басшының толық аты-жөні', 'Руководитель: фамилия и инициалы', 'Аты', 'Тегі', 'Фамилия'])("«%s» is not the servant's name", (header) => {
    expect(mapHeaders([header, 'Лауазымы']).mapping).toEqual({ position: 1 });
  });

  it("the servant's column is taken, not the supervisor's name before it; the words of whose it is name other fields too", () => {
    const headers = ['Ф.И.О. непосредственного руководителя', 'Ф.И.О. сотрудника', 'Должность сотрудника', 'Категория', 'Дата назначения сотрудника'];
    const { mapping, unmatched } = mapHeaders(headers);
    expect(mapping).toEqual({ fullName: 1, position: 2, category: 3, appointedOn: 4 });
    expect(unmatched).toEqual(['Ф.И.О. непосредственного руководителя']);
  });

  it('«Тегі, аты-жөні» beside the supervisor\'s «тегі, аты-жөні», «Лауазымы» and «Құрылымдық бөлімше»: each column its own field', () => {
    const headers = ['№ р/с', 'Тікелей басшының тегі, аты-жөні', 'Тегі, аты-жөні', 'Лауазымы', 'Құрылымдық бөлімше', 'Санаты'];
    const { mapping, unmatched } = mapHeaders(headers);
    expect(mapping).toEqual({ fullName: 2, position: 3, unit: 4, category: 5 });
    expect(unmatched).toEqual(['№ р/с', 'Тікелей басшының тегі, аты-жөні']);
  });
});

describe('the category written as the act prints the code', () => {
  const mic = packById('mic-2018')!;
  it.each([
    ['с4', 'С-4'],
    ['C-4', 'С-4'],
    ['Е-R3', 'Е-R-3'],
    ['D - 0 - 3', 'D-О-3'],
  ])('«%s» is written «%s», with a note', (spelled, code) => {
    const { servant, note } = categoryAsTheActPrints(mic, { fullName: 'А', category: spelled });
    expect(servant).toEqual({ fullName: 'А', category: code });
    expect(note?.en).toMatch(new RegExp(`^«category»: «${spelled}» written as the act prints it, «${code}» \\(.+; mic-2018, App\\. 4\\)$`));
  });

  it.each(['С-4', '«А» корпусы', 'бас маман', 'Х-4', '1-санат'])('«%s» is kept as the list spells it, no note', (spelled) => {
    expect(categoryAsTheActPrints(mic, { category: spelled })).toEqual({ servant: { category: spelled } });
  });

  it('a methodology without codes (asa-a-corps: «1-санат») keeps every spelling', async () => {
    expect(categoryAsTheActPrints(packById('asa-a-corps')!, { category: 'с4' })).toEqual({ servant: { category: 'с4' } });
    const { result, files } = await importList('тізім.xlsx', await akimatList(), { values: { body: AKIMAT }, methodology: 'asa-a-corps' });
    expect(files.map((s) => s['category'])).toEqual(['С-4', 'C-4', 'с4', 'Е-R-3']);
    expect(result.written.every((w) => w.notes === undefined)).toBe(true);
  });
});

describe("what an officer's own sheet has besides the servants", () => {
  it('a numbered template: the rows at the end with only their number are empty rows, skipped; a row half filled is still named', async () => {
    const csv = '№ р/с;Тегі, аты-жөні;Лауазымы;Санаты;Мемлекеттік орган;Лауазымға тағайындалған күні\n'
      + `1;Әбілқасымова Гүлнар;бас маман;С-4;${AKIMAT};05.01.2026\n`
      + '2;Жұмабеков Нұрлан;;;;\n3;;;;;\n4;;;;;\n5;;;;;\n';
    const { files, rejected } = await importList('тізім.csv', new TextEncoder().encode(csv));
    expect(files.map((s) => s['fullName'])).toEqual(['Әбілқасымова Гүлнар']);
    expect(rejected).toEqual(['3: «лауазымы» бос; «санаты» бос; «мемлекеттік орган» бос; «тағайындалған күні» бос']);
  });

  it('a name written over two lines of its cell or with double spaces is written with one space', async () => {
    const csv = 'Тегі, аты-жөні;Лауазымы;Санаты;Мемлекеттік орган;Лауазымға тағайындалған күні\n'
      + `"Әбілқасымова\nГүлнар  Серікқызы";"бас\u00a0 маман";С-4;${AKIMAT};05.01.2026 0:00:00\n`;
    const { files, rejected } = await importList('тізім.csv', new TextEncoder().encode(csv));
    expect(rejected).toEqual([]);
    expect(files.map((s) => [s['fullName'], s['position'], s['appointedOn']])).toEqual([['Әбілқасымова Гүлнар Серікқызы', 'бас маман', '2026-01-05']]);
  });
});
