/**
 * Reads a user's calendar data file (next year's transfer act, a corrected Kurban Ait
 * date…) in the bundled format, and says exactly what is wrong when it cannot be used:
 * the file, line:column, the JSON Pointer, and what was expected.
 *
 * Checks, in order: readable text → JSON (or YAML) syntax → the JSON Schema
 * (`schemas/calendar/calendar-data.schema.json`) → the calendar's own consistency
 * (dates inside the year, known sources, a transfer's `from` being a day off and its
 * `to` a working day), by compiling it together with the bundled data.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Ajv2020, ErrorObject } from 'ajv/dist/2020.js';
import { isMap, isPair, isScalar, isSeq, LineCounter, type Document } from 'yaml';
import { MAX_PARSE_DEPTH, parseYamlDocument, TooDeepError } from './bounded.js';
import { t3, type Lang, type Place, type Text3 } from '../law/finding.js';
import { osErrorText } from './os-error.js';
import { parsePointer } from '../law/json-pointer.js';
import { createCalendar, CalendarDataError, type Calendar, type CalendarData } from '../law/calendar/index.js';
import calendarSchema from '../../schemas/calendar/calendar-data.schema.json' with { type: 'json' };

/** Larger than any honest calendar file; refuses to read a wrong path to a huge file. */
export const MAX_CALENDAR_FILE_BYTES = 1_000_000;

export interface CalendarFileProblem {
  file: string;
  pointer: string;
  place?: Place;
  message: Text3;
}

export class CalendarFileError extends Error {
  override name = 'CalendarFileError';
  constructor(readonly problems: CalendarFileProblem[]) {
    super(problems.map((p) => formatCalendarProblem(p, 'en')).join('\n'));
  }
}

/** `file:line:col: /pointer: message` in one language. */
export function formatCalendarProblem(p: CalendarFileProblem, lang: Lang): string {
  const where = p.place ? `${p.file}:${p.place.line}:${p.place.column}` : p.file;
  return `${where}: ${p.pointer ? `${p.pointer}: ` : ''}${p.message[lang]}`;
}

let validate: ReturnType<Ajv2020['compile']> | undefined;
function validator(): ReturnType<Ajv2020['compile']> {
  if (!validate) {
    // ajv is loaded only when a calendar file is given: every command that takes --calendar imports this module.
    const require = createRequire(import.meta.url);
    const { Ajv2020: Ajv } = require('ajv/dist/2020.js') as { Ajv2020: typeof Ajv2020 };
    const addFormats = require('ajv-formats') as (a: Ajv2020) => Ajv2020;
    const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats(ajv);
    validate = ajv.compile(calendarSchema as object);
  }
  return validate;
}

/** Read, parse and check one calendar file; throws CalendarFileError. */
export function loadCalendarFile(path: string): CalendarData {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const why = osErrorText(e);
    throw new CalendarFileError([{ file: path, pointer: '', message: t3(`файлды оқу мүмкін емес: ${why.kk}`, `не удаётся прочитать файл: ${why.ru}`, `cannot read the file: ${why.en}`) }]);
  }
  if (bytes.length > MAX_CALENDAR_FILE_BYTES) {
    throw new CalendarFileError([{ file: path, pointer: '', message: t3(`файл тым үлкен (${bytes.length} байт)`, `файл слишком большой (${bytes.length} байт)`, `file too large (${bytes.length} bytes)`) }]);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new CalendarFileError([{ file: path, pointer: '', message: t3('файл UTF-8 кодтауында емес', 'файл не в кодировке UTF-8', 'the file is not UTF-8 text') }]);
  }
  return parseCalendarText(text, path);
}

/** Parse and check calendar data given as text (`file` names it in messages). */
export function parseCalendarText(text: string, file: string): CalendarData {
  const lc = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseYamlDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false, schema: 'core' });
  } catch (e) {
    if (!(e instanceof TooDeepError)) throw e;
    const pos = lc.linePos(e.offset);
    throw new CalendarFileError([{
      file,
      pointer: '',
      place: { line: pos.line, column: pos.col },
      message: t3(`${MAX_PARSE_DEPTH} деңгейден терең кірістіру немесе жабылмаған жақша`, `вложенность глубже ${MAX_PARSE_DEPTH} уровней или незакрытая скобка`, `nesting deeper than ${MAX_PARSE_DEPTH} levels, or an unclosed bracket`),
    }]);
  }
  if (doc.errors.length > 0) {
    throw new CalendarFileError(
      doc.errors.map((err) => {
        const pos = lc.linePos(err.pos[0]);
        return {
          file,
          pointer: '',
          place: { line: pos.line, column: pos.col },
          message: t3(`синтаксис қатесі: ${err.message}`, `синтаксическая ошибка: ${err.message}`, `syntax error: ${err.message}`),
        };
      }),
    );
  }
  const data: unknown = doc.toJS({ maxAliasCount: 0 });
  const placeOf = (pointer: string): Place | undefined => findPlace(doc, lc, pointer);
  const v = validator();
  if (!v(data)) {
    throw new CalendarFileError(schemaProblems(v.errors ?? [], file, placeOf));
  }
  const calendarData = data as CalendarData;
  checkAgainstBundled([calendarData], [file], [placeOf]);
  return calendarData;
}

/** The bundled calendar extended by the given files; throws CalendarFileError naming the file at fault. */
export function calendarFromFiles(paths: readonly string[]): Calendar {
  const datas = paths.map((p) => loadCalendarFile(p));
  return checkAgainstBundled(datas, paths, paths.map(() => () => undefined));
}

function checkAgainstBundled(datas: CalendarData[], files: readonly string[], placeOfs: ((p: string) => Place | undefined)[]): Calendar {
  try {
    return createCalendar(datas);
  } catch (e) {
    if (!(e instanceof CalendarDataError)) throw e;
    throw new CalendarFileError(
      e.problems.map((p) => {
        const index = p.input === 'bundled' ? -1 : p.input;
        const file = files[index] ?? 'bundled calendar data';
        const place = placeOfs[index]?.(p.pointer);
        return { file, pointer: p.pointer, ...(place ? { place } : {}), message: p.message };
      }),
    );
  }
}

/**
 * One problem per place: a union (`anyOf`) reports its allowed values once instead of
 * one `const` error per branch, and a date failing both `pattern` and `format` says so once.
 */
function schemaProblems(errors: ErrorObject[], file: string, placeOf: (p: string) => Place | undefined): CalendarFileProblem[] {
  const unionAt = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const formatAt = new Set(errors.filter((e) => e.keyword === 'format').map((e) => e.instancePath));
  const allowed = new Map<string, string[]>();
  for (const e of errors) {
    if (e.keyword === 'const' && unionAt.has(e.instancePath)) {
      allowed.set(e.instancePath, [...(allowed.get(e.instancePath) ?? []), String((e.params as { allowedValue?: unknown }).allowedValue)]);
    }
  }
  const out: CalendarFileProblem[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    if (unionAt.has(e.instancePath) && e.keyword !== 'anyOf') continue;
    if (e.keyword === 'pattern' && formatAt.has(e.instancePath)) continue;
    const pointer = e.keyword === 'additionalProperties' ? `${e.instancePath}/${String(e.params['additionalProperty'])}` : e.instancePath;
    const message = e.keyword === 'anyOf' ? oneOfMessage(allowed.get(e.instancePath) ?? []) : schemaMessage(e);
    const key = `${pointer}\u0000${message.en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const place = placeOf(pointer);
    out.push({ file, pointer, ...(place ? { place } : {}), message });
  }
  return out;
}

function oneOfMessage(values: string[]): Text3 {
  const list = values.join(', ');
  return values.length > 0
    ? t3(`рұқсат етілмеген мән; мүмкін мәндер: ${list}`, `недопустимое значение; допустимо: ${list}`, `value not allowed; expected one of: ${list}`)
    : t3('рұқсат етілмеген мән', 'недопустимое значение', 'value not allowed');
}

function findPlace(doc: Document.Parsed, lc: LineCounter, pointer: string): Place | undefined {
  let node: unknown = doc.contents;
  let at: unknown = node;
  for (const token of parsePointer(pointer)) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === token);
      if (!pair) break;
      at = pair.key;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(token)];
      if (item === undefined) break;
      at = item;
      node = item;
    } else break;
  }
  const range = (at as { range?: [number, number, number] } | null)?.range;
  if (!range) return undefined;
  const pos = lc.linePos(range[0]);
  return { line: pos.line, column: pos.col };
}

/** ajv errors in words a user can act on; raw ajv messages are never shown. */
function schemaMessage(e: ErrorObject): Text3 {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return t3(`міндетті «${String(p['missingProperty'])}» өрісі жоқ`, `нет обязательного поля «${String(p['missingProperty'])}»`, `missing required field "${String(p['missingProperty'])}"`);
    case 'additionalProperties':
      return t3(`белгісіз өріс «${String(p['additionalProperty'])}»`, `неизвестное поле «${String(p['additionalProperty'])}»`, `unknown field "${String(p['additionalProperty'])}"`);
    case 'format':
      return t3('нақты күн емес (ЖЖЖЖ-АА-КК)', 'не существующая дата (ГГГГ-ММ-ДД)', 'not a real date (YYYY-MM-DD)');
    case 'pattern':
      return t3(`мән пішімге сай емес (${String(p['pattern'])})`, `значение не соответствует шаблону (${String(p['pattern'])})`, `value does not match the pattern ${String(p['pattern'])}`);
    case 'type':
      return t3(`түрі қате: ${String(p['type'])} күтілді`, `неверный тип: ожидался ${String(p['type'])}`, `wrong type: expected ${String(p['type'])}`);
    case 'const':
      return oneOfMessage([String(p['allowedValue'])]);
    case 'minimum':
    case 'maximum':
      return t3(`сан шектен тыс (${String(p['comparison'])} ${String(p['limit'])})`, `число вне пределов (${String(p['comparison'])} ${String(p['limit'])})`, `number out of range (${String(p['comparison'])} ${String(p['limit'])})`);
    case 'minItems':
    case 'maxItems':
      return t3(`элементтер саны қате (${String(p['limit'])} болуы тиіс)`, `неверное число элементов (должно быть ${String(p['limit'])})`, `wrong number of items (must be ${String(p['limit'])})`);
    case 'minLength':
      return t3('бос мән', 'пустое значение', 'empty value');
    default:
      return t3(`схемаға сай емес (${e.keyword})`, `не соответствует схеме (${e.keyword})`, `does not match the schema (${e.keyword})`);
  }
}
