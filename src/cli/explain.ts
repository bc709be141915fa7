/** `bagalau explain <ruleId>`: the rule, its clause and the clause's Kazakh text from the act. */
import { Command, Option } from 'commander';
import { PACKS } from '../acts/index.js';
import type { Lang, Text3 } from '../law/finding.js';
import { langOption } from './options.js';
import { UsageError } from './usage-error.js';

/** Findings the engine itself raises (not from a pack's rules). */
const ENGINE_RULES: Record<string, Text3> = {
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

export function register(program: Command): void {
  program
    .command('explain')
    .description('show a rule: what it requires, its clause and the clause\'s Kazakh text')
    .argument('<ruleId>', 'e.g. mic-2018/kpi-count')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(langOption())
    .action((ruleId: string, opts: { format: 'text' | 'json'; lang: Lang }) => {
      const L = opts.lang;
      for (const pack of PACKS) {
        const rule = pack.rules.find((r) => r.id === ruleId);
        if (!rule) continue;
        const wording = rule.wording ?? pack.wordings[pack.wordings.length - 1]?.date ?? pack.act.date;
        const info = { ruleId: rule.id, methodology: pack.id, severity: rule.severity, clause: rule.clause, wording, title: rule.title, quote: rule.quote, note: rule.note ?? null, act: { kind: pack.act.kind, number: pack.act.number, date: pack.act.date, title: pack.act.title } };
        if (opts.format === 'json') {
          process.stdout.write(JSON.stringify(info, null, 2) + '\n');
          return;
        }
        const lines = [
          `${rule.id}  (${rule.severity})`,
          `  ${rule.title[L]}`,
          `  ${pack.id} ${rule.clause}, ${L === 'en' ? 'wording' : 'редакция'} ${wording} — ${pack.act.title[L]}, ${pack.act.kind} № ${pack.act.number}, ${pack.act.date}`,
          '',
          `  «${rule.quote}»`,
          ...(rule.note ? ['', `  ${L === 'kk' ? 'ескертпе' : L === 'ru' ? 'примечание' : 'note'}: ${rule.note[L]}`] : []),
        ];
        process.stdout.write(lines.join('\n') + '\n');
        return;
      }
      const engine = ENGINE_RULES[ruleId];
      if (engine) {
        if (opts.format === 'json') process.stdout.write(JSON.stringify({ ruleId, methodology: null, title: engine }, null, 2) + '\n');
        else process.stdout.write(`${ruleId}\n  ${engine[L]}\n`);
        return;
      }
      const near = PACKS.flatMap((p) => p.rules.map((r) => r.id)).filter((id) => id.includes(ruleId.split('/').pop() ?? ruleId)).slice(0, 5);
      throw new UsageError(`unknown rule «${ruleId}»${near.length ? `; did you mean ${near.join(', ')}?` : ''}`);
    });
}
