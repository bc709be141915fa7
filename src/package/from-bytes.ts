/**
 * Bytes already in hand (an upload, an HTTP body, a file read by the caller) → the SourceDoc a package
 * file gives: encoding, parsing, places. Pure (no file access), so the page of `bagalau serve` checks a
 * package in the browser with the same code as the CLI (src/serve/page-engine.ts).
 */
import type { SourceDoc } from './source-doc.js';
import { decode } from './decode.js';
import { kindOf, readText } from './parse.js';
import { placesOf } from './source-map.js';
import { officeFileFinding } from './office-file.js';

export function docFromBytes(file: string, bytes: Uint8Array): SourceDoc {
  const office = officeFileFinding(bytes);
  if (office) return { file, findings: [office] };
  const dec = decode(bytes);
  const kind = kindOf(file, dec.text);
  const read = readText(dec.text, kind);
  const parsed = read.parsed;
  const doc: SourceDoc = { file, findings: [...dec.findings, ...parsed.findings], placeOf: placesOf(dec.text, kind, read) };
  if (parsed.data !== undefined) doc.data = parsed.data;
  return doc;
}
