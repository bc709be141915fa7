/**
 * Helpers of the per-methodology template tests (templates-<id>.test.ts): render every blank form and the
 * forms of the given packages in both formats, let LibreOffice open every DOCX, and compare text as a reader
 * sees it. Whitespace and dashes are dropped before comparing: table cells wrap words at any letter and
 * pdftotext joins a line-end «-» with the next line, neither of which is a change of wording.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { renderMarkdown } from '../../src/render/index.js';
import { blankJobs, loadFonts, loadTemplateSet, packageJobs } from '../../src/cli/render.js';
import { requireTools } from './tools.js';
import { tempDir } from '../temp.js';

export const TEMPLATES = join(process.cwd(), 'templates');

/** The act's text, from ../shared/acts/ beside the clone (or /work/shared/acts). */
export function actText(file: string): string {
  for (const base of ['../shared/acts', '/work/shared/acts']) {
    const p = join(base, file);
    if (existsSync(p)) return readFileSync(p, 'utf8');
  }
  throw new Error(`act file ${file} not found under ../shared/acts/`);
}

/** Wording without layout: no whitespace, no hyphens or dashes, no Markdown escapes. */
export const squeeze = (s: string): string => s.replace(/\\/g, '').replace(/[\s\u00ad\-‐‑–—]+/g, '');

export interface Rendered {
  markdown: string;
  pdf: string;
  docx: string;
  /** LibreOffice's PDF of the DOCX. */
  lo: string;
}

export interface RenderedSet {
  dir: string;
  docs: Record<string, Rendered>;
  /** Parsed packages by file. */
  packages: Record<string, Record<string, unknown>>;
}

/** Render the blank forms of `id` and every form of `packageFiles`; one LibreOffice call opens all DOCX. */
export async function renderSet(id: string, packageFiles: string[], loadSession: (ref: string, from: string) => unknown = () => undefined): Promise<RenderedSet> {
  requireTools(['soffice', 'pdftotext']);
  const dir = tempDir(`bagalau-tpl-${id}-`);
  const ts = loadTemplateSet(TEMPLATES, id);
  const jobs = [...blankJobs(ts, 'all')];
  const packages: RenderedSet['packages'] = {};
  for (const file of packageFiles) {
    const data = parseYaml(readFileSync(file, 'utf8')) as Record<string, unknown>;
    packages[file] = data;
    jobs.push(...packageJobs(file, data, TEMPLATES, (ref) => loadSession(ref, file)));
  }
  const docs: Record<string, Rendered> = {};
  for (const j of jobs) {
    const meta = { title: j.title, date: j.date, language: 'kk-KZ' };
    const pdf = join(dir, `${j.name}.pdf`);
    const docx = join(dir, `${j.name}.docx`);
    writeFileSync(pdf, await renderMarkdown(j.markdown, { format: 'pdf', meta, fonts: loadFonts() }));
    writeFileSync(docx, await renderMarkdown(j.markdown, { format: 'docx', meta, fonts: loadFonts() }));
    docs[j.name] = { markdown: j.markdown, pdf, docx, lo: join(dir, 'lo', `${j.name}.pdf`) };
  }
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', join(dir, 'lo'), ...Object.values(docs).map((d) => d.docx)], { stdio: 'ignore', timeout: 240_000 });
  return { dir, docs, packages };
}

const textCache = new Map<string, string>();
/** pdftotext in content order (-raw keeps each table cell's lines together), squeezed. */
export function readPdf(file: string): string {
  let t = textCache.get(file);
  if (t === undefined) {
    t = squeeze(execFileSync('pdftotext', ['-enc', 'UTF-8', '-raw', file, '-'], { encoding: 'utf8' }));
    textCache.set(file, t);
  }
  return t;
}
