/** The document oracles of the fuzz campaign: is a DOCX well-formed XML throughout, does a PDF pass qpdf. */
import { spawnSync } from 'node:child_process';
import { unzipSync, strFromU8 } from 'fflate';
import { SaxesParser } from 'saxes';

/** What XML 1.0 allows (Char production): no C0 controls but TAB/LF/CR, no surrogates, no U+FFFE/U+FFFF. */
const XML_CHARS = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;
/** null if every XML part of the DOCX is well-formed and holds only XML characters */
export function docxProblem(bytes: Uint8Array): string | null {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (e) {
    return `not a zip: ${(e as Error).message}`;
  }
  if (!files['word/document.xml']) return 'no word/document.xml';
  for (const [name, b] of Object.entries(files)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const text = strFromU8(b);
    const bad = XML_CHARS.exec(text);
    if (bad) return `${name}: character U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML`;
    // saxes: a conformant, streaming well-formedness check (namespaces included), ~10× faster than building
    // an xmldom tree — a 3.8 MB document.xml took xmldom 2.5 s, which the campaign had counted as the engine's
    let err: string | null = null;
    const parser = new SaxesParser({ xmlns: true });
    parser.on('error', (e: Error) => {
      err ??= e.message;
    });
    try {
      parser.write(text).close();
    } catch (e) {
      err ??= (e as Error).message;
    }
    if (err) return `${name}: ${String(err).slice(0, 200)}`;
  }
  return null;
}

export function pdfProblem(path: string): string | null {
  const r = spawnSync('qpdf', ['--check', path], { encoding: 'utf8' });
  if (r.error) return null; // qpdf not installed: not judged here
  // exit 0: fine; 3: warnings only (qpdf's own code for "succeeded with warnings")
  if (r.status === 0) return null;
  return `qpdf --check exit ${r.status}: ${(r.stdout + r.stderr).trim().split('\n').slice(-2).join(' ').slice(0, 200)}`;
}

