/**
 * Renders keep their bytes. The hashes below are those of documents written before pdf-lib and fontkit were
 * replaced by the own PDF file writer (src/render/pdf/objects.ts) and TrueType subsetter (truetype.ts), 05.12.2026:
 * blank forms of four methodologies (one with an outline of two levels, landscape parts, many pages) and a document
 * with letters outside the shared standard subset (a per-document subset, italic and bold faces), each as PDF and
 * DOCX. A change that moves a byte fails here; a deliberate one updates the hash and says why in its commit, after
 * the pages were looked at (pdftoppm).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultTemplatesDir, loadFonts, loadTemplateSet } from '../../src/cli/render.js';
import { fillDocument } from '../../src/render/documents.js';
import { renderMarkdown } from '../../src/render/index.js';

const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');
const titleOf = (md: string, fallback: string): string => /^title:\s*(.+)$/m.exec(md)?.[1]?.trim() ?? fallback;

const BLANKS: { methodology: string; form: string; pdf: string; docx: string }[] = [
  { methodology: 'mic-2018', form: 'workPlan', pdf: 'a496d81eab3260fe67e26e8d937cf0e9a1b5428595175d3c989ce1b5a9dd1f3c', docx: 'ef6b5ee7954f5703229d0008d23ea4fd989db59542f16818d566199eed9fc6b3' },
  { methodology: 'sjc-apparatus', form: 'rankingSheet', pdf: '7dcfea1ecca8c2cac973ecee3bd465582c32bd7688cdb781bf2bb230e339b3f7', docx: '4b9ee154f1edb6fff8d4f4037f7a6114ee668aea33f794bbb79c8168a7afa240' },
  { methodology: 'asa-a-corps', form: 'evaluationSheet', pdf: 'c134e876533c49e755f0d86a931621c80aab62b2284fd381405088e7a94b77fe', docx: '807f5e19482af21ed7126dcaad808e0c30af95e51f35733401069efb744d4aab' },
  { methodology: 'almaty-maslikhat-2018', form: 'protocol', pdf: '7d7d470456ea24f23c607b24e9ecefd173bfc0d84eafc67c2a101c7f5a9f2e35', docx: 'bcdb894bc1c2c84b84901d4c78564edaa00d00c39f41a28441a25dfae6ac0678' },
];

/** Letters the standard subset lacks (Ł, Ø, Æ, Ğ …) in three faces, a table, two outline levels. */
const OTHER_LETTERS = `---
title: Сынақ
---

# Бірінші бөлім

Жазу *курсив* және **қалың** және ***екеуі де***: Łódź, Øresund, Müller, café — № 5.

| № | Атауы | Мәні |
|---|---|---|
| 1 | Ærø | 2,5 |
| 2 | Ğüç | 3 |

## Екінші бөлім

Соңғы жол.
`;

describe('renders keep their bytes', () => {
  const fonts = loadFonts();
  const templates = defaultTemplatesDir();
  for (const b of BLANKS) {
    it(`${b.methodology} ${b.form}, blank: PDF and DOCX as before`, async () => {
      const ts = loadTemplateSet(templates, b.methodology);
      const entry = ts.set.forms[b.form];
      expect(entry).toBeDefined();
      const src = readFileSync(join(ts.dir, entry!.file), 'utf8');
      const md = fillDocument(entry!.file, src, { methodology: { id: ts.set.methodology, title: ts.set.title } });
      const meta = { title: titleOf(src, b.form), date: ts.set.date, language: 'kk-KZ' };
      expect(sha(await renderMarkdown(md, { format: 'pdf', meta, fonts }))).toBe(b.pdf);
      expect(sha(await renderMarkdown(md, { format: 'docx', meta, fonts }))).toBe(b.docx);
    });
  }

  it('a document with letters outside the standard subset (its own font subset), as before', async () => {
    const meta = { title: 'Сынақ é', date: '2026-01-02', language: 'kk-KZ' };
    expect(sha(await renderMarkdown(OTHER_LETTERS, { format: 'pdf', meta, fonts }))).toBe('f7d9210c7edc85679d5bca52127d8c3a77e69cc4b404b8c910536c64c8fc7e0a');
    expect(sha(await renderMarkdown(OTHER_LETTERS, { format: 'docx', meta, fonts }))).toBe('64c0dd693a1140338c094def7da8b34591dfb7079a0cb335db6dcc050db51753');
    // the hash sees a change of one letter
    expect(sha(await renderMarkdown(OTHER_LETTERS.replace('Łódź', 'Lodz'), { format: 'pdf', meta, fonts }))).not.toBe('f7d9210c7edc85679d5bca52127d8c3a77e69cc4b404b8c910536c64c8fc7e0a');
  });
});

describe('the PDF file writer refuses what it cannot write faithfully', () => {
  it('an object number allocated and never written, a literal or name that would need escaping, a number in exponent form', async () => {
    const { PdfDict, PdfFile, PdfLiteral, PdfName, pdfNumber } = await import('../../src/render/pdf/objects.js');
    const ok = new PdfFile();
    const root = ok.register(new PdfDict({ Type: new PdfName('Catalog') }));
    expect(new TextDecoder().decode(ok.save({ root }))).toContain('1 0 obj\n<<\n/Type /Catalog\n>>\nendobj');
    const gap = new PdfFile();
    gap.ref();
    const r = gap.register(new PdfDict());
    expect(() => gap.save({ root: r })).toThrow(/allocated but never written/);
    expect(() => new PdfLiteral('a (b)')).toThrow(/escaping/);
    expect(() => new PdfName('a b')).toThrow(/escaping/);
    expect(pdfNumber(1e-7)).toBe('0.0000001');
    expect(pdfNumber(595.2755905511812)).toBe('595.2755905511812');
    expect(() => pdfNumber(Number.NaN)).toThrow(/finite/);
  });
});
