/**
 * The auditor's view of a batch of check results: the totals `bagalau check --format json` prints, and the
 * same findings counted per state body, per unit and per rule, each servant's findings with the clause's
 * Kazakh text. Pure: results and package data in, a report object (or its HTML) out.
 */
import { PACKS } from '../acts/index.js';
import type { Finding, Lang, Severity, Text3 } from '../law/finding.js';
import type { FileResult } from '../check/run.js';
import { summarise, type Summary } from '../report/summary.js';

/** A check result; its `servant` (from the check engine) gives the body and unit it is counted under. */
export type AuditEntry = FileResult;

export interface Counts { files: number; errors: number; warnings: number; infos: number }

export interface AuditReport {
  version: 1;
  today: string;
  summary: Summary;
  byBody: (Counts & { body: string | null })[];
  byUnit: (Counts & { body: string | null; unit: string | null })[];
  byRule: { ruleId: string; severity: Severity; count: number; files: number }[];
  rules: Record<string, { methodology: string; clause: string; title: Text3; quote: string }>;
  results: AuditEntry[];
}

const zero = (): Counts => ({ files: 0, errors: 0, warnings: 0, infos: 0 });
const add = (c: Counts, findings: Finding[]): void => {
  c.files++;
  for (const f of findings) {
    if (f.severity === 'error') c.errors++;
    else if (f.severity === 'warning') c.warnings++;
    else c.infos++;
  }
};

export function auditReport(entries: AuditEntry[], today: string): AuditReport {
  const bodies = new Map<string, Counts & { body: string | null }>();
  const units = new Map<string, Counts & { body: string | null; unit: string | null }>();
  const rules = new Map<string, { ruleId: string; severity: Severity; count: number; files: number }>();
  const quotes: AuditReport['rules'] = {};
  for (const e of entries) {
    const body = e.servant?.body ?? null;
    const unit = e.servant?.unit ?? null;
    const b = bodies.get(body ?? '') ?? { body, ...zero() };
    add(b, e.findings);
    bodies.set(body ?? '', b);
    const uk = `${body ?? ''}\u0000${unit ?? ''}`;
    const u = units.get(uk) ?? { body, unit, ...zero() };
    add(u, e.findings);
    units.set(uk, u);
    const seen = new Set<string>();
    for (const f of e.findings) {
      const key = `${f.ruleId}\u0000${f.severity}`;
      const r = rules.get(key) ?? { ruleId: f.ruleId, severity: f.severity, count: 0, files: 0 };
      r.count++;
      if (!seen.has(key)) {
        r.files++;
        seen.add(key);
      }
      rules.set(key, r);
      if (!quotes[f.ruleId]) {
        for (const p of PACKS) {
          const rule = p.rules.find((x) => x.id === f.ruleId);
          if (rule) quotes[f.ruleId] = { methodology: p.id, clause: rule.clause, title: rule.title, quote: rule.quote };
        }
      }
    }
  }
  const byCount = <T extends Counts>(a: T, b: T) => b.errors - a.errors || b.warnings - a.warnings || b.files - a.files;
  return {
    version: 1,
    today,
    summary: summarise(entries),
    byBody: [...bodies.values()].sort(byCount),
    byUnit: [...units.values()].sort(byCount),
    byRule: [...rules.values()].sort((a, b) => b.count - a.count || (a.ruleId < b.ruleId ? -1 : 1)),
    rules: quotes,
    results: entries,
  };
}

const esc = (s: unknown): string => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const L = {
  kk: { title: 'Бағалау пакеттерінің аудиті', files: 'Файлдар', errors: 'Қателер', warnings: 'Ескертулер', infos: 'Ақпарат', body: 'Мемлекеттік орган', unit: 'Бөлімше', rule: 'Ереже', count: 'Саны', servant: 'Қызметші', file: 'Файл', clause: 'Тармақ', message: 'Хабар', severity: 'Маңыздылығы', none: '—', date: 'Тексеру күні' },
  ru: { title: 'Аудит пакетов оценки', files: 'Файлы', errors: 'Ошибки', warnings: 'Предупреждения', infos: 'Сведения', body: 'Государственный орган', unit: 'Подразделение', rule: 'Правило', count: 'Число', servant: 'Служащий', file: 'Файл', clause: 'Пункт', message: 'Сообщение', severity: 'Важность', none: '—', date: 'Дата проверки' },
  en: { title: 'Audit of evaluation packages', files: 'Files', errors: 'Errors', warnings: 'Warnings', infos: 'Infos', body: 'State body', unit: 'Unit', rule: 'Rule', count: 'Count', servant: 'Servant', file: 'File', clause: 'Clause', message: 'Message', severity: 'Severity', none: '—', date: 'Checked on' },
} as const;

/** The report as one self-contained HTML file (no script, no external resource). */
export function auditHtml(r: AuditReport, lang: Lang): string {
  const t = L[lang];
  const row = (cells: unknown[], tag = 'td') => `<tr>${cells.map((c) => `<${tag}>${esc(c)}</${tag}>`).join('')}</tr>`;
  const counts = (c: Counts) => [c.files, c.errors, c.warnings, c.infos];
  const parts = [
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(t.title)}</title>`,
    '<style>body{font-family:"Liberation Serif","Times New Roman",serif;margin:2em}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #999;padding:.25em .5em;vertical-align:top}.error{color:#a00}.warning{color:#850}blockquote{margin:.25em 0;color:#444;font-size:.9em}</style>',
    `</head><body><h1>${esc(t.title)}</h1><p>${esc(t.date)}: ${esc(r.today)}</p>`,
    `<table>${row([t.files, t.errors, t.warnings, t.infos], 'th')}${row(counts(r.summary))}</table>`,
    `<h2>${esc(t.body)}</h2><table>${row([t.body, t.files, t.errors, t.warnings, t.infos], 'th')}${r.byBody.map((b) => row([b.body ?? t.none, ...counts(b)])).join('')}</table>`,
    `<h2>${esc(t.unit)}</h2><table>${row([t.body, t.unit, t.files, t.errors, t.warnings, t.infos], 'th')}${r.byUnit.map((u) => row([u.body ?? t.none, u.unit ?? t.none, ...counts(u)])).join('')}</table>`,
    `<h2>${esc(t.rule)}</h2><table>${row([t.rule, t.severity, t.count, t.files, t.clause], 'th')}${r.byRule.map((x) => row([x.ruleId, x.severity, x.count, x.files, r.rules[x.ruleId]?.clause ?? ''])).join('')}</table>`,
  ];
  for (const e of r.results) {
    if (e.findings.length === 0) continue;
    parts.push(`<h3>${esc(e.servant?.fullName ?? e.file)}</h3><p>${esc(e.file)}</p><table>${row([t.severity, t.rule, t.message, t.clause], 'th')}`);
    for (const f of e.findings) {
      const q = r.rules[f.ruleId];
      parts.push(`<tr class="${esc(f.severity)}"><td>${esc(f.severity)}</td><td>${esc(f.ruleId)}</td><td>${esc(f.message[lang])}${q ? `<blockquote lang="kk">«${esc(q.quote)}»</blockquote>` : ''}</td><td>${esc(f.cite ? `${f.cite.act} ${f.cite.clause ?? ''}` : '')}</td></tr>`);
    }
    parts.push('</table>');
  }
  parts.push('</body></html>\n');
  return parts.join('');
}

/** Rows for the XLSX export: one per finding, plus the per-body summary. */
export function auditRows(r: AuditReport, lang: Lang): { findings: (string | number)[][]; bodies: (string | number)[][] } {
  const t = L[lang];
  const findings: (string | number)[][] = [[t.file, t.servant, t.body, t.unit, t.severity, t.rule, t.message, t.clause]];
  for (const e of r.results)
    for (const f of e.findings) findings.push([e.file, e.servant?.fullName ?? '', e.servant?.body ?? '', e.servant?.unit ?? '', f.severity, f.ruleId, f.message[lang], f.cite ? `${f.cite.act} ${f.cite.clause ?? ''}`.trim() : '']);
  const bodies: (string | number)[][] = [[t.body, t.unit, t.files, t.errors, t.warnings, t.infos]];
  for (const u of r.byUnit) bodies.push([u.body ?? '', u.unit ?? '', u.files, u.errors, u.warnings, u.infos]);
  return { findings, bodies };
}
