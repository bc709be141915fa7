/**
 * The pictures of README § Render, made from the repository itself: page 1 of a landscape form (sjc-apparatus
 * App. 1, the work plan of the valid sample) and page 1 of an approval order (mic-2018), each as our PDF draws it,
 * rasterised by pdftoppm (poppler-utils) to docs/img/. Run: `npm run build && node dist/scripts/readme-pictures.js`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fitModel, markdownToModel, measureWith, modelToPdf } from '../src/render/index.js';
import { defaultTemplatesDir, loadFonts, loadTemplateSet, orderJob, packageJobs } from '../src/cli/render.js';
import type { Job } from '../src/cli/render.js';
import { loadFile, sessionLoader } from '../src/package/load.js';

const templates = defaultTemplatesDir();
const root = join(templates, '..');
const outDir = join(root, 'docs', 'img');
const fonts = loadFonts();

async function picture(job: Job, file: string): Promise<void> {
  const model = fitModel(markdownToModel(job.markdown, { meta: { title: job.title, date: job.date, language: 'kk-KZ' } }), measureWith(fonts));
  const pdf = join(work, `${job.name}.pdf`);
  writeFileSync(pdf, await modelToPdf(model, fonts));
  const stem = join(work, file);
  execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', '-singlefile', pdf, stem]);
  renameSync(`${stem}.png`, join(outDir, `${file}.png`));
  process.stdout.write(`docs/img/${file}.png\n`);
}

mkdirSync(outDir, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'bagalau-pictures-'));
// the PDFs and PNGs on the way are removed, the pictures having been moved out, even when one fails
try {
  const sample = join(root, 'samples', 'sjc-apparatus', 'valid.yaml');
  const loadSession = sessionLoader();
  const workPlan = packageJobs(sample, loadFile(sample).data, templates, (ref) => loadSession(ref, sample).data).find((j) => j.name.endsWith('.workPlan'));
  if (!workPlan) throw new Error('the sjc-apparatus sample has no work plan');
  await picture(workPlan, 'render-landscape-form');
  await picture(orderJob(loadTemplateSet(templates, 'mic-2018')), 'render-order-page');
} finally {
  rmSync(work, { recursive: true, force: true });
}
