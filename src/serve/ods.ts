/**
 * An OpenDocument spreadsheet (.ods, LibreOffice Calc's own format, which offices on LibreOffice keep their staff
 * lists in) → its sheets' rows, as the staff import reads a workbook's (src/serve/staff.ts): each row numbered as Calc
 * shows it, a merged cell's other cells reading as its value (as exceljs gives them for an XLSX), `wide` where a cell
 * of the row is merged across columns, dates as dates, numbers as numbers. fflate unzips `content.xml` (bounded),
 * saxes reads it as a stream: a sheet's million repeated empty rows are counted, never built. ODF 1.3 part 3
 * (§ 9.1 table:table, § 9.1.3 table:table-row, § 9.1.4 table:table-cell, § 9.1.5 table:covered-table-cell, § 19.385
 * office:value-type). A flat OpenDocument spreadsheet (.fods, one XML file: ODF 1.3 part 3 § 2.2.1 office:document)
 * holds the same office:spreadsheet body and automatic styles, and is read by the same reader, bounded as content.xml.
 */
import { unzipSync } from 'fflate';
import { SaxesParser, type SaxesTagNS } from 'saxes';

export interface OdsSheet {
  name: string;
  visible: boolean;
  rows: { rowNo: number; cells: unknown[]; wide?: boolean }[];
}

/** content.xml unpacked larger than this is refused (a staff list of 5,000 rows is a few MB). */
export const MAX_CONTENT_BYTES = 64 * 1024 * 1024;
/** Columns read in a row: a staff list has a dozen; Calc writes its 16,384 columns as one repeated empty cell. */
const MAX_COLUMNS = 256;

/** Why an .ods was not read (the caller words it for the officer). */
export class OdsError extends Error {}

const TABLE = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0';
const OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';
const STYLE = 'urn:oasis:names:tc:opendocument:xmlns:style:1.0';
const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';

const attr = (tag: SaxesTagNS, uri: string, local: string): string | undefined => {
  for (const a of Object.values(tag.attributes)) if (a.uri === uri && a.local === local) return a.value;
  return undefined;
};
const count = (v: string | undefined): number => Math.max(1, Number.parseInt(v ?? '1', 10) || 1);

/** A cell's value by its office:value-type: a date as a Date at 00:00 UTC of its day, a number, else its text. */
function valueOf(tag: SaxesTagNS, text: string): unknown {
  switch (attr(tag, OFFICE, 'value-type')) {
    case 'float':
    case 'percentage':
    case 'currency': {
      const n = Number(attr(tag, OFFICE, 'value'));
      return Number.isFinite(n) ? n : text;
    }
    case 'date': {
      const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(attr(tag, OFFICE, 'date-value') ?? '');
      return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : text;
    }
    default:
      return text;
  }
}

/** The sheets of an .ods, in their order; `maxRows`: rows kept per sheet beyond which reading it stops (the caller's limit). */
export function readOdsSheets(bytes: Uint8Array, maxRows: number): OdsSheet[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (f.name !== 'content.xml') return false;
        if (f.originalSize > MAX_CONTENT_BYTES) throw new OdsError(`content.xml unpacks to ${Math.round(f.originalSize / 2 ** 20)} MB (limit ${MAX_CONTENT_BYTES / 2 ** 20} MB)`);
        return true;
      },
    });
  } catch (e) {
    throw e instanceof OdsError ? e : new OdsError((e as Error).message);
  }
  const content = files['content.xml'];
  if (!content) throw new OdsError('no content.xml');
  return readContent(content, maxRows, 'content.xml');
}

/** The sheets of a flat OpenDocument spreadsheet (.fods), in their order; as `readOdsSheets`. */
export function readFlatOdsSheets(bytes: Uint8Array, maxRows: number): OdsSheet[] {
  if (bytes.length > MAX_CONTENT_BYTES) throw new OdsError(`the file is ${Math.round(bytes.length / 2 ** 20)} MB (limit ${MAX_CONTENT_BYTES / 2 ** 20} MB)`);
  return readContent(bytes, maxRows, 'fods');
}

/** office:document-content (an .ods's content.xml) or office:document (a .fods): the sheets of its spreadsheet. */
function readContent(content: Uint8Array, maxRows: number, what: string): OdsSheet[] {
  let spreadsheet = false;

  const sheets: OdsSheet[] = [];
  const hidden = new Set<string>();
  let tableStyle: string | undefined;
  let sheet: OdsSheet | undefined;
  let rowNo = 0;
  let rowRepeat = 1;
  let cells: unknown[] = [];
  let wide = false;
  let col = 0;
  let cell: { tag: SaxesTagNS; text: string; paragraphs: number; covered: boolean } | undefined;
  // the value a merged cell lends the cells it covers, by column: its rows from `row` to `until` (a covered cell reads
  // as its master). Kept per column, not per covered cell: a cell spanning 256 columns × 5,000 rows had made 1.28 M
  // entries, and 200 such cells in a 40 KB .fods took 200 s
  const lent: ({ value: unknown; row: number; until: number } | undefined)[] = [];

  const parser = new SaxesParser({ xmlns: true });
  let error: string | undefined;
  parser.on('error', (e: Error) => {
    error ??= e.message;
  });
  parser.on('opentag', (tag) => {
    const t = tag as SaxesTagNS;
    if (t.uri === OFFICE && t.local === 'spreadsheet') spreadsheet = true;
    else if (t.uri === STYLE && t.local === 'style') tableStyle = attr(t, STYLE, 'family') === 'table' ? attr(t, STYLE, 'name') : undefined;
    else if (t.uri === STYLE && t.local === 'table-properties' && tableStyle && attr(t, TABLE, 'display') === 'false') hidden.add(tableStyle);
    else if (t.uri === TABLE && t.local === 'table') {
      sheet = { name: attr(t, TABLE, 'name') ?? `${sheets.length + 1}`, visible: !hidden.has(attr(t, TABLE, 'style-name') ?? ''), rows: [] };
      sheets.push(sheet);
      rowNo = 0;
      lent.length = 0;
    } else if (t.uri === TABLE && t.local === 'table-row') {
      rowRepeat = count(attr(t, TABLE, 'number-rows-repeated'));
      cells = [];
      wide = false;
      col = 0;
    } else if (t.uri === TABLE && (t.local === 'table-cell' || t.local === 'covered-table-cell')) {
      cell = { tag: t, text: '', paragraphs: 0, covered: t.local === 'covered-table-cell' };
    } else if (cell && t.uri === TEXT) {
      if (t.local === 'p') cell.text += cell.paragraphs++ ? '\n' : '';
      else if (t.local === 's') cell.text += ' '.repeat(Math.min(count(attr(t, TEXT, 'c')), 100));
      else if (t.local === 'line-break') cell.text += '\n';
      else if (t.local === 'tab') cell.text += '\t';
    }
  });
  parser.on('text', (text: string) => {
    if (cell) cell.text += text;
  });
  parser.on('closetag', (tag) => {
    const t = tag as SaxesTagNS;
    if (t.uri === TABLE && (t.local === 'table-cell' || t.local === 'covered-table-cell') && cell) {
      const repeat = count(attr(cell.tag, TABLE, 'number-columns-repeated'));
      const row = rowNo + 1;
      for (let k = 0; k < repeat && col < MAX_COLUMNS; k++, col++) {
        let value: unknown = '';
        if (cell.covered) {
          const from = lent[col];
          if (from && from.row <= row && row <= from.until) {
            value = from.value;
            if (from.row === row) wide = true;
          }
        } else {
          value = valueOf(cell.tag, cell.text);
          const across = count(attr(cell.tag, TABLE, 'number-columns-spanned'));
          const down = count(attr(cell.tag, TABLE, 'number-rows-spanned'));
          if (across > 1 || down > 1) {
            const span = { value, row, until: row + Math.min(down, maxRows) - 1 };
            for (let c = col; c < Math.min(col + across, MAX_COLUMNS); c++) lent[c] = span;
          }
        }
        cells[col] = value;
      }
      cell = undefined;
    } else if (t.uri === TABLE && t.local === 'table-row' && sheet) {
      // the row up to its last filled cell (Calc pads every row to its 16,384 columns)
      let end = cells.length;
      while (end > 0 && !(cells[end - 1] instanceof Date) && String(cells[end - 1] ?? '').trim() === '') end--;
      // a repeated row with something in it is that many rows; repeated empty rows are only counted
      if (end > 0)
        for (let k = 0; k < rowRepeat && sheet.rows.length <= maxRows; k++) sheet.rows.push({ rowNo: rowNo + k + 1, cells: cells.slice(0, end), ...(wide ? { wide } : {}) });
      rowNo += rowRepeat;
    }
  });
  try {
    parser.write(new TextDecoder('utf-8').decode(content)).close();
  } catch (e) {
    error ??= (e as Error).message;
  }
  if (error !== undefined) throw new OdsError(`${what}: ${error.slice(0, 200)}`);
  if (!spreadsheet) throw new OdsError(`${what}: no office:spreadsheet`);
  return sheets;
}
