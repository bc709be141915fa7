/**
 * `--format text`: a report a lawyer reads top to bottom — per file, each finding with its
 * place, severity, message in the chosen language, the clause and wording it rests on, and
 * the facts (for deadlines: the dates and the days skipped with their reasons).
 * `--summary`: the auditor's table per body and unit, and the rules broken most often.
 */
import type { Finding, Lang, Text3 } from '../law/finding.js';
import { audit, totalLines, type Tally } from './audit.js';
import { dayText } from '../law/day-text.js';
import { checkedText, citeText, count, findingCiteText, fieldText, messageText, fileWording, SEVERITY, WORDS } from './i18n.js';
import { unreadRows } from './rows.js';
import { summarise, type ResultEntry, type Summary } from './summary.js';

export function formatText(results: readonly ResultEntry[], lang: Lang): string {
  return results.map((r) => formatTextEntry(r, lang)).join('') + formatTextTotals(summarise(results), lang);
}

/** A severity changed by the user's config, as the finding carries it. */
export interface Override {
  from: Finding['severity'];
  to: Finding['severity'];
  source: string;
}
export const overrideOf = (f: Finding): Override | undefined => f.facts?.['override'] as Override | undefined;

/** One file's block (streamed by the CLI as files are checked). */
export function formatTextEntry(r: ResultEntry, lang: Lang): string {
  const w = WORDS[lang];
  const lines: string[] = [];
  const who = r.servant?.fullName ? `${r.servant.fullName}${r.servant.unit ? `, ${r.servant.unit}` : ''}` : null;
  lines.push([r.file, r.methodology ?? null, fileWording(r, lang) ?? null, who].filter(Boolean).join('  '));
  if (r.findings.length === 0) lines.push(`  ✓ ${w.ok}`);
  for (const f of r.findings) {
    const where = f.place ? `${f.place.line}:${f.place.column}` : '-';
    const file = f.file && f.file !== r.file ? `${f.file}:` : '';
    lines.push(`  ${file}${where}  ${SEVERITY[lang][f.severity]}  ${messageText(f, lang)}  [${f.ruleId}]`);
    const field = fieldText(f, lang);
    if (field !== undefined) lines.push(`      ${w.fieldWord}: ${field}`);
    const cite = findingCiteText(f, r, lang);
    if (cite) lines.push(`      ${cite}`);
    const skipped = f.facts?.['skipped'];
    if (Array.isArray(skipped) && skipped.length > 0) {
      const list = skipped
        .slice(0, 8)
        .map((d: { date: string; reason?: Record<Lang, string> }) => `${dayText(d.date, lang)}${d.reason ? ` ${d.reason[lang]}` : ''}`)
        .join('; ');
      lines.push(`      ${w.skipped}: ${list}${skipped.length > 8 ? ` (+${skipped.length - 8})` : ''}`);
    }
    const o = overrideOf(f);
    if (o) lines.push(`      ${w.override} (${o.source}): ${SEVERITY[lang][o.from]} → ${SEVERITY[lang][o.to]}`);
    if (f.note) lines.push(`      ${w.note}: ${f.note[lang]}`);
  }
  return lines.join('\n') + '\n';
}

export function formatTextTotals(s: Summary, lang: Lang): string {
  const parts = [count(s.files, 'file', lang), count(s.errors, 'error', lang), count(s.warnings, 'warning', lang), count(s.infos, 'info', lang)];
  return `\n${WORDS[lang].total}: ${parts.join(', ')}\n`;
}

const width = (s: string): number => [...s].length;
const pad = (s: string, n: number, right = false): string => (right ? ' '.repeat(Math.max(0, n - width(s))) + s : s + ' '.repeat(Math.max(0, n - width(s))));
const cut = (s: string, n: number): string => (width(s) <= n ? s : [...s].slice(0, n - 1).join('') + '…');

/**
 * The auditor's summary: per body → per unit, then the most frequent rules with their clause, then — as the HTML and
 * XLSX reports list them — the files not read (each at its line:column with what is wrong) and the files `skipped`
 * as no package, by name: a summary kept in a file (`--summary > сводка.txt`) has no stderr to name them.
 * `titleOf`: a rule's title by its id (./rule-titles.ts), to name the rules broken most often; without it, their ids.
 */
export interface SummaryHeading {
  /** The check date. */
  today?: string;
  /** The paths named on the command line. */
  inputs?: readonly string[];
}

export function formatTextSummary(results: readonly ResultEntry[], lang: Lang, top = 10, titleOf?: (ruleId: string) => Text3 | undefined, skipped: readonly string[] = [], heading?: SummaryHeading): string {
  const w = WORDS[lang];
  const a = audit(results, lang);
  const nums = (t: Tally) => [t.files, t.clean, t.errors, t.warnings, t.overdue].map(String);
  const heads = [w.files, w.clean, w.errors, w.warnings, w.overdue];
  const rows: string[][] = [];
  for (const b of a.bodies) for (const u of b.units) rows.push([u.unit ?? w.noUnit, ...nums(u)]);
  const totals = totalLines(a);
  for (const t of totals) rows.push([w[t.line], ...nums(t.tally)]);
  const nameWidth = Math.min(48, Math.max(width(w.unit), width(w.total), width(w.counted), ...rows.map((r) => width(r[0]!))));
  const cols = heads.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i + 1]!)), width(String(nums(a.total)[i]))));
  const line = (name: string, cells: string[]) => `  ${pad(cut(name, nameWidth), nameWidth)}  ${cells.map((c, i) => pad(c, cols[i]!, true)).join('  ')}`;
  const out: string[] = [];
  // a summary handed on (`--summary > сводка.txt`) says what it is, of which day and which folder, as the HTML report does
  if (heading) out.push(w.title, checkedText(lang, heading.today, heading.inputs), '');
  for (const b of a.bodies) {
    out.push(b.body ?? w.noBody);
    out.push(line(w.unit, heads));
    for (const u of b.units) out.push(line(u.unit ?? w.noUnit, nums(u)));
    if (b.units.length > 1) out.push(line(w.total, nums(b.total)));
    out.push('');
  }
  // the files not read and the session files on lines of their own (no body's), under the packages' total
  if (a.bodies.length > 1 || totals.length > 1) {
    if (totals.length > 1) out.push(line(w.counted, heads));
    out.push(...totals.map((t) => line(w[t.line], nums(t.tally))), '');
  }
  if (a.rules.length > 0) {
    out.push(w.topRules);
    const shown = a.rules.slice(0, top);
    const cw = Math.max(...shown.map((r) => width(String(r.count))));
    // as a finding is printed: the rule's title in the reader's language, its id in brackets, the clause under it
    for (const r of shown) {
      const title = titleOf?.(r.ruleId)?.[lang];
      // how widely it was broken, and no one servant's message: evaluation results are confidential (act 002 cl. 14)
      const spread = `(${count(r.files, 'file', lang)}, ${count(r.servants, 'servant', lang)})`;
      out.push(`  ${pad(String(r.count), cw, true)}  ${SEVERITY[lang][r.severity]}  ${title ? `${title}  [${r.ruleId}]` : r.ruleId}  ${spread}`);
      if (r.cite) out.push(`  ${' '.repeat(cw)}  ${citeText(r.cite, lang)}`);
    }
    out.push('');
  }
  const unread = unreadRows(results, lang);
  if (unread.length > 0) {
    out.push(w.unread, `  ${w.unreadNote}`);
    for (const u of unread) out.push(`  ${u.file}${u.place ? `:${u.place}` : ''}  ${u.message}`);
    out.push('');
  }
  if (skipped.length > 0) out.push(w.skippedNote, ...skipped.map((f) => `  ${f}`), '');
  out.push(`${w.total}: ${[count(a.total.files, 'file', lang), count(a.total.errors, 'error', lang), count(a.total.warnings, 'warning', lang), count(a.total.infos, 'info', lang)].join(', ')}`);
  if (skipped.length > 0) out.push(count(skipped.length, 'skipped', lang));
  return out.join('\n') + '\n';
}
