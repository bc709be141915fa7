/**
 * Part of `npm run build`: the bundled calendar data (src/law/calendar/data/) compiled once, as the command would
 * compile it at every start, and written as JSON to dist/src/law/calendar/generated/calendar.json: the compiled
 * form (src/law/calendar/compiled-form.ts) and the data it was compiled from. build-bundle.ts puts both in the
 * bundle in place of src/law/calendar/bundled.ts. Deterministic: the same data gives the same bytes.
 * test/calendar/compiled-form.test.ts fails when this file is not what the data in the sources gives.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledCompiled, bundledData } from '../src/law/calendar/bundled.js';
import { COMPILED_CALENDAR_FILE, toForm, type CompiledCalendarFile } from '../src/law/calendar/compiled-form.js';

const here = dirname(fileURLToPath(import.meta.url));
// this script runs from dist/scripts/; the file goes beside dist/src/law/calendar/bundled.js
const file = join(here, '..', 'src', 'law', 'calendar', COMPILED_CALENDAR_FILE);
const content: CompiledCalendarFile = { form: toForm(bundledCompiled()), data: bundledData() };
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, `${JSON.stringify(content)}\n`);
console.log(`calendar: ${content.data.years.length} years compiled (${content.form.days.length} days that differ from the plain week) in ${file}`);
