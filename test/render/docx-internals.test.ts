/**
 * The DOCX backend reads one private part of the docx library (src/render/docx-internals.ts: `Packer`'s compiler).
 * It is pinned: package.json names the exact version that module was read from, and the installed library must be
 * that version — an upgrade fails here until someone has looked at the internals again and moved the pin.
 */
import { readFileSync } from 'node:fs';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { compileParts, DOCX_VERSION } from '../../src/render/docx-internals.js';

describe('docx internals, pinned', () => {
  it('package.json pins docx to the version docx-internals.ts reads, and that version is installed', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    expect(pkg.dependencies['docx']).toBe(DOCX_VERSION);
    const installed = (JSON.parse(readFileSync('node_modules/docx/package.json', 'utf8')) as { version: string }).version;
    expect(installed).toBe(DOCX_VERSION);
  });

  it('the compiler is there and gives the parts the library zips', async () => {
    const doc = (): Document => new Document({ creator: 'bagalau', sections: [{ children: [new Paragraph({ children: [new TextRun('Сынақ')] })] }] });
    const parts = compileParts(doc());
    expect(parts).toBeDefined();
    const body = parts?.get('word/document.xml');
    expect(typeof body).toBe('string');
    expect(body as string).toContain('Сынақ');
    // the same document through the public API carries the same document.xml
    const { unzipSync, strFromU8 } = await import('fflate');
    const zipped = unzipSync(new Uint8Array(await Packer.toBuffer(doc())));
    expect(strFromU8(zipped['word/document.xml'] as Uint8Array)).toBe(body);
  });
});
