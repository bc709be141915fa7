/** Child process of the bench: check a folder as `bagalau check --format json` does, output discarded; print peak RSS. */
import { newBatch } from '../src/check/batch.js';
// the bundled packs, which checkDocument looks up once loaded (a command loads the one its package names)
import '../src/acts/index.js';
import { checkDocument } from '../src/check/run.js';
import { createCalendar } from '../src/law/calendar/index.js';
import { loadFile, sessionLoader, walk } from '../src/package/load.js';

const dir = process.argv[2];
if (!dir) throw new Error('usage: check-folder <dir>');
const opts = { today: '2026-11-22', calendar: createCalendar(), loadSession: sessionLoader(), batch: newBatch() };
let files = 0;
let errors = 0;
let bytes = 0;
for (const file of walk([dir])) {
  const r = checkDocument(loadFile(file), opts);
  bytes += JSON.stringify(r).length; // what --format json would write, then dropped
  files++;
  for (const f of r.findings) if (f.severity === 'error') errors++;
}
const peakMb = process.resourceUsage().maxRSS / 1024;
const c = process.cpuUsage();
const cpu = (c.user + c.system) / 1e6;
console.log(`${files} files, ${errors} errors, ${(bytes / 1e6).toFixed(0)} MB of JSON, peak RSS ${peakMb.toFixed(0)} MB, ${cpu.toFixed(1)} s CPU (${Math.round(files / cpu)} files/s CPU)`);
