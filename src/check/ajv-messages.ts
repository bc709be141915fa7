/**
 * Schema errors in the working languages. ajv-i18n has no Kazakh, so the table is ours,
 * keyed by ajv keyword (stack notes §4). Raw ajv messages are never shown to a user.
 * Each says what is expected and, where ajv gives it (`verbose`: the value found), what was found;
 * the field it is about is said before it by ./schema-findings.ts (./field-place.ts).
 */
import type { ErrorObject } from 'ajv';
import type { Text3 } from '../law/finding.js';
import { describeChanges, lookAlike } from '../law/look-alike.js';
import { pluralRu } from '../law/plural.js';
import { dateFormatMessage } from './date-message.js';
import type { CodeWords } from './enum-words.js';

const q = (v: unknown) => (typeof v === 'string' ? `«${v}»` : JSON.stringify(v));

/** JSON Schema's type names as a reader says them. */
const TYPE: Record<string, Text3> = {
  integer: { kk: 'бүтін сан', ru: 'целое число', en: 'a whole number' },
  number: { kk: 'сан', ru: 'число', en: 'a number' },
  string: { kk: 'мәтін', ru: 'текст', en: 'a text' },
  boolean: { kk: 'true (иә) немесе false (жоқ)', ru: 'true (да) или false (нет)', en: 'true or false' },
  object: { kk: 'өрістер жиыны', ru: 'набор полей', en: 'a set of fields' },
  array: { kk: 'тізім', ru: 'список', en: 'a list' },
  null: { kk: 'бос мән (null)', ru: 'пустое значение (null)', en: 'empty (null)' },
};
const OR: Text3 = { kk: 'немесе', ru: 'или', en: 'or' };
const typeNames = (t: unknown): Text3 => {
  const names = String(t).split(',').map((n) => TYPE[n] ?? { kk: n, ru: n, en: n });
  const say = (l: keyof Text3) => names.map((n) => n[l]).join(` ${OR[l]} `);
  return { kk: say('kk'), ru: say('ru'), en: say('en') };
};

const NON_EMPTY_TEXT: Text3 = { kk: 'бос емес мәтін', ru: 'непустой текст', en: 'a text that is not empty' };
/**
 * The branches of an anyOf/oneOf (ajv's `verbose` gives them) said as one expectation, «число или непустой текст»,
 * when every branch is a plain type (a number-or-text value); undefined for branches of other shapes.
 */
export function alternatives(branches: unknown): Text3 | undefined {
  if (!Array.isArray(branches) || branches.length === 0) return undefined;
  const names: Text3[] = [];
  for (const b of branches as Record<string, unknown>[]) {
    const keys = Object.keys(b ?? {}).filter((k) => k !== 'title' && k !== 'description');
    if (typeof b?.['type'] !== 'string' || !keys.every((k) => k === 'type' || (k === 'minLength' && b['type'] === 'string' && b['minLength'] === 1))) return undefined;
    names.push(b['minLength'] === 1 ? NON_EMPTY_TEXT : typeNames(b['type']));
  }
  const say = (l: keyof Text3) => names.map((n) => n[l]).join(` ${OR[l]} `);
  return { kk: say('kk'), ru: say('ru'), en: say('en') };
}

/** «строки» / «строк» after a number in the genitive («не менее 1 строки», «список из 5 строк»): 1, 21, 31… take the singular. */
const rows = (n: number): string => pluralRu(n, 'строки', 'строк', 'строк');

/** The value found, as a reader would name it: «2025» (a text), 4.5, a list of 3 rows… */
function found(v: unknown): Text3 {
  if (typeof v === 'string') return v === '' ? { kk: 'бос мәтін', ru: 'пустой текст', en: 'an empty text' } : { kk: `${q(v)} мәтіні`, ru: `текст ${q(v)}`, en: `the text ${q(v)}` };
  if (typeof v === 'number' || typeof v === 'boolean') return { kk: String(v), ru: String(v), en: String(v) };
  if (v === null) return TYPE['null']!;
  if (Array.isArray(v)) return { kk: `${v.length} жолдық тізім`, ru: `список из ${v.length} ${rows(v.length)}`, en: `a list of ${v.length} ${v.length === 1 ? 'row' : 'rows'}` };
  return TYPE['object']!;
}
const FOUND: Text3 = { kk: 'берілгені', ru: 'указано', en: 'found' };
/** «…; указано …» when ajv gave the value (a message built without `verbose` says only what is expected). */
const withFound = (t: Text3, e: ErrorObject, asWritten = false): Text3 => {
  if (!('data' in e)) return t;
  // a date or a code is said as written: «2023-02-30», not «the text 2023-02-30»
  const f = asWritten && typeof e.data === 'string' && e.data !== '' ? { kk: q(e.data), ru: q(e.data), en: q(e.data) } : found(e.data);
  return { kk: `${t.kk}; ${FOUND.kk}: ${f.kk}`, ru: `${t.ru}; ${FOUND.ru}: ${f.ru}`, en: `${t.en}; ${FOUND.en}: ${f.en}` };
};

/** How a code with words is said among the allowed values: its words, and the code the file holds beside them when it differs. */
const codeSaid = (code: string, w: Text3, l: keyof Text3): string => (w[l] === code ? q(code) : `${q(w[l])} (${code})`);
const CODE_IN_FILE: Text3 = { kk: 'файлға жақшадағы код жазылады', ru: 'в файл пишется код в скобках', en: 'the file holds the code in brackets' };

/**
 * What is wrong, in three languages. `caption` names a field of the object the error is about by its caption
 * (a missing required field is named by it, its key beside it, which is what a package file spells). `words` names an
 * enum's codes as the user reads them (./enum-words.ts): «председатель» (chair) rather than «chair».
 */
export function schemaMessage(e: ErrorObject, caption?: (key: string) => Text3 | undefined, words?: CodeWords): Text3 {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required': {
      const key = String(p['missingProperty']);
      const c = caption?.(key);
      const name = (l: keyof Text3) => (c && c[l] !== key ? `«${c[l]}» (${key})` : `«${key}»`);
      return { kk: `міндетті ${name('kk')} өрісі жоқ`, ru: `нет обязательного поля ${name('ru')}`, en: `required field ${name('en')} is missing` };
    }
    case 'additionalProperties':
      return { kk: `нысанда жоқ өріс: «${p['additionalProperty']}»`, ru: `поле «${p['additionalProperty']}» не предусмотрено формой`, en: `field «${p['additionalProperty']}» is not part of the form` };
    case 'enum': {
      // «тиiмдi» typed with Latin i: name the value meant and the letters to retype (ajv's `verbose` gives the value);
      // a code with words by its words too, the code beside them («председатель» (chair)), as the allowed values are said
      const meant = typeof e.data === 'string' ? lookAlike(e.data, p['allowedValues'] as unknown[]) : undefined;
      if (meant) {
        const d = describeChanges(meant.changes);
        const w = words?.(meant.value);
        const m = (l: keyof Text3) => (w ? codeSaid(meant.value, w, l) : q(meant.value));
        return {
          kk: `${q(e.data)} — ${m('kk')} болуы керек пе? ${d.kk}`,
          ru: `${q(e.data)} — возможно, имелось в виду ${m('ru')}? ${d.ru}`,
          en: `${q(e.data)} — did you mean ${m('en')}? ${d.en}`,
        };
      }
      const values = p['allowedValues'] as unknown[];
      // codes with words (a member's role, the ballot, a vote, an event's type): the words in the reader's language, the code beside
      const named = words && values.map((v) => (typeof v === 'string' ? words(v) : undefined));
      if (named?.every((w) => w !== undefined)) {
        const say = (l: keyof Text3) => values.map((v, i) => codeSaid(String(v), named[i]!, l)).join(', ');
        return withFound(
          {
            kk: `мәні мыналардың бірі болуы тиіс: ${say('kk')} — ${CODE_IN_FILE.kk}`,
            ru: `значение должно быть одним из: ${say('ru')} — ${CODE_IN_FILE.ru}`,
            en: `value must be one of: ${say('en')} — ${CODE_IN_FILE.en}`,
          },
          e,
          true,
        );
      }
      const allowed = values.map(q).join(', ');
      return withFound({ kk: `мәні актідегі мәндердің бірі болуы тиіс: ${allowed}`, ru: `значение должно быть одним из значений акта: ${allowed}`, en: `value must be one of the act's values: ${allowed}` }, e, true);
    }
    case 'const':
      return withFound({ kk: `мәні ${q(p['allowedValue'])} болуы тиіс`, ru: `значение должно быть ${q(p['allowedValue'])}`, en: `value must be ${q(p['allowedValue'])}` }, e, true);
    case 'type': {
      const t = typeNames(p['type']);
      return withFound({ kk: `${t.kk} болуы тиіс`, ru: `должно быть ${t.ru}`, en: `must be ${t.en}` }, e);
    }
    case 'format':
      return withFound(
        p['format'] === 'date'
          ? dateFormatMessage()
          : { kk: `пішімі: ${p['format']}`, ru: `формат: ${p['format']}`, en: `must match format ${p['format']}` },
        e,
        true,
      );
    case 'minItems':
      return withFound({ kk: `кемінде ${p['limit']} жол болуы тиіс`, ru: `должно быть не менее ${p['limit']} ${rows(Number(p['limit']))}`, en: `must have at least ${p['limit']} ${p['limit'] === 1 ? 'item' : 'items'}` }, e);
    case 'maxItems':
      return withFound({ kk: `${p['limit']} жолдан аспауы тиіс`, ru: `не более ${p['limit']} ${rows(Number(p['limit']))}`, en: `must have at most ${p['limit']} ${p['limit'] === 1 ? 'item' : 'items'}` }, e);
    case 'minLength':
      return { kk: 'бос болмауы тиіс', ru: 'не должно быть пустым', en: 'must not be empty' };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return withFound({ kk: `мәні ${p['comparison']} ${p['limit']} болуы тиіс`, ru: `значение должно быть ${p['comparison']} ${p['limit']}`, en: `must be ${p['comparison']} ${p['limit']}` }, e);
    case 'pattern':
      return withFound({ kk: `үлгіге сәйкес емес: ${p['pattern']}`, ru: `не соответствует шаблону ${p['pattern']}`, en: `must match pattern ${p['pattern']}` }, e, true);
    case 'anyOf':
    case 'oneOf': {
      const alt = alternatives(e.schema);
      if (alt) return withFound({ kk: `${alt.kk} болуы тиіс`, ru: `должно быть ${alt.ru}`, en: `must be ${alt.en}` }, e);
      return withFound({ kk: 'рұқсат етілген нұсқалардың ешқайсысына сәйкес емес', ru: 'не соответствует ни одному из допустимых вариантов', en: 'matches none of the allowed shapes' }, e);
    }
    case 'multipleOf':
      return { kk: `${p['multipleOf']} еселігі болуы тиіс`, ru: `должно быть кратно ${p['multipleOf']}`, en: `must be a multiple of ${p['multipleOf']}` };
    case 'uniqueItems':
      return { kk: 'жолдар қайталанбауы тиіс', ru: 'строки не должны повторяться', en: 'items must be unique' };
    default:
      return { kk: `сызбаға сәйкес емес (${e.keyword})`, ru: `не соответствует схеме (${e.keyword})`, en: `does not match the schema (${e.keyword})` };
  }
}
