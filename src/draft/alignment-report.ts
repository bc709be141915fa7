/**
 * The alignment report a lawyer reads top to bottom: a summary first (matched, missing, departing,
 * draft clauses with no model counterpart, each listed with a link), then each model clause beside the
 * draft clause it was matched with — the draft's tables shown in its column, every parameter value
 * beside the clause it was read from, weak matches said in words (a printout keeps them), and for a
 * model clause with no counterpart the reason in words, not a score. Places are those of the user's
 * file (Markdown lines, the lines of a .txt, the paragraphs of a .docx). Markdown or HTML
 * (self-contained, no scripts). Pure: comparison in, text out.
 */
import type { Lang } from '../law/finding.js';
import { dayText } from '../law/day-text.js';
import type { Clause, Table } from './act.js';
import { clauseText } from './act.js';
import { clauseText as clauseCite } from '../law/cite-text.js';
import type { ClauseMatch } from './align.js';
import { WEAK } from './align.js';
import { normaliseKk, stem } from './kazakh-text.js';
import type { ModelComparison, ParameterResult } from './model-check.js';
import { MODEL_WORDING } from './model/asa-b-model.js';
import { mapPlace, type SourceMap } from './where.js';

type Words = Record<string, string>;
const WORDS: Record<Lang, Words> = {
  kk: {
    title: 'Жобаны Үлгілік әдістемемен салыстыру', summary: 'Қорытынды', model: 'Үлгілік әдістеме', draft: 'Жоба', cl: 'тармақ',
    matched: 'сәйкес тармақтар', missing: 'жобада жоқ үлгі тармақтары', departing: 'үлгіден өзгеше параметрлер', weakN: 'әлсіз сәйкестіктер (қолмен тексеріңіз)',
    extra: 'үлгіде баламасы жоқ жоба тармақтары', none: 'жоқ', weak: 'ӘЛСІЗ СӘЙКЕСТІК — қолмен тексеріңіз', score: 'ұқсастық',
    'nothing-close': 'жобада бұған ұқсас тармақ жоқ', taken: 'ең жақын жоба тармағы ({d}) — үлгінің {m}-тармағының баламасы', subject: 'ең жақын жоба тармағы ({d}) бұл тармақтың мәні туралы емес',
    onlyModel: 'тек үлгіде', onlyDraft: 'тек жобада', params: 'Параметрлер', readFrom: 'оқылған жері', wording: 'редакция', date: 'күні',
    paired: 'жоба тармақтарымен сәйкестендірілген үлгі тармақтары', byContentN: 'оның ішінде мазмұны бойынша', unpaired: 'жоба тармағымен сәйкестендірілмеген үлгі тармақтары', draftUnpaired: 'үлгі тармағымен сәйкестендірілмеген жоба тармақтары',
    same: 'сәйкес', allowed: 'үлгінің шегінде', deviates: 'ӨЗГЕШЕ', unreadable: 'мәні оқылмады', absent: 'жобада айтылмаған', 'no-provision': 'ереже жоқ', line: 'жол', paragraph: 'абзац',
  },
  ru: {
    title: 'Сравнение проекта с типовой методикой', summary: 'Итоги', model: 'Типовая методика', draft: 'Проект', cl: 'п.',
    matched: 'соответствующих пунктов', missing: 'пунктов типовой нет в проекте', departing: 'параметров отличаются от типовой', weakN: 'слабых соответствий (проверьте вручную)',
    extra: 'пунктов проекта без аналога в типовой', none: 'нет', weak: 'СЛАБОЕ СООТВЕТСТВИЕ — проверьте вручную', score: 'сходство',
    'nothing-close': 'в проекте нет похожего пункта', taken: 'ближайший пункт проекта ({d}) — аналог пункта {m} типовой', subject: 'ближайший пункт проекта ({d}) говорит о другом',
    onlyModel: 'только в типовой', onlyDraft: 'только в проекте', params: 'Параметры', readFrom: 'где прочитано', wording: 'редакция', date: 'дата',
    paired: 'пунктов типовой сопоставлено с пунктами проекта', byContentN: 'из них по содержанию', unpaired: 'пунктов типовой не сопоставлено', draftUnpaired: 'пунктов проекта не сопоставлено',
    same: 'совпадает', allowed: 'в пределах типовой', deviates: 'ОТЛИЧАЕТСЯ', unreadable: 'значение не прочитано', absent: 'в проекте не сказано', 'no-provision': 'нет положения', line: 'строка', paragraph: 'абзац',
  },
  en: {
    title: 'Draft compared with the model methodology', summary: 'Summary', model: 'Model', draft: 'Draft', cl: 'cl.',
    matched: 'clauses matched', missing: 'model clauses missing from the draft', departing: 'parameters depart from the model', weakN: 'weak matches (check by hand)',
    extra: 'draft clauses with no model counterpart', none: 'none', weak: 'WEAK MATCH — check by hand', score: 'similarity',
    'nothing-close': 'nothing in the draft resembles it', taken: 'the closest draft clause ({d}) is already the counterpart of model cl. {m}', subject: 'the closest draft clause ({d}) is about something else',
    onlyModel: 'only in the model', onlyDraft: 'only in the draft', params: 'Parameters', readFrom: 'read from', wording: 'wording', date: 'date',
    paired: 'model clauses paired with draft clauses', byContentN: 'of them by what they say', unpaired: 'model clauses not paired', draftUnpaired: 'draft clauses not paired',
    same: 'same', allowed: 'within the model\'s bound', deviates: 'DIFFERS', unreadable: 'value not readable', absent: 'not stated in the draft', 'no-provision': 'no provision', line: 'line', paragraph: 'paragraph',
  },
};

/** Words whose stems occur on one side only, in the order they appear. */
export function wordDifferences(a: string, b: string): { onlyA: string[]; onlyB: string[] } {
  const words = (s: string): string[] => normaliseKk(s).split(' ').filter((w) => w.length > 2 && !/^\d+$/.test(w));
  const wa = words(a);
  const wb = words(b);
  const sa = new Set(wa.map(stem));
  const sb = new Set(wb.map(stem));
  const uniq = (ws: string[], other: Set<string>): string[] => [...new Set(ws.filter((w) => !other.has(stem(w))))];
  return { onlyA: uniq(wa, sb), onlyB: uniq(wb, sa) };
}

const show = (v: unknown): string =>
  Array.isArray(v) ? (Array.isArray(v[0]) ? (v as number[][]).map((b) => b.join('–')).join('; ') : v.map((x) => (typeof x === 'object' && x && 'from' in x ? `${(x as { from: number }).from}+` : String(x))).join(Array.isArray(v) && typeof v[0] === 'number' ? '–' : '; ')).replace(/\./g, ',')
    : v === true ? '✓' : String(v);

interface Report {
  w: Words;
  /** «41-жол» / «строка 41» / «line 41» / «paragraph 37» for a draft place. */
  where: (c: Clause) => string;
  anchor: (c: Clause) => string;
  /** A clause as each language names it: «5-тармақ», «п. 5», «cl. 5». */
  cl: (n: number) => string;
  /** A model clause: «Үлгілік әдістеменің 5-тармағы», «Типовая методика п. 5», «Model cl. 5». */
  modelCl: (n: number) => string;
  /** A draft clause: «Жобаның 5-тармағы», «Проект п. 5», «Draft cl. 5». */
  draftCl: (n: number) => string;
  /** A weak match in the summary: «Үлгілік әдістеменің 5-тармағы», «Типовая методика 5», «Model 5». */
  weakName: (n: number) => string;
}

function reportOf(lang: Lang, source?: SourceMap): Report {
  const w = WORDS[lang];
  const unit = source?.unit === 'paragraphs' ? w['paragraph'] : w['line'];
  // Kazakh puts the number before the word, in the genitive construction: «Жобаның 5-тармағы (41-жол)».
  const kk = lang === 'kk';
  return {
    w,
    where: (c) => (kk ? `${mapPlace(c.place, source).line}-${unit}` : `${unit} ${mapPlace(c.place, source).line}`),
    anchor: (c) => `d${c.number}-${c.place.line}`,
    cl: (n) => (kk ? `${n}-тармақ` : `${w['cl']} ${n}`),
    modelCl: (n) => (kk ? `${w['model']}нің ${n}-тармағы` : `${w['model']} ${w['cl']} ${n}`),
    draftCl: (n) => (kk ? `${w['draft']}ның ${n}-тармағы` : `${w['draft']} ${w['cl']} ${n}`),
    weakName: (n) => (kk ? `${w['model']}нің ${n}-тармағы` : `${w['model']} ${n}`),
  };
}

const draftName = (r: Report, c: Clause): string => `${r.draftCl(c.number)} (${r.where(c)})`;

function whyMissing(r: Report, m: ClauseMatch): string {
  const text = r.w[m.why ?? 'nothing-close'] ?? '';
  return text.replace('{d}', m.candidate ? draftName(r, m.candidate) : '—').replace('{m}', String(m.takenBy ?? ''));
}

function paramLine(r: Report, p: ParameterResult, lang: Lang, clauses: Clause[]): string {
  const status = r.w[p.status] ?? p.status;
  // In a draft numbered again in each chapter the number repeats: the chapter says which clause it was.
  const from = p.clause !== undefined ? clauses.find((c) => c.number === p.clause && (p.chapter === undefined || c.chapter === p.chapter)) : undefined;
  const where = from ? ` · ${r.w['readFrom']}: ${draftName(r, from)}${p.sentence ? ` «${p.sentence.slice(0, 160)}»` : ''}` : '';
  const values = p.found !== undefined ? ` — ${r.w['draft']}: ${show(p.found)}${p.unit ? ` (${p.unit})` : ''}; ${r.w['model']}: ${show(p.parameter.expected)}` : ` — ${r.w['model']}: ${show(p.parameter.expected)}`;
  return `${p.parameter.label[lang]} (${clauseCite(p.parameter.clause, lang)}): ${status}${values}${where}`;
}

/** Draft clauses no model clause was matched with. */
function unmatched(c: ModelComparison): Clause[] {
  const used = new Set(c.matches.flatMap((m) => [m.draft, m.also].filter((x): x is Clause => !!x)));
  return c.clauses.filter((x) => !used.has(x));
}

function summary(c: ModelComparison) {
  const matched = c.matches.filter((m) => m.draft);
  return {
    matched: matched.length,
    // A Russian draft's clauses are paired by number or by the values they state, not by wording: no
    // pair is weak, and a clause not paired is not «missing» nor «without a counterpart» — only not paired.
    weak: c.wording ? matched.filter((m) => m.score < WEAK) : [],
    missing: c.matches.filter((m) => !m.draft),
    departing: c.parameters.filter((p) => p.status === 'deviates' || p.status === 'unreadable'),
    extra: c.matches.length > 0 ? unmatched(c) : [],
    byContent: matched.filter((m) => m.pairedBy === 'content').length,
  };
}

/**
 * What was and was not compared (a Russian draft's wording; a draft with no methodology clauses), said
 * before the summary's counts so that they are not read as «the draft's wording matches the model».
 */
const notCompared = (c: ModelComparison, lang: Lang): string[] =>
  c.wording && c.matches.length > 0 ? [] : c.findings.filter((f) => f.ruleId === 'draft/model-language' || f.ruleId === 'draft/model-nothing-to-compare').map((f) => f.message[lang]);

/** Whether the report has a section for a model clause (a Russian draft is compared without them). */
const hasSection = (c: ModelComparison, n: number): boolean => c.wording && c.matches.some((m) => m.model.number === n);

/** The summary's lines for a Russian draft, in plain text (it has no clause sections to link to). */
function pairedLines(r: Report, c: ModelComparison, s: ReturnType<typeof summary>): string[] {
  const w = r.w;
  const list = (items: string[]): string => (items.length ? items.join('; ') : w['none'] as string);
  return [
    `${w['paired']}: ${s.matched} / ${c.matches.length}${s.byContent ? ` (${w['byContentN']}: ${s.byContent})` : ''}`,
    `${w['unpaired']}: ${s.missing.length} — ${list(s.missing.map((m) => r.cl(m.model.number)))}`,
    `${w['draftUnpaired']}: ${s.extra.length} — ${list(s.extra.map((x) => draftName(r, x)))}`,
  ];
}

const mdCell = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n+/g, '<br>');
const mdTable = (t: Table): string => t.rows.map((row) => row.map((cell) => cell.text.replace(/\n/g, ' ')).join(' ¦ ')).join('<br>');

export function alignmentMarkdown(c: ModelComparison, file: string, date: string, lang: Lang = 'kk', source?: SourceMap): string {
  const r = reportOf(lang, source);
  const w = r.w;
  const s = summary(c);
  const out = [`# ${w['title']}`, '', `${w['draft']}: ${file} · ${w['date']}: ${dayText(date, lang)} · ${w['model']}: asa-b-model, ${w['wording']} ${dayText(MODEL_WORDING, lang)}`, '', `## ${w['summary']}`, '', ...notCompared(c, lang).flatMap((m) => [`**${m}**`, ''])];
  const list = <T>(items: T[], f: (x: T) => string): string => (items.length ? items.map(f).join('; ') : w['none'] as string);
  const departing = `- ${w['departing']}: ${s.departing.length} — ${list(s.departing, (p) => (hasSection(c, p.parameter.clauseNumber) ? `[${p.parameter.label[lang]} (${clauseCite(p.parameter.clause, lang)})](#m${p.parameter.clauseNumber})` : `${p.parameter.label[lang]} (${clauseCite(p.parameter.clause, lang)})`))}`;
  if (!c.wording) {
    // A Russian draft: its clauses as they were paired, and its values, with no clause sections to link to.
    const [paired, unpaired, draftUnpaired] = pairedLines(r, c, s);
    out.push(`- ${paired}`, `- ${unpaired}`, departing, `- ${draftUnpaired}`, '');
    if (c.parameters.length > 0) out.push(`## ${w['params']}`, '', ...c.parameters.map((p) => `- ${paramLine(r, p, lang, c.clauses)}`), '');
    return out.join('\n');
  }
  out.push(`- ${w['matched']}: ${s.matched} / ${c.matches.length}`);
  out.push(`- ${w['weakN']}: ${s.weak.length} — ${list(s.weak, (m) => `[${r.weakName(m.model.number)}](#m${m.model.number})`)}`);
  out.push(`- ${w['missing']}: ${s.missing.length} — ${list(s.missing, (m) => `[${r.cl(m.model.number)}](#m${m.model.number})`)}`);
  out.push(departing);
  out.push(`- ${w['extra']}: ${s.extra.length} — ${list(s.extra, (x) => `[${draftName(r, x)}](#${r.anchor(x)})`)}`, '');
  for (const m of c.matches) {
    const head = m.draft
      ? `## <a id="m${m.model.number}"></a>${r.modelCl(m.model.number)} ↔ ${draftName(r, m.draft)}${m.also ? ` + ${draftName(r, m.also)}` : ''}${m.score < WEAK ? ` — ${w['weak']}` : ''}`
      : `## <a id="m${m.model.number}"></a>${r.modelCl(m.model.number)} — ${w['missing']}: ${whyMissing(r, m)}`;
    const draftCell = m.draft ? [m.draft, ...(m.also ? [m.also] : [])].map((d) => `${mdCell(clauseText(d))}${(d.tables ?? []).map((t) => `<br>${mdCell(mdTable(t))}`).join('')}`).join('<br><br>') : '—';
    out.push(head, '', `| ${w['model']} | ${w['draft']} |`, '| --- | --- |', `| ${mdCell(clauseText(m.model))} | ${draftCell} |`, '');
    if (m.draft) {
      const diff = wordDifferences(clauseText(m.model), clauseText(m.draft));
      out.push(`- ${w['onlyModel']}: ${diff.onlyA.slice(0, 40).join(', ') || '—'}`, `- ${w['onlyDraft']}: ${diff.onlyB.slice(0, 40).join(', ') || '—'}`);
    }
    for (const p of c.parameters.filter((x) => x.parameter.clauseNumber === m.model.number)) out.push(`- ${paramLine(r, p, lang, c.clauses)}`);
    out.push('');
  }
  if (s.extra.length) {
    out.push(`## ${w['extra']}`, '');
    for (const x of s.extra) out.push(`- <a id="${r.anchor(x)}"></a>**${draftName(r, x)}**: ${mdCell(clauseText(x).slice(0, 400))}`);
    out.push('');
  }
  return out.join('\n');
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const htmlTable = (t: Table): string => `<table>${t.rows.map((row) => `<tr>${row.map((cell) => `<td>${esc(cell.text)}</td>`).join('')}</tr>`).join('')}</table>`;
const htmlClause = (c: Clause): string => `<p>${esc(clauseText(c)).replace(/\n/g, '<br>')}</p>${(c.tables ?? []).map(htmlTable).join('')}`;

export function alignmentHtml(c: ModelComparison, file: string, date: string, lang: Lang = 'kk', source?: SourceMap): string {
  const r = reportOf(lang, source);
  const w = r.w;
  const s = summary(c);
  const link = (href: string, text: string): string => `<a href="#${esc(href)}">${esc(text)}</a>`;
  const list = <T>(items: T[], f: (x: T) => string): string => (items.length ? items.map(f).join('; ') : esc(w['none'] as string));
  const departing = `<li>${esc(w['departing'] as string)}: ${s.departing.length} — ${list(s.departing, (p) => (hasSection(c, p.parameter.clauseNumber) ? link(`m${p.parameter.clauseNumber}`, `${p.parameter.label[lang]} (${clauseCite(p.parameter.clause, lang)})`) : esc(`${p.parameter.label[lang]} (${clauseCite(p.parameter.clause, lang)})`)))}</li>`;
  const head = `<h2>${esc(w['summary'] as string)}</h2>${notCompared(c, lang).map((m) => `<p><strong>${esc(m)}</strong></p>`).join('')}<ul class="summary">`;
  const body: string[] = c.wording
    ? [head,
      `<li>${esc(w['matched'] as string)}: ${s.matched} / ${c.matches.length}</li>`,
      `<li>${esc(w['weakN'] as string)}: ${s.weak.length} — ${list(s.weak, (m) => link(`m${m.model.number}`, r.weakName(m.model.number)))}</li>`,
      `<li>${esc(w['missing'] as string)}: ${s.missing.length} — ${list(s.missing, (m) => link(`m${m.model.number}`, r.cl(m.model.number)))}</li>`,
      departing,
      `<li>${esc(w['extra'] as string)}: ${s.extra.length} — ${list(s.extra, (x) => link(r.anchor(x), draftName(r, x)))}</li></ul>`]
    : ((lines: string[]) => [head, `<li>${esc(lines[0] as string)}</li>`, `<li>${esc(lines[1] as string)}</li>`, departing, `<li>${esc(lines[2] as string)}</li></ul>`])(pairedLines(r, c, s));
  // A Russian draft: every value the model data holds, what was read and where (no clause sections to hold them).
  if (!c.wording && c.parameters.length > 0) body.push(`<h2>${esc(w['params'] as string)}</h2><ul>${c.parameters.map((p) => `<li class="${p.status}">${esc(paramLine(r, p, lang, c.clauses))}</li>`).join('')}</ul>`);
  for (const m of c.wording ? c.matches : []) {
    const cls = !m.draft ? 'missing' : m.score < WEAK ? 'weak' : 'ok';
    const head = m.draft
      ? `${esc(`${r.modelCl(m.model.number)} ↔ ${draftName(r, m.draft)}${m.also ? ` + ${draftName(r, m.also)}` : ''}`)}${m.score < WEAK ? ` — <strong>${esc(w['weak'] as string)}</strong>` : ''}`
      : `${esc(r.modelCl(m.model.number))} — <strong>${esc(`${w['missing']}: ${whyMissing(r, m)}`)}</strong>`;
    body.push(`<section class="${cls}" id="m${m.model.number}"><h3>${head}</h3>`);
    body.push(`<div class="pair"><div>${htmlClause(m.model)}</div><div>${m.draft ? [m.draft, ...(m.also ? [m.also] : [])].map(htmlClause).join('') : '—'}</div></div>`);
    if (m.draft) {
      const diff = wordDifferences(clauseText(m.model), clauseText(m.draft));
      body.push(`<p class="diff"><b>${esc(w['onlyModel'] as string)}:</b> ${esc(diff.onlyA.slice(0, 40).join(', ') || '—')}<br><b>${esc(w['onlyDraft'] as string)}:</b> ${esc(diff.onlyB.slice(0, 40).join(', ') || '—')}</p>`);
    }
    const params = c.parameters.filter((x) => x.parameter.clauseNumber === m.model.number);
    if (params.length) body.push(`<ul>${params.map((p) => `<li class="${p.status}">${esc(paramLine(r, p, lang, c.clauses))}</li>`).join('')}</ul>`);
    body.push('</section>');
  }
  if (c.wording && s.extra.length) {
    body.push(`<h2>${esc(w['extra'] as string)}</h2>`);
    for (const x of s.extra) body.push(`<section class="extra" id="${esc(r.anchor(x))}"><h3>${esc(draftName(r, x))}</h3>${htmlClause(x)}</section>`);
  }
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${esc(w['title'] as string)}</title>
<style>body{font-family:"Times New Roman",Tinos,serif;max-width:72rem;margin:auto;padding:1rem}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:1rem}.pair div{border:1px solid #ccc;padding:.5rem}
section{margin-bottom:1.5rem}section.missing h3{color:#a00}section.weak h3{color:#a60}
li.deviates,li.unreadable,li.absent{color:#a00}table{border-collapse:collapse}td{border:1px solid #999;padding:2px 4px}</style></head>
<body><h1>${esc(w['title'] as string)}</h1><p>${esc(`${w['draft']}: ${file} · ${w['date']}: ${dayText(date, lang)} · ${w['model']}: asa-b-model, ${w['wording']} ${dayText(MODEL_WORDING, lang)}`)}</p>
${body.join('\n')}
</body></html>
`;
}
