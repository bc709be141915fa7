/**
 * `bagalau draft`: start a methodology from a published act, check a draft against the rules of
 * drafting and against the model methodology, and render the order.
 *   bagalau draft import <published.txt|draft.docx> [-o out.md] [--column kk|ru]
 *   bagalau draft check <draft.md|draft.docx|published.txt>... [--date D] [--format text|json|sarif] [--lang kk|ru|en] [--alignment FILE]
 *   bagalau draft render <draft.md> --format docx|pdf|both --out DIR
 * File access and "today" live here; the engine (src/draft/) is pure.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { t3, type Lang, type Text3 } from '../law/finding.js';
import { dayText } from '../law/day-text.js';
import { checkDraft, draftInputFinding } from '../draft/check-core.js';
import { needsFullReader, setFullReader } from '../draft/parse.js';
import type { SourceMap } from '../draft/where.js';
import { importPublishedAct } from '../draft/import.js';
import { printableDraft } from '../draft/printable.js';
import { hasRevisions, revisionsImportNote } from '../draft/revisions.js';
import { parallelColumnsImportNote } from '../draft/parallel-columns.js';
import type { DocxReadOptions } from '../draft/docx.js';
import { cliLang, langOption } from './lang.js';
import { MODEL_WORDING } from '../draft/model/asa-b-model.js';
import type { ResultEntry } from '../report/summary.js';
import { UsageError } from './usage-error.js';
import { dateError, readDate } from './dates.js';
import { cannotMakeFolder, cannotWrite } from './output.js';
import { osErrorText } from '../package/os-error.js';

/** Drafts larger than this are refused: a methodology is some 100 KB. */
const MAX_BYTES = 20 * 1024 * 1024;

const today = (): string => new Date().toISOString().slice(0, 10);

/** `--date` as every date option of the CLI reads it (./dates.ts): 2026-12-04 or 04.12.2026, a real day. */
function validDate(d: string): string {
  const day = readDate(d);
  if (!day) throw dateError('--date', d);
  return day;
}

/** Read a file's bytes, or say in one line why not. */
function readBytes(path: string): { bytes: Uint8Array } | { error: Text3 } {
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { error: osErrorText({ code: 'EISDIR' }) };
    if (!st.isFile()) return { error: t3('файл емес', 'не файл', 'not a file') };
    if (st.size > MAX_BYTES) return { error: t3(`${MAX_BYTES} байттан үлкен`, `больше ${MAX_BYTES} байт`, `larger than ${MAX_BYTES} bytes`) };
    return { bytes: new Uint8Array(readFileSync(path)) };
  } catch (err) {
    return { error: osErrorText(err) };
  }
}

/** Read a text file, or say in one line why not. */
function readText(path: string): { text: string } | { error: Text3 } {
  const read = readBytes(path);
  if ('error' in read) return read;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(read.bytes) };
  } catch {
    return { error: t3('UTF-8 мәтіні емес', 'не текст в кодировке UTF-8', 'not valid UTF-8 text') };
  }
}

/**
 * A file for the Word reader: a .docx (.docm, .dotx are the same format), and the formats authors also save
 * drafts in (.doc, .rtf, .odt), which it names with what to do instead of «not UTF-8 text».
 */
const isDocx = (file: string): boolean => /^\.(?:docx|docm|dotx|doc|rtf|odt)$/.test(extname(file).toLowerCase());

/**
 * A draft as Markdown with what its lines are in the user's file: Markdown as is, a published .txt
 * imported (its lines), a Word file read (its paragraphs).
 */
async function readDraft(file: string, options: DocxReadOptions = {}): Promise<{ markdown: string; source?: SourceMap } | { error: Text3 }> {
  if (isDocx(file)) {
    const read = readBytes(file);
    if ('error' in read) return read;
    // The Word reader (and its XML parser) is loaded for Word files only.
    const { docxDraft, DocxError } = await import('../draft/docx.js');
    try {
      return docxDraft(read.bytes, options);
    } catch (err) {
      {
      if (err instanceof DocxError) return { error: t3(`Word файлын оқу мүмкін емес: ${err.text.kk}`, `не удаётся прочитать файл Word: ${err.text.ru}`, `cannot read the Word file: ${err.text.en}`) };
      const why = (err as Error).message;
      return { error: t3(`Word файлын оқу мүмкін емес: ${why}`, `не удаётся прочитать файл Word: ${why}`, `cannot read the Word file: ${why}`) };
    }
    }
  }
  const read = readText(file);
  if ('error' in read) return read;
  if (extname(file).toLowerCase() === '.txt') {
    try {
      const imported = importPublishedAct(read.text);
      return { markdown: imported.markdown, source: { unit: 'lines', of: imported.lineMap } };
    } catch (err) {
      {
      const why = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      return { error: t3(`жарияланған мәтінді импорттау мүмкін болмады: ${why}`, `не удалось импортировать опубликованный текст: ${why}`, `the published text could not be imported: ${why}`) };
    }
    }
  }
  return { markdown: read.text };
}


/**
 * The renderer (DOCX/PDF, fonts) is loaded only by the commands that write files: `draft check` never
 * renders, and loading it would be half of its time (issue 9).
 */
const renderCli = (): Promise<typeof import('./render.js')> => import('./render.js');

async function writeText(path: string, text: string): Promise<void> {
  const { writeAtomic } = await renderCli();
  try {
    writeAtomic(path, new TextEncoder().encode(text));
  } catch (e) {
    throw cannotWrite(path, e);
  }
}

interface CheckOptions {
  date?: string;
  format: 'text' | 'json' | 'sarif';
  lang: Lang;
  alignment?: string;
  model: boolean;
}

async function runCheck(files: string[], opts: CheckOptions): Promise<number> {
  const date = validDate(opts.date ?? today());
  if (opts.alignment && files.length !== 1) throw new UsageError(t3('--alignment бір есеп жазады: бір жоба беріңіз', '--alignment пишет один отчёт: укажите один проект', '--alignment writes one report: give one draft'));
  if (opts.alignment && !/\.(md|html?)$/i.test(opts.alignment)) throw new UsageError(t3('--alignment FILE .md не .html деп аяқталуы керек', '--alignment FILE должен оканчиваться на .md или .html', '--alignment FILE must end in .md or .html'));
  const results: ResultEntry[] = [];
  let unreadable = false;
  for (const file of files) {
    const read = await readDraft(file);
    if ('error' in read) {
      unreadable = true;
      results.push({ file, findings: [draftInputFinding(read.error)] });
      continue;
    }
    let result;
    try {
      // micromark is loaded only for a draft whose Markdown the linear reader does not know.
      if (needsFullReader(read.markdown)) setFullReader((await import('../draft/micromark-reader.js')).micromarkTree);
      result = checkDraft(read.markdown, { date, model: opts.model, ...(read.source ? { source: read.source } : {}) });
    } catch (err) {
      // A draft the engine cannot read is that file's finding; the batch goes on.
      unreadable = true;
      // Whatever goes wrong inside one draft is that draft's finding; the others are still checked.
      results.push({ file, findings: [draftInputFinding(err instanceof Error ? `${err.name}: ${err.message}` : String(err))] });
      continue;
    }
    // A draft refused before parsing (beyond the bounds of src/draft/limits.ts) is an unreadable input.
    if (result.findings.some((f) => f.ruleId === 'input')) unreadable = true;
    results.push({ file, methodology: opts.model ? `asa-b-model (${opts.format === 'text' ? dayText(date, opts.lang) : date})` : null, wording: opts.model ? MODEL_WORDING : null, findings: result.findings });
    if (opts.alignment && result.comparison) {
      const { alignmentHtml, alignmentMarkdown } = await import('../draft/alignment-report.js');
      const report = /\.html?$/i.test(opts.alignment)
        ? alignmentHtml(result.comparison, basename(file), date, opts.lang, read.source)
        : alignmentMarkdown(result.comparison, basename(file), date, opts.lang, read.source);
      await writeText(resolve(opts.alignment), report);
    }
  }
  // Only the formatter asked for is loaded: SARIF's rule descriptions bring every methodology pack.
  const out = opts.format === 'json' ? (await import('../report/json.js')).formatJson(results)
    : opts.format === 'sarif' ? (await import('../report/sarif.js')).formatSarif(results, opts.lang)
    : (await import('../report/text.js')).formatText(results, opts.lang);
  process.stdout.write(out);
  if (unreadable) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

export function register(program: Command): void {
  const draft = program.command('draft');

  draft
    .command('import')
    .argument('<published>')
    .option('-o, --out <file>')
    .addOption(new Option('--column <language>').choices(['kk', 'ru']))
    .addOption(langOption())
    .action(async (published: string, opts: { out?: string; column?: 'kk' | 'ru' }) => {
      if (opts.column && !isDocx(published)) throw new UsageError(t3(`${published}: --column Word файлына ғана қатысты (екі тіл қатар жазылған кесте)`, `${published}: --column относится только к файлу Word (таблица на двух языках рядом)`, `${published}: --column is for a Word file only (a table in two languages side by side)`));
      const read = isDocx(published) ? await readDraft(published, opts.column ? { column: opts.column } : {}) : readText(published);
      if ('error' in read) throw new UsageError(t3(`${published}: ${read.error.kk}`, `${published}: ${read.error.ru}`, `${published}: ${read.error.en}`));
      const markdown = 'markdown' in read ? read.markdown : importPublishedAct(read.text).markdown;
      if (opts.out) await writeText(resolve(opts.out), markdown);
      else process.stdout.write(markdown);
      // A Word file with changes left unaccepted: the Markdown is the text with them accepted, and the author is told so.
      const revisions = 'source' in read ? read.source?.revisions : undefined;
      if (hasRevisions(revisions)) process.stderr.write(`${published}: ${revisionsImportNote(revisions)[cliLang()]}\n`);
      // A methodology in two languages side by side: the Markdown is one column, and the author is told which and how to take the other.
      const parallel = 'source' in read ? read.source?.parallelColumns : undefined;
      if (parallel) process.stderr.write(`${published}: ${parallelColumnsImportNote(parallel)[cliLang()]}\n`);
    });

  draft
    .command('check')
    .argument('<files...>')
    .option('--date <date>')
    .addOption(new Option('--format <format>').choices(['text', 'json', 'sarif']).default('text'))
    .addOption(langOption())
    .option('--alignment <file>')
    .option('--no-model')
    .action(async (files: string[], opts: CheckOptions) => {
      process.exitCode = await runCheck(files, opts);
    });

  draft
    .command('render')
    .argument('<draft>')
    .addOption(new Option('--format <format>').choices(['docx', 'pdf', 'both']).default('both'))
    .requiredOption('--out <dir>')
    .option('--date <date>')
    .addOption(langOption())
    .action(async (file: string, opts: { format: 'docx' | 'pdf' | 'both'; out: string; date?: string }) => {
      const date = validDate(opts.date ?? today());
      const read = readText(file);
      if ('error' in read) throw new UsageError(t3(`${file}: ${read.error.kk}`, `${file}: ${read.error.ru}`, `${file}: ${read.error.en}`));
      const { renderMarkdown, MarkdownError, MissingGlyphError } = await import('../render/index.js');
      const { loadFonts, writeAtomic } = await renderCli();
      const draft = printableDraft(read.text);
      const title = draft.title ?? basename(file);
      const printable = draft.markdown;
      const lang = cliLang();
      const b = draft.breach?.message;
      if (b) throw new UsageError({ kk: `${file}: ${b.kk}`, ru: `${file}: ${b.ru}`, en: `${file}: ${b.en}` });
      for (const m of draft.messages) process.stderr.write(`${file}: ${m[lang]}\n`);
      try {
        mkdirSync(opts.out, { recursive: true });
      } catch (e) {
        throw cannotMakeFolder(opts.out, e);
      }
      const formats: Array<'docx' | 'pdf'> = opts.format === 'both' ? ['docx', 'pdf'] : [opts.format];
      for (const format of formats) {
        let bytes: Uint8Array;
        try {
          bytes = await renderMarkdown(printable, { format, meta: { title, date, language: 'kk-KZ' }, ...(format === 'pdf' ? { fonts: loadFonts() } : {}) });
        } catch (err) {
          // the engine's own refusals (a block, front matter, a letter the font lacks) are worded in kk/ru/en
          const why = err instanceof MarkdownError || err instanceof MissingGlyphError ? err.text : t3((err as Error).message, (err as Error).message, (err as Error).message);
          throw new UsageError(t3(`${file}: ${format.toUpperCase()} шығару мүмкін емес: ${why.kk}`, `${file}: не удаётся сформировать ${format.toUpperCase()}: ${why.ru}`, `${file}: cannot render ${format}: ${why.en}`));
        }
        const out = join(opts.out, `${basename(file, extname(file))}.${format}`);
        try {
          writeAtomic(out, bytes);
        } catch (e) {
          throw cannotWrite(out, e);
        }
        process.stdout.write(`${out}\n`);
      }
    });
}
