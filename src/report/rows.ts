/** One row per finding, with who it is about: what the spreadsheet, CSV and HTML reports list. Pure. */
import type { Lang } from '../law/finding.js';
import { fileKind, groupName, notRead } from './audit.js';
import { clauseText, messageText, noWordingInForce, SEVERITY, WORDS } from './i18n.js';
import type { ResultEntry } from './summary.js';

export interface FindingRow {
  body: string;
  unit: string;
  servant: string;
  position: string;
  category: string;
  file: string;
  line: number | null;
  /** The field as the forms caption it (Finding.field), for a reader who holds the paper form. */
  field: string;
  ruleId: string;
  severity: string;
  act: string;
  clause: string;
  wording: string;
  message: string;
  deadline: string;
  happened: string;
  /** Working days late (done late) or since the deadline (not done). */
  daysLate: number | null;
  note: string;
}

const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export function* findingRows(results: Iterable<ResultEntry>, lang: Lang): Generator<FindingRow> {
  for (const r of results) {
    // a file not read and a session file have no body: their rows say so in the body column with the words the
    // summaries count them under («Files not read», «Session files»), so a filter on that column finds them apart
    const kind = fileKind(r);
    const apart = kind === 'unread' ? WORDS[lang].unread : kind === 'session' ? WORDS[lang].sessions : null;
    // a period before its act took effect (or after its repeal): no wording was in force, as the file's line says
    const none = noWordingInForce(r) ? WORDS[lang].noWording : null;
    for (const f of r.findings) {
      const facts = f.facts ?? {};
      yield {
        // as the Summary names them, so that a spreadsheet's filter offers each body and unit once
        body: apart ?? groupName(r.servant?.body) ?? '',
        unit: groupName(r.servant?.unit) ?? '',
        servant: r.servant?.fullName ?? '',
        position: r.servant?.position ?? '',
        category: r.servant?.category ?? '',
        file: f.file ?? r.file,
        line: f.place?.line ?? null,
        field: f.field?.[lang] ?? '',
        ruleId: f.ruleId,
        severity: SEVERITY[lang][f.severity],
        act: f.cite?.act ?? '',
        clause: f.cite ? clauseText(f.cite.clause, lang) : '',
        wording: f.cite ? (none ?? f.cite.wording) : '',
        message: messageText(f, lang),
        deadline: str(facts['deadline']),
        happened: str(facts['happened']),
        daysLate: num(facts['workingDaysLate']) ?? num(facts['workingDaysSinceDeadline']),
        note: f.note?.[lang] ?? '',
      };
    }
  }
}

/** What a reader is told of a file not read: where (line:column) and what is wrong, in the reader's language. */
export interface UnreadRow {
  file: string;
  place: string;
  message: string;
}

/** The files not read, by name, one row per finding: listed by the HTML and XLSX reports under a heading of their own. */
export function unreadRows(results: readonly ResultEntry[], lang: Lang): UnreadRow[] {
  return results
    .filter(notRead)
    .sort((x, y) => x.file.localeCompare(y.file))
    .flatMap((r) => r.findings.map((f) => ({ file: r.file, place: f.place ? `${f.place.line}:${f.place.column}` : '', message: messageText(f, lang) })));
}

/** Column keys in order, with their heading words (see WORDS). */
export const COLUMNS = ['body', 'unit', 'servant', 'position', 'category', 'file', 'line', 'field', 'ruleId', 'severity', 'act', 'clause', 'wording', 'message', 'deadline', 'happened', 'daysLate', 'note'] as const satisfies ReadonlyArray<keyof FindingRow>;

export const HEADINGS: Record<Lang, Record<(typeof COLUMNS)[number], string>> = {
  kk: { body: 'Мемлекеттік орган', unit: 'Бөлімше', servant: 'Қызметші', position: 'Лауазымы', category: 'Санаты', file: 'Файл', line: 'Жол', field: 'Өріс', ruleId: 'Ереже', severity: 'Деңгейі', act: 'Әдістеме', clause: 'Тармақ', wording: 'Редакция', message: 'Хабар', deadline: 'Мерзімі', happened: 'Іс жүзінде', daysLate: 'Кешігу, жұмыс күні', note: 'Ескертпе' },
  ru: { body: 'Государственный орган', unit: 'Подразделение', servant: 'Служащий', position: 'Должность', category: 'Категория', file: 'Файл', line: 'Строка', field: 'Поле', ruleId: 'Правило', severity: 'Уровень', act: 'Методика', clause: 'Пункт', wording: 'Редакция', message: 'Сообщение', deadline: 'Срок', happened: 'Фактически', daysLate: 'Опоздание, раб. дн.', note: 'Примечание' },
  en: { body: 'State body', unit: 'Unit', servant: 'Servant', position: 'Position', category: 'Category', file: 'File', line: 'Line', field: 'Field', ruleId: 'Rule', severity: 'Severity', act: 'Methodology', clause: 'Clause', wording: 'Wording', message: 'Message', deadline: 'Deadline', happened: 'Happened', daysLate: 'Working days late', note: 'Note' },
};
