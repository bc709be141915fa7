/**
 * `bagalau explain <ruleId>`: the rule, its clause and the clause's Kazakh text from the act, the params file and
 * entries its values are written in, and the package fields it reads. `bagalau explain <methodology>` lists the
 * pack's rules; a name that is neither suggests the ids near it.
 */
import { Command, Option } from 'commander';
import { PACKS } from '../acts/index.js';
import type { Pack } from '../acts/pack.js';
import { ENGINE_RULES } from '../check/engine-rules.js';
import { fieldPlace } from '../check/field-place.js';
import { t3, type Lang } from '../law/finding.js';
import type { Rule } from '../rules/rule.js';
import { langOption } from './options.js';
import { UsageError } from './usage-error.js';
import { SEVERITY, wordingText } from '../report/i18n.js';
import { actText, clauseText } from '../law/cite-text.js';
import { ruleData } from './explain-data.js';
import { nearIds } from './explain-near.js';
import { EXPLAIN_WORDS } from './explain-words.js';

type Format = 'text' | 'json';
const CLAUSE_WIDTH = 16;

export function register(program: Command): void {
  program
    .command('explain')
    .argument('<ruleId>')
    .addOption(new Option('--format <format>').choices(['text', 'json']).default('text'))
    .addOption(langOption())
    .action((ruleId: string, opts: { format: Format; lang: Lang }) => {
      process.stdout.write(explain(ruleId, opts.format, opts.lang));
    });
}

/** What `bagalau explain <name>` prints; throws a UsageError for a name that is no rule, engine id or methodology. */
export function explain(name: string, format: Format, L: Lang): string {
  for (const pack of PACKS) {
    const rule = pack.rules.find((r) => r.id === name);
    if (rule) return explainRule(pack, rule, format, L);
  }
  const engine = Object.hasOwn(ENGINE_RULES, name) ? ENGINE_RULES[name] : undefined; // not «constructor» from the prototype
  if (engine) {
    if (format === 'json') return JSON.stringify({ ruleId: name, methodology: null, severity: engine.severity, title: engine.title, basis: engine.basis }, null, 2) + '\n';
    return `${name}  (${SEVERITY[L][engine.severity]})\n  ${engine.title[L]}\n\n  ${engine.basis[L]}\n`;
  }
  const pack = PACKS.find((p) => p.id === name.replace(/\/+$/, ''));
  if (pack) return listRules(pack, format, L);
  const ids = [...PACKS.map((p) => p.id), ...PACKS.flatMap((p) => p.rules.map((r) => r.id)), ...Object.keys(ENGINE_RULES)];
  const near = nearIds(name, ids);
  const list = near.map((id) => `«${id}»`).join(', ');
  const say = (l: Lang) => `${EXPLAIN_WORDS[l].unknown} «${name}»${near.length ? `; ${EXPLAIN_WORDS[l].meant} ${list}?` : ''}`;
  throw new UsageError(t3(say('kk'), say('ru'), say('en')));
}

function explainRule(pack: Pack, rule: Rule, format: Format, L: Lang): string {
  const W = EXPLAIN_WORDS[L];
  const wording = rule.wording ?? pack.wordings[pack.wordings.length - 1]?.date ?? pack.act.date;
  const data = ruleData(pack, rule);
  if (format === 'json') {
    const info = {
      ruleId: rule.id, methodology: pack.id, severity: rule.severity, clause: rule.clause, wording, title: rule.title, quote: rule.quote,
      places: rule.places ?? null, note: rule.note ?? null,
      act: { kind: pack.act.kind, number: pack.act.number, date: pack.act.date, title: pack.act.title },
      params: data.params, reads: data.reads, sessionReads: data.sessionReads,
    };
    return JSON.stringify(info, null, 2) + '\n';
  }
  // the params entries grouped by the file they are written in
  const files = new Map<string, string[]>();
  for (const p of data.params) files.set(p.file, [...(files.get(p.file) ?? []), p.key]);
  // each pointer with the place as a finding's «field» line names it (a session's pointers from its inline place)
  const pointer = (ptr: string, base: string) => {
    const place = fieldPlace(pack, ptr, base);
    return `    ${ptr}${place ? `  ${place[L]}` : ''}`;
  };
  const lines = [
    `${rule.id}  (${SEVERITY[L][rule.severity]})`,
    `  ${rule.title[L]}`,
    `  ${pack.id}, ${clauseText(rule.clause, L)}, ${wordingText(wording, L)} — ${pack.act.title[L]}, ${actText(pack.act, L)}`,
    '',
    `  «${rule.quote}»`,
    // A rule whose words stand in several places (one per form) cites the place of the form used.
    ...(rule.places ?? []).filter((x) => x.clause !== rule.clause).flatMap((x) => ['', `  ${pack.id}, ${clauseText(x.clause, L)}: «${x.quote}»`]),
    ...(rule.note ? ['', `  ${W.note}: ${rule.note[L]}`] : []),
    '',
    ...[...files].map(([file, keys]) => `  ${W.data}: ${file}: ${keys.join(', ')}`),
    ...(data.reads.length ? [`  ${W.reads}:`, ...data.reads.map((p) => pointer(p, ''))] : []),
    ...(data.sessionReads.length ? [`  ${W.sessionReads}:`, ...data.sessionReads.map((p) => pointer(p, '/session'))] : []),
  ];
  return lines.join('\n') + '\n';
}

/** A pack's rules, one a line: id, clause (each place of a rule cited in several), title. */
function listRules(pack: Pack, format: Format, L: Lang): string {
  const clauses = (r: Rule) => (r.places ? r.places.map((x) => x.clause) : [r.clause]);
  if (format === 'json') {
    const rules = pack.rules.map((r) => ({ ruleId: r.id, severity: r.severity, clause: r.clause, places: r.places?.map((x) => x.clause) ?? null, title: r.title }));
    return JSON.stringify({ methodology: pack.id, act: { kind: pack.act.kind, number: pack.act.number, date: pack.act.date, title: pack.act.title }, rules }, null, 2) + '\n';
  }
  const W = EXPLAIN_WORDS[L];
  const rows = pack.rules.map((r) => ({ id: r.id, clause: clauses(r).map((c) => clauseText(c, L)).join(', '), title: r.title[L] }));
  const idWidth = Math.max(...rows.map((r) => r.id.length));
  // a rule cited in several places (one per form) runs past the column rather than widen it for all
  const clauseWidth = Math.min(CLAUSE_WIDTH, Math.max(...rows.map((r) => r.clause.length)));
  return [
    `${pack.id} — ${pack.act.title[L]}, ${actText(pack.act, L)}`,
    '',
    `  ${W.rules} (${rows.length}):`,
    ...rows.map((r) => `  ${r.id.padEnd(idWidth)}  ${r.clause.padEnd(clauseWidth)}  ${r.title}`),
    '',
    `  ${W.oneRule}`,
  ].join('\n') + '\n';
}
