/**
 * Where a report goes: standard output, or `--output FILE` written atomically — into a temporary
 * file beside it, renamed over FILE only when the report is complete, so a reader never sees half
 * a report and a failed run leaves the old file as it was.
 */
import { closeSync, existsSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { t3, type Lang } from '../law/finding.js';
import { osErrorText } from '../package/os-error.js';
import { UsageError } from './usage-error.js';

/** A file that could not be written (or its folder made), said in words (../package/os-error.ts), never a stack trace. */
export function cannotWrite(path: string, e: unknown): UsageError {
  const why = osErrorText(e);
  return new UsageError(t3(`${path}: файлды жазу мүмкін емес: ${why.kk}`, `${path}: файл не записать: ${why.ru}`, `${path}: cannot write the file: ${why.en}`));
}

/** A folder that could not be made (a file of its name, no right to write), said in words. */
export function cannotMakeFolder(path: string, e: unknown): UsageError {
  const why = osErrorText(e);
  return new UsageError(t3(`${path}: қалтаны жасау мүмкін емес: ${why.kk}`, `${path}: папку не создать: ${why.ru}`, `${path}: cannot make the folder: ${why.en}`));
}

/** A file that could not be read, said in words. */
export function cannotRead(path: string, e: unknown): UsageError {
  const why = osErrorText(e);
  return new UsageError(t3(`${path}: файлды оқу мүмкін емес: ${why.kk}`, `${path}: файл не прочитать: ${why.ru}`, `${path}: cannot read the file: ${why.en}`));
}

export interface Sink {
  write(chunk: string | Uint8Array): void;
  /** Finish: rename the temporary file over the target. */
  commit(): void;
  /** Give up: remove the temporary file. */
  abort(): void;
}

export function stdoutSink(): Sink {
  return { write: (c) => void process.stdout.write(c), commit: () => {}, abort: () => {} };
}

export function fileSink(path: string): Sink {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let fd: number;
  try {
    fd = openSync(tmp, 'w');
  } catch (e) {
    const why = osErrorText(e);
    throw new UsageError(t3(`--output ${path}: файлды жазу мүмкін емес: ${why.kk}`, `--output ${path}: файл не записать: ${why.ru}`, `--output ${path}: cannot write the file: ${why.en}`));
  }
  let open = true;
  const close = () => {
    if (open) (closeSync(fd), (open = false));
  };
  return {
    write: (c) => void writeSync(fd, typeof c === 'string' ? Buffer.from(c, 'utf8') : c),
    commit: () => {
      close();
      renameSync(tmp, path);
    },
    abort: () => {
      close();
      try {
        unlinkSync(tmp);
      } catch {
        /* already gone */
      }
    },
  };
}

/**
 * A sink that joins the small writes of a streamed report (one per file checked: ~4 % of a 10,000-file folder check's
 * CPU went to the write calls) into writes of about `limit` characters: 16 K, some 20–48 KB of UTF-8, a buffer the
 * allocator takes from its heap (at 64 K each write's buffer was mapped afresh, and the page faults cost more system
 * time than the calls saved). What it holds is written out before the run
 * writes to standard error (`flush`: a skipped file's line keeps its place among the results when both streams go to
 * one file), at the end (`commit`, and `abort`, so that a run that fails has written what it had, as before), and at
 * most `delay` ms after it was written, so that a reader of a slow folder still sees results as they come.
 */
export function coalescing(sink: Sink, limit = 16 * 1024, delay = 100): Sink & { flush(): void } {
  let parts: string[] = [];
  let size = 0;
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    if (timer) (clearTimeout(timer), (timer = undefined));
    if (parts.length === 0) return;
    const text = parts.length === 1 ? parts[0]! : parts.join('');
    parts = [];
    size = 0;
    sink.write(text);
  };
  return {
    write(c) {
      if (typeof c !== 'string') {
        flush();
        sink.write(c);
        return;
      }
      parts.push(c);
      size += c.length;
      if (size >= limit) flush();
      else if (!timer) (timer = setTimeout(flush, delay)).unref();
    },
    flush,
    commit() {
      flush();
      sink.commit();
    },
    abort() {
      flush();
      sink.abort();
    },
  };
}

/** The exit codes of a run ended by a signal, as a shell gives them (128 + the signal's number). */
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

/**
 * Ctrl-C (SIGINT) or SIGTERM during a run: what the sink holds is given up as a failed run's is — a streamed report's
 * lines written out, `--output`'s temporary file removed (Node's default would leave a `.FILE.<pid>.tmp` beside
 * FILE) — and the user told, in `lang`, that FILE was not written and the one there before is as it was. Returns
 * the function that removes the handlers (a run that ends calls it). Installed before the sink is made (hence
 * `sink`, asked when the signal comes): until a process listens for a signal, the signal ends it at once, and a
 * Ctrl-C just after the temporary file was opened left it there.
 */
export function abortOnSignal(sink: () => Sink | undefined, output: string | undefined, lang: Lang, stderr: { write(s: string): unknown } = process.stderr): () => void {
  const handlers = (Object.keys(SIGNAL_EXIT) as Array<keyof typeof SIGNAL_EXIT>).map((signal) => {
    const handler = () => {
      sink()?.abort();
      if (output !== undefined) {
        const kept = existsSync(output);
        const said = kept
          ? t3(`${output}: тексеру үзілді, есеп жазылмады; бұрынғы файл өзгертілмеді`, `${output}: проверка прервана, отчёт не записан; прежний файл не изменён`, `${output}: the check was interrupted, the report not written; the file there before is unchanged`)
          : t3(`${output}: тексеру үзілді, есеп жазылмады`, `${output}: проверка прервана, отчёт не записан`, `${output}: the check was interrupted, the report not written`);
        // (a new line first: the terminal's «^C» or the progress line is on the current one)
        stderr.write(`\n${said[lang]}\n`);
      }
      process.exit(SIGNAL_EXIT[signal]);
    };
    process.once(signal, handler);
    return [signal, handler] as const;
  });
  return () => {
    for (const [signal, handler] of handlers) process.off(signal, handler);
  };
}
