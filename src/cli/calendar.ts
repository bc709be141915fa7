/**
 * `bagalau calendar`: the working-day calendar (жұмыс күндерінің күнтізбесі).
 *
 *   bagalau calendar 2025                     the year month by month, days off with their sources
 *   bagalau calendar --add 2025-03-19 5       the 5th working day after 19 March 2025, explained
 *   bagalau calendar --add 2025-03-19 -5      … before it
 *   bagalau calendar --add 2025-01-31 1 --unit months
 *   bagalau calendar --day 2026-08-31         one day: working or not, and why
 *
 * `--calendar FILE` (repeatable) adds a data file in the bundled format. Other commands
 * that count days reuse `calendarOption()` and `calendarFromOptions()`.
 */
import { Option, type Command } from 'commander';
import { langOption } from './lang.js';
import { UsageError } from './usage-error.js';
import { t3, type Lang } from '../law/finding.js';
import {
  CalendarDateError,
  YEARS,
  createCalendar,
  deadline,
  type Calendar,
  type DeadlineResult,
  type DeadlineUnit,
  type SourceRef,
  type YearSummary,
} from '../law/calendar/index.js';
import { calendarFromFiles, CalendarFileError, formatCalendarProblem } from '../package/calendar-file.js';
import { monthName, yearStatus } from '../law/calendar/messages.js';
import { articleText } from '../law/cite-text.js';
import { dayText } from '../law/day-text.js';
import { dateError, readDate } from './dates.js';

/** `--calendar FILE`, repeatable: extra calendar data (e.g. next year's transfer act). */
export function calendarOption(): Option {
  return new Option('--calendar <file>').argParser(
    (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
  );
}

let bundled: Calendar | undefined;

/** The calendar for a command's options: bundled data plus any `--calendar` files. Throws UsageError. */
export function calendarFromOptions(opts: { calendar?: string[] | string; lang?: string }): Calendar {
  const files = opts.calendar === undefined ? [] : Array.isArray(opts.calendar) ? opts.calendar : [opts.calendar];
  if (files.length === 0) return (bundled ??= createCalendar());
  try {
    return calendarFromFiles(files);
  } catch (e) {
    if (e instanceof CalendarFileError) {
      const lang = langOf(opts.lang);
      const [first, ...rest] = e.problems;
      const more = rest.length > 0 ? ` (+${rest.length} ${lang === 'kk' ? 'басқа қате' : lang === 'ru' ? 'других ошибок' : 'more problems'})` : '';
      throw new UsageError(first ? `${formatCalendarProblem(first, lang)}${more}` : e.message);
    }
    throw e;
  }
}

interface CalendarOpts {
  add?: string;
  day?: string;
  unit: DeadlineUnit;
  lang: string;
  format: string;
  calendar?: string[];
}

export function register(program: Command): void {
  program
    .command('calendar')
    .argument('[value]')
    .option('--add <date>')
    .option('--day <date>')
    .addOption(new Option('--unit <unit>').choices(['working-days', 'calendar-days', 'months', 'years']).default('working-days'))
    .addOption(langOption())
    .addOption(new Option('--format <format>').choices(['text', 'json']).default('text'))
    .addOption(calendarOption())
    .action((value: string | undefined, opts: CalendarOpts) => {
      const lang = langOf(opts.lang);
      const cal = calendarFromOptions(opts);
      try {
        if (opts.add !== undefined) return runAdd(cal, opts.add, value, opts, lang);
        if (opts.day !== undefined) return runDay(cal, opts.day, opts, lang);
        return runYear(cal, value, opts, lang);
      } catch (e) {
        // the inputs are checked above; what is left is a count that leaves the years the calendar counts
        if (e instanceof CalendarDateError) {
          const what = opts.add !== undefined ? `${opts.add} ${value ?? ''} ${opts.unit}` : (opts.day ?? value ?? '');
          const years = `${YEARS.first}–${YEARS.last}`;
          throw new UsageError(t3(`Күнтізбе ${years} жылдардың күндерін ғана санайды: «${what}» бұл шектен шығады`,
            `Календарь считает только даты ${years} годов: «${what}» выходит за эти пределы`,
            `The calendar counts only dates of the years ${years}: «${what}» goes beyond them`));
        }
        throw e;
      }
    });
}

function runAdd(cal: Calendar, typed: string, value: string | undefined, opts: CalendarOpts, lang: Lang): void {
  // typed as officials write it (04.12.2026) or ISO, as every date option of the CLI (./dates.ts)
  const date = readDate(typed);
  if (!date) throw dateError('--add', typed);
  if (value === undefined || !/^-?\d{1,5}$/.test(value)) throw new UsageError(t3(`--add ${date} кейін бүтін сан керек («${opts.unit}»), мысалы: --add ${date} 5`, `после --add ${date} нужно целое число («${opts.unit}»), например: --add ${date} 5`, `--add ${date} needs a whole number of ${opts.unit} after it, e.g. --add ${date} 5`));
  const n = Number(value);
  const r = deadline(cal, { from: date, count: Math.abs(n), unit: opts.unit, direction: n < 0 ? 'before' : 'after' });
  if (opts.format === 'json') return out(JSON.stringify(r, null, 2));
  out(renderDeadline(r, lang));
}

function runDay(cal: Calendar, typed: string, opts: CalendarOpts, lang: Lang): void {
  const date = readDate(typed);
  if (!date) throw dateError('--day', typed);
  const info = cal.dayInfo(date);
  if (opts.format === 'json') return out(JSON.stringify(info, null, 2));
  const L = LABELS[lang];
  const lines = [`${dayText(date, lang)} ${weekdayName(info.isoWeekday, lang)}: ${info.working ? L.working : L.notWorking}${info.reason ? ` — ${info.reason[lang]}` : ''}`];
  if (info.source) lines.push(`  ${L.source}: ${sourceLabel(info.source, lang)}`);
  if (info.estimated) lines.push(`  ${L.estimated}`);
  if (info.note) lines.push(`  ${info.note[lang]}`);
  if (info.outsideData) lines.push(`  ${L.outside}`);
  if (info.publishedDiffers) lines.push(`  ${L.published}: ${info.publishedDiffers.published === 'off' ? L.notWorking : L.working} — ${info.publishedDiffers.why[lang]}`);
  out(lines.join('\n'));
}

function runYear(cal: Calendar, value: string | undefined, opts: CalendarOpts, lang: Lang): void {
  if (value === undefined) throw new UsageError(t3('жылды беріңіз (мысалы: bagalau calendar 2025), не --add КҮН N, не --day КҮН', 'укажите год (например: bagalau calendar 2025), или --add ДАТА N, или --day ДАТА', 'give a year (e.g. bagalau calendar 2025), or --add DATE N, or --day DATE'));
  if (!/^\d{4}$/.test(value)) throw new UsageError(t3(`жыл емес: «${value}» (төрт цифр керек, мысалы 2025)`, `не год: «${value}» (нужны четыре цифры, например 2025)`, `not a year: «${value}» (expected four digits, e.g. 2025)`));
  const y = cal.year(Number(value));
  if (opts.format === 'json') return out(JSON.stringify(y, null, 2));
  out(renderYear(y, lang));
}

const KK_LABELS = {
  title: 'жұмыс күндері (бес күндік жұмыс аптасы)', month: 'Ай', working: 'жұмыс күні', notWorking: 'жұмыс күні емес', workingDays: 'Жұмыс күндері', restDays: 'Демалыс күндері',
    total: 'Барлығы', daysOff: 'Жұмыс күндеріне түскен демалыс күндері', workingWeekends: 'Жұмыс күні болған сенбі/жексенбі', holidays: 'Мерекелер мен демалыс күндері',
    source: 'Дереккөз', estimated: 'Күні болжамды.', outside: 'Бұл жылдың деректері жоқ: тек сенбі мен жексенбі ескерілді.', published: 'Ресми жарияланған', notes: 'Ескертпелер',
    moved: 'орнына демалыс', differs: 'айырмашылық',
};
type Labels = Record<keyof typeof KK_LABELS, string>;

const LABELS: Record<Lang, Labels> = {
  kk: KK_LABELS,
  ru: {
    title: 'рабочие дни (пятидневная рабочая неделя)', month: 'Месяц', working: 'рабочий день', notWorking: 'нерабочий день', workingDays: 'Рабочие дни', restDays: 'Дни отдыха',
    total: 'Итого', daysOff: 'Нерабочие дни, выпавшие на будни', workingWeekends: 'Рабочие субботы/воскресенья', holidays: 'Праздники и выходные дни',
    source: 'Источник', estimated: 'Дата оценочная.', outside: 'Нет данных за этот год: учтены только субботы и воскресенья.', published: 'Официально опубликовано', notes: 'Примечания',
    moved: 'день отдыха', differs: 'расхождение',
  },
  en: {
    title: 'working days (five-day week)', month: 'Month', working: 'working day', notWorking: 'not a working day', workingDays: 'Working days', restDays: 'Rest days',
    total: 'Total', daysOff: 'Weekdays that are days off', workingWeekends: 'Working Saturdays/Sundays', holidays: 'Holidays and days off',
    source: 'Source', estimated: 'The date is estimated.', outside: 'No data for this year: only Saturdays and Sundays were considered.', published: 'Officially published', notes: 'Notes',
    moved: 'day off on', differs: 'difference',
  },
};

const WEEKDAYS: Record<Lang, string[]> = {
  kk: ['дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі', 'жексенбі'],
  ru: ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

function weekdayName(isoWeekday: number, lang: Lang): string {
  return WEEKDAYS[lang][isoWeekday - 1] ?? '';
}

function isoWeekdayOf(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

function sourceLabel(s: SourceRef, lang: Lang): string {
  const bits = [s.title[lang]];
  if (s.clause) bits.push(articleText(s.clause, lang));
  if (s.adilet) bits.push(lang === 'en' ? `adilet ${s.adilet}` : lang === 'ru' ? `ИПС «Әділет» ${s.adilet}` : `«Әділет» АҚЖ ${s.adilet}`);
  return bits.join(', ');
}

function renderYear(y: YearSummary, lang: Lang): string {
  const L = LABELS[lang];
  const lines: string[] = [];
  lines.push(`${y.year} — ${L.title}: ${y.workingDays}   (${yearStatus.label[lang]}: ${yearStatus[y.status][lang]})`);
  lines.push('');
  const w = Math.max(L.month.length, L.total.length, ...y.months.map((m) => monthName(m.month)[lang].length)) + 2;
  lines.push(`${L.month.padEnd(w)}${L.workingDays.padStart(14)}${L.restDays.padStart(16)}`);
  for (const m of y.months) lines.push(`${monthName(m.month)[lang].padEnd(w)}${String(m.workingDays).padStart(14)}${String(m.restDays).padStart(16)}`);
  lines.push(`${L.total.padEnd(w)}${String(y.workingDays).padStart(14)}${String(y.restDays).padStart(16)}`);
  if (y.holidays.length > 0) {
    lines.push('', `${L.holidays}:`);
    for (const h of y.holidays) {
      const sub = h.substitute ? ` → ${L.moved} ${dayText(h.substitute, lang)}` : '';
      lines.push(`  ${dayText(h.date, lang)} ${weekdayName(isoWeekdayOf(h.date), lang).padEnd(12)} ${h.name[lang]}${h.estimated ? ` (${L.estimated})` : ''}${sub}`);
      lines.push(`      ${L.source}: ${sourceLabel(h.source, lang)}`);
    }
  }
  lines.push('', `${L.daysOff}:`);
  for (const d of y.daysOff) {
    lines.push(`  ${dayText(d.date, lang)} ${weekdayName(isoWeekdayOf(d.date), lang).padEnd(12)} ${d.reason[lang]}`);
    lines.push(`      ${L.source}: ${sourceLabel(d.source, lang)}`);
  }
  if (y.workingWeekends.length > 0) {
    lines.push('', `${L.workingWeekends}:`);
    for (const d of y.workingWeekends) {
      lines.push(`  ${dayText(d.date, lang)} ${weekdayName(isoWeekdayOf(d.date), lang).padEnd(12)} ${d.reason[lang]}`);
      lines.push(`      ${L.source}: ${sourceLabel(d.source, lang)}`);
    }
  }
  if (y.published) {
    const p = y.published;
    lines.push('', `${L.published}: ${p.workingDays}${p.sourceRef ? ` — ${p.sourceRef.title[lang]}${p.sourceRef.url ? ` <${p.sourceRef.url}>` : ''}` : ''}`);
    for (const d of p.differences) lines.push(`  ${L.differs} ${dayText(d.date, lang)}: ${d.why[lang]}`);
    if (p.discrepancy) lines.push(`  ${L.differs} ${p.discrepancy.days > 0 ? '+' : ''}${p.discrepancy.days}: ${p.discrepancy.why[lang]}`);
  }
  if (y.notes.length > 0) {
    lines.push('', `${L.notes}:`);
    for (const n of y.notes) lines.push(`  - ${n[lang]}`);
  }
  return lines.join('\n');
}

function renderDeadline(r: DeadlineResult, lang: Lang): string {
  const L = LABELS[lang];
  const lines = [`${dayText(r.deadline, lang)} ${weekdayName(isoWeekdayOf(r.deadline), lang)}`, '', r.explanation[lang]];
  if (r.skipped.length > 0) {
    lines.push('');
    for (const s of r.skipped) lines.push(`  ${dayText(s.date, lang)} ${s.reason[lang]} — ${L.source}: ${sourceLabel(s.source, lang)}`);
  }
  for (const w of r.workingWeekends) lines.push(`  ${dayText(w.date, lang)} ${w.reason[lang]} — ${L.source}: ${sourceLabel(w.source, lang)}`);
  return lines.join('\n');
}

function langOf(value: string | undefined): Lang {
  return value === 'ru' || value === 'en' ? value : 'kk';
}

function out(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

