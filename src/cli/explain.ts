/** `bagalau explain <ruleId>`: the rule, its clause and the clause's Kazakh text from the act. */
import { Command, Option } from 'commander';
import { PACKS } from '../acts/index.js';
import { ENGINE_RULES } from '../check/engine-rules.js';
import { t3, type Lang } from '../law/finding.js';
import { langOption } from './options.js';
import { UsageError } from './usage-error.js';
import { SEVERITY, wordingText } from '../report/i18n.js';
import { actText, clauseText } from '../law/cite-text.js';


export function register(program: Command): void {
  program
    .command('explain')
    .argument('<ruleId>')
    .addOption(new Option('--format <format>').choices(['text', 'json']).default('text'))
    .addOption(langOption())
    .action((ruleId: string, opts: { format: 'text' | 'json'; lang: Lang }) => {
      const L = opts.lang;
      for (const pack of PACKS) {
        const rule = pack.rules.find((r) => r.id === ruleId);
        if (!rule) continue;
        const wording = rule.wording ?? pack.wordings[pack.wordings.length - 1]?.date ?? pack.act.date;
        const info = { ruleId: rule.id, methodology: pack.id, severity: rule.severity, clause: rule.clause, wording, title: rule.title, quote: rule.quote, places: rule.places ?? null, note: rule.note ?? null, act: { kind: pack.act.kind, number: pack.act.number, date: pack.act.date, title: pack.act.title } };
        if (opts.format === 'json') {
          process.stdout.write(JSON.stringify(info, null, 2) + '\n');
          return;
        }
        const lines = [
          `${rule.id}  (${SEVERITY[L][rule.severity]})`,
          `  ${rule.title[L]}`,
          `  ${pack.id}, ${clauseText(rule.clause, L)}, ${wordingText(wording, L)} — ${pack.act.title[L]}, ${actText(pack.act, L)}`,
          '',
          `  «${rule.quote}»`,
          // A rule whose words stand in several places (one per form) cites the place of the form used.
          ...(rule.places ?? []).filter((x) => x.clause !== rule.clause).flatMap((x) => ['', `  ${pack.id}, ${clauseText(x.clause, L)}: «${x.quote}»`]),
          ...(rule.note ? ['', `  ${L === 'kk' ? 'ескертпе' : L === 'ru' ? 'примечание' : 'note'}: ${rule.note[L]}`] : []),
        ];
        process.stdout.write(lines.join('\n') + '\n');
        return;
      }
      const engine = Object.hasOwn(ENGINE_RULES, ruleId) ? ENGINE_RULES[ruleId] : undefined; // not «constructor» from the prototype
      if (engine) {
        if (opts.format === 'json') process.stdout.write(JSON.stringify({ ruleId, methodology: null, severity: engine.severity, title: engine.title, basis: engine.basis }, null, 2) + '\n');
        else process.stdout.write(`${ruleId}  (${SEVERITY[L][engine.severity]})\n  ${engine.title[L]}\n\n  ${engine.basis[L]}\n`);
        return;
      }
      const near = PACKS.flatMap((p) => p.rules.map((r) => r.id)).filter((id) => id.includes(ruleId.split('/').pop() ?? ruleId)).slice(0, 5);
      const list = near.map((id) => `«${id}»`).join(', ');
      throw new UsageError(
        t3(
          `белгісіз ереже «${ruleId}»${near.length ? `; мүмкін, ${list}?` : ''}`,
          `неизвестное правило «${ruleId}»${near.length ? `; возможно, ${list}?` : ''}`,
          `unknown rule «${ruleId}»${near.length ? `; did you mean ${list}?` : ''}`,
        ),
      );
    });
}
