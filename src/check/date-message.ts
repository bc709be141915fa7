/**
 * The message of a date that is not one (the schema's `date` format, ./date-format.ts: a day that exists, in the
 * years 1000–9998), naming the form it is to be written in. A package file holds ISO dates; the web page's fill
 * form takes them as the officer types them (ДД.ММ.ГГГГ) and passes its own words for the form.
 */
import type { Text3 } from '../law/finding.js';

/** How an ISO date is written, in each language's letters. */
export const ISO_DATE_WRITTEN: Text3 = { kk: 'ЖЖЖЖ-АА-КК', ru: 'ГГГГ-ММ-ДД', en: 'YYYY-MM-DD' };

export const dateFormatMessage = (written: Text3 = ISO_DATE_WRITTEN): Text3 => ({
  kk: `күн ${written.kk} түрінде, 1000–9998 жылдар аралығындағы нақты күн болуы тиіс`,
  ru: `дата должна быть в виде ${written.ru}, существовать и лежать в 1000–9998 годах`,
  en: `must be a real date written ${written.en}, in the years 1000–9998`,
});
