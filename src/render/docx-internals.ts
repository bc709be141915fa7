/**
 * The one place the DOCX backend reaches into the `docx` library's internals: `Packer`'s private `compiler`, which
 * turns a Document into its package parts (path → XML text or bytes) without zipping them. The backend zips the
 * parts itself with fixed entry times (docx's own zip stamps the clock) and reuses one compiled package shell per
 * page setup (docx.ts). What is read here is not public API, so the library is pinned to the version it was read
 * from (package.json: no range), and test/render/docx-internals.test.ts fails when the installed version differs —
 * an upgrade must look at this file again. Without the compiler (a future docx), the caller falls back to
 * `Packer.toBuffer` and pins the zip's times afterwards.
 */
import { Packer } from 'docx';
import type { Document } from 'docx';

/** The docx version whose internals this module reads. */
export const DOCX_VERSION = '9.15.2';

export type Parts = Map<string, string | Uint8Array>;
export interface PartOverride { path: string; data: string }

interface Compiler { compile(doc: Document, prettify: undefined, overrides: PartOverride[]): Parts }

const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;

/** The package parts of a document (not prettified, as `Packer` passes it), or undefined when this docx has no compiler. */
export function compileParts(doc: Document, overrides: PartOverride[] = []): Parts | undefined {
  return compiler?.compile(doc, undefined, overrides);
}
