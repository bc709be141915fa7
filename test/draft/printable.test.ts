/**
 * Issue 15: `draft render` never writes a character XML forbids. A draft holding U+FFFE (or a C0
 * control) gave a DOCX whose word/document.xml Word refuses; such characters are removed, each with a
 * message naming its line, column and code point, and the rest of the draft is printed as before.
 */
import { describe, expect, it } from 'vitest';
import { docxProblem } from '../../fuzz/oracles.js';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printableDraft, withoutEditorNotes } from '../../src/draft/printable.js';
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

describe('editor notes are removed in linear time, as the regular expression removed them (found by fuzzing)', () => {
  // the expression the remover replaces: it rescanned to the end of the draft from each unclosed «<!--»
  const OLD = /^<!--(?!\s*(?:widths|header|pagebreak)\b)[\s\S]*?-->\s*$/gmu;
  const old = (t: string) => t.replace(OLD, '');
  it('the same result on every sample draft and every draft found by fuzzing', () => {
    const files = [
      ...readdirSync('samples/drafts').filter((f) => f.endsWith('.md')).map((f) => join('samples/drafts', f)),
      ...readdirSync('test/fuzz-found').filter((f) => /^draft-.*\.(md|txt)$/.test(f)).map((f) => join('test/fuzz-found', f)),
    ];
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const t = readFileSync(f, 'utf8');
      if (t.length > 200_000) continue; // the old expression is the slow one
      expect(withoutEditorNotes(t), f).toBe(old(t));
    }
  });
  it('the same result on generated text of comments, directives, spaces and line ends', () => {
    const piece = fc.constantFrom('<!--', '-->', '--->', ' ', '\n', '\r', '\u2028', '\t', 'x', 'widths', 'header', 'pagebreak', 'pagebreaks', '<!-- widths', '\n<!--', '-', '>');
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
      const t = parts.join('');
      expect(withoutEditorNotes(t)).toBe(old(t));
    }), { numRuns: 3000, seed: 15 });
  });
  it('20,000 unclosed «<!--» at line starts, and one followed by 60,000 spaces, are read in linear time', () => {
    const many = `# Т\n\n${'<!--a\n'.repeat(20_000)}`;
    const t0 = process.cpuUsage();
    expect(withoutEditorNotes(many)).toBe(many);
    const spaces = `<!-- x${' '.repeat(60_000)}y\n`;
    expect(withoutEditorNotes(spaces)).toBe(spaces);
    // a note ends at the first «-->» with nothing after it on its line (so «<!-- c --> d» runs on to «e»'s end)
    expect(withoutEditorNotes('<!-- a -->\n\nb\n<!-- c --> d\n<!-- e -->')).toBe('\nb\n');
    const used = process.cpuUsage(t0);
    // the expression took seconds on the first (quadratic: 10,000 lines ≈ 1.3 s); linear work is a few ms
    expect((used.user + used.system) / 1000).toBeLessThan(500);
  });
});

