/**
 * Words the reports show, in kk/ru/en: counts with their plural forms (Intl.PluralRules, so Russian
 * gets «1 файл / 2 файла / 5 файлов»), severities, and clause citations written the way each
 * language writes them («40-тармақ», «п. 40», «cl. 40»). Pure.
 */
import { clauseText } from '../law/cite-text.js';
import { dayText } from '../law/day-text.js';
import type { Cite, Finding, Lang, Severity } from '../law/finding.js';
import { withGlosses } from './enum-gloss.js';

type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const RULES: Record<Lang, Intl.PluralRules> = {
  kk: new Intl.PluralRules('kk'),
  ru: new Intl.PluralRules('ru'),
  en: new Intl.PluralRules('en'),
};

/** Nouns counted in reports. Kazakh keeps the noun singular after a number. */
export const NOUNS = {
  file: { kk: { other: 'файл' }, ru: { one: 'файл', few: 'файла', many: 'файлов', other: 'файла' }, en: { one: 'file', other: 'files' } },
  error: { kk: { other: 'қате' }, ru: { one: 'ошибка', few: 'ошибки', many: 'ошибок', other: 'ошибки' }, en: { one: 'error', other: 'errors' } },
  warning: { kk: { other: 'ескерту' }, ru: { one: 'предупреждение', few: 'предупреждения', many: 'предупреждений', other: 'предупреждения' }, en: { one: 'warning', other: 'warnings' } },
  info: { kk: { other: 'ақпарат' }, ru: { one: 'сведение', few: 'сведения', many: 'сведений', other: 'сведения' }, en: { one: 'note', other: 'notes' } },
  finding: { kk: { other: 'бұзушылық' }, ru: { one: 'нарушение', few: 'нарушения', many: 'нарушений', other: 'нарушения' }, en: { one: 'finding', other: 'findings' } },
  workingDay: { kk: { other: 'жұмыс күні' }, ru: { one: 'рабочий день', few: 'рабочих дня', many: 'рабочих дней', other: 'рабочего дня' }, en: { one: 'working day', other: 'working days' } },
  servant: { kk: { other: 'қызметші' }, ru: { one: 'служащий', few: 'служащих', many: 'служащих', other: 'служащего' }, en: { one: 'servant', other: 'servants' } },
  skipped: { kk: { other: 'файл өткізілді' }, ru: { one: 'файл пропущен', few: 'файла пропущено', many: 'файлов пропущено', other: 'файла пропущено' }, en: { one: 'file skipped', other: 'files skipped' } },
} satisfies Record<string, Record<Lang, Forms>>;

export type Noun = keyof typeof NOUNS;

/** «5 файлов», «1 working day», «2 қате». */
export function count(n: number, noun: Noun, lang: Lang): string {
  const forms: Forms = NOUNS[noun][lang];
  const form = forms[RULES[lang].select(n)] ?? forms.other;
  return `${n} ${form}`;
}

export const SEVERITY: Record<Lang, Record<Severity, string>> = {
  kk: { error: 'қате', warning: 'ескерту', info: 'ақпарат' },
  ru: { error: 'ошибка', warning: 'предупреждение', info: 'сведения' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

/** Column and heading words of the reports. */
export const WORDS = {
  kk: {
    wording: 'редакция', noWording: 'күшіндегі редакциясы болмаған', ok: 'бұзушылық жоқ', total: 'Барлығы', note: 'ескертпе', fieldWord: 'өріс', skipped: 'жұмыс емес күндер',
    body: 'Мемлекеттік орган', unit: 'Бөлімше', servant: 'Қызметші', position: 'Лауазымы', category: 'Санаты', file: 'Файл', files: 'Файлдар', clean: 'Бұзушылықсыз',
    errors: 'Қателер', warnings: 'Ескертулер', infos: 'Ақпарат', overdue: 'Мерзімі өткен қадамдар', rule: 'Ереже', severity: 'Деңгейі', clause: 'Тармақ',
    message: 'Хабар', facts: 'Деректер', count: 'Саны', breaches: 'Бұзушылық саны', servants: 'Қызметшілер', deadline: 'Мерзімі', daysLate: 'Кешіккен жұмыс күндері', methodology: 'Әдістеме', period: 'Кезең',
    place: 'Орны', topRules: 'Жиі бұзылатын ережелер', byUnit: 'Қателер мен ескертулер саны, бөлімшелер бойынша', byBody: 'Мемлекеттік органдар бойынша', repeats: 'Бір қызметшінің бір кезеңдегі бағалауы бірнеше файлда', repeatsNote: 'Әр файл жиынтықта жеке есептелді; қайсысы түпкілікті екенін тексеріңіз.', repeatsSheet: 'Қайталанулар', periodFrom: 'Кезең басы', periodTo: 'Кезең соңы', id: 'Сәйкестендіргіш', byRule: 'Қателер мен ескертулер саны, ережелер бойынша', findingsOf: 'Қызметшілердің бұзушылықтары',
    title: 'Бағалау пакеттерін тексеру есебі', checkedOn: 'Тексеру күні', checked: 'Тексерілгені', noUnit: '(бөлімше көрсетілмеген)', noBody: '(орган көрсетілмеген)', noServant: '(қызметші көрсетілмеген)',
    override: 'деңгейі бапталған', summary: 'Жиынтық', findings: 'Бұзушылықтар', generated: 'bagalau есебі; деректер осы компьютерден шықпайды',
    noBreaches: 'Ешбір қызметшінің бұзушылығы жоқ: тексерілген файлдардың ешқайсысында қате де, ескерту де табылмады.',
    noRows: 'Тексерілген файлдарда ештеңе табылмады: қате де, ескерту де, ақпарат та жоқ.',
    unread: 'Оқылмаған файлдар', unreadNote: 'Бұл файлдар тексерілмеді: оларды түзетіп, тексеруді қайталаңыз. Жиынтықта олар ешбір органға жатқызылмай, жеке жолмен есептелді.',
    packages: 'Бағалау пакеттері', sessions: 'Отырыс файлдары', all: 'Барлық файлдар', counted: 'Есепке алынғаны',
    actsCited: 'Есепте сілтеме жасалған әдістемелер', actsSheet: 'Сілтеме жасалған әдістемелер', act: 'Акт', wordings: 'Редакциялары', actsNote: 'Әр бұзушылықтың тармағы осы актілердің бірінің көрсетілген редакциясынан алынды.',
    skippedNote: 'Бағалау пакеті емес («methodology» кілті жоқ), өткізіліп, жиынтыққа кірмеді:',
    unreadSheet: 'Оқылмаған файлдар жоғарыдағы жиынтықта ешбір органға жатқызылмай, жеке жолмен есептелді, өткізілгендері есептелмеді; екеуінің де тізімі «Оқылмаған файлдар» парағында.',
  },
  ru: {
    wording: 'редакция', noWording: 'действующей редакции не было', ok: 'нарушений нет', total: 'Итого', note: 'примечание', fieldWord: 'поле', skipped: 'нерабочие дни',
    body: 'Государственный орган', unit: 'Подразделение', servant: 'Служащий', position: 'Должность', category: 'Категория', file: 'Файл', files: 'Файлы', clean: 'Без нарушений',
    errors: 'Ошибки', warnings: 'Предупреждения', infos: 'Сведения', overdue: 'Просроченные шаги', rule: 'Правило', severity: 'Уровень', clause: 'Пункт',
    message: 'Сообщение', facts: 'Факты', count: 'Количество', breaches: 'Нарушений', servants: 'Служащие', deadline: 'Срок', daysLate: 'Опоздание, раб. дн.', methodology: 'Методика', period: 'Период',
    place: 'Место', topRules: 'Чаще всего нарушаемые правила', byUnit: 'Число ошибок и предупреждений по подразделениям', byBody: 'По государственным органам', repeats: 'Оценка одного служащего за один период в нескольких файлах', repeatsNote: 'Каждый файл учтён в итогах отдельно; проверьте, какой из них окончательный.', repeatsSheet: 'Повторы', periodFrom: 'Начало периода', periodTo: 'Конец периода', id: 'Идентификатор', byRule: 'Число ошибок и предупреждений по правилам', findingsOf: 'Нарушения по служащим',
    title: 'Отчёт о проверке пакетов оценки', checkedOn: 'Дата проверки', checked: 'Проверено', noUnit: '(подразделение не указано)', noBody: '(орган не указан)', noServant: '(служащий не указан)',
    override: 'уровень изменён настройкой', summary: 'Сводка', findings: 'Нарушения', generated: 'отчёт bagalau; данные не покидают этот компьютер',
    noBreaches: 'Нарушений нет ни у одного служащего: ни в одном проверенном файле не найдено ни ошибок, ни предупреждений.',
    noRows: 'В проверенных файлах ничего не найдено: ни ошибок, ни предупреждений, ни сведений.',
    unread: 'Непрочитанные файлы', unreadNote: 'Эти файлы не проверены: исправьте их и проверьте снова. В сводке они учтены отдельной строкой, ни за каким органом.',
    packages: 'Пакеты оценки', sessions: 'Файлы заседаний', all: 'Все файлы', counted: 'Что учтено',
    actsCited: 'Методики, на которые ссылается отчёт', actsSheet: 'Цитируемые методики', act: 'Акт', wordings: 'Редакции', actsNote: 'Пункт каждого нарушения взят из указанной редакции одного из этих актов.',
    skippedNote: 'Не пакеты оценки (нет ключа «methodology»), пропущены и в сводку не входят:',
    unreadSheet: 'Непрочитанные файлы учтены в итогах выше отдельной строкой, ни за каким органом, пропущенные — не учтены; список тех и других — на листе «Непрочитанные файлы».',
  },
  en: {
    wording: 'wording', noWording: 'no wording was in force', ok: 'no findings', total: 'Total', note: 'note', fieldWord: 'field', skipped: 'days skipped',
    body: 'State body', unit: 'Unit', servant: 'Servant', position: 'Position', category: 'Category', file: 'File', files: 'Files', clean: 'Clean',
    errors: 'Errors', warnings: 'Warnings', infos: 'Notes', overdue: 'Overdue steps', rule: 'Rule', severity: 'Severity', clause: 'Clause',
    message: 'Message', facts: 'Facts', count: 'Count', breaches: 'Findings', servants: 'Servants', deadline: 'Deadline', daysLate: 'Working days late', methodology: 'Methodology', period: 'Period',
    place: 'Place', topRules: 'Most frequent rules', byUnit: 'Errors and warnings per unit', byBody: 'By state body', repeats: "One servant's evaluation for one period in several files", repeatsNote: 'Each file is counted in the totals on its own; check which one is final.', repeatsSheet: 'Repeats', periodFrom: 'Period from', periodTo: 'Period to', id: 'Id', byRule: 'Errors and warnings per rule', findingsOf: "Each servant's findings",
    title: 'Evaluation package audit report', checkedOn: 'Checked on', checked: 'Checked', noUnit: '(no unit given)', noBody: '(no body given)', noServant: '(no servant given)',
    override: 'severity set by config', summary: 'Summary', findings: 'Findings', generated: 'bagalau report; the data never left this computer',
    noBreaches: 'No servant has a finding: none of the files checked has an error or a warning.',
    noRows: 'Nothing was found in the files checked: no error, no warning, no note.',
    unread: 'Files not read', unreadNote: 'These files were not checked: correct them and check again. The summary counts them on a line of their own, under no body.',
    packages: 'Evaluation packages', sessions: 'Session files', all: 'All files', counted: 'Counted',
    actsCited: 'Methodologies cited', actsSheet: 'Methodologies cited', act: 'Act', wordings: 'Wordings', actsNote: "Each finding's clause is read from the wording given of one of these acts.",
    skippedNote: 'Not evaluation packages (no «methodology» key), skipped and not counted in the summary:',
    unreadSheet: 'The files not read are counted in the totals above on a line of their own, under no body, the files skipped are not; both are listed on the sheet «Files not read».',
  },
} satisfies Record<Lang, Record<string, string>>;

export type Words = (typeof WORDS)['en'];

export { clauseText } from '../law/cite-text.js';

/** The paths checked as a report's heading names them: the first five, then how many more. */
export function shownInputs(inputs: readonly string[]): string[] {
  return inputs.length > 5 ? [...inputs.slice(0, 5), `… (+${inputs.length - 5})`] : [...inputs];
}

/** What a report's heading says under its title: «Дата проверки: 06.12.2026 · Проверено: evaluations/» (either may be absent). */
export function checkedText(lang: Lang, today?: string, inputs: readonly string[] = []): string {
  const w = WORDS[lang];
  return [today ? `${w.checkedOn}: ${dayText(today, lang)}` : '', inputs.length ? `${w.checked}: ${shownInputs(inputs).join(', ')}` : ''].filter(Boolean).join(' · ');
}

/** The wording of an act by its date, as each language says it: «26.03.2018 редакциясы», «редакция от 26.03.2018», «wording 2018-03-26». */
export function wordingText(date: string, lang: Lang): string {
  if (lang === 'kk') return `${dayText(date, lang)} редакциясы`;
  if (lang === 'ru') return `редакция от ${dayText(date, lang)}`;
  return `${WORDS.en.wording} ${date}`;
}

type WordingOf = { wording?: string | null | undefined; findings: readonly Pick<Finding, 'ruleId'>[] };

/** Whether no wording of a file's act was in force for its period (see fileWording). */
export const noWordingInForce = (r: WordingOf): boolean => r.findings.some((f) => f.ruleId === 'outside-validity');

/**
 * The wording a file was checked under, as its line and its rows name it: none, when its period (or the date asked
 * with `--wording`) lies before its act took effect or after its repeal (`outside-validity` says so): the wording the
 * rules were read from then was in force on no day of it, and naming it — the earliest held — read as if it were.
 */
export function fileWording(r: WordingOf, lang: Lang): string | undefined {
  if (noWordingInForce(r)) return WORDS[lang].noWording;
  return r.wording ? wordingText(r.wording, lang) : undefined;
}

/** «mic-2018, 40-тармақ (26.03.2018 редакциясы)», «mic-2018, 40 п. (редакция от 26.03.2018)», «mic-2018, cl. 40 (wording 2018-03-26)». */
export function citeText(cite: Cite, lang: Lang): string {
  return `${cite.act}, ${clauseText(cite.clause, lang)} (${wordingText(cite.wording, lang)})`;
}

/**
 * «read from the wording of 26.03.2018, not in force for the period»: the wording a finding's clause was read from in a
 * file of whose period no wording was in force (see fileWording), said so, not as if it had been in force.
 */
export function wordingNotInForceText(date: string, lang: Lang): string {
  if (lang === 'kk') return `мәтіні ${dayText(date, lang)} редакциясынан алынды, ол кезеңде күшінде болмаған`;
  if (lang === 'ru') return `текст из редакции от ${dayText(date, lang)}, не действовавшей в этот период`;
  return `read from wording ${date}, not in force for the period`;
}

/**
 * A finding's citation as its file's report lines give it: the wording named as `citeText` does; in a file of whose
 * period no wording was in force, the wording said to be not in force then, and left out of `outside-validity`'s own
 * citation (the clause putting the act into force, or repealing it, read from the latest wording: its date says
 * nothing of the period). `withWording: false`: the clause alone where the wording is in force (the HTML report's
 * findings, under a line naming the file's wording).
 */
export function findingCiteText(f: Pick<Finding, 'ruleId' | 'cite'>, r: WordingOf, lang: Lang, withWording = true): string | undefined {
  if (!f.cite) return undefined;
  const clause = `${f.cite.act}, ${clauseText(f.cite.clause, lang)}`;
  if (!noWordingInForce(r)) return withWording ? citeText(f.cite, lang) : clause;
  return f.ruleId === 'outside-validity' ? clause : `${clause} (${wordingNotInForceText(f.cite.wording, lang)})`;
}

/** A finding's message as a reader of `lang` sees it: the acts' Kazakh values glossed in ru and en (enum-gloss.ts). */
export function messageText(f: Pick<Finding, 'message'>, lang: Lang): string {
  return withGlosses(f.message[lang], lang);
}

/**
 * The field a finding points at as the forms caption it (`Finding.field`), to show beside its message; undefined
 * when there is none or the message names it already (a schema finding, a missing field), so it is not said twice.
 */
export function fieldText(f: Pick<Finding, 'message' | 'field'>, lang: Lang): string | undefined {
  const field = f.field?.[lang];
  return field !== undefined && !f.message[lang].includes(field) ? field : undefined;
}
