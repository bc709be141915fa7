/**
 * `bagalau render`: the official forms, protocols and orders as DOCX and/or PDF.
 *   bagalau render <package|dir>... --format docx|pdf|both --out DIR
 *   bagalau render --blank <methodology> [<appendix>|all] --out DIR
 *   bagalau render --order <methodology> --out DIR
 * File access, fonts and the progress bar live here; the engine (src/render/) is pure.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, Option } from 'commander';
import { langOption } from './lang.js';
// the engine without its parsers: those the build's results do not cover are loaded on demand (withParsers)
import { MarkdownError, MissingGlyphError, TemplateError, createRenderCache, fitModel, markdownToModel, measureWith, renderModel, withParsers } from '../render/engine.js';
import type { RenderCache } from '../render/engine.js';
import type { FontBytes } from '../render/engine.js';
import { parseTemplateSet } from '../render/documents.js';
import type { TemplateSet } from '../render/documents.js';
import * as plan from '../render/plan.js';
import type { Job, TemplateSource } from '../render/plan.js';
import { progress } from './progress.js';
import { t3, type Lang } from '../law/finding.js';
import { UsageError } from './usage-error.js';
import { dateError, readDate } from './dates.js';
import { dayText } from '../law/day-text.js';
import { packCard } from '../acts/cards.js';
import { loadPack, methodologyOf, packIfLoaded } from '../acts/registry.js';
import type { PlaceOf } from '../package/source-doc.js';
import { wordingReport } from '../render/wording.js';
import { dataProblems } from '../render/data-text.js';
import { providePrebuiltPrograms, providePrebuiltStandardSubsets } from '../render/pdf/font.js';

/** A face's standard subset in the build's font cache (scripts/build-font-cache.ts), its bytes in base64. */
export interface StandardEntry { codes: [number, number][]; widths: number[]; tag: string; program: string; programLength: number; cmap: string }
import { providePrecompiledTemplates } from '../render/template.js';
import { provideParsedChunks } from '../render/markdown.js';
import { provideParsedYaml } from '../render/yaml-text.js';
import type { Precompiled } from '../render/template.js';
import { fontSet } from '../render/pdf/font.js';
import type { WordingReport } from '../render/wording.js';
import { SHORT_RENDER_FILES, tuneForShortRun } from './short-run.js';

type Format = 'docx' | 'pdf';

/**
 * Tinos, metric-compatible with Times New Roman, from the npm package: each face read when a document first needs
 * it (a form without italics never reads the italic faces), then kept.
 */
let fonts: FontBytes | undefined;
export function loadFonts(): FontBytes {
  if (fonts) return fonts;
  usePrebuiltPrograms();
  fonts = tinosFonts();
  return fonts;
}

/** The Tinos faces, each read when first asked for, without the build's font cache (which the build itself makes). */
export function tinosFonts(): FontBytes {
  const req = createRequire(import.meta.url);
  const read = new Map<string, Uint8Array>();
  const face = (p: string): Uint8Array => {
    let b = read.get(p);
    if (!b) {
      b = new Uint8Array(readFileSync(req.resolve(`@expo-google-fonts/tinos/${p}`)));
      read.set(p, b);
    }
    return b;
  };
  return {
    get regular() { return face('400Regular/Tinos_400Regular.ttf'); },
    get bold() { return face('700Bold/Tinos_700Bold.ttf'); },
    get italic() { return face('400Regular_Italic/Tinos_400Regular_Italic.ttf'); },
    get boldItalic() { return face('700Bold_Italic/Tinos_700Bold_Italic.ttf'); },
  };
}

/**
 * The standard subsets' font programs, deflated by the build (scripts/build-font-cache.ts, beside this module in
 * generated/): absent when running from the sources, and then the writer compresses them itself — same bytes.
 */
function usePrebuiltPrograms(): void {
  let text: string;
  try {
    text = readFileSync(new URL('./generated/standard-fonts.json', import.meta.url), 'utf8');
  } catch {
    return;
  }
  const { entries, standard } = JSON.parse(text) as { entries: [string, string][]; standard?: [string, StandardEntry][] };
  providePrebuiltPrograms(entries.map(([k, b64]) => [k, new Uint8Array(Buffer.from(b64, 'base64'))]));
  const bytes = (b64: string): Uint8Array => new Uint8Array(Buffer.from(b64, 'base64'));
  providePrebuiltStandardSubsets((standard ?? []).map(([k, e]) => [k, { ...e, program: bytes(e.program), cmap: bytes(e.cmap) }]));
}

/**
 * What the build read of a methodology's templates (scripts/build-templates.ts → generated/templates/<id>.js beside
 * this module): each template compiled, the YAML of its manifest and front matter (the Markdown syntax trees of each
 * blank document are read per document: `useReadChunks`). Loaded once when that methodology is first rendered, and
 * for the methodologies its order takes parts from. Absent when running from the sources, and then the parsers read each text when first met —
 * the same text gives the same result either way.
 */
const precompiledFor = new Set<string>();
async function usePrecompiledTemplates(id: unknown): Promise<void> {
  if (typeof id !== 'string' || !METHODOLOGY_ID.test(id) || precompiledFor.has(id)) return;
  precompiledFor.add(id);
  const url = new URL(`./generated/templates/${id}.js`, import.meta.url);
  if (!existsSync(url)) return;
  const mod = (await import(url.href)) as { default: [string, Precompiled][]; yaml?: string };
  providePrecompiledTemplates(mod.default);
  if (mod.yaml) provideParsedYaml(JSON.parse(mod.yaml) as [string, string][]);
}

/** The Markdown trees of the chunks a document of `id` made from `template` is made of, read by the build (generated/templates/<id>/<template>.json). */
const chunksRead = new Set<string>();
function useReadChunks(id: string, template: string): void {
  const key = `${id}/${template}`;
  if (chunksRead.has(key) || !METHODOLOGY_ID.test(id) || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(template)) return;
  chunksRead.add(key);
  let text: string;
  try {
    text = readFileSync(new URL(`./generated/templates/${id}/${template}.json`, import.meta.url), 'utf8');
  } catch {
    return; // running from the sources, or a template the build did not see: parsed when met
  }
  provideParsedChunks(JSON.parse(text) as [string, string][]);
}

/** A methodology's template set, with what the build read of it and of the sets its order takes parts from. */
async function templateSetFor(templatesDir: string, id: string): Promise<LoadedSet> {
  await usePrecompiledTemplates(id);
  const ts = await withParsers(() => loadTemplateSet(templatesDir, id));
  for (const part of ts.set.order) if (part.includes(':')) await usePrecompiledTemplates(part.split(':')[0]);
  return ts;
}

/** The repository's templates/ folder: found upwards from this module (src/cli or dist/src/cli). */
export function defaultTemplatesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'templates')) && existsSync(join(dir, 'package.json'))) return join(dir, 'templates');
    dir = dirname(dir);
  }
  throw new UsageError(t3('templates/ қалтасы табылмады; --templates DIR беріңіз', 'папка templates/ не найдена; укажите --templates DIR', 'templates/ folder not found; pass --templates DIR'));
}

const METHODOLOGY_ID = /^[a-z0-9][a-z0-9-]*$/;

export interface LoadedSet extends TemplateSource {
  dir: string;
  set: TemplateSet;
  read(file: string): string;
}

/**
 * A methodology's templates from `<templatesDir>/<id>/`: its manifest, with the appendix numbers and clauses of
 * the methodology pack (none for a folder whose id has no pack), and its files read on demand.
 */
export function loadTemplateSet(templatesDir: string, id: string): LoadedSet {
  if (!METHODOLOGY_ID.test(id)) throw new UsageError(t3(`«${id}» — әдістеме идентификаторы емес`, `«${id}» — не идентификатор методики`, `«${id}» is not a methodology id`));
  const dir = join(templatesDir, id);
  const manifest = join(dir, 'templates.yaml');
  if (!existsSync(manifest)) throw new UsageError(t3(`«${id}» әдістемесінің үлгілері жоқ (${manifest} табылмады)`, `нет шаблонов методики «${id}» (нет ${manifest})`, `no templates for methodology «${id}» (${manifest} missing)`));
  // a package's render has loaded its pack: the documents' places are looked up in its params; a blank render has not
  const set = parseTemplateSet(readFileSync(manifest, 'utf8'), manifest, packCard(id)?.appendices ?? [], packIfLoaded(id)?.params);
  return { dir, set, read: (file) => readFileSync(join(dir, file), 'utf8'), other: (other) => loadTemplateSet(templatesDir, other) };
}

export { outputStem, uniqueNames } from '../render/plan.js';
export type { Job } from '../render/plan.js';

/** A file name from trusted keys only, cleaned anyway; never leaves `out`. */
export function safeOutputPath(out: string, name: string): string {
  const clean = name.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^[._]+/, '') || 'document';
  if (clean.length > 160) throw new UsageError(t3(`«${name}» шығыс атауы тым ұзын`, `имя «${name}» слишком длинное`, `output name «${name}» is too long`));
  const root = resolve(out);
  const full = resolve(root, clean);
  if (!full.startsWith(root + sep)) throw new UsageError(t3(`«${name}» шығыс атауы ${out} қалтасынан шығып кетеді`, `имя «${name}» выводит за пределы ${out}`, `output name «${name}» would leave ${out}`));
  return full;
}

let tmpCounter = 0;
const tmpName = (path: string): string => `${path}.${process.pid}.${++tmpCounter}.tmp`;

/** Temp file + rename: a reader never sees half a document. */
export function writeAtomic(path: string, bytes: Uint8Array): void {
  writeAllOrNone([{ path, bytes }]);
}

/** Write every file under a temporary name, then rename them all; on any failure remove what was written. */
export function writeAllOrNone(files: { path: string; bytes: Uint8Array }[]): void {
  const tmps: { tmp: string; path: string }[] = [];
  try {
    for (const f of files) {
      const tmp = tmpName(f.path);
      tmps.push({ tmp, path: f.path });
      writeFileSync(tmp, f.bytes);
    }
    for (const t of tmps) renameSync(t.tmp, t.path);
  } catch (e) {
    for (const t of tmps) {
      try { unlinkSync(t.tmp); } catch { /* renamed already or never written */ }
    }
    throw e;
  }
}

/** One document rendered in memory: its bytes per format and its editorial notes. */
interface Rendered { job: Job; files: { path: string; bytes: Uint8Array }[]; notes: string[] }

async function renderJob(job: Job, formats: Format[], out: string, methodology: string, cache: RenderCache): Promise<Rendered> {
  useReadChunks(methodology, job.template);
  const model = await withParsers(() => markdownToModel(job.markdown, { meta: { title: job.title, date: job.date, language: 'kk-KZ' }, cache }));
  fitModel(model, measureWith(loadFonts()));
  const files: Rendered['files'] = [];
  for (const format of formats) {
    const bytes = await renderModel(model, { format, ...(format === 'pdf' ? { fonts: loadFonts() } : {}), cache });
    files.push({ path: safeOutputPath(out, `${job.name}.${format}`), bytes });
  }
  return { job, files, notes: model.notes };
}

/**
 * Render every job in memory first, then write them all: a document that fails (a letter the font
 * lacks, a broken template) leaves nothing of its package on disk. Files go to temporary names and are
 * renamed only when every one is written.
 */
async function emitAll(jobs: Job[], formats: Format[], out: string, writeNotes: boolean, methodology: string, cache: RenderCache): Promise<Rendered[]> {
  const done: Rendered[] = [];
  for (const job of jobs) done.push(await renderJob(job, formats, out, methodology, cache));
  const all = done.flatMap((r) => [
    ...r.files,
    ...(writeNotes && r.notes.length ? [{ path: safeOutputPath(out, `${r.job.name}.notes.txt`), bytes: new TextEncoder().encode(`${r.notes.join('\n\n')}\n`) }] : []),
  ]);
  writeAllOrNone(all);
  return done;
}


/** What one `render` run tells: each document written, the wording it reproduces, warnings, notes; failures. */
interface RunReport {
  lang: Lang;
  json: boolean;
  documents: { name: string; files: string[]; methodology: string; wording: WordingReport['wording']; asOf: string; warnings: { id: string; message: string }[]; notes: string[] }[];
  failures: { file: string; message: string }[];
}

const WARNING_WORD: Record<Lang, string> = { kk: 'ескерту', ru: 'предупреждение', en: 'warning' };
/** «as of» a day, in each language's order and way of writing the day (../law/day-text.ts). */
const AS_OF: Record<Lang, (day: string) => string> = { kk: (d) => `${dayText(d, 'kk')} күнгі жағдай бойынша`, ru: (d) => `по состоянию на ${dayText(d, 'ru')}`, en: (d) => `as of ${d}` };
const NOTE_WORD: Record<Lang, string> = { kk: 'ескертпе', ru: 'примечание (на казахском языке)', en: 'note (in Kazakh)' };

/**
 * Print what was written (stdout) and, on stderr, the wording the documents reproduce with its warnings
 * (once per batch of one methodology) and each document's editorial notes; with --json, collect instead.
 */
function report(run: RunReport, done: Rendered[], w: WordingReport): void {
  const L = run.lang;
  if (run.json) {
    for (const r of done) {
      run.documents.push({ name: r.job.name, files: r.files.map((f) => f.path), methodology: w.methodology, wording: w.wording, asOf: w.asOf, warnings: w.warnings.map((x) => ({ id: x.id, message: x.message[L] })), notes: r.notes });
    }
    return;
  }
  // every wording's label says «редакция» / «wording» itself («первоначальная редакция (26.03.2018)»)
  process.stderr.write(`${w.methodology}: ${w.wording.label[L]} — ${AS_OF[L](w.asOf)}\n`);
  for (const x of w.warnings) process.stderr.write(`${w.methodology}: ${WARNING_WORD[L]}: ${x.message[L]}\n`);
  for (const r of done) {
    for (const f of r.files) process.stdout.write(`${f.path}\n`);
    // the templates' editorial notes are written in Kazakh only: a ru or en reader is told so, the note quoted
    for (const n of r.notes) process.stderr.write(`${r.job.name}: ${NOTE_WORD[L]}: ${L === 'kk' ? n : `«${n}»`}\n`);
  }
}

/** The wording a document of `methodology` reproduces on `asOf`. */
function wordingFor(methodology: string, asOf: string): WordingReport {
  const pack = packCard(methodology);
  if (!pack) throw new UsageError(t3(`«${methodology}» әдістемесі жоқ`, `нет методики «${methodology}»`, `no methodology pack «${methodology}»`));
  return wordingReport(pack, asOf);
}

const isoToday = (): string => new Date().toISOString().slice(0, 10);

const RENAMED: Record<Lang, (from: string, to: string) => string> = {
  kk: (from, to) => `«${from}» атаулы құжаттар бұрын жазылған, бұл бума «${to}» деп жазылды`,
  ru: (from, to) => `документы с именем «${from}» уже записаны, этот пакет записан как «${to}»`,
  en: (from, to) => `documents named «${from}» are already written; this package is written as «${to}»`,
};

const NO_DATA = t3('деректер жоқ', 'нет данных', 'no data');

const NOT_PRINTABLE: Record<Lang, string> = { kk: 'құжатқа басылмайтын таңба', ru: 'символ, который нельзя напечатать в документе', en: 'a character the document cannot carry' };

/**
 * Every field of the package (and its session) that a document cannot carry — a control character, TAB,
 * a non-character, a letter the font lacks — named with its place, before anything is rendered or written.
 */
function refuseUnprintable(data: unknown, placeOf: PlaceOf | undefined, lang: Lang, what = ''): void {
  const face = fontSet(loadFonts()).get('regular');
  const problems = dataProblems(data, (cp) => face.has(cp));
  if (!problems.length) return;
  const lines = problems.map((p) => {
    const place = placeOf?.(p.path);
    return `${place ? `${place.line}:${place.column} ` : ''}${p.message[lang]}`;
  });
  throw new UsageError(`${what}${NOT_PRINTABLE[lang]}:\n  ${lines.join('\n  ')}`);
}

/** The planner's refusals (an appendix the set lacks, no order template, not a package) as usage errors. */
function usage<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof plan.PlanError) throw new UsageError(e.text);
    throw e;
  }
}

/** Blank forms and documents of a methodology (src/render/plan.ts). */
export const blankJobs = (ts: LoadedSet, which: string): Job[] => usage(() => plan.blankJobs(ts, which));

/** The approval order of a methodology (src/render/plan.ts). */
export const orderJob = (ts: LoadedSet): Job => usage(() => plan.orderJob(ts));

/** The documents the package in `file` yields (src/render/plan.ts), named after the file. */
export function packageJobs(file: string, data: unknown, templatesDir: string, loadSession: (ref: string) => unknown): Job[] {
  return usage(() => plan.packageJobs(plan.outputStem(basename(file, extname(file))), data, (id) => loadTemplateSet(templatesDir, id), loadSession));
}

interface RenderOpts { format: 'docx' | 'pdf' | 'both'; out: string; blank?: string; order?: string; templates?: string; progress: boolean; notes?: boolean; wording?: string; json?: boolean; lang: Lang }

export function register(program: Command): void {
  program
    .command('render')
    .argument('[inputs...]')
    .addOption(new Option('-f, --format <format>').choices(['docx', 'pdf', 'both']).default('both'))
    .requiredOption('-o, --out <dir>')
    .option('--blank <methodology>')
    .option('--order <methodology>')
    .option('--templates <dir>')
    .option('--notes')
    .option('--wording <date>')
    .option('--json')
    .addOption(langOption())
    .option('--no-progress')
    .action(async (inputs: string[], opts: RenderOpts) => {
      const formats: Format[] = opts.format === 'both' ? ['docx', 'pdf'] : [opts.format];
      if (opts.wording !== undefined) {
        // 2026-12-04 or 04.12.2026, a real day, as every date option of the CLI (./dates.ts)
        const day = readDate(opts.wording);
        if (!day) throw dateError('--wording', opts.wording);
        opts.wording = day;
      }
      const run: RunReport = { lang: opts.lang, json: !!opts.json, documents: [], failures: [] };
      // the documents of this run share what does not depend on their data (a paragraph's lines, front matter)
      const cache = createRenderCache();
      const finish = (): void => {
        if (run.json) process.stdout.write(`${JSON.stringify({ version: 1, documents: run.documents, failures: run.failures }, null, 2)}\n`);
      };
      const templatesDir = opts.templates ? resolve(opts.templates) : defaultTemplatesDir();
      try {
        mkdirSync(opts.out, { recursive: true });
      } catch (e) {
        {
          const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
          throw new UsageError(t3(`${opts.out} шығыс қалтасын құру мүмкін емес: ${why}`, `не удаётся создать папку ${opts.out}: ${why}`, `cannot create output folder ${opts.out}: ${why}`));
        }
      }
      if (opts.blank || opts.order) {
        if (opts.blank && opts.order) throw new UsageError(t3('--blank немесе --order беріңіз, екеуін бірге емес', 'укажите --blank или --order, но не оба', 'use --blank or --order, not both'));
        if (opts.blank && inputs.length > 1) throw new UsageError(t3('--blank бір қосымшаны алады (нөмірі, нысан кілті не «all»)', '--blank принимает одно приложение (номер, ключ формы или «all»)', '--blank takes one appendix (number, form key or «all»)'));
        if (opts.order && inputs.length) throw new UsageError(t3('--order басқа аргумент алмайды', '--order не принимает других аргументов', '--order takes no other arguments'));
        // a blank form, a methodology's blank forms or its order: a short run (./short-run.ts)
        tuneForShortRun(1, SHORT_RENDER_FILES);
        try {
          const id = (opts.blank ?? opts.order) as string;
          const ts = await templateSetFor(templatesDir, id);
          const jobs = await withParsers(() => (opts.blank ? blankJobs(ts, inputs[0] ?? 'all') : [orderJob(ts)]));
          const w = wordingFor(id, opts.wording ?? isoToday());
          report(run, await emitAll(jobs, formats, opts.out, !!opts.notes, id, cache), w);
          finish();
        } catch (e) {
          // a broken template or a letter the font lacks: one clear line, not an internal error
          if (e instanceof MarkdownError || e instanceof MissingGlyphError) throw new UsageError(e.text);
          if (e instanceof TemplateError) throw new UsageError(e.text);
          throw e;
        }
        return;
      }
      if (inputs.length === 0) throw new UsageError(t3('пакет файлдарын не қалталарын атаңыз, не --blank / --order беріңіз', 'укажите файлы или папки пакетов, либо --blank / --order', 'name package files or folders, or use --blank / --order'));
      // the package reader and the validators are loaded only for packages: a blank form needs neither
      const { loadFile, sessionLoader, walk } = await import('../package/load.js');
      const { schemaProblems } = await import('./render-schema.js');
      const files = [...walk(inputs)];
      tuneForShortRun(files.length, SHORT_RENDER_FILES);
      const bar = progress(files.length, opts.progress);
      const loadSession = sessionLoader(inputs);
      let failed = 0;
      const used = new Set<string>();
      for (const file of files) {
        bar.step(file);
        try {
          const doc = loadFile(file);
          const err = doc.findings.find((f) => f.severity === 'error');
          if (err || doc.data === undefined) throw new UsageError(err ? err.message : NO_DATA);
          const methodologyId = methodologyOf(doc.data);
          if (methodologyId !== undefined) await loadPack(methodologyId);
          const problems = schemaProblems(doc.data, methodologyId, doc.placeOf, 'pkg', opts.lang);
          if (problems.length) throw new UsageError(t3(`пакет жарамсыз, шығарылмады (толығын bagalau check ${file} көрсетеді):\n  ${problems.join('\n  ')}`, `пакет недействителен и не сформирован (подробно: bagalau check ${file}):\n  ${problems.join('\n  ')}`, `not a valid package, not rendered (bagalau check ${file} tells all):\n  ${problems.join('\n  ')}`));
          refuseUnprintable(doc.data, doc.placeOf, opts.lang);
          if (typeof methodologyId === 'string' && METHODOLOGY_ID.test(methodologyId)) await templateSetFor(templatesDir, methodologyId);
          const jobs = await withParsers(() => packageJobs(file, doc.data, templatesDir, (ref) => {
            const s = loadSession(ref, file);
            const serr = s.findings.find((f) => f.severity === 'error');
            if (serr || s.data === undefined) throw new UsageError(t3(`${s.file} отырыс файлы: ${(serr?.message ?? NO_DATA).kk}`, `файл заседания ${s.file}: ${(serr?.message ?? NO_DATA).ru}`, `session file ${s.file}: ${(serr?.message ?? NO_DATA).en}`));
            const sp = schemaProblems(s.data, methodologyId, s.placeOf, 'session', opts.lang);
            if (sp.length) throw new UsageError(t3(`${s.file} отырыс файлы жарамсыз:\n  ${sp.join('\n  ')}`, `файл заседания ${s.file} недействителен:\n  ${sp.join('\n  ')}`, `session file ${s.file} is not valid:\n  ${sp.join('\n  ')}`));
            refuseUnprintable(s.data, s.placeOf, opts.lang, `${t3(`${s.file} отырыс файлы`, `файл заседания ${s.file}`, `session file ${s.file}`)[opts.lang]}: `);
            return s.data;
          }));
          if (jobs.length === 0) {
            bar.clear();
            process.stderr.write(`${file}: ${t3('үлгісі бар толтырылған нысан жоқ, шығаратын ештеңе жоқ', 'нет заполненной формы с шаблоном, формировать нечего', 'no filled form with a template, nothing to render')[opts.lang]}\n`);
          }
          const period = (doc.data as { period?: { to?: unknown } }).period;
          const asOf = opts.wording ?? (typeof period?.to === 'string' ? period.to : isoToday());
          const w = wordingFor(String(methodologyId), asOf);
          const named = plan.uniqueNames(plan.outputStem(basename(file, extname(file))), jobs, used, (from, to) => {
            bar.clear();
            process.stderr.write(`${file}: ${RENAMED[opts.lang](from, to)}\n`);
          });
          bar.clear();
          report(run, await emitAll(named, formats, opts.out, !!opts.notes, String(methodologyId), cache), w);
        } catch (e) {
          failed++;
          bar.clear();
          const message = e instanceof TemplateError ? e.text[opts.lang] : (e as Error).message;
          process.stderr.write(`${file}: ${message}\n`);
          run.failures.push({ file, message });
        }
      }
      bar.done();
      finish();
      if (failed) {
        process.stderr.write(`bagalau render: ${t3(`${files.length} пакеттің ${failed} шығарылмады`, `не сформировано пакетов: ${failed} из ${files.length}`, `${failed} of ${files.length} ${files.length === 1 ? 'package' : 'packages'} not rendered`)[opts.lang]}\n`);
        process.exitCode = 1;
      }
    });
}
