/**
 * `draft import` of an act published in Russian, as adilet.zan.kz prints it: the same structure as the Kazakh
 * text gives (the order's title, preamble and operative points, the signature, the methodology with its approval
 * stamp, chapters, clauses and sub-clauses, an appendix with its stamp, form label, caption and table), and
 * adilet's notes («Сноска. …», «Примечание ИЗПИ!») kept apart as comments, as «Ескерту. …» is.
 * Before, the importer knew only the Kazakh operative words, stamps and notes: «ПРИКАЗЫВАЮ:» stayed in the
 * preamble, «Утверждена приказом …» and «Приложение 1 к Методике …» were not stamps, and the notes were clauses' text.
 */
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/draft/check.js';
import { importPublishedAct } from '../../src/draft/import.js';

/*
 * A hand-made layout sample, NOT an act's text: the lines are laid out as adilet.zan.kz prints a Russian act
 * (paragraphs indented with no-break spaces, blank lines between, the stamp's short lines), the wording is neutral
 * and the numbers are the model's clause numbering only.
 */
const NB = '\u00a0'.repeat(6);
const RU = `Об утверждении Методики оценки деятельности административных государственных служащих корпуса «Б»

Приказ руководителя государственного органа от 1 января 2026 года № 1. Зарегистрирован в Министерстве юстиции Республики Казахстан 2 января 2026 года № 1.

${NB}Сноска. Заголовок - в редакции приказа руководителя государственного органа от 01.02.2026 № 2 (вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования).

${NB}В соответствии с пунктом 5 статьи 33 Закона Республики Казахстан «О государственной службе Республики Казахстан» ПРИКАЗЫВАЮ:

${NB}1. Утвердить прилагаемую Методику оценки деятельности административных государственных служащих корпуса «Б».

${NB}2. Настоящий приказ вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.

${NB}Руководитель
государственного органа
А. Фамилия

${NB}Утверждена приказом
руководителя государственного органа
от 1 января 2026 года № 1

Методика оценки деятельности административных государственных служащих корпуса «Б»

${NB}Сноска. Методика - в редакции приказа руководителя государственного органа от 01.02.2026 № 2.

Глава 1. Общие положения

${NB}1. Текст первого пункта настоящей Методики.

${NB}2. Текст второго пункта настоящей Методики:

${NB}1) текст первого подпункта;

${NB}2) текст второго подпункта.

${NB}Сноска. Пункт 2 - в редакции приказа руководителя государственного органа от 01.02.2026 № 2.

Глава 2. Порядок оценки

${NB}3. Текст третьего пункта по форме согласно приложению 1 к настоящей Методике.

${NB}Примечание ИЗПИ!
${NB}Пункт 4 предусмотрен в редакции приказа руководителя государственного органа от 01.02.2026 № 2 (вводится в действие с 01.01.2027).

${NB}4. Текст четвертого пункта по форме согласно приложению 2 к настоящей Методике.

${NB}Приложение 1
к Методике оценки деятельности
административных государственных
служащих корпуса «Б»

Форма

Заголовок формы

Фамилия, имя, отчество\tДолжность
\t

${NB}Приложение 2 к Методике оценки деятельности административных государственных служащих корпуса «Б»

Форма

Заголовок второй формы

${NB}Приложение
к приказу руководителя
государственного органа
от 1 января 2026 года № 1

Перечень документов

${NB}1. Текст первого пункта перечня.

${NB}2. Текст второго пункта перечня.
`;

/** The same hand-made sample in the Kazakh published layout (neutral wording too): the structure both must give. */
const KK = `Бағалау әдістемесін бекіту туралы

Мемлекеттік орган басшысының 2026 жылғы 1 қаңтардағы № 1 бұйрығы. Қазақстан Республикасының Әділет министрлігінде 2026 жылғы 2 қаңтарда № 1 болып тіркелді.

${NB}Ескерту. Тақырып жаңа редакцияда - мемлекеттік орган басшысының 01.02.2026 № 2 бұйрығымен.

${NB}"Қазақстан Республикасының мемлекеттік қызметі туралы" Қазақстан Республикасы Заңының 33-бабының 5-тармағына сәйкес БҰЙЫРАМЫН:

${NB}1. Қоса беріліп отырған бағалау әдістемесі бекітілсін.

${NB}2. Осы бұйрық алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.

${NB}Мемлекеттік орган
басшысы
А. Тегі

Мемлекеттік орган
басшысының
2026 жылғы 1 қаңтардағы
№ 1 бұйрығымен
бекітілген

Бағалау әдістемесі

${NB}Ескерту. Әдістеме жаңа редакцияда - мемлекеттік орган басшысының 01.02.2026 № 2 бұйрығымен.

1-тарау. Жалпы ережелер

${NB}1. Осы Әдістеменің бірінші тармағының мәтіні.

${NB}2. Осы Әдістеменің екінші тармағының мәтіні:

${NB}1) бірінші тармақшаның мәтіні;

${NB}2) екінші тармақшаның мәтіні.

${NB}Ескерту. 2-тармақ жаңа редакцияда - мемлекеттік орган басшысының 01.02.2026 № 2 бұйрығымен.

2-тарау. Бағалау тәртібі

${NB}3. Үшінші тармақтың мәтіні осы Әдістеменің 1-қосымшасына сәйкес нысан бойынша.

${NB}ЗҚАИ-ның ескертпесі!
${NB}4-тармақ мемлекеттік орган басшысының 01.02.2026 № 2 бұйрығының редакциясында көзделген (01.01.2027 бастап қолданысқа енгізіледі).

${NB}4. Төртінші тармақтың мәтіні осы Әдістеменің 2-қосымшасына сәйкес нысан бойынша.

Бағалау
әдістемесіне
1-қосымша

Нысан

Нысан тақырыбы

Тегі, аты, әкесінің аты\tЛауазымы
\t

Бағалау әдістемесіне 2-қосымша

Нысан

Екінші нысан тақырыбы

Мемлекеттік орган
басшысының
2026 жылғы 1 қаңтардағы
№ 1 бұйрығына
қосымша

Құжаттар тізбесі

${NB}1. Тізбенің бірінші тармағының мәтіні.

${NB}2. Тізбенің екінші тармағының мәтіні.
`;

/** What a reader of the structure sees: the parts and their numbers, not the words. */
function shape(text: string): unknown {
  const { act } = checkDraft(importPublishedAct(text).markdown, { date: '2026-11-22', model: false });
  return {
    title: act.title !== null, marker: act.operativeMarker !== null, legalBasis: act.legalBasis !== null, preamble: act.preamble.length,
    operative: act.operative.map((p) => p.number), signature: act.signature.map((s) => s.text.split('\n').length),
    documents: act.documents.map((d) => ({
      title: d.title !== null, stamp: d.stamp.length, chapters: d.chapters.map((c) => c.number),
      clauses: d.clauses.map((c) => [c.number, c.subClauses.map((x) => x.number), c.paragraphs.length]),
      appendices: d.appendices.map((a) => [a.number, a.stamp.length > 0, a.formLabel !== undefined, a.caption !== undefined, a.tables.length, a.text.length]),
    })),
    comments: act.comments.length,
  };
}

const lines = RU.split('\n');
const lineOf = (needle: string): number => lines.findIndex((l) => l.includes(needle)) + 1;

describe('a Russian act as published imports as a Kazakh one does', () => {
  const { markdown, lineMap } = importPublishedAct(RU);
  const { act, findings } = checkDraft(markdown, { date: '2026-11-22', model: false });
  const doc = act.documents[0];

  it('the order: title, preamble with its legal basis, «ПРИКАЗЫВАЮ:», its points and the signature', () => {
    expect(act.title?.text).toBe('Об утверждении Методики оценки деятельности административных государственных служащих корпуса «Б»');
    expect(act.operativeMarker?.text).toMatch(/ПРИКАЗЫВАЮ/);
    expect(markdown).toContain('**ПРИКАЗЫВАЮ:**');
    expect(act.legalBasis?.text).toMatch(/^В соответствии с пунктом 5 статьи 33/);
    expect(act.operative.map((p) => p.number)).toEqual([1, 2]);
    expect(act.signature.map((s) => s.text.split('\n'))).toEqual([['Руководитель', 'государственного органа', 'А. Фамилия']]);
  });

  it('the methodology: its approval stamp and title, two chapters, four clauses, clause 2 with two sub-clauses', () => {
    expect(act.documents).toHaveLength(2);
    expect(doc?.title?.text).toBe('Методика оценки деятельности административных государственных служащих корпуса «Б»');
    expect(doc?.stamp.map((s) => s.text).join('\n').replace(/\n/g, ' ')).toBe('Утверждена приказом руководителя государственного органа от 1 января 2026 года № 1');
    expect(doc?.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'Общие положения'], [2, 'Порядок оценки']]);
    expect(doc?.clauses.map((c) => c.number)).toEqual([1, 2, 3, 4]);
    expect(doc?.clauses[1]?.subClauses.map((s) => s.number)).toEqual([1, 2]);
  });

  it('appendix 1: its stamp, the form label, its caption and its table; appendix 2 with its stamp printed on one line', () => {
    expect(doc?.appendices.map((a) => a.number)).toEqual([1, 2]);
    const a = doc?.appendices[0];
    expect(a?.stamp.map((s) => s.text).join('\n').replace(/\n/g, ' ')).toMatch(/^Приложение 1 к Методике оценки деятельности административных государственных служащих корпуса «Б»$/);
    expect(a?.formLabel).toBeDefined();
    expect(a?.caption?.text).toBe('Заголовок формы');
    expect(a?.tables).toHaveLength(1);
    const b = doc?.appendices[1];
    expect(b?.stamp.map((s) => s.text)).toEqual(['Приложение 2 к Методике оценки деятельности административных государственных служащих корпуса «Б»']);
    expect(b?.formLabel).toBeDefined();
    expect(b?.caption?.text).toBe('Заголовок второй формы');
  });

  it('the annex to the order («Приложение / к приказу …») is written as the Kazakh one is: its title, then its stamp', () => {
    // As for «… бұйрығына / қосымша» in act 000; the parser reads it as a document of its own, after the methodology.
    expect(markdown).toContain('## Перечень документов\n\n> Приложение\\\n> к приказу руководителя\\\n> государственного органа\\\n> от 1 января 2026 года № 1\n\n1. Текст первого пункта перечня.');
    expect(doc?.appendices[0]?.tables).toHaveLength(1);
    const annex = act.documents[1];
    expect(annex?.title?.text).toBe('Перечень документов');
    expect(annex?.stamp.map((s) => s.text.split('\n')[0])).toEqual(['Приложение']);
    expect(annex?.clauses.length).toBeGreaterThan(0);
    expect(doc?.appendices.flatMap((a) => a.text.map((s) => s.text)).join('\n')).not.toMatch(/Перечень|перечня/u);
  });

  it('adilet notes («Сноска. …», «Примечание ИЗПИ!» with its line) are comments, at their published lines, in no clause', () => {
    expect(act.comments.map((c) => c.text.slice(0, 22))).toEqual([
      'Сноска. Заголовок - в ',
      'Сноска. Методика - в р',
      'Сноска. Пункт 2 - в ре',
      'Примечание ИЗПИ! Пункт',
    ]);
    const clauseText = doc?.clauses.flatMap((c) => [c.text.text, ...c.paragraphs.map((p) => p.text), ...c.subClauses.flatMap((s) => [s.text.text, ...s.paragraphs.map((p) => p.text)])]).join('\n') ?? '';
    expect(clauseText).not.toMatch(/Сноска|ИЗПИ/);
    const commentLines = markdown.split('\n').flatMap((l, k) => (l.startsWith('<!--') ? [lineMap[k]] : []));
    expect(commentLines).toEqual([lineOf('Сноска. Заголовок'), lineOf('Сноска. Методика'), lineOf('Сноска. Пункт 2'), lineOf('Примечание ИЗПИ!')]);
  });

  it('no structure finding: the sample is a well-formed act', () => {
    expect(findings.map((f) => `${f.ruleId} ${f.message.en}`)).toEqual([]);
  });

  it('the status line «Утратил силу» is a note, as «Күшін жойған» is; «решил» inside a sentence is no operative word', () => {
    const md = importPublishedAct('Об утверждении Методики\n\nУтратил силу\n\nКомиссия решил рассмотреть вопрос о порядке оценки.\n').markdown;
    expect(md).toContain('<!-- Утратил силу -->');
    expect(md).not.toContain('**');
  });

  it('the Kazakh twin of the sample gives the same structure, part for part', () => {
    expect(shape(RU)).toEqual(shape(KK));
  });
});
