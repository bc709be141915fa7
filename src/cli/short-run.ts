/**
 * A short `check` or `render` runs without V8's optimising compiler (TurboFan). In a run of a few files almost no
 * function gets hot enough for optimised code to pay back its compilation, which V8 does on background threads: CPU the
 * user pays for (and waits for on a busy machine) without a gain. Measured on the project machine (05.12.2026, CPU
 * of the whole process, bundle, without and with `--no-opt`): one file 290–306 → 249–259 ms (wall 0.28–0.36 →
 * 0.24–0.27 s); the 12 sample files 740–790 → 470–630 ms; 48 files 865–975 → 620–690 ms; 99 files 980–1,090 →
 * 900–930 ms; 300 files 1.6–1.8 s → 1.9–2.6 s, slower. So up to {@link SHORT_RUN_FILES} files only; a folder above it
 * (and every worker thread, which starts from 400 files) keeps the optimiser.
 *
 * Only in the command's own process: main.ts, the process entry, allows it. A program that loads a command's
 * module otherwise (a test, a host of the library) keeps its V8 as it is.
 */
import { setFlagsFromString } from 'node:v8';

export const SHORT_RUN_FILES = 64;

/**
 * The same for `render`, by the package files it renders (a blank form, all the blank forms of a methodology or its
 * order: one). A render spends far more per file than a check, so the optimiser pays back sooner. Measured on the
 * project machine (05.12.2026, CPU of the whole process, bundle, without and with `--no-opt`, medians of 3–11 runs
 * side by side on a loaded machine): one blank form as PDF 236 → 217 ms; the 7 blank forms of mic-2018, DOCX and
 * PDF, 730 → 539 ms; one package (7 forms, DOCX and PDF) 854 → 585 ms; 8 packages 2.04 → 1.80 s; 12 packages
 * 2.21 → 2.28 s, even; 16 packages 2.48 → 3.72 s, slower. So up to {@link SHORT_RENDER_FILES} package files, half
 * the last count that still gained.
 */
export const SHORT_RENDER_FILES = 4;

let allowed = false;

/** Called by the command's entry (main.ts) only. */
export function allowShortRunTuning(): void {
  allowed = true;
}

/**
 * For a run of `files` files: leaves the optimising compiler off when the run is short (at most `limit` files:
 * {@link SHORT_RUN_FILES} for a check, {@link SHORT_RENDER_FILES} for a render). Says whether it did.
 */
export function tuneForShortRun(files: number, limit = SHORT_RUN_FILES): boolean {
  if (!allowed || files > limit) return false;
  setFlagsFromString('--no-opt');
  return true;
}
