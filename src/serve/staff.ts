/**
 * A staff list (XLSX via exceljs, CSV via csv-parse) → one servant per row. Column headers are recognised in
 * Kazakh, Russian and English; the mapping found is returned so it can be shown and overridden. A bad row
 * gets a message with its row number; the good rows are kept.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Pack } from '../acts/pack.js';
import { categoryReading, changeWords } from '../check/category.js';
import { t3, type Text3 } from '../law/finding.js';
import { isValidIso } from '../law/calendar/index.js';
import { monthGenitiveRu, monthName } from '../law/calendar/messages.js';
import { decodeSingleByte, type CodePage } from './code-page.js';
import { periodPart, safePart } from './file-name.js';

/** Servant fields a staff list may carry, with the header words that name them (lower-case, compared loosely). */
export const STAFF_FIELDS: { field: string; label: Text3; aliases: string[]; required?: true; kind?: 'date' | 'boolean' }[] = [
  { field: 'id', label: t3('табель нөмірі', 'табельный номер', 'personnel number'), aliases: ['табель нөмірі', 'табель', 'табельный номер', 'таб. номер', 'таб номер', 'id', 'personnel number', 'no.'] },
  { field: 'fullName', label: t3('Т.А.Ә.', 'ФИО', 'full name'), aliases: [
    'т.а.ә.', 'таә', 'тегі, аты, әкесінің аты', 'тегі, есімі, әкесінің есімі', 'аты-жөні', 'тегі, аты-жөні',
    'фио', 'ф.и.о.', 'фамилия, имя, отчество', 'фамилия, имя и отчество', 'фамилия и инициалы', 'фамилия, инициалы',
    'full name', 'name', 'surname, name, patronymic', 'surname and initials',
  ], required: true },
  { field: 'position', label: t3('лауазымы', 'должность', 'position'), aliases: ['лауазымы', 'лауазым', 'лауазымның атауы', 'лауазым атауы', 'должность', 'наименование должности', 'position'], required: true },
  { field: 'category', label: t3('санаты', 'категория', 'category'), aliases: ['санаты', 'лауазым санаты', 'лауазымның санаты', 'санат', 'категория', 'категория должности', 'category'], required: true },
  { field: 'unit', label: t3('құрылымдық бөлімше', 'структурное подразделение', 'unit'), aliases: ['құрылымдық бөлімше', 'құрылымдық бөлімшенің атауы', 'құрылымдық бөлімшесінің атауы', 'бөлімше', 'бөлім', 'структурное подразделение', 'наименование структурного подразделения', 'подразделение', 'отдел', 'unit', 'department'] },
  { field: 'body', label: t3('мемлекеттік орган', 'государственный орган', 'state body'), aliases: ['мемлекеттік орган', 'мемлекеттік органның атауы', 'орган', 'государственный орган', 'наименование государственного органа', 'госорган', 'body', 'state body'], required: true },
  { field: 'appointedOn', label: t3('тағайындалған күні', 'дата назначения', 'appointed on'), aliases: ['тағайындалған күні', 'лауазымға тағайындалған күні', 'тағайындалу күні', 'лауазымға тағайындалу күні', 'тағайындалды', 'дата назначения', 'дата назначения на должность', 'назначен', 'appointed on', 'appointed'], required: true, kind: 'date' },
  { field: 'directSupervisor', label: t3('тікелей басшы', 'непосредственный руководитель', 'direct supervisor'), aliases: ['тікелей басшы', 'тікелей басшысы', 'непосредственный руководитель', 'руководитель', 'direct supervisor', 'supervisor'] },
  { field: 'superiorManager', label: t3('жоғары тұрған басшы', 'вышестоящий руководитель', 'superior manager'), aliases: ['жоғары тұрған басшы', 'вышестоящий руководитель', 'superior manager'] },
  { field: 'unitHead', label: t3('бөлімше басшысы', 'руководитель подразделения', 'head of unit'), aliases: ['бөлімше басшысы', 'құрылымдық бөлімшенің басшысы', 'руководитель подразделения', 'руководитель структурного подразделения', 'head of unit', 'unit head'] },
  { field: 'managerial', label: t3('басшы лауазым', 'руководящая должность', 'managerial'), aliases: ['басшы лауазым', 'басшы', 'руководящая должность', 'руководящая', 'managerial'], kind: 'boolean' },
];

/**
 * The parts of a name a list may keep in columns of their own («Тегі» | «Аты» | «Әкесінің аты», «Фамилия» | «Имя» |
 * «Отчество»), often under one header merged over the three: joined in this order, with one space, into the full name
 * (the patronymic only where there is one — «при наличии», as the law says of it).
 */
export const NAME_PARTS: { part: 'surname' | 'givenName' | 'patronymic'; label: Text3; aliases: string[]; required?: true }[] = [
  { part: 'surname', label: t3('тегі', 'фамилия', 'surname'), aliases: ['тегі', 'тегіңіз', 'фамилия', 'surname', 'last name', 'family name'], required: true },
  { part: 'givenName', label: t3('аты', 'имя', 'given name'), aliases: ['аты', 'есімі', 'имя', 'given name', 'first name'], required: true },
  { part: 'patronymic', label: t3('әкесінің аты', 'отчество', 'patronymic'), aliases: ['әкесінің аты', 'әкесінің есімі', 'отчество', 'patronymic'] },
];

/**
 * The name part a header names: the header is the part's word («Тегі»), or ends with it after a group's header read
 * down («Аты-жөні Тегі», «Ф.И.О. Фамилия»); words in parentheses («(бар болса)», «(при наличии)») set aside. The
 * longest word wins, so that «Әкесінің аты» is the patronymic, not the given name.
 */
export function namePartOf(header: string): (typeof NAME_PARTS)[number] | undefined {
  const n = norm(header.replace(/\([^)]*\)/g, ' '));
  let best: { p: (typeof NAME_PARTS)[number]; len: number } | undefined;
  for (const p of NAME_PARTS)
    for (const a of p.aliases)
      if ((n === a || n.endsWith(` ${a}`)) && a.length > (best?.len ?? 0)) best = { p, len: a.length };
  return best?.p;
}

export interface StaffTable {
  headers: string[];
  /** The row number of the header row (rows above it — a title, a date — are not data). */
  headerRow: number;
  /**
   * The texts of the rows above the header, top down (a cell merged across the row once): the body's name is often
   * there, and the import offers them for the value every row is given.
   */
  above?: string[];
  /**
   * rowNo: the row number the user sees (1 = header row in the spreadsheet or CSV); wide: the row's text is one cell
   * merged across columns (a department's name over its rows).
   */
  rows: { rowNo: number; cells: unknown[]; wide?: boolean }[];
  /** The workbook's sheet the list was read from (none for a CSV). */
  sheet?: string;
  /** The workbook's visible sheets that hold a list (a header row of ours), the one read among them: one per department is common. */
  sheets?: string[];
  /** The workbook counts its dates from 1904 (Excel for Mac's old default): a date's serial number is counted from there. */
  date1904?: true;
  /**
   * The code page of a CSV that is not UTF-8: windows-1251, where Excel writes «?» for each letter the code page lacks
   * (Kazakh ә ң ғ ү ұ қ ө һ), or KZ-1048, which has them (src/serve/code-page.ts).
   */
  codePage?: CodePage;
  /** Said when the CSV's words do not all speak for the code page read: which was read, words both ways (code-page.ts). */
  codePageNote?: Text3;
}

export class StaffFileError extends Error {
  constructor(readonly text: Text3) {
    super(text.en);
  }
}

export const MAX_STAFF_ROWS = 5000;

const norm = (s: string): string => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').replace(/[:*]+$/, '').trim();

/** What to do with a spreadsheet that is not read: save it as .xlsx (the words of Excel's and LibreOffice's «Save as»). */
const SAVE_AS_XLSX = t3(
  'Файлды Excel-де не LibreOffice Calc-та ашып, «Басқаша сақтау» → «Excel жұмыс кітабы (*.xlsx)» арқылы сақтаңыз да, сақталған файлды таңдаңыз.',
  'Откройте файл в Excel или LibreOffice Calc, выберите «Сохранить как» → «Книга Excel (*.xlsx)» и выберите сохранённый файл.',
  'Open the file in Excel or LibreOffice Calc, «Save as» → «Excel Workbook (*.xlsx)», and choose the saved file.',
);
const withSaveAs = (kk: string, ru: string, en: string): StaffFileError => new StaffFileError(t3(`${kk} ${SAVE_AS_XLSX.kk}`, `${ru} ${SAVE_AS_XLSX.ru}`, `${en} ${SAVE_AS_XLSX.en}`));

const startsWith = (bytes: Uint8Array, magic: number[]): boolean => magic.every((b, i) => bytes[i] === b);
/** An OLE2 compound file: Excel 97–2003 (.xls), or an .xlsx protected by a password (Excel encrypts it into one). */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Bytes of a flat OpenDocument file read for its root tag (LibreOffice declares ~40 namespaces before the mimetype). */
const FLAT_HEAD = 16 * 1024;

/**
 * Reads an XLSX or an ODS (the first visible sheet that holds the list), or a CSV (comma, semicolon or tab, as the
 * first lines show). What the file is comes from its bytes, then its name: an ODS named .xlsx is read as the ODS it
 * is; an Excel 97–2003 file is told as what it is, with what to do (save it as .xlsx), not as a broken zip.
 */
export async function readStaffTable(name: string, bytes: Uint8Array, sheet?: string): Promise<StaffTable> {
  if (startsWith(bytes, OLE2) || (/\.xls$/i.test(name) && !startsWith(bytes, ZIP)))
    throw withSaveAs(
      `«${name}»: бұл ескі Excel 97–2003 пішіміндегі (.xls) не құпиясөзбен қорғалған файл, оны оқу мүмкін емес (құпиясөз болса, алып тастаңыз).`,
      `«${name}»: это файл старого формата Excel 97–2003 (.xls) или файл, защищённый паролем; такой файл прочитать нельзя (пароль, если он есть, снимите).`,
      `«${name}»: this is an old Excel 97–2003 file (.xls) or a file protected by a password, which cannot be read (remove the password if there is one).`,
    );
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 100));
  // an .ods is a zip whose first entry, «mimetype», says so (ODF 1.3 part 2, § 3.3); a text document is no list
  if (startsWith(bytes, ZIP) && head.includes('opendocument.spreadsheet')) return readOds(name, bytes, sheet);
  // a flat one (.fods, one XML file) says so in its root's office:mimetype (ODF 1.3 part 3, § 2.2.1)
  const flat = startsWith(bytes, ZIP) ? '' : new TextDecoder('utf-8').decode(bytes.subarray(0, FLAT_HEAD));
  if (/<office:document[\s>]/.test(flat) && /office:mimetype="application\/vnd\.oasis\.opendocument\.spreadsheet"/.test(flat)) return readOds(name, bytes, sheet, true);
  if (/\.fods$/i.test(name) || /<office:document[\s>]/.test(flat) || (startsWith(bytes, ZIP) && head.includes('opendocument')) || (/\.ods$/i.test(name) && !startsWith(bytes, ZIP)))
    throw withSaveAs(`«${name}»: бұл OpenDocument кестесі (.ods) емес, оны оқу мүмкін емес.`, `«${name}»: это не таблица OpenDocument (.ods), прочитать её нельзя.`, `«${name}»: this is no OpenDocument spreadsheet (.ods) and cannot be read.`);
  if (startsWith(bytes, ZIP) || /\.xlsx$/i.test(name)) return readXlsx(name, bytes, sheet);
  if (/\.(csv|txt)$/i.test(name)) {
    // a sheet asked of a CSV is a mistake about the file (another file meant), not a choice to pass over
    if (sheet !== undefined && sheet !== '') throw new StaffFileError(t3(`«${name}»: CSV файлында парақ жоқ («${sheet}» парағы сұралды)`, `«${name}»: в файле CSV нет листов (запрошен лист «${sheet}»)`, `«${name}»: a CSV file has no sheets (sheet «${sheet}» was asked for)`));
    return readCsv(bytes);
  }
  throw withSaveAs(`«${name}»: тек .xlsx, .ods, .fods немесе .csv қабылданады.`, `«${name}»: принимаются только .xlsx, .ods, .fods или .csv.`, `«${name}»: only .xlsx, .ods, .fods or .csv is accepted.`);
}

async function readCsv(bytes: Uint8Array): Promise<StaffTable> {
  let text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
  let codePage: CodePage | undefined;
  let codePageNote: Text3 | undefined;
  // not UTF-8: Excel's «CSV» on a Russian Windows is windows-1251, an older Kazakh export KZ-1048; the header a
  // reading recognises is part of the evidence
  if (text.includes('\uFFFD')) ({ text, codePage, note: codePageNote } = await decodeSingleByte(bytes, headerFieldsIn));
  // the delimiter the header shows: the one splitting some early line the most (a title line above the header may have none)
  const early = text.split(/\r?\n/, HEADER_SEARCH_ROWS);
  const delimiter = [';', '\t', ','].map((d) => [d, Math.max(...early.map((l) => l.split(d).length))] as const).sort((a, b) => b[1] - a[1])[0]?.[0] ?? ',';
  let records: string[][];
  try {
    records = parseCsv(text, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
  } catch (e) {
    const m = /line (\d+)/i.exec((e as Error).message);
    const where = m ? m[1] : '?';
    throw new StaffFileError(t3(`CSV оқылмады (${where}-жол): ${(e as Error).message}`, `CSV не прочитан (строка ${where}): ${(e as Error).message}`, `CSV could not be read (line ${where}): ${(e as Error).message}`));
  }
  const table = tableOf(records.map((cells, i) => ({ rowNo: i + 1, cells })));
  // a header whose Kazakh letters the code page lost («Тегі, аты, ?кесіні? аты») names no column: every name in the
  // list lost them too, so the list is refused whole with what to do, not column by column
  const lost = codePage === 'windows-1251' ? table.headers.find((h) => LOST_LETTER.test(h)) : undefined;
  if (lost !== undefined)
    throw new StaffFileError(t3(
      `CSV windows-1251 кодымен сақталған: қазақ әріптері «?» болып жоғалды (${table.headerRow}-жол, «${lost}»). Тізімді Excel-де ашып, «Басқаша сақтау» → «Excel жұмыс кітабы (*.xlsx)» не «CSV UTF-8» арқылы сақтаңыз да, сақталған файлды таңдаңыз.`,
      `CSV сохранён в кодировке windows-1251: казахские буквы потеряны, вместо них «?» (строка ${table.headerRow}, «${lost}»). Откройте список в Excel, выберите «Сохранить как» → «Книга Excel (*.xlsx)» или «CSV UTF-8» и выберите сохранённый файл.`,
      `The CSV was saved as windows-1251: the Kazakh letters are lost, «?» in their place (row ${table.headerRow}, «${lost}»). Open the list in Excel, «Save as» → «Excel Workbook (*.xlsx)» or «CSV UTF-8», and choose the saved file.`,
    ));
  return limit({ ...table, ...(codePage ? { codePage } : {}), ...(codePageNote ? { codePageNote } : {}) });
}

/** How many staff fields the best header row among a text's first lines names (its cells split at ; tab or ,). */
const headerFieldsIn = (text: string): number => Math.max(0, ...text.split(/\r?\n/, HEADER_SEARCH_ROWS).map((line) => headerScore(line.split(/[;\t,]/))));

/**
 * `sheet`: the sheet to read, by name, else by its number among the visible sheets as Excel shows their tabs (1 = the
 * first; a sheet named «2» is that sheet, not the second); none: the first visible sheet that holds a list.
 */
async function readXlsx(name: string, bytes: Uint8Array, sheet?: string): Promise<StaffTable> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (e) {
    throw withSaveAs(`«${name}»: XLSX оқылмады (${(e as Error).message}).`, `«${name}»: XLSX не прочитан (${(e as Error).message}).`, `«${name}»: the XLSX could not be read (${(e as Error).message}).`);
  }
  const cell = (v: ExcelJS.CellValue): unknown => {
    if (v && typeof v === 'object' && !(v instanceof Date)) {
      if ('richText' in v) return v.richText.map((r) => r.text).join('');
      if ('result' in v) return v.result;
      if ('text' in v) return v.text;
    }
    return v;
  };
  const rowsOf = (ws: ExcelJS.Worksheet): StaffTable['rows'] => {
    const rows: StaffTable['rows'] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNo) => {
      // a merged cell's other cells read as its value; «wide»: the row's text is one cell merged across columns
      let wide = false;
      row.eachCell((c) => {
        if (c.isMerged && c.master.address !== c.address && Number(c.master.row) === rowNo) wide = true;
      });
      rows.push({ rowNo, cells: (row.values as ExcelJS.CellValue[]).slice(1).map(cell), ...(wide ? { wide } : {}) });
    });
    return rows;
  };
  const sheets = wb.worksheets.filter((ws) => ws.state === undefined || ws.state === 'visible');
  const chosen = chooseSheet(name, sheets.map((ws) => ({ sheet: ws.name, rows: rowsOf(ws) })), sheet);
  return limit({ ...chosen, ...(wb.properties.date1904 ? { date1904: true as const } : {}) });
}

/**
 * An OpenDocument spreadsheet (LibreOffice Calc's own format), zipped (.ods) or flat (.fods): its visible sheets,
 * read as a workbook's (src/serve/ods.ts).
 */
async function readOds(name: string, bytes: Uint8Array, sheet?: string, flat = false): Promise<StaffTable> {
  const { readOdsSheets, readFlatOdsSheets } = await import('./ods.js');
  let sheets;
  try {
    sheets = (flat ? readFlatOdsSheets : readOdsSheets)(bytes, MAX_STAFF_ROWS + HEADER_SEARCH_ROWS);
  } catch (e) {
    throw withSaveAs(`«${name}»: ODS оқылмады (${(e as Error).message}).`, `«${name}»: ODS не прочитан (${(e as Error).message}).`, `«${name}»: the ODS could not be read (${(e as Error).message}).`);
  }
  return limit(chooseSheet(name, sheets.filter((s) => s.visible).map((s) => ({ sheet: s.name, rows: s.rows })), sheet));
}

/**
 * The sheet of a workbook (XLSX or ODS) to read, among its visible ones: `sheet` by name, else by its number as the
 * tabs show them (1 = the first; a sheet named «2» is that sheet, not the second); none: the first that holds a list
 * (a header row of ours — a workbook may open on its instructions). The others holding a list are named (`sheets`).
 */
function chooseSheet(name: string, tables: { sheet: string; rows: StaffTable['rows'] }[], sheet?: string): StaffTable {
  if (!tables.length) throw new StaffFileError(t3('Кітапта парақ жоқ', 'В книге нет листов', 'The workbook has no sheet'));
  const lists = tables.filter((t) => headerRowIndex(t.rows) >= 0);
  let chosen = lists[0] ?? tables[0]!;
  if (sheet !== undefined && sheet !== '') {
    const asked = tables.find((t) => t.sheet === sheet) ?? (/^\d+$/.test(sheet) ? tables[Number(sheet) - 1] : undefined);
    if (!asked) {
      const names = tables.map((t) => `«${t.sheet}»`).join(', ');
      throw new StaffFileError(t3(`«${name}»: «${sheet}» парағы жоқ (парақтары: ${names})`, `«${name}»: нет листа «${sheet}» (листы: ${names})`, `«${name}»: no sheet «${sheet}» (sheets: ${names})`));
    }
    chosen = asked;
  }
  return { ...tableOf(chosen.rows), sheet: chosen.sheet, sheets: lists.map((t) => t.sheet) };
}

/** A header's words in order, so that «Руководитель непосредственный» (a two-row header read down) names the field «непосредственный руководитель» does. */
/** Its words in any order, without the stops and commas between them: «Ф. И. О», «Т.А.Ә», «Фамилия имя отчество» as the aliases write them. */
const wordsKey = (s: string): string => norm(s).split(/[\s.,;]+/).filter(Boolean).sort().join(' ');

/**
 * Words a header adds to say whose column it is — the servant's: «Ф.И.О. сотрудника», «Қызметшінің тегі, аты, әкесінің
 * аты (болған жағдайда)» as the acts' own forms head it (act 000 App. 1–3) — or that the patronymic is written only
 * where there is one, outside parentheses («… при наличии»). Set aside, the field's own words name the column. A header
 * about another person («Ф.И.О. руководителя», «Тікелей басшының Т.А.Ә.») keeps its words and names no field of the
 * servant's.
 */
const WHOSE_BEFORE = /^(?:(?:бағаланатын )?(?:қызметшінің|қызметшілердің|қызметкердің|қызметкерлердің)|employee's|servant's|employee|servant|толық|full) /u;
const WHOSE_AFTER = / (?:(?:государственного )?служащего|служащих|сотрудника|сотрудников|работника|работников|при (?:его )?наличии|болған жағдайда|бар болса|if any|of (?:the )?(?:employee|servant)|полностью|толық|in full)$/u;

/** The header without the words that say whose it is, or that it is written in full («толық», «полностью»). */
function withoutWhose(n: string): string {
  let out = n;
  for (let before = ''; before !== out; ) {
    before = out;
    out = out.replace(WHOSE_BEFORE, '').replace(WHOSE_AFTER, '');
  }
  return out;
}

/**
 * The staff field a header names, if any; else the header without its words in parentheses — the acts' forms head
 * the name's column «Тегі, аты, әкесінің аты (болған жағдайда)», and lists copy it — or without the words that say it
 * is the servant's ({@link withoutWhose}).
 */
function fieldOf(header: string): (typeof STAFF_FIELDS)[number] | undefined {
  const n = norm(header);
  if (!n) return undefined;
  const k = wordsKey(header);
  const exact = STAFF_FIELDS.find((s) => s.aliases.some((a) => norm(a) === n));
  if (exact) return exact;
  // «Аты-жөні Тегі» (a part under the name's group, read down: joined by a space alone) is the part, though its words
  // are those of «Тегі, аты-жөні» and «Аты-жөні, тегі»
  const group = (a: string): string => n.slice(0, -a.length - 1);
  if (NAME_PARTS.some((p) => p.aliases.some((a) => n.endsWith(` ${a}`) && !/[,;]$/.test(group(a)) && fieldOf(group(a))?.field === 'fullName'))) return undefined;
  const found = STAFF_FIELDS.find((s) => s.aliases.some((a) => wordsKey(a) === k));
  if (found) return found;
  const bare = header.replace(/\([^)]*\)/g, ' ');
  if (bare !== header) return fieldOf(bare);
  const own = withoutWhose(n);
  return own !== n ? fieldOf(own) : undefined;
}

/** How many cells of a row name a staff field: a header row names several. */
const headerScore = (cells: unknown[]): number => {
  const seen = new Set<string>();
  for (const c of cells) {
    const f = fieldOf(String(c ?? ''));
    if (f) seen.add(f.field);
    else if (namePartOf(String(c ?? ''))?.required) seen.add('fullName');
  }
  return seen.size;
};

/** Rows above the header looked at: a title, the body's name, a date, a blank row or two. */
const HEADER_SEARCH_ROWS = 20;

/**
 * The header row: among the first rows, the one naming the most staff fields (at least two — a title such as
 * «Список сотрудников» names none); -1 if none does.
 */
function headerRowIndex(rows: StaffTable['rows']): number {
  let best = -1;
  let bestScore = 1;
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((r, i) => {
    const score = headerScore(r.cells);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

const blank = (c: unknown): boolean => c === null || c === undefined || (!(c instanceof Date) && String(c).trim() === '');

/**
 * Rows (numbered as the user sees them) → header and data rows. HR lists often carry a title, the body's name
 * or a date above the header: the header is the row that names the staff fields (else the first non-empty row,
 * so a list with the user's own headers still maps with --map); the rows above it are not data. Empty rows are
 * skipped, the numbers of the others kept.
 */
function tableOf(all: StaffTable['rows']): StaffTable {
  const rows = all.filter((r) => r.cells.some((c) => !blank(c)));
  const found = headerRowIndex(rows);
  const h = found >= 0 ? found : 0;
  const head = rows[h];
  if (!head) throw new StaffFileError(t3('Файл бос', 'Файл пуст', 'The file is empty'));
  let headers = head.cells.map((c) => String(c ?? '').trim());
  let next = h + 1;
  const sub = rows[next];
  if (sub && sub.rowNo === head.rowNo + 1 && isSubHeader(headers, sub.cells)) {
    headers = withSubHeader(headers, sub.cells.map((c) => String(c ?? '').trim()));
    next++;
  }
  if (rows[next] && isColumnNumbers(rows[next]!.cells)) next++;
  const above = rows.slice(0, h).map((r) => [...new Set(r.cells.filter((c) => typeof c === 'string' && c.trim() !== '').map((c) => String(c).replace(/\s+/g, ' ').trim()))].join(' '));
  return { headers, headerRow: head.rowNo, rows: rows.slice(next), ...(above.length ? { above } : {}) };
}

/**
 * The row under a two-row header («Руководитель» over «непосредственный» | «вышестоящий», «Ф.И.О.» merged over both
 * rows): text only, at least one cell that is not the header's above it, and under every header that names a required
 * field nothing or that header again (a merged cell reads as its value) — a row of data has its name, position or
 * date there, so it is never taken for a header.
 */
function isSubHeader(headers: string[], cells: unknown[]): boolean {
  let own = 0;
  for (let i = 0; i < Math.max(headers.length, cells.length); i++) {
    const c = cells[i];
    if (blank(c)) continue;
    if (typeof c !== 'string') return false;
    const above = headers[i] ?? '';
    if (norm(c) === norm(above)) continue;
    // under the full name merged over its parts («Аты-жөні» over «Тегі» | «Аты» | «Әкесінің аты») the parts' names
    if (above && fieldOf(above)?.required && !(fieldOf(above)?.field === 'fullName' && namePartOf(c))) return false;
    own++;
  }
  return own > 0;
}

/**
 * The header of each column of a two-row header: the upper cell and the lower one («Руководитель непосредственный»);
 * under a group merged across columns the upper cell of the group's first column (a CSV leaves the others empty).
 */
function withSubHeader(headers: string[], sub: string[]): string[] {
  const out: string[] = [];
  let group = '';
  for (let i = 0; i < Math.max(headers.length, sub.length); i++) {
    const up = headers[i] ?? '';
    const low = sub[i] ?? '';
    const hasOwn = low !== '' && norm(low) !== norm(up);
    if (up) group = hasOwn ? up : '';
    out.push(!hasOwn ? up : `${up || group} ${low}`.trim());
  }
  return out;
}

/** The row of column numbers under a header (1 | 2 | 3 …), as official lists number their columns: not a servant. */
function isColumnNumbers(cells: unknown[]): boolean {
  const filled = cells.filter((c) => !blank(c));
  return filled.length >= 3 && filled.every((c, i) => String(c).trim() === String(i + 1));
}

function limit(t: StaffTable): StaffTable {
  if (t.rows.length > MAX_STAFF_ROWS) throw new StaffFileError(t3(`Жолдар тым көп: ${t.rows.length} (шегі ${MAX_STAFF_ROWS})`, `Слишком много строк: ${t.rows.length} (предел ${MAX_STAFF_ROWS})`, `Too many rows: ${t.rows.length} (limit ${MAX_STAFF_ROWS})`));
  return t;
}

/**
 * Header → field, from the aliases, then the user's overrides (`{ "Қызметкер": "fullName" }`, or a column number).
 * `nameParts`: the columns of the surname, the given name and the patronymic (if any), in that order, when no column
 * holds the full name and the list has the surname and the given name each in a column of its own.
 */
export function mapHeaders(headers: string[], overrides: Record<string, string> = {}): { mapping: Record<string, number>; unknownFields: string[]; unmatched: string[]; nameParts?: number[] } {
  const mapping: Record<string, number> = {};
  headers.forEach((h, i) => {
    const f = fieldOf(h);
    if (f && mapping[f.field] === undefined) mapping[f.field] = i;
  });
  const unknownFields: string[] = [];
  // the full name given back as the import showed it made of its parts, «Тегі + Аты + Әкесінің аты» (the page's choice)
  let asParts: number[] | undefined;
  for (const [col, field] of Object.entries(overrides)) {
    if (!STAFF_FIELDS.some((s) => s.field === field)) {
      unknownFields.push(field);
      continue;
    }
    const i = /^\d+$/.test(col) ? Number(col) - 1 : headers.findIndex((h) => norm(h) === norm(col));
    const parts = field === 'fullName' && i < 0 ? col.split(' + ').map((c) => headers.findIndex((h) => norm(h) === norm(c))) : [];
    if (i >= 0 && i < headers.length) mapping[field] = i;
    else if (parts.length > 1 && parts.every((k) => k >= 0)) {
      delete mapping['fullName'];
      asParts = parts;
    } else unknownFields.push(col);
  }
  let nameParts: number[] | undefined = asParts;
  if (mapping['fullName'] === undefined && !nameParts) {
    const taken = new Set(Object.values(mapping));
    const at = NAME_PARTS.map((p) => headers.findIndex((h, i) => !taken.has(i) && !fieldOf(h) && namePartOf(h) === p));
    if (NAME_PARTS.every((p, k) => !p.required || at[k]! >= 0)) nameParts = at.filter((i) => i >= 0);
  }
  const used = new Set([...Object.values(mapping), ...(nameParts ?? [])]);
  return { mapping, unknownFields, unmatched: headers.filter((_, i) => !used.has(i)), ...(nameParts ? { nameParts } : {}) };
}

const p2 = (n: number) => String(n).padStart(2, '0');

const isoOf = (d: Date): string => `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}`;

/**
 * The serial numbers of 01.01.1950 and 31.12.2099 in Excel's count of days: a date cell whose format was lost
 * (a column formatted «General», a CSV of it) holds its serial, 45296 for 05.01.2024. Nobody serving now was
 * appointed before 1950, and a number outside these bounds (a year, a personnel number) is not read as a date.
 */
const SERIAL_FROM = 18264;
const SERIAL_TO = 73050;

/**
 * A date as a staff list holds it: an Excel date, its serial number (days from 30.12.1899, or from 01.01.1904 in a
 * workbook that counts from there), ДД.ММ.ГГГГ with or without «г.» / «ж.» after it, YYYY-MM-DD, or in words
 * («2026 жылғы 5 қаңтар», «5 января 2026 г.»).
 */
export function staffDate(v: unknown, date1904 = false): string | undefined {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : isoOf(v);
  // a date-time cell's serial has the time of day as its fraction (45296.5, «45296,5» as a Russian CSV writes it): the day is its whole part
  const text = String(v ?? '').trim();
  if (typeof v === 'number' || /^\d{5}(?:[.,]\d+)?$/.test(text)) {
    const n = Math.floor(Number(text.replace(',', '.')));
    if (!Number.isInteger(n) || n < SERIAL_FROM || n > SERIAL_TO) return undefined;
    return isoOf(new Date(Date.UTC(date1904 ? 1904 : 1899, date1904 ? 0 : 11, date1904 ? 1 + n : 30 + n)));
  }
  // the time after a date-time («05.01.2024 0:00:00», as 1C and Excel write a date-time cell): the day is the date
  const day = text.replace(/\s+(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$/u, '');
  // «05.01.2024 г.» (года), «05.01.2024 ж.» (жыл, жылы)
  const bare = day.replace(/\s*(?:г|ж|жыл|жылы|года?)\.?$/iu, '');
  return kzDate(bare) ?? wordDate(bare);
}

/**
 * The month a word names: Kazakh as the calendar names it, with a case ending or not («қаңтар», «қаңтардағы»), Russian
 * in the nominative or the genitive («январь», «января»); 0 if none.
 */
function monthOf(word: string): number {
  const w = word.toLowerCase();
  for (let m = 1; m <= 12; m++) {
    const names = monthName(m);
    if (w.startsWith(names.kk) || w === names.ru.toLowerCase() || w === monthGenitiveRu(m) || w === names.en.toLowerCase()) return m;
  }
  return 0;
}

/**
 * A date written in words, as Kazakh and Russian lists and orders write it: «2026 жылғы 5 қаңтар» (also «2026 ж. 5
 * қаңтарда»), «5 қаңтар 2026», «5 января 2026» (the «ж.» / «г.» after the year already taken off).
 */
function wordDate(text: string): string | undefined {
  const t = text.replace(/[«»"“”]/g, '').replace(/\s+/g, ' ').trim();
  const yearFirst = /^(\d{4}) ?(?:жылғы|жылы|ж\.?) ?(\d{1,2}) ?(\p{L}+)$/u.exec(t);
  const dayFirst = /^(\d{1,2}) ?(\p{L}+) ?(\d{4})$/u.exec(t);
  const [y, d, word] = yearFirst ? [yearFirst[1], yearFirst[2], yearFirst[3]] : dayFirst ? [dayFirst[3], dayFirst[1], dayFirst[2]] : [];
  const m = word ? monthOf(word) : 0;
  if (!m) return undefined;
  const iso = `${y}-${p2(m)}-${p2(Number(d))}`;
  return isValidIso(iso) ? iso : undefined;
}

/** «ДД.ММ.ГГГГ» (also with / or -) or ISO → ISO; undefined if it is not a real date. */
export function kzDate(s: string): string | undefined {
  const t = s.trim();
  let iso: string | undefined;
  const dmy = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(t);
  if (dmy) iso = `${dmy[3]}-${p2(Number(dmy[2]))}-${p2(Number(dmy[1]))}`;
  else if (/^\d{4}-\d{2}-\d{2}$/.test(t)) iso = t;
  return iso && isValidIso(iso) ? iso : undefined;
}

/**
 * The category as the check reads it ({@link categoryReading}, src/check/category.ts), written so: a value shaped like a
 * code that reads as one of the act's («с4», «C-4» with a Latin C, «Е-R3») is written as the act prints it («С-4»,
 * «Е-R-3»), with a note for the officer saying what changed. The package is what the commission and the auditor read,
 * and every check of it would say the same reading again (`category-normalised`). Free text, a code no reading makes the
 * act's (the check says so, `category-unknown`) and every value under a pack without codes (asa-a-corps) keep the
 * list's spelling.
 */
export function categoryAsTheActPrints(pack: Pack, servant: Record<string, unknown>): { servant: Record<string, unknown>; note?: Text3 } {
  const raw = servant['category'];
  const n = typeof raw === 'string' ? categoryReading(pack, raw) : undefined;
  if (!n?.valid || n.code === raw || !pack.categoryCodes) return { servant };
  const label = STAFF_FIELDS.find((f) => f.field === 'category')!.label;
  const changed = changeWords(n.changes);
  const act = `${pack.id}, ${pack.categoryCodes.clause}`;
  return {
    servant: { ...servant, category: n.code },
    note: t3(
      `«${label.kk}»: «${raw}» актідегідей «${n.code}» болып жазылды (${changed.kk}; ${act})`,
      `«${label.ru}»: «${raw}» записана как в акте, «${n.code}» (${changed.ru}; ${act})`,
      `«${label.en}»: «${raw}» written as the act prints it, «${n.code}» (${changed.en}; ${act})`,
    ),
  };
}

const YES = new Set(['иә', 'да', 'yes', 'true', '1', '+', 'басшы', 'руководящая']);
const NO = new Set(['жоқ', 'нет', 'no', 'false', '0', '-', '']);

export interface RowResult {
  rowNo: number;
  servant?: Record<string, unknown>;
  problems: Text3[];
}

/** How the file was read, as far as a row's values need it. */
export type StaffReading = Pick<StaffTable, 'date1904' | 'codePage'>;

/** A «?» beside a letter: in a windows-1251 CSV, the place of a letter the code page does not have. */
const LOST_LETTER = /\p{L}\?|\?\p{L}/u;

/**
 * The fields one value may be given for every row of (`fixed` below, `values` of the import, `init --from --set`): the
 * texts — a date or a yes/no is each servant's own.
 */
export const EVERY_ROW_FIELDS: readonly (typeof STAFF_FIELDS)[number][] = STAFF_FIELDS.filter((f) => !f.kind);

/**
 * The full name from its parts' columns (`nameParts`, see {@link mapHeaders}), one space between them; a surname or a
 * given name missing is said, by the part's name. None: the row leaves every part empty (it is then «full name empty»).
 */
function joinedName(row: StaffTable['rows'][number], nameParts: number[], problems: Text3[]): string | undefined {
  const parts = nameParts.map((i) => ({ i, text: String(row.cells[i] ?? '').replace(/\s+/g, ' ').trim() }));
  if (parts.every((p) => p.text === '')) return undefined;
  for (const [k, p] of NAME_PARTS.entries())
    if (p.required && parts[k]?.text === '') problems.push(t3(`«${p.label.kk}» бос`, `«${p.label.ru}» не заполнено`, `«${p.label.en}» is empty`));
  return parts.map((p) => p.text).filter((t) => t !== '').join(' ');
}

/**
 * `fixed`: a value for every row of a field the list has no column for (the state body, named once above the list);
 * `nameParts`: the columns the full name is made of, when it has none of its own.
 */
export function rowToServant(row: StaffTable['rows'][number], mapping: Record<string, number>, reading: StaffReading = {}, fixed: Record<string, string> = {}, nameParts?: number[]): RowResult {
  const servant: Record<string, unknown> = {};
  const problems: Text3[] = [];
  for (const f of STAFF_FIELDS) {
    const i = mapping[f.field];
    const raw = i !== undefined ? row.cells[i] : f.field === 'fullName' && nameParts ? joinedName(row, nameParts, problems) : fixed[f.field];
    const text = raw instanceof Date ? '' : String(raw ?? '').trim();
    if (raw === undefined || raw === null || (text === '' && !(raw instanceof Date))) {
      if (f.required) problems.push(t3(`«${f.label.kk}» бос`, `«${f.label.ru}» не заполнено`, `«${f.label.en}» is empty`));
      continue;
    }
    if (reading.codePage === 'windows-1251' && typeof raw === 'string' && LOST_LETTER.test(text)) {
      problems.push(t3(
        `«${f.label.kk}»: «${text}» — «?» әріптің орнында: windows-1251 кодталған CSV-де қазақ әріптері жоғалады. Тізімді .xlsx не «CSV UTF-8» ретінде сақтаңыз`,
        `«${f.label.ru}»: «${text}» — «?» на месте буквы: в CSV в кодировке windows-1251 казахские буквы теряются. Сохраните список как .xlsx или «CSV UTF-8»`,
        `«${f.label.en}»: «${text}» — «?» in place of a letter: a windows-1251 CSV loses the Kazakh letters. Save the list as .xlsx or «CSV UTF-8»`,
      ));
      continue;
    }
    if (f.kind === 'date') {
      const d = staffDate(raw, reading.date1904);
      if (!d) problems.push(t3(`«${f.label.kk}»: «${text}» күн емес (КК.АА.ЖЖЖЖ)`, `«${f.label.ru}»: «${text}» не дата (ДД.ММ.ГГГГ)`, `«${f.label.en}»: «${text}» is not a date (DD.MM.YYYY)`));
      else servant[f.field] = d;
    } else if (f.kind === 'boolean') {
      const n = norm(text);
      if (YES.has(n)) servant[f.field] = true;
      else if (NO.has(n)) servant[f.field] = false;
      else problems.push(t3(`«${f.label.kk}»: «${text}» — иә/жоқ күтіледі`, `«${f.label.ru}»: «${text}» — ожидается да/нет`, `«${f.label.en}»: «${text}» — yes/no expected`));
    } else servant[f.field] = typeof raw === 'number' ? String(raw) : text.replace(/\s+/g, ' '); // a cell's line breaks and double spaces: one space
  }
  return problems.length ? { rowNo: row.rowNo, problems } : { rowNo: row.rowNo, servant, problems };
}

/** A department's name on a row of its own: the unit of the servants listed under it. */
export interface UnitRow {
  rowNo: number;
  name: string;
}

/**
 * A row that names the department of the rows under it: one text, merged across the columns, or alone in a column
 * that is no field's (the «№ п/п» column, where a servant's row has its number). A name alone in the name column is
 * not one — it is a servant's row with the rest missing, and is named as such.
 */
function unitName(row: StaffTable['rows'][number], mapping: Record<string, number>, nameParts: number[] = []): string | undefined {
  const filled = row.cells.map((c, i) => ({ c, i })).filter(({ c }) => !blank(c));
  if (!filled.length || !filled.every(({ c }) => typeof c === 'string' && /\p{L}/u.test(c))) return undefined;
  const text = String(filled[0]!.c).trim();
  if (!filled.every(({ c }) => String(c).trim() === text)) return undefined;
  const fieldColumns = new Set([...Object.values(mapping), ...nameParts]);
  return row.wide || (filled.length === 1 && !fieldColumns.has(filled[0]!.i)) ? text : undefined;
}

/** A list's total row, what its first cell says: «Барлығы», «Жиыны», «Итого», «Всего», «Total» (with «:» or a count after). */
const TOTAL_WORD = /^(?:барлығы|жиыны|жиынтығы|жалпы саны|итого|всего|total)(?![\p{L}\p{N}])/iu;

/** A row whose first filled cell opens with a total's word: it counts the servants above, it is none of them. */
function totalText(row: StaffTable['rows'][number]): string | undefined {
  const first = row.cells.find((c) => !blank(c));
  if (typeof first !== 'string' || !TOTAL_WORD.test(first.trim())) return undefined;
  return row.cells.filter((c) => !blank(c)).map((c) => String(c).trim()).join(' ');
}

/**
 * An empty row of a numbered template (the rows under the last servant keep their «№ р/с»): nothing in the columns
 * of the fields, and nothing but numbers elsewhere. Skipped as an empty row is.
 */
function numberedOnly(row: StaffTable['rows'][number], mapping: Record<string, number>, nameParts: number[] = []): boolean {
  const fieldColumns = new Set([...Object.values(mapping), ...nameParts]);
  return row.cells.every((c, i) => blank(c) || (!fieldColumns.has(i) && /^\d+\.?$/.test(String(c).trim())));
}

/**
 * Every row of the list: a servant, a row that cannot be read (with why), a department's name on a row of its own,
 * which is the unit of the servants under it that have none of their own, or a total row (named, not a servant).
 */
export function readServants(table: StaffTable, mapping: Record<string, number>, fixed: Record<string, string> = {}, nameParts?: number[]): { rows: RowResult[]; units: UnitRow[]; totals: UnitRow[] } {
  const rows: RowResult[] = [];
  const units: UnitRow[] = [];
  const totals: UnitRow[] = [];
  let unit: string | undefined;
  for (const row of table.rows) {
    if (numberedOnly(row, mapping, nameParts)) continue;
    const total = totalText(row);
    if (total !== undefined) {
      totals.push({ rowNo: row.rowNo, name: total });
      continue;
    }
    const name = unitName(row, mapping, nameParts);
    if (name !== undefined) {
      unit = name;
      units.push({ rowNo: row.rowNo, name });
      continue;
    }
    const r = rowToServant(row, mapping, table, fixed, nameParts);
    if (r.servant && unit !== undefined && r.servant['unit'] === undefined) {
      // in the place a unit column's value has in the package (after the category)
      const s = r.servant;
      r.servant = Object.fromEntries(STAFF_FIELDS.map((f) => [f.field, f.field === 'unit' ? unit : s[f.field]]).filter(([, v]) => v !== undefined));
    }
    rows.push(r);
  }
  return { rows, units, totals };
}

/**
 * A file name for a row's package: the row number, the name (letters kept, the rest made safe) and the period as the
 * page names a package («005-Иванова-Мария-Петровна-2026-Q1.yaml»): next quarter's import of the same staff list
 * into the same folder writes new files instead of finding every name taken.
 */
export function packageFileName(rowNo: number, servant: Record<string, unknown>, period?: { from: string; to: string }): string {
  const name = safePart(String(servant['fullName'] ?? ''));
  const per = period ? periodPart(period.from, period.to) : undefined;
  return `${String(rowNo).padStart(3, '0')}-${name || 'servant'}${per ? `-${per}` : ''}.yaml`;
}

/** `--period`: YYYY, YYYY-Qn, or FROM..TO. */
export function parsePeriod(s: string): { from: string; to: string } | undefined {
  const y = /^(\d{4})$/.exec(s);
  if (y) return { from: `${y[1]}-01-01`, to: `${y[1]}-12-31` };
  const q = /^(\d{4})-?Q([1-4])$/i.exec(s);
  if (q) {
    const n = Number(q[2]);
    const ends = ['03-31', '06-30', '09-30', '12-31'];
    return { from: `${q[1]}-${p2(n * 3 - 2)}-01`, to: `${q[1]}-${ends[n - 1]}` };
  }
  const r = /^(.+?)\.\.(.+)$/.exec(s);
  if (r) {
    const from = kzDate(r[1] ?? '');
    const to = kzDate(r[2] ?? '');
    if (from && to && from <= to) return { from, to };
  }
  return undefined;
}
