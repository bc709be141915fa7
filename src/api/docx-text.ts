/**
 * The paragraphs of a DOCX as plain text, one per line: a draft order written in Word is read
 * by the draft checker through the same importer as a published act. Pure: bytes in, text out.
 * fflate unzips; the WordprocessingML is read for its paragraphs and runs only (w:p, w:t, w:tab,
 * w:br), which is all the checker uses.
 */
import { strFromU8, unzipSync } from 'fflate';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : (ENTITIES[e] ?? m),
  );

export class DocxReadError extends Error {
  override name = 'DocxReadError';
}

export function docxText(bytes: Uint8Array): string {
  let xml: string;
  try {
    const files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' });
    const doc = files['word/document.xml'];
    if (!doc) throw new DocxReadError('word/document.xml missing');
    xml = strFromU8(doc);
  } catch (e) {
    if (e instanceof DocxReadError) throw e;
    throw new DocxReadError(`not a DOCX file (${(e as Error).message})`);
  }
  const paras: string[] = [];
  for (const p of xml.match(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g) ?? []) {
    let text = '';
    for (const m of p.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:tab\/>|<w:br\/>/g)) {
      text += m[1] !== undefined ? unescape(m[1]) : m[0] === '<w:tab/>' ? '\t' : '\n';
    }
    paras.push(text);
  }
  return paras.join('\n\n') + '\n';
}
