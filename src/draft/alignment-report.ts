/**
 * The alignment report an author reads top to bottom: each model clause beside the draft clause
 * it was matched with, the match score, the words only one side has, and the parameters compared.
 * Markdown or HTML (self-contained, no scripts). Pure: comparison in, text out.
 */
import type { Lang } from '../law/finding.js';
import type { Clause } from './act.js';
import { clauseText } from './act.js';
import { MISSING, WEAK } from './align.js';
import { normaliseKk, stem } from './kazakh-text.js';
import type { ModelComparison, ParameterResult } from './model-check.js';
import { MODEL_WORDING } from './model/asa-b-model.js';

const WORDS: Record<Lang, Record<string, string>> = {
  kk: { title: 'Жобаны Үлгілік әдістемемен салыстыру', model: 'Үлгілік әдістеме', draft: 'Жоба', score: 'сәйкестік', none: 'сәйкес тармақ жоқ', onlyModel: 'тек үлгіде', onlyDraft: 'тек жобада', weak: 'әлсіз сәйкестік', params: 'Параметрлер', wording: 'редакция', date: 'күні', same: 'сәйкес', allowed: 'рұқсат етілген', deviates: 'өзгеше', absent: 'табылмады', 'no-provision': 'ереже жоқ', cl: 'тармақ' },
  ru: { title: 'Сравнение проекта с типовой методикой', model: 'Типовая методика', draft: 'Проект', score: 'сходство', none: 'соответствующего пункта нет', onlyModel: 'только в типовой', onlyDraft: 'только в проекте', weak: 'слабое соответствие', params: 'Параметры', wording: 'редакция', date: 'дата', same: 'совпадает', allowed: 'допустимо', deviates: 'отличается', absent: 'не найдено', 'no-provision': 'нет положения', cl: 'п.' },
  en: { title: 'Draft compared with the model methodology', model: 'Model', draft: 'Draft', score: 'score', none: 'no matching clause', onlyModel: 'only in the model', onlyDraft: 'only in the draft', weak: 'weak match', params: 'Parameters', wording: 'wording', date: 'date', same: 'same', allowed: 'allowed', deviates: 'differs', absent: 'not found', 'no-provision': 'no provision', cl: 'cl.' },
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

interface Row {
  model: Clause;
  draft: Clause | null;
  also: Clause | null;
  score: number;
  params: ParameterResult[];
  diff: { onlyA: string[]; onlyB: string[] };
}

function rows(c: ModelComparison): Row[] {
  return c.matches.map((m) => ({
    model: m.model,
    draft: m.draft,
    also: m.also,
    score: m.score,
    params: c.parameters.filter((p) => p.parameter.clauseNumber === m.model.number),
    diff: m.draft ? wordDifferences(clauseText(m.model), clauseText(m.draft)) : { onlyA: [], onlyB: [] },
  }));
}

const paramLine = (p: ParameterResult, w: Record<string, string>, lang: Lang): string =>
  `${p.parameter.label[lang]} (${p.parameter.clause}): ${w[p.status] ?? p.status}` +
  (p.found !== undefined ? ` — ${w['draft']}: ${JSON.stringify(p.found)}, ${w['model']}: ${JSON.stringify(p.parameter.expected)}` : ` — ${w['model']}: ${JSON.stringify(p.parameter.expected)}`);

const mdCell = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n+/g, '<br>');

export function alignmentMarkdown(c: ModelComparison, file: string, date: string, lang: Lang = 'kk'): string {
  const w = WORDS[lang];
  const out = [`# ${w['title']}`, '', `${w['draft']}: ${file} · ${w['date']}: ${date} · ${w['model']}: asa-b-model, ${w['wording']} ${MODEL_WORDING}`, ''];
  for (const r of rows(c)) {
    const head = r.draft
      ? `## ${w['model']} ${r.model.number} ↔ ${w['draft']} ${r.draft.number}${r.also ? ` (+${r.also.number})` : ''} · ${w['score']} ${r.score.toFixed(2)}${r.score < WEAK ? ` · ${w['weak']}` : ''}`
      : `## ${w['model']} ${r.model.number} · ${w['none']} (${w['score']} ${r.score.toFixed(2)} < ${MISSING})`;
    out.push(head, '', `| ${w['model']} | ${w['draft']} |`, '| --- | --- |',
      `| ${mdCell(clauseText(r.model))} | ${r.draft ? mdCell(clauseText(r.draft)) : '—'} |`, '');
    if (r.draft) {
      out.push(`- ${w['onlyModel']}: ${r.diff.onlyA.slice(0, 40).join(', ') || '—'}`, `- ${w['onlyDraft']}: ${r.diff.onlyB.slice(0, 40).join(', ') || '—'}`);
    }
    for (const p of r.params) out.push(`- ${paramLine(p, w, lang)}`);
    out.push('');
  }
  return out.join('\n');
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function alignmentHtml(c: ModelComparison, file: string, date: string, lang: Lang = 'kk'): string {
  const w = WORDS[lang];
  const body: string[] = [];
  for (const r of rows(c)) {
    const cls = !r.draft ? 'missing' : r.score < WEAK ? 'weak' : 'ok';
    body.push(`<section class="${cls}"><h2>${esc(w['model'] as string)} ${r.model.number} ${r.draft ? `↔ ${esc(w['draft'] as string)} ${r.draft.number}${r.also ? ` (+${r.also.number})` : ''}` : `· ${esc(w['none'] as string)}`} <small>${esc(w['score'] as string)} ${r.score.toFixed(2)}</small></h2>`);
    body.push(`<div class="pair"><div><p>${esc(clauseText(r.model)).replace(/\n/g, '<br>')}</p></div><div><p>${r.draft ? esc(clauseText(r.draft)).replace(/\n/g, '<br>') : '—'}</p></div></div>`);
    if (r.draft) body.push(`<p class="diff"><b>${esc(w['onlyModel'] as string)}:</b> ${esc(r.diff.onlyA.slice(0, 40).join(', ') || '—')}<br><b>${esc(w['onlyDraft'] as string)}:</b> ${esc(r.diff.onlyB.slice(0, 40).join(', ') || '—')}</p>`);
    if (r.params.length) body.push(`<ul>${r.params.map((p) => `<li class="${p.status}">${esc(paramLine(p, w, lang))}</li>`).join('')}</ul>`);
    body.push('</section>');
  }
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${esc(w['title'] as string)}</title>
<style>body{font-family:"Times New Roman",Tinos,serif;max-width:72rem;margin:auto;padding:1rem}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:1rem}.pair div{border:1px solid #ccc;padding:.5rem}
section{margin-bottom:1.5rem}section.missing h2{color:#a00}section.weak h2{color:#a60}
li.deviates,li.absent{color:#a00}small{font-weight:normal;color:#555}</style></head>
<body><h1>${esc(w['title'] as string)}</h1><p>${esc(`${w['draft']}: ${file} · ${w['date']}: ${date} · ${w['model']}: asa-b-model, ${w['wording']} ${MODEL_WORDING}`)}</p>
${body.join('\n')}
</body></html>
`;
}
