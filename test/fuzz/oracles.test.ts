/** The fuzz campaign's document oracles catch what they are for, and pass what is fine. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxProblem, pdfProblem } from '../../fuzz/oracles.js';
import { failureOf, killAfterMs } from '../../fuzz/main.js';
import { renderMarkdown } from '../../src/render/index.js';
import { tempDir } from '../temp.js';

const docx = (xml: string) => zipSync({ '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'), 'word/document.xml': strToU8(xml) });

describe('fuzz oracles', () => {
  it('a DOCX the renderer wrote is well-formed; U+FFFE, a NUL, a broken tag or a missing body are not', async () => {
    expect(docxProblem(await renderMarkdown('# Тест\n\nСөз | және *мәтін*', { format: 'docx', meta: { title: 't', date: '2026-11-22', language: 'kk-KZ' } }))).toBeNull();
    expect(docxProblem(docx('<w:document xmlns:w="x"><w:t>ok</w:t></w:document>'))).toBeNull();
    expect(docxProblem(docx('<w:document xmlns:w="x"><w:t>A\ufffeB</w:t></w:document>'))).toMatch(/U\+FFFE/);
    expect(docxProblem(docx('<w:document xmlns:w="x"><w:t>A\u0000B</w:t></w:document>'))).toMatch(/U\+0000/);
    expect(docxProblem(docx('<w:document xmlns:w="x"><w:t>open</w:document>'))).not.toBeNull();
    // an element in a namespace prefix nobody declared is not well-formed in a namespace-aware reader (Word)
    expect(docxProblem(docx('<w:document xmlns:w="x"><v:t>x</v:t></w:document>'))).toMatch(/prefix|v:t/i);
    expect(docxProblem(docx('<w:document xmlns:w="x"><w:t a="1" a="2">x</w:t></w:document>'))).not.toBeNull();
    expect(docxProblem(zipSync({ 'a.xml': strToU8('<a/>') }))).toMatch(/no word\/document.xml/);
    expect(docxProblem(new Uint8Array([1, 2, 3]))).toMatch(/not a zip/);
  });

  it('a PDF the renderer wrote passes qpdf --check; a truncated one does not', async () => {
    const { loadFonts } = await import('../../src/cli/render.js');
    const pdf = await renderMarkdown('# Тест\n\nСөз', { format: 'pdf', fonts: loadFonts(), meta: { title: 't', date: '2026-11-22', language: 'kk-KZ' } });
    const dir = tempDir('bagalau-oracle-');
    writeFileSync(join(dir, 'ok.pdf'), pdf);
    writeFileSync(join(dir, 'cut.pdf'), pdf.slice(0, Math.floor(pdf.length / 2)));
    expect(pdfProblem(join(dir, 'ok.pdf'))).toBeNull();
    expect(pdfProblem(join(dir, 'cut.pdf'))).toMatch(/qpdf --check/);
  });

  it('a completed run over the CPU limit is a hang for an input under 1 MB, not for a larger one', () => {
    const ran = (cpuMs: number) => ({ id: 1, ok: true, cpuMs, docx: 0, pdf: 0, lo: 0 });
    expect(failureOf(ran(2500), 10_000, 2000)).toBe('hang');
    expect(failureOf(ran(1500), 10_000, 2000)).toBeNull();
    expect(failureOf(ran(2500), 2_000_000, 2000)).toBeNull();
    expect(failureOf({ id: 1, ok: false, problem: 'crash', detail: 'x', cpuMs: 0, docx: 0, pdf: 0, lo: 0 }, 10, 2000)).toBe('crash');
  });

  it('a child is killed at 2.5× the limit under 1 MB, and at that budget per started megabyte above', () => {
    expect(killAfterMs(2000, 10_000)).toBe(5000);
    expect(killAfterMs(2000, 999_999)).toBe(5000);
    expect(killAfterMs(2000, 1_000_001)).toBe(10_000);
    expect(killAfterMs(2000, 2_168_262)).toBe(15_000);
  });
});
