import { clauseText, messageText, SEVERITY } from './i18n.js';
const num = (v) => (typeof v === 'number' ? v : null);
const str = (v) => (typeof v === 'string' ? v : '');
export function* findingRows(results, lang) {
    for (const r of results)
        for (const f of r.findings) {
            const facts = f.facts ?? {};
            yield {
                body: r.servant?.body ?? '',
                unit: r.servant?.unit ?? '',
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
                wording: f.cite?.wording ?? '',
                message: messageText(f, lang),
                deadline: str(facts['deadline']),
                happened: str(facts['happened']),
                daysLate: num(facts['workingDaysLate']) ?? num(facts['workingDaysSinceDeadline']),
                note: f.note?.[lang] ?? '',
            };
        }
}
/** Column keys in order, with their heading words (see WORDS). */
export const COLUMNS = ['body', 'unit', 'servant', 'position', 'category', 'file', 'line', 'field', 'ruleId', 'severity', 'act', 'clause', 'wording', 'message', 'deadline', 'happened', 'daysLate', 'note'];
export const HEADINGS = {
    kk: { body: 'Мемлекеттік орган', unit: 'Бөлімше', servant: 'Қызметші', position: 'Лауазымы', category: 'Санаты', file: 'Файл', line: 'Жол', field: 'Өріс', ruleId: 'Ереже', severity: 'Деңгейі', act: 'Әдістеме', clause: 'Тармақ', wording: 'Редакция', message: 'Хабар', deadline: 'Мерзімі', happened: 'Іс жүзінде', daysLate: 'Кешігу, жұмыс күні', note: 'Ескертпе' },
    ru: { body: 'Государственный орган', unit: 'Подразделение', servant: 'Служащий', position: 'Должность', category: 'Категория', file: 'Файл', line: 'Строка', field: 'Поле', ruleId: 'Правило', severity: 'Уровень', act: 'Методика', clause: 'Пункт', wording: 'Редакция', message: 'Сообщение', deadline: 'Срок', happened: 'Фактически', daysLate: 'Опоздание, раб. дн.', note: 'Примечание' },
    en: { body: 'State body', unit: 'Unit', servant: 'Servant', position: 'Position', category: 'Category', file: 'File', line: 'Line', field: 'Field', ruleId: 'Rule', severity: 'Severity', act: 'Methodology', clause: 'Clause', wording: 'Wording', message: 'Message', deadline: 'Deadline', happened: 'Happened', daysLate: 'Working days late', note: 'Note' },
};
