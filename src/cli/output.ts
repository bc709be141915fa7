/**
 * Where a report goes: standard output, or `--output FILE` written atomically — into a temporary
 * file beside it, renamed over FILE only when the report is complete, so a reader never sees half
 * a report and a failed run leaves the old file as it was.
 */
import { closeSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { t3 } from '../law/finding.js';
import { UsageError } from './usage-error.js';

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
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new UsageError(t3(`--output ${path}: файлды жазу мүмкін емес (${code})`, `--output ${path}: файл не записать (${code})`, `--output ${path}: cannot write the file (${code})`));
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
