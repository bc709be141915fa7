/** The calendar's own words, in the three working languages. */
import { t3, type Text3 } from '../finding.js';
import { dayText } from '../day-text.js';
import { pluralRu } from '../plural.js';

/** A day in a Kazakh or Russian sentence: «22.03.2025» (../day-text.ts); English keeps the ISO day. */
const local = (day: string): string => dayText(day, 'kk');

const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];
const RU_MONTHS = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const monthName = (m: number): Text3 => t3(KK_MONTHS[m - 1] ?? '', RU_MONTHS[m - 1] ?? '', EN_MONTHS[m - 1] ?? '');

/** A month in the Russian genitive, as a date writes it («5 января»): staff lists' dates in words (src/serve/staff.ts). */
const RU_MONTHS_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
export const monthGenitiveRu = (m: number): string => RU_MONTHS_GENITIVE[m - 1] ?? '';

/** A year's status in the calendar data, as `bagalau calendar` and the page's calendar tab say it (one table for both). */
export const yearStatus = {
  label: t3('Мәртебесі', 'Статус', 'Status'),
  confirmed: t3('расталған', 'подтверждён', 'confirmed'),
  provisional: t3('алдын ала', 'предварительный', 'provisional'),
  'no-data': t3('деректер жоқ', 'нет данных', 'no data'),
} as const;

export const msg = {
  weekend: t3('демалыс күні (сенбі/жексенбі)', 'выходной день (суббота/воскресенье)', 'weekend (Saturday/Sunday)'),
  workday: t3('жұмыс күні', 'рабочий день', 'working day'),
  substitute: (holidayDate: string, name: Text3): Text3 =>
    t3(
      `${local(holidayDate)} (${name.kk}) демалыс күніне сәйкес келгендіктен ауыстырылған демалыс күні`,
      `день отдыха вместо ${local(holidayDate)} (${name.ru}), совпавшего с выходным`,
      `day off in place of ${holidayDate} (${name.en}), which fell on a weekend`,
    ),
  transferDayOff: (from: string): Text3 =>
    t3(`${local(from)} күнінен ауыстырылған демалыс күні`, `день отдыха, перенесённый с ${local(from)}`, `day off transferred from ${from}`),
  transferWorkingDay: (to: string): Text3 =>
    t3(
      `жұмыс күні: демалыс ${local(to)} күніне ауыстырылған`,
      `рабочий день: день отдыха перенесён на ${local(to)}`,
      `working day: its day off was transferred to ${to}`,
    ),
  holidayOnWeekend: (name: Text3): Text3 =>
    t3(`${name.kk} (демалыс күніне сәйкес келді)`, `${name.ru} (совпал с выходным)`, `${name.en} (falls on a weekend)`),
  outside: (years: number[]): Text3 => {
    const ys = years.join(', ');
    return t3(
      `${ys} жылдың деректері жоқ: тек сенбі мен жексенбі демалыс деп алынды, мерекелер ескерілмеді`,
      `нет данных за ${ys} г.: учтены только субботы и воскресенья, праздники не учтены`,
      `no data for ${ys}: only Saturdays and Sundays were taken as days off; holidays were not considered`,
    );
  },
  estimated: t3('күні болжамды', 'дата оценочная', 'the date is estimated'),
};

/** «5 жұмыс күні» / «5 рабочих дней» / «5 working days», by unit. */
export function countPhrase(count: number, unit: 'working-days' | 'calendar-days' | 'months' | 'years'): Text3 {
  const n = Math.abs(count);
  switch (unit) {
    case 'working-days':
      return t3(`${n} жұмыс күні`, `${n} ${pluralRu(n, 'рабочий день', 'рабочих дня', 'рабочих дней')}`, `${n} working day${n === 1 ? '' : 's'}`);
    case 'calendar-days':
      return t3(`${n} күнтізбелік күн`, `${n} ${pluralRu(n, 'календарный день', 'календарных дня', 'календарных дней')}`, `${n} calendar day${n === 1 ? '' : 's'}`);
    case 'months':
      return t3(`${n} ай`, `${n} ${pluralRu(n, 'месяц', 'месяца', 'месяцев')}`, `${n} month${n === 1 ? '' : 's'}`);
    case 'years':
      return t3(`${n} жыл`, `${n} ${pluralRu(n, 'год', 'года', 'лет')}`, `${n} year${n === 1 ? '' : 's'}`);
  }
}

