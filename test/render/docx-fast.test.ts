/**
 * The DOCX writer puts each body, written as WordprocessingML text (docxml.ts), into a package the docx library
 * wrote once per page setup: for every blank form, sample document and order of the six methodologies, and for
 * the model's every kind of block, the bytes are those of the docx library's own path (modelToDocxWithLibrary).
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { fitModel, markdownToModel, measureWith } from '../../src/render/index.js';
import { modelToDocx, modelToDocxWithLibrary } from '../../src/render/docx.js';
import { blankJobs, loadFonts, loadTemplateSet, orderJob, packageJobs } from '../../src/cli/render.js';
import type { Job } from '../../src/cli/render.js';
import { loadFile, sessionLoader } from '../../src/package/load.js';

const TEMPLATES = join(process.cwd(), 'templates');
const IDS = ['mic-2018', 'almaty-maslikhat-2018', 'asa-a-corps', 'asa-b-model', 'kyzylorda-maslikhat-2018', 'sjc-apparatus'];
const loadSession = sessionLoader();
function jobsOf(id: string): Job[] {
  const ts = loadTemplateSet(TEMPLATES, id);
  const file = `samples/${id}/valid.yaml`;
  return [...blankJobs(ts, 'all'), ...packageJobs(file, loadFile(file).data, TEMPLATES, (ref) => loadSession(ref, file).data), orderJob(ts)];
}
const fonts = loadFonts();
const measure = measureWith(fonts);
const meta = { title: 't', date: '2026-01-01', language: 'kk-KZ' };

/** The first place two texts differ, with a little context. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i === a.length && i === b.length ? '' : `at ${i}: «${a.slice(Math.max(0, i - 80), i + 80)}» vs «${b.slice(Math.max(0, i - 80), i + 80)}»`;
}
async function compare(markdown: string, fit = true): Promise<string> {
  const model = markdownToModel(markdown, { meta });
  if (fit) fitModel(model, measure);
  const fast = await modelToDocx(model);
  const lib = await modelToDocxWithLibrary(model);
  if (Buffer.compare(Buffer.from(fast), Buffer.from(lib)) === 0) return '';
  const f = unzipSync(fast);
  const l = unzipSync(lib);
  const names = [...new Set([...Object.keys(f), ...Object.keys(l)])];
  return names.map((n) => (f[n] && l[n] ? firstDifference(strFromU8(f[n]), strFromU8(l[n])) : `${n} only in one`)).filter(Boolean).join('\n') || 'zip differs';
}

describe('the fast DOCX writer writes the docx library\'s bytes', () => {
  for (const id of IDS) {
    it(`${id}: every blank form, sample document and the order`, async () => {
      const diffs: string[] = [];
      for (const job of jobsOf(id)) {
        const d = await compare(job.markdown);
        if (d) diffs.push(`${job.name}: ${d}`);
      }
      expect(diffs).toEqual([]);
    }, 120_000);
  }
  it('every kind of block: underline, italics, merged cells, signature block, page breaks, sections, special characters', async () => {
    const md = '# Т & <а> "б" \'в\'\n\nМәтін *курсив* <u>астын</u> **қалың**<br>жол. {.small}\n\n> Әдістемеге\\\n> 2-қосымша\n\n## 1-тарау. Жалпы\n\n<!-- pagebreak -->\n\n| А | < | Б |\n| --- | --- | --- |\n| 1 | 2 | 3 |\n| ^ | 4 | 5 |\n\n| X |\n| --- |\n| y |\n\n***\n\n```signature\nҚызметші | Басшы\n\\_\\_\\_ | \\_\\_\\_\n```\n\nСоңы.\n';
    expect(await compare(md, false)).toBe('');
    const wide = `<!-- widths: ${Array(13).fill(1).join(' ')} -->\n| ${Array.from({ length: 13 }, (_, i) => `Кандидаттардың${i}`).join(' | ')} |\n| ${Array(13).fill('---').join(' | ')} |\n| ${Array(13).fill('ЫНТЫМАҚТАСТЫҚ').join(' | ')} |\n`;
    expect(await compare(`Мәтін.\n\n***\n\n${wide}\n***\n\nСоңы.\n`)).toBe('');
  });
  it('a difference is seen (breaking case)', async () => {
    const model = markdownToModel('Мәтін.\n', { meta });
    const fast = await modelToDocx(model);
    model.blocks.push({ kind: 'paragraph', runs: [{ text: 'x' }], align: 'left', indentLeftMm: 0, firstLineMm: 0, spaceBeforePt: 0, spaceAfterPt: 0 });
    expect(Buffer.compare(Buffer.from(fast), Buffer.from(await modelToDocxWithLibrary(model)))).not.toBe(0);
  });
});
