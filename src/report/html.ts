/**
 * `--format html`: one self-contained page an auditor hands to the head of the body — the summary
 * per body and unit, bar charts (inline SVG) of breaches per unit and per rule, then each servant's
 * findings with the clause's text on hover. No script, no font, no image from anywhere: evaluation
 * results are confidential and the page must open offline. Prints on A4. Pure.
 */
import type { Lang } from '../law/finding.js';
import { audit, listOrder, notRead, totalLines, type Tally } from './audit.js';
import { dayText } from '../law/day-text.js';
import { citeText, count, findingCiteText, fieldText, messageText, fileWording, noWordingInForce, SEVERITY, shownInputs, WORDS } from './i18n.js';
import { ruleHelpUri, ruleInfo } from './rule-info.js';
import { unreadRows } from './rows.js';
import { actsCited } from './acts-cited.js';
import type { ResultEntry } from './summary.js';
import { overrideOf } from './text.js';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Text of a message, note or citation, escaped, each day in it («2026-12-04», «04.12.2026») kept whole on its line: an
 * English day breaks at its hyphens, and «2026-» at a line's end and «12-04» on the next is not a date a reader sees.
 */
const prose = (s: string): string => esc(s).replace(/\d{4}-\d{2}-\d{2}|\d{2}\.\d{2}\.\d{4}/g, '<span class="d">$&</span>');

const CSS = `
:root{--err:#b3261e;--warn:#a86400;--info:#4a5b6b;--line:#d5d9de;font-family:"Times New Roman",Tinos,"Liberation Serif",serif}
body{margin:24px auto;max-width:1100px;padding:0 16px;color:#1b1f24;line-height:1.35}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:2px solid #1b1f24}h3{font-size:15px;margin:18px 0 6px}
.meta{color:#555;font-size:13px}
table{border-collapse:collapse;width:100%;font-size:13px;margin:6px 0 12px}
th,td{border:1px solid var(--line);padding:3px 6px;text-align:left;vertical-align:top}
th{background:#f1f3f5}td.n{text-align:right;font-variant-numeric:tabular-nums}th.n{text-align:right}
tr.total td{font-weight:bold;background:#fafbfc}
.sev-error{color:var(--err);font-weight:bold}.sev-warning{color:var(--warn);font-weight:bold}.sev-info{color:var(--info)}
.cite{border-bottom:1px dotted #555;cursor:help}.rule code,.meta code{overflow-wrap:anywhere}td.files .folder code{overflow-wrap:anywhere;color:#555}ul.names{columns:17em;column-gap:12px;margin:2px 0 6px;padding:0;font-size:12px}ul.names li{margin-left:1.3em;break-inside:avoid;overflow-wrap:anywhere}#repeats th:nth-child(1){width:28%}#repeats th:nth-child(3){width:16%}#repeats th:nth-child(4){width:9%}.d{white-space:nowrap}
td.msg{overflow-wrap:anywhere}td.where .field{display:block;font-size:.9em;overflow-wrap:anywhere;margin-bottom:.2em}td.where code{overflow-wrap:anywhere}
#total,table.units,.servant table,#unread-files,#repeats{table-layout:fixed}#total th:first-child,table.units th:first-child{width:22%}
#total th:nth-child(2),table.units th:nth-child(2),#total th:nth-child(4),table.units th:nth-child(4){width:10%}
#total th:nth-child(3),table.units th:nth-child(3){width:14%}#total th:nth-child(5),table.units th:nth-child(5){width:17%}
#rules{table-layout:fixed}#rules th:nth-child(1){width:10%}#rules th:nth-child(2){width:29%}#rules th:nth-child(3){width:13%}#rules th:nth-child(5){width:7%}#rules th:nth-child(6){width:11%}
#acts-cited{table-layout:fixed}#acts-cited th:first-child{width:24%}#acts-cited th:nth-child(3){width:14%}#acts-cited code{overflow-wrap:anywhere}#unread-files th:first-child{width:40%}#unread-files th:nth-child(2){width:10%}#unread-files code{overflow-wrap:anywhere}
.servant th:nth-child(1){width:11%}html[lang=ru] .servant th:nth-child(1){width:15%}.servant th:nth-child(3){width:16%}.servant th:nth-child(4){width:24%}
.servant,section.body{break-inside:avoid;margin-bottom:10px}
.charts{display:flex;gap:24px;flex-wrap:wrap}.charts figure{margin:0;flex:1 1 480px}.charts figure.short{break-inside:avoid}.charts svg{display:block;break-inside:avoid}
figcaption{font-size:13px;font-weight:bold;margin-bottom:4px;break-after:avoid}
.legend span{display:inline-block;width:10px;height:10px;margin:0 4px 0 10px}
.override{font-size:12px;color:#555}.note{font-size:12px;color:#555;font-style:italic}
@page{size:A4;margin:15mm 12mm}
@media print{body{margin:0;max-width:none;padding:0}h2,.keep{break-after:avoid}tr,tbody.repeat{break-inside:avoid}.charts{display:block}.charts figure{margin-bottom:12px}}
`;

/** A label in lines of at most `width` characters, broken between words (a longer word stands alone). */
function wrap(label: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (line && [...line].length + 1 + [...word].length > width) (lines.push(line), (line = word));
    else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/**
 * A bar chart, one small SVG per bar, all of one width (the same viewBox width, scaled alike): a printed chart of
 * forty units is taller than a page, and one SVG is one block a browser cannot break — it moved whole to the next page
 * and left its caption alone at the foot of the one before. Bars break between them, each whole on its page.
 */
function bars(items: Array<{ label: string; errors: number; warnings: number }>, lang: Lang): string {
  const max = Math.max(1, ...items.map((i) => i.errors + i.warnings));
  const lineH = 14;
  const labelW = 260;
  const barW = 360;
  // the whole label is printed (a printed page has no hover), in as many lines as it needs
  return items
    .map((it) => {
      const lines = wrap(it.label, 40);
      const h = Math.max(22, lines.length * lineH + 8);
      const mid = h / 2;
      const we = (it.errors / max) * barW;
      const ww = (it.warnings / max) * barW;
      const first = mid - ((lines.length - 1) * lineH) / 2 + 4;
      const text = lines.map((l, k) => `<tspan x="${labelW - 6}" y="${(first + k * lineH).toFixed(1)}">${esc(l)}</tspan>`).join('');
      return (
        `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="100%" viewBox="0 0 ${labelW + barW + 40} ${h}" font-family="Times New Roman, serif">` +
        `<g><title>${esc(it.label)}: ${esc(count(it.errors, 'error', lang))}, ${esc(count(it.warnings, 'warning', lang))}</title>` +
        `<text text-anchor="end" font-size="12">${text}</text>` +
        `<rect x="${labelW}" y="${(mid - 8).toFixed(1)}" width="${we.toFixed(1)}" height="16" fill="#b3261e"/>` +
        `<rect x="${(labelW + we).toFixed(1)}" y="${(mid - 8).toFixed(1)}" width="${ww.toFixed(1)}" height="16" fill="#e0a030"/>` +
        `<text x="${(labelW + we + ww + 4).toFixed(1)}" y="${(mid + 4).toFixed(1)}" font-size="12">${it.errors + it.warnings}</text></g></svg>`
      );
    })
    .join('');
}

/**
 * A chart of a few bars is printed whole on one page («short»: its caption and bars moved together to the next page
 * when the rest of one is too short); a longer one starts where it stands, broken between bars, its caption kept with
 * its first bar. Twenty bars of one to three lines are less than an A4 page's height.
 */
const fits = (items: readonly unknown[]): string => (items.length <= 20 ? ' class="short"' : '');

export interface HtmlOptions {
  /** The check date, shown in the heading. */
  today?: string;
  /** What was checked (the paths named on the command line), shown in the heading. */
  inputs?: readonly string[];
  /** Absolute URI of the folder holding `docs/`: each rule id links to its row in `docs/acts-<id>.md`. */
  docsBase?: string;
  /** The files skipped as not packages (no `methodology` key): named under «files not read», outside the totals. */
  skipped?: readonly string[];
}

/**
 * Files by their folder (as given, with its last «/» or «\\»), in the order of their first file, each with the names
 * in it: a reader sees a folder's path once and the names under it, not the same long path before each name.
 */
function byFolder(files: readonly string[]): Array<[folder: string, names: string[]]> {
  const folders = new Map<string, string[]>();
  for (const f of files) {
    const cut = Math.max(f.lastIndexOf('/'), f.lastIndexOf('\\')) + 1;
    const folder = f.slice(0, cut);
    folders.set(folder, [...(folders.get(folder) ?? []), f.slice(cut)]);
  }
  return [...folders.entries()];
}

/** A period «01.01.2026 – 31.03.2026», each date kept whole on its line. */
const period = (p: { from: string; to: string }, lang: Lang): string => `<span class="d">${esc(dayText(p.from, lang))}</span> – <span class="d">${esc(dayText(p.to, lang))}</span>`;

/**
 * The files not read, each with where and what is wrong, and the files skipped as not packages, under a heading of
 * their own after the summary: in the totals they are only a row «no body given», and the reader must correct them.
 */
function unread(results: readonly ResultEntry[], skipped: readonly string[], lang: Lang): string[] {
  const w = WORDS[lang];
  const bad = unreadRows(results, lang);
  if (bad.length + skipped.length === 0) return [];
  const out = [`<h2 id="unread">${esc(w.unread)}</h2>`];
  if (bad.length) {
    out.push(`<p class="note">${esc(w.unreadNote)}</p><table id="unread-files"><thead><tr><th>${esc(w.file)}</th><th>${esc(w.place)}</th><th>${esc(w.message)}</th></tr></thead><tbody>`);
    for (const row of bad) out.push(`<tr><td><code>${esc(row.file)}</code></td><td><code>${row.place}</code></td><td class="msg">${prose(row.message)}</td></tr>`);
    out.push('</tbody></table>');
  }
  if (skipped.length) out.push(`<p id="skipped" class="meta">${esc(w.skippedNote)} ${[...skipped].sort().map((f) => `<code>${esc(f)}</code>`).join(', ')}</p>`);
  return out;
}

export function formatHtml(results: readonly ResultEntry[], lang: Lang, options: HtmlOptions = {}): string {
  const w = WORDS[lang];
  const a = audit(results, lang);
  const nums = (t: Tally) => (['files', 'clean', 'errors', 'warnings', 'overdue'] as const).map((k) => `<td class="n" data-k="${k}">${t[k]}</td>`).join('');
  // the count columns' headers stand over their numbers, on the right, as the numbers do
  const countHeads = [w.files, w.clean, w.errors, w.warnings, w.overdue].map((t) => `<th class="n">${esc(t)}</th>`).join('');
  // each table's heading row in a <thead>: a printed table longer than a page repeats it on every page
  const head = `<thead><tr><th>${esc(w.unit)}</th>${countHeads}</tr></thead>`;
  const out: string[] = [];
  out.push(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`);
  out.push(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
  // the page's title (a browser prints it atop each page, a tab and a saved file show it) says of which day it is
  out.push(`<title>${esc(options.today ? `${w.title} · ${dayText(options.today, lang)}` : w.title)}</title><style>${CSS}</style></head><body>`);
  out.push(`<h1>${esc(w.title)}</h1>`);
  const inputs = options.inputs ?? [];
  const named = shownInputs(inputs);
  out.push(
    `<p class="meta">${options.today ? `${esc(w.checkedOn)}: ${esc(dayText(options.today, lang))} · ` : ''}` +
      `${named.length ? `<span id="inputs">${esc(w.checked)}: ${named.map((p) => `<code>${esc(p)}</code>`).join(', ')}</span> · ` : ''}` +
      `${esc(count(a.total.files, 'file', lang))}${options.skipped?.length ? ` (${esc(count(options.skipped.length, 'skipped', lang))})` : ''} · ${esc(w.generated)}</p>`,
  );
  out.push(`<h2>${esc(w.summary)}</h2>`);
  // the packages, then the files not read and the session files on lines of their own (never a body's), then all files
  const totals = totalLines(a);
  out.push(`<table id="total"><thead><tr><th>${esc(w.counted)}</th>${countHeads}</tr></thead><tbody>${totals.map((t) => `<tr class="${t.line === 'total' || t.line === 'all' ? 'total' : 'part'}" data-line="${t.line}"><td>${esc(w[t.line])}</td>${nums(t.tally)}</tr>`).join('')}</tbody></table>`);
  for (const b of a.bodies) {
    // a body's heading and table on one printed page (a body has a few units)
    out.push(`<section class="body"><h3>${esc(b.body ?? w.noBody)}</h3><table class="units">${head}<tbody>`);
    for (const u of b.units) out.push(`<tr><td>${esc(u.unit ?? w.noUnit)}</td>${nums(u)}</tr>`);
    if (b.units.length > 1) out.push(`<tr class="total"><td>${esc(w.total)}</td>${nums(b.total)}</tr>`);
    out.push('</tbody></table></section>');
  }
  out.push(...unread(results, options.skipped ?? [], lang));
  const unitItems = a.bodies.flatMap((b) => b.units.filter((u) => u.errors + u.warnings > 0).map((u) => ({ label: `${u.unit ?? w.noUnit}${a.bodies.length > 1 ? ` · ${b.body ?? w.noBody}` : ''}`, errors: u.errors, warnings: u.warnings })));
  // a rule's bar is named by its title in the reader's language (the id is in the rules table below it); two
  // methodologies' rules of one title (the same clause of the model in two bodies' acts) each add their act, as citations name it
  const top = a.rules.slice(0, 15).map((r) => ({ r, title: ruleInfo(r.ruleId)?.title[lang] ?? r.ruleId }));
  const titled = new Map<string, number>();
  for (const { title } of top) titled.set(title, (titled.get(title) ?? 0) + 1);
  const ruleItems = top.map(({ r, title }) => ({
    label: titled.get(title)! > 1 && r.cite ? `${title} (${r.cite.act})` : title,
    errors: r.severity === 'error' ? r.count : 0,
    warnings: r.severity === 'warning' ? r.count : 0,
  }));
  if (unitItems.length + ruleItems.length > 0) {
    out.push(`<div class="charts">`);
    if (unitItems.length) out.push(`<figure id="chart-units"${fits(unitItems)}><figcaption>${esc(w.byUnit)}</figcaption>${bars(unitItems, lang)}</figure>`);
    if (ruleItems.length) out.push(`<figure id="chart-rules"${fits(ruleItems)}><figcaption>${esc(w.byRule)}</figcaption>${bars(ruleItems, lang)}</figure>`);
    out.push(`</div><p class="legend"><span style="background:#b3261e"></span>${esc(w.errors)}<span style="background:#e0a030"></span>${esc(w.warnings)}</p>`);
  }
  if (a.repeats.length) {
    // each servant's files in a body of its own: a line naming the servant, the unit, the period and how many files,
    // then the files across the table's width, grouped by folder (a row of 50 paths in one narrow cell ran over pages)
    out.push(`<h2 class="keep">${esc(w.repeats)}</h2><p class="note keep">${esc(w.repeatsNote)}</p><table id="repeats"><thead><tr><th>${esc(w.servant)}</th><th>${esc(w.unit)}</th><th>${esc(w.period)}</th><th class="n">${esc(w.files)}</th></tr></thead>`);
    for (const g of a.repeats)
      out.push(
        `<tbody class="repeat"><tr><td>${esc(g.servant.fullName ?? w.noServant)}${g.servant.id !== undefined ? `<br><code>${esc(g.servant.id)}</code>` : ''}</td><td>${esc([[...new Set(g.files.map((f) => f.unit ?? w.noUnit))].join('; '), g.servant.body ?? w.noBody].join(' · '))}</td>` +
          `<td>${period(g.period, lang)}</td><td class="n">${g.files.length}</td></tr>` +
          `<tr><td colspan="4" class="files" data-n="${g.files.length}">${byFolder(g.files.map((f) => f.file)).map(([folder, names]) => `<div class="folder"><code>${esc(folder)}</code></div><ul class="names">${names.map((n) => `<li><code>${esc(n)}</code></li>`).join('')}</ul>`).join('')}</td></tr></tbody>`,
      );
    out.push('</table>');
  }
  if (a.rules.length) {
    // what each rule is and how widely it was broken — findings, files, servants — and no message of one servant's file:
    // evaluation results are confidential (act 002 cl. 14) and a summary is handed on; each servant's findings are below
    out.push(`<h2>${esc(w.topRules)}</h2><table id="rules"><thead><tr><th class="n">${esc(w.breaches)}</th><th>${esc(w.rule)}</th><th>${esc(w.severity)}</th><th>${esc(w.clause)}</th><th class="n">${esc(w.files)}</th><th class="n">${esc(w.servants)}</th></tr></thead><tbody>`);
    for (const r of a.rules) {
      const info = ruleInfo(r.ruleId);
      const href = ruleHelpUri(r.ruleId, options.docsBase);
      out.push(`<tr><td class="n">${r.count}</td><td>${esc(info?.title[lang] ?? r.ruleId)}<br>${href ? `<a class="rule" href="${esc(href)}">` : ''}<code>${esc(r.ruleId)}</code>${href ? '</a>' : ''}</td><td class="sev-${r.severity}">${esc(SEVERITY[lang][r.severity])}</td><td>${r.cite ? `<span class="cite" title="${esc(info?.quote ?? '')}">${prose(citeText(r.cite, lang))}</span>` : ''}</td><td class="n" data-k="files">${r.files}</td><td class="n" data-k="servants">${r.servants}</td></tr>`);
    }
    out.push('</tbody></table>');
  }
  // which act each citation's id is, for a reader of the printed page (who cannot hover or run `bagalau explain`)
  const acts = actsCited(results, lang);
  if (acts.length) {
    out.push(`<h2 class="keep" id="acts">${esc(w.actsCited)}</h2><p class="note keep">${esc(w.actsNote)}</p><table id="acts-cited"><thead><tr><th>${esc(w.methodology)}</th><th>${esc(w.act)}</th><th>${esc(w.wordings)}</th></tr></thead><tbody>`);
    for (const c of acts)
      out.push(
        `<tr><td><code>${esc(c.id)}</code></td><td>${c.title ? `${esc(c.title)}<div class="meta">${prose([c.issuer, c.act, c.registration].filter(Boolean).join(' · '))}</div>` : ''}</td>` +
          `<td>${c.wordings.map((d) => `<span class="d">${esc(d)}</span>`).join(', ')}</td></tr>`,
      );
    out.push('</tbody></table>');
  }
  out.push(`<h2>${esc(w.findingsOf)}</h2>`);
  // a file not read is listed under its own heading above, not as a servant's
  const withFindings = results.filter((r) => !notRead(r) && r.findings.some((f) => f.severity !== 'info'));
  // a heading over nothing reads as a page that failed to print its findings: say there are none
  if (withFindings.length === 0) out.push(`<p id="no-findings">${esc(w.noBreaches)}</p>`);
  // sorted by the names the summary groups by (a body typed with a no-break space sorts with its twins)
  const sorted = listOrder(withFindings, lang);
  for (const r of sorted) {
    const s = r.servant;
    // a date kept on one line; the words saying no wording was in force wrap as words do
    const wording = noWordingInForce(r) ? esc(fileWording(r, lang)!) : r.wording ? `<span class="d">${esc(fileWording(r, lang)!)}</span>` : '';
    out.push(`<section class="servant"><h3>${esc(s?.fullName ?? w.noServant)}</h3><p class="meta">${esc([s?.position, s?.category, s?.unit, s?.body].filter(Boolean).join(' · '))}<br><code>${esc(r.file)}</code>${r.methodology ? ` · ${esc(r.methodology)}` : ''}${wording ? ` · ${wording}` : ''}${r.period ? ` · ${esc(w.period)} ${period(r.period, lang)}` : ''}</p>`);
    out.push(`<table><thead><tr><th>${esc(w.severity)}</th><th>${esc(w.message)}</th><th>${esc(w.clause)}</th><th>${esc(w.place)}</th></tr></thead><tbody>`);
    for (const f of r.findings) {
      const quote = ruleInfo(f.ruleId)?.quote;
      const o = overrideOf(f);
      const field = fieldText(f, lang);
      // the clause alone, under the file's line naming its wording; a file of whose period no wording was in force: said so
      const cite = findingCiteText(f, r, lang, false);
      out.push(
        `<tr><td class="sev-${f.severity}">${esc(SEVERITY[lang][f.severity])}</td><td class="msg">${prose(messageText(f, lang))}` +
          `${f.note ? `<div class="note">${esc(w.note)}: ${prose(f.note[lang])}</div>` : ''}` +
          `${o ? `<div class="override">${esc(w.override)} (${esc(o.source)}): ${esc(SEVERITY[lang][o.from])} → ${esc(SEVERITY[lang][o.to])}</div>` : ''}</td>` +
          `<td>${cite ? `<span class="cite" title="${esc(quote ?? '')}">${prose(cite)}</span>` : ''}</td>` +
          `<td class="where">${field !== undefined ? `<span class="field">${esc(field)}</span>` : ''}<code>${esc(f.file && f.file !== r.file ? `${f.file}:` : '')}${f.place ? `${f.place.line}:${f.place.column}` : esc(f.path || '/')}</code></td></tr>`,
      );
    }
    out.push('</tbody></table></section>');
  }
  out.push('</body></html>\n');
  return out.join('\n');
}
