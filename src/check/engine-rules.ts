/**
 * The findings the engine itself raises (not a pack's rules), with what each means: the ids the
 * runner and its helpers emit live here beside them, and `bagalau explain` reads them.
 */
import type { Text3 } from '../law/finding.js';

export const ENGINE_RULES: Readonly<Record<string, Text3>> = {
  input: { kk: 'Файл оқылмады немесе бағалау пакеті емес', ru: 'Файл не прочитан или не является пакетом оценки', en: 'The file could not be read, or is not an evaluation package' },
  'input-encoding': { kk: 'Файлдың кодтауы туралы', ru: 'О кодировке файла', en: 'How the file\'s encoding was read' },
  'input-session': { kk: 'Сілтеме жасалған отырыс файлы оқылмады', ru: 'Файл заседания по ссылке не прочитан', en: 'The referenced session file could not be read' },
  schema: { kk: 'Пакет әдістеме нысанының JSON сызбасына сәйкес емес', ru: 'Пакет не соответствует JSON-схеме формы методики', en: 'The package does not match the JSON Schema of the methodology\'s forms' },
  'unknown-methodology': { kk: 'Белгісіз әдістеме', ru: 'Неизвестная методика', en: 'Unknown methodology id' },
  'outside-validity': { kk: 'Кезең әдістеменің қолданылу мерзімінен тыс', ru: 'Период вне срока действия методики', en: 'The period lies outside the methodology\'s validity' },
  'partly-outside-validity': { kk: 'Кезеңнің бір бөлігі әдістеме күшінде болмаған кезге түседі', ru: 'Часть периода вне срока действия методики', en: 'Part of the period lies outside the methodology\'s validity' },
  'wording-not-held': { kk: 'Кезеңде күшінде болған редакцияның мәтіні бізде жоқ', ru: 'Текста редакции, действовавшей в период, у нас нет', en: 'We do not hold the wording in force for the period' },
  'amendment-not-held': { kk: 'Кезеңге мәтіні бізде жоқ өзгеріс әсер етеді', ru: 'Период затронут изменением, текста которого у нас нет', en: 'The period is touched by an amendment whose wording we do not hold' },
  'category-normalised': { kk: 'Лауазым санатының коды қалыпқа келтірілді', ru: 'Код категории нормализован', en: 'The position-category code was normalised (look-alike letters, digit 0)' },
  'session-file': { kk: 'Отырыс файлы пакеттермен бірге тексеріледі', ru: 'Файл заседания проверяется вместе с пакетами', en: 'A session file among the packages: checked with the packages that refer to it' },
  'period-order': { kk: 'Кезеңнің басы соңынан кейін', ru: 'Начало периода позже конца', en: 'The period starts after it ends' },
  'rules-not-run': { kk: 'Сызба қателеріне байланысты ережелер тексерілмеді', ru: 'Правила не проверялись из-за ошибок структуры', en: 'Rules were not run because of structural errors' },
  internal: { kk: 'Ережені тексеру мүмкін болмады', ru: 'Правило не удалось проверить', en: 'A rule could not be checked' },
};
