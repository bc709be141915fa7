/**
 * Is a line of output in one language only? A script-and-dictionary check:
 * - quoted text («…», "…", “…”) is the act's or the user's words and is left out, as are file paths, rule ids,
 *   JSON Pointers, dates and codes, and the data values of the packages checked (names, units, KPI titles);
 * - en: no Cyrillic word;
 * - ru: no Kazakh letter (ә ғ қ ң ө ұ ү һ і) and no Latin word;
 * - kk: no Latin word and no word of a list of Russian words that Kazakh does not use;
 * - any language: no «(s)» plural.
 */
import type { Lang } from '../../src/law/finding.js';

const QUOTED = /«[^«»]*(?:«[^«»]*»[^«»]*)*»|"[^"\n]*"|“[^”\n]*”|`[^`\n]*`|'[^'\n]*'/g;
/** Identifiers, paths and codes: ids with - / . _ or digits, pointers, URLs, file names. */
const TOKENS = [
  /(?<=\.json: )\w+(?:, \w+)*$/g, // the entries named after a data file («params.json: period, bands»), first: the path goes next
  /\bbagalau(?: [a-z]+)+/g, // a command line (bagalau draft check)
  /^\s+(?:check|methodologies|explain|calendar|render|templates|draft|init|serve|help|import)(?=\s)/g, // a command in the help's list
  /\bE[A-Z]{3,}\b/g, // errno codes (ENOENT)
  /(?<!\S)\/\S+/g, // absolute paths, whatever their letters (/tmp/staff/002-Асанов-Асан.yaml)
  /\b[\w.-]+\/[\w./{}*-]+/g, // paths and rule ids (mic-2018/familiarisation, samples/x.yaml, /forms/kpiSheet/kpis/0)
  /\b[\w-]+\/(?=[\s),;]|$)/g, // folders (templates/)
  /\b[\w.-]+\.(?:ya?ml|json|md|txt|docx|pdf|html?|xlsx|csv)\b/gi, // file names (bagalau.config.yaml)
  /(?<![\w.])\.[a-z]{2,9}\b/g, // extensions and dot files (.docx, .bagalaurc)
  /https?:\S+/g,
  /(?<![\w-])--?[a-z][a-z-]*/g, // option names (--today, (--from))
  /\[[^\]\s]+\]/g, // [ruleId]
  /[^\s,;:()«»]*\d[^\s,;:()«»]*/g, // anything with a digit: dates, codes (D-O-3, С-О-1), counts, clause numbers
  /\S→\S?/g, // letter changes shown for a category code (A→А)
  /[≠=]\s*(?:true|false)\b/g, // a boolean field's value
  /\b[a-z]+\.[a-z][A-Za-z]+\b/g, // dotted field names (servant.managerial)
  /\b[\w-]+\.kz\b/g, // Kazakh sites named as sources
  /\b[a-z]+(?:[A-Z][a-z]+)+\b/g, // camelCase field names (kpiSheet, fullName)
  /\b[a-z]+(?:-[a-z]+)+\b/g, // kebab-case ids and enum values
];
/** Latin words allowed in kk/ru lines: names of formats and tools, which have no translation. */
const LATIN_OK = new Set([
  ...['JSON', 'YAML', 'DOCX', 'PDF', 'HTML', 'XLSX', 'CSV', 'SARIF', 'JUnit', 'bagalau', 'LibreOffice', 'Markdown', 'GFM', 'Word', 'UTF', 'BOM', 'ID', 'KPI', 'CI', 'egov'],
  // fonts, protocols, streams and keys named as they are written everywhere
  ...['Times', 'New', 'Roman', 'Tinos', 'HTTP', 'API', 'TCP', 'stdout', 'stderr', 'stdin', 'Ctrl', 'glob'],
  'Qn', // the quarter in a period written 2026-Q1
]);
const KAZAKH_ONLY = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;
/** Russian words that do not occur in Kazakh text (function words and frequent terms of our messages). */
const RUSSIAN = new Set(
  'для при или что это нет есть если только после перед срок дней дня день рабочих рабочий ошибка ошибки ошибок предупреждение пункт пункта прил подп приложение приложения служащий служащего оценка оценки оценке результат результаты который которая которые также должен должна должно должны от до из как где когда ещё уже было быть года год месяц методика методики период периода итого файлов файла пропущен редакции'.split(
    ' ',
  ),
);
const LATIN_WORD = /\b[A-Za-z]{2,}\b/g;
const CYR_WORD = /[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+/g;

export interface Problem {
  line: string;
  why: string;
}

export function stripLine(line: string, data: ReadonlySet<string>): string {
  let s = line.normalize('NFC');
  for (const re of TOKENS) s = s.replace(re, ' ');
  s = s.replace(QUOTED, ' ');
  // data values in a language (names, units, KPI titles, enum values such as «іс-сапарда») are the user's words
  for (const v of data) {
    const n = v.normalize('NFC');
    if (n.length >= 3 && /[^\x00-\x7f]/.test(n) && s.includes(n)) s = s.split(n).join(' ');
  }
  return s;
}

export function checkLine(line: string, lang: Lang, data: ReadonlySet<string>): Problem | undefined {
  if (/\w\(s\)/.test(line)) return { line, why: '«(s)» plural' };
  const s = stripLine(line, data);
  if (lang === 'en') {
    const cyr = s.match(CYR_WORD);
    if (cyr) return { line, why: `Cyrillic in an English line: ${cyr.slice(0, 3).join(', ')}` };
    return undefined;
  }
  const latin = (s.match(LATIN_WORD) ?? []).filter((w) => !LATIN_OK.has(w));
  if (latin.length) return { line, why: `Latin words in a ${lang} line: ${latin.slice(0, 4).join(', ')}` };
  if (lang === 'ru' && KAZAKH_ONLY.test(s)) return { line, why: `Kazakh letters in a Russian line: ${(s.match(CYR_WORD) ?? []).filter((w) => KAZAKH_ONLY.test(w)).slice(0, 4).join(', ')}` };
  if (lang === 'kk') {
    const ru = (s.match(CYR_WORD) ?? []).filter((w) => RUSSIAN.has(w.toLowerCase()));
    if (ru.length) return { line, why: `Russian words in a Kazakh line: ${ru.slice(0, 4).join(', ')}` };
  }
  return undefined;
}
