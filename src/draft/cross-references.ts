/**
 * Cross-references of a Word file (REF fields: Insert → Cross-reference → «Numbered item», «Paragraph number») that
 * mislead the reader: the file holds the result Word showed when the field was last updated, and that result is what
 * a reader sees, prints and what was checked. Read by `./docx.ts`; said to the author here. Pure.
 */
import { t3, type Finding } from '../law/finding.js';
import { lineRef } from './where.js';

export interface CrossReference {
  /** `missing`: its bookmark is not in the file; `stale`: it shows another number than its paragraph has now. */
  kind: 'missing' | 'stale';
  /** The paragraph that holds the field, and its Markdown line (1-based). */
  paragraph: number;
  line: number;
  bookmark: string;
  /** What the field shows (its result in the file). */
  shows: string;
  /** For `stale`: the paragraph the bookmark is in, its Markdown line, and its number as Word shows it now («12.»). */
  target?: number;
  targetLine?: number;
  now?: string;
}

/** One finding per cross-reference that misleads: an error where the bookmark is gone, a warning where the number is out of date. */
export function crossReferenceFindings(refs: readonly CrossReference[]): Finding[] {
  return refs.map((r): Finding => {
    const place = { line: r.line, column: 1 };
    const facts = { bookmark: r.bookmark, shows: r.shows, ...(r.now ? { now: r.now } : {}) };
    if (r.kind === 'missing') {
      return {
        ruleId: 'draft/cross-reference-broken', severity: 'error', path: '', place, facts,
        message: t3(
          `Айқас сілтеме (REF өрісі) файлда жоқ «${r.bookmark}» бетбелгісіне нұсқайды: қазір мәтінде «${r.shows}» тұр, өрістер жаңартылғанда (F9, басып шығару) Word нөмірдің орнына қате туралы хабар көрсетеді. Сілтемені қайта қойыңыз («Кірістіру» → «Айқас сілтеме») немесе нөмірді мәтінмен жазыңыз`,
          `Перекрёстная ссылка (поле REF) указывает на закладку «${r.bookmark}», которой в файле нет: сейчас в тексте «${r.shows}», при обновлении полей (F9, печать) Word покажет вместо номера сообщение об ошибке. Вставьте ссылку заново («Вставка» → «Перекрёстная ссылка») или наберите номер текстом`,
          `A cross-reference (REF field) points to the bookmark «${r.bookmark}», which is not in the file: the text now shows «${r.shows}», and once the fields are updated (F9, printing) Word shows an error instead of the number. Insert the cross-reference again (Insert → Cross-reference) or type the number`),
      };
    }
    const at = { line: r.targetLine ?? r.line, column: 1 };
    return {
      ruleId: 'draft/cross-reference-stale', severity: 'warning', path: '', place, facts,
      message: t3(
        `Айқас сілтеме «${r.shows}» көрсетеді, ал ол нұсқайтын абзацтың нөмірі қазір «${r.now}» (${lineRef('kk', at)}): тармақтар қайта нөмірленген, өрістер жаңартылмаған. Жоба мәтінде көрсетілген нөмірмен тексерілді; өрістерді жаңартыңыз (Ctrl+A, F9) және сілтемені тексеріңіз`,
        `Перекрёстная ссылка показывает «${r.shows}», а абзац, на который она указывает, теперь имеет номер «${r.now}» (${lineRef('ru', at)}): пункты перенумерованы, поля не обновлены. Проект проверен с тем номером, который показан в тексте; обновите поля (Ctrl+A, F9) и проверьте ссылку`,
        `A cross-reference shows «${r.shows}», but the paragraph it points to is now numbered «${r.now}» (${lineRef('en', at)}): the clauses were renumbered and the fields not updated. The draft was checked with the number the text shows; update the fields (Ctrl+A, F9) and check the reference`),
    };
  });
}
