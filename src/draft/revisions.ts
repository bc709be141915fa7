/**
 * A Word file's tracked changes left unaccepted and its comments (`w:ins`, `w:del`, `w:moveFrom`,
 * `w:moveTo`, the `w:…PrChange` of formatting, `w:commentReference`). The draft is read as it will be
 * once every change is accepted (`./docx.ts`); this says so to the author, who sees the changes in Word
 * and must know which text was checked. Pure; loaded with every draft check, so it holds no Word reader.
 */
import { t3, type Finding } from '../law/finding.js';
import { pluralRu } from '../law/plural.js';

export interface Revisions {
  insertions: number;
  deletions: number;
  moves: number;
  formatting: number;
  comments: number;
  /** The Markdown line (1-based) of the first paragraph that holds one. */
  line: number;
}

export const hasRevisions = (r: Revisions | undefined): r is Revisions =>
  !!r && r.insertions + r.deletions + r.moves + r.formatting + r.comments > 0;

const ru = (n: number, one: string, few: string, many: string): string => `${n} ${pluralRu(n, one, few, many)}`;
const en = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** One warning at the first paragraph with a change: what the file holds, which text was checked, what to do. */
export function revisionsFinding(r: Revisions): Finding {
  const changes = r.insertions + r.deletions + r.moves + r.formatting;
  const kinds = [
    [r.insertions, 'кірістіру', ['вставка', 'вставки', 'вставок'], ['insertion', 'insertions']],
    [r.deletions, 'жою', ['удаление', 'удаления', 'удалений'], ['deletion', 'deletions']],
    [r.moves, 'жылжыту', ['перемещение', 'перемещения', 'перемещений'], ['move', 'moves']],
    [r.formatting, 'пішім өзгерісі', ['изменение формата', 'изменения формата', 'изменений формата'], ['formatting change', 'formatting changes']],
  ] as const;
  const present = kinds.filter(([n]) => n > 0);
  const kk = present.map(([n, w]) => `${n} ${w}`).join(', ');
  const ruList = present.map(([n, , w]) => ru(n, w[0], w[1], w[2])).join(', ');
  const enList = present.map(([n, , , w]) => en(n, w[0], w[1])).join(', ');
  const c = r.comments;
  const tracked = changes === 0 ? t3('', '', '') : t3(
    `Word файлында қабылданбаған түзетулер қалды (${kk}): жоба барлық түзетулер қабылданған күйінде тексерілді — кірістірілген мәтін оқылды, жойылған мәтін оқылмады. Қол қойылғанға дейін оларды Word-та қабылдаңыз не қабылдамаңыз («Рецензиялау» → «Қабылдау» / «Қабылдамау»).`,
    `В файле Word остались непринятые исправления (${ruList}): проект проверен в том виде, какой он примет, когда все исправления будут приняты, — вставленный текст прочитан, удалённый нет. До подписания примите или отклоните их в Word («Рецензирование» → «Принять» / «Отклонить»).`,
    `The Word file holds tracked changes not yet accepted (${enList}): the draft was checked as it will read once every change is accepted — inserted text read, deleted text not. Accept or reject them in Word (Review → Accept / Reject) before the draft is signed.`);
  const comments = c === 0 ? t3('', '', '') : t3(
    `${changes ? ' ' : ''}Файлда ${c} түсініктеме (comment) бар: ${c === 1 ? 'ол мәтінге жатпайды және тексерілмеді; қол қойылғанға дейін оны жойыңыз' : 'олар мәтінге жатпайды және тексерілмеді; қол қойылғанға дейін оларды жойыңыз'}.`,
    `${changes ? ' ' : ''}В файле ${ru(c, 'примечание', 'примечания', 'примечаний')} (комментарии Word): ${c === 1 ? 'оно не часть текста и не проверялось; до подписания удалите его' : 'они не часть текста и не проверялись; до подписания удалите их'}.`,
    `${changes ? ' ' : ''}The file holds ${en(c, 'comment', 'comments')}: ${c === 1 ? 'it is not part of the text and was not checked; delete it' : 'they are not part of the text and were not checked; delete them'} before the draft is signed.`);
  return {
    ruleId: 'draft/unaccepted-changes',
    severity: 'warning',
    path: '',
    place: { line: r.line, column: 1 },
    message: t3(tracked.kk + comments.kk, tracked.ru + comments.ru, tracked.en + comments.en),
    facts: { insertions: r.insertions, deletions: r.deletions, moves: r.moves, formatting: r.formatting, comments: r.comments },
  };
}

/**
 * What `draft import` says on stderr of a Word file with changes left unaccepted or comments: the
 * Markdown it writes is the text with every change accepted, and the comments are not in it.
 */
export function revisionsImportNote(r: Revisions): { kk: string; ru: string; en: string } {
  const changes = r.insertions + r.deletions + r.moves + r.formatting;
  const c = r.comments;
  return t3(
    `Word файлында ${changes ? `қабылданбаған ${changes} түзету` : ''}${changes && c ? ' және ' : ''}${c ? `${c} түсініктеме (comment)` : ''} бар: Markdown — барлық түзетулер қабылданған мәтін${c ? ', түсініктемелерсіз' : ''}.`,
    `в файле Word ${changes ? `непринятых исправлений: ${changes}` : ''}${changes && c ? ', ' : ''}${c ? `примечаний: ${c}` : ''}; Markdown — текст со всеми принятыми исправлениями${c ? ', без примечаний' : ''}.`,
    `the Word file holds ${changes ? en(changes, 'tracked change', 'tracked changes') + ' not yet accepted' : ''}${changes && c ? ' and ' : ''}${c ? en(c, 'comment', 'comments') : ''}: the Markdown is the text with every change accepted${c ? ', without the comments' : ''}.`);
}
