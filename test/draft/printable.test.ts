/**
 * Issue 15: `draft render` never writes a character XML forbids. A draft holding U+FFFE (or a C0
 * control) gave a DOCX whose word/document.xml Word refuses; such characters are removed, each with a
 * message naming its line, column and code point, and the rest of the draft is printed as before.
 */
import { describe, expect, it } from 'vitest';
import { docxProblem } from '../../fuzz/oracles.js';
import { printableDraft } from '../../src/draft/printable.js';
import { renderMarkdown } from '../../src/render/index.js';

const docx = (md: string) => renderMarkdown(md, { format: 'docx', meta: { title: 't', date: '2026-11-22', language: 'kk-KZ' } });

describe('printableDraft', () => {
  it('removes U+FFFE, U+FFFF and C0 controls, naming each place; TAB stays, line endings become LF', () => {
    const p = printableDraft('# Бұйрық\n\nМә\uFFFEтін\u0001\tсөз\r\n\uFFFF\n');
    expect(p.markdown).toBe('# Бұйрық\n\nМәтін\tсөз\n\n');
    expect(p.removed).toEqual([{ line: 3, column: 3, code: 'U+FFFE' }, { line: 3, column: 7, code: 'U+0001' }, { line: 4, column: 1, code: 'U+FFFF' }]);
    expect(p.messages[0]?.en).toBe('line 3, column 3: U+FFFE removed (a Word document does not allow it)');
    expect(p.messages[0]?.kk).toMatch(/^3-жол, 3-баған: U\+FFFE/);
    expect(p.messages[0]?.ru).toMatch(/^строка 3, столбец 3: символ U\+FFFE/);
    expect(p.title).toBe('Бұйрық');
  });
  it('a clean draft is unchanged but for editor notes; directives stay', () => {
    const p = printableDraft('# А\n\n<!-- expect: none -->\n<!-- pagebreak -->\n\nМәтін\n');
    expect(p.removed).toEqual([]);
    expect(p.markdown).toBe('# А\n\n\n<!-- pagebreak -->\n\nМәтін\n');
  });
  it('many: the first 20 named, then a count', () => {
    expect(printableDraft('\uFFFE'.repeat(25)).messages.map((m) => m.en).at(-1)).toBe('5 more such characters removed');
  });
  it('the DOCX of a draft of U+FFFE alone (found by fuzzing) is well-formed; without the cleaning it is not', async () => {
    expect(docxProblem(await docx(printableDraft('\uFFFE').markdown))).toBeNull();
    expect(docxProblem(await docx('\uFFFE'))).toMatch(/U\+FFFE/);
  }, 60_000);
});

describe('draft render refuses a draft beyond the bounds, as draft check does', () => {
  it('788 nested list markers (found by fuzzing: over a second in the renderer for 8 KB) are a breach; an act is not', () => {
    const p = printableDraft(`# А\n\n${'* '.repeat(788)}x\n`);
    expect(p.breach?.limit).toBe('depth');
    expect(p.breach?.place.line).toBe(3);
    expect(printableDraft('# А\n\n1. Бір.\n\n   1) екі.\n').breach).toBeNull();
  });
});

describe('the renderer reads a draft with an unclosed fence in linear time (found by fuzzing)', () => {
  it('10,000 paragraphs after an unclosed «```» (quadratic before: 40,000 took 231 s): the chunking counts each part once', async () => {
    const { markdownToModel } = await import('../../src/render/markdown.js');
    const md = `# А\n\n\`\`\`\n\n${'абзац мәтіні\n\n'.repeat(10_000)}`;
    const t = process.cpuUsage();
    // The renderer refuses the unknown fenced block with a clear MarkdownError: after reading it.
    expect(() => markdownToModel(md, { meta: { title: 't', date: '2026-11-22', language: 'kk-KZ' } })).toThrow(/fenced block/);
    const used = process.cpuUsage(t);
    expect((used.user + used.system) / 1000).toBeLessThan(3000);
  }, 60_000);
});
