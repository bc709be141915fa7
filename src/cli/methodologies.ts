/** `bagalau methodologies`: the packs we hold — act, validity, wordings, appendices, rules. */
import { Command, Option } from 'commander';
import { PACKS } from '../acts/index.js';
import { describePack } from '../acts/describe.js';
import type { Lang } from '../law/finding.js';
import { langOption } from './options.js';
import { actText, clauseText } from '../law/cite-text.js';
import { dayText } from '../law/day-text.js';

const METH_WORDS: Record<Lang, { reg: string; validity: string; wordings: string; appendices: string; missing: string; rules: string; unchecked: string; inForce: (day: string) => string }> = {
  kk: { reg: 'тіркеу №', validity: 'қолданылуы', wordings: 'редакциялары', appendices: 'қосымшалары', missing: 'мәтінде жоқ', rules: 'ережелер', unchecked: 'тексерілмейтіндері', inForce: (d) => `${d} бастап күшінде` },
  ru: { reg: 'рег. №', validity: 'действие', wordings: 'редакции', appendices: 'приложения', missing: 'нет в тексте', rules: 'правила', unchecked: 'не проверяются', inForce: (d) => `в силе с ${d}` },
  en: { reg: 'reg. No.', validity: 'validity', wordings: 'wordings', appendices: 'appendices', missing: 'missing', rules: 'rules', unchecked: 'not checkable', inForce: (d) => `in force from ${d}` },
};

export function register(program: Command): void {
  program
    .command('methodologies')
    .addOption(new Option('--format <format>').choices(['text', 'json']).default('text'))
    .addOption(langOption())
    .action((opts: { format: 'text' | 'json'; lang: Lang }) => {
      if (opts.format === 'json') {
        process.stdout.write(JSON.stringify({ version: 1, methodologies: PACKS.map(describePack) }, null, 2) + '\n');
        return;
      }
      const L = opts.lang;
      for (const p of PACKS) {
        const W = METH_WORDS[L];
        const day = (d: string): string => dayText(d, L);
        const lines = [
          `${p.id}  —  ${p.act.title[L]}`,
          `  ${actText(p.act, L)}${p.act.registration ? `; ${W.reg} ${p.act.registration.number}, ${day(p.act.registration.date)}` : ''}`,
          `  ${W.validity}: ${day(p.validity.from)} – ${p.validity.to ? day(p.validity.to) : '…'}${p.validity.repealedBy ? ` (${p.validity.repealedBy[L]})` : ''}`,
          `  ${W.wordings}: ${p.wordings.map((w) => `${day(w.date)} [${day(w.from)} – ${w.to ? day(w.to) : '…'}]`).join('; ')}`,
          ...p.pending.map((a) => `  ! ${a.act[L]} (${W.inForce(day(a.from))}): ${a.provisions.map((c) => clauseText(c, L)).join(', ')}`),
          `  ${W.appendices}: ${p.appendices.map((a) => `${a.no}${a.formKey ? `=${a.formKey}` : ''}${a.present ? '' : ` (${W.missing})`}`).join(', ') || '—'}`,
          `  ${W.rules}: ${p.rules.length}; ${W.unchecked}: ${p.unchecked.length}`,
          `  ${p.scope[L]}`,
          '',
        ];
        process.stdout.write(lines.join('\n') + '\n');
      }
    });
}
