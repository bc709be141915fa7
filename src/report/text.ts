/**
 * `--format text`: a report a lawyer reads top to bottom — per file, each finding with its
 * place, severity, message in the chosen language, the clause and wording it rests on, and
 * the facts (for deadlines: the dates and the days skipped with their reasons).
 */
import type { Finding, Lang } from '../law/finding.js';
import { summarise, type ResultEntry, type Summary } from './summary.js';

const SEV: Record<Lang, Record<Finding['severity'], string>> = {
  kk: { error: 'қате', warning: 'ескерту', info: 'ақпарат' },
  ru: { error: 'ошибка', warning: 'предупреждение', info: 'сведения' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};
const WORDS: Record<Lang, { wording: string; ok: string; total: string; note: string; skipped: string }> = {
  kk: { wording: 'редакция', ok: 'бұзушылық жоқ', total: 'Барлығы', note: 'ескертпе', skipped: 'жұмыс емес күндер' },
  ru: { wording: 'редакция', ok: 'нарушений нет', total: 'Итого', note: 'примечание', skipped: 'нерабочие дни' },
  en: { wording: 'wording', ok: 'no findings', total: 'Total', note: 'note', skipped: 'days skipped' },
};

export function formatText(results: readonly ResultEntry[], lang: Lang): string {
  return results.map((r) => formatTextEntry(r, lang)).join('') + formatTextTotals(summarise(results), lang);
}

/** One file's block (streamed by the CLI as files are checked). */
export function formatTextEntry(r: ResultEntry, lang: Lang): string {
  const w = WORDS[lang];
  const lines: string[] = [];
  {
    const head = [r.file, r.methodology ? `${r.methodology}` : null, r.wording ? `${w.wording} ${r.wording}` : null].filter(Boolean).join('  ');
    lines.push(head);
    if (r.findings.length === 0) lines.push(`  ✓ ${w.ok}`);
    for (const f of r.findings) {
      const where = f.place ? `${f.place.line}:${f.place.column}` : '-';
      const file = f.file && f.file !== r.file ? `${f.file}:` : '';
      lines.push(`  ${file}${where}  ${SEV[lang][f.severity]}  ${f.message[lang]}  [${f.ruleId}]`);
      if (f.cite) lines.push(`      ${f.cite.act} ${f.cite.clause}, ${w.wording} ${f.cite.wording}`);
      const skipped = f.facts?.['skipped'];
      if (Array.isArray(skipped) && skipped.length > 0) {
        const list = skipped
          .slice(0, 8)
          .map((d: { date: string; reason?: Record<Lang, string> }) => `${d.date}${d.reason ? ` ${d.reason[lang]}` : ''}`)
          .join('; ');
        lines.push(`      ${w.skipped}: ${list}${skipped.length > 8 ? ` (+${skipped.length - 8})` : ''}`);
      }
      if (f.note) lines.push(`      ${w.note}: ${f.note[lang]}`);
    }
  }
  return lines.join('\n') + '\n';
}

export function formatTextTotals(s: Summary, lang: Lang): string {
  const w = WORDS[lang];
  const totals: Record<Lang, string> = {
    kk: `${w.total}: ${s.files} файл, ${s.errors} қате, ${s.warnings} ескерту, ${s.infos} ақпарат`,
    ru: `${w.total}: файлов ${s.files}, ошибок ${s.errors}, предупреждений ${s.warnings}, сведений ${s.infos}`,
    en: `${w.total}: ${s.files} file(s), ${s.errors} error(s), ${s.warnings} warning(s), ${s.infos} info`,
  };
  return `\n${totals[lang]}\n`;
}
