/**
 * `bagalau check <file|dir|glob|->...`: every package in the paths (folders walked recursively),
 * checked under the wording of its period. Text and JSON are streamed (constant memory over a
 * folder of 100,000 packages); the summary, HTML, XLSX, CSV, JUnit and SARIF reports are built
 * from all results at the end.
 */
import { readFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { failedResult, type CheckOptions, type FileResult } from '../check/run.js';
import { SEVERITY_RANK, t3, type Lang, type Severity } from '../law/finding.js';
import { count } from '../report/i18n.js';
import type { Summary } from '../report/summary.js';
import { formatTextEntry, formatTextSummary, formatTextTotals, type Override } from '../report/text.js';
import { findConfig, overrideFor, readConfig, type Config } from './config.js';
import { tuneForShortRun } from './short-run.js';
import { expandInputs, ignoreRules, notAPackage, skippedFinding, STDIN } from './inputs.js';
import { docFromBytes } from '../package/load.js';
import { langFromLocale, setConfigLang } from './lang.js';
import { checkInWorkers, checkItem, checkWorkerUrl, checkLoaded, checkOptions, jobsFor, type CheckSpec, type Item } from './check-source.js';
import { progress } from './progress.js';
import { calendarFileOption, localToday, parseDate } from './options.js';
import { abortOnSignal, coalescing, fileSink, stdoutSink, type Sink } from './output.js';
import { UsageError } from './usage-error.js';
import { packageRoot, toolVersion } from './version.js';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

export const FORMATS = ['text', 'json', 'sarif', 'html', 'xlsx', 'csv', 'junit'] as const;
type Format = (typeof FORMATS)[number];

export interface CheckOpts {
  format: Format;
  lang?: Lang;
  today?: string;
  wording?: string;
  calendar?: string[];
  sessions?: string[];
  progress?: boolean;
  output?: string;
  quiet?: boolean;
  summary?: boolean;
  failOn?: Severity;
  stdinFilepath?: string;
  config?: string | false;
  jobs?: number;
}

/** `--jobs N`: a whole number from 1. */
function parseJobs(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(t3(`--jobs бүтін сан болуы керек (1 немесе одан көп): «${v}»`, `--jobs должно быть целым числом от 1: «${v}»`, `--jobs must be a whole number from 1: «${v}»`));
  return n;
}

/** The installed package's folder (holding docs/) as a file URI, for the reports' help links. */
function docsBase(): { docsBase?: string } {
  const root = packageRoot();
  return root ? { docsBase: pathToFileURL(root).href } : {};
}

export function register(program: Command): void {
  program
    .command('check')
    .argument('<paths...>')
    .addOption(new Option('--format <format>').choices([...FORMATS]).default('text'))
    .addOption(new Option('--lang <lang>').choices(['kk', 'ru', 'en']))
    .addOption(new Option('--today <date>').argParser(parseDate('--today')))
    .addOption(new Option('--wording <date>').argParser(parseDate('--wording')))
    .addOption(calendarFileOption())
    .option('-o, --output <file>')
    .option('-q, --quiet')
    .option('--summary')
    .addOption(new Option('--fail-on <severity>').choices(['error', 'warning', 'info']).default('error'))
    .option('--stdin-filepath <name>')
    .option('--config <file>')
    .option('--no-config')
    .addOption(new Option('--sessions <dir>').argParser((v: string, prev: string[] = []) => [...prev, v]))
    .option('--no-progress')
    .addOption(new Option('-j, --jobs <n>').argParser(parseJobs))
    .action(async (paths: string[], opts: CheckOpts) => {
      process.exitCode = await runCheck(paths, opts);
    });
}

/** The user's config changes a finding's severity (or drops it); the finding says so. */
function applyOverrides(result: FileResult, config: Config | undefined): void {
  if (!config?.severity) return;
  const source = config.file;
  result.findings = result.findings.flatMap((f) => {
    const to = overrideFor(config.severity, f.ruleId);
    if (to === undefined || to === f.severity) return [f];
    if (to === 'off') return [];
    const override: Override = { from: f.severity, to, source };
    return [{ ...f, severity: to, facts: { ...(f.facts ?? {}), override } }];
  });
  result.findings.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || (a.place?.line ?? 0) - (b.place?.line ?? 0));
}

export async function runCheck(paths: string[], opts: CheckOpts): Promise<number> {
  const cwd = process.cwd();
  const configPath = opts.config === false ? undefined : typeof opts.config === 'string' ? opts.config : findConfig(cwd);
  const config = configPath ? readConfig(configPath) : undefined;
  setConfigLang(config?.lang);
  const lang: Lang = opts.lang ?? config?.lang ?? langFromLocale() ?? 'kk';
  const today = opts.today ?? config?.today ?? localToday();
  const failOn: Severity = opts.failOn ?? 'error';
  // session refs are read only inside the folders named here (a named file: its folder) or a --sessions DIR
  // One batch for the whole run: a folder's packages share periods and category codes.
  const spec: CheckSpec = { roots: paths.filter((p) => p !== STDIN), sessions: opts.sessions ?? [], calendar: [...(config?.calendar ?? []), ...(opts.calendar ?? [])], lang, today, ...(opts.wording ? { wording: opts.wording } : {}) };
  const checkOpts = await checkOptions(spec);
  if (paths.filter((p) => p === STDIN).length > 1) throw new UsageError(t3('«-» (стандартты кіріс) бір рет қана беріледі', '«-» (стандартный ввод) можно указать только один раз', '«-» (standard input) can be given only once'));
  if (opts.stdinFilepath && !paths.includes(STDIN)) throw new UsageError(t3('--stdin-filepath тек «-» бар кезде қолданылады', '--stdin-filepath используется только вместе с «-»', '--stdin-filepath goes with «-» (standard input)'));
  // the report of a run before, written into the folder checked (`-o evaluations/report.json`), is no input: it was
  // skipped as no package, and a second run's report differed from the first's by it
  const report = opts.output === undefined ? undefined : resolve(cwd, opts.output);
  const files = (await expandInputs(paths, cwd, await ignoreRules(cwd, config?.ignore))).filter((f) => f === STDIN || resolve(cwd, f) !== report);
  if (files.length === 0)
    throw new UsageError(t3(`${paths.join(', ')} ішінде пакет файлдары (.yaml, .yml, .json) жоқ`, `в ${paths.join(', ')} нет файлов пакетов (.yaml, .yml, .json)`, `no package files (.yaml, .yml, .json) in ${paths.join(', ')}`));

  tuneForShortRun(files.length);
  // a terminal gets each file's result as it comes; a file or a pipe gets them in larger writes
  let sink: (Sink & { flush(): void }) | undefined;
  const unhook = abortOnSignal(() => sink, opts.output, lang);
  try {
    const target: Sink = opts.output ? fileSink(opts.output) : stdoutSink();
    sink = opts.output || !process.stdout.isTTY ? coalescing(target) : { ...target, flush: () => {} };
    const code = await checkAll(files, opts, { lang, failOn, today, config, checkOpts, spec, sink, inputs: paths.map((p) => (p === STDIN ? (opts.stdinFilepath ?? p) : p)) });
    sink.commit();
    return code;
  } catch (e) {
    sink?.abort();
    throw e;
  } finally {
    unhook();
  }
}

interface Run {
  lang: Lang;
  failOn: Severity;
  today: string;
  config: Config | undefined;
  checkOpts: CheckOptions;
  spec: CheckSpec;
  sink: Sink & { flush(): void };
  /** The paths as given (standard input by its --stdin-filepath name), for the reports that say what was checked. */
  inputs: string[];
}

/** The files one by one in this thread (standard input among them). */
async function* inThisThread(files: readonly string[], opts: CheckOpts, run: Run): AsyncGenerator<Item> {
  for (const file of files) {
    if (file !== STDIN) {
      yield await checkItem(file, run.checkOpts);
      continue;
    }
    const name = opts.stdinFilepath ?? '<stdin>';
    try {
      // named by `--stdin-filepath` (for messages, the parser and session refs)
      const doc = docFromBytes(name, new Uint8Array(readFileSync(0)));
      yield notAPackage(doc) ? { file: doc.file, skipped: skippedFinding().message } : { file: name, result: await checkLoaded(doc, run.checkOpts) };
    } catch (e) {
      yield { file: name, result: failedResult(name, e) };
    }
  }
}

async function checkAll(files: string[], opts: CheckOpts, run: Run): Promise<number> {
  const { lang, sink } = run;
  const format = opts.format;
  const streamText = format === 'text' && !opts.summary;
  const summary: Summary = { files: 0, errors: 0, warnings: 0, infos: 0 };
  let unreadable = false;
  let failing = false;
  let skipped = 0;
  /** The files skipped as not packages, named in the HTML and XLSX reports and the text summary (whose reader gets no stderr). */
  const skippedFiles: string[] = [];
  const bar = progress(files.length, opts.progress !== false && files.length >= 50);
  const all: FileResult[] = [];
  // a result written to the terminal the progress line is on first clears it (else it ran on after «[i/n] file»)
  const onTerminal = !opts.output && process.stdout.isTTY === true;
  const writeResult = (text: string) => {
    if (onTerminal) bar.clear();
    sink.write(text);
  };
  let first = true;
  if (format === 'json') sink.write('{"version":1,"results":[');
  const jobs = files.includes(STDIN) ? 1 : jobsFor(opts.jobs, files.length);
  const items = jobs > 1 ? checkInWorkers(files, run.spec, jobs, checkWorkerUrl()) : inThisThread(files, opts, run);
  for await (const item of items) {
    bar.step(item.file);
    if ('skipped' in item) {
      skipped++;
      if (format === 'html' || format === 'xlsx' || (format === 'text' && opts.summary)) skippedFiles.push(item.file);
      // the CSV's reader (a spreadsheet) sees no stderr: the file is a row of its own, rule «not-a-package», in its place
      if (format === 'csv') all.push({ file: item.file, methodology: null, wording: null, findings: [skippedFinding()] });
      bar.clear();
      sink.flush();
      process.stderr.write(`${item.file}: ${item.skipped[lang]}\n`);
      continue;
    }
    const result = item.result;
    applyOverrides(result, run.config);
    summary.files++;
    for (const f of result.findings) {
      if (f.severity === 'error') summary.errors++;
      else if (f.severity === 'warning') summary.warnings++;
      else summary.infos++;
      if (f.ruleId === 'input' || f.ruleId === 'input-session') unreadable = true;
      if (SEVERITY_RANK[f.severity] >= SEVERITY_RANK[run.failOn]) failing = true;
    }
    if (format === 'json') {
      writeResult((first ? '' : ',') + JSON.stringify(result));
      first = false;
    } else if (streamText) {
      if (!opts.quiet || result.findings.length > 0) writeResult(formatTextEntry(result, lang));
    } else all.push(result);
  }
  bar.done();
  const code = unreadable ? 2 : failing ? 1 : 0;
  if (format === 'json') sink.write(`],"summary":${JSON.stringify({ files: summary.files, errors: summary.errors, warnings: summary.warnings, infos: summary.infos, skipped })}}\n`);
  else if (streamText) sink.write(formatTextTotals(summary, lang) + (skipped ? `${count(skipped, 'skipped', lang)}\n` : ''));
  else if (format === 'text') {
    // the rules broken most often by their titles: the packs of the batch's findings (loaded here if workers checked)
    const { ruleTitles } = await import('../report/rule-titles.js');
    sink.write(formatTextSummary(all, lang, 10, await ruleTitles(all.flatMap((r) => r.findings.map((f) => f.ruleId))), skippedFiles, { today: run.today, inputs: run.inputs }));
  }
  // The report formats built at the end are loaded only when asked for: SARIF's and HTML's rule descriptions
  // bring every methodology pack, which the streamed formats leave unloaded.
  else if (format === 'sarif') {
    const { formatSarif } = await import('../report/sarif.js');
    sink.write(formatSarif(all, lang, { toolName: 'bagalau', version: toolVersion(), exitCode: code, commandLine: ['bagalau', ...process.argv.slice(2)].join(' '), ...docsBase() }));
  } else if (format === 'html') sink.write((await import('../report/html.js')).formatHtml(all, lang, { today: run.today, inputs: run.inputs, skipped: skippedFiles, ...docsBase() }));
  else if (format === 'csv') sink.write((await import('../report/csv.js')).formatCsv(all, lang));
  else if (format === 'junit') sink.write((await import('../report/junit.js')).formatJunit(all, lang, run.failOn));
  else if (format === 'xlsx') {
    if (!opts.output && process.stdout.isTTY)
      throw new UsageError(t3('--format xlsx екілік файл жазады: --output FILE.xlsx беріңіз', '--format xlsx пишет двоичный файл: укажите --output FILE.xlsx', '--format xlsx writes a binary file: give --output FILE.xlsx'));
    // exceljs is loaded only when a workbook is asked for
    const { formatXlsx } = await import('../report/xlsx.js');
    sink.write(await formatXlsx(all, lang, { skipped: skippedFiles, today: run.today, inputs: run.inputs }));
  }
  return code;
}
