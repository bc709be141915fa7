/**
 * What uses temporary files leaves nothing in the temporary folder: each runs with TMPDIR at a fresh empty folder,
 * which must still be empty afterwards. The CLI itself writes no temporary file (rendering a PDF, reading a Word
 * draft, an XLSX report); what does use them is LibreOffice and Chromium as the tests start them, the fuzz
 * runner's worker, and samplesWithCases.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { samplesWithCases } from '../src/package/cases.js';
import { renderMarkdown } from '../src/render/index.js';
import { Runner } from '../fuzz/main.js';
import { hasChromium, launchBrowser } from './browser.js';
import { tempDir } from './temp.js';

const CLI = 'dist/src/cli/main.js';
const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

/** A fresh empty folder as the temporary folder of child processes (`env`) and of this one (`inProcess`). */
function emptyTmp(): { tmp: string; env: NodeJS.ProcessEnv; inProcess: <T>(run: () => Promise<T> | T) => Promise<T> } {
  const tmp = tempDir('bagalau-tmpdir-');
  const vars = { TMPDIR: tmp, TMP: tmp, TEMP: tmp };
  return {
    tmp,
    env: { ...process.env, ...vars },
    async inProcess(run) {
      const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
      Object.assign(process.env, vars);
      try {
        return await run();
      } finally {
        for (const [k, v] of Object.entries(saved)) {
          if (v === undefined) delete process.env[k];
          else process.env[k] = v;
        }
      }
    },
  };
}

describe('nothing is left in the temporary folder by', () => {
  it('the CLI rendering PDF and DOCX, checking a Word draft and writing an XLSX report', async () => {
    const { tmp, env } = emptyTmp();
    const out = tempDir('bagalau-out-');
    const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env });
    const render = cli('render', 'samples/mic-2018/valid.yaml', '--out', out, '--no-progress');
    expect(render.status, render.stderr).toBe(0);
    expect(readdirSync(out).filter((f) => f.endsWith('.pdf')).length).toBeGreaterThan(0);
    const docx = join(out, 'draft.docx');
    writeFileSync(docx, await renderMarkdown(readFileSync('samples/drafts/ok.md', 'utf8'), { format: 'docx', meta: { title: 't', date: '2026-01-15', language: 'kk-KZ' } }));
    expect(cli('draft', 'check', docx, '--no-model').status).toBe(0);
    const xlsx = cli('check', 'samples/mic-2018', '--format', 'xlsx', '--output', join(out, 'r.xlsx'), '--today', '2026-11-22');
    expect(existsSync(join(out, 'r.xlsx')), xlsx.stderr).toBe(true);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it.skipIf(!hasSoffice)('LibreOffice converting a DOCX with its profile in the test\'s folder', async () => {
    const { tmp, env } = emptyTmp();
    const dir = tempDir('bagalau-lo-');
    writeFileSync(join(dir, 'a.docx'), await renderMarkdown('# Тест\n\nСөз\n', { format: 'docx', meta: { title: 't', date: '2026-01-15', language: 'kk-KZ' } }));
    const r = spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', dir, join(dir, 'a.docx')], { env, stdio: 'ignore', timeout: 120_000 });
    expect(r.status).toBe(0);
    expect(existsSync(join(dir, 'a.pdf'))).toBe(true);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it.skipIf(!hasChromium())('Chromium started by test/browser.ts and closed', async () => {
    const { tmp, inProcess } = emptyTmp();
    await inProcess(async () => {
      const browser = await launchBrowser();
      try {
        const page = await browser.newPage();
        await page.setContent('<p>ok</p>');
        // while it runs, its profile is in the temporary folder given
        expect(readdirSync(tmp).length).toBeGreaterThan(0);
      } finally {
        await browser.close();
      }
    });
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('the fuzz runner, whose worker is killed when it stops', async () => {
    const { tmp, inProcess } = emptyTmp();
    await inProcess(async () => {
      const runner = new Runner(2000);
      const data = readFileSync('samples/mic-2018/valid.yaml').toString('base64');
      const o = await runner.run({ engine: 'render', name: 'mutant.yaml', dir: 'mic-2018', data, formats: ['docx'] });
      expect(o.ok, o.detail).toBe(true);
      expect(readdirSync(tmp).length).toBe(1); // the worker's folder, while it lives
      await runner.stop();
    });
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('samplesWithCases, which writes only into the folder it is given', async () => {
    const { tmp, inProcess } = emptyTmp();
    const dir = tempDir('bagalau-samples-');
    const samples = await inProcess(() => samplesWithCases(dir));
    expect(samples).toBe(join(dir, 'samples'));
    expect(readdirSync(join(samples, 'mic-2018', 'fixtures')).length).toBeGreaterThan(0);
    expect(readdirSync(tmp)).toEqual([]);
  });
});
