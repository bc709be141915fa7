/**
 * Issue 15, class 2 for Word files: a small zip must not become a draft thousands of times its size.
 * A 51 KB DOCX whose document.xml unpacked to 8 MB had taken `draft check` 9.5 s of CPU and 660 MB
 * (found while fuzzing the oracles). The reader refuses a part beyond MAX_PART_BYTES before inflating it
 * and text beyond MAX_TEXT_CHARS as it reads, each with a message in the three languages; a draft just
 * under the text bound is still read.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DocxError, docxToMarkdown, MAX_PART_BYTES, MAX_TEXT_CHARS, MAX_XML_DEPTH } from '../../src/draft/docx.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const para = (text: string): string => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const docx = (body: string): Uint8Array =>
  zipSync({ 'word/document.xml': strToU8(`<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`) }, { level: 1 });
const refusal = (bytes: Uint8Array): DocxError => {
  try {
    docxToMarkdown(bytes);
  } catch (e) {
    if (e instanceof DocxError) return e;
    throw e;
  }
  throw new Error('read without a refusal');
};
const cpuMs = (f: () => unknown): number => {
  const c0 = process.cpuUsage();
  try {
    f();
  } catch {
    // measured either way
  }
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};

describe('a Word file is bounded before and while it is read', () => {
  const line = 'Бағалау нәтижелері туралы мәтін жолы.';
  it('text beyond the bound is refused as it is read (before the tree is built), in kk, ru and en', () => {
    const n = Math.ceil(MAX_TEXT_CHARS / line.length) + 10;
    const bomb = docx(para(line).repeat(n));
    expect(bomb.length).toBeLessThan(200_000); // a small file …
    const e = refusal(bomb); // … that would have been a 1 M-character draft
    expect(e.text.kk).toMatch(/1 000 000 таңбадан көп/);
    expect(e.text.ru).toMatch(/больше 1 000 000 символов/);
    expect(e.text.en).toMatch(/more than 1 000 000 characters/);
    // refused within the time of reading, not after checking a huge draft (1.3 s quiet, loaded margin)
    expect(cpuMs(() => docxToMarkdown(bomb))).toBeLessThan(5_000);
  });
  it('text under the bound is read whole', () => {
    const n = Math.floor(MAX_TEXT_CHARS / line.length / 4);
    const d = docxToMarkdown(docx(para(line).repeat(n)));
    expect(d.paragraphText.length - 1).toBe(n);
  });
  it('a part that unpacks beyond MAX_PART_BYTES is refused before it is inflated', () => {
    const big = docx(`<w:p/>`.repeat(Math.ceil(MAX_PART_BYTES / 6) + 1));
    const e = refusal(big);
    expect(e.text.en).toMatch(/word\/document\.xml unpacks to 16 MB \(limit 16 MB\)/);
    expect(e.text.kk).toMatch(/шегі 16 МБ/);
    expect(cpuMs(() => docxToMarkdown(big))).toBeLessThan(1_000);
  });
  it('a part that is not well-formed XML names the part, in three languages', () => {
    const e = refusal(zipSync({ 'word/document.xml': strToU8(`<w:document xmlns:w="${W}"><w:body><w:p></w:body>`) }));
    expect(e.text.en).toMatch(/^word\/document\.xml is not well-formed XML/);
    expect(e.text.kk).toMatch(/^word\/document\.xml бөлігі дұрыс XML емес/);
    expect(e.text.ru).toMatch(/^часть word\/document\.xml — не корректный XML/);
  });
  // sweep, 07.12.2026: 3,000 tables nested in a 20 KB file overflowed the reader's stack (RangeError, no message)
  const nested = (n: number): string => '<w:tbl><w:tr><w:tc>'.repeat(n) + para('1. Мәтін') + '</w:tc></w:tr></w:tbl>'.repeat(n);
  it('tables nested deeper than the bound are refused with a message, not a stack overflow', () => {
    const e = refusal(docx(nested(3000)));
    expect(e.text.en).toMatch(new RegExp(`^word/document\\.xml nests elements more than ${MAX_XML_DEPTH} deep`));
    expect(e.text.kk).toMatch(/деңгейден терең салынған/);
    expect(e.text.ru).toMatch(/вложены глубже/);
  });
  it('a table nested in a table within the bound is read, its text part of the cell', () => {
    expect(docxToMarkdown(docx(nested(100))).markdown).toContain('Мәтін');
  });
});
