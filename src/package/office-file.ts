/**
 * A document or spreadsheet saved under a package's name (a Word file renamed to .yaml, an Excel list sent as
 * .json, a PDF scan): recognised by its first bytes, so the reader is told what the file is and what to do with
 * it, not that its «text» is Windows-1251 with no «methodology» field. Pure: no I/O.
 */
import { t3, type Finding } from '../law/finding.js';

export type OfficeKind = 'word' | 'excel' | 'odt' | 'ods' | 'zip' | 'ole' | 'pdf';

const startsWith = (bytes: Uint8Array, sig: readonly number[]): boolean => sig.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The Compound File header of Word 97–2003 and Excel 97–2003 (MS-CFB § 2.2). */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];

/** Whether `bytes` hold `needle` (Latin-1 text) among their first `within` bytes. */
function holds(bytes: Uint8Array, needle: string, within = 1 << 16): boolean {
  const end = Math.min(bytes.length, within) - needle.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return true;
  }
  return false;
}

/** What kind of office file `bytes` are, or undefined for text. A ZIP's entry names are plain in its local headers. */
export function officeKind(bytes: Uint8Array): OfficeKind | undefined {
  if (startsWith(bytes, PDF)) return 'pdf';
  if (startsWith(bytes, OLE)) return 'ole';
  if (!startsWith(bytes, ZIP)) return undefined;
  if (holds(bytes, 'opendocument.spreadsheet')) return 'ods';
  if (holds(bytes, 'opendocument.text')) return 'odt';
  if (holds(bytes, 'word/')) return 'word';
  if (holds(bytes, 'xl/')) return 'excel';
  return 'zip';
}

const WHAT: Record<OfficeKind, { kk: string; ru: string; en: string }> = {
  word: { kk: 'Word құжаты (.docx)', ru: 'документ Word (.docx)', en: 'a Word document (.docx)' },
  odt: { kk: 'OpenDocument мәтіні (.odt)', ru: 'текст OpenDocument (.odt)', en: 'an OpenDocument text (.odt)' },
  excel: { kk: 'Excel кітабы (.xlsx)', ru: 'книга Excel (.xlsx)', en: 'an Excel workbook (.xlsx)' },
  ods: { kk: 'OpenDocument кестесі (.ods)', ru: 'таблица OpenDocument (.ods)', en: 'an OpenDocument spreadsheet (.ods)' },
  zip: { kk: 'ZIP мұрағаты', ru: 'архив ZIP', en: 'a ZIP archive' },
  ole: { kk: 'Word немесе Excel 97–2003 файлы (.doc, .xls)', ru: 'файл Word или Excel 97–2003 (.doc, .xls)', en: 'a Word or Excel 97–2003 file (.doc, .xls)' },
  pdf: { kk: 'PDF құжаты', ru: 'документ PDF', en: 'a PDF document' },
};

/** What to do with each kind: a list goes to the import, a draft to `draft check`, anything else is re-typed on the page. */
const TODO: Record<'list' | 'draft' | 'other', { kk: string; ru: string; en: string }> = {
  list: {
    kk: 'қызметшілер тізімінен пакеттер жасау үшін: bagalau init --from <файл> (немесе беттегі «Тізімнен жасау»)',
    ru: 'чтобы сделать пакеты из списка служащих: bagalau init --from <файл> (или «Импорт списка» на странице)',
    en: 'to make packages from a staff list: bagalau init --from <file> (or «Import staff» on the page)',
  },
  draft: {
    kk: 'әдістеме жобасы болса: bagalau draft check <файл>; пакетті bagalau serve бетінде толтырыңыз',
    ru: 'если это проект методики: bagalau draft check <файл>; пакет заполните на странице bagalau serve',
    en: 'if it is a draft methodology: bagalau draft check <file>; fill the package on the bagalau serve page',
  },
  other: {
    kk: 'пакетті bagalau serve бетінде толтырыңыз',
    ru: 'заполните пакет на странице bagalau serve',
    en: 'fill the package on the bagalau serve page',
  },
};

const todoOf = (kind: OfficeKind): keyof typeof TODO =>
  kind === 'excel' || kind === 'ods' ? 'list' : kind === 'word' || kind === 'odt' || kind === 'ole' ? 'draft' : 'other';

/** The one finding for an office file given as a package; undefined for text. */
export function officeFileFinding(bytes: Uint8Array): Finding | undefined {
  const kind = officeKind(bytes);
  if (!kind) return undefined;
  const w = WHAT[kind];
  const d = TODO[todoOf(kind)];
  return {
    ruleId: 'input',
    severity: 'error',
    message: t3(
      `Бұл — ${w.kk}, YAML не JSON мәтіні емес: бағалау пакеті оқылмады; ${d.kk}`,
      `Это ${w.ru}, а не текст YAML или JSON: пакет оценки не прочитан; ${d.ru}`,
      `This is ${w.en}, not YAML or JSON text: no evaluation package was read; ${d.en}`,
    ),
    path: '',
    facts: { fileKind: kind },
  };
}
