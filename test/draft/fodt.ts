/**
 * The faithful draft's Markdown as an OpenDocument text (flat .fodt) with LibreOffice's own automatic
 * numbering — «N.» lists for clauses and points, «N)» lists for sub-clauses, heading levels, bold runs,
 * tables — so that LibreOffice itself writes the DOCX with Word list numbering (numbering.xml), as an
 * author's Word file has. Test helper: only the Markdown habits of test/draft/cases/faithful.md.
 */
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescapeMd = (s: string): string => s.replace(/\\([\\`*_[\]<>|~#+\-.!()])/g, '$1');
const inline = (s: string): string =>
  esc(unescapeMd(s)).replace(/\*\*(.+?)\*\*/g, '<text:span text:style-name="B">$1</text:span>');

export function markdownToFodt(md: string): string {
  const blocks = md.split(/\n{2,}/).map((b) => b.replace(/^\n+|\n+$/g, '')).filter((b) => b && !b.startsWith('<!--'));
  const out: string[] = [];
  const dotSeries = { id: '', last: 0 };
  const parenSeries = { id: '', last: 0 };
  let lists = 0;
  for (const b of blocks) {
    const h = /^(#{1,6}) (.*)$/.exec(b);
    if (h) {
      const level = (h[1] as string).length;
      out.push(`<text:h text:style-name="Heading_20_${level}" text:outline-level="${level}">${inline(h[2] as string)}</text:h>`);
      parenSeries.id = '';
      continue;
    }
    const n = /^(\d+)([.)]) ([\s\S]*)$/.exec(b);
    if (n) {
      const num = Number(n[1]);
      const dot = n[2] === '.';
      const series = dot ? dotSeries : parenSeries;
      // A number that follows on continues its series' list (text:continue-list, as LibreOffice writes
      // «continue previous numbering» across other paragraphs); any other number starts a new list there.
      let attrs: string;
      if (series.id && num === series.last + 1) attrs = ` text:continue-list="${series.id}"><text:list-item>`;
      else {
        series.id = `L${++lists}`;
        attrs = ` xml:id="${series.id}"><text:list-item text:start-value="${num}">`;
      }
      series.last = num;
      if (dot) parenSeries.id = '';
      out.push(`<text:list text:style-name="${dot ? 'LDot' : 'LParen'}"${attrs}<text:p>${inline(n[3] as string)}</text:p></text:list-item></text:list>`);
      continue;
    }
    if (b.startsWith('|')) {
      const rows = b.split('\n').filter((l) => !/^\|\s*-/.test(l)).map((l) => l.replace(/^\||\|$/g, '').split(/(?<!\\)\|/).map((c) => c.trim()));
      const width = Math.max(...rows.map((r) => r.length));
      out.push(`<table:table><table:table-column table:number-columns-repeated="${width}"/>${rows.map((r) => `<table:table-row>${Array.from({ length: width }, (_, i) => `<table:table-cell office:value-type="string"><text:p>${inline(r[i] ?? '')}</text:p></table:table-cell>`).join('')}</table:table-row>`).join('')}</table:table>`);
      continue;
    }
    const lines = b.split('\n').map((l) => l.replace(/^> ?/, '').replace(/\\$/, ''));
    out.push(`<text:p>${lines.map(inline).join('<text:line-break/>')}</text:p>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:xml="http://www.w3.org/XML/1998/namespace" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles>
<text:list-style style:name="LDot"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/></text:list-style>
<text:list-style style:name="LParen"><text:list-level-style-number text:level="1" style:num-suffix=")" style:num-format="1"/></text:list-style>
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:body><office:text>
${out.join('\n')}
</office:text></office:body></office:document>
`;
}
