/**
 * Clauses numbered from 1 again in each chapter, where the model methodology numbers them through the
 * whole methodology (`../restarts.ts`). This says once why the numbers repeat (a reference «11-тармақ»
 * cannot say which chapter's clause 11 it means) and how to number them, beside the model's own
 * numbering, read from the model we hold. The repeated numbers are not each a `draft/numbering-duplicate`:
 * the numbering rule checks such a methodology chapter by chapter (each chapter from 1), so a gap or a
 * repeat inside a chapter stands out, named with its chapter, instead of drowning among a duplicate per
 * restarted clause; the message says so.
 *
 * ok: «1-тарау» 1.–16., «2-тарау» 17.–18. — no message.
 * not-ok: «1-тарау» 1.–16., «2-тарау» 1.–2. — `draft/clause-numbering-restart` (warning) at the 1. of
 * chapter 2: «clauses are numbered from 1 again in each chapter (chapter 2: 1–2) …».
 */
import { t3, type Finding, type Text3 } from '../../law/finding.js';
import { pointer } from '../../law/json-pointer.js';
import { finding } from '../context.js';
import { model } from '../model-check.js';
import { MODEL_ID, MODEL_WORDING } from '../model/asa-b-model.js';
import { clauseRestarts } from '../restarts.js';
import type { DraftRule } from './rule.js';

/** Where each chapter of the model after the first begins: [chapter, its first clause]. */
function modelChapterStarts(): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const c of model().doc.clauses) {
    if (c.chapter !== undefined && c.chapter > 1 && !out.some(([k]) => k === c.chapter)) out.push([c.chapter, c.number]);
  }
  return out;
}

/**
 * How to number the clauses through: in a Word file the numbers are a list's, so the list's clause level is not to begin
 * again at each chapter; in Markdown (or a text file) each clause's number is as written, so the author writes it —
 * «17.» for the first clause of chapter 2 where chapter 1 ends at 16.
 */
function howToNumber(word: boolean, chapter: number, through: number): Text3 {
  if (word) {
    return t3('Word тізімінде тармақ деңгейінің нөмірлеуін тарау сайын қайта бастамаңыз', 'в списке Word не начинайте нумерацию уровня пунктов заново в каждой главе',
      'in a Word list, do not restart the clause level at each chapter');
  }
  return t3(`әр тармаққа бүкіл әдістеме бойынша санағандағы өз нөмірін жазыңыз: ${chapter}-тараудың бірінші тармағы «1.» емес, «${through}.»`,
    `напишите у каждого пункта его номер при сквозном счёте: первый пункт главы ${chapter} — «${through}.», а не «1.»`,
    `write each clause's own number counted through the methodology: «${through}.» for the first clause of chapter ${chapter}, not «1.»`);
}

export const clauseRestartsRule: DraftRule = {
  id: 'draft/clause-numbering-restart',
  severity: 'warning',
  description: t3('Тармақтар тарау сайын қайта нөмірленбейді: Үлгілік әдістемедегідей бүкіл әдістеме бойынша нөмірленеді',
    'Пункты не нумеруются заново в каждой главе: нумерация сквозная через всю методику, как в типовой',
    'Clauses are not numbered again in each chapter: they run through the whole methodology, as in the model'),
  check(ctx) {
    const out: Finding[] = [];
    ctx.act.documents.forEach((doc, d) => {
      const restarts = clauseRestarts(doc);
      const first = restarts?.chapters[0];
      if (!restarts || !first) return;
      const range = (r: { first: { number: number }; last: { number: number } }): string => `${r.first.number}–${r.last.number}`;
      const ours = t3(restarts.chapters.map((r) => `${r.chapter}-тарау: ${range(r)}`).join('; '),
        restarts.chapters.map((r) => `глава ${r.chapter}: ${range(r)}`).join('; '),
        restarts.chapters.map((r) => `chapter ${r.chapter}: ${range(r)}`).join('; '));
      const starts = modelChapterStarts();
      const theirs = t3(`${starts.map(([k, n]) => `${k}-тарау ${n}-тармақтан`).join(', ')} басталады`,
        starts.map(([k, n], i) => (i ? `глава ${k} — с пункта ${n}` : `глава ${k} начинается с пункта ${n}`)).join(', '),
        starts.map(([k, n], i) => (i ? `chapter ${k} at cl. ${n}` : `its chapter ${k} begins at cl. ${n}`)).join(', '));
      const how = howToNumber(ctx.word === true, first.chapter, doc.clauses.indexOf(first.first) + 1);
      out.push(finding('draft/clause-numbering-restart', 'warning',
        t3(`Тармақтар әр тарауда қайтадан 1-ден нөмірленген (${ours.kk}), ал Үлгілік әдістемеде тармақтар бүкіл әдістеме бойынша өспелі нөмірленеді (${theirs.kk}): тармақ нөмірлері қайталанады, ал «N-тармақ» деген сілтеме қай тараудың тармағы екенін айтпайды. Тармақтардың нөмірлеуі тарау бойынша тексерілді (әр тарауда 1, 2, 3 …), сондықтан басқа тарауда қайталанған нөмір қайталану қатесі ретінде көрсетілмейді. Тармақтарды бүкіл әдістеме бойынша ретімен нөмірлеңіз (${how.kk})`,
          `Пункты в каждой главе пронумерованы заново с 1 (${ours.ru}), а в типовой методике пункты пронумерованы сквозной нумерацией через всю методику (${theirs.ru}): номера пунктов повторяются, и ссылка «пункт N» не говорит, пункт какой главы имеется в виду. Нумерация пунктов проверена по главам (1, 2, 3 … в каждой), поэтому номер, повторяющийся в другой главе, не указан как повтор. Пронумеруйте пункты сквозной нумерацией (${how.ru})`,
          `The clauses are numbered from 1 again in each chapter (${ours.en}), while the model methodology numbers its clauses through the whole methodology (${theirs.en}): clause numbers repeat, and a reference «clause N» does not say which chapter's clause it means. The clause numbering was checked chapter by chapter (1, 2, 3 … in each), so a number repeated in another chapter is not reported as a duplicate. Number the clauses through the whole methodology (${how.en})`),
        pointer('documents', d, 'clauses', doc.clauses.indexOf(first.first)), first.first.place,
        {
          cite: { act: MODEL_ID, clause: 'Annex 2 (whole text)', wording: MODEL_WORDING },
          facts: {
            restarted: restarts.chapters.map((r) => ({ chapter: r.chapter, from: r.first.number, to: r.last.number })),
            model: starts.map(([chapter, from]) => ({ chapter, from })),
            runningOrder: restarts.regular,
          },
        }));
    });
    return out;
  },
};
