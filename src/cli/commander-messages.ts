/**
 * commander's own usage errors («error: unknown option '--x'») in the user's language. commander
 * writes them in English only; each of its message shapes is matched and written in kk/ru/en,
 * anything unmatched is passed through as it is.
 */
import type { Lang } from '../law/finding.js';
import { placeholder } from './help-text.js';

type Rule = [RegExp, (m: RegExpExecArray, lang: Lang) => Record<Lang, string>];

const quoteChoices = (list: string): string => list.split(', ').map((c) => `«${c}»`).join(', ');

const RULES: Rule[] = [
  [/^error: unknown option '([^']*)'/, (m) => ({ kk: `қате: белгісіз параметр «${m[1]}»`, ru: `ошибка: неизвестный параметр «${m[1]}»`, en: `error: unknown option «${m[1]}»` })],
  [/^error: unknown command '([^']*)'/, (m) => ({ kk: `қате: белгісіз команда «${m[1]}»`, ru: `ошибка: неизвестная команда «${m[1]}»`, en: `error: unknown command «${m[1]}»` })],
  [/^error: missing required argument '([^']*)'/, (m, lang) => {
    const a = placeholder(m[1]!, lang);
    return { kk: `қате: міндетті «${a}» аргументі берілмеген`, ru: `ошибка: не указан обязательный аргумент «${a}»`, en: `error: missing required argument «${a}»` };
  }],
  [
    /^error: command-argument value '([^']*)' is invalid for argument '([^']*)'\. Allowed choices are ([^\n]*)\./,
    (m, lang) => {
      const a = placeholder(m[2]!, lang);
      const allowed = quoteChoices(m[3]!);
      return { kk: `қате: «${a}» аргументі үшін «${m[1]}» мәні жарамсыз; болатын мәндер: ${allowed}`, ru: `ошибка: значение «${m[1]}» для аргумента «${a}» недопустимо; возможные значения: ${allowed}`, en: `error: «${m[1]}» is not a value of «${a}»; allowed: ${allowed}` };
    },
  ],
  [/^error: option '([^']*)' argument missing/, (m) => ({ kk: `қате: «${m[1]}» параметрінің мәні берілмеген`, ru: `ошибка: у параметра «${m[1]}» нет значения`, en: `error: option «${m[1]}» needs a value` })],
  [/^error: required option '([^']*)' not specified/, (m) => ({ kk: `қате: міндетті «${m[1]}» параметрі берілмеген`, ru: `ошибка: не указан обязательный параметр «${m[1]}»`, en: `error: required option «${m[1]}» not given` })],
  [
    /^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are ([^.]*)\./,
    (m) => {
      const allowed = quoteChoices(m[3]!);
      return { kk: `қате: «${m[1]}» үшін «${m[2]}» мәні жарамсыз; болатын мәндер: ${allowed}`, ru: `ошибка: значение «${m[2]}» для «${m[1]}» недопустимо; возможные значения: ${allowed}`, en: `error: «${m[2]}» is not a value of «${m[1]}»; allowed: ${allowed}` };
    },
  ],
  [/^error: too many arguments/, () => ({ kk: 'қате: аргументтер тым көп', ru: 'ошибка: слишком много аргументов', en: 'error: too many arguments' })],
];

const SUGGEST = /\n?\(Did you mean (?:one of )?([^?]*)\?\)/;

export function translateCommanderError(text: string, lang: Lang): string {
  const body = text.replace(/\s+$/, '');
  for (const [re, make] of RULES) {
    const m = re.exec(body);
    if (!m) continue;
    const s = SUGGEST.exec(body);
    const hint = s ? { kk: ` («${s[1]}» болуы керек пе?)`, ru: ` (возможно, «${s[1]}»?)`, en: ` (did you mean «${s[1]}»?)` }[lang] : '';
    return `${make(m, lang)[lang]}${hint}\n`;
  }
  return text;
}
