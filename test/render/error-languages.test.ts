/**
 * The render engine's refusals reach draft authors (`draft render`), officers (`render`, the web page) and
 * template authors: each is worded in kk, ru and en, and the CLI shows the user's language (a Russian or
 * Kazakh message used to carry the English reason inside it: «не удаётся сформировать DOCX: line 1: fenced block…»).
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MarkdownError, markdownToModel, renderMarkdown } from '../../src/render/index.js';
import { loadFonts } from '../../src/cli/render.js';
import { tempDir } from '../temp.js';

const meta = { title: 't', date: '2026-11-22', language: 'kk-KZ' };
const refusal = (md: string): MarkdownError => {
  try {
    markdownToModel(md, { meta });
  } catch (e) {
    if (e instanceof MarkdownError) return e;
    throw e;
  }
  throw new Error('not refused');
};

describe('each Markdown refusal in three languages', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['unknown fenced block', '# А\n\n```foo\nx\n```\n', /«foo»/],
    ['front matter value', '---\nfontSize: 100\n---\n# А\n', /fontSize/],
    ['front matter key', '---\ncolour: 1\n---\n# А\n', /«colour»/],
    ['front matter not a mapping', '---\n- 1\n---\n# А\n', /front matter/],
    ['widths comment', '<!-- widths: 1 -->\n| a | b |\n|---|---|\n| 1 | 2 |\n', /widths/],
    ['merged cell with nothing to join', '| < | b |\n|---|---|\n| 1 | 2 |\n', /«<»/],
  ];
  for (const [what, md, names] of cases) {
    it(what, () => {
      const e = refusal(md);
      expect(e.text.kk).toMatch(names);
      expect(e.text.kk).toMatch(/[әғқңөұүһі]|жол|жоқ|керек/u);
      expect(e.text.ru).toMatch(/[а-яё]{3}/u);
      expect(e.text.ru).not.toMatch(/\b(?:line|is not|must be|unknown|has no)\b/);
      expect(e.text.kk).not.toMatch(/\b(?:line|is not|must be|unknown|has no)\b/);
      expect(e.message).toBe(e.text.en);
    });
  }
  it('names the line in the whole text, past front matter and earlier paragraphs (chunks are parsed apart)', () => {
    expect(refusal('# А\n\n```foo\nx\n```\n').text.en).toMatch(/^line 3:/);
    const md = '---\nfontSize: 12\n---\n# А\n\nБір.\n  \nЕкі\nүш.\n\n| < | b |\n|---|---|\n| 1 | 2 |\n';
    expect(refusal(md).text.ru).toMatch(/^строка 11:/);
  });
  it('a Markdown text the engine lays out is not refused', () => {
    expect(() => markdownToModel('---\nfontSize: 12\n---\n# А\n\n<!-- widths: 1 1 -->\n| a | < |\n|---|---|\n| 1 | 2 |\n', { meta })).not.toThrow();
  });
  it('a letter the font lacks, in three languages', async () => {
    const err = await renderMarkdown('# А\n\n漢\n', { format: 'pdf', meta: { title: 't', date: '2026-11-22', language: 'kk-KZ' }, fonts: loadFonts() }).then(() => null, (e: unknown) => e as { text?: { kk: string; ru: string; en: string } });
    expect(err?.text?.kk).toMatch(/U\+6F22 «漢» таңбасы жоқ/);
    expect(err?.text?.ru).toMatch(/нет знака U\+6F22/);
    expect(err?.text?.en).toMatch(/has no glyph for U\+6F22/);
  });
});

describe('draft render shows the reason in the user\'s language', () => {
  it('ru and kk, not English inside them', () => {
    const dir = tempDir('bagalau-errlang-');
    const file = join(dir, 'd.md');
    writeFileSync(file, '# Бұйрық\n\n```foo\nx\n```\n');
    const run = (lang: string) => {
      try {
        execFileSync(process.execPath, ['dist/src/cli/main.js', 'draft', 'render', file, '--out', join(dir, 'out'), '--lang', lang], { encoding: 'utf8', stdio: 'pipe' });
        return '';
      } catch (e) {
        return String((e as { stderr: string }).stderr);
      }
    };
    expect(run('ru')).toMatch(/не удаётся сформировать DOCX: строка 3: блок «foo» неизвестен/);
    expect(run('kk')).toMatch(/DOCX шығару мүмкін емес: 3-жол: «foo» блогы белгісіз/);
    expect(run('en')).toMatch(/cannot render docx: line 3: fenced block "foo" is not a known block/);
  });
});
