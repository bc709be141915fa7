/**
 * A Markdown draft written again as a methodology author writes it in Word, with the `docx` package (as
 * Word itself stores it): the order's points and the methodology's chapters, clauses and sub-clauses in
 * automatic multilevel lists («N. / N)» and «N-тарау. / N. / N)»), chapter titles in «Heading 1»,
 * stamps as right-aligned paragraphs with lines broken by Shift+Enter (or in a text box), the signature
 * in a borderless table, tables as Word tables. Typed numbers stay only where a reader types them
 * (inside the appendices' forms).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import {
  AlignmentType, Document, HeadingLevel, LevelFormat, Packer, PageBreak, Paragraph, Table, TableBorders, TableCell, TableRow, Textbox, TextRun, WidthType,
} from 'docx';

export interface WordHabits {
  /** `w:lvlRestart` of the clause level: 0 numbers clauses through the whole methodology; undefined leaves Word's default (restart after each chapter). */
  clauseRestart?: number;
  /**
   * Appendix stamps in a text box anchored at the right instead of right-aligned paragraphs: as VML
   * only (what the `docx` package writes), or as Word 2010+ writes it, DrawingML with the same box
   * again in VML for older readers (mc:AlternateContent).
   */
  stampInTextBox?: 'vml' | 'word2010';
  /** The chapter level's text: «%1-тарау.» (Kazakh, the default) or «Глава %1.» (Russian). */
  chapterText?: string;
  /**
   * A table of contents before the first chapter, updated (its entries are the field's result, each
   * with its page): as a bare TOC field (Word 2003, pasted, converted) or inside Word's «Table of
   * Contents» content control.
   */
  toc?: 'field' | 'control';
  /** The paragraphs that begin with these words wrapped in a plain-text content control (a template's fill-in). */
  inControl?: string[];
}

const unescape = (s: string): string => s.replace(/\\(.)/g, '$1');
const runs = (s: string, bold = false): TextRun[] =>
  unescape(s).split('**').flatMap((t, i) => (t ? [new TextRun({ text: t, bold: bold || i % 2 === 1 })] : []));

export async function wordDraft(markdown: string, habits: WordHabits = {}): Promise<Uint8Array> {
  const body: Array<Paragraph | Table> = [];
  let inMethodology = false;
  let appendix: string | null = null;
  let quote: string[] = [];
  let table: string[] = [];
  const indent = { left: 0, firstLine: 709 };
  const flushQuote = (): void => {
    if (quote.length === 0) return;
    const lines = quote.map((q) => unescape(q.replace(/^>\s?/, '').replace(/\\$/, '')));
    quote = [];
    if (!inMethodology) {
      body.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: TableBorders.NONE, rows: [new TableRow({ children: [
        new TableCell({ children: lines.slice(0, -1).map((t) => new Paragraph({ children: [new TextRun({ text: t, bold: true })] })) }),
        new TableCell({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: lines.at(-1) ?? '', bold: true })] })] }),
      ] })] }));
      return;
    }
    if (appendix && !lines.some((t) => /қосымша|Приложение/u.test(t))) {
      if (/Методике/u.test(lines.join(' '))) lines.unshift(`Приложение ${appendix}`);
      else lines.push(`${appendix}-қосымша`);
    }
    if (appendix && habits.stampInTextBox) {
      body.push(new Textbox({ alignment: AlignmentType.RIGHT, style: { width: '200pt', height: 'auto', position: 'absolute', marginLeft: '260pt' },
        children: lines.map((t) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(t)] })) }) as unknown as Paragraph);
      return;
    }
    body.push(new Paragraph({ alignment: AlignmentType.RIGHT, indent: { left: 5000 }, children: lines.map((t, i) => new TextRun({ text: t, break: i ? 1 : 0 })) }));
  };
  const flushTable = (): void => {
    if (table.length === 0) return;
    const rows = table.filter((r) => !/^\|\s*-/.test(r)).map((r) => r.replace(/^\||\|$/g, '').split('|').map((c) => unescape(c.trim())));
    table = [];
    body.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: rows.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph({ children: [new TextRun(c)] })] })) })) }));
  };
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('>')) flushQuote();
    if (!line.startsWith('|')) flushTable();
    if (line.startsWith('>')) quote.push(line);
    else if (line.startsWith('|')) table.push(line);
    else if (!line.trim()) continue;
    else {
      let m: RegExpExecArray | null;
      if ((m = /^# (.*)/.exec(line))) body.push(new Paragraph({ alignment: AlignmentType.CENTER, children: runs(m[1] as string, true) }));
      else if ((m = /^## (.*)/.exec(line))) {
        inMethodology = true;
        body.push(new Paragraph({ children: [new PageBreak()] }), new Paragraph({ alignment: AlignmentType.CENTER, children: runs(m[1] as string, true) }));
      } else if ((m = /^### (?:\d+-тарау|Глава \d+)\. (.*)/.exec(line))) {
        body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, numbering: { reference: 'methodology', level: 0 }, children: runs(m[1] as string) }));
      } else if ((m = /^### (?:(\d+)-қосымша|Приложение (\d+))/.exec(line))) {
        appendix = (m[1] ?? m[2]) as string;
        body.push(new Paragraph({ children: [new PageBreak()] }));
      } else if ((m = /^#### (.*)/.exec(line))) body.push(new Paragraph({ alignment: AlignmentType.CENTER, children: runs(m[1] as string, true) }));
      else if (!appendix && (m = /^\d+([.)]) (.*)/.exec(line))) {
        const level = (inMethodology ? 1 : 0) + (m[1] === ')' ? 1 : 0);
        body.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, numbering: { reference: inMethodology ? 'methodology' : 'order', level }, children: runs(m[2] as string) }));
      } else body.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent, children: runs(line) }));
    }
  }
  flushQuote();
  flushTable();
  const level = (i: number, text: string) => ({ level: i, format: LevelFormat.DECIMAL, text, alignment: AlignmentType.LEFT, style: { paragraph: { indent } } });
  const doc = new Document({
    numbering: { config: [
      { reference: 'order', levels: [level(0, '%1.'), level(1, '%2)')] },
      { reference: 'methodology', levels: [{ ...level(0, habits.chapterText ?? '%1-тарау.'), alignment: AlignmentType.CENTER }, level(1, '%2.'), level(2, '%3)')] },
    ] },
    sections: [{ children: body }],
  });
  const bytes = new Uint8Array(await Packer.toBuffer(doc));
  if (habits.clauseRestart === undefined && habits.stampInTextBox !== 'word2010' && !habits.toc && !habits.inControl) return bytes;
  const files = unzipSync(bytes);
  if (habits.toc || habits.inControl) {
    let xml = strFromU8(files['word/document.xml'] as Uint8Array);
    if (habits.toc) {
      const entries = [...markdown.matchAll(/^### (.*)$/gmu)].map((m) => unescape(m[1] as string));
      const last = entries.length - 1;
      const toc = entries.map((t, i) => `<w:p><w:pPr><w:pStyle w:val="TOC1"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9345"/></w:tabs></w:pPr>${i === 0 ? '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' : ''}<w:hyperlink w:anchor="_Toc${i}" w:history="1"><w:r><w:t xml:space="preserve">${t}</w:t></w:r><w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF _Toc${i} \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${i + 2}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>${i === last ? '<w:r><w:fldChar w:fldCharType="end"/></w:r>' : ''}</w:p>`).join('');
      const at = xml.indexOf('<w:p><w:pPr><w:pStyle w:val="Heading1"/>');
      if (at < 0) throw new Error('no chapter to put the table of contents before');
      const block = habits.toc === 'control' ? `<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>${toc}</w:sdtContent></w:sdt>` : toc;
      xml = xml.slice(0, at) + block + xml.slice(at);
    }
    for (const words of habits.inControl ?? []) {
      const at = xml.indexOf(`<w:t xml:space="preserve">${words}`);
      const start = xml.lastIndexOf('<w:p>', at);
      const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
      if (at < 0 || start < 0) throw new Error(`no paragraph begins with ${words}`);
      xml = `${xml.slice(0, start)}<w:sdt><w:sdtPr><w:alias w:val="Толтырыңыз"/><w:text/></w:sdtPr><w:sdtContent>${xml.slice(start, end)}</w:sdtContent></w:sdt>${xml.slice(end)}`;
    }
    files['word/document.xml'] = strToU8(xml);
  }
  if (habits.stampInTextBox === 'word2010') {
    const xml = strFromU8(files['word/document.xml'] as Uint8Array);
    const both = xml.replace(/<w:pict>[\s\S]*?<\/w:pict>/g, (pict) => {
      const content = /<w:txbxContent>[\s\S]*<\/w:txbxContent>/.exec(pict)?.[0] ?? '';
      return `<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>3300000</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="2540000" cy="900000"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="1" name="Stamp"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr/><wps:txbx>${content}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback>${pict}</mc:Fallback></mc:AlternateContent>`;
    });
    if (both === xml) throw new Error('no text box to write as Word 2010 does');
    files['word/document.xml'] = strToU8(both);
  }
  if (habits.clauseRestart === undefined) return zipSync(files);
  // The `docx` package writes no w:lvlRestart; Word writes it after w:start when «restart list after» is changed.
  const numbering = strFromU8(files['word/numbering.xml'] as Uint8Array);
  const withRestart = numbering.replace(/(<w:lvl w:ilvl="1"[^>]*>\s*<w:start w:val="1"\/>)/g, `$1<w:lvlRestart w:val="${habits.clauseRestart}"/>`);
  if (withRestart === numbering) throw new Error('no clause level to set w:lvlRestart on');
  files['word/numbering.xml'] = strToU8(withRestart);
  return zipSync(files);
}
