/**
 * Pay only for what runs (issue 14): a PDF render loads no DOCX backend (the docx library), a DOCX render no PDF
 * writer. The built CLI runs under a hook that writes down every module it loads; `--format both` loads both, which
 * shows the hook sees them when they are loaded.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { moduleLog } from '../cli/module-log.js';
import { tempDir } from '../temp.js';

const CLI = 'dist/src/cli/main.js';
const modules = moduleLog();
const out = tempDir('bagalau-lazy-backends-');
afterAll(() => modules.dispose());

const DOCX = (u: string): boolean => u.includes('/node_modules/docx/') || u.endsWith('/dist/src/render/docx.js');
const PDF = (u: string): boolean => u.endsWith('/dist/src/render/pdf/writer.js') || u.endsWith('/dist/src/render/pdf/objects.js');

function loaded(format: string): string[] {
  const { result, urls } = modules.run(CLI, ['render', '--blank', 'mic-2018', '1', '--format', format, '--out', out, '--no-progress', '--wording', '2026-01-01']);
  expect(result.status, result.stderr).toBe(0);
  return urls;
}

describe('each format loads only its own backend', () => {
  it('PDF: the PDF writer, not the docx library', () => {
    const urls = loaded('pdf');
    expect(urls.some(PDF)).toBe(true);
    expect(urls.filter(DOCX)).toEqual([]);
  });
  it('DOCX: the docx library, not the PDF writer', () => {
    const urls = loaded('docx');
    expect(urls.some(DOCX)).toBe(true);
    expect(urls.filter(PDF)).toEqual([]);
  });
  it('both formats: both backends', () => {
    const urls = loaded('both');
    expect(urls.some(DOCX) && urls.some(PDF)).toBe(true);
  });
});
