/**
 * Schema errors in the working languages. ajv-i18n has no Kazakh, so the table is ours,
 * keyed by ajv keyword (stack notes §4). Raw ajv messages are never shown to a user.
 */
import type { ErrorObject } from 'ajv';
import type { Text3 } from '../law/finding.js';
import { describeChanges, lookAlike } from '../law/look-alike.js';
import { dateFormatMessage } from './date-message.js';

const q = (v: unknown) => (typeof v === 'string' ? `«${v}»` : JSON.stringify(v));

export function schemaMessage(e: ErrorObject): Text3 {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return { kk: `міндетті «${p['missingProperty']}» өрісі жоқ`, ru: `нет обязательного поля «${p['missingProperty']}»`, en: `required field «${p['missingProperty']}» is missing` };
    case 'additionalProperties':
      return { kk: `нысанда жоқ өріс: «${p['additionalProperty']}»`, ru: `поле «${p['additionalProperty']}» не предусмотрено формой`, en: `field «${p['additionalProperty']}» is not part of the form` };
    case 'enum': {
      // «тиiмдi» typed with Latin i: name the value meant and the letters to retype (ajv's `verbose` gives the value)
      const meant = typeof e.data === 'string' ? lookAlike(e.data, p['allowedValues'] as unknown[]) : undefined;
      if (meant) {
        const d = describeChanges(meant.changes);
        return {
          kk: `${q(e.data)} — ${q(meant.value)} болуы керек пе? ${d.kk}`,
          ru: `${q(e.data)} — возможно, имелось в виду ${q(meant.value)}? ${d.ru}`,
          en: `${q(e.data)} — did you mean ${q(meant.value)}? ${d.en}`,
        };
      }
      const allowed = (p['allowedValues'] as unknown[]).map(q).join(', ');
      return { kk: `мәні актідегі мәндердің бірі болуы тиіс: ${allowed}`, ru: `значение должно быть одним из значений акта: ${allowed}`, en: `value must be one of the act's values: ${allowed}` };
    }
    case 'const':
      return { kk: `мәні ${q(p['allowedValue'])} болуы тиіс`, ru: `значение должно быть ${q(p['allowedValue'])}`, en: `value must be ${q(p['allowedValue'])}` };
    case 'type':
      return { kk: `түрі: ${p['type']} болуы тиіс`, ru: `тип должен быть ${p['type']}`, en: `must be of type ${p['type']}` };
    case 'format':
      return p['format'] === 'date'
        ? dateFormatMessage()
        : { kk: `пішімі: ${p['format']}`, ru: `формат: ${p['format']}`, en: `must match format ${p['format']}` };
    case 'minItems':
      return { kk: `кемінде ${p['limit']} жол болуы тиіс`, ru: `должно быть не менее ${p['limit']} строк`, en: `must have at least ${p['limit']} ${p['limit'] === 1 ? 'item' : 'items'}` };
    case 'maxItems':
      return { kk: `${p['limit']} жолдан аспауы тиіс`, ru: `не более ${p['limit']} строк`, en: `must have at most ${p['limit']} ${p['limit'] === 1 ? 'item' : 'items'}` };
    case 'minLength':
      return { kk: 'бос болмауы тиіс', ru: 'не должно быть пустым', en: 'must not be empty' };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { kk: `мәні ${p['comparison']} ${p['limit']} болуы тиіс`, ru: `значение должно быть ${p['comparison']} ${p['limit']}`, en: `must be ${p['comparison']} ${p['limit']}` };
    case 'pattern':
      return { kk: `үлгіге сәйкес емес: ${p['pattern']}`, ru: `не соответствует шаблону ${p['pattern']}`, en: `must match pattern ${p['pattern']}` };
    case 'anyOf':
    case 'oneOf':
      return { kk: 'рұқсат етілген нұсқалардың ешқайсысына сәйкес емес', ru: 'не соответствует ни одному из допустимых вариантов', en: 'matches none of the allowed shapes' };
    case 'multipleOf':
      return { kk: `${p['multipleOf']} еселігі болуы тиіс`, ru: `должно быть кратно ${p['multipleOf']}`, en: `must be a multiple of ${p['multipleOf']}` };
    case 'uniqueItems':
      return { kk: 'жолдар қайталанбауы тиіс', ru: 'строки не должны повторяться', en: 'items must be unique' };
    default:
      return { kk: `сызбаға сәйкес емес (${e.keyword})`, ru: `не соответствует схеме (${e.keyword})`, en: `does not match the schema (${e.keyword})` };
  }
}
