/**
 * The YAML and JSON parsers' errors in kk/ru/en. The `yaml` library and V8's JSON.parse word their errors
 * in English only; each error the parsers have is given here in Kazakh and Russian, and the parser's own
 * English message is kept for en. An error not listed is named by the parser's message, quoted.
 */
import { t3, type Text3 } from '../law/finding.js';

const BY_CODE: Record<string, [kk: string, ru: string]> = {
  BAD_INDENT: ['шегініс дұрыс емес: элемент басқа деңгейде тұр', 'неверный отступ: элемент стоит не на своём уровне'],
  TAB_AS_INDENT: ['шегініс TAB таңбасымен жасалған (бос орын керек)', 'отступ сделан табуляцией (нужны пробелы)'],
  MISSING_CHAR: ['жабатын таңба жетіспейді (жақша, тырнақша)', 'не хватает закрывающего символа (скобки, кавычки)'],
  UNEXPECTED_TOKEN: ['күтілмеген таңба', 'неожиданный символ'],
  DUPLICATE_KEY: ['бір кілт екі рет жазылған', 'один и тот же ключ записан дважды'],
  BLOCK_AS_IMPLICIT_KEY: ['кілттің орнында блок тұр (қос нүкте не шегініс қате)', 'на месте ключа стоит блок (ошибка в двоеточии или отступе)'],
  MULTILINE_IMPLICIT_KEY: ['кілт бірнеше жолға созылған (қос нүкте не шегініс қате)', 'ключ растянут на несколько строк (ошибка в двоеточии или отступе)'],
  BAD_SCALAR_START: ['мән рұқсат етілмеген таңбадан басталады (мәнді тырнақшаға алыңыз)', 'значение начинается с недопустимого символа (возьмите его в кавычки)'],
  BAD_DQ_ESCAPE: ['қос тырнақшадағы «\\» таңбасынан кейін қате', 'ошибка после «\\» в двойных кавычках'],
  BLOCK_IN_FLOW: ['жақша ішінде блок тұр', 'блок внутри скобок'],
  MULTIPLE_DOCS: ['файлда бірнеше құжат бар (біреуі керек)', 'в файле несколько документов (нужен один)'],
  MULTIPLE_ANCHORS: ['бір мәнде бірнеше якорь', 'несколько якорей у одного значения'],
  MULTIPLE_TAGS: ['бір мәнде бірнеше тег', 'несколько тегов у одного значения'],
  BAD_ALIAS: ['сілтеме (alias) дұрыс емес', 'неверная ссылка (alias)'],
  BAD_DIRECTIVE: ['директива дұрыс емес', 'неверная директива'],
  BAD_PROP_ORDER: ['якорь мен тегтің реті дұрыс емес', 'неверный порядок якоря и тега'],
  KEY_OVER_1024_CHARS: ['кілт 1024 таңбадан ұзын', 'ключ длиннее 1024 символов'],
  NON_STRING_KEY: ['кілт мәтін емес', 'ключ — не текст'],
  TAG_RESOLVE_FAILED: ['тег бойынша мәнді оқу мүмкін емес', 'значение не читается по своему тегу'],
  ALIAS_PROPS: ['сілтемеде якорь не тег болмауы керек', 'у ссылки не может быть якоря или тега'],
};

/** «YAML синтаксис қатесі: шегініс дұрыс емес…» from the parser's error code and English message. */
export function yamlErrorText(code: string, message: string): Text3 {
  const k = Object.hasOwn(BY_CODE, code) ? BY_CODE[code] : undefined;
  const kk = k ? k[0] : `талдаушы хабары: «${message}»`;
  const ru = k ? k[1] : `сообщение разборщика: «${message}»`;
  return t3(`YAML синтаксис қатесі: ${kk}`, `Синтаксическая ошибка YAML: ${ru}`, `YAML syntax error: ${message}`);
}

/**
 * V8's JSON errors (Node 20 and 22 word them alike) in Kazakh and Russian, by the shape of the English
 * message; the position is left out, as the finding's place already gives line and column. A message not
 * listed here is quoted as the parser gave it.
 */
const JSON_BY_MESSAGE: Array<[RegExp, kk: string, ru: string]> = [
  [/^Expected double-quoted property name/, 'кілт қос тырнақшада болуы керек (артық үтір болуы мүмкін)', 'ключ должен быть в двойных кавычках (возможно, лишняя запятая)'],
  [/^Expected property name or '\}'/, 'кілт (қос тырнақшада) не «}» күтілген', 'ожидался ключ (в двойных кавычках) или «}»'],
  [/^Expected ':' after property name/, 'кілттен кейін «:» жетіспейді', 'после ключа не хватает «:»'],
  [/^Expected ',' or '\}' after property value/, 'мәннен кейін «,» не «}» жетіспейді', 'после значения не хватает «,» или «}»'],
  [/^Expected ',' or '\]' after array element/, 'тізім элементінен кейін «,» не «]» жетіспейді', 'после элемента списка не хватает «,» или «]»'],
  [/^Unterminated string/, 'тырнақша жабылмаған', 'кавычка не закрыта'],
  [/^Bad control character in string literal/, 'мәтін ішінде басқару таңбасы тұр (жол ауысуы \\n түрінде жазылады)', 'внутри строки управляющий символ (перевод строки пишется как \\n)'],
  [/^Bad escaped character/, '«\\» таңбасынан кейін рұқсат етілмеген таңба', 'после «\\» недопустимый символ'],
  [/^Bad Unicode escape/, '\\u кодынан кейін төрт он алтылық цифр керек', 'после \\u нужны четыре шестнадцатеричные цифры'],
  [/^Unexpected non-whitespace character after JSON/, 'JSON аяқталғаннан кейін артық мәтін бар', 'после конца JSON лишний текст'],
  [/^Unexpected end of JSON input/, 'файл JSON аяқталмай тұрып бітті', 'файл закончился раньше, чем JSON'],
  [/^No number after minus sign/, 'минус таңбасынан кейін сан жоқ', 'после знака минус нет числа'],
  [/^Exponent part is missing a number/, 'дәреже көрсеткішінде сан жоқ', 'в показателе степени нет числа'],
  [/^Unterminated fractional number/, 'бөлшек сан аяқталмаған', 'дробное число не закончено'],
  [/^Unexpected token/, 'күтілмеген таңба', 'неожиданный символ'],
];

/** «JSON синтаксис қатесі: …» from V8's English message (kept as it is for en). */
export function jsonErrorText(message: string): Text3 {
  const k = JSON_BY_MESSAGE.find(([re]) => re.test(message));
  const kk = k ? k[1] : `талдаушы хабары: «${message}»`;
  const ru = k ? k[2] : `сообщение разборщика: «${message}»`;
  return t3(`JSON синтаксис қатесі: ${kk}`, `Синтаксическая ошибка JSON: ${ru}`, `JSON syntax error: ${message}`);
}
