/**
 * A staff list (XLSX via exceljs, CSV via csv-parse) → one servant per row. Column headers are recognised in
 * Kazakh, Russian and English; the mapping found is returned so it can be shown and overridden. A bad row
 * gets a message with its row number; the good rows are kept.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { t3, type Text3 } from '../law/finding.js';
import { isValidIso } from '../law/calendar/index.js';
import { periodPart, safePart } from './file-name.js';

/** Servant fields a staff list may carry, with the header words that name them (lower-case, compared loosely). */
export const STAFF_FIELDS: { field: string; label: Text3; aliases: string[]; required?: true; kind?: 'date' | 'boolean' }[] = [
  { field: 'id', label: t3('табель нөмірі', 'табельный номер', 'personnel number'), aliases: ['табель нөмірі', 'табель', 'табельный номер', 'таб. номер', 'таб номер', 'id', 'personnel number', 'no.'] },
  { field: 'fullName', label: t3('Т.А.Ә.', 'ФИО', 'full name'), aliases: ['т.а.ә.', 'таә', 'тегі, аты, әкесінің аты', 'аты-жөні', 'фио', 'ф.и.о.', 'фамилия, имя, отчество', 'full name', 'name'], required: true },
  { field: 'position', label: t3('лауазымы', 'должность', 'position'), aliases: ['лауазымы', 'лауазым', 'должность', 'position'], required: true },
  { field: 'category', label: t3('санаты', 'категория', 'category'), aliases: ['санаты', 'лауазым санаты', 'санат', 'категория', 'категория должности', 'category'], required: true },
  { field: 'unit', label: t3('құрылымдық бөлімше', 'структурное подразделение', 'unit'), aliases: ['құрылымдық бөлімше', 'бөлімше', 'бөлім', 'структурное подразделение', 'подразделение', 'отдел', 'unit', 'department'] },
  { field: 'body', label: t3('мемлекеттік орган', 'государственный орган', 'state body'), aliases: ['мемлекеттік орган', 'орган', 'государственный орган', 'госорган', 'body', 'state body'], required: true },
  { field: 'appointedOn', label: t3('тағайындалған күні', 'дата назначения', 'appointed on'), aliases: ['тағайындалған күні', 'лауазымға тағайындалған күні', 'тағайындалды', 'дата назначения', 'дата назначения на должность', 'назначен', 'appointed on', 'appointed'], required: true, kind: 'date' },
  { field: 'directSupervisor', label: t3('тікелей басшы', 'непосредственный руководитель', 'direct supervisor'), aliases: ['тікелей басшы', 'тікелей басшысы', 'непосредственный руководитель', 'руководитель', 'direct supervisor', 'supervisor'] },
  { field: 'superiorManager', label: t3('жоғары тұрған басшы', 'вышестоящий руководитель', 'superior manager'), aliases: ['жоғары тұрған басшы', 'вышестоящий руководитель', 'superior manager'] },
  { field: 'unitHead', label: t3('бөлімше басшысы', 'руководитель подразделения', 'head of unit'), aliases: ['бөлімше басшысы', 'құрылымдық бөлімшенің басшысы', 'руководитель подразделения', 'руководитель структурного подразделения', 'head of unit', 'unit head'] },
  { field: 'managerial', label: t3('басшы лауазым', 'руководящая должность', 'managerial'), aliases: ['басшы лауазым', 'басшы', 'руководящая должность', 'руководящая', 'managerial'], kind: 'boolean' },
];

export interface StaffTable {
  headers: string[];
  /** The row number of the header row (rows above it — a title, a date — are not data). */
  headerRow: number;
  /** rowNo: the row number the user sees (1 = header row in the spreadsheet or CSV). */
  rows: { rowNo: number; cells: unknown[] }[];
}

export class StaffFileError extends Error {
  constructor(readonly text: Text3) {
    super(text.en);
  }
}

export const MAX_STAFF_ROWS = 5000;

const norm = (s: string): string => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').replace(/[:*]+$/, '').trim();

/** Reads the first sheet of an XLSX, or a CSV (comma, semicolon or tab, as the first line shows). */
export async function readStaffTable(name: string, bytes: Uint8Array): Promise<StaffTable> {
  if (/\.xlsx$/i.test(name)) return readXlsx(bytes);
  if (/\.(csv|txt)$/i.test(name)) return readCsv(bytes);
  throw new StaffFileError(t3(`«${name}»: тек .xlsx немесе .csv қабылданады`, `«${name}»: принимаются только .xlsx или .csv`, `«${name}»: only .xlsx or .csv is accepted`));
}

function readCsv(bytes: Uint8Array): StaffTable {
  let text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
  if (text.includes('\uFFFD')) {
    // Excel's «CSV» on a Russian Windows is windows-1251
    text = new TextDecoder('windows-1251').decode(bytes);
  }
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
  return limit(tableOf(records.map((cells, i) => ({ rowNo: i + 1, cells }))));
}

async function readXlsx(bytes: Uint8Array): Promise<StaffTable> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (e) {
    throw new StaffFileError(t3(`XLSX оқылмады: ${(e as Error).message}`, `XLSX не прочитан: ${(e as Error).message}`, `XLSX could not be read: ${(e as Error).message}`));
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
      rows.push({ rowNo, cells: (row.values as ExcelJS.CellValue[]).slice(1).map(cell) });
    });
    return rows;
  };
  // the staff list is the first visible sheet with a header row of ours (a workbook may open on its instructions)
  const sheets = wb.worksheets.filter((ws) => ws.state === undefined || ws.state === 'visible');
  if (!sheets.length) throw new StaffFileError(t3('Кітапта парақ жоқ', 'В книге нет листов', 'The workbook has no sheet'));
  const tables = sheets.map((ws) => rowsOf(ws));
  const chosen = tables.find((rows) => headerRowIndex(rows) >= 0) ?? tables[0]!;
  return limit(tableOf(chosen));
}

/** How many cells of a row name a staff field: a header row names several. */
const headerScore = (cells: unknown[]): number => {
  const seen = new Set<string>();
  for (const c of cells) {
    const n = norm(String(c ?? ''));
    const f = n && STAFF_FIELDS.find((s) => s.aliases.some((a) => norm(a) === n));
    if (f) seen.add(f.field);
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
  return { headers: head.cells.map((c) => String(c ?? '').trim()), headerRow: head.rowNo, rows: rows.slice(h + 1) };
}

function limit(t: StaffTable): StaffTable {
  if (t.rows.length > MAX_STAFF_ROWS) throw new StaffFileError(t3(`Жолдар тым көп: ${t.rows.length} (шегі ${MAX_STAFF_ROWS})`, `Слишком много строк: ${t.rows.length} (предел ${MAX_STAFF_ROWS})`, `Too many rows: ${t.rows.length} (limit ${MAX_STAFF_ROWS})`));
  return t;
}

/** Header → field, from the aliases, then the user's overrides (`{ "Қызметкер": "fullName" }`, or a column number). */
export function mapHeaders(headers: string[], overrides: Record<string, string> = {}): { mapping: Record<string, number>; unknownFields: string[]; unmatched: string[] } {
  const mapping: Record<string, number> = {};
  headers.forEach((h, i) => {
    const n = norm(h);
    const f = STAFF_FIELDS.find((s) => s.aliases.some((a) => norm(a) === n));
    if (f && mapping[f.field] === undefined) mapping[f.field] = i;
  });
  const unknownFields: string[] = [];
  for (const [col, field] of Object.entries(overrides)) {
    if (!STAFF_FIELDS.some((s) => s.field === field)) {
      unknownFields.push(field);
      continue;
    }
    const i = /^\d+$/.test(col) ? Number(col) - 1 : headers.findIndex((h) => norm(h) === norm(col));
    if (i >= 0 && i < headers.length) mapping[field] = i;
    else unknownFields.push(col);
  }
  const used = new Set(Object.values(mapping));
  return { mapping, unknownFields, unmatched: headers.filter((_, i) => !used.has(i)) };
}

const p2 = (n: number) => String(n).padStart(2, '0');

/** A date as a staff list holds it: an Excel date, ДД.ММ.ГГГГ, or YYYY-MM-DD. */
export function staffDate(v: unknown): string | undefined {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return `${v.getUTCFullYear()}-${p2(v.getUTCMonth() + 1)}-${p2(v.getUTCDate())}`;
  return kzDate(String(v ?? ''));
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

const YES = new Set(['иә', 'да', 'yes', 'true', '1', '+', 'басшы', 'руководящая']);
const NO = new Set(['жоқ', 'нет', 'no', 'false', '0', '-', '']);

export interface RowResult {
  rowNo: number;
  servant?: Record<string, unknown>;
  problems: Text3[];
}

export function rowToServant(row: StaffTable['rows'][number], mapping: Record<string, number>): RowResult {
  const servant: Record<string, unknown> = {};
  const problems: Text3[] = [];
  for (const f of STAFF_FIELDS) {
    const i = mapping[f.field];
    const raw = i === undefined ? undefined : row.cells[i];
    const text = raw instanceof Date ? '' : String(raw ?? '').trim();
    if (raw === undefined || raw === null || (text === '' && !(raw instanceof Date))) {
      if (f.required) problems.push(t3(`«${f.label.kk}» бос`, `«${f.label.ru}» не заполнено`, `«${f.label.en}» is empty`));
      continue;
    }
    if (f.kind === 'date') {
      const d = staffDate(raw);
      if (!d) problems.push(t3(`«${f.label.kk}»: «${text}» күн емес (КК.АА.ЖЖЖЖ)`, `«${f.label.ru}»: «${text}» не дата (ДД.ММ.ГГГГ)`, `«${f.label.en}»: «${text}» is not a date (DD.MM.YYYY)`));
      else servant[f.field] = d;
    } else if (f.kind === 'boolean') {
      const n = norm(text);
      if (YES.has(n)) servant[f.field] = true;
      else if (NO.has(n)) servant[f.field] = false;
      else problems.push(t3(`«${f.label.kk}»: «${text}» — иә/жоқ күтіледі`, `«${f.label.ru}»: «${text}» — ожидается да/нет`, `«${f.label.en}»: «${text}» — yes/no expected`));
    } else servant[f.field] = typeof raw === 'number' ? String(raw) : text;
  }
  return problems.length ? { rowNo: row.rowNo, problems } : { rowNo: row.rowNo, servant, problems };
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
