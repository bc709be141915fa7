/**
 * `bagalau check <file|dir>...`: every package in the paths (folders walked recursively),
 * checked under the wording of its period; results streamed, so a folder of 100,000
 * packages is checked in constant memory.
 */
import { Command, Option } from 'commander';
import cliProgress from 'cli-progress';
import { checkDocument, type FileResult } from '../check/run.js';
import type { Lang } from '../law/finding.js';
import { loadFile, sessionLoader, walk } from '../package/load.js';
import { formatSarif } from '../report/sarif.js';
import type { Summary } from '../report/summary.js';
import { formatTextEntry, formatTextTotals } from '../report/text.js';
import { calendarFileOption, calendarFor, langOption, localToday, parseDate } from './options.js';
import { UsageError } from './usage-error.js';

interface CheckOpts {
  format: 'text' | 'json' | 'sarif';
  lang: Lang;
  today?: string;
  wording?: string;
  calendar?: string[];
  progress?: boolean;
}

export function register(program: Command): void {
  program
    .command('check')
    .description('check evaluation packages (YAML/JSON) against the methodology in force for their period')
    .argument('<paths...>', 'package files or folders (walked recursively)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'))
    .addOption(langOption())
    .option('--today <date>', 'the date open deadlines are judged against (default: today)', parseDate('--today'))
    .option('--wording <date>', 'check under the wording in force on this date instead of the period\'s', parseDate('--wording'))
    .addOption(calendarFileOption())
    .option('--no-progress', 'no progress bar on stderr')
    .action((paths: string[], opts: CheckOpts) => {
      process.exitCode = runCheck(paths, opts);
    });
}

export function runCheck(paths: string[], opts: CheckOpts): number {
  const calendar = calendarFor(opts.calendar, opts.lang);
  const today = opts.today ?? localToday();
  const loadSession = sessionLoader();
  const checkOpts = { today, calendar, loadSession, ...(opts.wording ? { wordingDate: opts.wording } : {}) };
  const files = [...walk(paths)];
  if (files.length === 0) throw new UsageError(`no package files (.yaml, .yml, .json) in ${paths.join(', ')}`);
  const out = process.stdout;
  const summary: Summary = { files: 0, errors: 0, warnings: 0, infos: 0 };
  let unreadable = false;
  const bar =
    opts.progress !== false && process.stderr.isTTY && files.length >= 50
      ? new cliProgress.SingleBar({ stream: process.stderr, format: 'bagalau check [{bar}] {value}/{total} {file}', hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic)
      : undefined;
  bar?.start(files.length, 0, { file: '' });
  const sarif: FileResult[] = [];
  if (opts.format === 'json') out.write('{"version":1,"results":[');
  files.forEach((file, i) => {
    const result = checkDocument(loadFile(file), checkOpts);
    summary.files++;
    for (const f of result.findings) {
      if (f.severity === 'error') summary.errors++;
      else if (f.severity === 'warning') summary.warnings++;
      else summary.infos++;
      if (f.ruleId === 'input' || f.ruleId === 'input-session') unreadable = true;
    }
    if (opts.format === 'json') out.write((i > 0 ? ',' : '') + JSON.stringify(result));
    else if (opts.format === 'text') out.write(formatTextEntry(result, opts.lang));
    else sarif.push(result);
    bar?.update(i + 1, { file });
  });
  bar?.stop();
  if (opts.format === 'json') out.write(`],"summary":${JSON.stringify({ files: summary.files, errors: summary.errors, warnings: summary.warnings, infos: summary.infos })}}\n`);
  else if (opts.format === 'text') out.write(formatTextTotals(summary, opts.lang));
  else out.write(formatSarif(sarif, opts.lang));
  return unreadable ? 2 : summary.errors > 0 ? 1 : 0;
}
