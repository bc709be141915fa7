/**
 * bagalau as a library: the same engines the `bagalau` command runs, typed.
 *
 *   import { check, checkFiles, render, renderBlank, draftCheck, calendar, methodologies } from 'bagalau';
 *
 * Everything runs on the caller's machine; nothing is sent anywhere.
 */
import { newBatch } from './check/batch.js';
import { checkDocument, failedResult, type CheckOptions as EngineCheckOptions, type FileResult } from './check/run.js';
import { describePack } from './acts/describe.js';
import type { Job } from './cli/render.js';
import type { SourceMap } from './draft/where.js';
import { createCalendar, type Calendar, type YearSummary } from './law/calendar/index.js';
import type { Finding } from './law/finding.js';
import { loadFile, sessionLoader, walk } from './package/load.js';
import { kindOf, readText } from './package/parse.js';
import { placesOf } from './package/source-map.js';
import { allPacks, draftEngine, sarifReport, usePack } from './library/load.js';
import { methodologyOf } from './acts/registry.js';

export type { FileResult } from './check/run.js';
export type { ServantWho, Who } from './check/who.js';
export type { Finding, Severity, Lang, Text3, Cite, Place } from './law/finding.js';
/** A finding with its texts as plain objects (they are made when read): for a structured clone. */
export { plainFinding } from './law/finding.js';
export type { Calendar, YearSummary } from './law/calendar/index.js';
export { createCalendar } from './law/calendar/index.js';
export { formatText } from './report/text.js';
export { formatJson } from './report/json.js';
/** The SARIF 2.1.0 log of results (`bagalau check --format sarif`), each rule described from its methodology. */
export const formatSarif: typeof import('./report/sarif.js').formatSarif = (...args) => sarifReport().formatSarif(...args);

export interface CheckOptions {
  /** The date open deadlines are judged against (YYYY-MM-DD); default: today on this machine. */
  today?: string;
  /** Check under the wording in force on this date instead of the period's. */
  wordingDate?: string;
  /** A working-day calendar (default: the bundled one; `createCalendar([data])` adds years). */
  calendar?: Calendar;
  /** A name for the result and for the parser when `input` is text (`.json` or `.yaml`); default `package.yaml`. */
  file?: string;
}

const localToday = (): string => {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
};

let bundled: Calendar | undefined;
const engineOptions = (o: CheckOptions): EngineCheckOptions => ({
  today: o.today ?? localToday(),
  calendar: o.calendar ?? (bundled ??= createCalendar()),
  loadSession: sessionLoader(),
  ...(o.wordingDate ? { wordingDate: o.wordingDate } : {}),
});

/**
 * Check one package: the parsed object, or its YAML/JSON text. Never throws on bad input:
 * a text that does not parse is a result with an `input` finding and its line:column.
 */
export function check(input: object | string, options: CheckOptions = {}): FileResult {
  const file = options.file ?? 'package.yaml';
  if (typeof input !== 'string') {
    usePack(methodologyOf(input));
    return checkDocument({ file, data: input, findings: [] }, engineOptions(options));
  }
  const kind = kindOf(file, input);
  // the places of findings from the tree the data was read from: the text is parsed once (as a file is, src/package/from-bytes.ts)
  const read = readText(input, kind);
  const parsed = read.parsed;
  usePack(methodologyOf(parsed.data));
  return checkDocument({ file, findings: parsed.findings, placeOf: placesOf(input, kind, read), ...(parsed.data !== undefined ? { data: parsed.data } : {}) }, engineOptions(options));
}

export interface CheckFilesOptions extends Omit<CheckOptions, 'file'> {
  /**
   * Worker threads to check in (`bagalau check --jobs`): by default every core (at most 8) for 400 files or more, one
   * below. With a `calendar` of your own the check stays in this thread (a calendar object cannot cross to another).
   */
  jobs?: number;
}

/**
 * Check package files and folders (walked recursively, as the command does), one result at a
 * time, in the walk's order: `for await (const r of checkFiles(['evaluations/'])) …`. A file that cannot be
 * read is a result with an `input` finding; the walk goes on. A large folder is spread over worker threads
 * as `bagalau check` spreads it (the results are the same, and come in the same order).
 */
export async function* checkFiles(paths: readonly string[], options: CheckFilesOptions = {}): AsyncGenerator<FileResult> {
  // One batch for the walk: its packages share periods and category codes (src/check/batch.ts).
  // Session refs are read only inside the folders named (a named file: its folder).
  const opts = { ...engineOptions(options), batch: newBatch(), loadSession: sessionLoader(paths) };
  const one = (file: string): FileResult => {
    try {
      const doc = loadFile(file);
      usePack(methodologyOf(doc.data));
      return checkDocument(doc, opts);
    } catch (e) {
      return failedResult(file, e);
    }
  };
  if (options.calendar === undefined && options.jobs !== 1) {
    const files = [...walk(paths)];
    const { checkInWorkers, checkWorkerUrl, jobsFor } = await import('./cli/check-source.js');
    const jobs = jobsFor(options.jobs, files.length);
    if (jobs > 1) {
      const spec = { roots: [...paths], sessions: [], calendar: [], lang: 'en' as const, today: opts.today, ...(options.wordingDate ? { wording: options.wordingDate } : {}) };
      // A file the command skips as no package is checked here, so that it is the same result as in one thread.
      for await (const item of checkInWorkers(files, spec, jobs, checkWorkerUrl())) yield 'result' in item ? item.result : one(item.file);
      return;
    }
    for (const file of files) yield one(file);
    return;
  }
  for (const file of walk(paths)) yield one(file);
}

export interface RenderedDocument {
  /** File name without folder, e.g. `valid.kpiSheet.docx`. */
  name: string;
  format: 'docx' | 'pdf';
  bytes: Uint8Array;
}

export interface RenderOptions {
  format: 'docx' | 'pdf' | 'both';
  /** The templates folder (default: the one shipped with the package). */
  templates?: string;
  /** Where session files a package refers to are looked up from (default: the working folder). */
  file?: string;
}

/** Thrown by `render` and `renderBlank` when the input cannot be rendered; `problems` says why. */
export class RenderInputError extends Error {
  override name = 'RenderInputError';
  constructor(public readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/**
 * The renderer (DOCX and PDF writers, fonts, templates), imported on the first `render` or `renderBlank`: a program
 * that only checks packages does not load it (issue 14: pay only for what runs; test/api/lazy.test.ts).
 */
let renderer: Promise<{ cli: typeof import('./cli/render.js'); schema: typeof import('./cli/render-schema.js'); engine: typeof import('./render/index.js') }> | undefined;
const loadRenderer = () =>
  (renderer ??= Promise.all([import('./cli/render.js'), import('./cli/render-schema.js'), import('./render/index.js')]).then(([cli, schema, engine]) => ({ cli, schema, engine })));

async function emit(jobs: Job[], format: RenderOptions['format']): Promise<RenderedDocument[]> {
  const { engine, cli } = await loadRenderer();
  const formats: Array<'docx' | 'pdf'> = format === 'both' ? ['docx', 'pdf'] : [format];
  const out: RenderedDocument[] = [];
  for (const job of jobs)
    for (const f of formats) {
      const bytes = await engine.renderMarkdown(job.markdown, { format: f, meta: { title: job.title, date: job.date, language: 'kk-KZ' }, fonts: cli.loadFonts() }); // fonts for DOCX too: tables are fitted with their metrics
      out.push({ name: `${job.name}.${f}`, format: f, bytes });
    }
  return out;
}

const rethrow = (e: unknown): never => {
  throw e instanceof Error && !(e instanceof RenderInputError) ? new RenderInputError([e.message]) : e;
};

/** The official forms and documents one valid package fills, as DOCX and/or PDF bytes. */
export async function render(pkg: object, options: RenderOptions): Promise<RenderedDocument[]> {
  const file = options.file ?? 'package.yaml';
  const methodology = (pkg as { methodology?: unknown }).methodology;
  const { cli, schema } = await loadRenderer();
  usePack(methodologyOf(pkg));
  const problems = schema.schemaProblems(pkg, methodology);
  if (problems.length) throw new RenderInputError(problems);
  const load = sessionLoader();
  try {
    const jobs = cli.packageJobs(file, pkg, options.templates ?? cli.defaultTemplatesDir(), (ref) => load(ref, file).data);
    return await emit(jobs, options.format);
  } catch (e) {
    return rethrow(e);
  }
}

/** The blank form of one appendix (number or form key), or `all`, of a methodology. */
export async function renderBlank(methodology: string, appendix: string | number = 'all', options: Omit<RenderOptions, 'file'> = { format: 'docx' }): Promise<RenderedDocument[]> {
  const { cli } = await loadRenderer();
  try {
    return await emit(cli.blankJobs(cli.loadTemplateSet(options.templates ?? cli.defaultTemplatesDir(), methodology), String(appendix)), options.format);
  } catch (e) {
    return rethrow(e);
  }
}

export interface DraftCheckOptions {
  /** The date the draft is read on (selects the model's wording); default: today on this machine. */
  date?: string;
  /** Compare with the model methodology (default true). */
  model?: boolean;
}

export interface DraftCheckResult {
  findings: Finding[];
}

/**
 * Check a draft methodology order: draft Markdown (docs/draft.md), or the bytes of a Word file, read
 * as `bagalau draft check draft.docx` reads it (the same reader: Word's list numbering resolved, places
 * are paragraph numbers). A file that cannot be read is an `input` finding, as in the command.
 */
export function draftCheck(input: string | Uint8Array, options: DraftCheckOptions = {}): DraftCheckResult {
  const date = options.date ?? localToday();
  const { checkDraft, docxDraft, DocxError, draftInputFinding } = draftEngine();
  let draft: { markdown: string; source?: SourceMap };
  try {
    draft = typeof input === 'string' ? { markdown: input } : docxDraft(input);
  } catch (err) {
    return { findings: [draftInputFinding(err instanceof DocxError ? err.text : `cannot read the Word file: ${(err as Error).message}`)] };
  }
  try {
    const r = checkDraft(draft.markdown, { date, ...(options.model === false ? { model: false } : {}), ...(draft.source ? { source: draft.source } : {}) });
    return { findings: r.findings };
  } catch (err) {
    return { findings: [draftInputFinding(err instanceof Error ? `${err.name}: ${err.message}` : String(err))] };
  }
}

/** The working-day calendar of one year: working and rest days, days off with their sources. */
export function calendar(year: number): YearSummary {
  return (bundled ??= createCalendar()).year(year);
}

export type MethodologyInfo = ReturnType<typeof describePack>;

/** The methodology packs this version holds: act, validity, wordings, appendices, events. */
export function methodologies(): MethodologyInfo[] {
  return allPacks().map(describePack);
}
