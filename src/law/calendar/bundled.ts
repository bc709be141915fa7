/**
 * The bundled calendar data (2018–2027) and its compiled form. Run from the TypeScript sources (tests, the web
 * page's build) the data is compiled here, on each call. The command's bundle replaces this module with one that
 * reads the form the build compiled from the same data (scripts/build-calendar.ts, scripts/build-bundle.ts):
 * test/calendar/compiled-form.test.ts proves the two equal.
 */
import { BUNDLED_SOURCES, BUNDLED_YEARS } from './data/index.js';
import { compile, type Compiled } from './compile.js';
import type { CalendarData, SourceData } from './schema.js';

export interface BundledData {
  years: readonly CalendarData[];
  sources: Readonly<Record<string, SourceData>>;
}

/** The bundled years and sources as the data files hold them (what user files are merged with). */
export const bundledData = (): BundledData => ({ years: BUNDLED_YEARS, sources: BUNDLED_SOURCES });

/** The bundled data compiled: a fresh object on each call, as compile() gives. */
export const bundledCompiled = (): Compiled => compile(BUNDLED_YEARS, BUNDLED_SOURCES);
