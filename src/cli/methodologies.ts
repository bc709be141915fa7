/** `bagalau methodologies`: the packs we hold — act, validity, wordings, appendices, rules. */
import { Command, Option } from 'commander';
import { PACKS } from '../acts/index.js';
import type { Pack } from '../acts/pack.js';
import type { Lang } from '../law/finding.js';
import { langOption } from './options.js';

export function describePack(p: Pack) {
  return {
    id: p.id,
    act: {
      kind: p.act.kind,
      number: p.act.number,
      date: p.act.date,
      issuer: p.act.issuer,
      title: p.act.title,
      registration: p.act.registration ?? null,
      source: p.act.source,
    },
    scope: p.scope,
    validity: { from: p.validity.from, to: p.validity.to ?? null, repealedBy: p.validity.repealedBy ?? null },
    wordings: p.wordings.map((w) => ({ date: w.date, from: w.from, to: w.to ?? null, label: w.label })),
    pendingAmendments: p.pending.map((a) => ({ act: a.act, from: a.from, provisions: a.provisions })),
    appendices: p.appendices.map((a) => ({ no: a.no, title: a.title, titleEn: a.titleEn, clause: a.clause, formKey: a.formKey ?? null, present: a.present })),
    events: p.events.map((e) => ({ type: e.type, clause: e.clause, label: e.label })),
    rules: p.rules.length,
    unchecked: p.unchecked.length,
  };
}

export function register(program: Command): void {
  program
    .command('methodologies')
    .description('list the methodology packs: act, validity, wordings, appendices')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(langOption())
    .action((opts: { format: 'text' | 'json'; lang: Lang }) => {
      if (opts.format === 'json') {
        process.stdout.write(JSON.stringify({ version: 1, methodologies: PACKS.map(describePack) }, null, 2) + '\n');
        return;
      }
      const L = opts.lang;
      for (const p of PACKS) {
        const lines = [
          `${p.id}  —  ${p.act.title[L]}`,
          `  ${p.act.kind} № ${p.act.number}, ${p.act.date}${p.act.registration ? `; reg. № ${p.act.registration.number}, ${p.act.registration.date}` : ''}`,
          `  ${L === 'kk' ? 'қолданылуы' : L === 'ru' ? 'действие' : 'validity'}: ${p.validity.from} – ${p.validity.to ?? '…'}${p.validity.repealedBy ? ` (${p.validity.repealedBy[L]})` : ''}`,
          `  ${L === 'en' ? 'wordings' : 'редакциялар/редакции'}: ${p.wordings.map((w) => `${w.date} [${w.from} – ${w.to ?? '…'}]`).join('; ')}`,
          ...p.pending.map((a) => `  ! ${a.act[L]} (${a.from}): ${a.provisions.join(', ')}`),
          `  ${L === 'en' ? 'appendices' : 'қосымшалар/приложения'}: ${p.appendices.map((a) => `${a.no}${a.formKey ? `=${a.formKey}` : ''}${a.present ? '' : ' (missing)'}`).join(', ') || '—'}`,
          `  ${L === 'en' ? 'rules' : 'ережелер/правила'}: ${p.rules.length}; ${L === 'en' ? 'not checkable' : 'тексерілмейді/не проверяется'}: ${p.unchecked.length}`,
          `  ${p.scope[L]}`,
          '',
        ];
        process.stdout.write(lines.join('\n') + '\n');
      }
    });
}
