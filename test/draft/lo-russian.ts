/**
 * A Russian methodology as a lawyer of an oblast akimat writes it in LibreOffice Writer, as an OpenDocument text
 * (flat .fodt) for `soffice --convert-to docx` to write as Word: chapter headings in «Heading 1» numbered by
 * LibreOffice's chapter numbering («Глава 1.», Tools → Chapter Numbering, prefix «Глава »), clauses in one
 * multilevel list («1.», «1.1.», «1)») continued across the headings, the operative points in a list of their own,
 * the grade scale as a table inside clause 8 and the clause going on after it, a footnote, a page number in the
 * footer, a soft line break (Shift+Enter) inside clause 5, no-break spaces («пунктом 5», «20 числа»), «ёлочки» and
 * "straight" quotes, appendix stamps as right-aligned paragraphs, the forms as tables. Test helper.
 */
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const NB = '\u00a0';

/** `^` is a soft line break, `[[fn:…]]` a footnote. */
const inline = (s: string): string => esc(s)
  .replace(/\^/g, '<text:line-break/>')
  .replace(/\[\[fn:(.+?)\]\]/g, (_m, t: string) => `<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p text:style-name="Footnote">${t}</text:p></text:note-body></text:note>`);
const p = (s: string, style = 'Body'): string => `<text:p text:style-name="${style}">${inline(s)}</text:p>`;
const heading = (s: string): string => `<text:h text:style-name="Heading_20_1" text:outline-level="1">${inline(s)}</text:h>`;

/** A clause's list entries: level 1 «N.», 2 «N.M.», 3 «N)»; `more` an unnumbered entry of the list (Backspace at a numbered paragraph's start). */
type Entry = [1 | 2 | 3, string] | ['more', string];
let first = true;
function clauses(entries: Entry[]): string {
  let out = `<text:list ${first ? 'xml:id="LC"' : 'text:continue-list="LC"'} text:style-name="LClause">`;
  first = false;
  let depth = 1;
  let open = false;
  for (const [level, text] of entries) {
    if (level === 'more') {
      // as LibreOffice writes an unnumbered entry amid a list: the list ends, a list of the same numbering holds
      // the entry as its header, and the list goes on after it
      out += `</text:list-item></text:list><text:list text:continue-list="LC" text:style-name="LClause"><text:list-header>${p(text)}</text:list-header></text:list><text:list text:continue-list="LC" text:style-name="LClause">`;
      open = false;
      continue;
    }
    while (depth > level) {
      out += '</text:list-item></text:list>';
      depth--;
    }
    if (depth === level) {
      if (open) out += '</text:list-item>';
    } else {
      while (depth < level) {
        out += '<text:list>';
        depth++;
        if (depth < level) out += '<text:list-item>';
      }
    }
    out += `<text:list-item>${p(text)}`;
    open = true;
  }
  while (depth > 1) {
    out += '</text:list-item></text:list>';
    depth--;
  }
  return `${out}</text:list-item></text:list>`;
}
const table = (rows: string[][]): string =>
  `<table:table><table:table-column table:number-columns-repeated="${rows[0]?.length ?? 1}"/>${rows.map((r) => `<table:table-row>${r.map((c) => `<table:table-cell office:value-type="string">${p(c, 'Standard')}</table:table-cell>`).join('')}</table:table-row>`).join('')}</table:table>`;

export interface RussianAuthorEdits {
  /** Clause 11's five working days written as ten. */
  tenDays?: boolean;
  /** References to a clause, a sub-clause and an appendix that do not exist (clauses 19 and 24). */
  danglingReferences?: boolean;
  /** Clause 21's sentence broken with Enter before «десяти рабочих дней», the second half an unnumbered entry of the list. */
  splitClause21?: boolean;
  /** Clause 7 refers to clause 6's part by its number («с учётом пункта 6.1»). */
  partReference?: string;
  /** Clause 7 refers to clause 6's part in these words («с учётом подпункта 6.1) настоящей Методики», «части четвертой пункта 6»). */
  referenceWords?: string;
  /** Clause 6's parts numbered as sub-points «6.1)», «6.2)» (the list's second level ends with «)»). */
  subPoints?: boolean;
  /** The signature «Аким области» | «Д. Абаев» laid out in a two-cell table with no borders, the name in the right cell, right-aligned. */
  signatureTable?: boolean;
}

export function russianAuthorFodt(edits: RussianAuthorEdits = {}): string {
  first = true;
  const body = [
    p('Об утверждении Методики оценки деятельности административных государственных служащих корпуса «Б» аппарата акима области', 'Title'),
    p(`В${NB}соответствии с пунктом${NB}5 статьи${NB}33 Закона Республики Казахстан "О государственной службе Республики Казахстан" ПРИКАЗЫВАЮ:`),
    `<text:list text:style-name="LPoint"><text:list-item>${p('Утвердить прилагаемую Методику оценки деятельности административных государственных служащих корпуса «Б» аппарата акима области.')}</text:list-item><text:list-item>${p('Настоящий приказ вводится в действие со дня его подписания.')}</text:list-item></text:list>`,
    edits.signatureTable
      ? `<table:table table:style-name="NoBorder"><table:table-column table:number-columns-repeated="2"/><table:table-row><table:table-cell table:style-name="NoBorderCell" office:value-type="string">${p('Аким области', 'Sign')}</table:table-cell><table:table-cell table:style-name="NoBorderCell" office:value-type="string">${p('Д. Абаев', 'SignRight')}</table:table-cell></table:table-row></table:table>`
      : p('Аким области', 'Sign'),
    p('Методика оценки деятельности административных государственных служащих корпуса «Б» аппарата акима области', 'Title'),
    heading('Общие положения'),
    clauses([
      [1, `Настоящая Методика оценки деятельности административных государственных служащих корпуса «Б» (далее${NB}– Методика) разработана в соответствии с пунктом${NB}5 статьи${NB}33 Закона Республики Казахстан «О государственной службе Республики Казахстан»[[fn:Ведомости Парламента Республики Казахстан, 2015 г., №${NB}22-I.]] и определяет порядок оценки.`],
      [1, 'Методика утверждается первым руководителем государственного органа на основе Типовой методики с учетом специфики деятельности государственного органа.'],
      [1, 'Основные понятия, используемые в настоящей Методике:'],
      [3, 'непосредственный руководитель – лицо, вышестоящее по государственной должности;'],
      [3, 'оцениваемый период – квартал, за который оцениваются результаты работы государственного служащего.'],
      [1, 'Оценка деятельности проводится посредством интегрированной информационной системы "Е-қызмет" (далее – информационная система).'],
      [1, `Оценка проводится по итогам квартала не позднее 20${NB}числа месяца, следующего за отчетным кварталом.^Итоговая оценка формируется в информационной системе не позднее 30${NB}января года, следующего за отчетным.`],
      [1, 'Оценка не проводится, если срок пребывания служащего на оцениваемой должности в оцениваемом периоде составляет менее одного месяца.'],
      [2, 'При этом оцениваемый период должен включать не менее пятнадцати рабочих дней фактически отработанного времени.'],
      [2, 'Оценка служащих, находящихся в отпуске, проводится после их выхода.'],
      [1, `Оценка служащих, уволенных до истечения срока оценки, проводится без их участия в сроки, указанные в пункте 5 настоящей Методики${edits.partReference ? `, с учётом пункта ${edits.partReference} настоящей Методики` : ''}${edits.referenceWords ? `, с учётом ${edits.referenceWords} настоящей Методики` : ''}.`],
      [1, 'Результаты оценки выставляются по следующей градации:'],
    ]),
    table([['Результат', 'от', 'до'], ['эффективно', '4', '5'], ['надлежаще', '3', '3,99'], ['удовлетворительно', '2', '2,99'], ['неудовлетворительно', '0', '1,99']]),
    p('Результату «эффективно» соответствует диапазон оценок от 4 до 5 баллов, «надлежаще» – от 3 до 3,99 балла, «удовлетворительно» – от 2 до 2,99 балла, «неудовлетворительно» – от 0 до 1,99 балла.'),
    clauses([
      [1, 'Организационное сопровождение оценки обеспечивает служба управления персоналом.'],
      [1, 'Оцениваемый служащий получает результаты оценки в информационной системе.'],
      [1, `В случае несогласия с результатами оценки служащий в течение ${edits.tenDays ? `10${NB}(десяти)` : `5${NB}(пяти)`} рабочих дней со дня ознакомления с результатами обращается с заявлением о проведении калибровочной сессии.`],
      [1, 'Государственный служащий вправе обжаловать решение калибровочной сессии в порядке, установленном Административным процедурно-процессуальным кодексом Республики Казахстан.'],
      [1, 'Документы, связанные с оценкой, хранятся в службе управления персоналом и в информационной системе в течение трех лет со дня завершения оценки.'],
      [1, 'Результаты оценки являются конфиденциальной информацией.'],
      [1, 'Разногласия рассматриваются службой управления персоналом.'],
      [1, 'Руководитель службы управления персоналом отвечает за организацию процесса оценки.'],
    ]),
    heading('Порядок оценки'),
    clauses([
      [1, 'Оценка руководителей проводится непосредственным руководителем по форме согласно приложению 1 к настоящей Методике, остальных – руководителем структурного подразделения по форме согласно приложению 2 к настоящей Методике.'],
      [1, 'Оценочный лист направляется оценивающему лицу службой управления персоналом.'],
    ]),
    p('Оценивающим лицом выставляется оценка от 0 до 5 баллов.'),
    heading('Порядок проведения калибровочных сессий'),
    clauses([
      [1, `Калибровочные сессии проводятся в порядке, предусмотренном пунктом ${edits.danglingReferences ? '25' : '11'} настоящей Методики.`],
      [1, 'Должностное лицо, имеющее право назначения, в течение трех рабочих дней со дня поступления заявления принимает решение о проведении калибровочной сессии и утверждает ее состав.'],
      ...(edits.splitClause21
        ? [[1, 'Калибровочная сессия проводится в течение'], ['more', 'десяти рабочих дней со дня поступления заявления служащего.']] as Entry[]
        : [[1, 'Калибровочная сессия проводится в течение десяти рабочих дней со дня поступления заявления служащего.']] as Entry[]),
      [1, 'Служба управления персоналом организует деятельность калибровочной сессии.'],
      [1, 'Итоговая оценка принимается большинством голосов и оформляется протоколом. Служба управления персоналом в течение трех рабочих дней со дня подписания протокола обеспечивает его размещение в информационной системе.'],
      [1, `По результатам калибровочной сессии оценивающее лицо проводит встречу обратной связи с оцениваемым${edits.danglingReferences ? ' в случаях, указанных в подпункте 3) пункта 3 и приложении 3 к настоящей Методике' : ''}.`],
    ]),
    ...[1, 2].flatMap((n) => [
      p(`Приложение ${n}^к Методике оценки деятельности административных государственных служащих корпуса «Б»`, 'Right'),
      p('Форма', 'Right'),
      p(n === 1 ? 'Оценочный лист руководителя' : 'Оценочный лист', 'Title'),
      table([['№', 'Показатель', 'Оценка'], ['1', 'Качество работы', ''], ['2', 'Исполнительская дисциплина', '']]),
    ]),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:xml="http://www.w3.org/XML/1998/namespace" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1.25cm"/></style:style>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Right" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="Sign" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="SignRight" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Footnote" style:family="paragraph"/>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
<text:outline-style style:name="Outline"><text:outline-level-style text:level="1" style:num-prefix="Глава " style:num-suffix=". " style:num-format="1"/></text:outline-style>
<text:list-style style:name="LClause">
<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/>
<text:list-level-style-number text:level="2" style:num-suffix="${edits.subPoints ? ')' : '.'}" style:num-format="1" text:display-levels="2"/>
<text:list-level-style-number text:level="3" style:num-suffix=")" style:num-format="1"/>
</text:list-style>
<text:list-style style:name="LPoint"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/></text:list-style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="pm1"/><style:style style:name="NoBorder" style:family="table"><style:table-properties style:width="16cm" table:align="margins"/></style:style><style:style style:name="NoBorderCell" style:family="table-cell"><style:table-cell-properties fo:border="none" fo:padding="0.1cm"/></style:style></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer><text:p text:style-name="Right"><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:text>
${body.join('\n')}
</office:text></office:body></office:document>
`;
}
