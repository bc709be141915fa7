/**
 * The progress line of `check` and `render` over many files: `[i/n] file` on standard error, redrawn in
 * place at most ten times a second, only on a terminal (a pipe or a CI log gets nothing). Anything else
 * written to standard error first clears it, so messages never run into it. One implementation for both
 * commands (they had two); written here rather than taken from a package because it is twenty lines and
 * the package `check` used (cli-progress) is no longer maintained.
 */
export interface Progress {
  /** One more file done (`file` is shown). */
  step(file: string): void;
  /** Erase the line before writing something else to standard error; the next step redraws it. */
  clear(): void;
  /** Erase the line for good. */
  done(): void;
}

interface Out {
  isTTY?: boolean;
  columns?: number;
  write(s: string): unknown;
}

export function progress(total: number, enabled: boolean, out: Out = process.stderr, now: () => number = Date.now): Progress {
  if (!enabled || !out.isTTY) return { step() {}, clear() {}, done() {} };
  let i = 0;
  let shown = false;
  let last = -Infinity;
  const clear = () => {
    if (shown) out.write('\r\x1b[2K');
    shown = false;
  };
  return {
    step(file) {
      i++;
      const t = now();
      if (i < total && t - last < 100) return;
      last = t;
      const head = `[${i}/${total}] `;
      const room = Math.max(10, (out.columns ?? 80) - head.length - 1);
      out.write(`\r\x1b[2K${head}${file.length > room ? '…' + file.slice(file.length - room + 1) : file}`);
      shown = true;
    },
    clear,
    done: clear,
  };
}
